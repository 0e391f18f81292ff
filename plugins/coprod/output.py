"""A report as text for people, JSON for tools, and GitHub annotations.

Each takes the same `Report` (coprod.report), so every format counts the same
pages and findings as the build log and the report page.
"""

from __future__ import annotations

import json

from .findings import Severity
from .report import Report, finding_line


def as_text(report: Report) -> str:
    lines = [finding_line(f) for r in report.checked for f in r.findings]
    lines.append(report.summary_line())
    if report.generated_with_findings:
        lines.append("")
        lines += [finding_line(f) for r in report.generated_with_findings for f in r.findings]
        lines.append(report.generated_line())
    return "\n".join(lines) + "\n"


def as_json(report: Report) -> str:
    data = {
        "findings": [f.as_dict() for r in report.checked for f in r.findings],
        "pages": [r.as_dict() for r in report.checked],
        "generated_easy_read": [dict(r.as_dict(), findings=[f.as_dict() for f in r.findings])
                                for r in report.generated],
        "summary": report.summary(),
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def as_github(report: Report) -> str:
    """GitHub Actions workflow commands: each finding shows on its line in a pull request.

    A computer-made easy read page is no file, so its problems are one notice
    on the page it was made from.
    """
    level = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
    lines = []
    for result in report.checked:
        for f in result.findings:
            props = f"file={_escape_property(f.path)},line={f.line},col={f.column}"
            if f.end_line:
                props += f",endLine={f.end_line},endColumn={f.end_column}"
            props += f",title={_escape_property('coprod ' + f.rule)}"
            message = f.message + (f" {f.suggestion}" if f.suggestion else "")
            lines.append(f"::{level[f.severity]} {props}::{_escape_data(message)}")
    for result in report.generated_with_findings:
        counts = ", ".join(f"{result.count(s)} {word}" for s, word in
                           ((Severity.ERROR, "errors"), (Severity.WARNING, "warnings"), (Severity.INFO, "notes")))
        message = (f"The computer's easy read version of this page has problems ({counts}). "
                   f"See them with: coprod easy-read {result.made_from} --generated. "
                   f"Start a hand-written one with: coprod easy-read {result.made_from} --draft")
        kind = "error" if report.generated_fails else "notice"
        lines.append(f"::{kind} file={_escape_property(result.made_from)},"
                     f"title={_escape_property('coprod easy read')}::{_escape_data(message)}")
    lines.append(report.summary_line())
    if report.generated_line():
        lines.append(report.generated_line())
    return "\n".join(lines) + "\n"


FORMATS = {"text": as_text, "json": as_json, "github": as_github}
