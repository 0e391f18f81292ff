"""MkDocs wiring for coprod. Only event handling lives here; the work is in the core."""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.utils import get_relative_url

from ..checker import PageResult, decode
from ..easyread.decorations import banner_html, easy_nav_html, needs_editor
from ..editor_panel import panel_html
from ..errors import ConfigError, GlossaryError
from ..findings import Severity
from ..glossary import Glossary, load_glossary
from ..glossary_checks import check_glossary
from ..glossary_page import glossary_markdown
from ..markdown_ext import EasyReadExtension, GlossaryExtension
from ..report import REPORT_FRONT_MATTER
from ..settings import PluginOptions, parse_plugin_options
from ..site_check import Page, SiteJob
from ..siteconfig import glossary_file
from .background import BackgroundJob
from .variants import Variant, Variants, split_hand_written

log = get_plugin_logger("coprod")

REPORT_URI = "coprod-report.md"
REPORT_PLACEHOLDER = "COPROD-REPORT-WILL-BE-HERE"
GLOSSARY_URI = "glossary.md"
# Where the banner on a generated easy read page sends editors, the first that exists.
EASY_READ_HELP = ("about/editors-guide.md", "about/index.md")


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
        self.easy_extension = EasyReadExtension()
        self.variants = Variants()
        self.job: BackgroundJob | None = None
        self.logged = False

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
        """Load the glossary and add the Markdown extensions.

        Also resets per-build state: under `mkdocs serve` this object lives across rebuilds.
        """
        self.results = []
        self.variants = Variants()
        self.job, self.logged = None, False
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
            self.glossary_display = display
            self.results.append(PageResult(display, "glossary", check_glossary(self.glossary, self.settings)))
            self.extension = GlossaryExtension(self.glossary, glossary_page=GLOSSARY_URI)
            config.markdown_extensions.append(self.extension)
            if "attr_list" not in config.markdown_extensions:
                config.markdown_extensions.append("attr_list")  # the glossary page's anchors use it
        if self.options.easy_read:
            config.markdown_extensions.append(self.easy_extension)
        return config

    def _display_path(self, file: File) -> str:
        return os.path.relpath(file.abs_src_path, self.config_dir).replace(os.sep, "/")

    def _read(self, file: File) -> str:
        path = self._display_path(file)
        text, problem = decode(open(file.abs_src_path, "rb").read(), path)
        if problem:
            raise PluginError(f"{problem.location} {problem.message} {problem.suggestion}")
        return text

    @event_priority(50)
    def on_files(self, files: Files, config) -> Files:
        """Start the checks and the easy read pages; add the easy read, glossary and report files.

        The checks and easy read pages are made in the background (see
        background.py) while MkDocs renders. Each easy read file is added now,
        and its text is filled in when MkDocs reads it. Priority 50 (early):
        pages other plugins generate later are not ours to check.
        """
        pages, hand_written = split_hand_written(files)
        standard_uris = {file.src_uri for file in pages}
        for uri, file in hand_written.items():
            if uri[: -len(".easy.md")] + ".md" not in standard_uris:
                log.warning(f"{self._display_path(file)}: this easy read page has no standard page beside it. "
                            f"Name it after its page, like page.md and page.easy.md.")
        job = SiteJob(
            settings=self.settings,
            pages=[Page(f.src_uri, self._display_path(f), self._read(f)) for f in pages],
            hand_written={uri: Page(uri, self._display_path(f), self._read(f)) for uri, f in hand_written.items()},
            easy_read=self.options.easy_read,
            glossary_file=str(self.glossary_path) if self.glossary is not None else None,
            glossary_path=getattr(self, "glossary_display", None),
            extra_results=list(self.results),
        )
        self.job = BackgroundJob(job, self.glossary)
        if self.options.easy_read:
            for file in pages:
                easy = Variants.make_file(config, Variants.easy_uri(file.src_uri), content="")
                files.append(easy)
                hand = hand_written.get(Variants.hand_written_uri(file.src_uri))
                self.variants.add(Variant(file, easy, generated=hand is None, hand_written=hand))
        if self.glossary is not None and files.get_file_from_path(GLOSSARY_URI) is None:
            files.append(File.generated(config, GLOSSARY_URI, content=glossary_markdown(self.glossary)))
        if self.options.report:
            report = File.generated(config, REPORT_URI, content="")
            report.inclusion = InclusionLevel.NOT_IN_NAV
            files.append(report)
        return files

    def _collect(self) -> list[PageResult]:
        """Wait for the background checks (if still running), and log their findings once."""
        if self.job is not None and not self.logged:
            self.results += self.job.results()
            self.logged = True
            self._log(self.results)
        return self.results

    def on_page_read_source(self, *, page, config):
        """Give MkDocs the text of easy read pages and of the report, from the background job."""
        uri = page.file.src_uri
        if uri in self.variants.by_easy:
            return self.job.easy_page(uri)
        if uri == REPORT_URI and self.options.report:
            # The findings may still be coming: the report is filled in when its
            # page is written (on_post_page), the last page of the build.
            return REPORT_FRONT_MATTER + f"\n# Readability report\n\n{REPORT_PLACEHOLDER}\n"
        return None

    def on_post_page(self, output, *, page, config):
        """Fill in the report page; only in `mkdocs serve`, add the editor's panel to each page."""
        if page.file.src_uri == REPORT_URI and self.options.report:
            self._collect()
            return output.replace(f"<p>{REPORT_PLACEHOLDER}</p>", self.job.report(), 1)
        if self.command != "serve" or not self.options.editor_panel:
            return output
        uri = page.file.src_uri
        standard, easy = self.variants.by_standard.get(uri), self.variants.by_easy.get(uri)
        if standard is not None:
            key = self._display_path(page.file)
        elif easy is not None:
            key = self._display_path(easy.hand_written) if easy.hand_written else uri
        else:
            return output
        result = {r.path: r for r in self._collect()}.get(key)
        if result is None:
            return output
        easy_url = get_relative_url(standard.easy.url, page.url) if standard is not None else None
        return output.replace("</body>", panel_html(result, self.settings, easy_url) + "</body>", 1)

    def on_post_build(self, *, config):
        """Log the findings, if no page needed them earlier (with --strict, warnings fail the build)."""
        self._collect()
        if self.job is not None:
            self.job.close()

    def on_build_error(self, *, error):
        if self.job is not None:
            self.job.close()

    def on_nav(self, nav, *, config, files):
        """Note the pages' order, for the easy read pages' own short navigation."""
        self.variants.set_order([page.file.src_uri for page in nav.pages])
        return nav

    def on_page_markdown(self, markdown, *, page, config, files):
        """Mark standard and easy read pages for the theme, and set the Markdown extensions for the page."""
        uri = page.file.src_uri
        standard = self.variants.by_standard.get(uri)
        easy = self.variants.by_easy.get(uri)
        if standard is not None:
            page.meta["coprod_kind"] = "standard"
            page.meta["coprod_easy_read_url"] = standard.easy.url
        elif easy is not None:
            page.meta["coprod_kind"] = "easy"
            page.meta["coprod_standard_url"] = easy.standard.url
            page.meta["coprod_generated"] = easy.generated
            page.meta.setdefault("easy_read_checked", False)
            page.meta["hide"] = sorted(set(page.meta.get("hide") or []) | {"navigation"})
            # Not in the search index: each result would show twice, once per version.
            page.meta.setdefault("search", {"exclude": True})
        if self.extension is not None:
            self.extension.page_path = uri
            self.extension.enabled = uri not in (GLOSSARY_URI, REPORT_URI)
            self.extension.easy = easy is not None
        self.easy_extension.enabled = easy is not None
        return markdown

    def on_page_content(self, html, *, page, config, files):
        """Put the banner under an easy read page's title, and its own short navigation at its end.

        They go into the HTML, not the Markdown: they are HTML already, and
        Markdown would only read them through again.
        """
        easy = self.variants.by_easy.get(page.file.src_uri)
        if easy is None:
            return html
        return _after_title(html, self._banner(page, easy, files)) + self._easy_nav(page, easy, files).strip()

    def _banner(self, page, variant: Variant, files: Files) -> str:
        help_file = next((files.get_file_from_path(u) for u in EASY_READ_HELP if files.get_file_from_path(u)), None)
        help_url = get_relative_url(help_file.url, page.url) if help_file else None
        return banner_html(variant.generated, page.meta.get("easy_read_checked"), help_url,
                           easy_yet=not (variant.generated and needs_editor(page.markdown or "")))

    def _easy_nav(self, page, variant: Variant, files: Files) -> str:
        def link(target: Variant) -> str:
            return get_relative_url(target.easy.url, page.url)

        def title(target: Variant) -> str:
            nav_page = target.standard.page
            return (nav_page.title if nav_page and nav_page.title else None) or \
                target.standard.name.replace("-", " ").capitalize()

        links = []
        home = self.variants.home()
        if home is not None and home is not variant:
            links.append(("Easy read home page", link(home)))
        before, after = self.variants.neighbours(variant.standard.src_uri)
        if before is not None:
            links.append((f"Before this: {title(before)}", link(before)))
        if after is not None:
            links.append((f"Next: {title(after)}", link(after)))
        if variant is home:
            # The easy read home page lists every easy read page: one list, so
            # the build stays linear in the number of pages.
            links += [(title(v), link(v)) for u in self.variants.order
                      if (v := self.variants.by_standard.get(u)) is not None and v is not home]
        return easy_nav_html(links)

    def on_serve(self, server, *, config, builder):
        """Rebuild when glossary.yml changes, as for a page."""
        if self.glossary_path is not None:
            server.watch(str(self.glossary_path))
        return server

    def _log(self, results: list[PageResult]) -> None:
        notes, generated = 0, []
        for result in results:
            if result.generated and not self.options.generated_easy_read_fails_build:
                if any(f.severity is not Severity.INFO for f in result.findings):
                    generated.append(result.path)
                continue
            for finding in result.findings:
                if finding.severity is Severity.INFO:
                    notes += 1
                    continue
                text = f"{finding.location} {finding.rule}: {finding.message}"
                if finding.suggestion:
                    text += f" {finding.suggestion}"
                log.warning(text)
        if notes:
            log.info(f"{_count(notes, 'note')} (not failures) {'is' if notes == 1 else 'are'} listed "
                     "on the readability report page.")
        if generated:
            pages = _count(len(generated), "easy read page")
            log.info(f"{pages} made by computer {'needs' if len(generated) == 1 else 'need'} a hand-written version. "
                     "The readability report page lists them.")


def _count(number: int, thing: str) -> str:
    return f"{number} {thing}" + ("" if number == 1 else "s")


def _after_title(content: str, block: str) -> str:
    """Put a block after the page's title (its first <h1>), so screen readers meet the title first."""
    before, title_end, after = content.partition("</h1>")
    if not title_end:
        return block + content
    return before + title_end + "\n" + block + after.lstrip("\n")
