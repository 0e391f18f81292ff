"""Sentence steps for generated easy read: plainer words, numbers, abbreviations, shorter sentences.

Plainer words come from the shared lexicon (coprod.language.lexicon), the
same list the plain-words rule reads, with the context in which each swap is
safe; number words and shares of a group from coprod.language.numbers.

Each step is a small function from text to text, so each can be tested alone.
No step needs a network or a model: the output is the same every time.
"""

from __future__ import annotations

import html
import re
import threading
from functools import lru_cache
from typing import NamedTuple

from ..language.abbreviations import ends_a_name
from ..language.lexicon import get_lexicon
from ..language.numbers import NUMBER_WORDS, PERCENTAGE, SCALE_WORDS, easy_fraction, is_share
from ..rules.easy import one_is_a_number
from ..text import WORD

# Words that add nothing a reader needs: "Of course, we listen" says "We listen".
_EMPTY_ASIDES = re.compile(
    r"(?:^|(?<=[.!?:]\s))(?:of course|in fact|indeed|interestingly|importantly|needless to say|basically|"
    r"it is worth noting that|it is important to note that),?\s+(?=\w)"
    r"|,\s+(?:of course|in fact|indeed),(?=\s)", re.I)

# --- Held text: code, links, quotations and brackets -----------------------------
#
# Text that must come out exactly as it went in is swapped for a stand-in of
# private-use characters before any step runs, and put back at the end. No
# pattern below can match inside a stand-in, so nothing in it is swapped, and
# no cut falls inside it.
_HOLD_START, _HOLD_END = "\ue000", "\ue001"
HOLD_START = _HOLD_START  # text with this in it holds a span: a step's result may depend on what it stands for
_DIGITS = "".join(chr(0xE010 + d) for d in range(10))
_HELD = re.compile(_HOLD_START + "([" + _DIGITS + "]+)" + _HOLD_END)
_local = threading.local()


def _held() -> list[str]:
    if not hasattr(_local, "held"):
        _local.held = []
    return _local.held


def hold(text: str, spans) -> str:
    """`text` with each (start, end) span swapped for a stand-in that `release` puts back.

    A span may be (start, end, as_written): then `as_written(span_text)` comes
    back instead (a link's words with digits, say).
    """
    if not spans:
        return text  # nothing to hold
    held = _held()
    pieces, last = [], 0
    for span in sorted(spans, key=lambda span: span[:2]):
        start, end = span[:2]
        if start < last:
            continue  # inside a span already held
        as_written = span[2] if len(span) > 2 and span[2] else None
        index = "".join(_DIGITS[int(d)] for d in str(len(held)))
        held.append(as_written(text[start:end]) if as_written else text[start:end])
        pieces += [text[last:start], _HOLD_START + index + _HOLD_END]
        last = end
    return "".join(pieces) + text[last:]


def _held_text(match: re.Match) -> str:
    return _held()[int("".join(str(ord(c) - 0xE010) for c in match.group(1)))]


def release(text: str) -> str:
    """The text with every held span put back as it was."""
    while _HOLD_START in text:
        text = _HELD.sub(_held_text, text)
    return text


def forget_held() -> None:
    """Drop the held spans of a page once it is written (they are only needed while it is made)."""
    _local.held = []


def markdown_text(text: str) -> str:
    """Text from a file (a glossary term, say) made safe to put into Markdown: it reads as the same words."""
    return re.sub(r"([\\`*_\[\]{}])", r"\\\1", html.escape(text, quote=False))


def _word_count(text: str) -> int:
    return _words_in(release(text)) if _HOLD_START in text else _words_in(text)


@lru_cache(maxsize=4096)  # the cuts count the same parts again and again
def _words_in(text: str) -> int:
    return len(WORD.findall(text))


def _match_case(original: str, replacement: str) -> str:
    return replacement[:1].upper() + replacement[1:] if original[:1].isupper() else replacement


_ARTICLE_BEFORE = re.compile(r"\b([Aa]n?)(\s+)$")


def _at_sentence_start(text: str, start: int) -> bool:
    """Whether `start` begins a sentence (looking back only a few characters, so it stays fast)."""
    before = text[max(0, start - 6):start].rstrip(" \t\n\"“‘(" + _HOLD_END)
    return start < 6 and not before or not before or before[-1] in ".!?:"


def _swaps(text: str):
    """(start, end, replacement) for each word to swap. They come from the shared lexicon
    (language/lexicon.yml), which says where each swap is safe; a word it only flags is kept."""
    return [(s.start, s.end, s.replacement) for s in get_lexicon().swaps(text) if s.replacement is not None]


def plain_words(text: str, keep: list[tuple[int, int]] = ()) -> str:
    """Swap hard words for plain ones, and mend "a"/"an" before a swapped word.

    Words inside a `keep` span (a glossary term, say) stay as they are, and so
    do capitalised words inside a sentence, as they are likely part of a name
    ("Individual Service Fund").
    """
    pieces, last = [], 0
    for start, end, replacement in _swaps(text):
        if start < last or any(a < end and start < b for a, b in keep):
            continue
        if text[start].isupper() and not _at_sentence_start(text, start):
            continue
        if _COMPOUND_AFTER.match(text, end):
            continue  # "decision making" is a thing of its own: "choice making" is not the same
        if _MAKE_SURE.fullmatch(replacement or "") and _THING_OF_AFTER.match(text, end):
            continue  # "ensure the effectiveness of rewrites" cannot read "make sure the effectiveness of"
        before = text[last:start]
        article = _ARTICLE_BEFORE.search(before[-4:])
        if article and replacement:
            right = "an" if replacement[0].lower() in "aeiou" else "a"
            right = right.capitalize() if article.group(1)[0].isupper() else right
            cut = len(before) - len(before[-4:]) + article.start()
            before = before[:cut] + right + article.group(2)
        if not replacement:  # a word dropped whole, with one space beside it
            if text[end:end + 1] == " ":
                end += 1
            elif before.endswith(" "):
                before = before[:-1]
        object_after = _MAKE_SURE.fullmatch(replacement or "") and re.match(r"\s+an?\b", text[end:end + 4])
        if object_after:  # "ensures a fair say" -> "makes sure there is a fair say"
            replacement += " there was" if replacement.lower().startswith("made") else " there is"
        pieces += [before, replacement]
        last = end
    return "".join(pieces) + text[last:]


