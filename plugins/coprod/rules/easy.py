"""Rules for easy read pages (GOV.UK/ODI easy read guidance, Inclusion Europe, Photosymbols)."""

from __future__ import annotations

import re

from ..findings import Severity
from ..language.abbreviations import ends_a_name, find_abbreviations
from ..language.numbers import NUMBER_WORDS, PERCENTAGE, SCALE_WORDS, easy_fraction, is_share
from ..language.passive import find_passives
from ..kinds import PageKind
from ..settings import Option
from .base import Rule

EASY = frozenset({PageKind.EASY})

# First the check that the letter here can start a number word: a pattern that starts with a set of
# letters is looked for far faster than one that starts by looking back (the same matches).
_NUMBER_WORD = re.compile(r"(?=[" + "".join(sorted({w[0] for w in NUMBER_WORDS})) + r"])(?<![\w-])("
                          + "|".join(NUMBER_WORDS) + r")(?![\w-])", re.I)
# "one" is also a pronoun ("the one I like", "no one"): only flag it before a noun-like word.
_ONE_AS_PRONOUN = re.compile(r"(?:no|any|every|some|the|this|that|which|each)\s+$", re.I)
# ... or before these, or where no word follows at all ("where a page uses one, ..."), or before an owner:
# "one council's strategy" means "a certain council's", not a count.
_ONE_NOT_A_NUMBER = re.compile(r"one(?:\s+(?:of|day|another|way|or|and|is|was|who|that|which)\b|\s*[^\w\s]|\s*$"
                               r"|\s+[\w-]+['’]s\b)", re.I)


def one_is_a_number(text: str, start: int) -> bool:
    """Whether the "one" at `start` counts something ("one shared list"), so easy read writes 1."""
    return not (_ONE_AS_PRONOUN.search(text[max(0, start - 12):start]) or _ONE_NOT_A_NUMBER.match(text, start))


_PERCENT_AFTER = re.compile(r"\s*(?:%|per\s?cent\b)", re.I)
# 1,000 and up; a 4-digit number from 1900 to 2099 without a comma is taken as a year. (A digit first: faster.)
_LARGE_NUMBER = re.compile(r"(?=\d)(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d{5,}|(?!19|20)\d{4})(?![\w,]|\.\d)")
# "More than 6,000 people" is the easy read way to give a large number.
_ROUNDED = re.compile(r"(?:more than|over|about|around|nearly|almost|fewer than|less than|up to)\s+$", re.I)

_JOINED_CLAUSES = re.compile(
    r",\s+(?:and|but|or|so|which|who|while|although|because|whereas)\b|;\s"
    r"|\s(?:but|although|whereas|unless)\s|\sbecause\s(?!of\b)",
    re.I,
)
IDIOMS = [
    "piece of cake", "at the end of the day", "on the same page", "level playing field", "in the loop",
    "on board", "ballpark", "outside the box", "raise the bar", "move the goalposts", "touch base",
    "low-hanging fruit", "bottom line", "take stock", "seat at the table", "bear in mind", "break the ice",
    "keep an eye on", "get the ball rolling", "hit the ground running", "food for thought", "in a nutshell",
    "tip of the iceberg", "walk the talk", "go the extra mile", "silver bullet", "on the back burner",
    "up in the air", "under the weather", "cut corners", "the ball is in", "a drop in the ocean",
    "e.g.", "i.e.", "etc", "vice versa", "ad hoc", "per se", "de facto", "status quo", "via", "bona fide",
    "pro rata", "carte blanche", "et al",
]
_IDIOM = re.compile(r"(?<![\w])(" + "|".join(re.escape(i).replace(r"\ ", r"\s+") for i in IDIOMS) + r")(?![\w])", re.I)
# For text in lower case (every idiom is written in lower case), where matching need not ignore case.
_IDIOM_IN_LOWER_CASE = re.compile(_IDIOM.pattern) if all(i == i.lower() for i in IDIOMS) else None
# Each pattern starts with the character it needs (the check on the one before comes after it, and
# looks back past it), so the regex engine skips straight to candidates: (?<![*\w\\])\*... would be
# tried at every character of the page, several times slower. The matches are the same.
ITALIC = re.compile(r"\*(?<![*\w\\]\*)(?![*\s])([^*\n]+?)(?<![\s*])\*(?![*\w])"
                     r"|_(?<![_\w\\]_)(?![_\s])([^_\n]+?)(?<![\s_])_(?![_\w])")
