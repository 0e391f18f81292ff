"""Page-wide reading scores: Flesch Reading Ease and Flesch-Kincaid grade.

The rules judge the scores from PageContext.reading_ease and grade_level: the
Flesch formulas with every word a reader knows, or can look up in the glossary
on the page, counted as two syllables at most (see PageContext.plain_syllable_count
and the editor's guide). The standard figures are kept beside them in the result.
"""

from __future__ import annotations

from collections import Counter

from ..findings import Severity
from ..settings import Option
from ..text import shown_above, shown_below, syllables_and_everyday
from .base import Rule

_MIN_WORDS = Option(int, 100, "pages shorter than this many words are not scored")


def _longest_sentence_lines(page, count=3) -> str:
    longest = sorted(page.sentences, key=lambda s: s.word_count, reverse=True)[:count]
    lines = sorted(page.doc.position(s.start)[0] for s in longest)
    return ", ".join(str(line) for line in lines)


def reading_ease_aim(settings) -> float:
    """The score a page should reach: below it the rule says something (a note, a warning or an error)."""
    return max(settings["warning_below"], settings["note_below"])


class ReadingEase(Rule):
    id = "reading-ease"
    default_severity = Severity.ERROR
    summary = "The page's Flesch Reading Ease score (known words count as short): 60 to 70 is plain English."
    options = {
        "error_below": Option(float, 50.0, "an error when the score is below this"),
        # Between 50 and 60 the score cannot tell a hard page from a plain one with names and terms
        # (11 in 14 right on real text): a note, not a warning. See the editor's guide.
        "warning_below": Option(float, 50.0, "a warning when the score is below this"),
        "note_below": Option(float, 60.0, "a note when the score is below this"),
        "min_words": _MIN_WORDS,
        "min_sentence_words": Option(
            float, 12.0, "pages whose sentences average fewer words than this are not scored (see the editor's guide)"),
    }

    def check(self, page, settings):
        if page.word_count < settings["min_words"]:
            return
        # With short sentences a low score comes from long words alone, and on real pages those
        # are mostly names, terms and quoted examples the syllable count cannot tell from hard words.
        if page.average_sentence_words < settings["min_sentence_words"]:
            return
        score = page.reading_ease
        if score < settings["error_below"]:
            severity = Severity.ERROR
        elif score < settings["warning_below"]:
            severity = Severity.WARNING
        elif score < settings["note_below"]:
            severity = Severity.INFO
        else:
            return
        start = page.first_line_offset
        yield page.finding(
            self.id, severity.cap(settings.severity), start, start,
            f"This page is hard to read: its reading ease is {shown_below(score)} "
            f"(standard Flesch: {shown_below(page.flesch_reading_ease)}). "
            f"Aim for {reading_ease_aim(settings):g} or more.",
            "Use shorter sentences and everyday words. The longest sentences start on lines "
            f"{_longest_sentence_lines(page)}.",
        )


class GradeLevel(Rule):
    id = "grade-level"
    default_severity = Severity.WARNING
    summary = "The page's Flesch-Kincaid grade: how many years of school a reader needs."
    options = {
        "warning_above": Option(float, 9.0, "a warning when the grade is above this"),
        "min_words": _MIN_WORDS,
    }

    def check(self, page, settings):
        if page.word_count < settings["min_words"]:
            return
        grade = page.grade_level
        if grade <= settings["warning_above"]:
            return
        long_words = Counter()
        for sentence in page.sentences:
            for span in sentence.words:
                word = page.words_of(span)
                count, everyday = syllables_and_everyday(word)
                if count >= 4 and not everyday:
                    long_words[word.lower()] += 1
        examples = ", ".join(word for word, _ in long_words.most_common(5))
        suggestion = "Use shorter sentences and shorter words."
        if examples:
            suggestion += f" Long words used most here: {examples}."
        start = page.first_line_offset
        yield page.finding(
            self.id, self.severity(settings), start, start,
            f"This page needs a reading grade of {shown_above(grade)} (standard Flesch-Kincaid: "
            f"{shown_above(page.flesch_kincaid_grade)}). Aim for {settings['warning_above']:g} or lower.",
            suggestion,
        )
