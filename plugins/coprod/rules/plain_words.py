"""Words and phrases with a plainer alternative (GOV.UK, plainlanguage.gov)."""

from __future__ import annotations

import re

from ..findings import Severity
from ..settings import Option
from .base import Rule

# (pattern, what to say instead). Patterns are case-insensitive and whole-word;
# they list the word's forms so "facilitated" is caught as well as "facilitate".
PLAIN_WORDS: list[tuple[str, str]] = [
    (r"facilitat(?:e|es|ed|ing|ion)", "help, make easier, run"),
    (r"utili[sz](?:e|es|ed|ing|ation)", "use"),
    (r"leverag(?:e|es|ed|ing)", "use"),
    (r"empower(?:s|ed|ing|ment)?", "give power to, support, let"),
    (r"deliver(?:s|ed|ing|y)?(?!\s+(?:the\s+|a\s+|an\s+)?(?:meals?|food|parcels?|post|letters?|leaflets?"
     r"|medicines?|shopping|goods|newspapers?|bab(?:y|ies)))", "provide, give, run, make"),
    (r"going\s+forward", "from now on, in future"),
    (r"(?:(?<=to\s)|(?<=will\s)|(?<=can\s)|(?<=could\s)|(?<=may\s)|(?<=might\s)|(?<=would\s)"
     r"|(?<=should\s)|(?<=not\s)|(?<=directly\s)|(?<=negatively\s)|(?<=positively\s))impact"
     r"|impact(?:ed|ing)|impacts\s+(?=on\b|upon\b)", "affect"),
    (r"key(?=\s+(?:issues?|principles?|points?|messages?|roles?|parts?|factors?|areas?|aims?|themes?"
     r"|findings?|steps?|elements?|priorit(?:y|ies)|questions?|skills?|outcomes?|features?|ideas?"
     r"|partners?|players?|facts?|decisions?|changes?|tasks?|things?|issues?|goals?|benefits?))"
     r"|(?<=is\s)key|(?<=are\s)key", "main, important"),
    (r"tackl(?:e|es|ed|ing)", "deal with, solve, stop"),
    (r"foster(?:s|ed|ing)?(?!\s+(?:carers?|care|parents?|child(?:ren)?|famil(?:y|ies)|homes?|placements?))",
     "encourage, build"),
    (r"deploy(?:s|ed|ing|ment)?", "use, put in place"),
    (r"dialogues?", "talk, conversation"),
    (r"initiat(?:e|es|ed|ing)", "start"),
    (r"collaborat(?:e|es|ed|ing)", "work with"),
    (r"collaborations?", "working together"),
    (r"in\s+order\s+to", "to"),
    (r"commenc(?:e|es|ed|ing|ement)", "start"),
    (r"prior\s+to", "before"),
    (r"ensur(?:e|es|ed|ing)", "make sure"),
    (r"stakeholders?", "the people involved (say who)"),
    (r"robust", "strong, well tested"),
    (r"holistic(?:ally)?", "whole, covering everything"),
    (r"synerg(?:y|ies)", "working well together"),
    (r"paradigms?", "way of thinking, model"),
    (r"streamlin(?:e|es|ed|ing)", "simplify"),
    (r"incentivi[sz](?:e|es|ed|ing)", "encourage"),
    (r"in\s+respect\s+of|with\s+regard\s+to|with\s+respect\s+to", "about"),
    (r"a\s+number\s+of", "some, several (or say how many)"),
    (r"at\s+this\s+point\s+in\s+time", "now"),
    (r"in\s+the\s+event\s+that", "if"),
    (r"on\s+a\s+(?:daily|weekly|monthly|regular)\s+basis", "daily, weekly, monthly, often"),
    (r"whilst", "while"),
    (r"amongst", "among"),
    (r"ascertain(?:s|ed|ing)?", "find out"),
    (r"endeavou?r(?:s|ed|ing)?", "try"),
    (r"subsequently", "later, then"),
    (r"notwithstanding", "despite"),
    (r"thereby|herein|thereof|wherein", "plainer linking words"),
]

_BOUNDARY_BEFORE = r"(?<![\w-])"
_BOUNDARY_AFTER = r"(?![\w-])"


def _compile(entries: list[tuple[str, str]]) -> re.Pattern | None:
    if not entries:
        return None
    parts = [f"(?P<w{i}>{_BOUNDARY_BEFORE}(?:{pattern}){_BOUNDARY_AFTER})" for i, (pattern, _) in enumerate(entries)]
    return re.compile("|".join(parts), re.I)


_BUILT_IN = _compile(PLAIN_WORDS)


class PlainWords(Rule):
    id = "plain-words"
    default_severity = Severity.WARNING
    summary = "A word or phrase has a plainer, everyday alternative."
    page_kinds = frozenset({"standard", "easy"})
    options = {
        "extra": Option(dict, {}, "more words to avoid, each with what to say instead"),
        "allow": Option(list, [], "words from the built-in list that this site accepts"),
    }

    def __init__(self) -> None:
        self._extra_cache: dict = {}

    def _matcher(self, extra: dict) -> tuple[re.Pattern | None, list[tuple[str, str]]]:
        key = tuple(sorted(extra.items()))
        if key not in self._extra_cache:
            entries = [(re.escape(word).replace(r"\ ", r"\s+"), instead) for word, instead in extra.items()]
            self._extra_cache[key] = (_compile(entries), entries)
        return self._extra_cache[key]

    def check(self, page, settings):
        allowed = {word.lower() for word in settings["allow"]}
        extra_pattern, extra_entries = self._matcher(settings["extra"])
        severity = self.default_severity.cap(settings.severity)
        masked = page.doc.masked
        for pattern, entries in ((_BUILT_IN, PLAIN_WORDS), (extra_pattern, extra_entries)):
            if pattern is None:
                continue
            for block in page.doc.blocks:
                for match in pattern.finditer(masked, block.start, block.end):
                    word = " ".join(match.group(0).split())
                    if word.lower() in allowed:
                        continue
                    instead = entries[int(match.lastgroup[1:])][1]
                    yield page.finding(
                        self.id, severity, match.start(), match.end(),
                        f'"{word}" has a plainer alternative.',
                        f"Try: {instead}.",
                    )
