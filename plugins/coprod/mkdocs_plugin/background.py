"""Run the site's checks in another process while MkDocs renders pages.

MkDocs builds in one process; this machine and most laptops have more than one
core. The checks and easy read pages (coprod.site_check) need nothing from
MkDocs, so they go to a second process at the start of the build, and the
plugin collects them when a page that needs them (an easy read page, the
report) is about to be read. Small sites run the job in this process: starting
a second Python costs more than it saves there.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor

from ..site_check import SiteJob, SiteResult, check_site

# Below this many pages, the job runs here (a second process takes about half a second to start).
BACKGROUND_FROM_PAGES = 60


class BackgroundJob:
    def __init__(self, job: SiteJob, glossary=None):
        self._executor: ProcessPoolExecutor | None = None
        self._future: Future | None = None
        self._result: SiteResult | None = None
        if len(job.pages) >= BACKGROUND_FROM_PAGES and (multiprocessing.cpu_count() or 1) > 1:
            # "spawn": a fresh interpreter, safe beside the threads of `mkdocs serve`.
            self._executor = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
            self._future = self._executor.submit(check_site, job)
        else:
            self._result = check_site(job, glossary)

    def result(self) -> SiteResult:
        if self._result is None:
            try:
                self._result = self._future.result()
            finally:
                self.close()
        return self._result

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
