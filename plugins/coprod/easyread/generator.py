"""A standard page in, an easy read page (Markdown) out.

Steps, in order: keep the title and headings; list the glossary terms on the
page with their easy read meanings ("Words to know"); for each paragraph,
list and table, take the sentences, write abbreviations in full, swap
discouraged and hard words for plainer ones, use digits and "9 out of 10",
cut long sentences at clause breaks, and put one sentence on each line under a
picture. Tables become lists. Links become "Read more" lines.

Meaning comes first. Code, links, quotations, brackets and `[define: term]`
are held as they are (see simplify.hold). A glossary's advice on a phrase to
avoid is for editors and is never pasted in. Where no safe change exists the
sentence is kept as written, with an HTML comment that the
easy-read-needs-editor rule reports:

    A long sentence kept as it is. <!-- coprod-needs-editor: long -->

Each idea is written as an icon line followed by one sentence per line:

    :material-account-group:
    People plan services together.
    Everyone is equal.

A long sentence that lists 3 or more things becomes its lead-in and one item
a line, each marked "- " (the Markdown extension makes them a list):

    :material-account-group:
    It is for anyone who:
    - draws on care and support
    - cares for someone

The same simple form is what editors write by hand in x.easy.md; the Markdown
extension lays both out as pictures on the left and words on the right.
"""

from __future__ import annotations

import html
import math
import re
import textwrap
from dataclasses import dataclass, field

import yaml

from .. import prose
from ..glossary import Glossary, Term, inside_longer_name
from ..language.lexicon import Nouns
from ..rules.easy import ITALIC  # the easy read rules' own idea of italics
from ..suppress import ALL, read_suppressions
from ..text import WORD, split_sentences, syllables
from . import simplify
from .icons import NO_PICTURE, Pictures, shortcode

MOST_LINES = 5  # sentences in one idea (standards.md: easy-paragraph)
MOST_WORDS = simplify.MOST_WORDS  # words in an easy read sentence
MOST_LINES_IN_A_LIST = 12  # a list of several-sentence items longer than this is split between items
MOST_WORDS_TO_KNOW = 8  # a longer list overwhelms; the rest still have definitions on tap
NEW_WORD_PICTURE = "material/lightbulb-on-outline"
NEEDS_EDITOR = "coprod-needs-editor"  # the comment the easy-read-needs-editor rule reads
# Marks (at a line's end, until output) a line kept as written from text the page switched every rule off
# for: on the easy read page it sits between coprod-disable and coprod-enable comments too.
_SWITCHED_OFF = "\x00"
_DISABLE, _ENABLE = "<!-- coprod-disable -->", "<!-- coprod-enable -->"
MOST_WORDS_IN_LABEL = 3  # "Before:", "A bad example:": a label joins the switched-off example it names
# Bounded repeats keep every pattern linear: a page of 100,000 "[" must not take minutes.
_PICTURE = re.compile(r"!\[([^\[\]\n]{0,500})\]\(([^()\s]{1,2000}(?:\s+\"[^\"\n]{0,500}\")?)\)")
_LINK = re.compile(r"(?<!!)\[([^\[\]\n]{1,500})\]\(([^()\s]{1,2000})(?:\s+\"[^\"\n]{0,500}\")?\)")
_EMBED = re.compile(r"\[define:[^\[\]\n]{0,200}\]", re.I)
_INLINE_CODE = re.compile(r"(`+)(?!`)[^\n]*?[^`\n]\1(?!`)")
_DEFINE_LINE = re.compile(r"^[ \t]{0,3}(\[define:[^\[\]\n]{0,200}\])[ \t]*$", re.M | re.I)
_QUOTED = re.compile(r"\"[^\"\n]{1,600}\"|“[^“”\n]{1,600}”")
_HAS_WORD = re.compile(r"\w")
_EDITOR_NOTE = re.compile(r"\s*<!-- coprod-needs-editor: \w+ -->$")
_EMPHASIS_MARK = re.compile(r"[*_`\[\]]")
_BOLD = re.compile(r"(\*\*|__)(?![\s*_])([^*_`\[\]\n]{1,80}?)(?<![\s*_])\1")
# How a held span comes back: a link's or a bracket's words with digits ("the 4 principles"); emphasis in bold.
_AS_WRITTEN = {"link": simplify.easy_numbers, "bracket": simplify.easy_numbers,
               "emphasis": lambda words: f"**{' '.join(words.split())}**"}
_LINK_TARGET = re.compile(r"\]\([^()\s]{1,2000}\)")
_FOOTNOTE_MARK = re.compile(r"\(\[\d{1,3}\]\(#[^()\s]{0,200}\)\)|\[\^\w{1,20}\](?!:)")
# Round brackets, and square ones (a writer's note: "[List the date, time, and place ...]"; a link's
# words are held as a link already).
_BRACKETED = re.compile(r"\([^()\n]{1,600}\)|\[(?!define:)[^\[\]\n]{1,600}\](?!\()")
# What a reader does not see as words in a line: code, a link's address, a comment.
# The marker before a list item's words on its line: "- ", "* ", "2. " (in a quote too).
_LIST_MARKER = re.compile(r"[ \t>]*(?:[-*+]|(\d{1,9})[.)])[ \t]+")
_MARKUP = re.compile(r"`[^`\n]{0,2000}`|\]\([^()\s]{0,2000}\)|<!--[^>]{0,200}-->")
_ICON_NAME = re.compile(r"[a-z0-9]+/[a-z0-9-]+")
# Words a page shows as examples are kept exactly as written: a page listing jargon must not quote
# a phrase nobody used ("terminate with extreme prejudice" is not "end with extreme prejudice").
# A table is a table of examples when a column's header is one of these.
_SHOWN_COLUMN = re.compile(r"jargon|plain(?: words?| english| language)?|instead of|use(?: instead| this)?|try"
                           r"|avoid|(?:don['’]?t|do not) (?:say|write|use)|before|after|wordy|original|revised"
                           r"|rewritten|complex|simple|formal|bureaucratese|legalese", re.I)
