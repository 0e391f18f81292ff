"""How long `coprod check` takes on one long line of odd input.

Each input is one line of about SIZE characters made by repeating a short
piece; a check that is linear in its input takes about the same time per
kilobyte whatever the piece. Run: PYTHONPATH=plugins python3 bench/hostile_input.py [SIZE]

Measured here (2 shared cores), 100 kB lines: slowest 0.56 s ("1. "), then
"U.K." 0.46 s, "*a" 0.32 s; "[" 0.11 s. Before the link, image and define
patterns stopped at the next bracket, 10 kB of "[" took 2.0 s and 100 kB
about 160 s (quadratic).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from coprod.checker import check_text  # noqa: E402
from coprod.glossary import load_glossary  # noqa: E402
from coprod.settings import parse_rule_settings  # noqa: E402

PIECES = {
    "[": "[",
    "a - ": "a - ",
    "](": "](",
    "![": "![",
    "`": "`",
    "``a": "``a",
    "*a": "*a",
    "_a_": "_a_ ",
    "<a ": "<a ",
    "{: ": "{: ",
    "&#": "&#",
    "\\": "\\",
    "[define:": "[define: ",
    "words": "We meet on Monday and talk. ",
    "no full stop": "we meet on monday and talk ",
    "1. ": "1. ",
    "http://": "http://a ",
    "a@b.": "a@b.",
    "co-production": "co-production ",
    "U.K.": "U.K. ",
    "|": "| ",
}


def main(size: int = 100_000) -> None:
    glossary = load_glossary(ROOT / "glossary.yml")
    settings = parse_rule_settings({})
    check_text("warm.md", "# Warm\n\nWe meet.\n", settings, glossary)
    print(f"{'piece':>16}  {'size':>7}  {'seconds':>8}")
    worst = 0.0
    for name, piece in PIECES.items():
        line = (piece * (size // len(piece) + 1))[:size]
        start = time.perf_counter()
        check_text("long.md", f"# Long\n\n{line}\n", settings, glossary)
        seconds = time.perf_counter() - start
        worst = max(worst, seconds)
        print(f"{name!r:>16}  {size:>7}  {seconds:8.3f}", flush=True)
    print(f"slowest: {worst:.3f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