_UNDERLINE = re.compile(r"<u>|\^\^(?=\S)")
# Capitals not after a letter or hyphen: a run of capital words ("WEAR YOUR SEAT BELTS"), or one word.
_SHOUTING = re.compile(r"[A-Z](?<![\w-][A-Z])(?:[A-Z]{2,}(?:\s+[A-Z]{2,})+(?![\w-])"
                       r"|(?<=N)(?:OT|EVER)(?![\w-])|(?<=M)UST(?![\w-])|(?<=A)LWAYS(?![\w-])"
                       r"|(?<=I)MPORTANT(?![\w-])|(?<=S)TOP(?![\w-])|(?<=D)O NOT(?![\w-]))")


class EasySentenceLength(Rule):
    id = "easy-sentence-length"
    default_severity = Severity.ERROR
    summary = "Easy read sentences: aim for 10 words, at most 15."
    page_kinds = EASY
    options = {"error_above": Option(int, 15, "an error for sentences with more words than this")}

    def check(self, page, settings):
        limit = settings["error_above"]
        for sentence in page.sentences:
            if sentence.word_count > limit:
                yield page.finding(self.id, self.severity(settings), sentence.start, sentence.end,
                                   f"This easy read sentence has {sentence.word_count} words. Use {limit} or fewer.",
                                   "Split it into short sentences of about 10 words, one idea each.")


class EasyOneIdea(Rule):
    id = "easy-one-idea"
    default_severity = Severity.WARNING
    summary = "One idea in each easy read sentence: no joined clauses."
    page_kinds = EASY
    options = {"min_words": Option(int, 8, "only check sentences with at least this many words")}

    def check(self, page, settings):
        masked = page.doc.masked
        for sentence in page.sentences:
            if sentence.word_count < settings["min_words"]:
                continue
            match = _JOINED_CLAUSES.search(masked, sentence.start, sentence.end)
            if match:
                joiner = match.group(0).strip(" ,;") or ";"
                yield page.finding(self.id, self.severity(settings), sentence.start, sentence.end,
                                   f'This sentence joins two ideas with "{joiner}".',
                                   "Make each idea its own sentence.")


class EasyParagraph(Rule):
    id = "easy-paragraph"
    default_severity = Severity.WARNING
    summary = "At most 5 sentences in one easy read block."
    page_kinds = EASY
    options = {"warning_above": Option(int, 5, "a warning for blocks with more sentences than this")}

    def check(self, page, settings):
        for block in page.blocks:
            count = len(block.sentences)
            if block.block.kind == "paragraph" and count > settings["warning_above"]:
                yield page.finding(self.id, self.severity(settings), block.block.start, block.block.end,
                                   f"This block has {count} sentences. Use {settings['warning_above']} or fewer.",
                                   "Start a new block with its own picture.")


class EasyNoAcronyms(Rule):
    id = "easy-no-acronyms"
    default_severity = Severity.ERROR
    summary = "No abbreviations in easy read: write the words in full."
    page_kinds = EASY
    options = {}

    def check(self, page, settings):
        glossary = page.glossary
        # Words in capitals for emphasis ("NOT") are easy-emphasis's to report, not abbreviations.
        shouting = [match.span() for match in page.block_matches(_SHOUTING)]
        masked = page.doc.masked
        known = glossary.by_abbreviation if glossary else ()  # "DASS" is also a dictionary word
        for block in page.checked_blocks:
            for match in find_abbreviations(masked, block.start, block.end, known):
                if any(start <= match.start() < end for start, end in shouting):
                    continue
                if ends_a_name(masked, match.start()):
                    continue  # "Disability Rights UK" is the charity's name: "United Kingdom" would change it
                word = match.group(0)
                term = glossary.by_abbreviation.get(match.group(1)) if glossary else None
                suggestion = f'Write "{term.term}".' if term else "Write it out in full words."
                yield page.finding(self.id, self.severity(settings), match.start(), match.end(),
                                   f'"{word}" is an abbreviation.', suggestion)