# A heading or list item labelling a rewritten example ("* #### After"): its blocks are an example too.
_AFTER_LABEL = re.compile(r"after|revised|rewritten|plain(?: language)? version|better example|good example", re.I)
# A box the page marks as an example (<div class="example-container">) shows words as someone wrote them.
_EXAMPLE_BOX = re.compile(r"<div\s+class=\"[^\"\n]{0,100}\bexample\b[^\"\n]{0,100}\">", re.I)
# A lead-in to a list of phrases shown as examples ("Here are other examples of human resources-speak.").
_SHOWS_EXAMPLES = re.compile(r"\bexamples?\b|\bsuch as\b|\bphrases\b|-speak\b|\bjargon\b", re.I)
MOST_WORDS_IN_SHOWN_PHRASE = 8
# Words a sentence talks about, kept as written ("Vague phrases such as a number of, in due course ..." must not
# read "such as some"). Where a list of them ends cannot be told, so after "phrases such as", "words like" or
# "terms including" the rest of the clause is kept; after "a word like" (one word or phrase), up to a comma.
# After "the word", the one word it names, when what follows shows it is named ("the word shall is ...",
# not "the word frequently bears ...").
_TALKED_ABOUT = re.compile(
    r"\b(?:words|phrases|terms|expressions|verbs|nouns|adjectives|adverbs|jargon|acronyms|abbreviations"
    r"|-speak|legalese|bureaucratese)(?:\s+or\s+(?:words|phrases|terms|expressions))?"
    r",?\s+(?:such\s+as|like|including)\s+([^.!?;:()\n]{1,400}?)(?=[.!?;:)](?:\s|$)|$|\s+[—–]\s)"
    r"|\b(?:word|phrase|term|expression|verb|noun|adjective|adverb|acronym|abbreviation)\s+(?:such\s+as|like)\s+"
    r"([^.!?;:,()\n]{1,200}?)(?=[.!?;:,)](?:\s|$)|$|\s+[—–]\s)"
    # "Replace a number of with some", "instead of utilise": the words to swap out are named, not used.
    r"|\b(?:replace|replacing)\s+([^.!?;:,()\n]{1,200}?)(?=[.!?;:,)](?:\s|$)|$|\s+[—–]\s)"
    # After "instead of", "rather than", only a word or a short phrase: a longer one is a clause of the sentence.
    r"|\b(?:instead\s+of|rather\s+than)\s+([^\s.!?;:,()]+(?:[ \t]+[^\s.!?;:,()]+){0,3})(?=[.!?;:,)](?:\s|$)|$)"
    # Single quotation marks around a word or phrase ('utilise', ‘in due course’), not an apostrophe.
    r"|(?<![\w'’])(['‘][A-Za-z][^'‘’\n]{0,60}?['’])(?![\w'’])"
    r"|\bthe\s+(?:word|term|verb|noun|adjective|adverb)\s+([A-Za-z][\w'’-]*)"
    r"(?=[.!?;:,)](?:\s|$)|\s+(?:is|was|means|meant|has|had|can|could|should|must|may|will|and|or|in|into"
    r"|for|as|to|with|from|on)\b)", re.I)

# Where _TALKED_ABOUT can start; and the same words in lower case anywhere, a quick first test for an ASCII text.
_TALKED_ABOUT_START = re.compile(r"\b(?:such as|like|including|the words?|the phrase|the term|the verb|the noun"
                                 r"|the adj|the adv|replac|instead of|rather than)|['‘]", re.I)
_TALKED_ABOUT_SIGN = re.compile(r"such as|like|including|the word|the phrase|the term|the verb|the noun|the adj"
                                r"|the adv|replac|instead of|rather than|'")


@dataclass
class _PageWord:
    """A hard word the page itself explains ("Reciprocity means giving back."), for Words to know."""
    term: str
    easy_read: str
    icon: str | None = None

    @property
    def anchor(self) -> str:
        return "page-word-" + self.term.lower()


# "Reciprocity means giving something back": a page explaining a word of its own.
_EXPLAINS = re.compile(r"^(?:(?:An?|The)\s+)?(?:\*\*)?(?P<word>[A-Za-z][a-z]+(?:-[a-z]+)?)(?:\*\*)?\s+means\s+\S", re.S)
FEWEST_SYLLABLES_FOR_HARD = 3  # "pareidolia", "personalisation"; not "bread" or "meeting"


@dataclass
class _Idea:
    lines: list[str] = field(default_factory=list)
    text: str = ""  # the original words, for choosing a picture
    terms: list[Term] = field(default_factory=list)


def _tidy_shown(line: str) -> str:
    """A line kept as written, without the blanks a link's or a bold word's markup left before a full stop or
    inside brackets ("see 5 CFR 1320 ."), or a comma left from the line before ("; and,<br>(2) ...")."""
    line = _clean(line).lstrip(",; ")
    return re.sub(r"(?<=\()\s+|(?<![.\s])\s+(?!\.\s+\.)(?=[.,;:!?)](?:\s|$))", "", line)  # not ". . ."


def _example_boxes(source: str) -> list[tuple[int, int]]:
    """Where the page's example boxes are, from <div class="example-..."> to the next </div>."""
    boxes, position = [], 0
    while match := _EXAMPLE_BOX.search(source, position):
        end = source.find("</div>", match.end())
        if end < 0:
            break  # an unclosed box: nothing is taken as an example
        boxes.append((match.end(), end))
        position = end
    return boxes


def _show_bold(visible: str, raw: str) -> str:
    """`visible` with a word or two in bold shown in bold again, as the page has it.

    Bold often marks a word being talked about ("Use **when** (not **where**)"): easy read
    allows bold, and without it the word reads as an ordinary one, with "where )" left by the
    markup's blanks. Longer bold runs stay plain words, free to be cut and simplified.
    """
    for match in _BOLD.finditer(raw):
        start, end = match.span()
        words = match.group(2)
        if (len(WORD.findall(words)) <= 3 and simplify.balanced(words) and not re.search(r"[.!?:;]", words)
                and raw[start - 1:start] not in ("*", "_") and raw[end:end + 1] not in ("*", "_")
                and visible[start + 2:end - 2] == words and not visible[start:start + 2].strip()
                and not visible[end - 2:end].strip()
                and _HAS_WORD.search(raw[:start] + raw[end:])):  # a bold line alone is a label, not a word talked about
            visible = visible[:start] + match.group(0) + visible[end:]
    return visible