_COMPOUND_AFTER = re.compile(r"[\s-]+(?:making|maker|makers)\b", re.I)
_THING_OF_AFTER = re.compile(r"\s+(?:the|their|its|our|your|his|her)\s+[\w-]+\s+of\b", re.I)
_MAKE_SURE = re.compile(r"(?:make|makes|made|making) sure", re.I)


def surely_without(quick_in_lower_case: re.Pattern, text: str) -> bool:
    """Whether a quick search of the text in lower case finds none of the words a slower pattern needs.

    Only an ASCII text can be told so (its lower case is letter for letter); of any other it says False.
    """
    return text.isascii() and not quick_in_lower_case.search(text.lower())


def drop_empty_asides(text: str) -> str:
    """Leave out words that carry no fact: "Of course, we listen." -> "We listen."."""
    if surely_without(_AN_ASIDE, text):
        return text
    return _EMPTY_ASIDES.sub("", text)


# Each of the empty asides above, in lower case: one must be in a text for the pattern to match.
_AN_ASIDE = re.compile(r"of course|in fact|indeed|interestingly|importantly|needless to say|basically|"
                       r"it is worth noting that|it is important to note that")


def replace_phrases(text: str, matcher, instead_of) -> str:
    """Swap each phrase a glossary matcher finds for `instead_of(value)`, written as plain text."""
    pieces, last = [], 0
    for match, value in matcher.finditer(text):
        pieces += [text[last:match.start()], markdown_text(_match_case(match.group(0), instead_of(value)))]
        last = match.end()
    return "".join(pieces) + text[last:]


_BRACKETED_CAPITALS = re.compile(r"\(\s*[A-Z][A-Z0-9&]*[A-Z0-9]\s*\)")  # the end of each _EXPANSION
_EXPANSION = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|the|in|on|to)\s+)*)+)\(\s*([A-Z][A-Z0-9&]*[A-Z0-9])\s*\)")
_CAPITALS = re.compile(r"(?<![\w-])([A-Z][A-Z0-9&]*[A-Z0-9])(s?)(?![\w-])")


def find_expansions(text: str) -> dict[str, str]:
    """Abbreviations a page writes out, as in "Joint Strategic Needs Assessment (JSNA)"."""
    found: dict[str, str] = {}
    if not _BRACKETED_CAPITALS.search(text):
        return found  # no "(JSNA)" anywhere
    for match in _EXPANSION.finditer(text):
        words = match.group(1).split()
        letters = match.group(2)
        # Keep the last words whose capitals spell the abbreviation.
        capitals, start = 0, len(words)
        while start > 0 and capitals < len(letters):
            start -= 1
            if words[start][:1].isupper():
                capitals += 1
        found.setdefault(letters, " ".join(words[start:]))
    return found


def drop_defined_abbreviations(text: str, expansions: dict[str, str]) -> str:
    """Take out "(JSNA)" after the words it stands for: the words are written in full everywhere."""
    if not expansions or "(" not in text:  # each one is in brackets
        return text
    return _defined_pattern(tuple(expansions)).sub("", text)


@lru_cache(maxsize=64)  # a page's abbreviations are the same for each of its sentences
def _defined_pattern(abbreviations: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"\s*\(\s*(?:" + "|".join(map(re.escape, abbreviations)) + r")\s*\)")


def write_out_abbreviations(text: str, expansions: dict[str, str], escape: bool = True) -> str:
    """Each known abbreviation written in full. The words are escaped: a glossary is text, not Markdown.

    Letters that end a name stay as they are: "Disability Rights UK" is the
    charity's name, and "Disability Rights United Kingdom" is not. For the same
    reason "DRUK" becomes "Disability Rights UK", its own letters left alone.
    """
    text = drop_defined_abbreviations(text, expansions)
    if not expansions:
        return text  # no abbreviation to write out: each would stay as it is

    def full(match: re.Match) -> str:
        expansion = expansions.get(match.group(1))
        if not expansion or ends_a_name(text, match.start()):
            return match.group(0)
        return markdown_text(expansion) if escape else expansion

    return _CAPITALS.sub(full, text)


# --- Numbers ----------------------------------------------------------------

# A percentage, and the words around it that its plain form changes. Whether it
# is a share of a group ("72% of the 858 people") or a change or a rate ("rose
# by 30%", "a 30% pay rise"), which is left alone, is language.numbers' call.
_SHARE = re.compile(
    r"(?P<qualifier>\b(?:about|around|approximately|roughly)\s+)?"
    r"(?<![\w.,])(?P<number>\d{1,3}(?:\.\d+)?)\s?(?:%|per\s?cent\b)"
    r"(?P<plain>\s*" + _HOLD_START + "[" + _DIGITS + "]+" + _HOLD_END + r")?"
    r"(?P<of>\s+of\s+(?P<next>[\w'’]+))?", re.I)
# Before these a percentage is not a plain share: "more than 72% of" cannot become "more than about 7 in 10 of".
_NOT_A_SHARE_BEFORE = re.compile(r"\b(?:by|to|from|than|over|under|almost|nearly|up|down|only|just)\s+$", re.I)
_DETERMINERS = {"the", "these", "those", "our", "their", "its", "his", "her", "this", "that", "them", "us", "you",
                "all", "your", "my", "it", "a", "an", "each", "every", "whom", "which", "what"}


def _plain_share(match: re.Match, text: str) -> str:
    whole = match.group(0)
    plain_held = match.group("plain")
    if plain_held:
        # "90% (9 in 10)": the page already gives the plain form; use it alone.
        inner = release(plain_held.strip())
        written = re.fullmatch(r"\(\s*((?:about\s+)?\d+ (?:in|out of) \d+)\s*\)", inner, re.I)
        if written:
            plain = written.group(1).replace(" in ", " out of ")
            qualifier = match.group("qualifier") or ""
            plain = qualifier + plain if not plain.lower().startswith("about") else _match_case(qualifier, plain)
            return plain + _of_group(match)
        return whole
    if _NOT_A_SHARE_BEFORE.search(text[max(0, match.start() - 8):match.start()]):
        return whole
    percentage = PERCENTAGE.match(text, match.start("number"))
    if percentage is None or not is_share(text, percentage):
        return whole  # a change or a rate: "rose by 30%", "a 30% pay rise"
    plain = easy_fraction(float(match.group("number")))
    if match.group("qualifier") and not plain.startswith("about"):
        plain = match.group("qualifier") + plain
    elif match.group("qualifier"):
        plain = _match_case(match.group("qualifier"), plain)
    return plain + _of_group(match, plain)


