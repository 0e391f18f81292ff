"""Run the site's checks in another process while MkDocs renders pages.

MkDocs builds in one process; this machine and most laptops have more than one
core. The easy read pages and the checks (coprod.site_check) need nothing from
MkDocs, so they go to a second process at the start of the build. It sends
the easy read pages first, since MkDocs reads them soon, and the findings
after, since they are only needed at the end. Small sites run the job in this
process.

The easy read pages are sent one by one, in the order MkDocs reads them, so
MkDocs can work on one while the next is being made. A thread here takes in
everything the worker sends as soon as it is sent: a pipe holds only about a
dozen pages, and a worker waiting for MkDocs to read them would sit idle.

When MkDocs needs an easy read page the worker has not started yet, this
process makes it, and the worker skips it: each page is claimed by one of the
two (see `_claim`), so none is made twice. The worker gets the pages made here
back, for their checks.
"""

from __future__ import annotations

import gc
import multiprocessing
import queue
import sys
import threading
import traceback

import markdown

from ..checker import PageResult
from ..report import report_markdown
from ..site_check import SiteJob, SiteResult, check_pages, check_site, easy_uri, load_job_glossary, make_easy_page

# Below this many pages, the job runs here: it is quick, and where the worker
# cannot be forked (see start_method) it takes about half a second to start.
BACKGROUND_FROM_PAGES = 60

# Who makes each easy read page, in the shared claims array.
_NOBODY, _WORKER, _BUILD = 0, 1, 2


def report_html(results: list[PageResult]) -> str:
    """The report page's body as HTML (its title comes from the page itself)."""
    body = report_markdown(results).split("# Readability report", 1)[1]
    return markdown.markdown(body, extensions=["tables", "attr_list"])


def _claim(claims, index: int, who: int) -> bool:
    """Take page `index` for `who`, unless the other process has it already."""
    with claims.get_lock():
        if claims[index] != _NOBODY:
            return False
        claims[index] = who
        return True


def _work(job: SiteJob, connection, claims, made_by_build, glossary=None) -> None:
    """The worker: easy read pages one by one, then the findings, then the report.

    `glossary` is given only to a forked worker, which has it already; a
    spawned one reads glossary.yml again rather than have it pickled.
    """
    # Whatever a forked worker has from MkDocs stays alive until it ends:
    # keeping it out of the garbage collector's rounds saves their time.
    gc.freeze()
    try:
        if glossary is None:
            glossary = load_job_glossary(job)
        pages = job.pages if job.easy_read else []
        easy_pages = {}
        for index, page in enumerate(pages):
            if _claim(claims, index, _WORKER):
                uri = easy_uri(page.uri)
                easy_pages[uri] = make_easy_page(job, glossary, uri)
                connection.send(("page", (uri, easy_pages[uri])))
        while len(easy_pages) < len(pages):
            try:
                uri, text = made_by_build.get(timeout=1)
            except queue.Empty:
                if not multiprocessing.parent_process().is_alive():
                    return  # the build has gone: nobody will send the rest
                continue
            easy_pages[uri] = text
        results = check_pages(job, easy_pages, glossary)
        connection.send(("results", results))
        connection.send(("report", report_html(job.extra_results + results)))
    except BaseException:  # a bug: show it in the build, not lost in another process
        connection.send(("error", traceback.format_exc()))
    finally:
        connection.close()


def start_method() -> str:
    """How to start the worker.

    "fork" starts it in milliseconds with everything already imported, but is
    only safe while no other thread runs (not beside `mkdocs serve`'s server)
    and is the usual way only on Linux. Elsewhere "spawn": a fresh interpreter,
    which takes about half a second to be ready.
    """
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    return "spawn"


