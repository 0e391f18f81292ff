"""What a check finds: one problem at one place, with a message and a fix."""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    OFF = "off"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1, "off": 0}[self.value]

    def cap(self, highest: "Severity") -> "Severity":
        """This severity, lowered to `highest` if it is above it."""
        return self if self.rank <= highest.rank else highest


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    column: int
    rule: str
    severity: Severity
    message: str
    suggestion: str | None = None
    end_line: int | None = None
    end_column: int | None = None
    excerpt: str | None = None  # the words the finding is about, as a reader sees them

    def as_dict(self) -> dict:
        # Field by field: dataclasses.asdict copies each value deeply, slow for thousands of findings.
        data = {name: getattr(self, name) for name in _FIELD_NAMES}
        data["severity"] = self.severity.value
        return data

    @property
    def location(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


_FIELD_NAMES = tuple(field.name for field in fields(Finding))


def sort_key(finding: Finding):
    return (finding.path, finding.line, finding.column, finding.rule)