def _of_group(match: re.Match, plain: str = "1") -> str:
    """What follows a plain share: "7 out of 10 of the 858 people", "half of carers", "9 out of 10 carers"."""
    following = match.group("next")
    if not following:
        return ""
    if following.lower() in _DETERMINERS or not re.search(r"\d", plain):
        return match.group("of")
    return " " + following


# Not "hundred", "thousand" or "million": "a thousand" would become "a 1000".
# The first letter first (looked for faster than a pattern that starts by looking back; the same matches).
_NUMBER_WORD = re.compile(r"(?=[" + "".join(sorted({w[0] for w in NUMBER_WORDS if w not in SCALE_WORDS}))
                          + r"])(?<![\w-])(" + "|".join(w for w in NUMBER_WORDS if w not in SCALE_WORDS)
                          + r")(?![\w-])", re.I)
# Set phrases where "one" is not a count: "one by one", "at one time", "on the one hand".
_ONE_SET_PHRASE_BEFORE = re.compile(r"(?:\bat|\bthe|\bby|\bto)\s+$", re.I)
# "an old one", "the right one": after an article and a describing word, "one" stands for a thing.
_ONE_AFTER_DESCRIBING_WORD = re.compile(r"\b(?:an?|the|this|that|each|every)\s+[a-z]+\s+$", re.I)
# The same words in lower case, anywhere: a quick test that a text has none.
_A_NUMBER_WORD = re.compile("|".join(w for w in NUMBER_WORDS if w not in SCALE_WORDS))
_ONE_SET_PHRASE = re.compile(r"one\s+(?:by|to|time|hand|thing|another|more)\b", re.I)


# "one or two paragraphs", "one or more than one item": both in digits ("1 or 2 paragraphs"), never
# "one or 2" (a "one" on its own stays a word in set phrases such as "one or more").
# Not "one to one" (a set phrase).
_PAIR_AFTER_ONE = re.compile(r"\s+(?:or|and|to)\s+(?:(?:more|less|fewer)\s+than\s+(?:one|two)|two|three|four|five|six|"
                             r"seven|eight|nine|ten)\b", re.I)


def _number(match: re.Match, text: str) -> str:
    word = match.group(1)
    if word.lower() == "one" and _PAIR_AFTER_ONE.match(text, match.end(), match.end() + 30):
        return "1"
    if word.lower() == "one":
        if _at_sentence_start(text, match.start()) or not one_is_a_number(text, match.start()) \
                or _ONE_SET_PHRASE_BEFORE.search(text[max(0, match.start() - 6):match.start()]) \
                or _ONE_AFTER_DESCRIBING_WORD.search(text[max(0, match.start() - 24):match.start()]) \
                or _ONE_SET_PHRASE.match(text, match.start(), match.start() + 20):
            return word
    return str(NUMBER_WORDS[word.lower()])


def easy_numbers(text: str) -> str:
    """Digits for number words; "9 out of 10" for a percentage that is a share of a group."""
    if "%" in text or "cent" in text:
        text = _SHARE.sub(lambda m: _plain_share(m, text), text)
    if surely_without(_A_NUMBER_WORD, text):
        return text
    return _NUMBER_WORD.sub(lambda m: _number(m, text), text)


# --- Cutting long sentences ---------------------------------------------------

MOST_WORDS = 15  # words in an easy read sentence (standards.md: easy-sentence-length)
# A sentence longer than this is left for an editor: cutting it would be guesswork,
# and the work to find cuts grows with the square of the length.
MOST_WORDS_TO_CUT = 80

# Words that can start a clause as its subject. A cut before one of them
# leaves two parts that can each stand alone.
_SUBJECT = r"(?:we|they|you|he|she|it|it['’]s|this|that|these|there|people|everyone|I)\b"
# Words that open a clause which cannot stand alone ("When we meet, ...").
_OPENER = re.compile(r"\s*(?:as|when|whenever|if|once|after|before|unless|until|since|despite|given|with|without|"
                     r"in|for|through|instead|because|whether|where|by|although|though|while|whilst|even|to|from|"
                     r"on|at|like|unlike|rather|\w+ing)\b", re.I)
# Words that start an introduction, not a clause: what follows them up to a comma cannot stand alone.
_INTRO_WORD = re.compile(r"\s*(?:under|over|during|within|according|following|against|among|amongst|between|beyond|"
                         r"upon|across|about|around|throughout|towards?|into|onto|per|via|amid|besides|regarding|"
                         r"concerning|accordingly|therefore|so|thus|hence|however|also|then|here|today|now|again|"
                         r"still|yet|otherwise|meanwhile|finally|first|second|third|later|above|below|beside|"
                         r"together|overall|of|and|or|but|not|no|only|just|even|perhaps|maybe|sometimes|often)\b", re.I)
# An opening clause later in the part before a comma: "It says by doing this, we ...".
_OPENER_INSIDE = re.compile(r"\b(?:when|if|as|by|because|while|whilst|although|though|since|once|after|before|unless|"
                            r"until)\s[^,]*$", re.I)
_PARTICIPLE_LIST = re.compile(r",\s+(?:and\s+)?\w+ing\b", re.I)
# Participles that start a clause about the whole of what came before.
_PARTICIPLES = {"making": "makes", "helping": "helps", "giving": "gives", "leading": "leads", "allowing": "allows",
                "creating": "creates", "forming": "forms", "meaning": "means", "building": "builds",
                "bringing": "brings", "showing": "shows", "fostering": "fosters"}
# A part that starts with a verb has lost its subject: "..., for example, were told".
_STARTS_WITH_VERB = re.compile(
    r"\s*(?:am|is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|should|may|might|must|"
    r"shall|said|told|made|found|gave|went|took|got|became|seemed|[a-z]+ed)\b")
_NEGATION = re.compile(r"\b(?:not|never|no|nor|n['’]t)\b", re.I)
# A part that starts with one of these is a clause that cannot stand alone ("wherever they sound natural").
_SUBORDINATE = re.compile(r"\s*(?:when|whenever|where|wherever|if|because|although|though|while|whilst|since|unless|"
                          r"until|as|before|after|once|whether|than|that|which|who|whom|whose|not|rather|only)\b",
                          re.I)