class BackgroundJob:
    def __init__(self, job: SiteJob, glossary=None):
        self._received: dict[str, object] = {}
        self._pages: dict[str, str] = {}
        self._arrived = threading.Condition()  # notified whenever the listener stores a message
        self._process = None
        self._job, self._glossary = job, glossary
        if len(job.pages) >= BACKGROUND_FROM_PAGES and (multiprocessing.cpu_count() or 1) > 1:
            method = start_method()
            context = multiprocessing.get_context(method)
            self._connection, child = context.Pipe(duplex=False)
            self._claims = context.Array("b", len(job.pages))
            self._index = {easy_uri(page.uri): index for index, page in enumerate(job.pages)}
            self._last = len(job.pages) - 1  # no page after this one is left for anybody to claim
            self._made_by_build = context.Queue()  # pages made here, for the worker's checks; putting never waits
            forked = method == "fork"
            self._process = context.Process(
                target=_work, args=(job, child, self._claims, self._made_by_build, glossary if forked else None),
                daemon=True)
            self._started = threading.Event()
            if forked:
                # Forked here, from the only thread, so no lock can be held by another thread.
                self._start(child)
            # Starting with "spawn" takes a fifth of a second: the listener does
            # it while MkDocs carries on.
            self._listener = threading.Thread(target=self._listen, args=(child,), daemon=True)
            self._listener.start()
        else:
            result: SiteResult = check_site(job, glossary)
            self._pages = result.easy_pages
            self._received = {"results": result.results}
            self._received["report"] = report_html(job.extra_results + result.results)

    def _start(self, child) -> None:
        try:
            self._process.start()
        finally:
            self._started.set()
            child.close()

    def _listen(self, child) -> None:
        """Start the worker if that is still to do, then take in its messages until the last."""
        try:
            if not self._started.is_set():
                self._start(child)
            while True:
                message, value = self._connection.recv()
                with self._arrived:
                    if message == "page":
                        uri, text = value
                        self._pages[uri] = text
                    else:
                        self._received[message] = value
                    self._arrived.notify_all()
                if message in ("report", "error"):
                    return
        except EOFError:
            problem = "it stopped without an answer"
        except BaseException:  # shown in the build, like the worker's own failures
            problem = traceback.format_exc()
        with self._arrived:
            self._received.setdefault("error", problem)
            self._arrived.notify_all()

    def _wait_for(self, ready) -> None:
        """Wait until `ready()` is true; raise if the worker failed first."""
        with self._arrived:
            while not ready() and "error" not in self._received:
                self._arrived.wait()
            if not ready():
                raise RuntimeError(f"the coprod background process failed:\n{self._received['error']}")

    def easy_page(self, uri: str) -> str:
        """An easy read page's Markdown: from the worker, or made here if the worker has not started it.

        If the worker is making this very page, this process makes one from the
        end of the list meanwhile (the worker works from the start), rather than
        sit idle: the two meet in the middle.
        """
        while True:
            with self._arrived:
                if uri in self._pages:
                    return self._pages[uri]
            if _claim(self._claims, self._index[uri], _BUILD):
                return self._make_here(uri)
            spare = self._claim_from_end()
            if spare is None:
                self._wait_for(lambda: uri in self._pages)
            else:
                self._make_here(spare)

    def _claim_from_end(self) -> str | None:
        """Claim the last page nobody has started, if any."""
        with self._claims.get_lock():
            while self._last >= 0 and self._claims[self._last] != _NOBODY:
                self._last -= 1
            if self._last < 0:
                return None
            self._claims[self._last] = _BUILD
            return easy_uri(self._job.pages[self._last].uri)

    def _make_here(self, uri: str) -> str:
        text = make_easy_page(self._job, self._glossary, uri)
        self._made_by_build.put((uri, text))
        with self._arrived:
            self._pages[uri] = text
        return text

    def results(self) -> list[PageResult]:
        self._wait_for(lambda: "results" in self._received)
        return self._received["results"]

    def report(self) -> str:
        self._wait_for(lambda: "report" in self._received)
        self.close()
        return self._received["report"]

    def close(self) -> None:
        """Stop the worker: whatever it has not sent yet is not needed any more."""
        if self._process is None:
            return
        process, self._process = self._process, None
        self._started.wait()
        if process.is_alive():
            process.terminate()
            process.join(timeout=5)
            if process.is_alive():
                process.kill()
        process.join()
        self._listener.join()
        self._connection.close()
        self._made_by_build.close()
        self._made_by_build.cancel_join_thread()  # the worker has gone: nothing is left to read what is queued
