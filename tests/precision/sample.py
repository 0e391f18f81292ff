"""Sample findings for the precision set, with a fixed seed, across every rule that fires.

Judged findings in labels.yml are kept as they are. For each rule, findings are
shuffled with the seed and taken in that order until the rule has PER_RULE in
the set among the findings the code still makes; new ones come in with `right: null` for a person to judge.
"""

from __future__ import annotations

import random
from collections import defaultdict
from pathlib import Path

import yaml

from findings import all_pages, check, key, language_findings, source_line

LABELS = Path(__file__).with_name("labels.yml")
SEED = 2026
PER_RULE = 20


def main() -> None:
    entries = yaml.safe_load(LABELS.read_text(encoding="utf-8")) if LABELS.exists() else []
    entries = entries or []
    known = {key(e) for e in entries}
    by_rule: dict[str, list[dict]] = defaultdict(list)
    for finding in language_findings(check(all_pages())):
        by_rule[finding["rule"]].append(finding)
    made = {key(f) for found in by_rule.values() for f in found}
    counts = defaultdict(int)  # judged findings the code still makes; the others stay as a record
    for entry in entries:
        counts[entry["rule"]] += key(entry) in made
    for rule in sorted(by_rule):
        found = sorted(by_rule[rule], key=key)
        random.Random(f"{SEED}-{rule}").shuffle(found)
        for finding in found:
            if counts[rule] >= PER_RULE:
                break
            if key(finding) in known:
                continue
            known.add(key(finding))
            counts[rule] += 1
            entries.append({
                "path": finding["path"], "line": finding["line"], "rule": rule,
                "severity": finding["severity"], "excerpt": finding.get("excerpt") or "",
                "message": finding["message"], "suggestion": finding.get("suggestion") or "",
                "context": source_line(finding["path"], finding["line"]),
                "right": None, "why": "",
            })
    entries.sort(key=lambda e: (e["rule"], e["path"], e["line"]))
    LABELS.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8")
    print(f"{len(entries)} findings in the set; by rule: {dict(sorted(counts.items()))}")


if __name__ == "__main__":
    main()
