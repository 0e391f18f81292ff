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
"""

from __future__ import annotations

import logging
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, Iterator

from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import TableOfContents
from mkdocs.utils import meta as front_matter


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


class EasyReadPage(Page):
    """An easy read page: given the worker's HTML (`prepared`) when it is for the same Markdown."""

    prepared: Rendering | None = None

    def render(self, config, files: Files) -> None:
        rendering, self.prepared = self.prepared, None
        if rendering is None or rendering.markdown != self.markdown:
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


class WorkerRenderer:
    """Called in a worker with an easy read page's uri and Markdown: its Rendering.

    In MkDocs's own process it gives None: MkDocs converts the page there anyway.
    `set_extensions(uri)` sets the plugin's Markdown extensions for the page, as
    the plugin's on_page_markdown does in MkDocs's process.
    """

    def __init__(self, config, files: Files, set_extensions: Callable[[str], None]) -> None:
        self.config, self.files, self.set_extensions = config, files, set_extensions
        self.main_process = os.getpid()

    def __call__(self, uri: str, text: str) -> Rendering | None:
        if os.getpid() == self.main_process:
            return None
        file = self.files.get_file_from_path(uri)
        page = file.page if file is not None else None
        if not isinstance(page, EasyReadPage):
            return None
        markdown, meta = front_matter.get_data(text)  # as Page.read_source does
        page.markdown, page.meta = markdown, meta
        self.set_extensions(uri)
        with _captured_logs() as records:
            Page.render(page, self.config, self.files)
        links = None
        if page.links_to_anchors is not None:
            links = {linked.src_uri: anchors for linked, anchors in page.links_to_anchors.items()}
        return Rendering(markdown, page.content, page.toc, page._title_from_render,
                         page.present_anchor_ids, links, records)


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
