"""MkDocs wiring for coprod. Only event handling lives here; the work is in the core."""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel

from ..checker import PageResult, check_text, decode
from ..errors import ConfigError, GlossaryError
from ..findings import Severity
from ..glossary import Glossary, load_glossary
from ..glossary_checks import check_glossary
from ..glossary_page import glossary_markdown
from ..markdown_ext import GlossaryExtension
from ..report import report_markdown
from ..settings import PluginOptions, parse_plugin_options
from ..siteconfig import glossary_file

log = get_plugin_logger("coprod")

REPORT_URI = "coprod-report.md"
GLOSSARY_URI = "glossary.md"


class CoprodPlugin(BasePlugin):
    # The options are checked by the core (coprod.settings), the same code the
    # `coprod` command uses, so both accept and refuse the same settings.
    config_scheme = ()

    def __init__(self) -> None:
        self.options = PluginOptions()
        self.command = "build"
        self.results: list[PageResult] = []
        self.glossary: Glossary | None = None
        self.glossary_path: Path | None = None
        self.extension: GlossaryExtension | None = None

    def load_config(self, options, config_file_path=None):
        super().load_config({}, config_file_path)
        try:
            self.options = parse_plugin_options(dict(options))
        except ConfigError as error:
            return [(getattr(error, "key", "") or "options", error.message + " (in mkdocs.yml)")], []
        return [], []

    def on_startup(self, *, command, dirty):
        """Remember whether this is `mkdocs serve`: the editor's panel shows only there."""
        self.command = command

    def on_config(self, config):
        """Reset per-build state: under `mkdocs serve` this object lives across rebuilds."""
        self.results = []
        self.config_dir = os.path.dirname(config.config_file_path or os.path.abspath("mkdocs.yml"))
        self.settings = self.options.settings
        self.glossary, self.extension = None, None
        self.glossary_path = glossary_file(Path(self.config_dir), self.options)
        if self.glossary_path is not None:
            display = os.path.relpath(self.glossary_path, self.config_dir).replace(os.sep, "/")
            try:
                self.glossary = load_glossary(self.glossary_path, display)
            except GlossaryError as error:
                raise PluginError(str(error)) from None
            self.results.append(PageResult(display, "glossary", check_glossary(self.glossary, self.settings)))
            self.extension = GlossaryExtension(self.glossary, glossary_page=GLOSSARY_URI)
            config.markdown_extensions.append(self.extension)
            if "attr_list" not in config.markdown_extensions:
                config.markdown_extensions.append("attr_list")  # the glossary page's anchors use it
        return config

    def _display_path(self, file: File) -> str:
        return os.path.relpath(file.abs_src_path, self.config_dir).replace(os.sep, "/")

    @event_priority(50)
    def on_files(self, files: Files, config) -> Files:
        """Check every page here, before any renders, so the report page can list them all.

        Priority 50 (early): other plugins may add generated pages after us; we
        check only what editors wrote.
        """
        for file in files.documentation_pages():
            if file.generated_by or not file.abs_src_path:
                continue
            if file.src_uri.endswith(".easy.md"):
                file.inclusion = InclusionLevel.NOT_IN_NAV
            path = self._display_path(file)
            text, problem = decode(open(file.abs_src_path, "rb").read(), path)
            if problem:
                raise PluginError(f"{problem.location} {problem.message} {problem.suggestion}")
            result = check_text(path, text, self.settings, self.glossary)
            self.results.append(result)
        self._log(self.results)
        if self.glossary is not None and files.get_file_from_path(GLOSSARY_URI) is None:
            files.append(File.generated(config, GLOSSARY_URI, content=glossary_markdown(self.glossary)))
        if self.options.report:
            report = File.generated(config, REPORT_URI, content=report_markdown(self.results))
            report.inclusion = InclusionLevel.NOT_IN_NAV
            files.append(report)
        return files

    def on_page_markdown(self, markdown, *, page, config, files):
        """Tell the glossary extension which page it is about to render (for links and definitions)."""
        if self.extension is not None:
            self.extension.page_path = page.file.src_uri
            self.extension.enabled = page.file.src_uri != GLOSSARY_URI
            self.extension.easy = page.meta.get("coprod_kind") == "easy"
        return markdown

    def on_serve(self, server, *, config, builder):
        """Rebuild when glossary.yml changes, as for a page."""
        if self.glossary_path is not None:
            server.watch(str(self.glossary_path))
        return server

    def _log(self, results: list[PageResult]) -> None:
        notes = 0
        for result in results:
            for finding in result.findings:
                if finding.severity is Severity.INFO:
                    notes += 1
                    continue
                text = f"{finding.location} {finding.rule}: {finding.message}"
                if finding.suggestion:
                    text += f" {finding.suggestion}"
                log.warning(text)
        if notes:
            log.info(f"{notes} notes (not failures) are listed on the readability report page.")