# A part that ends on one of these words has lost what it was leading to.
_ENDS_MID_PHRASE = re.compile(r"\b(?:the|a|an|of|to|and|or|but|nor|yet|so|with|for|by|in|on|at|from|that|who|which|whose|than|as|"
                              r"is|are|was|were|be|not|very|more|most|our|their|your|its)\s*$", re.I)
# "which" about a plural thing: "..., which are praised" needs the thing named again, not "This".
_PLURAL_VERB = re.compile(r"\s*(?:are|were|have|do|include|mean|make|help|need|show|give|take|come|go|say)\b", re.I)
_PLURAL_THING = re.compile(r"\b(?:the|these|those|our|their|its|his|her|your|many|some|all|both|two|three|four|\d+)"
                           r"\s+((?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*[^s'’\W]s)\s*$", re.I)

# "which" followed by these is about the whole clause before it, or says what a thing is ("which is a framework").
_ABOUT_THE_CLAUSE = re.compile(r"\s*(?:means|meant|helps|helped|makes|made|leads|led|gives|gave|allows|shows|matters|"
                               r"explains|builds|is why|(?:is|was) (?:an?|one)\b)", re.I)
_SINGULAR_THING = re.compile(r"\b(?:the|our|their|its|this|that|a|an|his|her|your|my)\s+(?:[\w'’-]+\s+){0,3}"
                             r"([a-z][\w'’-]*[^s\W])\s*$")

# A left part that is only an opening ("But, more importantly"): no clause of its own.
_ONLY_INTRO = re.compile(r"(?:[\s,]*\b(?:but|and|so|yet|or|also|however|more|most|less|importantly|equally|first|"
                         r"firstly|secondly|finally|then|now|still|even|above all|in fact|in short)\b)+[\s,]*$", re.I)
# A cut before these may fall inside a list that is the sentence's subject, unless the part before has a verb.
_NOUN_SUBJECT = re.compile(r"\s*(?:people|everyone|this|these|there|I)\b", re.I)
_OWNER_NEAR_END = re.compile(r"\b(?:my|his|her|our|their|your|the|a|an)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+\s*$", re.I)
_HAS_VERB = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|can|could|should|would|may|might|must|do|"
                       r"does|did|means|makes|says|helps|needs|gives|shows|takes|works|wants|uses|supports|"
                       r"includes|leads|brings|[a-z]{3,}ed)\b", re.I)
# A name at the end of a part: "People Hub", "Skills for Care".
_NAME_AT_END = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\w'’-]*)*$")
# A plural word after a part's first word: a "they" after a cut could then point at it.
_PLURAL_WORD = re.compile(r"\b(?:people|children|men|women|staff|(?![a-z]*(?:ss|us|is|ous)\b)[a-z]{3,}s)\b(?!['’])", re.I)

# The last item of a list of actions: ", building bridges".
_ING_LIST = re.compile(r"(?:,|\band)\s+\w+ing\b[^,]*$", re.I)

# After a list of examples, the sentence goes on: "such as A and B, to help us".
_CLAUSE_GOES_ON = re.compile(r",\s+(?:to|so|which|who|where|because|but|and\s+then|[a-z]+ed|is|are|was|were|has|have|"
                             r"had|will|can|could|should|would|may|might|must)\b", re.I)


class _Cut(NamedTuple):
    pattern: re.Pattern
    lead: str  # how the second part starts
    bare: bool = False  # a cut at a comma alone, which an opening clause must not lose


# Where a long sentence can be cut, and how the second part starts.
_SEMICOLON_CUT = _Cut(re.compile(r";\s+"), "")
_SPLITS: list[_Cut] = [
    _SEMICOLON_CUT,
    _Cut(re.compile(r",\s+but\s+", re.I), "But "),
    _Cut(re.compile(r",\s+so\s+(?!that\b)", re.I), "So "),
    # "..., which we like" is about a thing, not the whole clause: "This we like" reads badly.
    _Cut(re.compile(r",\s+which\s+(?!(?:we|you|they|I|he|she|it|the|a|an|our|your|their|people)\b)", re.I), "This "),
    _Cut(re.compile(r",?\s+because\s+(?!of\b)", re.I), "This is because "),
    _Cut(re.compile(r",\s+although\s+", re.I), "But "),
    _Cut(re.compile(r",\s+including\s+", re.I), "This includes "),
    _Cut(re.compile(r",\s+for\s+example,?\s+", re.I), "For example, "),
    _Cut(re.compile(r",?\s+so\s+that\s+", re.I), "This is so that "),
    _Cut(re.compile(r",\s+while\s+", re.I), "At the same time, "),
    # "It says what it is, then lists ...": "Then it lists ..." (the subject is said again, see _lead_into).
    _Cut(re.compile(r",\s+(?:and\s+)?then\s+", re.I), "Then "),
    # "..., with 9 out of 10 carers saying they ..." becomes "9 out of 10 carers said they ...".
    _Cut(re.compile(r",\s+with\s+([^,]{3,60}?)\s+saying\s+", re.I), r"\1 said "),
    # "members of People Hub, a network for people who ..." -> "People Hub is a network for people who ...".
    _Cut(re.compile(r",\s+(?=(?:a|an)\s+[a-z])"), "NAME is "),
    # A dash before a subject starts a new clause; before anything else it names what came before.
    _Cut(re.compile(r"(?:\s*—\s*|\s+[–-]\s+)(?=" + _SUBJECT + ")", re.I), "", True),
    _Cut(re.compile(r"(?:\s*—\s*|\s+[–-]\s+)(?!" + _SUBJECT + ")", re.I), "This is ", True),
    # "and" joins two clauses only where a subject follows; otherwise it is likely a list.
    _Cut(re.compile(r",?\s+and\s+(?=(?:we|they|you|he|she|it|this|these|there|people|everyone|I)\s)", re.I), ""),
    # A comma before a pronoun often starts a new clause; before "people" it is more often a list.
    _Cut(re.compile(r",\s+(?=(?:we|they|you|it|this)\s)", re.I), "", True),
    _Cut(re.compile(r",\s+(?:or|and)\s+(?=when\b|if\b)", re.I), ""),
    # "but" and "so" stay: "so" says why, and without it the reason is lost.
    _Cut(re.compile(r"\s+but\s+(?=(?:we|they|you|he|she|it|this|people|everyone)\b)", re.I), "But "),
    _Cut(re.compile(r"\s+so\s+(?=(?:we|they|you|he|she|it|this|people|everyone)\b)", re.I), "So "),
    _Cut(re.compile(r",\s+(?=(?:" + "|".join(_PARTICIPLES) + r")\s)", re.I), "This ", True),
]

