"""Comments that switch rules off for part of a page.

    <!-- coprod-disable -->                 all rules, until coprod-enable
    <!-- coprod-disable plain-words -->     only the rules named
    <!-- coprod-enable -->                  ends every disable; name rules to end only those
    <!-- coprod-disable-next-line sentence-length -->
    <!-- coprod-disable plain-words: a reason, after a colon, for other editors -->
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .findings import Finding, Severity
from .prose import Document

_DIRECTIVE = re.compile(r"coprod-(disable-next-line|disable|enable)\b(.*)", re.S)
ALL = "*"


@dataclass
class Suppressions:
    ranges: dict[str, list[tuple[int, int]]]  # rule id (or ALL) -> (first line, last line)
    findings: list[Finding]

    def hides(self, finding: Finding) -> bool:
        for key in (ALL, finding.rule):
            for first, last in self.ranges.get(key, ()):
                if first <= finding.line <= last:
                    return True
        return False


def read_suppressions(doc: Document, path: str, known_rules) -> Suppressions:
    ranges: dict[str, list[tuple[int, int]]] = {}
    open_since: dict[str, tuple[int, int]] = {}  # rule -> (line, offset) of its disable
    problems: list[Finding] = []
    last_line = doc.position(len(doc.source))[0]

    def problem(offset: int, message: str, suggestion: str) -> None:
        line, column = doc.position(offset)
        problems.append(Finding(path, line, column, "suppression", Severity.WARNING, message, suggestion))

    for comment in doc.comments:
        match = _DIRECTIVE.match(comment.body)
        if not match:
            continue
        action = match.group(1)
        rule_list = match.group(2).split(":", 1)[0]  # after a colon comes the reason
        names = [n for n in re.split(r"[\s,]+", rule_list.strip()) if n]
        for name in names:
            if name not in known_rules:
                problem(comment.start, f'There is no rule "{name}" to switch off or on.',
                        "Check the spelling. Run `coprod rules` to list the rules.")
        names = [n for n in names if n in known_rules] or ([ALL] if not names else [])
        line = doc.position(comment.start)[0]
        end_line = doc.position(comment.end)[0]
        if action == "disable-next-line":
            for name in names:
                ranges.setdefault(name, []).append((end_line + 1, end_line + 1))
        elif action == "disable":
            for name in names:
                open_since.setdefault(name, (line, comment.start))
        else:
            for name in list(open_since) if ALL in names else names:
                if name in open_since:
                    first, _ = open_since.pop(name)
                    ranges.setdefault(name, []).append((first, line))
    for name, (first, offset) in open_since.items():
        ranges.setdefault(name, []).append((first, last_line))
        problem(offset, "This comment switches rules off until the end of the page.",
                "Add <!-- coprod-enable --> where the exception should end.")
    return Suppressions(ranges, problems)
