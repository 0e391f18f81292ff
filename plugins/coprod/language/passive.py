"""Passive voice, found once for the standard rule and the easy read rule.

A passive is a form of "be" and a past participle: "was written", "are paid",
"has been checked", "must be signed". `lemminflect` (offline word tables)
says whether a word is a verb's past participle, so "is need" or "is red"
are not passives. Participles used as adjectives after "be" ("is tired", "are
interested", "is based in", "is called") are not worth a note and are left out.

When the doer is named ("was written by the team"), `Passive.active` gives
the active verb with its doer ("the team wrote"), and `Passive.rewrite` the
whole clause when its subject is plain to see ("The team wrote the report").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

_BE = r"am|is|are|was|were|be|been|being|isn['’]t|aren['’]t|wasn['’]t|weren['’]t"
# "(?=[abiw])" first, the letters a form of "be" starts with: a pattern that starts with a set of
# letters is looked for about twice as fast as one that starts by looking back (the same matches).
_PASSIVE = re.compile(
    rf"(?=[abiw])(?<![\w'’-])(?P<be>{_BE})"
    r"(?P<between>(?:\s+(?:not|also|often|always|never|already|usually|still|then|only|just|all|both|\w+ly))*)"
    r"\s+(?!(?:be|been|being)\b)(?P<verb>[a-z]+)(?![\w'’-])",
    re.I,
)
# Before "be": a modal ("must be signed") or a form of "have" ("has been paid").
_AUX_BEFORE = re.compile(
    r"(?:(?P<aux>will|would|can|could|may|might|must|shall|should|has|have|had|is|are|was|were|am)"
    r"(?:\s+(?P<adverb>not|also|always|never|already|usually|still|then|only|just))?\s+)$", re.I)

# Participles that say how someone or something is, not what was done to it.
STATES = frozenset("""
    interested tired worried scared bored excited married divorced engaged supposed based used concerned pleased
    satisfied surprised disappointed confused embarrassed frightened amazed annoyed delighted determined
    dressed exhausted finished gone involved located situated prepared qualified related skilled talented
    complicated detailed advanced limited entitled called named aged armed balanced committed dedicated devoted
    educated equipped focused inclined motivated organised organized overwhelmed relaxed retired employed
    unemployed disabled mixed biased closed open done known worth said meant born deemed fed stuck lost
    composed comprised convinced aware acquainted accustomed opposed obliged bound set stressed upset ashamed afraid
""".split())
# "by" followed by these is a means or a time, not a doer: "by hand", "by 5 April", "by using".
_NOT_A_DOER = frozenset("""
    hand post email e-mail phone telephone mail car bus train bike foot default mistake chance accident far then
    now means way law monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december tomorrow today tonight midnight noon
    next end close text letter
""".split())
_AGENT = re.compile(
    r"\s+by\s+(?P<agent>(?:the|a|an|our|your|their|his|her|its|this|that|these|those|each|every|some|many|most|"
    r"all|both|several|two|three|four|five|six|local|trained)\s+"
    r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+|us|them|you|him|her|me|it|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|[a-z]+s)"
    r"(?=\s*(?:[,.;:!?)]|$|\s(?:and|or|but|in|on|at|for|with|to|from|before|after|when|if|because|that|which|who|"
    r"so|as|under|over|within|without|during|until|unless|where|while|than|each|every|it|they|we|you|he|she|"
    r"is|are|was|were|has|have|had|will|can|may|must|should|would|could|do|does|did|whom|whose)\b))",
)
_TIME_OR_MEANS_AGENT = re.compile(r"(?:the\s+)?(?:end|time|deadline|date|close|way|means|law)\b|\d", re.I)
_PRONOUN_SUBJECT = {"us": "we", "them": "they", "you": "you", "him": "he", "her": "she", "me": "I", "it": "it"}
# Where the subject of a passive starts: after the last clause break before it.
_CLAUSE_BREAK = re.compile(r"[,;:(]\s*|\b(?:if|when|that|because|so|and|but|where|once|after|before|unless)\s+", re.I)
_DETERMINERS = frozenset("the a an your our their this that these those each every his her its my".split())
_OBJECT_PRONOUN = {"i": "me", "we": "us", "they": "them", "he": "him", "she": "her", "you": "you", "it": "it"}


def _subject_before(text: str, start: int, begin: int) -> tuple[str, bool] | None:
    """The plain subject of a passive (a pronoun, or a noun phrase of up to 6 words), and whether it starts the sentence."""
    region = text[start:begin]
    cut = 0
    for match in _CLAUSE_BREAK.finditer(region):
        cut = match.end()
    words = region[cut:].split()
    if not words or len(words) > 6 or any(not re.fullmatch(r"[A-Za-z][\w'’-]*", w) for w in words):
        return None
    first = words[0].lower()
    if len(words) == 1 and first in _OBJECT_PRONOUN:
        subject = _OBJECT_PRONOUN[first]
    elif first in _DETERMINERS:
        subject = " ".join([first, *words[1:]])
    else:
        return None
    return subject, not region[:cut].strip()


def _build_verb_table() -> dict:
    """Every verb's past participles (participle -> its verbs) and main forms (verb -> tag -> form).

    From lemminflect's own table: reading the library takes about 0.6 s a run,
    this table a few hundredths (see coprod.cache). A word lemminflect does not
    know is not taken for a participle: precision before recall.
    """
    from lemminflect import getInflection
    from lemminflect.core.Lemmatizer import Lemmatizer

    participles: dict[str, list[str]] = {}
    forms: dict[str, dict[str, str]] = {}
    for word, by_pos in Lemmatizer()._getLemmaDict().items():
        lower = word.lower()
        for lemma in by_pos.get("VERB", ()):
            if lower not in getInflection(lemma, tag="VBN"):
                continue
            participles.setdefault(lower, [])
            if lemma not in participles[lower]:
                participles[lower].append(lemma)
            if lemma not in forms:
                forms[lemma] = {tag: found[0] for tag in ("VBD", "VBN", "VBG", "VBZ", "VBP")
                                if (found := getInflection(lemma, tag=tag))}
    return {"participles": participles, "forms": forms}


@lru_cache(maxsize=1)
def _verbs() -> dict:
    from ..cache import cached_table

    return cached_table("verbs-en", ("lemminflect",), _build_verb_table)


def verb_forms() -> dict[str, dict[str, str]]:
    """Each verb's dictionary form ("take") and its forms by tag ({"VBZ": "takes", "VBD": "took", ...})."""
    return _verbs()["forms"]


