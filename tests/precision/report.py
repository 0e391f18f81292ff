"""Precision per rule from the judged set: on every judged finding (before), and on those the code still makes (now).

Run: python3 tests/precision/report.py
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml

from findings import ROOT, check, key, language_findings

LABELS = yaml.safe_load(Path(__file__).with_name("labels.yml").read_text(encoding="utf-8"))


def main() -> None:
    files = sorted({ROOT / e["path"] for e in LABELS})
    now = {key(f): f for f in language_findings(check(files))}
    rows = {}
    for entry in LABELS:
        row = rows.setdefault(entry["rule"], Counter())
        row["judged"] += 1
        row["judged right"] += entry["right"]
        if key(entry) in now:
            row["made"] += 1
            row["made right"] += entry["right"]
            row[now[key(entry)]["severity"]] += 1
    print(f"{'rule':24} {'judged':>12} {'still made':>12}  severity now")
    for rule, row in sorted(rows.items()):
        made = f"{row['made right']}/{row['made']}" if row["made"] else "-"
        severities = ", ".join(s for s in ("error", "warning", "info") if row[s])
        print(f"{rule:24} {row['judged right']:>5}/{row['judged']:<6} {made:>12}  {severities}")
    total = sum(r["made"] for r in rows.values())
    right = sum(r["made right"] for r in rows.values())
    print(f"still made: {right}/{total} right")


if __name__ == "__main__":
    main()
