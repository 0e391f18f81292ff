"""Every list the easy read generator makes (a lead-in and "- " items), to read by hand.

    PYTHONPATH=plugins python3 bench/easy_read_lists.py [FILES ...]

By default it reads every page of tests/precision/corpus/plainlanguage-gov/, the
five seed articles in ../shared/seeds/ (as pages with their first line as the
title) and our guides. For each list it prints the page, the sentence as the
generator got it and the lines it made. A list is right when the lead-in and
each item read as what the source said. Nothing here is a test: it asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

from coprod.easyread import generate_easy_read, simplify
from coprod.glossary import load_glossary

ROOT = Path(__file__).resolve().parent.parent
SEEDS = next((p for p in (ROOT.parent / "shared" / "seeds", ROOT.parent.parent / "shared" / "seeds") if p.is_dir()),
             ROOT.parent / "shared" / "seeds")


def pages(args: list[str]) -> list[tuple[str, str]]:
    if args:
        files = [Path(a) for a in args]
    else:
        files = sorted((ROOT / "tests" / "precision" / "corpus" / "plainlanguage-gov").rglob("*.md"))
        files += sorted(SEEDS.glob("*.txt"))
        files += [f for f in sorted((ROOT / "content" / "guides").glob("*.md")) if not f.name.endswith(".easy.md")]
    result = []
    for file in files:
        text = file.read_text(encoding="utf-8")
        if file.suffix == ".txt":  # a seed article: its first line is its title
            first, _, rest = text.partition("\n")
            text = f"# {first}\n{rest}"
        result.append((str(file), text))
    return result


def main() -> None:
    glossary = load_glossary(ROOT / "glossary.yml")
    found: list[tuple[str, str, list[str]]] = []
    split_sentence = simplify.split_sentence
    page = [""]

    def watch(sentence: str, aim: int = 10) -> list[str]:
        lines = split_sentence(sentence, aim)
        if any(line.startswith(simplify.ITEM) for line in lines):
            found.append((page[0], simplify.release(sentence), [simplify.release(line) for line in lines]))
        return lines

    simplify.split_sentence = watch  # the generator calls it through the module
    for name, text in pages(sys.argv[1:]):
        page[0] = name
        generate_easy_read(text, glossary)
    for name, sentence, lines in found:
        print(f"## {name}\n  source: {sentence}")
        print("\n".join(f"    {line}" for line in lines))
    print(f"\n{len(found)} lists on {len({name for name, _, _ in found})} pages")


if __name__ == "__main__":
    main()
