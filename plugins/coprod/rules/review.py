"""Pages past their review date (front matter `review_due`)."""

from __future__ import annotations

import datetime

from ..findings import Severity
from .base import Rule
from ..kinds import PageKind


def _as_date(value) -> datetime.date | None:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        return None


class ReviewDue(Rule):
    id = "review-due"
    default_severity = Severity.WARNING
    summary = "A page is past the review date in its front matter."
    page_kinds = frozenset({PageKind.STANDARD, PageKind.EASY})
    options = {}

    def check(self, page, settings):
        value = page.doc.front_matter.get("review_due")
        if value is None:
            return
        offset = page.doc.front_matter_offset("review_due") or 0
        due = _as_date(value)
        severity = self.severity(settings)
        if due is None:
            yield page.finding(self.id, severity, offset, offset, f'"review_due: {value}" is not a date.',
                               "Write the date as year-month-day, like 2027-11-23.")
        elif due < datetime.date.today():
            yield page.finding(
                self.id, severity, offset, offset,
                f"This page was due for review on {due.day} {due:%B %Y}.",
                "Check that it is still right, then update last_reviewed and review_due.")
