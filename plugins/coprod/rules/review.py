"""Pages past their review date (front matter `review_due`)."""

from __future__ import annotations

import datetime
import os

from ..errors import ConfigError
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


TODAY_VARIABLE = "COPROD_TODAY"


def today() -> datetime.date:
    """The date pages are judged against: COPROD_TODAY (year-month-day) if set, so CI can
    rebuild an old commit as it was; else SOURCE_DATE_EPOCH's date; else today."""
    value = os.environ.get(TODAY_VARIABLE, "").strip()
    if value:
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise ConfigError(f"{TODAY_VARIABLE}={value!r} is not a date. Write it as year-month-day, "
                              "like 2027-11-23, or unset it.") from None
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc).date()
        except (ValueError, OverflowError, OSError):
            raise ConfigError(f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds since 1970. "
                              "Set it to one, or unset it.") from None
    return datetime.date.today()


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
        elif due < today():
            yield page.finding(
                self.id, severity, offset, offset,
                f"This page was due for review on {due.day} {due:%B %Y}.",
                "Check that it is still right, then update last_reviewed and review_due.")
