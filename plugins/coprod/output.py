"""Findings as text for people, JSON for tools, and GitHub annotations."""

from __future__ import annotations

import json

from .checker import PageResult
from .findings import Finding, Severity


def _line(finding: Finding) -> str:
    text = f"{finding.location} {finding.severity.value} {finding.rule} {finding.message}"
    if finding.suggestion:
        text += f" {finding.suggestion}"
    return text


def summary(results: list[PageResult]) -> dict:
    def total(severity: Severity) -> int:
        return sum(r.count(severity) for r in results)

    return {"pages": len(results), "errors": total(Severity.ERROR),
            "warnings": total(Severity.WARNING), "notes": total(Severity.INFO)}


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def summary_line(results: list[PageResult]) -> str:
    counts = summary(results)
    return (f"Checked {_plural(counts['pages'], 'page')}: {_plural(counts['errors'], 'error')}, "
            f"{_plural(counts['warnings'], 'warning')}, {_plural(counts['notes'], 'note')}.")


def as_text(results: list[PageResult]) -> str:
    lines = [_line(f) for r in results for f in r.findings]
    lines.append(summary_line(results))
    return "\n".join(lines) + "\n"


def as_json(results: list[PageResult]) -> str:
    data = {
        "findings": [f.as_dict() for r in results for f in r.findings],
        "pages": [r.as_dict() for r in results],
        "summary": summary(results),
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def as_github(results: list[PageResult]) -> str:
    """GitHub Actions workflow commands: each finding shows on its line in a pull request."""
    level = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
    lines = []
    for result in results:
        for f in result.findings:
            props = f"file={_escape_property(f.path)},line={f.line},col={f.column}"
            if f.end_line:
                props += f",endLine={f.end_line},endColumn={f.end_column}"
            props += f",title={_escape_property('coprod ' + f.rule)}"
            message = f.message + (f" {f.suggestion}" if f.suggestion else "")
            lines.append(f"::{level[f.severity]} {props}::{_escape_data(message)}")
    lines.append(summary_line(results))
    return "\n".join(lines) + "\n"


FORMATS = {"text": as_text, "json": as_json, "github": as_github}
