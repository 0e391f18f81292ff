"""A whole site's checks and easy read pages in one call: the plugin's heavy work.

It knows nothing of MkDocs, and everything in and out can be pickled, so the
plugin can run it in another process while MkDocs renders pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from .checker import PageResult, check_text
from .findings import Finding, Severity
from .easyread import generate_easy_read, rewrite_links
from .glossary import Glossary, load_glossary
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
    extra_results: list[PageResult] = field(default_factory=list)  # found before the job (the glossary's)

    @cached_property
    def easy_uris(self) -> set[str]:
        return {easy_uri(page.uri) for page in self.pages}

    @cached_property
    def page_by_easy_uri(self) -> dict[str, Page]:
        return {easy_uri(page.uri): page for page in self.pages}


@dataclass
class SiteResult:
    results: list[PageResult]
    easy_pages: dict[str, str]  # easy read uri -> Markdown, links already made right


def load_job_glossary(job: SiteJob) -> Glossary | None:
    return load_glossary(Path(job.glossary_file), job.glossary_path) if job.glossary_file else None


def _easy_text(job: SiteJob, glossary: Glossary | None, page: Page) -> str:
    """A page's easy read Markdown: hand-written, or made here; links made right."""
    target = easy_uri(page.uri)
    hand = job.hand_written.get(hand_written_uri(page.uri))
    text, origin = (hand.text, hand.uri) if hand else (generate_easy_read(page.text, glossary), page.uri)
    return rewrite_links(text, origin, target, job.easy_uris)


def each_easy_page(job: SiteJob, glossary: Glossary | None):
    """(easy read uri, Markdown) for every page, in order."""
    if not job.easy_read:
        return
    for page in job.pages:
        yield easy_uri(page.uri), _easy_text(job, glossary, page)


def make_easy_page(job: SiteJob, glossary: Glossary | None, target: str) -> str:
    """One page's easy read Markdown, the same as each_easy_page makes it."""
    return _easy_text(job, glossary, job.page_by_easy_uri[target])


def make_easy_pages(job: SiteJob, glossary: Glossary | None) -> dict[str, str]:
    return dict(each_easy_page(job, glossary))


def check_pages(job: SiteJob, easy_pages: dict[str, str], glossary: Glossary | None) -> list[PageResult]:
    """Findings for every page, its easy read version included.

    Hand-written easy read pages are checked as the editor wrote them, so line
    numbers match their file; generated ones as made.
    """
    results = [check_text(page.path, page.text, job.settings, glossary) for page in job.pages]
    for page in job.pages if job.easy_read else []:
        hand = job.hand_written.get(hand_written_uri(page.uri))
        if hand is not None:
            results.append(check_text(hand.path, hand.text, job.settings, glossary, kind="easy"))
        else:
            target = easy_uri(page.uri)
            results.append(check_text(target, easy_pages[target], job.settings, glossary, kind="easy",
                                      generated=True))
    return results


def check_site(job: SiteJob, glossary: Glossary | None = None) -> SiteResult:
    glossary = glossary or load_job_glossary(job)
    easy_pages = make_easy_pages(job, glossary)
    return SiteResult(check_pages(job, easy_pages, glossary), easy_pages)


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
