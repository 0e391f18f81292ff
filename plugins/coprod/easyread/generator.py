"""A standard page in, an easy read page (Markdown) out.

Steps, in order: keep the title and headings; list the glossary terms on the
page with their easy read meanings ("Words to know"); for each paragraph,
list and table, take the sentences, write abbreviations in full, swap
discouraged and hard words for plainer ones, use digits and "9 out of 10",
cut long sentences at clause breaks, and put one sentence on each line under a
picture. Tables become lists. Links become "Read more" lines.

Each idea is written as an icon line followed by one sentence per line:

    :material-account-group:
    People plan services together.
    Everyone is equal.

The same simple form is what editors write by hand in x.easy.md; the Markdown
extension lays both out as pictures on the left and words on the right.
"""

from __future__ import annotations

import html
import re
import textwrap
from dataclasses import dataclass, field

import yaml

from .. import prose
from ..glossary import Glossary, Term, inside_longer_name
from ..suppress import ALL, read_suppressions
from ..text import split_sentences
from . import simplify
from .icons import icon_for, shortcode

MOST_LINES = 5  # sentences in one idea (standards.md: easy-paragraph)
MOST_WORDS_TO_KNOW = 8  # a longer list overwhelms; the rest still have definitions on tap
_PICTURE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+(?:\s+\"[^\"]*\")?)\)")
_LINK = re.compile(r"(?<!!)\[([^\]]+)\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")


@dataclass
class _Idea:
    lines: list[str] = field(default_factory=list)
    text: str = ""  # the original words, for choosing a picture
    terms: list[Term] = field(default_factory=list)


def _clean(text: str) -> str:
    return " ".join(text.split())