def _clean(text: str) -> str:
    return " ".join(text.split())


def _needs_editor(line: str, reason: str) -> str:
    return f"{line} <!-- {NEEDS_EDITOR}: {reason} -->"


def _merge_ranges(ranges: list[list[int]], spans: list[tuple[int, int]]) -> list[list[int]]:
    """Join sentences so that no held span (a quotation, say) is cut between two of them."""
    for start, end in spans:
        first = next((i for i, r in enumerate(ranges) if r[1] > start), None)
        if first is None:
            continue
        last = first
        while last + 1 < len(ranges) and ranges[last + 1][0] < end:
            last += 1
        if last > first:
            ranges[first:last + 1] = [[ranges[first][0], ranges[last][1]]]
    return ranges


def _pieces(length: int, spans: list[tuple[int, int]]):
    """(start, end, inside a span) pieces covering 0..length, for spans that may overlap."""
    last = 0
    for start, end in sorted(spans):
        if start < last:
            continue
        yield last, start, False
        yield start, end, True
        last = end
    yield last, length, False


def _reads_on(lead_in: str, first_item: str) -> bool:
    """Whether a lead-in ("It could cover:") and the first item of its list can share a block.

    The checks read a line ending in ":" and the next line as one sentence,
    so they share a block only when the two together are short enough.
    """
    return len(WORD.findall(_MARKUP.sub(" ", lead_in + " " + first_item))) <= MOST_WORDS


# Results of the steps below that depend only on their text, the glossary and the page's
# abbreviations: pages of one site say the same things again and again ("Read more ..."),
# and a worker makes hundreds of them. By (id of the glossary, abbreviations); each keeps
# its glossary, so the id is not reused for another one while the results are kept.
_MEMOS: dict[tuple, tuple[object, dict]] = {}
_MOST_MEMOS, _MOST_KEPT = 8, 50_000


def _memo_for(glossary: Glossary | None, expansions: dict[str, str]) -> dict:
    key = (id(glossary), tuple(expansions.items()))
    found = _MEMOS.get(key)
    if found is None or found[0] is not glossary:
        if len(_MEMOS) >= _MOST_MEMOS:
            _MEMOS.clear()
        found = _MEMOS[key] = (glossary, {})
    if len(found[1]) > _MOST_KEPT:
        found[1].clear()
    return found[1]