# For each cut above, words or a mark it cannot match without: in a text all in ASCII, a cut whose
# sign is not in the lower-case text is not looked for (a dozen patterns fewer for most parts).
_CUT_NEEDS = (";", "but", "so", "which", "because", "although", "including", "example", "so", "while", "then",
              "saying", ",", "-", "-", "and", ",", ",", "but", "so", ",")
assert len(_CUT_NEEDS) == len(_SPLITS)

# What every cut above needs, somewhere: a comma or semicolon before a space, a dash, or
# "because", "so", "and" or "but" between spaces. Most short parts have none, and one quick search says so.
_CUT_SIGN = re.compile(r"[,;]\s|—|\s[–-]\s|\s(?:because|so|and|but)\s", re.I)


_SPACE_BEFORE_MARK = re.compile(r"\s+([.,;:!?])")
_GOES_ON = re.compile(r"[;,]\s+(?:and|or)$")
_ENDS_IN_CLOSED_STOP = re.compile(r"[.!?]['’\"”)\]]+$")
_ENDS_IN_STOP = re.compile(r"[.!?]['’\"”)\]]*$")


def finish(sentence: str) -> str:
    """Tidy a sentence: single spaces, a capital first letter and a full stop at the end.

    A sentence ending in a colon keeps it: it leads into the list after it.
    """
    sentence = _SPACE_BEFORE_MARK.sub(r"\1", " ".join(sentence.split())).strip(" ,;-—–")
    if sentence.endswith(":") and _word_count(sentence) > 0:
        return sentence[0].upper() + sentence[1:]
    sentence = sentence.strip(":")
    if not sentence:
        return ""
    sentence = sentence[0].upper() + sentence[1:]
    if _GOES_ON.search(sentence):
        return sentence  # a list item that the next one goes on from: "comprehension; and"
    if sentence[-1] not in ".!?" and not _ENDS_IN_CLOSED_STOP.search(sentence) \
            and not (sentence.endswith(_HOLD_END) and _ENDS_IN_STOP.search(release(sentence))):
        sentence += "."
    return sentence


_A_DASH = re.compile(r"—|\s[–-]\s")  # what an aside between dashes needs, at least once
_DASHED = re.compile(r"(?:\s*—\s*|\s+[–-]\s+)(?:(such as|for example|like)\s+)?([^—–-]{12,200}?)(?:\s*—\s*|\s+[–-]\s+)",
                     re.I)


def _move_asides(sentence: str) -> list[str]:
    """A long aside between dashes that is a clause of its own becomes its own sentence after the one it was in.

    Examples ("— such as A, B and C —") stay in their sentence: alone, "For
    example, A, B and C." has no verb. Brackets are never opened: they are held as they are.
    """
    if not _A_DASH.search(sentence):
        return [sentence]
    asides = []

    def take(match: re.Match, text: str, example: bool) -> str:
        if example or _word_count(text) < 4:
            return match.group(0)
        if not _STARTS_WITH_SUBJECT.match(text.strip()):
            # "- sometimes in paid roles -" cannot stand alone: it stays, between commas.
            return ", " + text.strip() + ", "
        asides.append(text.strip())
        return " "

    main = _DASHED.sub(lambda m: take(m, m.group(2), bool(m.group(1))), sentence)
    return [main, *asides]


_CONTRAST = re.compile(r"\s*(although|though|even though|while|whilst)\s+([^,]+),\s+(.+)$", re.I | re.S)
_BY_DOING = re.compile(r"\s*by\s+([^,]+),\s+(we|you|they)\s+(.+)$", re.I | re.S)


def _opening_clause(sentence: str) -> list[str] | None:
    """Put an opening clause where each part can stand alone.

    "Although A, B." becomes "A. But B."; "While A, B." becomes "A. At the
    same time, B."; "By doing A, we B." becomes "We B. We do this by doing A."
    """
    contrast = _CONTRAST.match(sentence)
    if contrast and _word_count(contrast.group(2)) >= 3 and _word_count(contrast.group(3)) >= 4 \
            and not _STARTS_WITH_VERB.match(contrast.group(3)):
        lead = "But " if contrast.group(1).lower() in ("although", "though", "even though") else "At the same time, "
        return [contrast.group(2), lead + contrast.group(3)]
    means = _BY_DOING.match(sentence)
    if means and _word_count(means.group(1)) >= 2 and _word_count(means.group(3)) >= 2:
        subject = means.group(2).lower()
        return [f"{subject} {means.group(3)}", f"{subject} do this by {means.group(1)}"]
    return None


_STARTS_WITH_SUBJECT = re.compile(_SUBJECT, re.I)
_COLON_LIST = re.compile(r"^(?P<lead>[^:]{8,}):\s+(?P<items>[^:;]+?)\.?$", re.S)
# A list inside a sentence, after the last "are", "who" (...) before its first comma:
# "These are dignity, choice, and a good life." and "leaders who listen, learn and act."
_INLINE_LIST = re.compile(r"^(?P<lead>[^,:;]*\b(?:are|were|is|was|include|includes|included|including|who))\s+"
                          r"(?P<items>[^,:;]+,[^:;]+?)\.?$", re.S)
# An item that starts like this is a clause or an aside, not a list item.
_NOT_AN_ITEM = re.compile(r"\s*(?:" + _SUBJECT + r"|that|which|whom|whose|where|when|if|because|as|but|so|to|not|"
                          r"although|while|whilst|such|for|like|including|unless|then)\b", re.I)
# An item is a line of its own, marked as a list item, so it does not read as a sentence.
ITEM = "- "
MOST_WORDS_IN_AN_ITEM = 8


