"""Long sentences and long paragraphs."""

from __future__ import annotations

import bisect
import re

from ..findings import Severity
from ..settings import Option
from .base import Rule

# A line break the reader sees: text on either side of it reads as a separate part.
_LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)

# Places where a long sentence can often be split in two.
_CLAUSE_BREAK = re.compile(
    r"[;:]\s|,\s+(?=(?:and|but|so|which|because|while|although|who|where|when)\b)|\s(?=(?:because|although|whereas)\b)"
)


def split_hint(source: str, start: int, end: int) -> str | None:
    """A suggestion naming the clause break nearest the middle of a sentence."""
    middle = (start + end) // 2
    best = None
    for match in _CLAUSE_BREAK.finditer(source, start, end):
        if best is None or abs(match.start() - middle) < abs(best - middle):
            best = match.start()
    if best is None:
        return None
    words_before = source[start : best + 1].split()
    tail = " ".join(words_before[-3:])
    return f'Split it into two sentences, for example after "{tail}".'


class SentenceLength(Rule):
    id = "sentence-length"
    default_severity = Severity.ERROR
    summary = "Sentences over 25 words are hard to follow; over 35 words, very hard."
    options = {
        "warning_above": Option(int, 25, "a warning for sentences with more words than this"),
        "error_above": Option(int, 35, "an error for sentences with more words than this"),
    }

    def check(self, page, settings):
        for sentence in page.sentences:
            count = sentence.word_count
            if count > settings["error_above"]:
                severity = Severity.ERROR
            elif count > settings["warning_above"]:
                severity = Severity.WARNING
            else:
                continue
            hint = split_hint(page.doc.source, sentence.start, sentence.end)
            yield page.finding(
                self.id, severity.cap(settings.severity), sentence.start, sentence.end,
                f"This sentence has {count} words. Aim for {settings['warning_above']} or fewer.",
                hint or "Split it into two or more sentences.",
            )


class ParagraphLength(Rule):
    id = "paragraph-length"
    default_severity = Severity.WARNING
    summary = "Paragraphs over 150 words are hard to take in."
    options = {"warning_above": Option(int, 150, "a warning for paragraphs with more words than this")}

    def check(self, page, settings):
        for block in page.blocks:
            if block.block.kind != "paragraph" or block.word_count <= settings["warning_above"]:
                continue
            words = longest_part_words(page.doc.source, block)
            if words <= settings["warning_above"]:
                continue
            yield page.finding(
                self.id, self.severity(settings), block.block.start,
                block.block.end,
                f"This paragraph has {words} words. Aim for {settings['warning_above']} or fewer.",
                "Break it into shorter paragraphs, one idea each, or use a list.",
            )


def longest_part_words(source: str, block) -> int:
    """The words in the longest part of a paragraph, its parts split by <br> line breaks.

    A reader sees text split by <br> (as in a template of alternative texts) as
    separate paragraphs, so each part is counted on its own.
    """
    breaks = [m.start() for m in _LINE_BREAK.finditer(source, block.block.start, block.block.end)]
    if not breaks:
        return block.word_count
    counts = [0] * (len(breaks) + 1)
    for sentence in block.sentences:
        for span in sentence.words:
            counts[bisect.bisect_right(breaks, span.start)] += 1
    return max(counts)
