"""Every rule, by id. A rule is a small class: id, severity, settings, check."""

from __future__ import annotations

from .abbreviations import UndefinedAbbreviation
from ..registry import register
from .base import Rule
from .easy import (EasyEmphasis, EasyIdiom, EasyNoAcronyms, EasyNumbers, EasyOneIdea, EasyParagraph,
                   EasyPassive, EasySentenceLength)
from .length import ParagraphLength, SentenceLength
from .needs_editor import EasyReadNeedsEditor
from .numbers import Numbers
from .passive import PassiveVoice
from .plain_words import PlainWords
from .readability import GradeLevel, ReadingEase
from .review import ReviewDue
from .terminology import DiscouragedTerm, HardWord, RedefinedTerm, TermVariant, UnknownDefinition

ALL_RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        ReadingEase(),
        GradeLevel(),
        SentenceLength(),
        ParagraphLength(),
        PassiveVoice(),
        PlainWords(),
        Numbers(),
        DiscouragedTerm(),
        TermVariant(),
        UnknownDefinition(),
        UndefinedAbbreviation(),
        HardWord(),
        RedefinedTerm(),
        ReviewDue(),
        EasySentenceLength(),
        EasyOneIdea(),
        EasyParagraph(),
        EasyNoAcronyms(),
        EasyNumbers(),
        EasyPassive(),
        EasyIdiom(),
        EasyEmphasis(),
        EasyReadNeedsEditor(),
    )
}
register(*ALL_RULES.values())  # settings reads them from the registry, not from here

# Findings about the file itself, not its language. They cannot be switched off.
FILE_RULES = {
    "file-read": "The file cannot be read.",
    "file-encoding": "The file is not saved as UTF-8 text.",
    "front-matter": "The front matter at the top of the page is not valid.",
    "rule-settings": "The page changes the rules in a way that is not allowed.",
    "suppression": "A comment that switches rules off is wrong or left open.",
}
