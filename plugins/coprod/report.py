"""The readability report page for editors, as Markdown."""

from __future__ import annotations

from .checker import PageResult
from .findings import Severity
from .output import summary_line
from .text import shown_above, shown_below

REPORT_FRONT_MATTER = """---
title: Readability report
description: Scores and findings for every page, for editors.
search:
  exclude: true
hide:
  - navigation
robots: noindex
coprod_generated: true
---
"""


def _score(value: float | None, shown) -> str:
    # Rounded away from the aim, so a page that misses it never shows the aim's figure.
    return "-" if value is None else shown(value)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def report_markdown(results: list[PageResult], link_for=None) -> str:
    """A page listing every page, its scores and its findings.

    `link_for(result)` may give a link to the page on the site.
    """
    lines = [
        REPORT_FRONT_MATTER,
        "# Readability report",
        "",
        "This page is for editors. It is not in the site's menus.",
        summary_line(results),
        "Reading ease: higher is easier, and 60 or more is plain English. "
        "Grade: the school grade a reader needs, and 9 or lower is the aim.",
        "",
        "| Page | Words | Sentences | Reading ease | Grade | Longest sentence | Errors | Warnings | Notes |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for result in results:
        name = result.path
        if link_for:
            name = f"[{_cell(result.path)}]({link_for(result)})"
        if result.generated:
            name += " (easy read, made by computer)"
        lines.append(
            f"| {name} | {result.words} | {result.sentences} | {_score(result.reading_ease, shown_below)} | "
            f"{_score(result.grade_level, shown_above)} | {result.longest_sentence} | {result.count(Severity.ERROR)} | "
            f"{result.count(Severity.WARNING)} | {result.count(Severity.INFO)} |"
        )
    exceptions = [r for r in results if r.override_reason]
    if exceptions:
        lines += ["", "## Pages with their own rules", ""]
        for result in exceptions:
            rules = ", ".join(result.overridden) or "no rules"
            lines.append(f"- **{_cell(result.path)}** changes {rules}. Reason given: {_cell(result.override_reason)}")
    needs_easy_read = [r for r in results if r.generated and r.findings]
    if needs_easy_read:
        lines += ["", "## Needs a hand-written easy read", "",
                  "The computer could not make these easy read pages simple enough.", ""]
        lines += [f"- {_cell(r.path)}" for r in needs_easy_read]
    with_findings = [r for r in results if r.findings]
    if with_findings:
        lines += ["", "## Findings", ""]
        for result in with_findings:
            lines += ["", f"### {_cell(result.path)}", ""]
            for f in result.findings:
                text = f"{f.message} {f.suggestion or ''}".strip()
                lines.append(f"- Line {f.line}, {f.severity.value}, `{f.rule}`: {_cell(text)}")
    return "\n".join(lines) + "\n"