class _Generator:
    def __init__(self, source: str, glossary: Glossary | None):
        self.doc = prose.parse(source)
        self.glossary = glossary
        full_text = " ".join(_clean(self.doc.text(b)) for b in self.doc.blocks)
        self.expansions = simplify.find_expansions(full_text)
        if glossary is not None:
            for abbreviation, term in glossary.by_abbreviation.items():
                self.expansions.setdefault(abbreviation, term.term)
        self.links_seen: set[str] = set()
        # Text an editor switched every rule off for (such as a "before" example of
        # unclear writing) is left out: simplifying it would defeat its purpose.
        suppressions = read_suppressions(self.doc, "", set())
        self.switched_off = suppressions.ranges.get(ALL, [])

    def is_switched_off(self, block: prose.Block) -> bool:
        return self.is_switched_off_at(block.start)

    def is_switched_off_at(self, offset: int) -> bool:
        line = self.doc.position(offset)[0]
        return any(first <= line <= last for first, last in self.switched_off)

    def terms_in(self, text: str) -> list[Term]:
        if self.glossary is None:
            return []
        found: list[Term] = []
        for match, term in self.glossary.term_matcher.finditer(text):
            if term not in found and not inside_longer_name(text, match.start(), match.end(), term):
                found.append(term)
        return found

    def simplify_text(self, text: str) -> str:
        text = simplify.write_out_abbreviations(text, self.expansions)
        if self.glossary is not None:
            text = simplify.replace_phrases(text, self.glossary.avoid_matcher, lambda avoid: avoid.instead)
            text = simplify.replace_phrases(text, self.glossary.misspelling_matcher, lambda term: term.term)
        terms = [] if self.glossary is None else [m.span() for m, _ in self.glossary.term_matcher.finditer(text)]
        text = simplify.plain_words(text, keep=terms)
        return simplify.easy_numbers(text)

    def sentences(self, block: prose.Block) -> list[str]:
        text = self.doc.text(block)
        readable = prose.readable_text(self.doc.source[block.start:block.end])  # keeps `code`
        pieces = [_clean(readable[s.start - block.start:s.end - block.start])
                  for s in split_sentences(text, block.start, self.doc.source[block.start:block.end])]
        if pieces and readable.rstrip().endswith(":") and not pieces[-1].endswith(":"):
            pieces[-1] += ":"  # it leads into a list, so it must not end in a full stop
        lines: list[str] = []
        for piece in pieces:
            lines += [s for s in simplify.split_sentence(self.simplify_text(piece)) if s]
        return lines

    def read_more(self, block: prose.Block) -> list[str]:
        lines = []
        for match in _LINK.finditer(self.doc.source, block.start, block.end):
            label, target = _clean(match.group(1)), match.group(2)
            if target in self.links_seen or target.startswith("#"):
                continue
            self.links_seen.add(target)
            label = self.simplify_text(re.sub(r"[*_`]", "", label))
            lines.append(f"Read more: [{label}]({target}).")
        return lines

    def title(self) -> str:
        title = self.doc.front_matter.get("title")
        if not title:
            heading = next((b for b in self.doc.blocks if b.kind == "heading" and b.level == 1), None)
            title = _clean(self.doc.text(heading)) if heading else "This page"
        return self.simplify_text(str(title))

    def table_lines(self, cells: list[prose.Block]) -> list[list[str]]:
        rows: dict[int, dict[int, str]] = {}
        for cell in cells:
            rows.setdefault(cell.row, {})[cell.column] = _clean(self.doc.text(cell))
        header = rows.pop(0, {})
        result = []
        for _, row in sorted(rows.items()):
            parts = []
            for column, value in sorted(row.items()):
                name = header.get(column)
                parts.append(f"{name}: {value}" if name else value)
            result.append([simplify.finish(self.simplify_text(p)) for p in parts if p])
        return result

    def code_and_pictures(self) -> list[tuple[int, tuple[str, str]]]:
        """Code blocks and pictures that carry meaning, by where they start.

        Code is kept as it is: a command to type cannot be put in other words.
        A picture with a text alternative is kept, its text made plain; one
        without is decorative and left out, as the easy read page has its own.
        """
        found = []
        code = prose.fenced_code(self.doc)
        for start, end in code:
            found.append((start, ("code", textwrap.dedent(self.doc.source[start:end].rstrip("\n")))))
        for match in _PICTURE.finditer(self.doc.source, self.doc.body_start):
            alt = _clean(match.group(1))
            if alt and not any(start <= match.start() < end for start, end in code):
                found.append((match.start(), ("picture", f"![{self.simplify_text(alt)}]({match.group(2)})")))
        return sorted(item for item in found if not self.is_switched_off_at(item[0]))

    def ideas(self) -> list[tuple[str, object]]:
        """The page as ("heading", (level, text)), ("code"/"picture", Markdown) and ("idea", _Idea) items, in order."""
        items: list[tuple[str, object]] = []
        blocks = [b for b in self.doc.blocks if not self.is_switched_off(b)]
        extras = self.code_and_pictures()
        index = 0
        while index < len(blocks) or extras:
            if extras and (index >= len(blocks) or extras[0][0] < blocks[index].start):
                items.append(extras.pop(0)[1])
                continue
            block = blocks[index]
            if block.kind == "heading":
                if block.level > 1:
                    items.append(("heading", (min(block.level, 4), self.simplify_text(_clean(self.doc.text(block))))))
                index += 1
                continue
            if block.kind == "table-cell":
                group = [b for b in blocks[index:] if b.kind == "table-cell" and b.level == block.level]
                index += len(group)
                text = " ".join(_clean(self.doc.text(b)) for b in group)
                lines = [line for row in self.table_lines(group) for line in row]
                items += self._chunk(lines, text)
                continue
            if block.kind == "list-item":
                group = []
                while index < len(blocks) and blocks[index].kind == "list-item" and blocks[index].level == block.level:
                    group.append(blocks[index])
                    index += 1
                lines = [line for b in group for line in self.sentences(b) + self.read_more(b)]
                items += self._chunk(lines, " ".join(_clean(self.doc.text(b)) for b in group))
                continue
            index += 1
            lines = self.sentences(block)
            if block.kind == "title" and lines:
                lines = [f"**{lines[0].rstrip('.')}**", *lines[1:]]
            items += self._chunk(lines + self.read_more(block), _clean(self.doc.text(block)))
        return items

    def _chunk(self, lines: list[str], text: str) -> list[tuple[str, _Idea]]:
        terms = self.terms_in(text)
        return [("idea", _Idea(lines[i:i + MOST_LINES], text, terms))
                for i in range(0, len(lines), MOST_LINES)]


