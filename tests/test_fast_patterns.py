"""Patterns rewritten for speed find exactly what the plain way of writing them finds."""

from __future__ import annotations

import random
import re
from pathlib import Path

from coprod.rules import easy

ROOT = Path(__file__).resolve().parent.parent

# As they were first written: a check on the character before, then the pattern.
PLAIN_ITALIC = re.compile(r"(?<![*\w\\])\*(?![*\s])([^*\n]+?)(?<![\s*])\*(?![*\w])"
                          r"|(?<![_\w\\])_(?![_\s])([^_\n]+?)(?<![\s_])_(?![_\w])")
PLAIN_SHOUTING = re.compile(r"(?<![\w-])[A-Z]{3,}(?:\s+[A-Z]{2,})+(?![\w-])"
                            r"|(?<![\w-])(?:NOT|NEVER|MUST|ALWAYS|IMPORTANT|STOP|DO NOT)(?![\w-])")


def _texts() -> list[str]:
    pages = [file.read_text(encoding="utf-8") for folder in ("content", "tests/precision/corpus")
             for file in sorted((ROOT / folder).rglob("*.md"))]
    made_up = ["NOT", "xNOT", "-NOT", "NOTE", "DO NOT", "ABC DE", "xABC DE", "A*b* *c*", "_a_ b_c_d_", "\\*x*",
               "**b** *i*", "ÉNOT", "NEVERMORE NEVER", "ABC\nDE", "*a\nb*", "MUSTARD MUST", "WEAR YOUR SEAT BELTS"]
    rng = random.Random(2026)
    alphabet = "ANOTDSMIELVRWUP *_-\\x\n.é"
    made_up += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(5000)]
    return pages + made_up


def test_italics_and_capitals_are_found_where_the_plain_patterns_find_them():
    found = 0
    for text in _texts():
        for plain, fast in ((PLAIN_ITALIC, easy.ITALIC), (PLAIN_SHOUTING, easy._SHOUTING)):
            for start, end in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):  # as block_matches asks
                expected = [(m.span(), m.groups()) for m in plain.finditer(text, start, end)]
                assert [(m.span(), m.groups()) for m in fast.finditer(text, start, end)] == expected, text
                found += len(expected)
    assert found > 100  # the texts have italics and capitals in them