def is_past_participle(word: str) -> bool:
    """Whether a word is some verb's past participle ("written", "paid", "checked")."""
    return word.lower() in _verbs()["participles"]


def _verb_of(participle: str) -> str:
    return _verbs()["participles"][participle.lower()][0]


def _verb_form(lemma: str, tag: str) -> str:
    return _verbs()["forms"].get(lemma, {}).get(tag, lemma)


@dataclass
class Passive:
    start: int  # where the form of "be" (or its modal) starts
    end: int  # the end of the participle, or of the doer when there is one
    words: str  # "was written by the team"
    agent: str | None  # "the team"
    active: str | None  # "the team wrote"
    rewrite: str | None = None  # "The team wrote the report", when the subject is plain


def _agent_is_plural(agent: str) -> bool:
    last = agent.split()[-1].lower()
    if last in ("we", "they", "you", "i"):
        return True  # they take "write", not "writes"
    return last.endswith("s") and not last.endswith(("ss", "us", "is"))


def _active_verb(aux: str | None, be: str, lemma: str, agent_subject: str) -> str | None:
    plural = _agent_is_plural(agent_subject)
    be, aux = be.lower(), (aux or "").lower()

    def form(tag: str) -> str:
        return _verb_form(lemma, tag)

    if be in ("was", "were"):
        return form("VBD")
    if be in ("is", "are", "am"):
        return form("VBP") if plural else form("VBZ")
    if be == "be" and aux in ("will", "would", "can", "could", "may", "might", "must", "shall", "should"):
        return f"{aux} {lemma}"
    if be == "been" and aux in ("has", "have", "had"):
        have = "had" if aux == "had" else ("have" if plural else "has")
        return f"{have} {form('VBN')}"
    if be == "being" and aux in ("is", "are", "am", "was", "were"):
        if aux in ("was", "were"):
            helper = "were" if plural else "was"
        else:
            helper = "am" if agent_subject == "I" else ("are" if plural else "is")
        return f"{helper} {form('VBG')}"
    return None


def find_passives(text: str, start: int = 0, end: int | None = None) -> Iterator[Passive]:
    """Passives in one sentence, text[start:end] (masked prose), with the active version when the doer is named."""
    end = len(text) if end is None else end
    for match in _PASSIVE.finditer(text, start, end):
        verb = match.group("verb")
        lower = verb.lower()
        if lower in STATES or not is_past_participle(lower):
            continue
        be = match.group("be").lower()
        if "n't" in be or "n’t" in be:
            be_word, negative = be.split("n")[0], True
        else:
            be_word, negative = be, False
        before = _AUX_BEFORE.search(text, max(start, match.start() - 20), match.start())
        aux = before.group("aux") if before and be_word in ("be", "been", "being") else None
        begin = before.start() if aux else match.start()
        if be_word in ("be", "been", "being") and not aux:
            continue  # "to be written", "having been told": leave these alone
        finish = match.end()
        agent_match = _AGENT.match(text, finish, end)
        agent = active = rewrite = None
        if agent_match:
            candidate = " ".join(agent_match.group("agent").split())
            first = candidate.split()[0].lower()
            core = candidate.split(None, 1)[-1] if first in ("the", "a", "an") else candidate
            if not (first in _NOT_A_DOER or first.endswith("ing") or _TIME_OR_MEANS_AGENT.match(core)
                    or core.split()[0].lower() in _NOT_A_DOER):
                agent = candidate
                finish = agent_match.end()
        if agent and not negative and not match.group("between").strip():
            lemma = _verb_of(lower)
            subject = _PRONOUN_SUBJECT.get(agent.lower(), agent)
            verb_phrase = _active_verb(aux, be_word, lemma, subject)
            adverb = before.group("adverb") if aux else None
            if verb_phrase and adverb:
                if adverb.lower() == "not" or " " not in verb_phrase:
                    verb_phrase = None  # "must not be signed by you": leave negatives to the writer
                else:
                    helper, rest = verb_phrase.split(" ", 1)
                    verb_phrase = f"{helper} {adverb} {rest}"
            if verb_phrase:
                active = f"{subject} {verb_phrase}"
                said = _subject_before(text, start, begin)
                if said:
                    patient, starts_sentence = said
                    first_word = active[0].upper() + active[1:] if starts_sentence else active
                    rewrite = f"{first_word} {patient}"
        words = " ".join(text[begin:finish].split())
        yield Passive(begin, finish, words, agent, active, rewrite)