def _list_items(text: str) -> list[str] | None:
    """The items of "A, B and C" (or "A, B, or C"): 3 or more short ones, or None if it is no plain list."""
    items = [item.strip() for item in re.split(r",\s+", text)]
    last = re.match(r"(?:(?:and|or)\s+(.+)|(.+?)\s+(?:and|or)\s+(?!.*\b(?:and|or)\b)(.+))$", items[-1], re.S)
    if not last:
        return None  # no "and" or "or" before the last item: not a list after all
    items[-1:] = [last.group(1)] if last.group(1) else [last.group(2), last.group(3)]
    if len(items) < 3 or any(not item or _word_count(item) > MOST_WORDS_IN_AN_ITEM for item in items):
        return None
    if any(re.match(r"(?:and|or|but|not|nor)\b", item, re.I) or re.search(r"\sbut\s", item) for item in items):
        return None  # "not through A, B and C but through D": two lists, not one
    if any(_NOT_AN_ITEM.match(item) for item in items):
        return None  # "5, so the problem starts at the fifth letter" goes on with a clause, not a list
    if last.group(2) and re.search(r"\b[A-Z][\w'’-]*$", last.group(2)) and re.match(r"[A-Z]", last.group(3)):
        return None  # "Housing and Urban Development Department" is one name, not two things
    if not all(balanced(item) for item in items):
        return None  # "[List the date, time, and place ...]": a bracket or quotation is never cut open
    if any(_ADVERB_ONLY.fullmatch(item) for item in items):
        return None  # "communicate more effectively, and more efficiently": the adverb is about the verb
    if len({_kind(item) for item in items}) > 1:
        return None  # "communicating requirements, how to get benefits": items of different kinds are no list
    if re.search(r"\s(?:of|to|for|with|in|on|about|between|is|are|was|were)\s", items[0]) and \
            any(_word_count(item) == 1 for item in items[1:]):
        return None  # "improvements in efficiency, effectiveness and ...": the list is what "in" leads to
    return items


# An item that is only an adverb ("more efficiently") says how, not what: no list item.
_ADVERB_ONLY = re.compile(r"(?:(?:more|less|most|very|and|or)\s+)*[a-z]+ly", re.I)
# Words in -ing that are things, not actions.
_ING_NOUNS = {"thing", "things", "something", "anything", "nothing", "everything", "morning", "evening", "king",
              "ring", "spring", "string", "wing", "ceiling", "during", "housing", "funding", "training",
              "building", "buildings", "meeting", "meetings", "wellbeing", "clothing", "heating", "parking",
              "banking", "shopping", "nursing", "lighting", "bedding", "catering", "learning", "writing"}
_QUESTION_WORD = re.compile(r"(?:how|what|why|whether|which|who)\b", re.I)


def _kind(item: str) -> str:
    """The kind of phrase an item is, by its first word: an action ("using"), a question ("how to"), or a thing."""
    first = re.match(r"[\w'’-]+", item)
    word = first.group(0).lower() if first else ""
    if word.endswith("ing") and len(word) > 4 and word not in _ING_NOUNS:
        return "action"
    if _QUESTION_WORD.match(word):
        return "question"
    return "thing"


def balanced(text: str) -> bool:
    """Whether every bracket and quotation opened in the text is closed in it."""
    return (text.count("(") == text.count(")") and text.count("[") == text.count("]")
            and text.count('"') % 2 == 0 and text.count("“") == text.count("”"))


# A clause has a verb; "Award 4:" and "Accreditation of training programs:" do not lead into a list.
_LEAD_VERB = re.compile(_HAS_VERB.pattern + r"|\b(?:are|were|include|need|apply|applies|focus|translate|fill|"
                        r"cover|covers|mean|want|use|show|help|make|take|give)\b", re.I)
# "You are communicating ...": the "are" is part of the verb, so the items would lose it.
_PRONOUN_BE = re.compile(r"(?:^|\s)(?:I|you|we|they|he|she|it)\s+(?:am|are|is|was|were)$", re.I)


def _lead_fits(lead: str, items: list[str]) -> bool:
    """Whether a lead-in is a clause that each item completes, as in the sentence."""
    if not balanced(lead) or not _LEAD_VERB.search(lead):
        return False
    if re.search(r"\b[A-Z][\w'’-]*\s*$", lead.rstrip(":")) and re.match(r"[A-Z]", items[0]):
        return False  # "Department of Health, Education and Welfare": the list is inside a name
    if _PRONOUN_BE.search(lead.rstrip(": ")) and _kind(items[0]) == "action":
        return False
    return True


def _colon_list(sentence: str) -> list[str] | None:
    """A list after a colon, one item a line: "The aims are: dignity, choice and control."

    Only short items joined by commas and a last "and" count as a list; after
    a colon, anything else is more likely a clause.
    """
    match = _COLON_LIST.match(sentence.strip())
    items = _list_items(match.group("items")) if match else None
    if not items or not _lead_fits(match.group("lead"), items):
        return None
    return [match.group("lead") + ":", *items]


_SEMICOLON_LIST = re.compile(r"^(?P<lead>[^:;]{3,}):\s+(?P<items>[^:]+;[^:]+?)\.?$", re.S)


def _semicolon_list(sentence: str) -> list[str] | None:
    """A list the writer set out with semicolons after a colon: "Sources: Skills for Care; a council's strategy."

    The semicolons already say where each item ends, so each item keeps its
    own words; a semicolon inside brackets ("(Now comes; In witness whereof)") is no list.
    """
    match = _SEMICOLON_LIST.match(sentence.strip())
    if not match or not balanced(match.group("lead")):
        return None
    items = [item.strip() for item in re.split(r";\s+", match.group("items"))]
    items[-1] = re.sub(r"^(?:and|or)\s+", "", items[-1])
    if any(not item or not balanced(item) or _word_count(item) > MOST_WORDS or _FINITE.search(item)
           or _STARTS_WITH_SUBJECT.match(item) or (item[:1].islower() and is_verb(item.split()[0])) for item in items):
        return None  # "it is a process" or "use it as a preposition": clauses, cut as sentences instead
    return [match.group("lead") + ":", *items]


# A verb that makes a part a clause: "a regulation can shrink", "where you don't meet".
_FINITE = re.compile(r"\b(?:is|are|was|were|am|can|could|will|would|shall|should|must|may|might|do|does|did|"
                     r"has|have|had)\b|n['’]t\b", re.I)


def _inline_list(sentence: str) -> list[str] | None:
    """A long sentence that lists 3 or more things, as a lead-in and its items.

    "Co-production needs leaders who understand it, show it, and back it." becomes
    "Co-production needs leaders who:" and the 3 items. Each item reads on from
    the lead-in, as it did in the sentence, so nothing is added or lost.
    """
    match = _INLINE_LIST.match(sentence.strip())
    if not match or not 2 <= _word_count(match.group("lead")) <= 12 or re.search(r"[—–]|\s-\s", match.group("lead")):
        return None
    if len(re.findall(r",\s", match.group("items"))) < 2:
        return None  # "led by Think Local Act Personal, a partnership for care and support" is no list
    items = _list_items(match.group("items"))
    if not items:
        return None  # "It is late, we are tired and it rains" joins clauses, not things
    if any(re.match(r"an?\s", item) and before[:1].isupper() for before, item in zip(items, items[1:])):
        return None  # "Sam, a carer, and Jo": the "a carer" is about Sam, not a third person
    if not _lead_fits(match.group("lead"), items):
        return None
    return [match.group("lead") + ":", *items]


