"""The results of a whole check, as data: what the build log, `coprod check` and the report page all show.

`Report.from_results` sorts the results into the pages editors wrote, other
files (glossary.yml) and the easy read pages the computer made, and counts
them once. Every adapter prints these counts and no others, so they agree.
`report_html` renders the report page's body from one Jinja2 template, with
autoescape on: whatever a file holds is shown as text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Callable

from .checker import PageResult
from .findings import Finding, Severity
from .kinds import PageKind
from .text import shown_above, shown_below

# A finding's level as people read it: error, warning or note.
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


@dataclass(frozen=True)
class Counts:
    errors: int = 0
    warnings: int = 0
    notes: int = 0

    @classmethod
    def of(cls, results: list[PageResult]) -> "Counts":
        return cls(*(sum(r.count(severity) for r in results)
                     for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO)))

    @property
    def failures(self) -> int:
        return self.errors + self.warnings

    def __str__(self) -> str:
        return f"{plural(self.errors, 'error')}, {plural(self.warnings, 'warning')}, {plural(self.notes, 'note')}"


def finding_line(finding: Finding) -> str:
    """One finding on one line: the same in `coprod check` and in the build log."""
    text = f"{finding.location} {LEVEL[finding.severity]} {finding.rule} {finding.message}"
    if finding.suggestion:
        text += f" {finding.suggestion}"
    return text


@dataclass
class Report:
    pages: list[PageResult]  # the pages as editors wrote them: standard, and hand-written easy read
    files: list[PageResult]  # other files checked: glossary.yml
    generated: list[PageResult]  # easy read pages the computer made; each names its page in `made_from`
    generated_fails: bool = False  # whether their problems fail the build and the check

    @classmethod
    def from_results(cls, results: list[PageResult], generated_fails: bool = False) -> "Report":
        by_path = sorted(results, key=lambda r: r.path)
        return cls(
            pages=[r for r in by_path if r.kind is not PageKind.GLOSSARY and not r.generated],
            files=[r for r in by_path if r.kind is PageKind.GLOSSARY],
            generated=[r for r in by_path if r.generated],
            generated_fails=generated_fails,
        )

    @cached_property
    def counts(self) -> Counts:
        """The findings that can fail the build: the pages' and files', and the computer's when asked."""
        return Counts.of(self.files + self.pages + (self.generated if self.generated_fails else []))

    @cached_property
    def generated_counts(self) -> Counts:
        return Counts.of(self.generated)

    @property
    def failing(self) -> bool:
        return self.counts.failures > 0

    @property
    def checked(self) -> list[PageResult]:
        """Files and pages as their authors wrote them, in the order they are listed."""
        return self.files + self.pages

    @property
    def generated_with_findings(self) -> list[PageResult]:
        return [r for r in self.generated if r.findings]

    @property
    def exceptions(self) -> list[PageResult]:
        return [r for r in self.pages if r.override_reason]

    def summary_line(self) -> str:
        what = plural(len(self.pages), "page")
        if self.files:
            what += " and " + ", ".join(r.path for r in self.files)
        counts = Counts.of(self.files + self.pages)
        return f"Checked {what}: {counts}."

    def generated_line(self) -> str | None:
        """A line about the computer's easy read pages, when they have problems; None when they have none."""
        pages = self.generated_with_findings
        if not pages:
            return None
        fails = "They fail the build, as the site asks" if self.generated_fails else "They do not fail the build"
        versions = "version of 1 page has" if len(pages) == 1 else f"versions of {len(pages)} pages have"
        return (f"The computer's easy read {versions} problems: "
                f"{self.generated_counts}. {fails}. Write a hand-written easy read page for each "
                "(coprod easy-read PAGE --draft starts one).")

    def summary(self) -> dict:
        """The counts the summary lines give, for tools (JSON)."""
        counts, generated = Counts.of(self.files + self.pages), self.generated_counts
        return {"pages": len(self.pages), "files": [r.path for r in self.files],
                "errors": counts.errors, "warnings": counts.warnings, "notes": counts.notes,
                "generated_easy_read": {"pages": len(self.generated), "errors": generated.errors,
                                        "warnings": generated.warnings, "notes": generated.notes,
                                        "fail_the_build": self.generated_fails}}


@lru_cache(maxsize=1)
def _templates():
    # Made when a report page is first wanted: `coprod check` never needs Jinja2, and importing it takes a while.
    import jinja2

    templates = jinja2.Environment(
        loader=jinja2.PackageLoader("coprod", "templates"),
        autoescape=True,  # file names, reasons, rule names and messages come from files: always text
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    templates.filters["breakable"] = _breakable
    # Scores rounded away from the aim, so a page that misses it never shows the aim's figure.
    templates.filters["shown_below"] = shown_below
    templates.filters["shown_above"] = shown_above
    return templates


def _breakable(path: str):
    """A path that may wrap after each slash, so long names fit a narrow column; escaped first."""
    import markupsafe

    return markupsafe.escape(path).replace("/", markupsafe.Markup("/<wbr>"))


def report_html(report: Report, link_for: Callable[[PageResult], str | None] | None = None) -> str:
    """The report page's content as HTML, title included.

    `link_for(result)` may give a link to the page on the site (None: no link).
    """
    return _templates().get_template("report.html.j2").render(
        report=report, link_for=link_for or (lambda result: None), level=LEVEL, Severity=Severity)
