"""Precision on real text: of the findings a rule still makes in the hand-judged set, enough are right.

The set (tests/precision/labels.yml) was sampled with a fixed seed from pages
nobody on this project wrote (plainlanguage.gov) and from our own content. A
finding that can fail a build must be right at least 9 times in 10; a note at
least 3 times in 4. Findings the code no longer makes drop out of the count.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).parent / "precision"))

from findings import GUIDELINES, ROOT, check, key, language_findings  # noqa: E402

LABELS = yaml.safe_load((Path(__file__).parent / "precision" / "labels.yml").read_text(encoding="utf-8"))
NEEDED = {"fails a build": 0.9, "note": 0.75}
SMALLEST_SET = 150


@pytest.fixture(scope="module")
def current_findings():
    files = sorted({ROOT / entry["path"] for entry in LABELS})
    return {key(f): f for f in language_findings(check(files))}


def test_every_finding_in_the_set_is_judged_with_a_reason():
    unjudged = [key(e) for e in LABELS if e["right"] not in (True, False) or not e["why"].strip()]
    assert unjudged == []


def test_the_set_still_holds_enough_findings_the_code_makes(current_findings):
    made = [e for e in LABELS if key(e) in current_findings]
    assert len(made) >= SMALLEST_SET


def test_each_rule_is_right_often_enough_at_each_severity(current_findings):
    """A rule's findings that fail a build (errors and warnings together), and its notes, each pass their bar."""
    right, made = Counter(), Counter()
    for entry in LABELS:
        finding = current_findings.get(key(entry))
        if finding is None:
            continue
        bucket = (entry["rule"], "note" if finding["severity"] == "info" else "fails a build")
        made[bucket] += 1
        right[bucket] += entry["right"] is True
    too_low = {f"{rule} ({kind})": f"{right[rule, kind]}/{made[rule, kind]} right"
               for rule, kind in made if right[rule, kind] / made[rule, kind] < NEEDED[kind]}
    assert too_low == {}


def test_most_plainlanguage_gov_guideline_pages_have_no_error():
    """36 of the 50 guideline pages pass (72%; 23 before this round). Issue 11 aimed at 80%.

    Every error left is a finding an expert editor accepts: sentences of 36 to 64
    words in the experts' own text (read one by one: 21 on 13 pages, all real),
    and two pages with a reading ease under 50. Passing them would mean raising
    the 35-word limit from our standards, which we do not do.
    """
    pages = sorted(GUIDELINES.rglob("*.md"))
    results = check(pages)
    with_errors = [r for r in results if any(f.severity.value == "error" for f in r.findings)]
    assert len(pages) == 50
    assert len(pages) - len(with_errors) >= 36
    assert {f.rule for r in with_errors for f in r.findings if f.severity.value == "error"} \
        <= {"sentence-length", "reading-ease"}
