"""Percentages without a plain equivalent such as "9 in 10"."""

from __future__ import annotations

import re

from ..findings import Severity
from .base import Rule

PERCENTAGE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b)", re.I)
_PLAIN_EQUIVALENT = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+(?:\d+|ten|every)\b"
    r"|\b(?:half|quarter|quarters|third|thirds|most|nearly all|almost all|majority|minority|few)\b",
    re.I,
)


def plain_fraction(percent: float) -> str:
    """A plain way to say a percentage: 90 -> "9 in 10", 50 -> "half"."""
    exact = {0: "none", 100: "all", 50: "half", 25: "1 in 4", 75: "3 in 4", 20: "1 in 5"}
    rounded = round(percent)
    if rounded in exact and abs(percent - rounded) < 0.01:
        return exact[rounded]
    if rounded in (33, 34):
        return "about 1 in 3"
    if rounded in (66, 67):
        return "about 2 in 3"
    tenths = round(percent / 10)
    if percent % 10 == 0:
        return f"{tenths} in 10"
    if tenths == 0:
        return "fewer than 1 in 10"
    if tenths == 10:
        return "nearly all"
    return f"about {tenths} in 10"


class Numbers(Rule):
    id = "numbers"
    default_severity = Severity.INFO
    summary = "Percentages are easier to picture with a plain equivalent, such as 9 in 10."
    options = {}

    def check(self, page, settings):
        masked = page.doc.masked
        for sentence in page.sentences:
            text = masked[sentence.start : sentence.end]
            if _PLAIN_EQUIVALENT.search(text):
                continue
            for match in PERCENTAGE.finditer(text):
                value = float(match.group(1))
                if value > 100:
                    continue  # a size or a rise ("zoom to 200%"), not a share of people
                start = sentence.start + match.start()
                yield page.finding(
                    self.id, self.severity(settings), start,
                    sentence.start + match.end(),
                    f"Give a plain equivalent for {match.group(0).strip()}.",
                    f'Add "{plain_fraction(value)}" next to it, for example '
                    f'"{match.group(0).strip()} ({plain_fraction(value)})".',
                )