class EasyNumbers(Rule):
    id = "easy-numbers"
    default_severity = Severity.WARNING
    summary = "Numbers in easy read: digits, no percentages, no large numbers."
    page_kinds = EASY
    options = {}

    def check(self, page, settings):
        masked = page.doc.masked
        severity = self.severity(settings)
        for match in page.block_matches(_NUMBER_WORD):
            word = match.group(1)
            if word.lower() == "one" and not one_is_a_number(masked, match.start()):
                continue
            if word.lower() in SCALE_WORDS and re.search(r"\d\s+$", masked[max(0, match.start() - 4):match.start()]):
                continue  # "40 thousand" is already in digits
            value = NUMBER_WORDS[word.lower()]
            percent = _PERCENT_AFTER.match(masked, match.end())
            if percent and value <= 100:
                plain = easy_fraction(value)
                yield page.finding(self.id, severity, match.start(), percent.end(),
                                   f'Easy read does not use percentages like "{word}{percent.group(0)}".',
                                   f'Say "{plain}" instead.')
                continue
            yield page.finding(self.id, severity, match.start(), match.end(),
                               f'Write "{word}" as a number.', f"Write {value:,}.")
        for match in page.block_matches(PERCENTAGE):
            # "9 out of 10" only for a share of a group: a rise of 30% is not "3 out of 10".
            share = is_share(masked, match)
            yield page.finding(self.id, severity, match.start(), match.end(),
                               f'Easy read does not use percentages like "{match.group(0).strip()}".',
                               f'Say "{easy_fraction(float(match.group(1)))}" instead.' if share
                               else 'Say what it means in words, like "a big rise" or "a small part".')
        for match in page.block_matches(_LARGE_NUMBER):
            if _ROUNDED.search(masked[max(0, match.start() - 16):match.start()]):
                continue
            yield page.finding(self.id, severity, match.start(), match.end(),
                               f'"{match.group(0)}" is a large number.',
                               'Say "more than" with a rounder number, or "lots of", if the exact number is not needed.')


class EasyPassive(Rule):
    id = "easy-passive"
    default_severity = Severity.WARNING
    summary = "Active sentences in easy read: say who does what."
    page_kinds = EASY
    options = {}

    def check(self, page, settings):
        from .passive import suggestion

        masked = page.doc.masked
        for sentence in page.sentences:
            for passive in find_passives(masked, sentence.start, sentence.end):
                message = (f'"{passive.words}" says who does it last.' if passive.agent
                           else f'"{passive.words}" hides who does it.')
                yield page.finding(self.id, self.severity(settings), passive.start, passive.end, message,
                                   suggestion(passive) if passive.agent else
                                   'Say who does it, like "The council pays you" not "You are paid".')


class EasyIdiom(Rule):
    id = "easy-idiom"
    default_severity = Severity.WARNING
    summary = "No idioms, metaphors or foreign words in easy read."
    page_kinds = EASY
    options = {"extra": Option(list, [], "more idioms to look for")}

    def check(self, page, settings):
        extra = None
        if settings["extra"]:
            extra = re.compile(r"(?<![\w])(" + "|".join(re.escape(i) for i in settings["extra"]) + r")(?![\w])", re.I)
        source = page.doc.source
        for pattern in filter(None, (_IDIOM, extra)):
            if pattern is _IDIOM and _IDIOM_IN_LOWER_CASE is not None and source.isascii():
                # The same places in the lower-case text (letter for letter in ASCII), found twice as fast.
                lower = source.lower()
                matches = (match for block in page.checked_blocks
                           for match in _IDIOM_IN_LOWER_CASE.finditer(lower, block.start, block.end))
            else:
                matches = page.block_matches(pattern, in_source=True)
            for match in matches:
                if page.doc.masked[match.start()] == " ":
                    continue  # inside code or a link's address
                yield page.finding(self.id, self.severity(settings), match.start(), match.end(),
                                   f'"{source[match.start():match.end()]}" is an idiom or foreign words. '
                                   "Not everyone knows it.", "Say plainly what it means.")


class EasyEmphasis(Rule):
    id = "easy-emphasis"
    default_severity = Severity.WARNING
    summary = "Emphasis in easy read: bold only, no italics, underline or capitals."
    page_kinds = EASY
    options = {}

    def check(self, page, settings):
        masked = page.doc.masked
        severity = self.severity(settings)
        for match in page.block_matches(ITALIC, in_source=True):
            inner = match.start(1) if match.group(1) else match.start(2)
            if masked[inner] == " ":
                continue  # in code, or the inside of bold
            yield page.finding(self.id, severity, match.start(), match.end(),
                               "Easy read does not use italics.", "Use bold for the words that matter most.")
        for match in page.block_matches(_UNDERLINE, in_source=True):
            yield page.finding(self.id, severity, match.start(), match.end(),
                               "Easy read does not underline words.", "Use bold instead.")
        for match in page.block_matches(_SHOUTING):
            yield page.finding(self.id, severity, match.start(), match.end(),
                               "Easy read does not use capital letters for emphasis.", "Use bold instead.")
