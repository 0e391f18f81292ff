"""Sentence steps for generated easy read: plainer words, numbers, abbreviations, shorter sentences.

Each step is a small function from text to text, so each can be tested alone.
No step needs a network or a model: the output is the same every time.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..rules.easy import NUMBER_WORDS, SCALE_WORDS, one_is_a_number
from ..rules.numbers import PERCENTAGE, plain_fraction
from ..text import WORD

# Plain words for easy read, with their word forms, so grammar survives the swap.
EASY_WORDS: dict[str, str] = {
    "facilitate": "help", "facilitates": "helps", "facilitated": "helped", "facilitating": "helping",
    "utilise": "use", "utilises": "uses", "utilised": "used", "utilising": "using",
    "utilize": "use", "utilizes": "uses", "utilized": "used", "utilizing": "using",
    "ensure a": "make sure there is a", "ensures a": "makes sure there is a",
    "ensure an": "make sure there is an", "ensures an": "makes sure there is an",
    "ensure": "make sure", "ensures": "makes sure", "ensured": "made sure", "ensuring": "making sure",
    "commence": "start", "commences": "starts", "commenced": "started", "commencing": "starting",
    "initiate": "start", "initiates": "starts", "initiated": "started", "initiating": "starting",
    "collaborate": "work together", "collaborates": "works together", "collaborating": "working together",
    "collaboration": "working together",
    "assist": "help", "assists": "helps", "assisted": "helped", "assistance": "help",
    "obtain": "get", "obtains": "gets",
    "purchase": "buy", "purchased": "bought",
    "require": "need", "requires": "needs", "required": "needed",
    "sufficient": "enough", "additional": "more", "approximately": "about", "numerous": "many",
    "individuals": "people", "participate": "take part", "participates": "takes part",
    "participating": "taking part", "participants": "people taking part",
    "demonstrate": "show", "demonstrates": "shows",
    "however": "but", "therefore": "so", "whilst": "while", "amongst": "among",
    "prior to": "before", "in order to": "to", "in an effort to": "to", "with regard to": "about", "in respect of": "about",
    "a number of": "some", "going forward": "from now on", "e.g.": "for example", "i.e.": "that is",
    "etc.": "and more", "via": "through", "empower": "give power to", "empowers": "gives power to",
    "key": "main", "tackle": "deal with", "tackling": "dealing with", "dialogue": "talk",
    "stakeholders": "people involved", "holistic": "whole",
    # Longer everyday words with a shorter, more common choice.
    "essential": "very important", "vital": "very important", "significant": "big", "significantly": "greatly",
    "legislation": "law", "emphasises": "says", "emphasise": "say", "enables": "helps", "enable": "help",
    "approaches": "ways", "approach": "way", "individual": "person", "individuals'": "people's",
    "establish": "set up", "establishing": "setting up", "established": "set up", "framework": "plan",
    "perspective": "view", "expectations": "hopes", "contribute": "give", "contributing": "giving", "expertise": "knowledge", "relevant": "useful",
    "sustained": "kept going", "sustain": "keep going", "opportunities": "chances", "opportunity": "chance",
    "organisation": "group", "organisations": "groups", "implement": "do", "implementing": "doing", "consider": "think about", "considered": "thought about", "provide": "give",
    "provides": "gives", "providing": "giving", "receive": "get", "receives": "gets", "currently": "now", "frequently": "often", "immediately": "now", "particularly": "especially",
    "various": "different", "regarding": "about",
    "participation": "taking part", "accessible": "easy to use", "improvement": "change for the better",
    "improvements": "changes for the better", "decisions": "choices", "decision": "choice", "demonstration": "showing", "responsibility": "job", "responsibilities": "jobs", "requirements": "needs", "objective": "aim",
    "objectives": "aims", "commitment": "promise", "committed": "promised", "anticipate": "expect",
    "component": "part", "components": "parts", "alternatives": "other choices",
    "evaluate": "check", "evaluation": "check", "identify": "find",
    "identified": "found", "identifying": "finding", "modify": "change", "modified": "changed",
    "methodology": "way", "endeavour": "try", "eliminate": "remove", "inform": "tell", "informed": "told",
    "indicate": "show", "indicates": "shows", "investigate": "look into", "accountable": "answerable",
    "actively": "", "effectively": "well", "successfully": "well",
    # Words common in social care writing, each with a plainer word that fits
    # wherever the hard one does. Words with two meanings (such as "foster"
    # or "influence") are left out on purpose.
    "significantly more": "a lot more", "significantly less": "a lot less",
    "genuine": "real", "genuinely": "really", "remunerate": "pay", "remunerating": "paying",
    "remuneration": "pay", "remunerated": "paid", "admittedly": "", "minimise": "lower", "minimises": "lowers",
    "minimising": "lowering", "maximise": "make the most of", "transformation": "big change",
    "transform": "change", "transforms": "changes", "transforming": "changing", "transformed": "changed",
    "aspire": "aim", "aspirations": "hopes", "fundamental": "basic", "innovation": "new ideas",
    "innovative": "new", "revolutionise": "totally change", "sustainable": "lasting",
    "perspectives": "views", "comprehensive": "full", "comprehensively": "fully",
    "appropriate": "right", "appropriately": "in the right way", "philosophy": "way of thinking",
    "catalyst": "spark", "cultivating": "growing", "cultivate": "grow", "collective": "shared",
    "collaborative": "joint", "dedicated to": "for", "highlighted": "pointed out", "conducted": "carried out",
    "additionally": "also", "furthermore": "also", "moreover": "also", "nevertheless": "but",
    "consequently": "so", "subsequently": "later", "alongside": "with", "regularly": "often",
    "the majority of": "most", "a majority of": "most", "initially": "at first", "eventually": "in the end",
    "previously": "before", "definitions": "meanings", "definition": "meaning",
    "develop": "build", "develops": "builds", "developed": "built", "developing": "building",
    "has the potential to": "could", "have the potential to": "could", "in addition": "also",
    "deliver": "run", "delivers": "runs", "delivered": "run", "delivering": "running", "delivery": "running",
    "facilities": "places", "obstacles": "barriers", "utilisation": "use",
    "discussing": "talking about", "discussions": "talks", "discussion": "talk", "beneficial": "good",
    "benefit from": "gain from", "primarily": "mainly", "predominantly": "mostly", "acquire": "get",
    "endeavours": "efforts", "enhance": "improve", "enhances": "improves", "enhancing": "improving",
}
_EASY_WORD = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(EASY_WORDS, key=len, reverse=True))
    + r")(?![\w-])", re.I)
_PERCENT_WITH_PLAIN = re.compile(r"(?:about\s+|around\s+|nearly\s+)?(\d+(?:\.\d+)?)\s?(?:%|per\s?cent)\s*\(([^)]*\b(?:in|out of)\b[^)]*)\)", re.I)
# Not "hundred", "thousand" or "million": "a thousand" would become "a 1000".
_NUMBER_WORD = re.compile(r"(?<![\w-])(" + "|".join(w for w in NUMBER_WORDS if w not in SCALE_WORDS) + r")(?![\w-])",
                          re.I)
_EXPANSION = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|the|in|on|to)\s+)*)+)\(\s*([A-Z][A-Z0-9&]*[A-Z0-9])\s*\)")
_CAPITALS = re.compile(r"(?<![\w-])([A-Z][A-Z0-9&]*[A-Z0-9])(s?)(?![\w-])")


def _match_case(original: str, replacement: str) -> str:
    return replacement[:1].upper() + replacement[1:] if original[:1].isupper() else replacement


_ARTICLE_BEFORE = re.compile(r"\b([Aa]n?)(\s+)$")


_SENTENCE_START = re.compile(r"(?:^|[.!?:]['’\"”)]*\s+|[\"“(‘]\s*)$")


def plain_words(text: str, keep: list[tuple[int, int]] = ()) -> str:
    """Swap hard words for plain ones, and mend "a"/"an" before a swapped word.

    Words inside a `keep` span (a glossary term, say) stay as they are, and so
    do capitalised words inside a sentence, as they are likely part of a name
    ("Individual Service Fund").
    """
    pieces, last = [], 0
    for match in _EASY_WORD.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in keep):
            continue
        if match.group(0)[0].isupper() and not _SENTENCE_START.search(text, 0, match.start()):
            continue
        before = text[last:match.start()]
        replacement = _match_case(match.group(0), EASY_WORDS[" ".join(match.group(0).lower().split())])
        article = _ARTICLE_BEFORE.search(before)
        if article and replacement:
            right = "an" if replacement[0].lower() in "aeiou" else "a"
            right = right.capitalize() if article.group(1)[0].isupper() else right
            before = before[:article.start()] + right + article.group(2)
        pieces += [before, replacement]
        last = match.end()
    return "".join(pieces) + text[last:]


def replace_phrases(text: str, matcher, instead_of) -> str:
    """Swap each phrase a glossary matcher finds for `instead_of(value)`."""
    pieces, last = [], 0
    for match, value in matcher.finditer(text):
        pieces += [text[last:match.start()], _match_case(match.group(0), instead_of(value))]
        last = match.end()
    return "".join(pieces) + text[last:]


def find_expansions(text: str) -> dict[str, str]:
    """Abbreviations a page writes out, as in "Joint Strategic Needs Assessment (JSNA)"."""
    found: dict[str, str] = {}
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


def write_out_abbreviations(text: str, expansions: dict[str, str]) -> str:
    text = re.sub(r"\s*\(\s*(" + "|".join(map(re.escape, expansions)) + r")\s*\)", "", text) if expansions else text

    def full(match: re.Match) -> str:
        expansion = expansions.get(match.group(1))
        return expansion if expansion else match.group(0)

    return _CAPITALS.sub(full, text)


def easy_numbers(text: str) -> str:
    """Digits for number words; "9 out of 10" for percentages."""
    text = _PERCENT_WITH_PLAIN.sub(lambda m: m.group(2).replace(" in ", " out of "), text)
    text = PERCENTAGE.sub(lambda m: plain_fraction(float(m.group(1))).replace(" in ", " out of ")
                          if float(m.group(1)) <= 100 else m.group(0), text)
    text = re.sub(r"(\d+ out of \d+) of (?=\w)", r"\1 ", text)  # "9 out of 10 of parents" reads badly
    return _NUMBER_WORD.sub(lambda m: str(NUMBER_WORDS[m.group(1).lower()])
                            if m.group(1).lower() != "one" or one_is_a_number(text, m.start()) else m.group(0), text)


# Words that can start a clause as its subject. A cut before one of them
# leaves two parts that can each stand alone.
_SUBJECT = r"(?:we|they|you|he|she|it|it['’]s|this|that|these|there|people|everyone|I)\b"
# Words that open a clause which cannot stand alone ("When we meet, ...").
_OPENER = re.compile(r"\s*(?:as|when|whenever|if|once|after|before|unless|until|since|despite|given|with|without|"
                     r"in|for|through|instead|because|whether|where|by|although|though|while|whilst|even|to|from|"
                     r"on|at|like|unlike|rather|\w+ing)\b", re.I)
# An opening clause later in the part before a comma: "It says by doing this, we ...".
_OPENER_INSIDE = re.compile(r"\b(?:when|if|as|by|because|while|whilst|although|though|since|once|after|before|unless|"
                            r"until)\s[^,]*$", re.I)
_PARTICIPLE_LIST = re.compile(r",\s+(?:and\s+)?\w+ing\b", re.I)
# Participles that start a clause about the whole of what came before.
_PARTICIPLES = {"making": "makes", "helping": "helps", "giving": "gives", "leading": "leads", "allowing": "allows",
                "creating": "creates", "forming": "forms", "meaning": "means", "building": "builds",
                "bringing": "brings", "showing": "shows", "fostering": "fosters"}


# The last item of a list of actions: ", building bridges".
_ING_LIST = re.compile(r"(?:,|\band)\s+\w+ing\b[^,]*$", re.I)


# After a list of examples, the sentence goes on: "such as A and B, to help us".
_CLAUSE_GOES_ON = re.compile(r",\s+(?:to|so|which|who|where|because|but|and\s+then)\b", re.I)


class _Cut(NamedTuple):
    pattern: re.Pattern
    lead: str  # how the second part starts
    bare: bool = False  # a cut at a comma alone, which an opening clause must not lose


# Where a long sentence can be cut, and how the second part starts.
_SPLITS: list[_Cut] = [
    _Cut(re.compile(r";\s+"), ""),
    _Cut(re.compile(r",\s+but\s+", re.I), "But "),
    _Cut(re.compile(r",\s+so\s+(?!that\b)", re.I), "So "),
    # "..., which we like" is about a thing, not the whole clause: "This we like" reads badly.
    _Cut(re.compile(r",\s+which\s+(?!(?:we|you|they|I|he|she|it|the|a|an|our|your|their|people)\b)", re.I), "This "),
    _Cut(re.compile(r",?\s+because\s+(?!of\b)", re.I), "This is because "),
    _Cut(re.compile(r",\s+although\s+", re.I), "But "),
    _Cut(re.compile(r",\s+including\s+", re.I), "This includes "),
    _Cut(re.compile(r",\s+such\s+as\s+", re.I), "For example, "),
    _Cut(re.compile(r",\s+for\s+example,?\s+", re.I), "For example, "),
    _Cut(re.compile(r",?\s+so\s+that\s+", re.I), "This is so that "),
    _Cut(re.compile(r",\s+while\s+", re.I), "At the same time, "),
    # "..., with 9 out of 10 carers saying they ..." becomes "9 out of 10 carers said they ...".
    _Cut(re.compile(r",\s+with\s+([^,]{3,60}?)\s+saying\s+", re.I), r"\1 said "),
    # A dash before a subject starts a new clause; before anything else it names what came before.
    _Cut(re.compile(r"(?:\s*—\s*|\s+[–-]\s+)(?=" + _SUBJECT + ")", re.I), "", True),
    _Cut(re.compile(r"(?:\s*—\s*|\s+[–-]\s+)(?!" + _SUBJECT + ")", re.I), "This is ", True),
    # "and" joins two clauses only where a subject follows; otherwise it is likely a list.
    _Cut(re.compile(r",?\s+and\s+(?=(?:we|they|you|he|she|it|this|these|there|people|everyone)\s)", re.I), ""),
    # A comma before a pronoun often starts a new clause; before "people" it is more often a list.
    _Cut(re.compile(r",\s+(?=(?:we|they|you|it|this)\s)", re.I), "", True),
    _Cut(re.compile(r",\s+(?:or|and)\s+(?=when\b|if\b)", re.I), ""),
    _Cut(re.compile(r"\s+(?:but|so)\s+(?=(?:we|they|you|he|she|it|this|people|everyone)\b)", re.I), ""),
    _Cut(re.compile(r",\s+(?=(?:" + "|".join(_PARTICIPLES) + r")\s)", re.I), "This ", True),
]


def _word_count(text: str) -> int:
    return len(WORD.findall(text))


def finish(sentence: str) -> str:
    """Tidy a sentence: single spaces, a capital first letter and a full stop at the end.

    A sentence ending in a colon keeps it: it leads into the list after it.
    """
    sentence = re.sub(r"\s+([.,;:!?])", r"\1", " ".join(sentence.split())).strip(" ,;-—–")
    if sentence.endswith(":") and _word_count(sentence) > 0:
        return sentence[0].upper() + sentence[1:]
    sentence = sentence.strip(":")
    if not sentence:
        return ""
    sentence = sentence[0].upper() + sentence[1:]
    if sentence[-1] not in ".!?" and not re.search(r"[.!?]['’\"”)]+$", sentence):
        sentence += "."
    return sentence


_BRACKET = re.compile(r"\s*\((?:such as|for example|e\.g\.|like)?\s*([^()]{12,})\)")
# "bodies, such as Healthwatch, to support them": examples with no comma of their own.
_EXAMPLES_BETWEEN_COMMAS = re.compile(r",\s+(?:such as|for example|e\.g\.)\s+([^,;:()]+),\s+(?=to\b|so\b|which\b|who\b)",
                                      re.I)
_DASHED = re.compile(r"(?:\s*—\s*|\s+[–-]\s+)(?:(such as|for example|like)\s+)?([^—–]{12,}?)(?:\s*—\s*|\s+[–-]\s+)", re.I)


def _move_asides(sentence: str) -> list[str]:
    """A long aside, in brackets or between dashes, becomes its own sentence after the one it was in."""
    asides = []

    def take(match: re.Match, text: str, example: bool) -> str:
        if _word_count(text) < 4:
            return match.group(0)
        if not example and not re.match(_SUBJECT, text.strip(), re.I):
            # "(sometimes in paid roles)" cannot stand alone: it stays, between commas.
            return ", " + text.strip() + ", " if match.group(0).lstrip()[:1] in "—–-" else match.group(0)
        asides.append(("For example, " if example else "") + text.strip())
        return " "

    main = _BRACKET.sub(lambda m: take(m, m.group(1), bool(re.match(
        r"\s*\((?:such as|for example|e\.g\.|like)", m.group(0), re.I))), sentence)
    main = _DASHED.sub(lambda m: take(m, m.group(2), bool(m.group(1))), main)
    main = _EXAMPLES_BETWEEN_COMMAS.sub(lambda m: take(m, m.group(1), True), main)
    return [main, *asides]


def _opening_clause(sentence: str) -> list[str] | None:
    """Put an opening clause where each part can stand alone.

    "Although A, B." becomes "A. But B."; "While A, B." becomes "A. At the
    same time, B."; "By doing A, we B." becomes "We B. We do this by doing A."
    """
    contrast = re.match(r"\s*(although|though|even though|while|whilst)\s+(.+?),\s+(.+)$", sentence, re.I | re.S)
    if contrast and _word_count(contrast.group(2)) >= 3 and _word_count(contrast.group(3)) >= 4:
        lead = "But " if contrast.group(1).lower() in ("although", "though", "even though") else "At the same time, "
        return [contrast.group(2), lead + contrast.group(3)]
    means = re.match(r"\s*by\s+(.+?),\s+(we|you|they)\s+(.+)$", sentence, re.I | re.S)
    if means and _word_count(means.group(1)) >= 2 and _word_count(means.group(3)) >= 2:
        subject = means.group(2).lower()
        return [f"{subject} {means.group(3)}", f"{subject} do this by {means.group(1)}"]
    return None


_COLON_LIST = re.compile(r"^(?P<lead>[^:]{8,}):\s+(?P<items>[^:;]+?)\.?$", re.S)


def _colon_list(sentence: str) -> list[str] | None:
    """A list after a colon, one item a line: "The aims are: dignity, choice and control."

    Only short items joined by commas and a last "and" count as a list; after
    a colon, anything else is more likely a clause.
    """
    match = _COLON_LIST.match(sentence.strip())
    if not match:
        return None
    items = [item.strip() for item in re.split(r",\s+", match.group("items"))]
    last = re.match(r"(?:and\s+(.+)|(.+)\s+and\s+(.+))$", items[-1])
    if not last:
        return None  # no "and" before the last item: not a list after all
    items[-1:] = [last.group(1)] if last.group(1) else [last.group(2), last.group(3)]
    if len(items) < 3 or any(not item or _word_count(item) > 6 for item in items):
        return None
    return [match.group("lead") + ":", *items]


def split_sentence(sentence: str, aim: int = 10) -> list[str]:
    """Cut a long sentence into short ones that each say one thing, where that can be done safely."""
    listed = _colon_list(sentence) if _word_count(sentence) >= aim else None
    if listed:
        return [finish(listed[0]), *(finish(item) for item in listed[1:])]
    parts = _move_asides(sentence)
    result = []
    for part in parts:
        reordered = _opening_clause(part) if _word_count(part) >= aim - 2 else None
        for piece in reordered or [part]:
            result += _split_clauses(piece, aim)
    return result


def _split_clauses(sentence: str, aim: int = 10) -> list[str]:
    """Cut a sentence at clause breaks until each part is short, where that is possible.

    Only clause breaks are used, never a bare comma: a comma is as likely to
    separate the items of a list, and cutting there makes nonsense. Nor is a
    sentence cut just after an opening clause ("When we meet, ..."), which
    cannot stand alone.
    """
    words = _word_count(sentence)
    if words < aim - 2:
        # Short enough. From 8 words on, a clause break is still cut, as the
        # easy-one-idea rule asks for one idea in each sentence.
        return [finish(sentence)]
    best = None
    for cut in _SPLITS:
        for match in cut.pattern.finditer(sentence):
            left, right = sentence[:match.start()], sentence[match.end():]
            if _word_count(left) < 3 or _word_count(right) < 3:
                continue
            if cut.bare and (_OPENER.match(left) or _OPENER_INSIDE.search(left)):
                continue
            if cut.lead == "This " and _PARTICIPLE_LIST.search(right):
                continue  # ", showing A, accessing B": a list of actions, not a new clause
            if cut.lead in ("This ", "This includes ") and _ING_LIST.search(left):
                continue  # "seeing the picture, building bridges, including ..." is a list of actions
            if cut.lead in ("This includes ", "For example, ") and _CLAUSE_GOES_ON.search(right):
                continue  # "bodies, such as Healthwatch, to support them": the examples end mid-sentence
            distance = abs(_word_count(left) - words / 2)
            if best is None or distance < best[0]:
                best = (distance, left, _lead_into(match, cut.lead, right))
    if best is None:
        return [finish(sentence)]
    _, left, right = best
    return _split_clauses(left, aim) + _split_clauses(right, aim)


def _lead_into(match: re.Match, lead: str, right: str) -> str:
    """The second part of a cut sentence, with its lead ("This ", "But ") and a participle made a verb."""
    participle = re.match(r"(\w+)\b", right)
    if lead == "This " and participle and participle.group(1).lower() in _PARTICIPLES:
        return lead + _PARTICIPLES[participle.group(1).lower()] + right[participle.end():]
    return match.expand(lead) + right  # a lead may name a group: r"\1 said "
