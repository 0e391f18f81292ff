"""Easy read pages turned into HTML in the worker that made them, while MkDocs's own process renders others.

MkDocs converts every page's Markdown to HTML in its own process, one page
after another, and that process is what a build waits for. The worker that
makes an easy read page (coprod.site_check) converts it too: it was forked from
MkDocs's process once the files, the navigation and the Markdown extensions
were all set, so it converts with exactly what MkDocs would use.

MkDocs's process takes the worker's HTML only when the Markdown it would
convert is the very text the worker converted. If another plugin changed the
page (in on_page_markdown), or no worker made it, MkDocs converts the page
itself, as it always does.

With Material's search, the worker later makes the search entries of each page
it turned into HTML, with Material's own code, from the page as search will see
it: after every easy read page is made, while MkDocs renders the standard
pages. They are used only if, when the page is indexed, it is exactly that page
(same words, address, title and search settings); otherwise search indexes it
as usual.
"""

from __future__ import annotations

import copy
import logging
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import TableOfContents
from mkdocs.utils import meta as front_matter

from .page_text import escape_page_texts


@dataclass
class Rendering:
    """What Page.render gives a page, in a form a worker can send back."""

    markdown: str  # the Markdown that was converted, front matter taken off
    content: str
    toc: TableOfContents
    title: str | None
    present_anchor_ids: set[str] | None
    links_to_anchors: dict[str, dict[str, str]] | None  # by the src_uri of the page linked to
    log_records: list[logging.LogRecord] = field(default_factory=list)


@dataclass
class SearchEntries:
    """A page's entries for Material's search index, and what they were made from."""

    searched: str  # the page's HTML as search sees it (coprod.mkdocs_plugin.theme.searchable)
    made_from: tuple  # the rest of the page that search reads: see search_key
    entries: list[dict]


def search_key(page) -> tuple:
    """What Material's search reads of a page besides its HTML."""
    meta = page.meta
    return (page.url, page.title, repr(meta.get("title")), repr(meta.get("tags")), repr(meta.get("search")),
            _toc_key(page.toc))


def _toc_key(links) -> tuple:
    return tuple((link.title, link.url, link.level, _toc_key(link.children)) for link in links)


def find_material_search(config) -> Any:
    """Material's search plugin, if the site uses it; its index is what the worker adds to."""
    for plugin in config.plugins.values():
        if type(plugin).__module__.startswith("material.plugins.search") and hasattr(plugin, "search_index") \
                and getattr(plugin.config, "enabled", True):
            return plugin
    return None


class EasyReadPage(Page):
    """An easy read page: given the worker's HTML (`prepared`) when it is for the same Markdown."""

    prepared: Rendering | None = None
    from_worker = False  # whether the worker's HTML was used

    def render(self, config, files: Files) -> None:
        rendering, self.prepared = self.prepared, None
        self.from_worker = rendering is not None and rendering.markdown == self.markdown
        if not self.from_worker:
            super().render(config, files)
            return
        self.content = rendering.content
        self.toc = rendering.toc
        self._title_from_render = rendering.title
        self.present_anchor_ids = rendering.present_anchor_ids
        if rendering.links_to_anchors is not None:
            self.links_to_anchors = {}
            for uri, links in rendering.links_to_anchors.items():
                linked = files.get_file_from_path(uri)
                if linked is not None:
                    self.links_to_anchors[linked] = links
        # What converting the page would have logged here (a link to a missing page, say).
        for record in rendering.log_records:
            logging.getLogger(record.name).handle(record)


class WorkerSteps:
    """What a worker does with each easy read page besides making it (coprod.site_check.EasyPageSteps).

    `at_once(uri, markdown)`: the page's Rendering. `later(uri)`: its search
    entries, for a page this worker rendered; in MkDocs's own process it gives
    None, as search reads the page there anyway.
    `set_extensions(uri)` sets the plugin's Markdown extensions for the page, as
    the plugin's on_page_markdown does in MkDocs's process.
    """

    def __init__(self, config, files: Files, set_extensions: Callable[[str], None],
                 as_searched: Callable[[EasyReadPage], str] | None = None, search_plugin: Any = None) -> None:
        """`as_searched(page)`: the page's HTML as search will see it, once the plugin's on_page_content has run."""
        self.config, self.files, self.set_extensions = config, files, set_extensions
        self.as_searched, self.search_plugin = as_searched, search_plugin
        self.main_process = os.getpid()
        self.rendered_here: dict[str, EasyReadPage] = {}  # by uri: the copies of pages rendered in this process

    def at_once(self, uri: str, text: str) -> Rendering | None:
        """Also done in MkDocs's process, for a page it makes while it waits for the worker."""
        file = self.files.get_file_from_path(uri)
        if file is None or not isinstance(file.page, EasyReadPage):
            return None
        # A copy: MkDocs's own page is left as it is until MkDocs reads it.
        page = copy.copy(file.page)
        markdown, meta = front_matter.get_data(text)  # as Page.read_source does
        page.markdown, page.meta = markdown, meta
        self.set_extensions(uri)
        with _captured_logs() as records:
            Page.render(page, self.config, self.files)
        links = None
        if page.links_to_anchors is not None:
            links = {linked.src_uri: anchors for linked, anchors in page.links_to_anchors.items()}
        if os.getpid() != self.main_process:
            self.rendered_here[uri] = page  # for its search entries, later
        return Rendering(markdown, page.content, page.toc, page._title_from_render,
                         page.present_anchor_ids, links, records)

    def later(self, uri: str) -> SearchEntries | None:
        page = self.rendered_here.get(uri)
        if page is None or self.search_plugin is None or self.as_searched is None:
            return None
        searched = self.as_searched(page)
        escape_page_texts([page])  # as MkDocs's process does to every page before search reads it (on_env)
        index = type(self.search_plugin.search_index)(**self.search_plugin.search_index.config)
        content, page.content = page.content, searched
        try:
            index.add_entry_from_context(page)
        finally:
            page.content = content
        return SearchEntries(searched, search_key(page), index.entries)


class _Keep(logging.Handler):
    def __init__(self, records: list[logging.LogRecord]) -> None:
        super().__init__()
        self.records = records

    def emit(self, record: logging.LogRecord) -> None:
        if any(kept is record for kept in self.records):  # met again on its way up to the root logger
            return
        # Sent to another process: the message made now, no objects left in it.
        record.msg, record.args = record.getMessage(), None
        if record.exc_info:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
        self.records.append(record)


@contextmanager
def _captured_logs() -> Iterator[list[logging.LogRecord]]:
    """Keep what is logged, to log it in MkDocs's process, which counts warnings for --strict."""
    records: list[logging.LogRecord] = []
    keep = _Keep(records)
    # MkDocs's own logger does not pass its records on to the root logger.
    loggers = [logging.getLogger(), logging.getLogger("mkdocs")]
    saved = [(logger, logger.handlers) for logger in loggers]
    for logger in loggers:
        logger.handlers = [keep]
    try:
        yield records
    finally:
        for logger, handlers in saved:
            logger.handlers = handlers
