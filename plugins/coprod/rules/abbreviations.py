"""Abbreviations a page uses before it writes them out."""

from __future__ import annotations

from ..findings import Severity
from ..language.abbreviations import EVERYONE_KNOWS, EXPANDED_AFTER, EXPANDED_BEFORE, find_abbreviations
from ..settings import Option
from .base import Rule


class UndefinedAbbreviation(Rule):
    id = "undefined-abbreviation"
    default_severity = Severity.WARNING
    summary = "An abbreviation used before it is written out, and not in the glossary."
    options = {
        "known": Option(list, list(EVERYONE_KNOWS), "abbreviations every reader knows (this list replaces ours)"),
        "also_known": Option(list, [], "more abbreviations every reader of this site knows, added to `known`"),
    }

    def check(self, page, settings):
        known = set(settings["known"]) | set(settings["also_known"]) | set(page.doc.abbreviations)
        if page.glossary is not None:
            known |= set(page.glossary.by_abbreviation)
        source, masked = page.doc.source, page.doc.masked
        expanded_at: dict[str, int] = {}
        for block in page.checked_blocks:
            for pattern in (EXPANDED_AFTER, EXPANDED_BEFORE):
                for match in pattern.finditer(source, block.start, block.end):
                    expanded_at.setdefault(match.group(1), match.start(1))
        reported: set[str] = set()
        for block in page.checked_blocks:
            for match in find_abbreviations(masked, block.start, block.end):
                word = match.group(1)
                if match.group(2) and word + "s" in known:
                    word += "s"  # "MPs" is known as it is
                if word in known or word in reported:
                    continue
                if word in expanded_at and expanded_at[word] <= match.start():
                    continue
                reported.add(word)
                yield page.finding(
                    self.id, self.severity(settings), match.start(), match.end(),
                    f'"{word}" is an abbreviation that this page does not explain.',
                    f'The first time, write it in full with the letters after it, like "Full Name ({word})", '
                    "or add it to glossary.yml.",
                )
