"""A page read once for all rules: its blocks, sentences, words and scores."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

from . import text as textmod
from .findings import Finding, Severity
from .prose import Block, Document
from .settings import Settings


KNOWN_WORD_SYLLABLES = 2  # what a known or explained word counts as, at most


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    index = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= offset < spans[index][1]


@dataclass
class BlockSentences:
    block: Block
    sentences: list[textmod.Sentence]

    @property
    def word_count(self) -> int:
        return sum(s.word_count for s in self.sentences)


@dataclass
class PageContext:
    """A page read once: what every rule sees, and what the easy read generator takes.

    Make one with `coprod.checker.read_page(path, source, settings, glossary)`;
    `checker.check_page(page)` runs the rules on it. `kind` is "standard" or
    "easy" (an easy read page). `doc` is the parsed Markdown (prose.Document),
    `blocks` its prose blocks each with its sentences, `settings` the site's
    settings with the page's front matter applied.
    """

    path: str
    doc: Document
    settings: Settings
    kind: str = "standard"
    glossary: object | None = None  # coprod.glossary.Glossary, when the site has one
    generated: bool = False
    blocks: list[BlockSentences] = field(init=False)
    checked_blocks: list[Block] = field(init=False)  # doc.blocks less quotations (Block.quoted)
    # Problems found while reading the page (front matter, its rule settings): see checker.read_page.
    read_findings: list[Finding] = field(default_factory=list)

    def __post_init__(self) -> None:
        # Quotations and examples of what not to write are not the page's own words: no rule reads them.
        self.checked_blocks = [block for block in self.doc.blocks if not block.quoted]
        self.blocks = [
            BlockSentences(block, textmod.split_sentences(self.doc.text(block), block.start,
                                                          self.doc.source[block.start:block.end]))
            for block in self.checked_blocks
        ]

    @cached_property
    def sentences(self) -> list[textmod.Sentence]:
        return [s for b in self.blocks for s in b.sentences]

    @cached_property
    def word_count(self) -> int:
        return sum(s.word_count for s in self.sentences)

    @cached_property
    def syllable_count(self) -> int:
        """Every syllable, as the standard Flesch formulas count them."""
        return self._syllable_totals[0]

    @cached_property
    def plain_syllable_count(self) -> int:
        """Syllables, with every word a reader knows or can look up counted as at most 2.

        Flesch counts syllables as a stand-in for hard words. A word every
        adult reader knows ("information", "everyone") or a glossary term the
        page explains (its definition is a tap away) is not hard however long
        it is, so it counts no more than a two-syllable word. See the editor's guide.
        """
        return self._syllable_totals[1]

    @cached_property
    def _syllable_totals(self) -> tuple[int, int]:
        source = self.doc.source
        explained = None
        total = plain = 0
        for sentence in self.sentences:
            for span in sentence.words:
                count, everyday = textmod.syllables_and_everyday(source[span.start:span.end])
                total += count
                if count > KNOWN_WORD_SYLLABLES:
                    if explained is None:
                        explained = self._explained_spans()
                    if everyday or _inside(span.start, explained):
                        count = KNOWN_WORD_SYLLABLES
                plain += count
        return total, plain

    def _explained_spans(self) -> list[tuple[int, int]]:
        if self.glossary is None:
            return []
        return sorted(match.span() for match, _ in self.block_matches(self.glossary.term_matcher))

    @cached_property
    def reading_ease(self) -> float:
        """Flesch Reading Ease, counting known and explained words as short (plain_syllable_count)."""
        return textmod.reading_ease(self.word_count, len(self.sentences), self.plain_syllable_count)

    @cached_property
    def grade_level(self) -> float:
        """Flesch-Kincaid grade, counting known and explained words as short (plain_syllable_count)."""
        return textmod.grade_level(self.word_count, len(self.sentences), self.plain_syllable_count)

    @cached_property
    def flesch_reading_ease(self) -> float:
        """The standard Flesch Reading Ease, every syllable counted."""
        return textmod.reading_ease(self.word_count, len(self.sentences), self.syllable_count)

    @cached_property
    def flesch_kincaid_grade(self) -> float:
        """The standard Flesch-Kincaid grade, every syllable counted."""
        return textmod.grade_level(self.word_count, len(self.sentences), self.syllable_count)

    def block_matches(self, pattern, in_source: bool = False):
        """Each match of a regex (or a glossary Matcher) inside the page's prose blocks.

        Matches run over the masked text, so code and markup never match;
        `in_source` runs them over the source instead (for markup rules).
        """
        text = self.doc.source if in_source else self.doc.masked
        for block in self.checked_blocks:
            yield from pattern.finditer(text, block.start, block.end)

    def words_of(self, span) -> str:
        return self.doc.source[span.start:span.end]

    def finding(self, rule: str, severity: Severity, start: int, end: int, message: str,
                suggestion: str | None = None) -> Finding:
        line, column = self.doc.position(start)
        end_line, end_column = self.doc.position(max(start, end))
        # Masked markup leaves spaces, as in "take part , because": close them up
        # so the excerpt reads as the rendered page does.
        excerpt = re.sub(r"\s+([,.;:!?)])", r"\1", " ".join(self.doc.masked[start:end].split())) or None
        return Finding(self.path, line, column, rule, severity, message, suggestion,
                       end_line, end_column, excerpt)

    @property
    def first_line_offset(self) -> int:
        """Where page-wide findings point: the first heading or prose."""
        return self.doc.blocks[0].start if self.doc.blocks else self.doc.body_start
