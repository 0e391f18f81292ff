"""The glossary's own definitions, checked by the site's own rules."""

from __future__ import annotations

from .findings import Finding, Severity
from .glossary import Glossary
from .language.abbreviations import ABBREVIATION, find_abbreviations
from .settings import Settings
from .text import split_sentences

# Easy read definitions follow the easy read sentence limit (standards.md).
EASY_SENTENCE_WORDS = 15


def check_glossary(glossary: Glossary, settings: Settings) -> list[Finding]:
    findings: list[Finding] = []
    standard_limit = settings.rule("sentence-length")["warning_above"]

    def add(line: int, rule: str, severity: Severity, message: str, suggestion: str) -> None:
        findings.append(Finding(glossary.path, line, 1, rule, severity, message, suggestion))

    for term in glossary.terms:
        for sentence in split_sentences(term.definition):
            if sentence.word_count > standard_limit:
                add(term.definition_line, "sentence-length", Severity.WARNING,
                    f'A sentence in the definition of "{term.term}" has {sentence.word_count} words.',
                    f"Keep it to {standard_limit} words or fewer.")
        for sentence in split_sentences(term.easy_read):
            if sentence.word_count > EASY_SENTENCE_WORDS:
                add(term.easy_read_line, "easy-sentence-length", Severity.WARNING,
                    f'A sentence in the easy read definition of "{term.term}" has {sentence.word_count} words.',
                    f"Keep easy read sentences to {EASY_SENTENCE_WORDS} words or fewer.")
        # The term's own name may hold letters ("Disability Rights UK"): a name is written as it is.
        in_name = {match.group(1) for match in ABBREVIATION.finditer(term.term)}
        for match in _abbreviations(term.easy_read, glossary):
            if match.group(1) in in_name:
                continue
            add(term.easy_read_line, "easy-no-acronyms", Severity.WARNING,
                f'The easy read definition of "{term.term}" uses "{match.group(0)}".',
                "Write it out in full words.")
        for text, line in ((term.definition, term.definition_line), (term.easy_read, term.easy_read_line)):
            for match, avoid in glossary.avoid_finditer(text):
                add(line, "discouraged-term", Severity.ERROR,
                    f'The definition of "{term.term}" uses "{match.group(0)}".',
                    f'Say "{avoid.instead}" instead.')
    return findings


def _abbreviations(text: str, glossary: Glossary):
    """The shared abbreviation finder's matches, with the letters the glossary itself lists
    as abbreviations counted too ("DASS" is also a word in the dictionary)."""
    return find_abbreviations(text, known=glossary.by_abbreviation)
