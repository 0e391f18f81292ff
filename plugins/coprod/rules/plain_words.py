"""Words and phrases with a plainer alternative (GOV.UK, plainlanguage.gov).

Matching goes word by word through an index of each phrase's first word, so it
stays fast however long the list grows. Some words are only a problem in some
places ("deliver training", not "deliver meals"): their entry says when.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..findings import Severity
from ..settings import Option
from .base import Rule
from ..kinds import PageKind

MODALS = {"to", "will", "can", "could", "may", "might", "would", "should", "not", "directly", "negatively",
          "positively", "badly", "also", "really"}
CONCRETE = {"meals", "meal", "food", "parcel", "parcels", "post", "letter", "letters", "leaflet", "leaflets",
            "medicine", "medicines", "shopping", "goods", "newspaper", "newspapers", "baby", "babies"}
KEY_NOUNS = {"issue", "issues", "principle", "principles", "point", "points", "message", "messages", "role", "roles",
             "part", "parts", "factor", "factors", "area", "areas", "aim", "aims", "theme", "themes", "finding",
             "findings", "step", "steps", "element", "elements", "priority", "priorities", "question", "questions",
             "skill", "skills", "outcome", "outcomes", "feature", "features", "idea", "ideas", "partner", "partners",
             "player", "players", "fact", "facts", "decision", "decisions", "change", "changes", "task", "tasks",
             "thing", "things", "goal", "goals", "benefit", "benefits"}
FOSTERING = {"carer", "carers", "care", "parent", "parents", "child", "children", "family", "families", "home",
             "homes", "placement", "placements"}

When = Callable[[str, str], bool]  # (word before, word after) -> is this use a problem?


@dataclass(frozen=True)
class PlainWord:
    phrases: tuple[str, ...]  # lower case, every form ("facilitate", "facilitated", ...)
    instead: str
    when: When | None = None


def _forms(stem: str, *endings: str) -> tuple[str, ...]:
    return tuple(stem + ending for ending in endings)


PLAIN_WORDS: list[PlainWord] = [
    PlainWord(_forms("facilitat", "e", "es", "ed", "ing", "ion"), "help, make easier, run"),
    PlainWord(_forms("utilis", "e", "es", "ed", "ing", "ation") + _forms("utiliz", "e", "es", "ed", "ing", "ation"),
              "use"),
    PlainWord(_forms("leverag", "e", "es", "ed", "ing"), "use"),
    PlainWord(_forms("empower", "", "s", "ed", "ing", "ment"), "give power to, support, let"),
    PlainWord(_forms("deliver", "", "s", "ed", "ing", "y"), "provide, give, run, make",
              when=lambda before, after: after not in CONCRETE),
    PlainWord(("going forward",), "from now on, in future"),
    PlainWord(("impact",), "affect", when=lambda before, after: before in MODALS),
    PlainWord(("impacted", "impacting"), "affect"),
    PlainWord(("impacts",), "affects", when=lambda before, after: after in {"on", "upon"}),
    PlainWord(("key",), "main, important",
              when=lambda before, after: after in KEY_NOUNS or before in {"is", "are", "was", "were"}),
    PlainWord(_forms("tackl", "e", "es", "ed", "ing"), "deal with, solve, stop"),
    PlainWord(_forms("foster", "", "s", "ed", "ing"), "encourage, build",
              when=lambda before, after: after not in FOSTERING),
    PlainWord(_forms("deploy", "", "s", "ed", "ing", "ment"), "use, put in place"),
    PlainWord(("dialogue", "dialogues"), "talk, conversation"),
    PlainWord(_forms("initiat", "e", "es", "ed", "ing"), "start"),
    PlainWord(_forms("collaborat", "e", "es", "ed", "ing"), "work with"),
    PlainWord(("collaboration", "collaborations"), "working together"),
    PlainWord(("in order to",), "to"),
    PlainWord(_forms("commenc", "e", "es", "ed", "ing", "ement"), "start"),
    PlainWord(("prior to",), "before"),
    PlainWord(_forms("ensur", "e", "es", "ed", "ing"), "make sure"),
    PlainWord(("stakeholder", "stakeholders"), "the people involved (say who)"),
    PlainWord(("robust",), "strong, well tested"),
    PlainWord(("holistic", "holistically"), "whole, covering everything"),
    PlainWord(("synergy", "synergies"), "working well together"),
    PlainWord(("paradigm", "paradigms"), "way of thinking, model"),
    PlainWord(_forms("streamlin", "e", "es", "ed", "ing"), "simplify"),
    PlainWord(_forms("incentivis", "e", "es", "ed", "ing") + _forms("incentiviz", "e", "es", "ed", "ing"),
              "encourage"),
    PlainWord(("in respect of", "with regard to", "with respect to"), "about"),
    PlainWord(("a number of",), "some, several (or say how many)"),
    PlainWord(("at this point in time",), "now"),
    PlainWord(("in the event that",), "if"),
    PlainWord(("on a daily basis", "on a weekly basis", "on a monthly basis", "on a regular basis"),
              "daily, weekly, monthly, often"),
    PlainWord(("whilst",), "while"),
    PlainWord(("amongst",), "among"),
    PlainWord(_forms("ascertain", "", "s", "ed", "ing"), "find out"),
    PlainWord(_forms("endeavour", "", "s", "ed", "ing") + _forms("endeavor", "", "s", "ed", "ing"), "try"),
    PlainWord(("subsequently",), "later, then"),
    PlainWord(("notwithstanding",), "despite"),
    PlainWord(("thereby", "herein", "thereof", "wherein"), "plainer linking words"),
]


class PhraseIndex:
    """Phrases by their first word, for a lookup at each word of a page."""

    def __init__(self, entries: list[PlainWord]):
        self.by_first: dict[str, list[tuple[tuple[str, ...], PlainWord]]] = {}
        for entry in entries:
            for phrase in entry.phrases:
                words = tuple(phrase.lower().split())
                self.by_first.setdefault(words[0], []).append((words, entry))
        for candidates in self.by_first.values():
            candidates.sort(key=lambda item: -len(item[0]))  # longest phrase first

    def find(self, words: list[str]):
        """(first word index, word count, entry) for each phrase in a list of lower-case words."""
        index = 0
        while index < len(words):
            for phrase, entry in self.by_first.get(words[index], ()):
                size = len(phrase)
                if tuple(words[index:index + size]) != phrase:
                    continue
                before = words[index - 1] if index else ""
                after = words[index + size] if index + size < len(words) else ""
                if entry.when is None or entry.when(before, after):
                    yield index, size, entry
                    index += size - 1
                    break
            index += 1


_BUILT_IN = PhraseIndex(PLAIN_WORDS)


class PlainWords(Rule):
    id = "plain-words"
    default_severity = Severity.WARNING
    summary = "A word or phrase has a plainer, everyday alternative."
    page_kinds = frozenset({PageKind.STANDARD, PageKind.EASY})
    options = {
        "extra": Option(dict, {}, "more words to avoid, each with what to say instead"),
        "allow": Option(list, [], "words from the built-in list that this site accepts"),
    }

    def __init__(self) -> None:
        self._indexes: dict = {}

    def _index(self, extra: dict, allow: list) -> PhraseIndex:
        key = (tuple(sorted(extra.items())), tuple(sorted(allow)))
        if key not in self._indexes:
            allowed = {word.lower() for word in allow}
            entries = [PlainWord(tuple(p for p in e.phrases if p not in allowed), e.instead, e.when)
                       for e in PLAIN_WORDS]
            entries += [PlainWord((phrase.lower(),), instead) for phrase, instead in extra.items()]
            self._indexes[key] = PhraseIndex([e for e in entries if e.phrases])
        return self._indexes[key]

    def check(self, page, settings):
        index = self._index(settings["extra"], settings["allow"])
        severity = self.severity(settings)
        source = page.doc.source
        for sentence in page.sentences:
            words = [source[w.start:w.end].lower().replace("’", "'") for w in sentence.words]
            for first, size, entry in index.find(words):
                start, end = sentence.words[first].start, sentence.words[first + size - 1].end
                found = " ".join(source[start:end].split())
                yield page.finding(self.id, severity, start, end, f'"{found}" has a plainer alternative.',
                                   f"Try: {entry.instead}.")
