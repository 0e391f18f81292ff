"""Numbers in plain words: percentages as "9 in 10", and which percentages are shares of a group.

One place for the plain way to say a percentage, used by the numbers rule, the
easy read numbers rule and the easy read generator. A plain equivalent helps
only for a share of a group ("72% of respondents": about 7 in 10). A change or
a rate ("rose by 30%", "a 30% pay rise", "73 percent more citations") is not a
share: "about 3 in 10" would say something the page does not.

    PERCENTAGE                       regex; group 1 is the figure
    plain_fraction(72) -> "about 7 in 10"; plain_fraction(1) -> "1 in 100"
    easy_fraction(90) -> "9 out of 10"  (easy read's wording)
    is_share(text, match) -> bool    is this percentage a share of a group?
    has_plain_equivalent(text, match) -> bool   is one given next to it ("half (52%)")?
    NUMBER_WORDS, SCALE_WORDS        "one" -> 1 ... "million"; the words for 100, 1000, 1000000
"""

from __future__ import annotations

import re
from functools import lru_cache

# "(?=\d)" first: a pattern that starts with a digit is looked for faster; the matches are the same.
PERCENTAGE = re.compile(r"(?=\d)(?<![\w.])(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b)", re.I)
PLAIN_EQUIVALENT = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+(?:\d+|ten|every|a\s+hundred)\b"
    r"|\b(?:half|quarter|quarters|third|thirds|fifth|fifths|most|nearly all|almost all|majority|minority|few)\b",
    re.I,
)
SCALE_WORDS = ("hundred", "thousand", "million")

# A percentage that is a change or a rate, not a share: "rose by 30%", "from 20% to 30%", "a 30% pay rise".
_CHANGE_BEFORE = re.compile(r"(?:\b(?:by|from|(?<!\bup\s)to|of|at|a|an|additional|extra|another|further|annual|annually|"
                            r"yearly|per)\s+|[+\-−±~]\s*)(?:(?:about|around|nearly|almost|over|under|roughly|some|"
                            r"just|only|more\s+than|less\s+than)\s+)?$", re.I)
_CHANGE_AFTER = re.compile(
    r"\s*(?:more|less|fewer|higher|lower|greater|smaller|bigger|faster|slower|longer|shorter|cheaper|"
    r"increase[sd]?|decrease[sd]?|rise|rises|rose|raise|growth|grew|drop|dropped|fall|fell|cut|cuts|"
    r"reduction|discount|off|interest|rate|rates|apr|tax|vat|pay|salary|wage|return|returns|margin|chance|"
    r"likely|probability|accuracy|accurate|efficient|effective|complete|completed|done|confident|sure|certain|"
    r"zoom|of\s+(?:(?:the|their|its|our|your|his|her|my|a|total)\s+)?(?:time|cost|costs|income|salary|pay|budget|value|price|total|gdp|spending|funding|"
    r"the\s+vote|votes))\b",
    re.I)
# What makes it a share: "72% of respondents", "30% said", "72% were", "the richest 1%".
_SHARE_AFTER = re.compile(
    r"\s*(?:of\b|(?:said|say|says|were|are|was|is|had|have|has|agreed|agree|disagreed|reported|report|felt|feel|"
    r"thought|think|believe|believed|wanted|want|used|use|do|did|didn't|don't|can|could|would|will|may|might|"
    r"needed|need|got|get|received|chose|preferred|prefer|lived|live|worked|work|found|knew|know|rated|answered|"
    r"responded|voted|own|owned|went|came|still|also|now|never|only|already|who|people|adults|children|women|men|"
    r"read|reads|wrote|write|scanned|scan|understood|understand|preferred|"
    r"respondents|participants|staff|carers|residents|users|patients|students|households|families|workers|"
    r"members|americans|voters|readers|employees|citizens|businesses|companies|firms|agencies|"
    r"organisations|organizations)\b)",
    re.I)
_TOP_GROUP_BEFORE = re.compile(r"\b(?:the|a)\s+(?:\w+est|top|bottom|other|remaining|last|first)\s+$", re.I)
_END_AFTER = re.compile(r"\s*(?:[.,;:!?)]|$|and\b|or\b)")
_BRACKETS_AFTER = re.compile(r"\s*\(([^()]{1,40})\)")
_PLAIN_THEN_BRACKET = re.compile(r"[^()]{0,30}\(\s*$")


def plain_fraction(percent: float) -> str:
    """A plain way to say a percentage: 90 -> "9 in 10", 50 -> "half", 1 -> "1 in 100"."""
    exact = {0: "none", 100: "all", 50: "half", 25: "1 in 4", 75: "3 in 4", 20: "1 in 5",
             1: "1 in 100", 2: "1 in 50", 4: "1 in 25", 5: "1 in 20"}
    rounded = round(percent)
    if rounded in exact and abs(percent - rounded) < 0.01:
        return exact[rounded]
    if percent < 1:
        return "fewer than 1 in 100"
    if rounded in (33, 34):
        return "about 1 in 3"
    if rounded in (66, 67):
        return "about 2 in 3"
    if percent < 9.5:
        return f"about {rounded} in 100"
    tenths = round(percent / 10)
    if percent % 10 == 0:
        return f"{tenths} in 10"
    if tenths == 10:
        return "nearly all"
    return f"about {tenths} in 10"


def easy_fraction(percent: float) -> str:
    """Easy read's wording: "9 out of 10"."""
    return plain_fraction(percent).replace(" in ", " out of ")


def is_share(text: str, match: re.Match) -> bool:
    """Whether a percentage found by PERCENTAGE in `text` is a share of a group, so "9 in 10" fits.

    Only a clear share counts: when it cannot tell, it says no.
    """
    if float(match.group(1)) > 100:
        return False  # a size or a rise ("zoom to 200%")
    before = text[max(0, match.start() - 30):match.start()]
    if _CHANGE_AFTER.match(text, match.end()):
        return False
    if _TOP_GROUP_BEFORE.search(before) and _END_AFTER.match(text, match.end()):
        return True  # "the richest 1%"
    if _CHANGE_BEFORE.search(before):
        return False
    return bool(_SHARE_AFTER.match(text, match.end()))


def has_plain_equivalent(text: str, match: re.Match) -> bool:
    """Whether a plain equivalent sits next to the percentage: "half (52%)", "90% (9 in 10)", "52%, or about half"."""
    brackets = _BRACKETS_AFTER.match(text, match.end())
    if brackets and PLAIN_EQUIVALENT.search(brackets.group(1)):
        return True
    before = text[max(0, match.start() - 45):match.start()]
    bracket = _PLAIN_THEN_BRACKET.search(before)
    if bracket and PLAIN_EQUIVALENT.search(before[max(0, bracket.start() - 20):]):
        return True
    after = text[match.end():match.end() + 40]
    said = re.match(r"\s*,?\s*(?:or|that\s+is|i\.e\.)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?", after)
    return bool(said and PLAIN_EQUIVALENT.match(after, said.end()))


@lru_cache(maxsize=1)
def number_words() -> dict[str, int]:
    """Number words from the lexicon: "one" -> 1 ... "million" -> 1000000."""
    from .lexicon import lexicon_data  # reads the file only: no lemminflect

    return {str(word): int(value) for word, value in lexicon_data()["numbers"].items()}


NUMBER_WORDS = number_words()
