"""Where a discouraged phrase applies: about people, before a condition, about care.

glossary.yml can say when a phrase to avoid is a problem ("when: about
people"), so "clients that have disabled JavaScript" and "Sloppy word
placement" stay silent while "our clients were unhappy" does not. Each named
context is a small test of the words around a match, using the word sets in
lexicon.yml, so a site can see and grow the lists.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import lexicon_data, tokenise

CONTEXTS = {
    "about people": "the phrase names or describes people, not a program, a firm or a thing",
    "describing people": "a word for people is next to it (\"vulnerable adults\", \"groups that are hard to reach\")",
    "before a condition": "a health condition follows (\"suffers from dementia\", \"victims of stroke\")",
    "about care": "the sentence is about care and support",
}
_SKIP_BEFORE_CONDITION = frozenset({"a", "an", "the", "from", "with", "of", "severe", "mild", "early", "late",
                                    "advanced", "long", "serious", "chronic", "acute", "her", "his", "their", "its"})
_CONDITION_ENDING = re.compile(r"(?:itis|osis|pathy|plegia|aemia|emia|phobia|mentia)$")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n\s*\n")


@lru_cache(maxsize=1)
def word_sets() -> dict[str, frozenset]:
    """The named word sets of lexicon.yml (read without building the whole lexicon)."""
    sets = lexicon_data().get("sets", {})
    return {name: frozenset(str(w).lower() for w in words) for name, words in sets.items()}


def sentence_around(text: str, start: int, end: int, low: int = 0, high: int | None = None) -> tuple[int, int]:
    """The start and end of the sentence holding text[start:end], within text[low:high]."""
    high = len(text) if high is None else high
    left = low
    for match in _SENTENCE_END.finditer(text, low, start):
        left = match.end()
    right_match = _SENTENCE_END.search(text, end, high)
    return left, right_match.start() if right_match else high


def _people_nearby(before: list[str], after: list[str], people: frozenset) -> bool:
    return any(word in people for word in before[-5:]) or any(word in people for word in after[:2])


def _before_condition(after: list[str], conditions: frozenset) -> bool:
    for word in after[:4]:
        if word in _SKIP_BEFORE_CONDITION:
            continue
        return word in conditions or bool(_CONDITION_ENDING.search(word))
    return False


def _bare(word: str) -> str:
    return word[:-2] if word.endswith("'s") else word


def page_is_elsewhere(text: str) -> bool:
    """Whether a whole text is about computers, law or business more than about care.

    "Clients" on a page about law firms are a firm's customers, not people who draw on care.
    """
    sets = word_sets()
    other = care = 0
    for _, _, token in tokenise(text):
        token = _bare(token)
        if token in sets["other_domain"]:
            other += 1
        elif token in sets["care"]:
            care += 1
    return other >= 3 and other > care


def applies(context: str, before: list[str], after: list[str], sentence: list[str],
            elsewhere: bool = False) -> bool:
    """Whether a named context holds, from the lower-case tokens before and after a match and in its sentence.

    `elsewhere`: the page as a whole is about another field (see page_is_elsewhere).
    """
    sets = word_sets()
    if context in ("about people", "describing people"):
        if elsewhere or (after and after[0] in sets["thing_after_person"]):
            return False
        if any(_bare(word) in sets["other_domain"] for word in sentence):
            return False
        if context == "describing people":
            the_group = before[-1:] == ["the"] and (not after or not after[0].isalpha()
                                                     or after[0] in {"and", "or", "who", "are", "were", "have"})
            return the_group or _people_nearby(before, after, sets["people"])
        return True
    if context == "before a condition":
        return _before_condition(after, sets["conditions"])
    if context == "about care":
        return any(word in sets["care"] for word in sentence)
    raise ValueError(f"unknown context {context!r}")


def tokens_around(text: str, start: int, end: int, low: int = 0, high: int | None = None):
    """(tokens before, tokens after, tokens of the whole sentence) for text[start:end], lower case."""
    left, right = sentence_around(text, start, end, low, high)
    before = [t for _, _, t in tokenise(text[left:start])]
    after = [t for _, _, t in tokenise(text[end:right])]
    inside = [t for _, _, t in tokenise(text[start:end])]
    return before, after, before + inside + after