class _Generator:
    def __init__(self, source: str, glossary: Glossary | None, page=None):
        self.doc = page.doc if page is not None else prose.parse(source)
        # The sentences the checker found in each block when it read the page (by the block's id):
        # the same call on the same text, so the generator need not split them again.
        self._page_sentences = {id(b.block): b.sentences for b in page.blocks} if page is not None else {}
        self.glossary = glossary
        # Each block's words with single spaces, worked out once: the steps below ask for them again and again.
        self._cleaned = {id(b): _clean(self.doc.text(b)) for b in self.doc.blocks}
        full_text = " ".join(self._cleaned.values())
        self.expansions = simplify.find_expansions(full_text)
        if glossary is not None:
            for abbreviation, term in glossary.by_abbreviation.items():
                self.expansions.setdefault(abbreviation, term.term)
        self._memo = _memo_for(glossary, self.expansions)
        self._defined = (re.compile(r"\(\s*(?:" + "|".join(map(re.escape, self.expansions)) + r")\s*\)")
                         if self.expansions else None)
        self.links_seen: set[str] = set()
        # Text an editor switched every rule off for (such as a "before" example of unclear
        # writing) is kept as written: the page shows it, and simplifying it would defeat its purpose.
        suppressions = read_suppressions(self.doc, "", set())
        self.switched_off = suppressions.ranges.get(ALL, [])
        self.shown = self._shown_examples()

    def clean_text(self, block: prose.Block) -> str:
        """A block's words, with single spaces."""
        return self._cleaned[id(block)]

    def is_shown(self, block: prose.Block) -> bool:
        """Whether a block is someone else's words or words shown as an example: kept as written."""
        return block.quoted or id(block) in self.shown or self.is_switched_off(block)

    def _shown_examples(self) -> set[int]:
        """The blocks (by id) that show words as examples: tables of jargon against plain words,
        a list of short phrases after "Here are other examples of ...", a rewritten "After" example."""
        source, blocks, shown = self.doc.source, self.doc.blocks, set()
        index, inside, after_heading = 0, None, None
        example_boxes = _example_boxes(source) if "example" in source else []
        while index < len(blocks):
            block = blocks[index]
            if block.kind == "table-cell":
                group = _table_cells(blocks, index)
                if any(b.row == 0 and _SHOWN_COLUMN.fullmatch(prose.label_text(source, b)) for b in group):
                    shown.update(id(b) for b in group)
                index += max(1, len(group))
                continue
            if block.kind == "list-item" and index and blocks[index - 1].kind == "paragraph" \
                    and (index < 2 or blocks[index - 2].kind != "list-item"):
                group = []
                while index + len(group) < len(blocks) and blocks[index + len(group)].kind == "list-item" \
                        and blocks[index + len(group)].level == block.level:
                    group.append(blocks[index + len(group)])
                phrases = [self.clean_text(b) for b in group]
                # The short phrases first: most lists are of sentences, and then the lead-in need not be split.
                if all(0 < len(WORD.findall(p)) <= MOST_WORDS_IN_SHOWN_PHRASE and p[-1] not in ".!?:;," for p in phrases):
                    lead_in = self.clean_text(blocks[index - 1])
                    last = split_sentences(lead_in)[-1:] if lead_in else []
                    if last and _SHOWS_EXAMPLES.search(lead_in[last[0].start:last[0].end]):
                        shown.update(id(b) for b in group)
            # Paragraphs in a box the page marks as an example (a regulation's table of contents) are words
            # as someone wrote them. Only plain paragraphs: list items and headings inside keep their layout.
            if block.kind == "paragraph" and any(a <= block.start < b for a, b in example_boxes) \
                    and not prose.in_list_item(source, block.start):
                shown.add(id(block))
            indent = prose.line_indent(source, block.start)
            if inside is not None and (indent > inside or indent == inside and block.kind != "list-item"):
                shown.add(id(block))
            elif after_heading is not None and not (block.kind == "heading" and block.level <= after_heading):
                shown.add(id(block))
            else:
                inside = after_heading = None
                if block.kind in ("heading", "list-item") and _AFTER_LABEL.fullmatch(prose.label_text(source, block)):
                    if block.kind == "heading" and indent == 0 and not prose.in_list_item(source, block.start):
                        after_heading = block.level
                    else:
                        inside = indent
            index += 1
        return shown

    def is_switched_off(self, block: prose.Block) -> bool:
        return self.is_switched_off_at(block.start)

    def is_switched_off_at(self, offset: int) -> bool:
        if not self.switched_off:
            return False  # most pages switch nothing off
        line = self.doc.position(offset)[0]
        return any(first <= line <= last for first, last in self.switched_off)

    def terms_in(self, text: str) -> list[Term]:
        if self.glossary is None:
            return []
        found: list[Term] = []
        if "](" in text:  # a web address is no use of a word: "access.wa.gov" is not "access"
            text = _LINK_TARGET.sub(lambda m: "]" + " " * (len(m.group(0)) - 1), text)
        for match, term in self.glossary.term_matcher.finditer(text):
            if " " not in term.term and not match.group(0).lower().startswith(term.term.lower()):
                continue  # a verb is not the noun: "consult with their physician" is no "consultation"
            if term not in found and not inside_longer_name(text, match.start(), match.end(), term) \
                    and not _in_compound(text, match.start(), term):
                found.append(term)
        return found

    def simplify_text(self, text: str) -> str:
        """Plainer words and numbers. Phrases the glossary says to avoid are left for an editor:
        their advice ("describe the support") is not a word that fits in the sentence."""
        # No step reads the words a held span stands for, but for a share whose plain form is
        # held after it ("90% (9 in 10)"): only that step's result is not kept.
        words = self._remembered(("words", text), lambda: self._plain_words(text))
        if simplify.HOLD_START in words and ("%" in words or "cent" in words):
            return simplify.easy_numbers(words)
        return self._remembered(("numbers", words), lambda: simplify.easy_numbers(words))

    def _remembered(self, key: tuple, make):
        """A step's result kept for the same text (see _MEMOS), or made now and kept."""
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = make()
        return found

    def _plain_words(self, text: str) -> str:
        text = simplify.drop_empty_asides(text)
        text = simplify.write_out_abbreviations(text, self.expansions)
        if self.glossary is not None:
            text = simplify.replace_phrases(text, self.glossary.misspelling_matcher, lambda term: term.term)
        terms = [] if self.glossary is None else [m.span() for m, _ in self.glossary.term_matcher.finditer(text)]
        return simplify.plain_words(text, keep=terms)

    def hold_joined_terms(self, text: str) -> str:
        """Hold glossary terms with "and" or "or" in them ("choice and control"): no cut or list may split one."""
        if self.glossary is None or (" and " not in text and " or " not in text):
            return text
        def joined_terms() -> list[tuple[int, int]]:
            return [m.span() for m, _ in self.glossary.term_matcher.finditer(text)
                    if re.search(r"\s(?:and|or)\s", m.group(0))]

        spans = self._remembered(("joined", text), joined_terms)
        return simplify.hold(text, spans) if spans else text

    def _held_spans(self, visible: str, raw: str) -> list[tuple[int, int]]:
        """Where the block's code, links, [define: term], quotations and brackets are."""
        # Each pattern is looked for only where the mark it starts with is in the text: most blocks have none.
        spans = [m.span() for m in _INLINE_CODE.finditer(raw)] if "`" in raw else []
        if "[" in raw:
            spans += [m.span() for m in _EMBED.finditer(raw)]
            if "](" in raw:
                spans += [(*m.span(1), "link") for m in _LINK.finditer(raw)]
        if '"' in visible or "“" in visible:
            spans += [m.span() for m in _QUOTED.finditer(visible)]
        if "(" in visible or "[" in visible:
            spans += [(*m.span(), "bracket") for m in _BRACKETED.finditer(visible)
                      if not (self._defined and self._defined.fullmatch(m.group(0)))]
        # A word or two in italics is often a word being talked about ("Give _shall_ the boot"):
        # easy read has no italics, so it is kept in bold, as written, or it would read as an ordinary word.
        if "_" in raw or "*" in raw:
            taken = [span[:2] for span in spans]
            for match in ITALIC.finditer(raw):
                words = match.group(1) or match.group(2)
                start, end = match.span()
                if (len(WORD.findall(words)) <= 3 and simplify.balanced(words) and not _EMPHASIS_MARK.search(words)
                        and raw[start - 1:start] not in ("*", "_") and raw[end:end + 1] not in ("*", "_")
                        and visible[start + 1:end - 1] == words  # the page shows the words, not other markup
                        and not any(a < end and start < b for a, b in taken)):
                    spans.append((*match.span(), "emphasis"))
        # Bold words put back in `visible` (see _show_bold) are held as written, unless a bracket holds them.
        if "**" in raw or "__" in raw:
            taken = [span[:2] for span in spans]
            spans += [match.span() for match in _BOLD.finditer(raw)
                      if visible[match.start():match.end()] == match.group(0)
                      and not any(a < match.end() and match.start() < b for a, b in taken)]
        if not simplify.surely_without(_TALKED_ABOUT_SIGN, visible) and _TALKED_ABOUT_START.search(visible):
            taken = sorted(span[:2] for span in spans)
            for match in _TALKED_ABOUT.finditer(visible):
                start, end = match.span(match.lastindex)
                # Around the spans held already (a quotation, a link), which keep their own way back.
                for a, b in taken:
                    if a < end and start < b:
                        if start < a:
                            spans.append((start, a))
                        start = max(start, b)
                if start < end and _HAS_WORD.search(visible, start, end):
                    spans.append((start, end))
        return sorted(span if len(span) == 3 else (*span, "") for span in spans)

    def sentences(self, block: prose.Block) -> list[str]:
        raw = self.doc.source[block.start:block.end]
        text = self.doc.text(block)
        # The words as a reader sees them (a link keeps its words), with code and
        # `[define: term]` put back: the page shows the definition in its place.
        kept = ([m.span() for m in _INLINE_CODE.finditer(raw)] if "`" in raw else []) \
            + ([m.span() for m in _EMBED.finditer(raw)] if "[" in raw else [])
        visible = "".join(raw[a:b] if kept_here else text[a:b] for a, b, kept_here in _pieces(len(raw), kept)) \
            if kept else text[:len(raw)]
        raw_unchanged = True
        if "](#" in raw:  # a footnote mark "([4](#footnotes))" goes whole: a lone "( 4 )." is no sentence
            for mark in _FOOTNOTE_MARK.finditer(raw):
                raw_unchanged = False
                blank = " " * (mark.end() - mark.start())
                visible = visible[:mark.start()] + blank + visible[mark.end():]
                raw = raw[:mark.start()] + blank + raw[mark.end():]
        shown = self.is_shown(block)
        switched_off = self.is_switched_off(block)
        if shown:
            visible = visible.replace("\n", " ")  # below, a line break marks a new line of dialogue only
        if shown and ">" in raw:  # the ">" marks of a quotation's next lines are markup, not words
            markers = [m.span(1) for m in re.finditer(r"(?m)^([ \t]*>[ \t]?)", raw) if m.start() > 0]
            for a, b in markers:
                visible = visible[:a] + "\n" + " " * (b - a - 1) + visible[b:]
        if "**" in raw or "__" in raw:
            visible = _show_bold(visible, raw)
        spans = self._held_spans(visible, raw)
        found = self._page_sentences.get(id(block)) if raw_unchanged else None
        if found is None:
            found = split_sentences(text, block.start, raw)
        ends = [s.end - block.start for s in found]
        # Each sentence runs from the end of the one before, so an opening quotation mark is kept.
        ranges = [[ends[i - 1] if i else 0, end] for i, end in enumerate(ends)]
        # After the last sentence there may be words, or the closing "**" of a bold word shown again.
        if ranges and (text[ranges[-1][1]:].strip() or visible[ranges[-1][1]:].strip()):
            ranges[-1][1] = len(text)
        ranges = _merge_ranges(ranges, [(a, b) for a, b, _ in spans])
        lines: list[str] = []
        for number, (start, end) in enumerate(ranges):
            inside = [(a - start, b - start, kind) for a, b, kind in spans if start <= a and b <= end]
            piece = visible[start:end]
            if not _HAS_WORD.search(piece):
                continue  # only the full stop after a footnote mark is left
            # A link's or a bracket's words are held as written, but for digits: "the 4 principles".
            if shown:  # someone's words: "(GSO)" stays in a quoted line, or a later "each GSO" means nothing
                for line in piece.split("\n"):  # a line of dialogue each
                    if _HAS_WORD.search(line):
                        lines.append(_tidy_shown(line) + _SWITCHED_OFF if switched_off
                                     else self._mark(_tidy_shown(line)))
                continue
            piece = simplify.hold(piece, [(a, b, _AS_WRITTEN.get(kind)) for a, b, kind in inside])
            piece = _clean(simplify.drop_defined_abbreviations(piece, self.expansions))
            if number == len(ranges) - 1 and visible.rstrip().endswith(":") and not piece.endswith(":"):
                piece += ":"  # it leads into a list, so it must not end in a full stop
            for line in simplify.split_sentence(self.hold_joined_terms(
                    self.simplify_text(piece))):
                if line:
                    lines.append(self._mark(_clean(simplify.release(line))))
        return lines

    def _marked(self, block: prose.Block, lines: list[str]) -> list[str]:
        """A list item's lines, the first with the page's own marker: "- ", or its number ("2. ").

        Without it, "Any job" under "three different definitions:" reads as a
        sentence, and "the next 4 items" points at lines with no numbers.
        """
        if not lines or lines[0].startswith(simplify.ITEM):
            return lines
        marker = self._list_marker(block)
        if not marker:
            return lines  # a definition, or an item whose marker is not on its line
        start = f"{marker.group(1)}. " if marker.group(1) else simplify.ITEM
        # The item's next sentences are indented under it, so they stay in the item.
        return [start + lines[0], *(" " * len(start) + line for line in lines[1:])]

    def _numbered(self, block: prose.Block) -> bool | None:
        """Whether a list item's marker on its line is a number ("2."), a bullet, or (None) not on its line."""
        marker = self._list_marker(block)
        return None if not marker else bool(marker.group(1))

    def _list_marker(self, block: prose.Block) -> re.Match | None:
        """The list marker before a block's words on its line ("- ", "2. "), if that is all there is before them."""
        source = self.doc.source
        return _LIST_MARKER.fullmatch(source[source.rfind("\n", 0, block.start) + 1:block.start])

    def _mark(self, line: str) -> str:
        """A line the generator could not make easy read safely carries a note for the editor."""
        return self._remembered(("mark", line), lambda: self._work_out_mark(line))

    def _work_out_mark(self, line: str) -> str:
        if len(WORD.findall(_MARKUP.sub(" ", line) if "`" in line or "](" in line or "<!--" in line else line)) \
                > MOST_WORDS:
            return _needs_editor(line, "long")
        if self.glossary is not None and any(True for _ in self.glossary.avoid_finditer(line)):
            return _needs_editor(line, "discouraged")
        return line

    def page_words(self) -> list[_PageWord]:
        """Hard words the page explains in a sentence of its own, with that sentence as their meaning."""
        found: dict[str, _PageWord] = {}
        for block in self.doc.blocks:
            if block.kind not in ("paragraph", "list-item") or self.is_switched_off(block):
                continue
            text = self.doc.text(block)
            if " means " not in text:
                continue  # most blocks explain no word: skip them cheaply
            for sentence in split_sentences(text, block.start):
                words = _clean(text[sentence.start - block.start:sentence.end - block.start])
                match = _EXPLAINS.match(words)
                if not match or match.group("word").lower() in found or len(words.split()) > MOST_WORDS:
                    continue
                word = match.group("word")
                if self.glossary is not None and self.glossary.lookup(word) is not None:
                    continue
                if -_hardness(word) < FEWEST_SYLLABLES_FOR_HARD:
                    continue
                found[word.lower()] = _PageWord(word, simplify.finish(self.simplify_text(words)))
        return list(found.values())

    def read_more(self, block: prose.Block) -> list[str]:
        lines = []
        if self.doc.source.find("](", block.start, block.end) < 0:
            return lines  # no link
        for match in _LINK.finditer(self.doc.source, block.start, block.end):
            label, target = _clean(match.group(1)), match.group(2)
            if target in self.links_seen or target.startswith("#"):
                continue
            self.links_seen.add(target)
            lines.append(f"Read more: [{simplify.easy_numbers(label)}]({target}).")  # words as written, but digits
        return lines

    def title(self) -> str:
        title = self.doc.front_matter.get("title")
        if title:
            return html.escape(_clean(self.simplify_text(str(title))), quote=False)  # front matter is text
        heading = next((b for b in self.doc.blocks if b.kind == "heading" and b.level == 1), None)
        return self.simplify_text(self.clean_text(heading)) if heading else "This page"

    def table_rows(self, cells: list[prose.Block]) -> list[list[str]]:
        rows: dict[int, dict[int, str]] = {}
        as_written = all(self.is_shown(cell) for cell in cells)  # a table of jargon against plain words
        switched_off = all(self.is_switched_off(cell) for cell in cells)
        for cell in cells:
            rows.setdefault(cell.row, {})[cell.column] = self.clean_text(cell)
        header = rows.pop(0, {})
        result = []
        for _, row in sorted(rows.items()):
            parts = []
            for column, value in sorted(row.items()):
                if not _HAS_WORD.search(value):
                    continue  # an empty cell, or "{:.example-table}" under a table: no "Before:" alone
                name = header.get(column)
                parts.append(f"{name}: {value}" if name else value)
            if switched_off:
                result.append([p + _SWITCHED_OFF for p in parts if p])  # as written: no full stop added
                continue
            result.append([self._mark(simplify.finish(p if as_written else self.simplify_text(p))) for p in parts if p])
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
        # `[define: term]` and pictures the rules were switched off for keep that on the easy read page.
        quiet = (lambda offset, markdown: f"{_DISABLE}\n\n{markdown}\n\n{_ENABLE}"
                 if self.is_switched_off_at(offset) else markdown)
        # `[define: term]` on a line of its own shows the definition: kept, so the easy read page shows it too.
        for match in _DEFINE_LINE.finditer(self.doc.source, self.doc.body_start):
            if not any(start <= match.start() < end for start, end in code):
                found.append((match.start(), ("define", quiet(match.start(), match.group(1)))))
        for match in _PICTURE.finditer(self.doc.source, self.doc.body_start):
            alt = _clean(match.group(1))
            if alt and not any(start <= match.start() < end for start, end in code):
                words = alt if self.is_switched_off_at(match.start()) else self.simplify_text(alt)
                found.append((match.start(), ("picture", quiet(match.start(), f"![{words}]({match.group(2)})"))))
        return sorted(found)

    def ideas(self) -> list[tuple[str, object]]:
        """The page as ("heading", (level, text)), ("code"/"picture", Markdown) and ("idea", _Idea) items, in order.

        Blocks follow the page's paragraphs: a line that leads into a list
        stays with the list, and a table row is never split between blocks.
        """
        items: list[tuple[str, object]] = []
        blocks = self.doc.blocks
        extras = self.code_and_pictures()
        lead_in: tuple[list[str], str] | None = None  # a paragraph ending in ":" waiting for its list
        index = 0
        while index < len(blocks) or extras:
            if extras and (index >= len(blocks) or extras[0][0] < blocks[index].start):
                if lead_in is not None:  # "After, on a line of its own:" stays above the code it leads into
                    items += self._chunk(_units(lead_in[0]), lead_in[1])
                    lead_in = None
                items.append(extras.pop(0)[1])
                continue
            block = blocks[index]
            if lead_in is not None and block.kind not in ("list-item", "table-cell") \
                    and not (block.kind == "paragraph" and self.is_switched_off(block)):
                items += self._chunk(_units(lead_in[0]), lead_in[1])
                lead_in = None
            if block.kind == "heading":
                if block.level > 1:
                    words = self.clean_text(block)
                    items.append(("heading", (min(block.level, 4),
                                              words + _SWITCHED_OFF if self.is_switched_off(block)
                                              else self.simplify_text(words))))
                index += 1
                continue
            if block.kind == "table-cell":
                group = _table_cells(blocks, index)
                index += len(group)
                text = " ".join(self.clean_text(b) for b in group)
                rows = self.table_rows(group)
                if lead_in is not None and rows and _reads_on(lead_in[0][-1], rows[0][0] if rows[0] else ""):
                    rows, text, lead_in = [lead_in[0], *rows], lead_in[1] + " " + text, None
                elif lead_in is not None:
                    items += self._chunk(_units(lead_in[0]), lead_in[1])
                    lead_in = None
                items += self._chunk(rows, text, "" if all(self.is_switched_off(b) for b in group) else None)
                continue
            if block.kind == "list-item":
                group = []
                numbered = self._numbered(block)
                # A numbered list and a bulleted one after it are two lists: "1." then "- " starts another.
                while index < len(blocks) and blocks[index].kind == "list-item" and blocks[index].level == block.level \
                        and (self._numbered(blocks[index]) in (numbered, None)
                             or prose.line_indent(self.doc.source, blocks[index].start)
                             > prose.line_indent(self.doc.source, block.start)):  # a list inside an item
                    group.append(blocks[index])
                    index += 1
                # One list is one block, with the line that leads into it: "The new labels:" must not
                # end one block while its items start the next, under another picture. Only a long list
                # of items of several sentences (a timeline) is split, between items.
                units = [unit for unit in (self._marked(b, self.sentences(b) + self.read_more(b)) for b in group)
                         if unit]
                text = " ".join(self.clean_text(b) for b in group)
                own = " ".join(self.clean_text(b) for b in group if not self.is_switched_off(b))
                if units and (all(len(unit) == 1 for unit in units) or sum(map(len, units)) <= MOST_LINES_IN_A_LIST):
                    units = [[line for unit in units for line in unit]]
                if lead_in is not None:
                    units = _units(lead_in[0][:-1]) + [[lead_in[0][-1], *(units[0] if units else [])], *units[1:]]
                    text, own, lead_in = lead_in[1] + " " + text, lead_in[1] + " " + own, None
                items += self._chunk(units, text, own)
                continue
            index += 1
            lines = self.sentences(block)
            if block.kind == "title" and lines:
                lines = [f"**{lines[0].rstrip('.')}**", *lines[1:]]
            lines += self.read_more(block)
            shown_list_next = (index < len(blocks) and blocks[index].kind == "list-item"
                               and id(blocks[index]) in self.shown)  # "Here are other examples of ...-speak."
            if lines and (_leads_in(lines[-1]) or shown_list_next) and block.kind == "paragraph":
                lead_in = (lines, self.clean_text(block))
                continue
            if lead_in is not None and lines and lines[0].endswith(_SWITCHED_OFF) \
                    and len(WORD.findall(lead_in[0][-1])) <= MOST_WORDS_IN_LABEL:
                # "Before:" and the example the editor switched the rules off for: one block, in the page's order.
                units = _units(lead_in[0][:-1]) + [[lead_in[0][-1], *lines]]
                items += self._chunk(units, lead_in[1] + " " + self.clean_text(block), lead_in[1])
                lead_in = None
                continue
            items += self._chunk(_units(lines), self.clean_text(block),
                                 "" if self.is_switched_off(block) else None)
        if lead_in is not None:
            items += self._chunk(_units(lead_in[0]), lead_in[1])
        return items

    def _chunk(self, units: list[list[str]], text: str, own_words: str | None = None) -> list[tuple[str, _Idea]]:
        """Ideas of at most MOST_LINES lines, of even size, each unit (a table row, a list item, a lead-in) kept whole.

        Glossary terms (for Words to know) come from `own_words` when given: not from text kept
        because the rules were switched off for it, which may use a word wrongly on purpose.
        """
        total = sum(len(unit) for unit in units)
        if not total:
            return []
        size = math.ceil(total / math.ceil(total / MOST_LINES))
        chunks: list[list[str]] = [[]]
        for unit in units:
            if chunks[-1] and len(chunks[-1]) + len(unit) > size:
                chunks.append([])
            chunks[-1] += unit
        if len(chunks) == 1:
            return [("idea", _Idea(chunks[0], text, self.terms_in(text if own_words is None else own_words)))]
        return [("idea", _Idea(chunk, " ".join(chunk),
                               self.terms_in(" ".join(line for line in chunk if not line.endswith(_SWITCHED_OFF)))))
                for chunk in chunks]


