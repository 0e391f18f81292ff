"""Make the sample for the review by hand in bench/easy_read_review.md.

Usage: PYTHONPATH=plugins python3 bench/easy_read_review_sample.py IN_DIR OUT_DIR
IN_DIR holds the standard pages (NAME.md), OUT_DIR the output of
`coprod easy-read NAME.md --generated` under the same NAME.md.
Prints every output sentence with a number; every 2nd one (odd numbers,
per text) is in the sample. Also prints the share of sentences over 15 words
before (standard page) and after (easy read page), over the whole texts.
"""
import re
import sys
from pathlib import Path

from coprod.prose import parse
from coprod.text import split_sentences, words_in

COMMENT = re.compile(r"\s*<!-- coprod-needs-editor:[^>]*-->")


def body_lines(text: str, easy: bool) -> list[str]:
    lines, skip = [], False
    if text.startswith("---\n"):
        text = text[text.index("\n---\n", 3) + 5:]  # front matter
    for line in text.split("\n"):
        if line.startswith("#"):
            skip = line.strip() == "## Words to know"
            continue
        if skip or not line.strip() or line.startswith(":"):
            continue
        lines.append(line.strip())
    return lines


def sentences(lines: list[str]) -> list[tuple[str, int, bool]]:
    out = []
    for line in lines:
        editor = "coprod-needs-editor" in line
        plain = COMMENT.sub("", line)
        for s in split_sentences(plain):
            piece = plain[s.start:s.end]
            out.append((piece, len(words_in(piece)), editor))
    return out


def main(in_dir: str, out_dir: str) -> None:
    for source in sorted(Path(in_dir).glob("*.md")):
        text = source.read_text()
        # The standard page's prose blocks as the project reads them (no headings).
        doc = parse(text)
        before = []
        for block in doc.blocks:
            if block.kind in ("heading", "title"):
                continue
            for s in split_sentences(doc.masked[block.start:block.end], block.start):
                before.append((text[s.start:s.end], s.word_count, False))
        after = sentences(body_lines((Path(out_dir) / source.name).read_text(), True))
        over_b = sum(n > 15 for _, n, _ in before)
        over_a = sum(n > 15 for _, n, _ in after)
        print(f"== {source.name}: before {over_b}/{len(before)} over 15; after {over_a}/{len(after)} over 15")
        for i, (piece, n, editor) in enumerate(after, 1):
            mark = "S" if i % 2 else " "
            print(f"{mark} {i:3} [{n:2}{' E' if editor else ''}] {piece}")


if __name__ == "__main__":
    main(*sys.argv[1:])
