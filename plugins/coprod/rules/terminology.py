"""Rules that use the glossary: words to avoid, spellings, hard words (abbreviations: rules/abbreviations.py)."""

from __future__ import annotations

import bisect
import math
import re
from functools import lru_cache

from ..findings import Severity
from ..settings import Option
from ..cache import SortedTable, cached_sorted_table
from ..language.lexicon import get_lexicon, lemmas
from .base import Rule
from ..kinds import PageKind

# A definition's shape: "X means ...", "X is when ...", or "X is a/the/someone ..." followed within
# a few words by what marks out the kind ("who", "that", "of", "for"): "a carer is someone who helps",
# not "Jargon is a strange creature".
_DEFINES = re.compile(
    r"\s+(?:(?:is|are)\s+(?:when|where|about|how|what|working|having|being)\b"
    r"|(?:is|are)\s+(?:a|an|the|people|someone|something)\b(?:\s+[\w'’-]+){0,4}?"
    r"\s+(?:who|that|which|where|whose|when|used|of|for|to|in|with|from|by)\b"
    r"|means\b|refers\s+to\b|is\s+defined\s+as\b|stands\s+for\b)",
    re.I,
)
_ARTICLE = re.compile(r"(?:an?|the)\s+", re.I)


class DiscouragedTerm(Rule):
    id = "discouraged-term"
    default_severity = Severity.ERROR
    summary = "A word or phrase the sector has agreed to stop using, with what to say instead."
    page_kinds = frozenset({PageKind.STANDARD, PageKind.EASY})
    options = {}

    def check(self, page, settings):
        if page.glossary is None:
            return
        masked = page.doc.masked
        # Not in quotations or examples of what not to write (page.checked_blocks): they are not the page's words.
        for block in page.checked_blocks:
            # Only where the phrase is a problem: "our clients", not "browser clients".
            for match, avoid in page.glossary.avoid_finditer(masked, block.start, block.end):
                found = " ".join(match.group(0).split())
                suggestion = f'Say "{avoid.instead}" instead.'
                if avoid.reason:
                    suggestion += f" Why: {avoid.reason}"
                yield page.finding(self.id, self.severity(settings), match.start(),
                                   match.end(), f'Avoid "{found}".', suggestion)


class TermVariant(Rule):
    id = "term-variant"
    default_severity = Severity.WARNING
    summary = "Another spelling of a glossary term, such as coproduction for co-production."
    page_kinds = frozenset({PageKind.STANDARD, PageKind.EASY})
    options = {}

    def check(self, page, settings):
        if page.glossary is None:
            return
        for match, term in page.block_matches(page.glossary.misspelling_matcher):
            yield page.finding(self.id, self.severity(settings), match.start(),
                               match.end(), f'"{match.group(0)}" is spelt "{term.term}" on this site.',
                               f'Write "{term.term}".')


class UnknownDefinition(Rule):
    id = "unknown-term"
    default_severity = Severity.ERROR
    summary = "[define: term] names a term that is not in the glossary."
    page_kinds = frozenset({PageKind.STANDARD, PageKind.EASY})
    options = {}

    def check(self, page, settings):
        for start, end, name in page.doc.embeds:
            if page.glossary is not None and page.glossary.lookup(name):
                continue
            yield page.finding(self.id, self.severity(settings), start, end,
                               f'"{name}" is not in the glossary, so it has no definition to show.',
                               "Check the spelling, or add the term to glossary.yml.")


def _build_zipf_table() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    # The same figure as wordfreq.zipf_frequency gives for a single word.
    return {word: round(math.log10(frequency) + 9, 2)
            for word, frequency in get_frequency_dict("en").items() if frequency > 0}


@lru_cache(maxsize=1)
def _zipf_table() -> SortedTable:
    # 321,000 words, of which a run looks up a few thousand: sorted, not a dict, so it loads in milliseconds.
    return cached_sorted_table("zipf-en", ("wordfreq",), _build_zipf_table)


@lru_cache(maxsize=None)
def _frequency(word: str) -> float:
    """How common a word is (Zipf scale); for a hyphenated word, its rarest part."""
    table = _zipf_table()
    score = table.get(word)
    if score is None and "-" in word:
        score = min(table.get(part, 0.0) for part in word.split("-") if part)
    return score or 0.0