_NOUNS = Nouns()  # words that are only ever nouns (lemminflect), read when first asked
_NOUN_BEFORE = re.compile(r"(?<![\w'’-])([a-z]+) $")
# lemminflect's table lists some of these as nouns only.
_NOT_A_NOUN = frozenset({"what", "which", "whose", "this", "that", "these", "those", "their", "our", "your", "its",
                         "his", "her", "my", "the", "any", "some", "each", "every", "no", "more", "most", "less",
                         "own", "other", "such", "of", "for", "and", "or", "with", "about", "on", "in", "to"})


def _in_compound(text: str, start: int, term: Term) -> bool:
    """Whether a one-word term is the end of another thing's name: "skin cancer prevention" is not the
    glossary's "prevention" (help early on), so Words to know must not explain it in that sense."""
    if " " in term.term or "-" in term.term or term.term.lower() not in _NOUNS:
        return False  # only a noun ends a compound: "keeps leaders accountable" is the term
    before = _NOUN_BEFORE.search(text, max(0, start - 30), start)
    return bool(before) and before.group(1) not in _NOT_A_NOUN and before.group(1) in _NOUNS


def _leads_in(line: str) -> bool:
    """Whether a line leads into a list: it ends in ":", perhaps before a note for the editor."""
    return _EDITOR_NOTE.sub("", line.rstrip(_SWITCHED_OFF)).endswith(":")


