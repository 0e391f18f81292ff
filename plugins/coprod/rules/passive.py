"""Passive voice on standard pages: a note, with the active version when the doer is named."""

from __future__ import annotations

from ..findings import Severity
from ..language.passive import find_passives
from ..settings import Option
from .base import Rule


class PassiveVoice(Rule):
    id = "passive-voice"
    default_severity = Severity.INFO
    summary = "Passive voice, such as \"was written by the team\": say who does what (\"the team wrote\")."
    options = {
        "without_doer": Option(bool, True, "also note passives that do not say who does it (\"your form is checked\")"),
    }

    def check(self, page, settings):
        masked = page.doc.masked
        severity = self.severity(settings)
        for sentence in page.sentences:
            for passive in find_passives(masked, sentence.start, sentence.end):
                if passive.agent is None and not settings["without_doer"]:
                    continue
                yield page.finding(self.id, severity, passive.start, passive.end,
                                   f'"{passive.words}" is in the passive voice.', suggestion(passive))


def suggestion(passive) -> str:
    if passive.rewrite:
        return f'Say who does it first: "{passive.rewrite}".'
    if passive.active:
        return f'Say who does it first: "{passive.active}".'
    if passive.agent:
        return f'Say who does it first: start with "{passive.agent}".'
    return 'If the reader needs to know who does it, say so: "we check your form", not "your form is checked".'
