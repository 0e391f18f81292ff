"""Markdown page in, findings and scores out. The one entry point for checks."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import prose
from .errors import ConfigError
from .findings import Finding, Severity, sort_key
from .kinds import PageKind, kind_of
from .page import PageContext
from .rules import ALL_RULES, FILE_RULES
from .settings import Settings, for_page
from .suppress import read_suppressions


@dataclass
class PageResult:
    path: str
    kind: PageKind
    findings: list[Finding] = field(default_factory=list)
    words: int = 0
    sentences: int = 0
    reading_ease: float | None = None  # the scores the rules judge: known and explained words count as short
    grade_level: float | None = None
    flesch_reading_ease: float | None = None  # the standard formulas, every syllable counted
    flesch_kincaid_grade: float | None = None
    longest_sentence: int = 0
    override_reason: str | None = None
    overridden: tuple[str, ...] = ()
    generated: bool = False
    made_from: str | None = None  # a computer-made easy read page: the standard page it was made from

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    @property
    def scores(self) -> dict:
        return {
            "reading_ease": None if self.reading_ease is None else round(self.reading_ease, 1),
            "grade_level": None if self.grade_level is None else round(self.grade_level, 1),
            "flesch_reading_ease": None if self.flesch_reading_ease is None else round(self.flesch_reading_ease, 1),
            "flesch_kincaid_grade": None if self.flesch_kincaid_grade is None else round(self.flesch_kincaid_grade, 1),
            "average_sentence_length": round(self.words / self.sentences, 1) if self.sentences else 0,
            "longest_sentence": self.longest_sentence,
        }

    def as_dict(self) -> dict:
        return {
            "path": self.path,
            "kind": self.kind,
            "generated": self.generated,
            "made_from": self.made_from,
            "words": self.words,
            "sentences": self.sentences,
            "scores": self.scores,
            "errors": self.count(Severity.ERROR),
            "warnings": self.count(Severity.WARNING),
            "notes": self.count(Severity.INFO),
            "override_reason": self.override_reason,
            "overridden_rules": list(self.overridden),
        }


def page_kind(path: str) -> PageKind:
    return kind_of(path)


def read_page(path: str, source: str, settings: Settings, glossary=None, kind: PageKind | None = None,
              generated: bool = False) -> PageContext:
    """Read one page's Markdown once: the PageContext that the checks and the easy read generator share.

    The page's own settings (front matter `coprod:`) are applied here; problems
    with the front matter or those settings are kept in `page.read_findings`.
    """
    kind = PageKind(kind) if kind else page_kind(path)
    doc = prose.parse(source)
    read_findings: list[Finding] = []
    if doc.front_matter_error:
        line, message = doc.front_matter_error
        read_findings.append(Finding(path, line, 1, "front-matter", Severity.ERROR, message,
                                     "Fix the front matter, or remove it if the page does not need it."))
    if doc.front_matter_unclosed:
        read_findings.append(Finding(path, 1, 1, "front-matter", Severity.WARNING,
                                "The front matter starts here but is never closed, so it is shown as text "
                                "and its settings are not used.", 'Add a line with only "---" after it.'))
    try:
        settings = for_page(settings, doc.front_matter)
    except ConfigError as error:
        offset = doc.front_matter_offset("coprod")
        line = doc.position(offset)[0] if offset is not None else 1
        read_findings.append(Finding(path, line, 1, "rule-settings", Severity.ERROR,
                                     error.message[:1].upper() + error.message[1:],
                                     "Until this is fixed, the site's usual rules apply to this page."))
    page = PageContext(path, doc, settings, kind=kind, glossary=glossary, generated=generated)
    page.read_findings = read_findings
    return page


def check_page(page: PageContext) -> PageResult:
    """Every rule's findings and the scores for a page read by `read_page`."""
    settings, doc, path = page.settings, page.doc, page.path
    result = PageResult(path, page.kind, generated=page.generated)
    result.override_reason = settings.override_reason
    result.overridden = settings.overridden
    findings: list[Finding] = list(page.read_findings)
    for rule in ALL_RULES.values():
        rule_settings = settings.rule(rule.id)
        if page.kind not in rule.page_kinds or rule_settings.severity is Severity.OFF:
            continue
        findings.extend(rule.check(page, rule_settings))

    suppressions = read_suppressions(doc, path, set(ALL_RULES) | set(FILE_RULES))
    findings = [f for f in findings if f.rule in FILE_RULES or not suppressions.hides(f)]
    findings.extend(suppressions.findings)
    findings.sort(key=sort_key)

    result.findings = findings
    result.words = page.word_count
    result.sentences = len(page.sentences)
    if page.word_count:
        result.reading_ease = page.reading_ease
        result.grade_level = page.grade_level
        result.flesch_reading_ease = page.flesch_reading_ease
        result.flesch_kincaid_grade = page.flesch_kincaid_grade
        result.longest_sentence = max(s.word_count for s in page.sentences)
    return result


def check_text(path: str, source: str, settings: Settings, glossary=None, kind: PageKind | None = None,
               generated: bool = False) -> PageResult:
    """Check one page's Markdown. `path` is only used to label findings."""
    return check_page(read_page(path, source, settings, glossary, kind, generated))


def decode(data: bytes, path: str) -> tuple[str | None, Finding | None]:
    """The file's text, or a finding saying it is not UTF-8."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        return None, Finding(
            path, line, column, "file-encoding", Severity.ERROR,
            f"This file is not saved as UTF-8 text (byte 0x{data[error.start]:02X} on this line).",
            "Open it in your text editor and save it with the UTF-8 encoding.",
        )


def read_source(file: Path, path: str) -> tuple[str | None, Finding | None]:
    """A page's text, or a finding saying it cannot be read or is not UTF-8 (the other pages go on)."""
    try:
        data = file.read_bytes()
    except OSError as error:
        return None, Finding(path, 1, 1, "file-read", Severity.ERROR,
                             f"This file cannot be read ({error.strerror or error}).",
                             "Check that it is a file and that you have permission to read it.")
    return decode(data, path)


def check_file(file: Path, path: str, settings: Settings, glossary=None) -> PageResult:
    source, problem = read_source(file, path)
    if problem:
        return PageResult(path, page_kind(path), [problem])
    return check_text(path, source, settings, glossary)