def _table_cells(blocks: list[prose.Block], index: int) -> list[prose.Block]:
    """The cells of the table whose first cell is blocks[index] (a table's cells come one after another)."""
    end = index
    while end < len(blocks) and blocks[end].kind == "table-cell" and blocks[end].level == blocks[index].level:
        end += 1
    return blocks[index:end]


def _units(lines: list[str]) -> list[list[str]]:
    """Lines in units that stay in one block: a sentence alone, or a lead-in with its list items."""
    units: list[list[str]] = []
    for line in lines:
        if line.startswith(simplify.ITEM) and units and (_leads_in(units[-1][-1])
                                                         or units[-1][-1].startswith(simplify.ITEM)):
            units[-1].append(line)
        else:
            units.append([line])
    return units


def _switch_off_again(lines: list[str]) -> list[str]:
    """Lines with each run kept from switched-off text between coprod-disable and coprod-enable, at line ends.

    At line ends, as a comment on a line of its own would end the block. A line leading into the
    run ("Before:") is in it too, as the checks read it and the next line as one sentence.
    """
    quiet = [line.endswith(_SWITCHED_OFF) for line in lines]
    lines = [line.rstrip(_SWITCHED_OFF) for line in lines]
    for index in range(1, len(lines)):
        if quiet[index] and not quiet[index - 1] and _leads_in(lines[index - 1]) \
                and not lines[index].lstrip().startswith(simplify.ITEM.strip()):  # a list item is its own sentence
            quiet[index - 1] = True
    for index, line in enumerate(lines):
        if quiet[index]:
            first = not index or not quiet[index - 1]
            last = index == len(lines) - 1 or not quiet[index + 1]
            lines[index] = " ".join([line, *([_DISABLE] if first else []), *([_ENABLE] if last else [])])
    return lines


