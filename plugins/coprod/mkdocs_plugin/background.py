"""Run the site's checks in another process while MkDocs renders pages.

MkDocs builds in one process; this machine and most laptops have more than one
core. The easy read pages and the checks (coprod.site_check) need nothing from
MkDocs, so they go to a second process at the start of the build. It sends
the easy read pages first, since MkDocs reads them soon, and the findings
after, since they are only needed at the end. Small sites run the job in this
process: starting a second Python costs more than it saves there.

The easy read pages are sent one by one, in the order MkDocs reads them, so
MkDocs can work on one while the next is being made.
"""

from __future__ import annotations

import multiprocessing
import threading
import traceback

import markdown

from ..checker import PageResult
from ..report import report_markdown
from ..site_check import (SiteJob, SiteResult, check_pages, check_site, each_easy_page, load_job_glossary,
                          make_easy_page)

# Below this many pages, the job runs here (a second process takes about half a second to start).
BACKGROUND_FROM_PAGES = 60


def report_html(results: list[PageResult]) -> str:
    """The report page's body as HTML (its title comes from the page itself)."""
    body = report_markdown(results).split("# Readability report", 1)[1]
    return markdown.markdown(body, extensions=["tables", "attr_list"])


def _work(job: SiteJob, connection) -> None:
    try:
        glossary = load_job_glossary(job)
        easy_pages = {}
        for uri, text in each_easy_page(job, glossary):
            easy_pages[uri] = text
            connection.send(("page", (uri, text)))
        results = check_pages(job, easy_pages, glossary)
        connection.send(("results", results))
        connection.send(("report", report_html(job.extra_results + results)))
    except BaseException:  # a bug: show it in the build, not lost in another process
        connection.send(("error", traceback.format_exc()))
    finally:
        connection.close()


class BackgroundJob:
    def __init__(self, job: SiteJob, glossary=None):
        self._received: dict[str, object] = {}
        self._pages: dict[str, str] = {}
        self._process = None
        self._job, self._glossary = job, glossary
        if len(job.pages) >= BACKGROUND_FROM_PAGES and (multiprocessing.cpu_count() or 1) > 1:
            # "spawn": a fresh interpreter, safe beside the threads of `mkdocs serve`.
            context = multiprocessing.get_context("spawn")
            self._connection, child = context.Pipe(duplex=False)
            self._process = context.Process(target=_work, args=(job, child), daemon=True)
            # Starting a process takes a fifth of a second; a thread does it
            # while MkDocs carries on.
            self._starter = threading.Thread(target=self._start, args=(child,), daemon=True)
            self._starter.start()
        else:
            result: SiteResult = check_site(job, glossary)
            self._pages = result.easy_pages
            self._received = {"results": result.results}
            self._received["report"] = report_html(job.extra_results + result.results)

    def _start(self, child) -> None:
        self._process.start()
        child.close()

    def _receive(self) -> None:
        try:
            message, value = self._connection.recv()
        except EOFError:
            raise RuntimeError("the coprod background process stopped without an answer") from None
        if message == "error":
            raise RuntimeError(f"the coprod background process failed:\n{value}")
        if message == "page":
            uri, text = value
            self._pages[uri] = text
        else:
            self._received[message] = value

    def easy_page(self, uri: str) -> str:
        """An easy read page's Markdown: from the worker if it has sent it, else made here.

        Making a page takes a few milliseconds; waiting for the worker to catch
        up would leave this process idle.
        """
        while uri not in self._pages and self._process is not None and self._connection.poll():
            self._receive()
        if uri not in self._pages:
            self._pages[uri] = make_easy_page(self._job, self._glossary, uri)
        return self._pages[uri]

    def results(self) -> list[PageResult]:
        while "results" not in self._received:
            self._receive()
        return self._received["results"]

    def report(self) -> str:
        while "report" not in self._received:
            self._receive()
        self.close()
        return self._received["report"]

    def close(self) -> None:
        if self._process is not None:
            self._starter.join()
            if "report" in self._received:
                # Everything has arrived: no need to wait while the worker tidies up its memory.
                self._process.terminate()
            self._process.join(timeout=5)
            if self._process.is_alive():
                self._process.kill()
            self._connection.close()
            self._process = None
