"""glossary.yml in, a checked glossary with fast matchers out.

Every problem names `glossary.yml:LINE` and says how to fix it. Terms are
found in text with one combined regular expression built from a trie of every
spelling, so matching stays linear in the page's length however many terms
the glossary holds.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import GlossaryError
from .prose import FAST_SAFE_LOADER

_TERM_KEYS = {"term", "definition", "easy_read", "abbreviation", "variants", "avoid", "related", "icon", "source"}
# "when" names a context from language/context.py; "unless_next" and "unless_near" list words that make a
# phrase fine ("placement of"); a discouraged phrase is then only reported where it is a problem.
_AVOID_KEYS = {"phrase", "reason", "when", "unless_next", "unless_near"}
_DISCOURAGED_KEYS = {"phrase", "instead", "reason", "when", "unless_next", "unless_near"}
_TOP_KEYS = {"terms", "discouraged"}
_DASHES = "\\-‐‑‒–—"  # for use inside [ ] in a regex
# Terms and phrases are words, not sentences; the limit also keeps the matcher small.
MAX_PHRASE = 100
_SHORT_FIELDS = {"term", "abbreviation", "variants", "related", "phrase", "instead"}
ABBREVIATION = re.compile(r"^[A-Z][A-Z0-9&]*[A-Z0-9]$")


@dataclass
class Avoid:
    """A phrase to avoid. `instead` is advice for editors, never text to paste into a page."""
    phrase: str
    instead: str
    reason: str
    line: int
    term: "Term | None" = None
    when: tuple[str, ...] = ()  # contexts that must all hold, such as "about people"
    unless_next: frozenset = frozenset()  # words after it that make it fine: "placement of"
    unless_near: frozenset = frozenset()  # words in the same sentence that make it fine

    @property
    def forms(self) -> tuple[str, ...]:
        """Other forms of a phrase of several words: "victims of", "suffered from" (plurals of the last
        word are matched anyway)."""
        from .language.lexicon import phrase_forms

        return phrase_forms(self.phrase)

    def applies(self, text: str, start: int, end: int, low: int = 0, high: int | None = None,
                elsewhere: bool = False) -> bool:
        """Whether the phrase found at text[start:end] is a problem where it stands.

        `elsewhere`: the whole text is about another field, such as law or computers.
        """
        from .language.context import applies, tokens_around

        if _inside_name(text, start, end, low) and not any(c.isupper() for c in self.phrase[1:]):
            return False
        if not (self.when or self.unless_next or self.unless_near):
            return True
        before, after, sentence = tokens_around(text, start, end, low, high)
        if after and after[0] in self.unless_next:
            return False
        if self.unless_near and any(word in self.unless_near for word in sentence):
            return False
        return all(applies(context, before, after, sentence, elsewhere) for context in self.when)


_WORDS_BEFORE = re.compile(r"(?:[\w'’-]+[^\w.!?]+){1,4}$")


def _inside_name(text: str, start: int, end: int, low: int = 0) -> bool:
    """Whether a phrase written with capitals inside it sits among other capitalised words: part of a name,
    like "the Disabled" in "the Credit for the Elderly or the Disabled" (but not "The Service User said")."""
    if not any(word[:1].isupper() for word in text[start:end].split()[1:]):
        return False
    before = _WORDS_BEFORE.search(text, max(low, start - 60), start)
    words_before = before.group(0).split() if before else []
    sentence_start = before is not None and (before.start() == low or re.search(r"[.!?]\s*$", text[max(low, before.start() - 3):before.start()]))
    if sentence_start:
        words_before = words_before[1:]  # the first word of a sentence has a capital anyway
    return any(word[:1].isupper() for word in words_before) or bool(_CAPITAL_AFTER.match(text, end))


@dataclass
class Term:
    term: str
    definition: str
    easy_read: str
    line: int
    abbreviation: str | None = None
    variants: list[str] = field(default_factory=list)
    avoid: list[Avoid] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    icon: str | None = None
    source: str | None = None
    definition_line: int = 0
    easy_read_line: int = 0
    unique_anchor: str | None = None  # set by the Glossary when two terms share a slug ("C++", "C#")

    @property
    def anchor(self) -> str:
        return self.unique_anchor or slug(self.term) or "term"

    @property
    def forms(self) -> list[str]:
        """Every accepted spelling (plurals are added when matching)."""
        return [self.term, *self.variants]


@dataclass
class Glossary:
    path: str
    terms: list[Term]
    discouraged: list[Avoid]
    _term_matcher: "Matcher | None" = field(default=None, repr=False)
    _avoid_matcher: "Matcher | None" = field(default=None, repr=False)
    _misspelling_matcher: "Matcher | None" = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.by_form: dict[str, Term] = {}
        self.by_abbreviation: dict[str, Term] = {}
        taken: set[str] = set()
        for term in self.terms:
            # One id per term, even when two slugs agree: "C++" is #c, "C#" #c-2.
            base = anchor = slug(term.term) or "term"
            number = 1
            while anchor in taken:
                number += 1
                anchor = f"{base}-{number}"
            taken.add(anchor)
            term.unique_anchor = anchor
        for term in self.terms:
            for form in term.forms:
                self.by_form[normalise(form)] = term
            if term.abbreviation:
                self.by_abbreviation[term.abbreviation] = term
        self.by_anchor = {term.anchor: term for term in self.terms}

    # Every discouraged phrase, whether tied to a term (avoid) or not.
    @property
    def all_avoids(self) -> list[Avoid]:
        return [a for t in self.terms for a in t.avoid] + self.discouraged

    def lookup(self, text: str) -> Term | None:
        """The term that a piece of text spells (any case, dash or plural)."""
        if text in self.by_abbreviation:
            return self.by_abbreviation[text]
        key = normalise(text)
        for candidate in (key, _singular(key)):
            if candidate in self.by_form:
                return self.by_form[candidate]
        return self.by_anchor.get(slug(text))

    @property
    def term_matcher(self) -> "Matcher":
        if self._term_matcher is None:
            forms = {form: term for term in self.terms for form in term.forms}
            abbreviations = {t.abbreviation: t for t in self.terms if t.abbreviation}
            self._term_matcher = Matcher(forms, abbreviations)
        return self._term_matcher

    @property
    def avoid_matcher(self) -> "Matcher":
        if self._avoid_matcher is None:
            from .language.lexicon import cached_results, phrase_forms

            forms = cached_results("avoid-forms", [a.phrase for a in self.all_avoids], phrase_forms)
            phrases = {form: a for a in self.all_avoids for form in forms[a.phrase]}
            phrases.update({a.phrase: a for a in self.all_avoids})
            self._avoid_matcher = Matcher(phrases, hyphen_or_space=True)
        return self._avoid_matcher

    def avoid_finditer(self, text: str, start: int = 0, end: int | None = None):
        """(match, avoid) for each discouraged phrase between start and end that is a problem where it stands."""
        from .language.context import page_is_elsewhere

        elsewhere = None  # worked out once, and only when a phrase needs it
        for match, avoid in self.avoid_matcher.finditer(text, start, end):
            if elsewhere is None and avoid.when:
                elsewhere = page_is_elsewhere(text)
            if avoid.applies(text, match.start(), match.end(), start, end, bool(elsewhere)):
                yield match, avoid

    @property
    def misspelling_matcher(self) -> "Matcher":
        """Other spellings of hyphenated terms: "coproduction", "co production"."""
        if self._misspelling_matcher is None:
            wrong: dict[str, Term] = {}
            for term in self.terms:
                for form in term.forms:
                    if "-" in form:
                        for joined in (form.replace("-", ""), form.replace("-", " ")):
                            if normalise(joined) not in self.by_form:
                                wrong[joined] = term
            self._misspelling_matcher = Matcher(wrong, exact_spaces=True)
        return self._misspelling_matcher


_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+$")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")


def inside_longer_name(text: str, start: int, end: int, term: Term) -> bool:
    """Whether a match is part of a longer name, like "Needs Assessment" in
    "Joint Strategic Needs Assessment": a common term, written with a capital,
    next to other capitalised words."""
    if not term.term[:1].islower() or not text[start:start + 1].isupper():
        return False
    return bool(_CAPITAL_BEFORE.search(text, max(0, start - 40), start) or _CAPITAL_AFTER.match(text, end))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def normalise(text: str) -> str:
    text = re.sub(f"[{_DASHES}]", "-", text.lower())
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip()


def _singular(text: str) -> str:
    if text.endswith("ies"):
        return text[:-3] + "y"
    if text.endswith("es") and text[:-2].endswith(("s", "x", "ch", "sh")):
        return text[:-2]
    if text.endswith("s"):
        return text[:-1]
    return text


class Matcher:
    """Finds any of many phrases in text with one regular expression.

    Phrases match whole words, in any case, with any dash for a hyphen, any
    run of spaces for a space, and an optional plural ending. Abbreviations
    match in capitals only.
    """

    def __init__(self, phrases: dict, abbreviations: dict | None = None, exact_spaces: bool = False,
                 hyphen_or_space: bool = False):
        self.values = {normalise(p): v for p, v in phrases.items()}
        self.hyphen_or_space = hyphen_or_space
        self.abbreviations = dict(abbreviations or {})
        self._value_of_found: dict = {}
        parts = []
        if phrases:
            trie = _trie(normalise(p) for p in phrases)
            parts.append(f"(?i:{_trie_regex(trie, exact_spaces, hyphen_or_space)})(?:(?<=[^sy])s|(?<=[sxh])es|(?<=y)s)?")
        if self.abbreviations:
            trie = _trie(self.abbreviations)
            parts.append(f"(?:{_trie_regex(trie, exact_spaces=True)})s?")
        body = "|".join(parts) or r"(?!x)x"
        self.pattern = re.compile(rf"(?<![\w{_DASHES}'’])(?:{body})(?![\w'’]|[{_DASHES}]\w)")

    def finditer(self, text: str, start: int = 0, end: int | None = None):
        """(match, value) for each phrase found between start and end."""
        for match in self.pattern.finditer(text, start, len(text) if end is None else end):
            value = self.value_of(match.group(0))
            if value is not None:
                yield match, value

    def value_of(self, text: str):
        # The same few spellings come up on every page: each is worked out once.
        try:
            return self._value_of_found[text]
        except KeyError:
            value = self._value_of_found[text] = self._work_out_value_of(text)
            return value

    def _work_out_value_of(self, text: str):
        if text in self.abbreviations:
            return self.abbreviations[text]
        if text.endswith("s") and text[:-1] in self.abbreviations:
            return self.abbreviations[text[:-1]]
        keys = [normalise(text)]
        if self.hyphen_or_space:
            keys.append(keys[0].replace(" ", "-"))
        for key in keys:
            for candidate in (key, _singular(key), key[:-1] if key.endswith("s") else key):
                if candidate in self.values:
                    return self.values[candidate]
        return None


def _trie(words) -> dict:
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = True
    return root


def _char_regex(char: str, exact_spaces: bool, hyphen_or_space: bool) -> str:
    if char == "-":
        return rf"(?:[{_DASHES}]|\s+)" if hyphen_or_space else f"[{_DASHES}]"
    if char == " ":
        return " " if exact_spaces else r"\s+"
    if char == "'":
        return "['’]"
    return re.escape(char)


def _trie_regex(node: dict, exact_spaces: bool, hyphen_or_space: bool = False) -> str:
    """A regex for every word in a trie, longest first, sharing prefixes."""
    ends = "" in node
    branches = []
    for char, child in sorted(node.items(), key=lambda item: item[0]):
        if char == "":
            continue
        # A run of letters with no other way on is written in a loop, not by recursion,
        # so a long phrase does not nest one call per letter.
        chain = [_char_regex(char, exact_spaces, hyphen_or_space)]
        while len(child) == 1 and "" not in child:
            (char, child), = child.items()
            chain.append(_char_regex(char, exact_spaces, hyphen_or_space))
        branches.append("".join(chain) + _trie_regex(child, exact_spaces, hyphen_or_space))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body


# --- loading and checking glossary.yml -------------------------------------------


def _line(node) -> int:
    return node.start_mark.line + 1


class _Reader:
    """Turns YAML nodes into values, collecting every problem with its line."""

    def __init__(self, path: str):
        self.path = path
        self.problems: list[GlossaryError] = []

    def problem(self, node_or_line, message: str) -> None:
        line = node_or_line if isinstance(node_or_line, int) else _line(node_or_line)
        self.problems.append(GlossaryError(message, self.path, line))

    def mapping(self, node, keys: set[str], what: str) -> dict | None:
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"each {what} must be a list of 'key: value' lines.")
            return None
        values = {}
        lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value
            if key in lines:
                self.problem(key_node, f'"{key}" is given twice in this {what} (also on line {lines[key]}), '
                                       "and only the last would count. Keep one of them.")
                continue
            lines[key] = _line(key_node)
            if key not in keys:
                hint = difflib.get_close_matches(str(key), sorted(keys), n=1)
                did_you_mean = f' Did you mean "{hint[0]}"?' if hint else ""
                self.problem(key_node, f'"{key}" is not a key a {what} can have.{did_you_mean} '
                                       f"The keys are: {', '.join(sorted(keys))}.")
                continue
            values[key] = value_node
        return values

    def text(self, node, name: str, required: bool = False, parent_line: int | None = None) -> str | None:
        if node is None:
            if required:
                self.problem(parent_line or 1, f'this entry has no "{name}". Add one.')
            return None
        if not isinstance(node, yaml.ScalarNode) or node.tag not in (
                "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"):
            self.problem(node, f'"{name}" must be text.')
            return None
        value = str(node.value).strip()
        if not value:
            self.problem(node, f'"{name}" is empty. Write it, or remove the line.')
            return None
        if name in _SHORT_FIELDS and len(value) > MAX_PHRASE:
            self.problem(node, f'"{name}" is {len(value)} characters long. A {name} is a word or short '
                               f"phrase of up to {MAX_PHRASE} characters: put the longer text in the definition.")
            return None
        return value

    def entries(self, node, name: str, keys: set[str], what: str):
        """(entry node, its values) for each entry of a list such as "avoid" or "discouraged"."""
        if node is None:
            return
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f'"{name}" must be a list of entries, each starting with "- phrase:".')
            return
        for item in node.value:
            values = self.mapping(item, keys, what)
            if values is not None:
                yield item, values

    def texts(self, node, name: str) -> list[str]:
        if node is None:
            return []
        if isinstance(node, yaml.ScalarNode):
            value = self.text(node, name)
            return [value] if value else []
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f'"{name}" must be a list, like [one, two].')
            return []
        return [v for v in (self.text(item, name) for item in node.value) if v]


def parse_glossary(text: str, path: str = "glossary.yml", icon_exists=None) -> Glossary:
    """A checked glossary. `icon_exists(name)`, from the adapter, checks icon names (None: not checked)."""
    reader = _Reader(path)
    try:
        root = yaml.compose(text, Loader=FAST_SAFE_LOADER)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or "it is not valid YAML"
        raise GlossaryError(f"{path} is not valid YAML here ({problem}). Check the colons, dashes "
                            "and indents on this line and the one before.", path,
                            mark.line + 1 if mark else None) from None
    if root is None:
        return Glossary(path, [], [])
    top = reader.mapping(root, _TOP_KEYS, "glossary file")
    if top is None:
        raise reader.problems[0]

    terms: list[Term] = []
    terms_node = top.get("terms")
    if terms_node is not None and not isinstance(terms_node, yaml.SequenceNode):
        reader.problem(terms_node, '"terms" must be a list of entries, each starting with "- term:".')
    for entry in getattr(terms_node, "value", []) if isinstance(terms_node, yaml.SequenceNode) else []:
        values = reader.mapping(entry, _TERM_KEYS, "term")
        if values is None:
            continue
        line = _line(entry)
        name = reader.text(values.get("term"), "term", True, line)
        definition = reader.text(values.get("definition"), "definition", True, line)
        easy_read = reader.text(values.get("easy_read"), "easy_read", True, line)
        if not (name and definition and easy_read):
            continue
        term = Term(name, definition, easy_read, line, definition_line=_line(values["definition"]),
                    easy_read_line=_line(values["easy_read"]))
        term.abbreviation = reader.text(values.get("abbreviation"), "abbreviation")
        if term.abbreviation and not ABBREVIATION.match(term.abbreviation):
            reader.problem(values["abbreviation"], f'"{term.abbreviation}" should be in capitals, like SCIE.')
        term.variants = reader.texts(values.get("variants"), "variants")
        term.related = reader.texts(values.get("related"), "related")
        term.source = reader.text(values.get("source"), "source")
        term.icon = reader.text(values.get("icon"), "icon")
        if term.icon and icon_exists is not None and icon_exists(term.icon) is False:
            reader.problem(values["icon"], f'there is no icon "{term.icon}". Use a Material icon name such '
                                           'as "material/account-group".')
        for item, avoid in reader.entries(values.get("avoid"), "avoid", _AVOID_KEYS, "phrase to avoid"):
            phrase = reader.text(avoid.get("phrase"), "phrase", True, _line(item))
            reason = reader.text(avoid.get("reason"), "reason") or ""
            if phrase:
                term.avoid.append(Avoid(phrase, name, reason, _line(item), term, **_avoid_context(reader, avoid)))
        terms.append(term)

    discouraged: list[Avoid] = []
    entries = reader.entries(top.get("discouraged"), "discouraged", _DISCOURAGED_KEYS, "discouraged phrase")
    for item, values in entries:
        phrase = reader.text(values.get("phrase"), "phrase", True, _line(item))
        instead = reader.text(values.get("instead"), "instead", True, _line(item))
        reason = reader.text(values.get("reason"), "reason") or ""
        if phrase and instead:
            discouraged.append(Avoid(phrase, instead, reason, _line(item), **_avoid_context(reader, values)))

    _check_clashes(reader, terms, discouraged)
    if reader.problems:
        raise GlossaryErrors(reader.problems)
    return Glossary(path, terms, discouraged)


def _avoid_context(reader: _Reader, values: dict) -> dict:
    """The `when`, `unless_next` and `unless_near` of a phrase to avoid, checked."""
    from .language.context import CONTEXTS

    when = tuple(reader.texts(values.get("when"), "when"))
    for context in when:
        if context not in CONTEXTS:
            reader.problem(values["when"], f'"{context}" is not a context glossary.yml knows. Use one of: '
                                           + ", ".join(f'"{name}" ({meaning})' for name, meaning in CONTEXTS.items())
                                           + ".")
    return {"when": tuple(c for c in when if c in CONTEXTS),
            "unless_next": frozenset(w.lower() for w in reader.texts(values.get("unless_next"), "unless_next")),
            "unless_near": frozenset(w.lower() for w in reader.texts(values.get("unless_near"), "unless_near"))}


def _check_clashes(reader: _Reader, terms: list[Term], discouraged: list[Avoid]) -> None:
    claimed: dict[str, Term] = {}
    for term in terms:
        for form in term.forms + ([term.abbreviation] if term.abbreviation else []):
            key = normalise(form)
            other = claimed.get(key)
            if other is not None and other is not term:
                reader.problem(term.line, f'"{form}" is claimed by two entries: "{other.term}" (line '
                                          f'{other.line}) and "{term.term}". Keep it in one of them.')
            claimed[key] = term
    seen_phrases: dict[str, Avoid] = {}
    for avoid in [a for t in terms for a in t.avoid] + discouraged:
        key = normalise(avoid.phrase)
        if key in claimed or _singular(key) in claimed:
            reader.problem(avoid.line, f'"{avoid.phrase}" is both a phrase to avoid and a term '
                                       f'("{claimed.get(key, claimed.get(_singular(key))).term}"). '
                                       "Remove one of them.")
        if key in seen_phrases:
            reader.problem(avoid.line, f'"{avoid.phrase}" is listed twice as a phrase to avoid (also on '
                                       f"line {seen_phrases[key].line}). Keep one.")
        seen_phrases[key] = avoid
    names = {normalise(t.term) for t in terms}
    for term in terms:
        for related in term.related:
            if normalise(related) not in names and _singular(normalise(related)) not in names:
                hint = difflib.get_close_matches(normalise(related), sorted(names), n=1)
                did_you_mean = f' Did you mean "{hint[0]}"?' if hint else ""
                reader.problem(term.line, f'"{term.term}" lists "{related}" as related, but there is no such '
                                          f"term.{did_you_mean}")


class GlossaryErrors(GlossaryError):
    """Every problem found in glossary.yml, one per line."""

    def __init__(self, problems: list[GlossaryError]):
        self.problems = problems
        first = problems[0]
        super().__init__(first.message, first.path, first.line)

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


def load_glossary(file: Path, display_path: str | None = None, icon_exists=None) -> Glossary:
    path = display_path or file.name
    try:
        text = file.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise GlossaryError("there is no glossary file here. Create it, or set the plugin's "
                            '"glossary" option to where it is.', path) from None
    except IsADirectoryError:
        raise GlossaryError('this is a folder, not a file. Set the plugin\'s "glossary" option to the '
                            "glossary file itself, like glossary.yml.", path) from None
    except OSError as error:
        raise GlossaryError(f"this file cannot be read ({error.strerror or error}). Check that you have "
                            "permission to read it.", path) from None
    except UnicodeDecodeError as error:
        raise GlossaryError("this file is not saved as UTF-8 text. Save it again with the UTF-8 encoding.",
                            path) from error
    return parse_glossary(text, path, icon_exists)