def _hardness(name: str) -> int:
    """How hard a word or term is to read, lower is harder: minus the syllables of its longest word.

    Syllables, not word frequencies: wordfreq's table would cost every build
    process a third of a second and 45 MB, for a list of at most 8 words.
    """
    return -max((syllables(w) for w in WORD.findall(name.lower())), default=0)


def _choose_words_to_know(items: list[tuple[str, object]], page_words: list[_PageWord]) -> list:
    """The page's hardest words that the glossary or the page explains, in the order the page uses them."""
    first: dict[str, Term] = {}
    uses: dict[str, int] = {}
    for kind, item in items:
        if kind == "idea":
            for term in item.terms:
                uses[term.anchor] = uses.get(term.anchor, 0) + 1
                first.setdefault(term.anchor, term)
    for word in page_words:
        first.setdefault(word.anchor, word)
        uses.setdefault(word.anchor, 1)
    order = list(first)
    hardest = sorted(order, key=lambda a: (_hardness(first[a].term), -uses[a], order.index(a)))
    chosen = set(hardest[:MOST_WORDS_TO_KNOW])
    return [first[a] for a in order if a in chosen]


BODY_HEADING = "What this page says"


def _words_to_know(terms: list, expansions: dict[str, str]) -> list[str]:
    """Words to know in the editor's own form: a picture, then what the word means, one sentence a line.

    Glossary text is escaped: it is text, never Markdown or HTML.
    """
    if not terms:
        return []
    lines = ["## Words to know", ""]
    pictures = Pictures()
    for term in terms:
        # Easy read has no abbreviations, even in a name ("Disability Rights UK").
        term_name = simplify.write_out_abbreviations(term.term, expansions, escape=False)
        easy_read = simplify.write_out_abbreviations(term.easy_read, expansions, escape=False)
        name = term_name[:1].upper() + term_name[1:]
        # As editors write it by hand: "**Reciprocity** means ...", one sentence a line.
        sentences = [_clean(easy_read[s.start:s.end]) for s in split_sentences(easy_read)]
        named = re.match(re.escape(term_name) + r"\b", sentences[0], re.I) if sentences else None
        if named:
            sentences = [f"**{simplify.markdown_text(sentences[0][:named.end()])}**"
                         f"{simplify.markdown_text(sentences[0][named.end():])}",
                         *map(simplify.markdown_text, sentences[1:])]
        else:
            first = f"**{simplify.markdown_text(name)}**"
            if sentences and not _reads_on(name + ":", sentences[0]):
                first += "."  # a long name on a line of its own, or the two read as one long sentence
                sentences = [first, *map(simplify.markdown_text, sentences)]
            else:
                sentences = [f"{first}: {simplify.markdown_text(sentences[0])}" if sentences else first,
                             *map(simplify.markdown_text, sentences[1:])]
        own = [term.icon] if term.icon and _ICON_NAME.fullmatch(term.icon) else []
        # Each word to know has a picture: when nothing in its meaning calls one up, a light bulb (a new idea).
        icon = own[0] if own else pictures.choose(term.easy_read, []) or NEW_WORD_PICTURE
        pictures.previous = icon
        lines += [shortcode(icon) if icon else NO_PICTURE, *sentences, ""]
    return lines


