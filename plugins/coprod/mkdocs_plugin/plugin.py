"""MkDocs wiring for coprod. Only event handling lives here; the work is in the core."""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.utils import get_relative_url

from ..checker import PageResult, decode
from ..easy_pages import easy_glossary_markdown, easy_not_found_markdown
from ..easyread.decorations import banner_html, easy_nav_html
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
from . import theme
from .background import BackgroundJob
from .variants import Variant, Variants, split_hand_written

log = get_plugin_logger("coprod")

REPORT_URI = "coprod-report.md"
REPORT_PLACEHOLDER = "COPROD-REPORT-WILL-BE-HERE"
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
        self.easy_extension = EasyReadExtension()
        self.variants = Variants()
        self.job: BackgroundJob | None = None
        self.logged = False
        self.help_file: File | None = None  # where the banner on a generated easy read page sends editors
        self._content_before_search: str | None = None

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
        self.help_file = None
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
        if files.get_file_from_path(EASY_NOT_FOUND_URI) is None:
            home = "index.md" if files.get_file_from_path("easy-read/index.md") else None
            not_found = Variants.make_file(config, EASY_NOT_FOUND_URI, content=easy_not_found_markdown(home))
            # At easy-read/404.html whatever use_directory_urls says, as hosts expect of a 404 page.
            not_found.dest_uri = "easy-read/404.html"
            not_found.url = "easy-read/404.html"
            files.append(not_found)

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
            variant = self.variants.by_easy[uri]
            return variant.text if variant.text is not None else self.job.easy_page(uri)
        if uri == REPORT_URI and self.options.report:
            # The findings may still be coming: the report is filled in when its
            # page is written (on_post_page), the last page of the build.
            return REPORT_FRONT_MATTER + f"\n# Readability report\n\n{REPORT_PLACEHOLDER}\n"
        return None

    def on_post_page(self, output, *, page, config):
        """Add the toggle and the search order to each page; fill in the report page; only in
        `mkdocs serve`, add the editor's panel to each page."""
        uri = page.file.src_uri
        standard, easy = self.variants.by_standard.get(uri), self.variants.by_easy.get(uri)
        if standard is not None:
            output = theme.add_toggle(output, theme.toggle_html(True, get_relative_url(standard.easy.url, page.url)))
        elif easy is not None:
            output = theme.add_toggle(output, theme.toggle_html(False, get_relative_url(easy.standard.url, page.url)))
        if self.options.easy_read:
            output = theme.add_search_order(output, page.url, easy_first=easy is not None or uri == EASY_NOT_FOUND_URI)
        if uri == REPORT_URI and self.options.report:
            self._collect()
            return output.replace(f"<p>{REPORT_PLACEHOLDER}</p>", self.job.report(), 1)
        if self.command != "serve" or not self.options.editor_panel:
            return output
        if standard is not None and page.file.abs_src_path:  # not the plugin's own glossary page
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
        # Found once a build, not once a page.
        self.help_file = next((f for f in map(files.get_file_from_path, EASY_READ_HELP) if f is not None), None)
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
        not_found = uri == EASY_NOT_FOUND_URI and self.options.easy_read
        if easy is not None or not_found:
            # Easy read pages are in the search index: search lists them first
            # on easy read pages, last on standard ones (see theme.add_search_order).
            page.meta["coprod_kind"] = "easy"
            theme.use_easy_template(page.meta)
        if self.extension is not None:
            self.extension.page_path = uri
            self.extension.enabled = uri not in (GLOSSARY_URI, REPORT_URI, EASY_GLOSSARY_URI, EASY_NOT_FOUND_URI)
            self.extension.easy = easy is not None
        self.easy_extension.enabled = easy is not None or not_found
        return markdown

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
        return context

    @event_priority(-100)
    def _put_back_after_search(self, context, *, page, config, nav):
        """After the search plugin: the page shows all of itself again."""
        if page.meta.get("coprod_kind") == "easy" and self._content_before_search is not None:
            page.content, self._content_before_search = self._content_before_search, None
        return context

    on_page_context = CombinedEvent(_leave_out_of_search, _put_back_after_search)

    def _banner(self, page, variant: Variant, files: Files) -> str:
        help_url = get_relative_url(self.help_file.url, page.url) if self.help_file else None
        return banner_html(variant.generated, page.meta.get("easy_read_checked"), help_url)

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
        """Send readers of a missing easy read page on to the easy read "not found" page; keep that
        page out of the sitemap."""
        if template_name == "404.html" and self.options.easy_read:
            return theme.add_easy_not_found_redirect(output_content)
        if template_name == "sitemap.xml" and self.options.easy_read:
            return theme.sitemap_without_not_found(output_content)
        return output_content

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
