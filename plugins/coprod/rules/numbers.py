"""Shares of a group given only as a percentage, without a plain equivalent such as "9 in 10".

Only a share of a group gets the note ("72% of respondents": about 7 in 10).
Changes and rates ("rose by 30%", "a 30% pay rise") are left alone: a plain
fraction would not say the same thing. language/numbers.py decides which is which.
"""

from __future__ import annotations

from ..findings import Severity
from ..language.numbers import PERCENTAGE, has_plain_equivalent, is_share, plain_fraction
from .base import Rule

__all__ = ["Numbers", "PERCENTAGE", "plain_fraction"]  # PERCENTAGE and plain_fraction: for older imports


class Numbers(Rule):
    id = "numbers"
    default_severity = Severity.INFO
    summary = "A share of a group given as a percentage is easier to picture with a plain equivalent, such as 9 in 10."
    options = {}

    def check(self, page, settings):
        masked = page.doc.masked
        for sentence in page.sentences:
            for match in PERCENTAGE.finditer(masked, sentence.start, sentence.end):
                if not is_share(masked, match) or has_plain_equivalent(masked, match):
                    continue
                value = float(match.group(1))
                written = match.group(0).strip()
                yield page.finding(
                    self.id, self.severity(settings), match.start(), match.end(),
                    f"Give a plain equivalent for {written}.",
                    f'Add "{plain_fraction(value)}" next to it, for example "{written} ({plain_fraction(value)})".',
                )
