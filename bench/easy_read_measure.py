"""How well the easy read generator does, measured on real texts.

    python3 bench/easy_read_measure.py [FILES ...]

By default it reads our own guides (content/guides/*.md) and, as longer plain
English texts, the five source articles in ../shared/seeds/ if they are there.
For each text it prints, before and after:

- the Flesch-Kincaid grade (the aim for easy read is 6 or below);
- the share of sentences over 15 words;
- how many of the text's numbers and names are still in the easy read version
  (the aim is 90% or more). A percentage counts as kept when its plain form,
  such as "9 out of 10", is there;
- the words kept: words in the easy read sentences (without Words to know)
  over words in the standard page (our hand-written pages keep about 85%);
- how many sentences the generator kept for an editor (coprod-needs-editor);
- the grade after, as if each glossary term were a word of one syllable. The
  generator keeps glossary terms (such as "co-production", 4 syllables), as
  they are explained in "Words to know"; this column shows how much of the
  grade is those words alone.

Nothing here is a test: it asserts nothing.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from coprod.easyread import generate_easy_read
from coprod.glossary import load_glossary
from coprod.page import PageContext
from coprod.prose import parse
from coprod.rules.numbers import PERCENTAGE, plain_fraction
from coprod.settings import parse_rule_settings
from coprod.text import WORD, grade_level, syllables

ROOT = Path(__file__).resolve().parent.parent
SEEDS = next((p for p in (ROOT.parent / "shared" / "seeds", ROOT.parent.parent / "shared" / "seeds") if p.is_dir()),
             ROOT.parent / "shared" / "seeds")
NUMBER = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?%?")
NAME = re.compile(r"(?<=[a-z,;:] )(?:[A-Z][a-z]+(?:\s+(?:of|for|and|the)\s+|\s+)?)+[A-Z][a-z]+|(?<=[a-z,;:] )[A-Z][a-z]{2,}")


def sentences_over(text: str, kind: str, limit: int = 15) -> tuple[float, float | None]:
    over, total, grade = count_over(text, kind, limit)
    return over / max(1, total), grade


def count_over(text: str, kind: str, limit: int = 15) -> tuple[int, int, float | None]:
    """Sentences over `limit` words, all sentences, and the grade."""
    page = PageContext("x.md", parse(text), parse_rule_settings({}), kind=kind)
    sentences = page.sentences
    return sum(1 for s in sentences if s.word_count > limit), len(sentences), page.grade_level if page.word_count else None


def grade_terms_aside(text: str, glossary) -> float:
    """The grade if every word of a glossary term had one syllable."""
    page = PageContext("x.md", parse(text), parse_rule_settings({}), kind="easy")
    extra = 0
    for block in page.doc.blocks:
        for match, _ in glossary.term_matcher.finditer(page.doc.masked, block.start, block.end):
            extra += sum(syllables(w) - 1 for w in WORD.findall(match.group(0)))
    return grade_level(page.word_count, len(page.sentences), page.syllable_count - extra)


def kept(source: str, easy: str) -> tuple[int, int]:
    doc = parse(source)
    prose = " ".join(doc.text(b) for b in doc.blocks)
    items = set(NUMBER.findall(prose)) | {" ".join(n.split()) for n in NAME.findall(prose)}
    found = 0
    flat = " ".join(easy.split())
    for item in items:
        percent = PERCENTAGE.fullmatch(item)
        if percent and float(percent.group(1)) <= 100:
            plain = plain_fraction(float(percent.group(1))).replace(" in ", " out of ")
            found += plain in flat or item in flat
        else:
            found += item in flat
    return found, len(items)


def without_words_to_know(easy: str) -> str:
    blocks = easy.split("\n\n")
    return "\n\n".join(b for b in blocks if not b.startswith("## Words to know") and not re.match(r":[\w-]+:\n\*\*", b))


def words(text: str, kind: str) -> int:
    return PageContext("x.md", parse(text), parse_rule_settings({}), kind=kind).word_count


def as_markdown(file: Path) -> str:
    text = file.read_text(encoding="utf-8")
    if file.suffix == ".md":
        return text
    # A seed is plain text: its first line is the title, and each line a paragraph.
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return f"# {lines[0]}\n\n" + "\n\n".join(lines[1:]) + "\n"


def main(argv: list[str]) -> None:
    files = [Path(a) for a in argv] or sorted((ROOT / "content" / "guides").glob("*.md"))
    files = [f for f in files if not f.name.endswith(".easy.md")]
    if not argv and SEEDS.is_dir():
        files += sorted(SEEDS.glob("*.txt"))
    glossary = load_glossary(ROOT / "glossary.yml")
    print(f"{'text':44} {'grade':>13} {'over 15 words':>15} {'numbers and names kept':>24} {'terms aside':>12} "
          f"{'words kept':>11} {'for editor':>11}")
    totals = [0, 0]
    word_totals = [0, 0]
    editor_total = [0, 0]
    grades_after = []
    groups: dict[str, list[int]] = {}  # guides or seeds: over 15 before, sentences before, over 15 after, after, for editor
    for file in files:
        source = as_markdown(file)
        easy = generate_easy_read(source, glossary)
        share_before, grade_before = sentences_over(source, "standard")
        share_after, grade_after = sentences_over(easy, "easy")
        found, total = kept(source, easy)
        words_before, words_after = words(source, "standard"), words(without_words_to_know(easy), "easy")
        word_totals[0] += words_before
        word_totals[1] += words_after
        for_editor = easy.count("coprod-needs-editor")
        group = groups.setdefault("seed articles" if file.suffix == ".txt" else "guides", [0, 0, 0, 0, 0])
        for index, value in enumerate((*count_over(source, "standard")[:2], *count_over(easy, "easy")[:2],
                                       for_editor)):
            group[index] += value
        editor_total[0] += for_editor
        editor_total[1] += len(PageContext("x.md", parse(easy), parse_rule_settings({}), kind="easy").sentences)
        totals[0] += found
        totals[1] += total
        grades_after.append(grade_after or 0)
        name = file.name if len(file.name) <= 44 else file.name[:41] + "..."
        print(f"{name:44} {grade_before:5.1f} -> {grade_after:4.1f} {share_before:6.0%} -> {share_after:4.0%} "
              f"{found:>10}/{total:<4} ({found / max(1, total):.0%}) {grade_terms_aside(easy, glossary):9.1f} "
              f"{words_after / max(1, words_before):>11.0%} {for_editor:>11}")
    print(f"\nall texts: numbers and names kept {totals[0]}/{totals[1]} ({totals[0] / max(1, totals[1]):.0%}); "
          f"highest grade after: {max(grades_after):.1f}; average grade after: "
          f"{sum(grades_after) / len(grades_after):.1f}; words kept {word_totals[1] / max(1, word_totals[0]):.0%}; "
          f"sentences kept for an editor {editor_total[0]}/{editor_total[1]}")
    for name, (over_before, before, over_after, after, for_editor) in groups.items():
        print(f"{name}: over 15 words {over_before}/{before} ({over_before / max(1, before):.0%}) in the standard "
              f"page -> {over_after}/{after} ({over_after / max(1, after):.0%}) in the easy read; "
              f"kept for an editor {for_editor}")


if __name__ == "__main__":
    main(sys.argv[1:])
