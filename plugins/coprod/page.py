"""A page read once for all rules: its blocks, sentences, words and scores."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from . import text as textmod
from .findings import Finding, Severity
from .prose import Block, Document
from .settings import Settings
from .kinds import PageKind


@dataclass
class BlockSentences:
    block: Block
    sentences: list[textmod.Sentence]

    @property
    def word_count(self) -> int:
        return sum(s.word_count for s in self.sentences)


@dataclass
class PageContext:
    """What a rule sees."""

    path: str
    doc: Document
    settings: Settings
    kind: PageKind = PageKind.STANDARD
    glossary: object | None = None  # coprod.glossary.Glossary, when the site has one
    generated: bool = False
    blocks: list[BlockSentences] = field(init=False)

    def __post_init__(self) -> None:
        self.blocks = [
            BlockSentences(block, textmod.split_sentences(self.doc.text(block), block.start,
                                                          self.doc.source[block.start:block.end]))
            for block in self.doc.blocks
        ]

    @cached_property
    def sentences(self) -> list[textmod.Sentence]:
        return [s for b in self.blocks for s in b.sentences]

    @cached_property
    def word_count(self) -> int:
        return sum(s.word_count for s in self.sentences)

    @cached_property
    def syllable_count(self) -> int:
        source = self.doc.source
        return sum(textmod.syllables(source[w.start:w.end]) for s in self.sentences for w in s.words)

    @cached_property
    def reading_ease(self) -> float:
        return textmod.reading_ease(self.word_count, len(self.sentences), self.syllable_count)

    @cached_property
    def grade_level(self) -> float:
        return textmod.grade_level(self.word_count, len(self.sentences), self.syllable_count)

    def block_matches(self, pattern, in_source: bool = False):
        """Each match of a regex (or a glossary Matcher) inside the page's prose blocks.

        Matches run over the masked text, so code and markup never match;
        `in_source` runs them over the source instead (for markup rules).
        """
        text = self.doc.source if in_source else self.doc.masked
        for block in self.doc.blocks:
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
