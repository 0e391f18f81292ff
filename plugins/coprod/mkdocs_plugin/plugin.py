"""MkDocs wiring for coprod. Only event handling lives here; the work is in the core."""

from __future__ import annotations

import gc
import os
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.utils import get_relative_url

from ..checker import PageResult
from ..easy_pages import easy_glossary_markdown, easy_not_found_markdown
from ..easyread.decorations import banner_html, easy_nav_html, needs_editor
from ..editor_panel import panel_html
from ..errors import ConfigError, GlossaryError
from ..glossary import Glossary, load_glossary
from ..glossary_checks import check_glossary
from ..glossary_page import glossary_markdown
from ..markdown_ext import EasyReadExtension, GlossaryExtension
from ..kinds import PageKind
from ..material_icons import icon_exists, icon_file
from ..parallel import spare_cores
from ..report import LEVEL, Report, finding_line, report_html
from ..settings import PluginOptions, parse_plugin_options
from ..site_check import EasyPageSteps, Page, SiteJob, SiteWork, generated_label
from ..siteconfig import glossary_file, yaml_problem
from ..zensical_support import drop_glossary_extension_entry
from . import theme
from .csp import allow_live_reload, content_security_policy, with_policy
from .page_text import escape_page_texts, read_page, scrubbed
from .variants import Variant, Variants, split_hand_written
from .worker_html import EasyReadPage, WorkerSteps, find_material_search, search_key

log = get_plugin_logger("coprod")

