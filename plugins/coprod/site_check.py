"""A whole site's checks and easy read pages: the work the build and `coprod check` share.

It knows nothing of MkDocs, and everything in and out can be pickled, so the
work can be shared with worker processes (coprod.parallel) while MkDocs renders
pages. The build and `coprod check` both run `SiteWork`, so they check the same
pages and get the same findings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Callable

from .checker import PageResult, check_page, check_text, read_page
from .findings import Finding, Severity
from .glossary import Glossary, load_glossary
from .kinds import PageKind
from .parallel import SharedWork
from .settings import Settings

EASY_PREFIX = "easy-read/"


def easy_uri(standard_uri: str) -> str:
    return EASY_PREFIX + standard_uri


def hand_written_uri(standard_uri: str) -> str:
    return standard_uri[: -len(".md")] + ".easy.md"


@dataclass
class Page:
    uri: str  # path inside the docs folder, like guides/page.md
    path: str  # path to show editors, like content/guides/page.md
    text: str


@dataclass
class SiteJob:
    settings: Settings
    pages: list[Page]
    hand_written: dict[str, Page] = field(default_factory=dict)  # by uri, like guides/page.easy.md
    easy_read: bool = True
    glossary_file: str | None = None
    glossary_path: str | None = None  # as shown to editors
    # Standard pages (by uri) whose easy read page exists but is not part of this job:
    # `coprod check page.md` beside a page.easy.md it was not asked to check.
    easy_read_elsewhere: set[str] = field(default_factory=set)

    @cached_property
    def easy_uris(self) -> set[str]:
        return {easy_uri(page.uri) for page in self.pages}


def generated_label(page_path: str) -> str:
    """How results name a computer-made easy read page: after the page it was made from, as no file holds it."""
    return f"{page_path} (easy read made by computer)"


def load_job_glossary(job: SiteJob) -> Glossary | None:
    return load_glossary(Path(job.glossary_file), job.glossary_path) if job.glossary_file else None


# Standard pages read (coprod.checker.read_page) to make their easy read page, by
# (id of the job, page number): when the same process checks the page, it reads
# it no second time. Each is dropped when checked, and all when the work ends.
_READ_HERE: dict[tuple[int, int], object] = {}


def _easy_text(job: SiteJob, glossary: Glossary | None, number: int, keep_read: bool = True) -> str:
    """A page's easy read Markdown: hand-written, or made here; links made right.

    With `keep_read`, the standard page as read is kept for its own check, if that is done here.
    """
    from .easyread import generate_easy_read, rewrite_links  # here: `coprod check --no-generated` never needs them

    page = job.pages[number]
    target = easy_uri(page.uri)
    hand = job.hand_written.get(hand_written_uri(page.uri))
    if hand:
        text, origin = hand.text, hand.uri
    else:
        read = read_page(page.path, page.text, job.settings, glossary)
        if keep_read:
            _READ_HERE[(id(job), number)] = read
        text, origin = generate_easy_read(page.text, glossary, page=read), page.uri
    return rewrite_links(text, origin, target, job.easy_uris)


# The site's work as items for coprod.parallel: every easy read page first, as
# MkDocs reads them early; then the checks, needed only at the end. With
# `check_with_easy` (`coprod check`, which waits for everything at once), checking
# a made page and its standard page are grouped with making it, so the page is
# read once and made once. The build groups neither: MkDocs's own process makes
# the easy read pages the worker has not reached when MkDocs needs them, and a
# worker checks them later all the same, making the page again if it must
# (MkDocs's process is what the build waits for). With `steps` (the build), each
# easy read page is followed at once by the adapter's first step (in the same
# group, as it needs the page's text), and the adapter's later steps come after
# every page is made, before the checks.
def _site_items(job: SiteJob, check_with_easy: bool = False,
                steps: bool = False) -> tuple[list[tuple], list[list[int]]]:
    items: list[tuple] = []
    groups: list[list[int]] = []
    easy_index: dict[int, int] = {}
    after_index: dict[int, int] = {}
    check_index: dict[int, int] = {}
    easy_pages = [(number, page) for number, page in enumerate(job.pages) if job.easy_read
                  and page.uri not in job.easy_read_elsewhere]
    for number, page in easy_pages:
        easy_index[number] = len(items)
        # Only `coprod check` keeps the page as read for its standard check: that is in the same
        # group. In the build, that check is often done in another process, and pages kept for
        # nothing make every round of Python's garbage collector slower.
        items.append(("easy", number, check_with_easy))
        if steps:
            after_index[number] = len(items)
            items.append(("after-easy", number, easy_index[number]))
    if steps:
        items += [("later", number) for number, page in easy_pages]
    for number, page in enumerate(job.pages):
        check_index[number] = len(items)
        items.append(("check", number))
    for number, page in easy_pages:
        group = [easy_index[number]] + ([after_index[number]] if steps else [])
        if hand_written_uri(page.uri) in job.hand_written:
            items.append(("check-hand-written", number))
        else:
            if check_with_easy:
                group += [check_index[number], len(items)]
            items.append(("check-generated", number, easy_index[number]))
        if len(group) > 1:
            groups.append(group)
    standard = {page.uri for page in job.pages}
    for uri in job.hand_written:  # an easy read page with no page beside it is still checked
        if uri[: -len(".easy.md")] + ".md" not in standard:
            items.append(("check-hand-written", uri))
    return items, groups


@dataclass
class EasyPageSteps:
    """What the adapter does with each easy read page in a worker, besides making it.

    The build turns the page into HTML at once, and makes its search entries
    later (coprod.mkdocs_plugin.worker_html). Each step gives anything that can
    be pickled, or None when it has nothing to give (as in MkDocs's own process).
    """

    at_once: Callable[[str, str], Any]  # (uri, text): right after the page is made, in the same process
    later: Callable[[str], Any]  # (uri): once every page is made, before the checks


def _do_site_item(state: tuple[SiteJob, Glossary | None, EasyPageSteps | None], item: tuple, done: dict):
    job, glossary, steps = state
    if item[0] == "check-hand-written":
        # As the editor wrote it, so line numbers match the file.
        uri = item[1] if isinstance(item[1], str) else hand_written_uri(job.pages[item[1]].uri)
        hand = job.hand_written[uri]
        return check_text(hand.path, hand.text, job.settings, glossary, kind=PageKind.EASY)
    page = job.pages[item[1]]
    if item[0] == "easy":
        return _easy_text(job, glossary, item[1], keep_read=item[2])
    if item[0] == "after-easy":
        return steps.at_once(easy_uri(page.uri), done[item[2]]) if steps is not None else None
    if item[0] == "later":
        return steps.later(easy_uri(page.uri)) if steps is not None else None
    if item[0] == "check":
        read = _READ_HERE.pop((id(job), item[1]), None)
        return check_page(read) if read is not None else check_text(page.path, page.text, job.settings, glossary)
    # Made in another process, if not here (see _site_items): made again, the same.
    text = done[item[2]] if item[2] in done else _easy_text(job, glossary, item[1], keep_read=False)
    result = check_text(generated_label(page.path), text, job.settings, glossary, kind=PageKind.EASY, generated=True)
    result.made_from = page.path
    return result


class _LoadState:
    """What a spawned worker calls to make its own state: glossary.yml read again rather than pickled."""

    def __init__(self, job: SiteJob) -> None:
        self.job = job

    def __call__(self):
        return self.job, load_job_glossary(self.job), None  # the adapter's steps need a forked worker


class SiteWork:
    """A whole site's easy read pages and checks, shared between this process and workers.

    The build asks for each easy read page as MkDocs reads it, and for the
    results at the end; `coprod check` asks for the results at once. Both get
    the same results from the same items.
    """

    def __init__(self, job: SiteJob, glossary: Glossary | None = None, workers: int = 0,
                 warm_up: bool = False, check_with_easy: bool = False,
                 steps: EasyPageSteps | None = None) -> None:
        self.job = job
        if glossary is None:
            glossary = load_job_glossary(job)
        items, groups = _site_items(job, check_with_easy, steps is not None)

        def by_easy_uri(kind: str) -> dict[str, int]:
            return {easy_uri(job.pages[item[1]].uri): index for index, item in enumerate(items) if item[0] == kind}

        self._easy_index, self._after_index, self._later_index = map(by_easy_uri, ("easy", "after-easy", "later"))
        # The first item after the easy read pages (and their first steps).
        self._easy_end = max((index + 1 for index, item in enumerate(items) if item[0] in ("easy", "after-easy")),
                             default=0)
        self._check_indexes = [index for index, item in enumerate(items)
                               if item[0] not in ("easy", "after-easy", "later")]
        self._work = SharedWork(_do_site_item, items, (job, glossary, steps), workers=workers, groups=groups,
                                load_state=_LoadState(job), warm_up=warm_up)

    def easy_page(self, uri: str) -> str:
        """An easy read page's Markdown (by its uri, like easy-read/guides/page.md)."""
        # While a worker makes it, this process makes another page from the end: not a check, which can wait.
        return self._work.get(self._easy_index[uri], help_before=self._easy_end)

    def after_easy(self, uri: str):
        """What the adapter's first step gave for an easy read page (by its uri), or None."""
        index = self._after_index.get(uri)
        return self._work.get(index, help_before=self._easy_end) if index is not None else None

    def later(self, uri: str):
        """What the adapter's later step gave for an easy read page, or None.

        Asked for while MkDocs renders: if no worker has started it, it is
        given up (done here, it gives None), and nothing else is taken on meanwhile.
        """
        index = self._later_index.get(uri)
        return self._work.get(index, help_out=False) if index is not None else None

    def results(self) -> list[PageResult]:
        """Every page's result: the standard pages, then their easy read versions."""
        return [self._work.get(index) for index in self._check_indexes]

    def close(self) -> None:
        self._work.close()
        for key in [key for key in _READ_HERE if key[0] == id(self.job)]:
            del _READ_HERE[key]


def check_site(job: SiteJob, glossary: Glossary | None = None, workers: int = 0) -> list[PageResult]:
    work = SiteWork(job, glossary, workers, warm_up=True, check_with_easy=True)
    try:
        return work.results()
    finally:
        work.close()


ORPHAN_MESSAGE = "This easy read page has no standard page beside it."
ORPHAN_SUGGESTION = "Name it after its page, like page.md and page.easy.md."


def add_orphan_findings(pages: list[tuple[Path, str]], results: list[PageResult]) -> None:
    """A warning on each x.easy.md with no x.md beside it, as the build gives."""
    by_path = {result.path: result for result in results}
    for file, path in pages:
        if file.name.endswith(".easy.md") and not file.with_name(file.name[: -len(".easy.md")] + ".md").is_file():
            if path in by_path:
                by_path[path].findings.insert(0, Finding(path, 1, 1, "easy-read-orphan", Severity.WARNING,
                                                         ORPHAN_MESSAGE, ORPHAN_SUGGESTION))