def _words_to_know(terms: list[Term]) -> list[str]:
    if not terms:
        return []
    lines = ['<section class="coprod-words-to-know" aria-labelledby="words-to-know">',
             '<h2 id="words-to-know">Words to know</h2>', "<dl>"]
    for term in terms:
        lines += [f"<dt>{html.escape(term.term[:1].upper() + term.term[1:])}</dt>",
                  f"<dd>{html.escape(term.easy_read)}</dd>"]
    lines += ["</dl>", "</section>", ""]
    return lines


def _words_to_know_markdown(terms: list[Term]) -> list[str]:
    """Words to know in the editor's own form, for a draft an editor will finish by hand."""
    if not terms:
        return []
    lines = ["## Words to know", ""]
    for term in terms:
        name = term.term[:1].upper() + term.term[1:]
        # As editors write it by hand: "**Reciprocity** means ...", one sentence a line.
        sentences = [_clean(term.easy_read[s.start:s.end]) for s in split_sentences(term.easy_read)]
        named = re.match(re.escape(term.term) + r"\b", sentences[0], re.I) if sentences else None
        if named:
            sentences[0] = f"**{sentences[0][:named.end()]}**{sentences[0][named.end():]}"
        else:
            sentences[:1] = [f"**{name}**: {' '.join(sentences[:1])}".rstrip(": ")]
        lines += [shortcode(term.icon or icon_for(term.easy_read, [])), *sentences, ""]
    return lines


def generate_easy_read(source: str, glossary: Glossary | None = None, draft: bool = False) -> str:
    """The easy read Markdown for a standard page's Markdown. The same input gives the same output.

    With `draft`, the result is a starting point for an editor's own x.easy.md:
    it says it has not been checked, and its "Words to know" are plain Markdown.
    """
    generator = _Generator(source, glossary)
    title = generator.title()
    description = generator.doc.front_matter.get("description")
    front_matter = {"title": f"{title} (easy read)"}
    if description:
        front_matter["description"] = " ".join(simplify.split_sentence(generator.simplify_text(str(description))))
    if draft:
        front_matter["easy_read_checked"] = False
    else:
        front_matter["coprod_generated"] = True
    heading = f"{title} (easy read)" if draft else title  # an editor's page names itself, as ours do
    lines = ["---", yaml.safe_dump(front_matter, allow_unicode=True, sort_keys=False).strip(), "---", "",
             f"# {heading}", ""]
    items = generator.ideas()
    uses: dict[str, int] = {}
    first: dict[str, Term] = {}
    for kind, item in items:
        if kind == "idea":
            for term in item.terms:
                uses[term.anchor] = uses.get(term.anchor, 0) + 1
                first.setdefault(term.anchor, term)
    order = list(first)
    most_used = sorted(order, key=lambda anchor: (-uses[anchor], order.index(anchor)))[:MOST_WORDS_TO_KNOW]
    chosen = [first[a] for a in order if a in most_used]
    lines += _words_to_know_markdown(chosen) if draft else _words_to_know(chosen)
    for kind, item in items:
        if kind == "heading":
            level, text = item
            lines += [f"{'#' * level} {text}", ""]
            continue
        if kind in ("code", "picture"):
            lines += [item, ""]
            continue
        if not item.lines:
            continue
        icon = icon_for(item.text, [t.icon for t in item.terms if t.icon])
        lines += [shortcode(icon), *item.lines, ""]
    return "\n".join(lines).rstrip() + "\n"
