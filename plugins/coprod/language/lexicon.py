"""The lexicon: one list of plainer words for the plain-words rule and the easy read generator.

The words live in `lexicon.yml` next to this file (its header explains each
key). This module reads it once and answers two questions about a word or
phrase *in its place in a sentence*:

- is it a problem here? ("We deliver meals" is fine; "deliver training" is not)
- if so, is there a swap that keeps the meaning, and what exactly is it?
  ("facilitated" -> "helped"; "key" in "The key was under the mat" -> nothing;
  "committed to" -> flag only, never "promised to")

API (stable: later versions add to it, never rename):

    from coprod.language.lexicon import get_lexicon, tokenise
    lexicon = get_lexicon()              # loaded once per process

    # For a generator working on text: every problem word with its swap.
    for swap in lexicon.swaps(text):     # list[Swap], in order, not overlapping
        swap.start, swap.end             # character offsets in `text`
        swap.text                        # as written: "Facilitated"
        swap.replacement                 # "Helped" (case matched), "" to drop
                                         # the word, or None: flag only, keep it
        swap.entry.plain                 # advice for the editor: "help, make easier, run"
    # Only entries for standard pages (the plain-words rule's list):
    lexicon.swaps(text, check="plain")

    # For one form in a context you have already tokenised:
    lexicon.safe_swap("delivered", before=["we"], after=["the", "parcels"])  -> None
    lexicon.safe_swap("facilitated", before=["she"], after=["the", "move"]) -> "helped"
    # `before` is the tokens before the form (nearest last), `after` the tokens
    # after it (nearest first), lower case; a punctuation mark is a token, and
    # an empty list means the sentence starts or ends there.

    # Word by word, as the rules do (tokens from `tokenise`, lower case):
    for match in lexicon.find(tokens, check="plain"):
        match.index, match.size, match.entry, match.form, match.replacement

    lexicon.number_words                 # {"one": 1, ..., "million": 1000000}
    lemmas("headings") -> ("heading",)   # dictionary forms of a word (lemminflect)
    lexicon.covers("utilised")           # whether any entry lists this word form

An entry's `check` is "plain" (the plain-words rule flags it on every page) or
"easy" (only the easy read generator swaps it: an ordinary word on a standard
page, such as "provide").
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterator, NamedTuple

import yaml

DATA = Path(__file__).with_name("lexicon.yml")

# Words and punctuation. "e.g.", "etc." and "individuals'" are one token each.
TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|etc\.|\d+(?:[.,]\d+)*%?|[^\W\d_]+(?:['’\-‐][^\W\d_]+)*(?:(?<=s)['’](?!\w))?"
                   r"|[^\w\s]")
_CONDITION_KEYS = {"prev_in", "prev_not_in", "next_in", "next_not_in", "object_in", "object_not_in", "form_in",
                   "form_not_in"}
_ENTRY_KEYS = {"lemma", "pos", "forms", "plain", "easy", "check", "when", "swap"}
_TAGS = {"verb": ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ"), "noun": ("NN", "NNS"), "adj": ("JJ", "JJR", "JJS")}
_UPOS = {"verb": "VERB", "noun": "NOUN", "adj": "ADJ"}
# Before a past participle ("has helped", "was given"), not a past tense.
_PARTICIPLE_AFTER = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had",
                               "'s", "'re", "'ve", "get", "gets", "got", "having"})


def tokenise(text: str) -> list[tuple[int, int, str]]:
    """(start, end, lower-case token) for each word and punctuation mark; curly apostrophes made straight."""
    if text.isascii():  # then lower case is letter for letter, and there is no curly apostrophe
        lower = text.lower()
        return [(start, end, lower[start:end]) for start, end in map(re.Match.span, TOKEN.finditer(text))]
    return [(m.start(), m.end(), m.group(0).lower().replace("’", "'")) for m in TOKEN.finditer(text)]


def _build_lemma_table() -> dict[str, tuple[str, ...]]:
    from lemminflect import getAllLemmas
    from lemminflect.core.Lemmatizer import Lemmatizer

    table = {}
    for word in Lemmatizer()._getLemmaDict():
        found: list[str] = []
        for options in getAllLemmas(word).values():
            found += [lemma.lower() for lemma in options if lemma.lower() not in found]
        if found and found != [word]:
            table[word] = tuple(found)
    return table


@lru_cache(maxsize=1)
def _lemma_table() -> dict[str, tuple[str, ...]]:
    # lemminflect takes about half a second to read its dictionary; the table we need loads in a tenth of that.
    from ..cache import cached_table

    return cached_table("lemmas-en", ("lemminflect",), _build_lemma_table)


def lemmas(word: str) -> tuple[str, ...]:
    """The dictionary forms of a word: "headings" -> ("heading",); the word itself when it has none."""
    word = word.lower()
    return _lemma_table().get(word, (word,))


def _build_noun_table() -> dict[str, int]:
    from lemminflect.core.Lemmatizer import Lemmatizer

    return {word: 1 for word, by_pos in Lemmatizer()._getLemmaDict().items()
            if by_pos and set(by_pos) <= {"NOUN", "PROPN"}}


class Nouns:
    """Words that are only ever nouns ("policy", "group"), read from lemminflect's dictionary when first asked.

    After a noun swapped for a phrase, such a word makes a compound: "participation policy" cannot become
    "taking part policy". lexicon.yml names this set `$nouns`.
    """
    _table: dict | None = None

    def __contains__(self, word: str) -> bool:
        if Nouns._table is None:
            from ..cache import cached_table

            Nouns._table = cached_table("nouns-en", ("lemminflect",), _build_noun_table)
        return word in Nouns._table


def cached_results(kind: str, keys, compute) -> dict:
    """compute(key) for each key, kept in the cache folder under a name made from the keys.

    For results that need lemminflect's tables (slow to load) but depend only on
    a few words that change seldom: the lexicon's forms, glossary phrases.
    """
    from ..cache import cached_table

    keys = sorted(set(keys))
    digest = hashlib.sha1("\n".join(keys).encode("utf-8")).hexdigest()[:16]
    return cached_table(f"{kind}-{digest}", ("lemminflect",), lambda: {key: compute(key) for key in keys})


def phrase_forms(phrase: str) -> tuple[str, ...]:
    """Other forms of a phrase of several words, from its first word: "suffers from" -> "suffered from"...,
    "victim of" -> "victims of". Not from an -ing word used as an adjective ("challenging behaviour")."""
    first, _, rest = phrase.lower().partition(" ")
    if not rest or not first.isalpha():
        return ()
    from lemminflect import getAllInflections, getAllLemmas

    forms: list[str] = []
    if not first.endswith("ing"):
        for lemma in getAllLemmas(first, upos="VERB").get("VERB", ()):
            for options in getAllInflections(lemma, upos="VERB").values():
                forms += [f"{form} {rest}" for form in options if form != first]
    if first in getAllLemmas(first, upos="NOUN").get("NOUN", ()):
        forms += [f"{form} {rest}" for form in getAllInflections(first, upos="NOUN").get("NNS", ())]
    return tuple(dict.fromkeys(form for form in forms if form != phrase.lower()))


@dataclass(frozen=True)
class Condition:
    """Every test given must hold. Each is a set of lower-case tokens, or None for no test."""
    prev_in: frozenset | None = None
    prev_not_in: frozenset | None = None
    next_in: frozenset | None = None
    next_not_in: frozenset | None = None
    object_in: frozenset | None = None
    object_not_in: frozenset | None = None
    form_in: frozenset | None = None
    form_not_in: frozenset | None = None

    def holds(self, form: str, before: list[str], after: list[str], determiners: frozenset) -> bool:
        prev = before[-1] if before else ""
        nxt = after[0] if after else ""
        if self.form_in is not None and form not in self.form_in:
            return False
        if self.form_not_in is not None and form in self.form_not_in:
            return False
        if self.prev_in is not None and prev not in self.prev_in:
            return False
        if self.prev_not_in is not None and prev in self.prev_not_in:
            return False
        if self.next_in is not None and nxt not in self.next_in:
            return False
        if self.next_not_in is not None and nxt in self.next_not_in:
            return False
        if self.object_in is not None or self.object_not_in is not None:
            # The object: the first words after the form that are not "the", "our"...; an adjective may
            # come first ("deliver bad news"), so the word after it counts too.
            objects = [w for w in after[:5] if w not in determiners and w != "of"][:2]
            if objects[1:] and not objects[1][0].isalnum():
                objects = objects[:1]
            obj = objects[0] if objects else ""
            if self.object_in is not None and obj not in self.object_in:
                return False
            if self.object_not_in is not None and any(w in self.object_not_in for w in objects):
                return False
        return True


def _any_holds(conditions: tuple[Condition, ...], form, before, after, determiners) -> bool:
    return any(c.holds(form, before, after, determiners) for c in conditions)


class _Replacement(NamedTuple):
    """What a form becomes: one text, or a past tense and a participle that differ ("gave", "given")."""
    text: str
    participle: str | None = None

    def choose(self, before: list[str]) -> str:
        if self.participle is None:
            return self.text
        return self.participle if before and before[-1] in _PARTICIPLE_AFTER else self.text


@dataclass(frozen=True)
class Case:
    """Where a swap is safe (any one condition; none means always), and the text for each form."""
    conditions: tuple[Condition, ...]
    replacements: dict = field(hash=False, compare=False)  # form -> _Replacement


@dataclass(frozen=True)
class Entry:
    name: str  # the lemma or the first form, to name the entry in messages and tests
    forms: tuple[str, ...]
    plain: str  # advice for editors: "help, make easier, run"
    check: str  # "plain" or "easy"
    when: tuple[Condition, ...]  # where it is a problem; empty: everywhere
    cases: tuple[Case, ...]  # where the generator may swap it; empty: never

    def replacement(self, form: str, before: list[str], after: list[str], determiners: frozenset) -> str | None:
        for case in self.cases:
            if form in case.replacements and (not case.conditions
                                               or _any_holds(case.conditions, form, before, after, determiners)):
                return case.replacements[form].choose(before)
        return None


class Match(NamedTuple):
    index: int  # first token
    size: int  # how many tokens
    entry: Entry
    form: str  # the form found, lower case: "facilitated"
    replacement: str | None  # lower case; None: flag only


class Swap(NamedTuple):
    start: int
    end: int
    text: str  # as written
    replacement: str | None  # case matched to the text; "" drops the word; None: flag only
    entry: Entry


def match_case(original: str, replacement: str) -> str:
    return replacement[:1].upper() + replacement[1:] if original[:1].isupper() else replacement


class Lexicon:
    def __init__(self, entries: list[Entry], number_words: dict[str, int], determiners: frozenset):
        self.entries = entries
        self.number_words = number_words
        self.determiners = determiners
        self._by_first: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
        for entry in entries:
            for form in entry.forms:
                words = tuple(token for _, _, token in tokenise(form))
                self._by_first.setdefault(words[0], []).append((words, entry))
        for candidates in self._by_first.values():
            candidates.sort(key=lambda item: -len(item[0]))  # longest phrase first
        self.first_words = frozenset(self._by_first)
        self._pattern: re.Pattern | None = None
        self._lower_case_pattern: re.Pattern | None = None
        self.single_words = frozenset(form for entry in entries for form in entry.forms if " " not in form)

    @property
    def pattern(self) -> re.Pattern:
        """A regex for every form, as whole words in any case: a quick test of whether a text holds any.

        Built as a trie, so one pass over a page costs about the same however many forms there are.
        """
        if self._pattern is None:
            from ..glossary import _trie, _trie_regex

            forms = {form for entry in self.entries for form in entry.forms}
            body = _trie_regex(_trie(forms), exact_spaces=False)
            self._pattern = re.compile(rf"(?<![\w'’-])(?i:{body})(?![\w'’-])")
            # The same for text in lower case, where every form is: matching without regard to case is slower.
            if all(form == form.lower() for form in forms):
                self._lower_case_pattern = re.compile(rf"(?<![\w'’-])(?:{body})(?![\w'’-])")
        return self._pattern

    def starts(self, text: str) -> list[int]:
        """Where each match of `pattern` starts in a text.

        An ASCII text is searched in lower case, letter for letter the same
        places, with a pattern that need not match in any case: twice as fast.
        """
        pattern = self.pattern
        if self._lower_case_pattern is not None and text.isascii():
            return [m.start() for m in self._lower_case_pattern.finditer(text.lower())]
        return [m.start() for m in pattern.finditer(text)]

    def covers(self, word: str) -> bool:
        """Whether an entry lists this one-word form ("utilised"), so another rule can leave it to plain-words."""
        return word.lower().replace("’", "'") in self.single_words

    def find(self, tokens: list[str], check: str | None = None) -> Iterator[Match]:
        """Each problem phrase in a list of lower-case tokens, longest first, not overlapping.

        `check="plain"` keeps to the plain-words list; None gives every entry.
        """
        by_first = self._by_first
        free = 0  # the first token not inside a phrase found already
        # Only the tokens that start some phrase are tried: most words start none.
        for index in [index for index, token in enumerate(tokens) if token in by_first]:
            if index < free:
                continue
            for phrase, entry in by_first[tokens[index]]:
                size = len(phrase)
                if (check is not None and entry.check != check) or tuple(tokens[index:index + size]) != phrase:
                    continue
                form = " ".join(phrase)
                before, after = tokens[max(0, index - 3):index], tokens[index + size:index + size + 5]
                if entry.when and not _any_holds(entry.when, form, before, after, self.determiners):
                    continue
                yield Match(index, size, entry, form,
                            entry.replacement(form, before, after, self.determiners))
                free = index + size
                break

    def swaps(self, text: str, check: str | None = None) -> list[Swap]:
        """Each problem phrase in a text, with the exact text to put in its place (None: flag only)."""
        if text.isascii():
            # The tokens alone first (lower case is letter for letter, no token holds a line break);
            # where each is, only when a phrase is found: most texts have none.
            words = TOKEN.findall(text)
            if not words:
                return []
            tokens = "\n".join(words).lower().split("\n")
            matches = list(self.find(tokens, check))
            if not matches:
                return []
            spans = tokenise(text)
        else:
            spans = tokenise(text)
            tokens = [token for _, _, token in spans]
            matches = self.find(tokens, check)
        found = []
        for match in matches:
            start, end = spans[match.index][0], spans[match.index + match.size - 1][1]
            written = text[start:end]
            replacement = None if match.replacement is None else match_case(written, match.replacement)
            found.append(Swap(start, end, written, replacement, match.entry))
        return found

    def safe_swap(self, form: str, before: list[str] | str = (), after: list[str] | str = ()) -> str | None:
        """The replacement for `form` between these tokens, or None when it may only be flagged (or is fine here).

        `before` and `after` may be lists of lower-case tokens or plain text.
        """
        before = [t for _, _, t in tokenise(before)] if isinstance(before, str) else list(before)
        after = [t for _, _, t in tokenise(after)] if isinstance(after, str) else list(after)
        tokens = [t for _, _, t in tokenise(form)]
        for match in self.find(before + tokens + after):
            if match.index == len(before) and match.size == len(tokens):
                return match.replacement
        return None

    def entry_for(self, form: str) -> Entry | None:
        """The entry that lists this form (any context)."""
        tokens = tuple(t for _, _, t in tokenise(form))
        for phrase, entry in self._by_first.get(tokens[0] if tokens else "", ()):
            if phrase == tokens:
                return entry
        return None


# Loading ---------------------------------------------------------------------------------------------------------


class LexiconError(ValueError):
    pass


_INFLECTIONS: dict = {}  # "pos:word" -> the result of _compute_inflections, filled from the cache by get_lexicon


def _inflections(lemma: str, pos: str) -> dict[str, tuple[str, ...]]:
    """tag -> forms of a word or phrase (the first word inflects: "make sure" -> "made sure")."""
    key = f"{pos}:{lemma}"
    if key not in _INFLECTIONS:
        _INFLECTIONS[key] = _compute_inflections(key)
    return _INFLECTIONS[key]


def _compute_inflections(key: str) -> dict[str, tuple[str, ...]]:
    from lemminflect import getInflection

    pos, _, lemma = key.partition(":")

    head, _, rest = lemma.partition(" ")
    tail = " " + rest if rest else ""
    result = {}
    for tag in _TAGS[pos]:
        # lemminflect leaves out a participle that is the same as the past tense: getInflection fills it in.
        forms = getInflection(head, tag=tag) or getInflection(head, tag=tag, inflect_oov=True)
        if forms:
            result[tag] = tuple(form + tail for form in forms)
    result.setdefault(_TAGS[pos][0], (lemma,))
    return result


class _Union:
    """Words of a list and of named sets: [of, $nouns]."""

    def __init__(self, parts: list):
        self.parts = parts

    def __contains__(self, word: str) -> bool:
        return any(word in part for part in self.parts)


def _word_set(value, sets: dict[str, frozenset], where: str):
    if isinstance(value, str):
        if value == "$nouns":
            return Nouns()
        if value.startswith("$"):
            if value[1:] not in sets:
                raise LexiconError(f"{where}: there is no set called {value[1:]!r}")
            return sets[value[1:]]
        value = [value]
    named = [_word_set(word, sets, where) for word in value if isinstance(word, str) and word.startswith("$")]
    words = frozenset(str(word).lower().replace("’", "'") for word in value
                      if not (isinstance(word, str) and word.startswith("$")))
    return _Union([words, *named]) if named else words


def _conditions(value, sets, where: str) -> tuple[Condition, ...]:
    if value is None:
        return ()
    items = value if isinstance(value, list) else [value]
    result = []
    for item in items:
        unknown = set(item) - _CONDITION_KEYS - {"easy"}
        if unknown:
            raise LexiconError(f"{where}: unknown condition {sorted(unknown)}")
        result.append(Condition(**{key: _word_set(words, sets, where) for key, words in item.items()
                                   if key in _CONDITION_KEYS}))
    return tuple(result)


def _replacements(easy, lemma_forms: dict[str, tuple[str, str]], forms: tuple[str, ...], pos: str | None):
    """form -> _Replacement. `lemma_forms` maps each inflected form to (its lemma, its tag)."""
    if easy is None:
        return {}
    if isinstance(easy, dict):
        return {str(form).lower(): _Replacement(str(text)) for form, text in easy.items()}
    easy = str(easy)
    if not lemma_forms:
        return {form: _Replacement(easy) for form in forms}
    result = {}
    for form, tags in lemma_forms.items():
        table = _inflections(easy, pos) if easy else {}
        options = {table.get(tag, (easy,))[0] for tag in tags} if easy else {""}
        if len(options) == 1:
            result[form] = _Replacement(options.pop())
        elif {"VBD", "VBN"} <= set(tags):
            result[form] = _Replacement(table["VBD"][0], table["VBN"][0])
        else:  # a form of several tags whose plain words differ ("sets"): safest to flag only
            continue
    return result


def _entry(raw: dict, sets, where: str) -> Entry:
    unknown = set(raw) - _ENTRY_KEYS
    if unknown:
        raise LexiconError(f"{where}: unknown key {sorted(unknown)}")
    pos = raw.get("pos")
    lemma_forms: dict[str, set] = {}
    lemmas_given = raw.get("lemma") or []
    for lemma in [lemmas_given] if isinstance(lemmas_given, str) else lemmas_given:
        if pos not in _TAGS:
            raise LexiconError(f"{where}: a lemma needs pos: verb, noun or adj")
        for tag, forms in _inflections(lemma, pos).items():
            for form in forms:
                lemma_forms.setdefault(form.lower(), set()).add(tag)
    forms = tuple(dict.fromkeys([*lemma_forms, *(str(f).lower() for f in raw.get("forms", []))]))
    if not forms:
        raise LexiconError(f"{where}: give a lemma or forms")
    if "plain" not in raw:
        raise LexiconError(f"{where}: say what to use instead, with plain:")
    easy = raw.get("easy")
    swap = raw.get("swap")
    cases: list[Case] = []
    if swap != "never":
        if isinstance(swap, list) and any("easy" in case for case in swap):
            for case in swap:
                cases.append(Case(_conditions(case, sets, where),
                                  _replacements(case.get("easy"), lemma_forms, forms, pos)))
        else:
            replacements = _replacements(easy, lemma_forms, forms, pos)
            if replacements:
                cases.append(Case(_conditions(swap, sets, where), replacements))
    check = raw.get("check", "plain")
    if check not in ("plain", "easy"):
        raise LexiconError(f"{where}: check must be plain or easy")
    name = (lemmas_given if isinstance(lemmas_given, str) else (lemmas_given or forms)[0])
    return Entry(str(name), forms, str(raw["plain"]), check, _conditions(raw.get("when"), sets, where),
                 tuple(cases))


def parse_lexicon(data: dict, path: str = "lexicon.yml") -> Lexicon:
    sets = {name: _word_set(words, {}, f"{path}: sets: {name}") for name, words in data.get("sets", {}).items()}
    entries = []
    for number, raw in enumerate(data.get("entries", []), 1):
        entries.append(_entry(raw, sets, f"{path}: entry {number} ({raw.get('lemma') or raw.get('forms')})"))
    numbers = {str(word): int(value) for word, value in data.get("numbers", {}).items()}
    return Lexicon(entries, numbers, sets.get("determiner", frozenset()))


def _inflection_keys(data: dict) -> list[str]:
    """Every "pos:word" the entries of lexicon.yml will ask lemminflect about."""
    keys = []
    for raw in data.get("entries", []):
        pos = raw.get("pos")
        if pos not in _TAGS:
            continue
        lemma = raw.get("lemma") or []
        words = [lemma] if isinstance(lemma, str) else list(lemma)
        swap = raw.get("swap")
        for easy in [raw.get("easy"), *([c.get("easy") for c in swap] if isinstance(swap, list) else [])]:
            if isinstance(easy, str) and easy:
                words.append(easy)
        keys += [f"{pos}:{word}" for word in words]
    return keys


@lru_cache(maxsize=1)
def lexicon_data() -> dict:
    """lexicon.yml as data, parsed once per process for the lexicon, the number words and the word sets.

    Parsing the YAML takes longer than checking a page, so the result is kept in
    the cache folder under a name made from the file's text. Do not change it.
    """
    from ..cache import cached_table

    text = DATA.read_text(encoding="utf-8")
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
    return cached_table(f"lexicon-data-{digest}", (),
                        lambda: yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))


@lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    """The lexicon from lexicon.yml, read once per process (word forms come from the cache folder)."""
    data = lexicon_data()
    _INFLECTIONS.update(cached_results("lexicon-forms", _inflection_keys(data), _compute_inflections))
    return parse_lexicon(data, str(DATA))
