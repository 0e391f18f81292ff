"""What every rule is: an id, a default severity, its settings and a check."""

from __future__ import annotations

from typing import Iterable

from ..findings import Finding, Severity
from ..page import PageContext
from ..kinds import PageKind
from ..registry import Option, RuleSettings


class Rule:
    id: str = ""
    default_severity: Severity = Severity.WARNING
    summary: str = ""  # one plain line for `coprod rules` and the editor's guide
    page_kinds: frozenset[PageKind] = frozenset({PageKind.STANDARD})
    options: dict[str, Option] = {}

    def severity(self, settings: RuleSettings) -> Severity:
        """The rule's severity, lowered where the settings ask for that."""
        return self.default_severity.cap(settings.severity)

    def check(self, page: PageContext, settings: RuleSettings) -> Iterable[Finding]:
        raise NotImplementedError