def generate_easy_read(source: str, glossary: Glossary | None = None, draft: bool = False, page=None) -> str:
    """The easy read Markdown for a standard page's Markdown. The same input gives the same output.

    With `draft`, the result is a starting point for an editor's own x.easy.md:
    it says it has not been checked. `page`, the page's PageContext from
    `checker.read_page`, saves reading the page a second time.
    """
    simplify.forget_held()
    try:
        return _generate(source, glossary, draft, page)
    finally:
        simplify.forget_held()


def _generate(source: str, glossary: Glossary | None, draft: bool, page) -> str:
    generator = _Generator(source, glossary, page)
    title = generator.title()
    description = generator.doc.front_matter.get("description")
    front_matter = {"title": f"{title} (easy read)"}
    if description:
        sentences = simplify.split_sentence(generator.simplify_text(str(description)))
        if any(line.startswith(simplify.ITEM) for line in sentences):  # a list is no description: one sentence
            sentences = [simplify.finish(generator.simplify_text(str(description)))]
        front_matter["description"] = " ".join(sentences)
    if draft:
        front_matter["easy_read_checked"] = False
    else:
        front_matter["coprod_generated"] = True
    heading = f"{title} (easy read)" if draft else title  # an editor's page names itself, as ours do
    lines = ["---", yaml.safe_dump(front_matter, allow_unicode=True, sort_keys=False).strip(), "---", "",
             f"# {heading}", ""]
    items = generator.ideas()
    words_to_know = _words_to_know(_choose_words_to_know(items, generator.page_words()), generator.expansions)
    lines += words_to_know
    if words_to_know and items and items[0][0] != "heading":
        # Without a heading of its own, the page's text would sit inside Words to know
        # for people who move by headings, and in search.
        lines += [f"## {BODY_HEADING}", ""]
    pictures = Pictures()
    for kind, item in items:
        if kind == "heading":
            level, text = item
            heading = f"{'#' * level} {text.rstrip(_SWITCHED_OFF)}"
            # A comment at a heading's end would be part of the heading: on lines of their own.
            lines += [_DISABLE, "", heading, "", _ENABLE, ""] if text.endswith(_SWITCHED_OFF) else [heading, ""]
            continue
        if kind in ("code", "picture", "define"):
            lines += [item, ""]
            continue
        if not item.lines:
            continue
        icon = pictures.choose(item.text, [t.icon for t in item.terms if t.icon and _ICON_NAME.fullmatch(t.icon)])
        lines += [shortcode(icon) if icon else NO_PICTURE, *_switch_off_again(item.lines), ""]
    return "\n".join(lines).rstrip() + "\n"
