"""Words and phrases with a plainer alternative (GOV.UK, plainlanguage.gov).

The words come from the shared lexicon (language/lexicon.yml), the same list
the easy read generator swaps from, so a check and the generator never
disagree. Each entry says where a word is a problem ("deliver training", not
"deliver meals"); this rule reports it only there. Lookup goes token by token
through an index of first words, so it stays fast however long the list grows.
"""

from __future__ import annotations

import bisect
import re

from ..findings import Severity
from ..language.lexicon import get_lexicon, lemmas, tokenise
from ..settings import Option
from .base import Rule
from ..kinds import PageKind


_QUOTES = "\"“”'‘’_*`"
_JOINERS = {",", "and", "or", "/", ";"}
_AFTER_A_NAMED_PHRASE = {"is", "are", "was", "can", "means", ",", ".", ")", ":", ";"}
_LINKS = {"of", "to", "that", "with", "in", "for", "as"}
_ITALIC_MARK = re.compile(r"(?<![\w*])[_*](?=\w)|(?<=\w)[_*](?![\w*])")
_DEFINED = re.compile(r"[*_]*\s*:")
# A block that starts with a word in bold or italics and a colon is a usage note about that word:
# "**Ensure**: To ensure means "to make certain."<br>We will ensure that ..."
_USAGE_LABEL = re.compile(r"\s*(?:\*\*|__|\*|_)([^*_\n]{1,40}?)(?:\*\*|__|\*|_)\s*:")
# Words joined by a slash are alternatives talked about: "to ensure/assure/insure you have".
_SLASHED = re.compile(r"\w/\w")


def _mentioned(text: str, spans, tokens: list[str], match, matches) -> bool:
    """Whether a phrase is written about rather than used: a cell of a table of words to avoid
    ("| in order to | to |"), a list of them ("prior to, with regard to"), a quoted word, or
    "A number of is useful"."""
    words = [t for t in tokens if t[0].isalnum()]
    if len(words) <= match.size + 2 and not text.rstrip().endswith((".", "!", "?")):
        return True  # a table cell or list item made of the word itself
    start, end = spans[match.index][0], spans[match.index + match.size - 1][1]
    if start and end < len(text) and text[start - 1] in _QUOTES and text[end] in _QUOTES:
        return True
    if _SLASHED.match(text, end - 1) or (start and _SLASHED.match(text, start - 2)):
        return True
    before = text[:start]
    # Inside a quotation or italics: someone else's words, or a word talked about.
    if (before.count("“") > before.count("”") or before.count('"') % 2
            or len(_ITALIC_MARK.findall(before)) % 2):
        return True
    if not text[:start].strip(" *_#>-") and _DEFINED.match(text, end):
        return True  # "**Ensure**: to make certain"
    if text[start:start + 1].isupper() and any(t[0].isalnum() for t in tokens[:match.index]):
        # A capital inside a sentence, next to another capital: part of a name or title
        # ("Process, Paradigm and Persistence", "Health Literacy Improvement").
        words_before = [i for i in range(1, match.index) if tokens[i][0].isalnum()][-2:]
        words_after = [i for i in range(match.index + match.size, len(tokens)) if tokens[i][0].isalnum()][:1]
        if any(text[spans[i][0]:spans[i][0] + 1].isupper() for i in words_before + words_after):
            return True
    last, after = tokens[match.index + match.size - 1], tokens[match.index + match.size:match.index + match.size + 1]
    if after and (after[0] in {"means", "meaning"} or (last in _LINKS and after[0] in _AFTER_A_NAMED_PHRASE)):
        return True
    for other in matches:
        if other is match:
            continue
        gap = (tokens[other.index + other.size:match.index] if other.index < match.index
               else tokens[match.index + match.size:other.index])
        if (gap and all(token in _JOINERS for token in gap) and ("," in gap or "/" in gap)
                and (last in _LINKS or match.size == other.size == 1)):
            return True  # "(prior to, with regard to, in the event that)": a list of phrases
    return False


def _lemma_set(words: str) -> set[str]:
    found = set()
    for word in words.lower().split():
        found.add(word)
        found.update(lemmas(word))
    return found


class PlainWords(Rule):
    id = "plain-words"
    default_severity = Severity.WARNING
    summary = "A word or phrase has a plainer, everyday alternative."
    page_kinds = frozenset({PageKind.STANDARD, PageKind.EASY})
    options = {
        "extra": Option(dict, {}, "more words to avoid, each with what to say instead"),
        "allow": Option(list, [], "words from the built-in list that this site accepts (any form: "
                                  "\"ensure\" allows \"ensured\" too)"),
    }

    def __init__(self) -> None:
        self._extras: dict = {}

    def _extra(self, extra: dict) -> dict[str, list[tuple[tuple[str, ...], str]]]:
        """A site's own phrases by their first token."""
        key = tuple(sorted(extra.items()))
        if key not in self._extras:
            index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
            for phrase, instead in extra.items():
                words = tuple(t for _, _, t in tokenise(str(phrase)))
                if words:
                    index.setdefault(words[0], []).append((words, str(instead)))
            for candidates in index.values():
                candidates.sort(key=lambda item: -len(item[0]))
            self._extras[key] = index
        return self._extras[key]

    def check(self, page, settings):
        lexicon = get_lexicon()
        extra = self._extra(settings["extra"])
        allowed = {word.lower() for word in settings["allow"]}
        severity = self.severity(settings)
        source = page.doc.source
        # One pass over the page finds where any listed form is; only those sentences are read word by word.
        hits = lexicon.starts(source)
        if extra:
            hits = None  # a site's own phrases are not in the pattern: read every sentence
        for block in page.blocks:
            label = _USAGE_LABEL.match(source, block.block.start, block.block.end)
            described = _lemma_set(label.group(1)) if label else set()
            yield from self._check_block(page, block, described, lexicon, extra, allowed, severity, hits)

    def _check_block(self, page, block, described, lexicon, extra, allowed, severity, hits):
        source = page.doc.source
        for sentence in block.sentences:
            if hits is not None:
                first_hit = bisect.bisect_left(hits, sentence.start)
                if first_hit == len(hits) or hits[first_hit] >= sentence.end:
                    continue
            spans = tokenise(source[sentence.start:sentence.end])
            tokens = [token for _, _, token in spans]
            found: list[tuple[int, int, str]] = []  # (first token, token count, advice)
            matches = list(lexicon.find(tokens, check="plain"))
            text = source[sentence.start:sentence.end]
            for match in matches:
                if allowed and (match.form in allowed or match.entry.name in allowed
                                or allowed.intersection(lemmas(match.form))):
                    continue
                if _mentioned(text, spans, tokens, match, matches):
                    continue
                if described and described.intersection(_lemma_set(match.form)):
                    continue  # the example sentence of a usage note about this very word
                found.append((match.index, match.size, match.entry.plain))
            if extra:
                taken = {i for first, size, _ in found for i in range(first, first + size)}
                for index, token in enumerate(tokens):
                    for phrase, instead in extra.get(token, ()):
                        if tuple(tokens[index:index + len(phrase)]) == phrase and index not in taken:
                            found.append((index, len(phrase), instead))
                            break
            for first, size, advice in sorted(found):
                start = sentence.start + spans[first][0]
                end = sentence.start + spans[first + size - 1][1]
                written = " ".join(source[start:end].split())
                yield page.finding(self.id, severity, start, end, f'"{written}" has a plainer alternative.',
                                   f"Try: {advice}.")
