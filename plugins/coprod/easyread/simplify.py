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
    "obtain": "get", "obtains": "gets",
    "purchase": "buy", "purchased": "bought",
    "require": "need", "requires": "needs", "required": "needed",
    "sufficient": "enough", "additional": "more", "approximately": "about", "numerous": "many",
    "individuals": "people", "participate": "take part", "participates": "takes part",
    "participating": "taking part", "participants": "people taking part",
    "demonstrate": "show", "demonstrates": "shows",
    "however": "but", "therefore": "so", "whilst": "while", "amongst": "among",
    "prior to": "before", "in order to": "to", "with regard to": "about", "in respect of": "about",
    "a number of": "some", "going forward": "from now on", "e.g.": "for example", "i.e.": "that is",
    "etc.": "and more", "via": "through", "empower": "give power to", "empowers": "gives power to",
    "key": "main", "tackle": "deal with", "tackling": "dealing with", "dialogue": "talk",
    "stakeholders": "people involved", "holistic": "whole",
    # Longer everyday words with a shorter, more common choice.
    "essential": "very important", "vital": "very important", "significant": "big", "significantly": "a lot",
    "legislation": "law", "emphasises": "says", "emphasise": "say", "enables": "helps", "enable": "help",
    "approaches": "ways", "approach": "way", "individual": "person", "individuals'": "people's",
    "establish": "set up", "establishing": "setting up", "established": "set up", "framework": "plan",
    "perspective": "view", "expectations": "hopes", "contribute": "give", "contributing": "giving", "expertise": "knowledge", "relevant": "useful",
    "sustained": "kept going", "sustain": "keep going", "opportunities": "chances", "opportunity": "chance",
    "organisation": "group", "organisations": "groups", "implement": "do", "implementing": "doing", "consider": "think about", "considered": "thought about", "provide": "give",
    "provides": "gives", "providing": "giving", "receive": "get", "receives": "gets", "currently": "now", "frequently": "often", "immediately": "now", "particularly": "especially",
    "various": "different", "regarding": "about",
    "participation": "taking part", "accessible": "easy to use", "improvement": "change for the better",
    "improvements": "changes for the better", "decisions": "choices", "decision": "choice", "demonstration": "showing", "responsibility": "job", "responsibilities": "jobs", "requirements": "needs", "objective": "aim",
    "objectives": "aims", "commitment": "promise", "committed": "promised", "anticipate": "expect",
    "component": "part", "components": "parts", "alternatives": "other choices",
    "evaluate": "check", "evaluation": "check", "identify": "find",
    "identified": "found", "identifying": "finding", "modify": "change", "modified": "changed",
    "methodology": "way", "endeavour": "try", "eliminate": "remove", "inform": "tell", "informed": "told",
    "indicate": "show", "indicates": "shows", "investigate": "look into", "accountable": "answerable",
    "actively": "", "effectively": "well", "successfully": "well",
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


_ARTICLE_BEFORE = re.compile(r"\b([Aa]n?)(\s+)$")


def plain_words(text: str) -> str:
    """Swap hard words for plain ones, and mend "a"/"an" before a swapped word."""
    pieces, last = [], 0
    for match in _EASY_WORD.finditer(text):
        before = text[last:match.start()]
        replacement = _match_case(match.group(0), EASY_WORDS[" ".join(match.group(0).lower().split())])
        article = _ARTICLE_BEFORE.search(before)
        if article and replacement:
            right = "an" if replacement[0].lower() in "aeiou" else "a"
            right = right.capitalize() if article.group(1)[0].isupper() else right
            before = before[:article.start()] + right + article.group(2)
        pieces += [before, replacement]
        last = match.end()
    return "".join(pieces) + text[last:]


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
    (re.compile(r",\s+but\s+", re.I), "But "),
    (re.compile(r",\s+so\s+(?!that\b)", re.I), "So "),
    (re.compile(r",\s+which\s+", re.I), "This "),
    (re.compile(r",?\s+because\s+(?!of\b)", re.I), "This is because "),
    (re.compile(r",\s+although\s+", re.I), "But "),
    (re.compile(r",\s+including\s+", re.I), "This includes "),
    (re.compile(r",\s+such\s+as\s+", re.I), "For example, "),
    (re.compile(r",\s+for\s+example,?\s+", re.I), "For example, "),
    (re.compile(r",?\s+so\s+that\s+", re.I), "This is so that "),
    (re.compile(r",\s+while\s+", re.I), "At the same time, "),
    # "and" joins two clauses only where a subject follows; otherwise it is likely a list.
    (re.compile(r",?\s+and\s+(?=(?:we|they|you|he|she|it|this|these|there|people|everyone)\s)", re.I), ""),
    # A comma before a pronoun often starts a new clause; before "people" it is more often a list.
    (re.compile(r",\s+(?=(?:we|they|you|it|this)\s)", re.I), ""),
    (re.compile(r",\s+(?:or|and)\s+(?=when\b|if\b)", re.I), ""),
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


_BRACKET = re.compile(r"\s*\((?:such as|for example|e\.g\.|like)?\s*([^()]{12,})\)")


def _move_brackets(sentence: str) -> list[str]:
    """A long aside in brackets becomes its own sentence after the one it was in."""
    asides = []

    def take(match: re.Match) -> str:
        text = match.group(1).strip()
        example = re.match(r"\s*\((?:such as|for example|e\.g\.|like)", match.group(0), re.I)
        asides.append(("For example, " if example else "") + text)
        return ""

    main = _BRACKET.sub(lambda m: take(m) if _word_count(m.group(1)) >= 4 else m.group(0), sentence)
    return [main, *asides]


def split_sentence(sentence: str, aim: int = 10) -> list[str]:
    parts = _move_brackets(sentence)
    if len(parts) > 1:
        return [piece for part in parts for piece in _split_clauses(part, aim)]
    return _split_clauses(sentence, aim)


def _split_clauses(sentence: str, aim: int = 10) -> list[str]:
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
            if _word_count(left) < 3 or _word_count(right) < 3:
                continue
            distance = abs(_word_count(left) - words / 2)
            if best is None or distance < best[0]:
                best = (distance, left, lead + right)
    if best is None:
        return [finish(sentence)]
    _, left, right = best
    return _split_clauses(left, aim) + _split_clauses(right, aim)
