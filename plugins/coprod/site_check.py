"""A whole site's checks and easy read pages in one call: the plugin's heavy work.

It knows nothing of MkDocs, and everything in and out can be pickled, so the
plugin can run it in another process while MkDocs renders pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .checker import PageResult, check_text
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


@dataclass
class SiteResult:
    results: list[PageResult]
    easy_pages: dict[str, str]  # easy read uri -> Markdown, links already made right


def check_site(job: SiteJob, glossary: Glossary | None = None) -> SiteResult:
    if glossary is None and job.glossary_file:
        glossary = load_glossary(Path(job.glossary_file), job.glossary_path)
    results = [check_text(page.path, page.text, job.settings, glossary) for page in job.pages]
    easy_pages: dict[str, str] = {}
    if job.easy_read:
        easy_uris = {easy_uri(page.uri) for page in job.pages}
        for page in job.pages:
            target = easy_uri(page.uri)
            hand = job.hand_written.get(hand_written_uri(page.uri))
            if hand is not None:
                text, origin = hand.text, hand.uri
                results.append(check_text(hand.path, text, job.settings, glossary, kind="easy"))
            else:
                text, origin = generate_easy_read(page.text, glossary), page.uri
                results.append(check_text(target, text, job.settings, glossary, kind="easy", generated=True))
            easy_pages[target] = rewrite_links(text, origin, target, easy_uris)
    return SiteResult(results, easy_pages)