def _item(item: str) -> str:
    """A list item as it reads in its list: its own words, without the sentence's full stop."""
    return " ".join(item.split()).strip(" ,;").rstrip(".")


def split_sentence(sentence: str, aim: int = 10) -> list[str]:
    """Cut a long sentence into short ones that each say one thing, where that can be done safely.

    A sentence too long to cut with care comes back whole.
    """
    if _HOLD_START in sentence:  # what a held span stands for may matter (its words are counted)
        return _split_sentence(sentence, aim)
    return list(_split_held_nothing(sentence, aim))


@lru_cache(maxsize=8192)  # pages of one site say the same things again and again
def _split_held_nothing(sentence: str, aim: int) -> tuple[str, ...]:
    return tuple(_split_sentence(sentence, aim))


def _split_sentence(sentence: str, aim: int) -> list[str]:
    words = _word_count(sentence)
    if words > MOST_WORDS_TO_CUT:
        return [finish(sentence)]
    listed = (_semicolon_list(sentence) or _colon_list(sentence)) if words >= aim else None
    if not listed and words > MOST_WORDS:
        listed = _inline_list(sentence)
    if listed:
        return [finish(listed[0]), *(ITEM + _item(item) for item in listed[1:])]
    parts = _move_asides(sentence)
    result = []
    for part in parts:
        reordered = _opening_clause(part) if _word_count(part) >= aim - 2 else None
        for piece in reordered or [part]:
            result += _split_clauses(piece, aim)
    return result


@lru_cache(maxsize=1)
def _verb_forms() -> dict[str, frozenset]:
    """Verbs' dictionary forms ("keep"), forms with -s ("avoids") and past tenses ("took"), from lemminflect's table."""
    from ..language.passive import verb_forms

    forms = verb_forms()
    return {"base": frozenset(forms),
            "s": frozenset(f["VBZ"] for f in forms.values() if "VBZ" in f),
            "past": frozenset(f["VBD"] for f in forms.values() if "VBD" in f)}


def is_verb(word: str) -> bool:
    """Whether a lower-case word is a verb's dictionary form ("keep", "make")."""
    return word in _verb_forms()["base"]


_WHICH_CLAUSE = re.compile(r"\s*(?:[\w'’-]+\s+){1,3}(?:which|who|whom|whose)\b", re.I)
_SUBJECT_AND_WORD = re.compile(r"(?:^|[\s,])" + _SUBJECT + r"\s+[a-z]", re.I)
_LOWER_WORDS = re.compile(r"[a-z]+")
_PART_START = re.compile(r"(?:^|,)\s*(?:(?:and|or|but|then)\s+)?([a-z]+)\b", re.I)


def _is_clause(part: str) -> bool:
    """Whether a part has a verb of its own: "keep it short" and "2 groups took part" do,
    "unnecessary Latin (...)" does not."""
    if _WHICH_CLAUSE.match(part):
        return False  # "writing which is unclear": the verb belongs to the "which", not to a clause of its own
    if _HAS_VERB.search(part) or _SUBJECT_AND_WORD.search(part):
        return True
    forms = _verb_forms()
    if any(word in forms["past"] for word in _LOWER_WORDS.findall(part)):
        return True
    # An instruction or a predicate starts with a verb, perhaps after an opening: "In most sentences, put ...".
    for start in _PART_START.finditer(part):
        word = start.group(1).lower()
        if word in forms["base"] or word in forms["s"]:
            return True
    return False


_STARTS_WITH_I = re.compile(r"\s*I\b")
_CAPITAL_WORD_AT_END = re.compile(r"[A-Z][\w'’-]*\s*$")
_STARTS_WITH_ING = re.compile(r"\s*(?:\w+ly\s+)?\w+ing\b")
_SUBJECT_AND_ANY_WORD = re.compile(r"\s*" + _SUBJECT + r"\s+\w", re.I)
_STARTS_WITH_THEY = re.compile(r"\s*they\b", re.I)
_FIRST_WORD = re.compile(r"\s*\S*")
_STARTS_WITH_A = re.compile(r"\s*(?:an?|one)\s", re.I)
_NOT_ONLY = re.compile(r"\s*not only\b", re.I)


def _cut_is_safe(cut: _Cut, left: str, right: str) -> bool:
    """Whether both parts of a cut can stand alone, with their subject and verb together."""
    if _word_count(left) < 3 or _word_count(right) < 3:
        return False
    if cut is _SEMICOLON_CUT and not (balanced(left) and _is_clause(re.split(r"[:;]", left)[-1])
                                  and _is_clause(re.split(r";", right)[0])):
        return False  # "Avoid jargon: stuffy old formalisms; unnecessary Latin": a list of things, no clauses
    if _ENDS_MID_PHRASE.search(left[-12:]):
        return False
    if cut.lead == "" and _NOUN_SUBJECT.match(right) and not _HAS_VERB.search(re.split(r"[:;—–]", left)[-1]):
        return False  # "Staff, carers and people who draw on care all sit together": the list is the subject
    if _STARTS_WITH_I.match(right) and (_CAPITAL_WORD_AT_END.search(left) or _OWNER_NEAR_END.search(left)):
        return False  # "President Clinton and I have" and "my older sister and I went": both are the subject
    if _ONLY_INTRO.match(left):
        return False  # "But, more importantly, because ...": the left has no clause, and "This" would point back too far
    if cut.lead == "This is because " and _NEGATION.search(left):
        return False  # "not chosen because they are bad, but because ...": the "not" is about the reason
    if cut.lead in ("But ", "So ", "") and _SUBORDINATE.match(right) and "," not in right:
        return False  # "..., but wherever they sound natural" has no clause of its own
    if cut.lead == "At the same time, " and _STARTS_WITH_ING.match(right):
        return False  # "..., while rigorously focusing on ..." is no sentence
    if cut.lead in ("", "For example, ", "But ", "So ") and _STARTS_WITH_VERB.match(right):
        return False  # "Consumers who ate, for example, were told": the verb would lose its subject
    if cut.bare and ("," in left or _INTRO_WORD.match(left)):
        return False  # "Under section 205, we ..." and "Therefore, in line with the law, we ...": the left is no sentence
    if (cut.bare or cut.lead in ("For example, ", "Then ")) and (_OPENER.match(left) or _OPENER_INSIDE.search(left)):
        return False  # "Seeking out ways, for example, to ..." has no sentence before the cut
    if cut.lead == "For example, " and not _SUBJECT_AND_ANY_WORD.match(right):
        return False  # "For example, Healthwatch and local groups." has no verb: the example stays in its sentence
    if "\\1" not in cut.lead and _STARTS_WITH_THEY.match(right) \
            and _PLURAL_WORD.search(left, _FIRST_WORD.match(left).end()):
        return False  # "They were made with people, so they shaped them": alone, "They" may mean something else
    if cut.lead == "This is " and not _STARTS_WITH_A.match(right):
        return False  # "the surface - the bright patterns" would read "This is the bright patterns"
    if cut.lead == "This " and _PARTICIPLE_LIST.search(right):
        return False  # ", showing A, accessing B": a list of actions, not a new clause
    if _NOT_ONLY.match(left):
        return False  # "Not only is it right, it makes sense" is one thought
    if cut.lead in ("This ", "This includes ") and _ING_LIST.search(left):
        return False  # "seeing the picture, building bridges, including ..." is a list of actions
    if cut.lead in ("This includes ", "For example, ") and _CLAUSE_GOES_ON.search(right):
        return False  # "bodies, such as Healthwatch, to support them": the examples end mid-sentence
    return True