REPORT_URI = "coprod-report.md"
# The report page's Markdown is only its front matter: its content is the
# report template's HTML, set in on_page_context. No menu and no table of
# contents, so its table has the page's whole width.
REPORT_PAGE = """---
title: Readability report
description: Scores and findings for every page, for editors.
search:
  exclude: true
hide:
  - navigation
  - toc
robots: noindex
---
"""
# Below this many pages the build makes easy read pages and checks in its own
# process: quick, and where workers cannot be forked they take half a second to start.
PARALLEL_FROM_PAGES = 60
# The build's own process renders pages; more workers than this gain little on a site.
MOST_BUILD_WORKERS = 3
GLOSSARY_URI = "glossary.md"
EASY_GLOSSARY_URI = "easy-read/glossary.md"
EASY_NOT_FOUND_URI = "easy-read/404.md"
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
        self.easy_extension = EasyReadExtension(icon_file=icon_file)
        self.variants = Variants()
        self.job: SiteWork | None = None
        self._job_to_start: tuple[SiteJob, int] | None = None  # started once the navigation is made
        self.report: Report | None = None
        self.help_file: File | None = None  # where the banner on a generated easy read page sends editors
        self._content_before_search: str | None = None
        self._search_before: tuple | None = None  # an easy read page's search settings, while search skips it
        self._material_search = None  # Material's search plugin, whose index the worker adds to
        self.easy_home_url: str | None = None  # the site's 404 page links to the easy read home page

    def load_config(self, options, config_file_path=None):
        super().load_config({}, config_file_path)
        problem = yaml_problem(Path(config_file_path)) if config_file_path else None
        if problem is not None and problem.line:  # repeated keys or impossible values, which MkDocs lets by
            return [("options", f"{problem} (in mkdocs.yml)")], []
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
        self.page_files: dict[str, File] = {}
        self.job, self.report = None, None
        self._job_to_start, self._material_search = None, None
        self.help_file = None
        self.config_dir = os.path.dirname(config.config_file_path or os.path.abspath("mkdocs.yml"))
        self.settings = self.options.settings
        self.glossary, self.extension = None, None
        self.glossary_path = glossary_file(Path(self.config_dir), self.options)
        if self.glossary_path is not None:
            display = os.path.relpath(self.glossary_path, self.config_dir).replace(os.sep, "/")
            try:
                self.glossary = load_glossary(self.glossary_path, display, icon_exists)
            except GlossaryError as error:
                raise PluginError(str(error)) from None
            self.glossary_display = display
            self.results.append(PageResult(display, PageKind.GLOSSARY, check_glossary(self.glossary, self.settings)))
            self.extension = GlossaryExtension(self.glossary, glossary_page=GLOSSARY_URI)
            drop_glossary_extension_entry(config)  # for Zensical; here the plugin's own one links terms
            if self.options.easy_read:
                self.extension.easy_glossary_page = EASY_GLOSSARY_URI
            config.markdown_extensions.append(self.extension)
            if "attr_list" not in config.markdown_extensions:
                config.markdown_extensions.append("attr_list")  # the glossary page's anchors use it
        if self.options.easy_read:
            config.markdown_extensions.append(self.easy_extension)
        theme.add_to_theme(config)
        return config

    def _display_path(self, file: File) -> str:
        return os.path.relpath(file.abs_src_path, self.config_dir).replace(os.sep, "/")

    def _read(self, file: File) -> str:
        return read_page(file.abs_src_path, self._display_path(file))

    @event_priority(50)
    def on_files(self, files: Files, config) -> Files:
        """Start the checks and the easy read pages; add the easy read, glossary and report files.

        The checks and easy read pages are shared with worker processes (see
        coprod.parallel) while MkDocs renders. Each easy read file is added now,
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
        )
        workers = spare_cores(MOST_BUILD_WORKERS) if len(job.pages) >= PARALLEL_FROM_PAGES else 0
        self._job_to_start = (job, workers)
        # Where the report links each page to: a hand-written easy read page to the page it becomes.
        self.page_files = {self._display_path(f): f for f in pages}
        if self.options.easy_read:
            for file in pages:
                easy = Variants.make_file(config, Variants.easy_uri(file.src_uri), content="")
                EasyReadPage(None, easy, config)  # so a worker can turn it into HTML (see worker_html)
                files.append(easy)
                hand = hand_written.get(Variants.hand_written_uri(file.src_uri))
                self.variants.add(Variant(file, easy, generated=hand is None, hand_written=hand))
                if hand is not None:
                    self.page_files[self._display_path(hand)] = easy
        if self.glossary is not None and files.get_file_from_path(GLOSSARY_URI) is None:
            files.append(File.generated(config, GLOSSARY_URI, content=glossary_markdown(self.glossary)))
        if self.options.easy_read:
            self._add_easy_read_extras(files, config)
        if self.options.report:
            report = File.generated(config, REPORT_URI, content="")
            report.inclusion = InclusionLevel.NOT_IN_NAV
            files.append(report)
        return files

    def _add_easy_read_extras(self, files: Files, config) -> None:
        """The easy read glossary (from the glossary's easy read meanings) and the easy read "not found" page."""
        if self.glossary is not None:
            text = easy_glossary_markdown(self.glossary)
            variant = self.variants.by_standard.get(GLOSSARY_URI)
            if variant is None:  # the glossary page is the plugin's own, so it has no easy read page yet
                easy = Variants.make_file(config, EASY_GLOSSARY_URI, content=text)
                files.append(easy)
                variant = Variant(files.get_file_from_path(GLOSSARY_URI), easy, generated=False)
                self.variants.add(variant)
            variant.text, variant.generated, variant.hand_written = text, False, None
        easy_home = files.get_file_from_path("easy-read/index.md")
        self.easy_home_url = easy_home.url if easy_home else None
        if files.get_file_from_path(EASY_NOT_FOUND_URI) is None:
            home = "index.md" if easy_home else None
            not_found = Variants.make_file(config, EASY_NOT_FOUND_URI, content=easy_not_found_markdown(home))
            # At easy-read/404.html whatever use_directory_urls says, as hosts expect of a 404 page.
            not_found.dest_uri = "easy-read/404.html"
            not_found.url = "easy-read/404.html"
            files.append(not_found)

    def _collect(self) -> Report:
        """Wait for the checks (if still running), and log their findings once."""
        if self.report is None:
            if self.job is not None:
                self.results += self.job.results()
            self.report = Report.from_results(self.results, self.options.generated_easy_read_fails_build)
            self._log(self.report)
        return self.report

    def on_page_read_source(self, *, page, config):
        """Give MkDocs the text of easy read pages, from the shared work, and the report page's front matter."""
        uri = page.file.src_uri
        if uri in self.variants.by_easy:
            variant = self.variants.by_easy[uri]
            if variant.text is not None:
                return variant.text
            text = self.job.easy_page(uri)
            if isinstance(page, EasyReadPage):
                page.prepared = self.job.after_easy(uri)
            return text
        if uri == REPORT_URI and self.options.report:
            return REPORT_PAGE
        return None

    def on_env(self, env, *, config, files):
        """Every page is read: make the titles and front matter the theme prints safe to print."""
        escape_page_texts(file.page for file in files.documentation_pages())
        return env

    def _report_content(self, context, *, page, config, nav):
        """Give the report page its content: the report template's HTML.

        Here, just before its template is rendered, and not when its Markdown
        is read: the checks may still be running then, and the report page is
        the last page MkDocs renders, so they have had the whole build to finish.
        """
        if page.file.src_uri == REPORT_URI and self.options.report:
            def link_for(result: PageResult) -> str | None:
                file = self.page_files.get(result.path)
                return get_relative_url(file.url, page.url) if file is not None else None

            page.content = report_html(self._collect(), link_for)
        return context

    @content_security_policy  # last, so the editor's panel script is hashed too
    def on_post_page(self, output, *, page, config):
        """Add the toggle and the search order to each page; only in `mkdocs serve`, add the editor's panel."""
        uri = page.file.src_uri
        standard, easy = self.variants.by_standard.get(uri), self.variants.by_easy.get(uri)
        if standard is not None:
            output = theme.add_toggle(output, theme.toggle_html(True, get_relative_url(standard.easy.url, page.url)))
        elif easy is not None:
            output = theme.add_toggle(output, theme.toggle_html(False, get_relative_url(easy.standard.url, page.url)))
        if self.options.easy_read:
            output = theme.add_search_order(output, page.url, easy_first=easy is not None or uri == EASY_NOT_FOUND_URI)
        if self.command != "serve" or not self.options.editor_panel:
            return output
        if standard is not None and page.file.abs_src_path:  # not the plugin's own glossary page
            key = self._display_path(page.file)
        elif easy is not None and (easy.hand_written or easy.standard.abs_src_path):  # not the easy read glossary
            key = self._display_path(easy.hand_written) if easy.hand_written else \
                generated_label(self._display_path(easy.standard))
        else:
            return output
        report = self._collect()
        result = {r.path: r for r in report.pages + report.generated}.get(key)
        if result is None:
            return output
        easy_url = get_relative_url(standard.easy.url, page.url) if standard is not None else None
        return output.replace("</body>", panel_html(result, self.settings, easy_url) + "</body>", 1)

    def on_post_build(self, *, config):
        """Log the findings, if no page needed them earlier (with --strict, warnings fail the build)."""
        self._collect()
        if self.job is not None:
            self.job.close()
        gc.unfreeze()  # under `mkdocs serve`, the next build's objects are the collector's again

    def on_build_error(self, *, error):
        if self.job is not None:
            self.job.close()
        gc.unfreeze()

    def _note_order(self, nav, *, config, files):
        """Note the pages' order, for the easy read pages' own short navigation."""
        self.variants.set_order([page.file.src_uri for page in nav.pages])
        # Found once a build, not once a page.
        self.help_file = next((f for f in map(files.get_file_from_path, EASY_READ_HELP) if f is not None), None)
        return nav

    @event_priority(-100)
    def _start_work(self, nav, *, config, files):
        """Start the checks and the easy read pages, in worker processes if the site is big enough.

        Last of all plugins' on_nav: the files are all there by now, so a
        worker, forked now, can also turn easy read pages into HTML as MkDocs would.
        """
        if self._job_to_start is not None:
            job, workers = self._job_to_start
            self._job_to_start = None
            steps = None
            if workers:
                self._material_search = find_material_search(config)

                def as_searched(page) -> str:
                    return theme.searchable(self.on_page_content(page.content, page=page, config=config, files=files))

                worker = WorkerSteps(config, files, self._set_extensions, as_searched, self._material_search)
                steps = EasyPageSteps(worker.at_once, worker.later)
                # What is loaded by now (the theme's templates, the word tables, every page's text) lives
                # until the build ends: out of the garbage collector's rounds, which a big site makes slow.
                gc.freeze()
            self.job = SiteWork(job, self.glossary, workers, steps=steps)
        return nav

    on_nav = CombinedEvent(_note_order, _start_work)

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
        not_found = uri == EASY_NOT_FOUND_URI and self.options.easy_read
        if easy is not None or not_found:
            # Easy read pages are in the search index: search lists them first
            # on easy read pages, last on standard ones (see theme.add_search_order).
            page.meta["coprod_kind"] = "easy"
            theme.use_easy_template(page.meta)
        self._set_extensions(uri)
        return markdown

    def _set_extensions(self, uri: str) -> None:
        """Set the plugin's Markdown extensions for a page (in a worker too: see worker_html)."""
        easy = uri in self.variants.by_easy
        if self.extension is not None:
            self.extension.page_path = uri
            self.extension.enabled = uri not in (GLOSSARY_URI, REPORT_URI, EASY_GLOSSARY_URI, EASY_NOT_FOUND_URI)
            self.extension.easy = easy
        self.easy_extension.enabled = easy or (uri == EASY_NOT_FOUND_URI and self.options.easy_read)

    @scrubbed  # no script an editor wrote in a page reaches its HTML
    def on_page_content(self, html, *, page, config, files):
        """Put the banner under an easy read page's title, and its own short navigation at its end.

        They go into the HTML, not the Markdown: they are HTML already, and
        Markdown would only read them through again.
        """
        easy = self.variants.by_easy.get(page.file.src_uri)
        if easy is None:
            return html
        under_title = theme.READ_ALOUD_HTML + self._banner(page, easy, files)
        return _after_title(html, under_title) + self._easy_nav(page, easy, files).strip()

    @event_priority(100)
    def _leave_out_of_search(self, context, *, page, config, nav):
        """Before the search plugin indexes an easy read page: take out what is no help in search.

        The pictures hold no words, and their SVG is most of the page's HTML:
        indexing easy read pages costs about a third less without them. The
        banner and the short menu are the same on every page.
        """
        if page.meta.get("coprod_kind") == "easy":
            self._content_before_search = page.content
            page.content = theme.searchable(page.content)
            # Made by the worker that rendered the page (see worker_html), if it has got to it yet.
            ready = self.job.later(page.file.src_uri) if getattr(page, "from_worker", False) else None
            if ready is not None and self._material_search is not None and ready.searched == page.content \
                    and ready.made_from == search_key(page):
                self._material_search.search_index.entries.extend(ready.entries)
                # Indexed already: search need not read the page again.
                self._search_before = ("search" in page.meta, page.meta.get("search"))
                page.meta["search"] = {"exclude": True}
        return context

    @event_priority(-100)
    def _put_back_after_search(self, context, *, page, config, nav):
        """After the search plugin: the page shows all of itself again."""
        if page.meta.get("coprod_kind") == "easy" and self._content_before_search is not None:
            page.content, self._content_before_search = self._content_before_search, None
        if self._search_before is not None:
            had, value = self._search_before
            self._search_before = None
            if had:
                page.meta["search"] = value
            else:
                del page.meta["search"]
        return context

    on_page_context = CombinedEvent(_leave_out_of_search, _report_content, _put_back_after_search)

    def _banner(self, page, variant: Variant, files: Files) -> str:
        help_url = get_relative_url(self.help_file.url, page.url) if self.help_file else None
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

    def on_post_template(self, output_content, *, template_name, config):
        """Pages made from theme templates alone (404.html) get the same security policy. Also: send
        readers of a missing easy read page on to the easy read "not found" page, and keep that page
        out of the sitemap."""
        if template_name.endswith(".html"):
            output_content = with_policy(output_content)
        if template_name == "404.html" and self.options.easy_read:
            output_content = theme.add_easy_not_found_redirect(output_content, self.easy_home_url)
        if template_name == "sitemap.xml" and self.options.easy_read:
            output_content = theme.sitemap_without_not_found(output_content)
        return output_content

    def on_serve(self, server, *, config, builder):
        """Rebuild when glossary.yml changes, as for a page."""
        if self.glossary_path is not None:
            server.watch(str(self.glossary_path))
        allow_live_reload(server)  # its script is added as each page is served, so is hashed then
        return server

    def _log(self, report: Report) -> None:
        """Each finding on a line that says error, warning or note, then the counts, as `coprod check` prints them.

        Errors are logged as errors and warnings as warnings, so `--strict`
        ends with "Aborted with N errors, M warnings"; notes never fail a build.
        """
        for result in report.checked:
            for finding in result.findings:
                _LOG_AT[LEVEL[finding.severity]](finding_line(finding))
        log.info(report.summary_line())
        if report.generated_with_findings:
            # Their own section: the computer's pages, named after the page each was made from.
            for result in report.generated_with_findings:
                for finding in result.findings:
                    line = finding_line(finding)
                    if report.generated_fails:
                        _LOG_AT[LEVEL[finding.severity]](line)
                    else:
                        log.info(line)
            log.info(report.generated_line() + " The readability report page lists them.")


_LOG_AT = {"error": log.error, "warning": log.warning, "note": log.info}


def _after_title(content: str, block: str) -> str:
    """Put a block after the page's title (its first <h1>), so screen readers meet the title first."""
    before, title_end, after = content.partition("</h1>")
    if not title_end:
        return block + content
    return before + title_end + "\n" + block + after.lstrip("\n")