def _inside(offset: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether an offset falls inside one of the (sorted) spans."""
    index = bisect.bisect_right(starts, offset) - 1
    return index >= 0 and spans[index][0] <= offset < spans[index][1]


def _names(page) -> set[str]:
    """Capitalised words that look like names: capitalised mid-sentence, or next to another capital."""
    source = page.doc.source
    names: set[str] = set()
    for sentence in page.sentences:
        words = [source[w.start:w.end] for w in sentence.words]
        for index, word in enumerate(words):
            if not word[0].isupper():
                continue
            after = words[index + 1] if index + 1 < len(words) else ""
            if index > 0 or after[:1].isupper():
                names.add(word)
    return names


_PREFIXES = ("re", "sub", "over", "under", "un", "mis", "non", "pre", "co", "out", "inter", "self", "multi")


def _common_relative(word: str, min_zipf: float) -> bool:
    """Whether a rare word form is a form of a common word: its lemma ("headings" -> "heading"),
    the word after a prefix ("reword" -> "word"), the adjective of an adverb ("sensibly" -> "sensible")
    or of a superlative ("freest" -> "free")."""
    candidates = [lemma for lemma in lemmas(word) if lemma != word]
    for prefix in _PREFIXES:
        rest = word[len(prefix):].lstrip("-")
        if word.startswith(prefix) and len(rest) >= 4:
            candidates += [rest, *lemmas(rest)]
    if word.endswith("est") and len(word) > 5:  # "freest", "wisest", "biggest"
        candidates += [word[:-2], word[:-3]] + ([word[:-4]] if word[-4] == word[-5] else [])
    if word.endswith("bly"):
        candidates.append(word[:-1] + "e")
    elif word.endswith("ily"):
        candidates.append(word[:-3] + "y")
    elif word.endswith("ly"):
        candidates.append(word[:-2])
    return any(_frequency(candidate) >= min_zipf for candidate in candidates)


class HardWord(Rule):
    """Off unless a site or page switches it on.

    Judged on real text, 5 in 20 of its notes were right: how rare a word is
    cannot tell a hard word ("promulgate") from a name, a quoted example or a
    term of the page's own subject, so it says nothing by default.
    """

    id = "hard-word"
    default_severity = Severity.OFF
    summary = "Off unless switched on: an uncommon word that the glossary does not explain."
    options = {
        "min_zipf": Option(float, 3.0, "words rarer than this on the Zipf scale (0 to 8) are hard"),
        "allow": Option(list, [], "words this site accepts without explaining"),
    }

    def severity(self, settings):
        # Off by default, so the default cannot cap it: the site's or page's choice is the severity.
        return settings.severity

    def check(self, page, settings):
        allowed = {w.lower() for w in settings["allow"]}
        source = page.doc.source
        explained: list[tuple[int, int]] = []
        if page.glossary is not None:
            # Glossary terms, and other spellings of them ("coproduction"), which term-variant reports.
            for matcher in (page.glossary.term_matcher, page.glossary.misspelling_matcher):
                for block in page.doc.blocks:
                    explained += [(m.start(), m.end()) for m, _ in
                                  matcher.finditer(page.doc.masked, block.start, block.end)]
            explained.sort()
        explained_words = {source[s:e].lower() for s, e in explained}
        explained_starts = [s for s, _ in explained]
        names = _names(page)
        lexicon = get_lexicon()
        reported: set[str] = set()
        min_zipf = settings["min_zipf"]
        for sentence in page.sentences:
            for span in sentence.words:
                word = source[span.start:span.end]
                lower = word.lower().replace("’", "'")
                if lower.endswith("'s"):
                    lower = lower[:-2]  # "glossary's" is as common as "glossary"
                # Most words are common: test that first, it is a cached lookup.
                if lower in reported or not word[0].isalpha() or len(word) < 4 or _frequency(lower) >= min_zipf:
                    continue
                if source[span.end:span.end + 1] == "." and source[span.end + 1:span.end + 2].isalnum():
                    continue  # part of a web address or file name: "ecfr.gov"
                if (lower in allowed or lower in explained_words or word in names
                        or _inside(span.start, explained, explained_starts)):
                    continue
                # One finding for one problem: plain-words speaks for the lexicon's words ("utilise").
                if lexicon.covers(lower):
                    continue
                # "headings" is as common as "heading", "reword" as "word", "sensibly" as "sensible".
                if _common_relative(lower, min_zipf) or (any(c.isupper() for c in word[1:]) and not word.isupper()):
                    reported.add(lower)  # a mixed-case word ("serioU.S.", "OH-bild") is a name or a slip, not prose
                    continue
                reported.add(lower)
                yield page.finding(
                    self.id, self.severity(settings), span.start, span.end,
                    f'"{word}" is not a common word.',
                    "Use a more common word, explain it in the next sentence, or add it to glossary.yml.",
                )


class RedefinedTerm(Rule):
    id = "redefined-term"
    default_severity = Severity.WARNING
    summary = "A page defines a glossary term in its own words instead of using the glossary's."
    options = {}

    def check(self, page, settings):
        if page.glossary is None:
            return
        masked = page.doc.masked
        matcher = page.glossary.term_matcher
        for sentence in page.sentences:
            start = sentence.start
            article = _ARTICLE.match(masked, start)
            if article:
                start = article.end()
            match = matcher.pattern.match(masked, start)
            if not match or not _DEFINES.match(masked, match.end()):
                continue
            term = matcher.value_of(match.group(0))
            if term is None:
                continue
            yield page.finding(
                self.id, self.severity(settings), sentence.start, match.end(),
                f'This sentence defines "{term.term}" in new words, but the glossary already defines it.',
                f"Put [define: {term.term}] on its own line to show the glossary's definition, "
                "so it is written once. Then add what this page needs to say.",
            )