def _split_clauses(sentence: str, aim: int = 10) -> list[str]:
    """Cut a sentence at clause breaks until each part is short, where that is possible.

    Only clause breaks are used, never a bare comma: a comma is as likely to
    separate the items of a list, and cutting there makes nonsense. Nor is a
    sentence cut just after an opening clause ("When we meet, ..."), which
    cannot stand alone.
    """
    if _HOLD_START in sentence:  # what a held span stands for may matter (its words are counted)
        return _split_at_clauses(sentence, aim)
    return list(_split_clauses_held_nothing(sentence, aim))


@lru_cache(maxsize=8192)  # sentences of one site share parts ("and the team check the budget")
def _split_clauses_held_nothing(sentence: str, aim: int) -> tuple[str, ...]:
    return tuple(_split_at_clauses(sentence, aim))


def _split_at_clauses(sentence: str, aim: int) -> list[str]:
    words = _word_count(sentence)
    if words < aim - 2:
        # Short enough. From 8 words on, a clause break is still cut, as the
        # easy-one-idea rule asks for one idea in each sentence.
        return [finish(sentence)]
    if not _CUT_SIGN.search(sentence):
        return [finish(sentence)]
    best = None
    lower = sentence.lower() if sentence.isascii() else None
    dashed = None
    for cut, needs in zip(_SPLITS, _CUT_NEEDS):
        if lower is not None and needs not in lower:
            continue
        if needs == "-":  # the cuts at a dash: a hyphen inside a word ("co-production") is none
            if dashed is None:
                dashed = bool(_A_DASH.search(sentence))
            if not dashed:
                continue
        for match in cut.pattern.finditer(sentence):
            left, right = sentence[:match.start()], sentence[match.end():]
            if not _cut_is_safe(cut, left, right):
                continue
            lead = _lead_into(match, cut.lead, left, right)
            if lead is None:
                continue
            distance = abs(_word_count(left) - words / 2)
            if best is None or distance < best[0]:
                best = (distance, left, lead)
    if best is None:
        return [finish(sentence)]
    _, left, right = best
    return _split_clauses(left, aim) + _split_clauses(right, aim)


def _lead_into(match: re.Match, lead: str, left: str, right: str) -> str | None:
    """The second part of a cut sentence, with its lead ("This ", "But "), or None if it would read wrong.

    A participle is made a verb ("forming" -> "This forms"); "which" about a
    plural thing names the thing again ("These reports are praised"), as "This
    are praised" is wrong, and where no thing can be named there is no cut.
    """
    if lead == "NAME is ":
        # Only after a name (capitals), with nothing after the description: then it can only be about that name.
        name = _NAME_AT_END.search(left)
        # After "of", "by" or "with" the name is a thing of its own; "in this Co-production Week, a reminder
        # of why" is about something said before, not about the week.
        if (not name or not re.search(r"\b(?:of|by|with|from|called|named)\s+$", left[:name.start()])
                or "," in right or _at_sentence_start(left, name.start()) or _word_count(name.group(0)) > 5):
            return None
        return f"{name.group(0)} is {right}"
    participle = re.match(r"(\w+)\b", right)
    if lead == "This " and participle and participle.group(1).lower() in _PARTICIPLES:
        return lead + _PARTICIPLES[participle.group(1).lower()] + right[participle.end():]
    if lead == "This " and match.group(0).strip(" ,").lower().startswith("which"):
        if _PLURAL_VERB.match(right):
            thing = _PLURAL_THING.search(left)
            return f"These {thing.group(1)} {right}" if thing else None
        if _ABOUT_THE_CLAUSE.match(right):
            return lead + right  # "..., which helps people plan": "This helps people plan"
        # "our group, which has done good work": "This group has done good work", not a bare "This"
        # that could mean the whole sentence. With no thing to name, there is no cut.
        thing = _SINGULAR_THING.search(left)
        return f"This {thing.group(1)} {right}" if thing else None
    if lead == "Then " and re.match(r"\s*(?:the|a|an|our|your|their|my)\b", right, re.I) \
            and not _is_clause(right.split(",", 1)[0]):
        return None  # "absorb the exception, then the rule, and then ...": "the rule" is no clause of its own
    if lead == "Then " and not re.match(r"\s*(?:" + _SUBJECT + r"|the|a|an|our|your|their|my)\b", right, re.I):
        # "then lists ..." has no subject of its own: say the sentence's subject again, if it is a pronoun.
        subject = re.match(r"\s*(it|we|they|you|he|she|I)\s+[a-z]", left, re.I)
        if not subject:
            return None
        pronoun = subject.group(1) if subject.group(1) == "I" else subject.group(1).lower()
        return f"Then {pronoun} {right}"
    return match.expand(lead) + right  # a lead may name a group: r"\1 said "
