"""Sentence steps for generated easy read: plainer words, numbers, abbreviations, shorter sentences.

Each step is a small function from text to text, so each can be tested alone.
No step needs a network or a model: the output is the same every time.
"""

from __future__ import annotations

import re

from ..rules.easy import NUMBER_WORDS
from ..rules.numbers import PERCENTAGE, plain_fraction
from ..text import WORD

# Plain words for easy read, with their word forms, so grammar survives the swap.
EASY_WORDS: dict[str, str] = {
    "facilitate": "help", "facilitates": "helps", "facilitated": "helped", "facilitating": "helping",
    "utilise": "use", "utilises": "uses", "utilised": "used", "utilising": "using",
    "utilize": "use", "utilizes": "uses", "utilized": "used", "utilizing": "using",
    "ensure": "make sure", "ensures": "makes sure", "ensured": "made sure", "ensuring": "making sure",
    "commence": "start", "commences": "starts", "commenced": "started", "commencing": "starting",
    "initiate": "start", "initiates": "starts", "initiated": "started", "initiating": "starting",
    "collaborate": "work together", "collaborates": "works together", "collaborating": "working together",
    "collaboration": "working together",
    "assist": "help", "assists": "helps", "assisted": "helped", "assistance": "help",
    "obtain": "get", "obtains": "gets", "obtained": "got",
    "purchase": "buy", "purchased": "bought",
    "require": "need", "requires": "needs", "required": "needed",
    "sufficient": "enough", "additional": "more", "approximately": "about", "numerous": "many",
    "individuals": "people", "participate": "take part", "participates": "takes part",
    "participating": "taking part", "participated": "took part", "participants": "people taking part",
    "demonstrate": "show", "demonstrates": "shows", "demonstrated": "showed",
    "however": "but", "therefore": "so", "whilst": "while", "amongst": "among",
    "prior to": "before", "in order to": "to", "with regard to": "about", "in respect of": "about",
    "a number of": "some", "going forward": "from now on", "e.g.": "for example", "i.e.": "that is",
    "etc.": "and more", "via": "through", "empower": "give power to", "empowers": "gives power to",
    "key": "main", "tackle": "deal with", "tackling": "dealing with", "dialogue": "talk",
    "stakeholders": "people involved", "holistic": "whole",
}
_EASY_WORD = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(EASY_WORDS, key=len, reverse=True))
    + r")(?![\w-])", re.I)
_PERCENT_WITH_PLAIN = re.compile(r"(?:about\s+|around\s+|nearly\s+)?(\d+(?:\.\d+)?)\s?(?:%|per\s?cent)\s*\(([^)]*\b(?:in|out of)\b[^)]*)\)", re.I)
_NUMBER_WORD = re.compile(r"(?<![\w-])(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                          r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
                          r"sixty|seventy|eighty|ninety)(?![\w-])", re.I)
_EXPANSION = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|the|in|on|to)\s+)*)+)\(\s*([A-Z][A-Z0-9&]*[A-Z0-9])\s*\)")
_CAPITALS = re.compile(r"(?<![\w-])([A-Z][A-Z0-9&]*[A-Z0-9])(s?)(?![\w-])")


def _match_case(original: str, replacement: str) -> str:
    return replacement[:1].upper() + replacement[1:] if original[:1].isupper() else replacement


def plain_words(text: str) -> str:
    return _EASY_WORD.sub(lambda m: _match_case(m.group(0), EASY_WORDS[" ".join(m.group(0).lower().split())]), text)


def replace_phrases(text: str, matcher, instead_of) -> str:
    """Swap each phrase a glossary matcher finds for `instead_of(value)`."""
    pieces, last = [], 0
    for match, value in matcher.finditer(text):
        pieces += [text[last:match.start()], _match_case(match.group(0), instead_of(value))]
        last = match.end()
    return "".join(pieces) + text[last:]


def find_expansions(text: str) -> dict[str, str]:
    """Abbreviations a page writes out, as in "Joint Strategic Needs Assessment (JSNA)"."""
    found: dict[str, str] = {}
    for match in _EXPANSION.finditer(text):
        words = match.group(1).split()
        letters = match.group(2)
        # Keep the last words whose capitals spell the abbreviation.
        capitals, start = 0, len(words)
        while start > 0 and capitals < len(letters):
            start -= 1
            if words[start][:1].isupper():
                capitals += 1
        found.setdefault(letters, " ".join(words[start:]))
    return found


def write_out_abbreviations(text: str, expansions: dict[str, str]) -> str:
    text = re.sub(r"\s*\(\s*(" + "|".join(map(re.escape, expansions)) + r")\s*\)", "", text) if expansions else text

    def full(match: re.Match) -> str:
        expansion = expansions.get(match.group(1))
        return expansion if expansion else match.group(0)

    return _CAPITALS.sub(full, text)


def easy_numbers(text: str) -> str:
    """Digits for number words; "9 out of 10" for percentages."""
    text = _PERCENT_WITH_PLAIN.sub(lambda m: m.group(2).replace(" in ", " out of "), text)
    text = PERCENTAGE.sub(lambda m: plain_fraction(float(m.group(1))).replace(" in ", " out of ")
                          if float(m.group(1)) <= 100 else m.group(0), text)
    text = re.sub(r"(\d+ out of \d+) of (?=\w)", r"\1 ", text)  # "9 out of 10 of parents" reads badly
    return _NUMBER_WORD.sub(lambda m: str(NUMBER_WORDS[m.group(1).lower()]), text)


# Where a long sentence can be cut, and how the second part starts.
_SPLITS: list[tuple[re.Pattern, str]] = [
    (re.compile(r";\s+"), ""),
    (re.compile(r":\s+(?=\S+\s+\S+\s+\S+)"), ""),
    (re.compile(r",\s+but\s+", re.I), "But "),
    (re.compile(r",\s+so\s+(?!that\b)", re.I), "So "),
    (re.compile(r",\s+which\s+", re.I), "This "),
    (re.compile(r",?\s+because\s+(?!of\b)", re.I), "This is because "),
    (re.compile(r",\s+although\s+", re.I), "But "),
    # "and" joins two clauses only where a subject follows; otherwise it is likely a list.
    (re.compile(r",?\s+and\s+(?=(?:we|they|you|he|she|it|this|these|there|people|everyone)\s)", re.I), ""),
    (re.compile(r",\s+(?=(?:we|they|you|it|this|people|everyone)\s)", re.I), ""),
    (re.compile(r"\s+(?:but|so)\s+(?=(?:we|they|you|he|she|it|this|people|everyone)\b)", re.I), ""),
]


def _word_count(text: str) -> int:
    return len(WORD.findall(text))


def finish(sentence: str) -> str:
    """Tidy a sentence: single spaces, a capital first letter and a full stop at the end."""
    sentence = re.sub(r"\s+([.,;:!?])", r"\1", " ".join(sentence.split())).strip(" ,;:-")
    if not sentence:
        return ""
    sentence = sentence[0].upper() + sentence[1:]
    if sentence[-1] not in ".!?":
        sentence += "."
    return sentence


def split_sentence(sentence: str, aim: int = 10) -> list[str]:
    """Cut a sentence at clause breaks until each part is short, where that is possible.

    Only clause breaks are used, never a bare comma: a comma is as likely to
    separate the items of a list, and cutting there makes nonsense.
    """
    words = _word_count(sentence)
    if words < aim - 2:
        # Short enough. From 8 words on, a clause break is still cut, as the
        # easy-one-idea rule asks for one idea in each sentence.
        return [finish(sentence)]
    best = None
    for pattern, lead in _SPLITS:
        for match in pattern.finditer(sentence):
            left, right = sentence[:match.start()], sentence[match.end():]
            if _word_count(left) < 3 or _word_count(right) < 4:
                continue
            distance = abs(_word_count(left) - words / 2)
            if best is None or distance < best[0]:
                best = (distance, left, lead + right)
    if best is None:
        return [finish(sentence)]
    _, left, right = best
    return split_sentence(left, aim) + split_sentence(right, aim)
