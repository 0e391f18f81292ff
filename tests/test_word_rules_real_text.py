"""The word rules on real text: sentences from plainlanguage.gov and news that once raised false alarms,
and sentences that must still be reported. The site's own glossary.yml is used, as a build would."""

from pathlib import Path

import pytest

from conftest import check
from coprod.glossary import parse_glossary
from coprod.language.numbers import PERCENTAGE, easy_fraction, has_plain_equivalent, is_share, plain_fraction

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = parse_glossary((ROOT / "glossary.yml").read_text(encoding="utf-8"))


def found(markdown, rule):
    return [" ".join(f.message.split('"')[1].split()) for f in check(markdown, glossary=GLOSSARY).findings
            if f.rule == rule]


# --- discouraged-term: only where the phrase is a problem ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "The page works for clients that have disabled JavaScript.",
    "Some clients that have JavaScript switched off see a plain page.",
    "Sloppy word placement can cause ambiguity.",
    "The campaign will include the placement of public service announcements in newspapers.",
    "You must tell us within one year that you are a victim of discrimination.",
    "It uses some plain language principles, but still suffers from some long sections.",
    "He may be eligible for the Credit for the Elderly or the Disabled because he is over age 65.",
    "Law firms explain plain language to their clients. Clients of a firm pay for clear advice.",
    "The client side code checks the form.",
    "The shelf is hard to reach.",
])
def test_discouraged_term_stays_silent(text):
    assert found(text, "discouraged-term") == []


@pytest.mark.parametrize("text, phrase", [
    ("Our clients were unhappy with the service.", "clients"),
    ("We asked service users what they thought.", "service users"),
    ("Her father suffers from dementia.", "suffers from"),
    ("Victims of stroke need time to recover.", "Victims of"),
    ("He suffered from a stroke last year.", "suffered from"),
    ("Her placement at the care home ended in May.", "placement"),
    ("We reached out to groups that are hard to reach.", "hard to reach"),
    ("Vulnerable adults need safe care.", "Vulnerable"),
    ("The disabled deserve better.", "The disabled"),
    ("The Service User said so.", "Service User"),
])
def test_discouraged_term_still_fires(text, phrase):
    assert found(text, "discouraged-term") == [phrase]


def test_a_context_glossary_yml_does_not_know_is_an_error_with_its_line():
    from coprod.glossary import GlossaryErrors

    with pytest.raises(GlossaryErrors) as error:
        parse_glossary("discouraged:\n  - phrase: client\n    instead: person\n    when: about robots\n")
    assert "glossary.yml:4" in str(error.value) and '"about people"' in str(error.value)


def test_glossary_definitions_are_checked_with_the_same_contexts():
    from coprod.glossary_checks import check_glossary
    from coprod.settings import parse_rule_settings

    glossary = parse_glossary(
        "terms:\n  - term: bed\n    definition: Clients that have disabled JavaScript sleep here.\n"
        "    easy_read: A bed. Our clients were unhappy.\n"
        "discouraged:\n  - phrase: client\n    instead: person\n    when: about people\n")
    assert [(f.rule, f.line) for f in check_glossary(glossary, parse_rule_settings({})) if f.rule == "discouraged-term"] == [
        ("discouraged-term", 4)]


# --- plain-words: the lexicon, in context ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "We deliver meals every day.",
    "We delivered the parcels on time.",
    "When delivering bad news, be kind.",
    "You may deliver comments to Room 401.",
    "Late delivery of the goods may end the contract.",
    "The key was under the mat.",
    "The key to success is trust.",
    "Foster carers look after children.",
    "Exposure to impact or impulse noise must not exceed the limit.",
    "The impact of the change was small.",
    "We are going forward with the plan.",
    "We provide help and require more.",  # words only easy read swaps
])
def test_plain_words_stays_silent(text):
    assert found(text, "plain-words") == []


@pytest.mark.parametrize("text", [
    "| in order to | to |\n|---|---|\n| prior to | before |\n",  # a table of words to avoid
    "Replace wordy phrases (_prior to, with regard to, in the event that_).",
    'The law says authorities "must endeavour to express themselves" clearly.',
    "**Ensure**: to make certain.",
    "A number of is useful because it can mean anything.",
    "Read Getting the Structure Right: Process, Paradigm and Persistence.",
])
def test_plain_words_leaves_alone_words_written_about(text):
    assert found(text, "plain-words") == []


@pytest.mark.parametrize("text, words", [
    ("We deliver training to staff.", ["deliver"]),
    ("This is a key issue. Trust is key.", ["key", "key"]),
    ("We will utilise it in order to help.", ["utilise", "in order to"]),
    ("This is pursuant to section 4.", ["pursuant to"]),
    ("We paid him in lieu of notice.", ["in lieu of"]),
    ("We left due to the fact that it rained.", ["due to the fact that"]),
    ("We wait at the present time and until such time as you call.", ["at the present time", "until such time as"]),
    ("Everyone came with the exception of Sam.", ["with the exception of"]),
    ("They will terminate the lease. His remuneration was low.", ["terminate", "remuneration"]),
    ("We wrote in regard to your claim. The subsequent letter was late.", ["in regard to", "subsequent"]),
    ("The terms therein apply.", ["therein"]),
    ("Ensuring physically impaired occupants are assisted is a duty.", ["Ensuring"]),
    ("The delivery of services must improve.", ["delivery"]),
])
def test_plain_words_fires(text, words):
    assert found(text, "plain-words") == words


def test_plain_words_allow_takes_every_form():
    result = check("We ensured it. We ensure it.", {"plain-words": {"allow": ["ensure"]}}, glossary=GLOSSARY)
    assert [f for f in result.findings if f.rule == "plain-words"] == []


# --- hard-word: by lemma, and one finding for one problem ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Use clear headings. The warranties are short. She interprets the rules.",
    "You can reword the sentence, and use the word sensibly.",
    "Go to ecfr.gov for the rules.",
    "The press is the freest in the world.",
])
def test_hard_word_knows_forms_of_common_words(text):
    assert found(text, "hard-word") == []


def test_one_finding_for_one_problem():
    result = check("We utilise coproduction.", glossary=GLOSSARY)
    assert sorted((f.rule, " ".join(f.message.split('"')[1].split())) for f in result.findings
                  if f.rule in ("hard-word", "plain-words", "term-variant")) == [
        ("plain-words", "utilise"), ("term-variant", "coproduction")]


def test_hard_word_still_finds_rare_words():
    assert found("The regulations were promulgated last year.", "hard-word") == ["promulgated"]


# --- numbers: a share of a group, not a change or a rate -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Prices rose by 30% last year.",
    "Staff got a 30% pay rise.",
    "Plain papers got 73 percent more citations.",
    "Sales fell from 20% to 15%.",
    "Zoom to 200% to read it.",
    "About half (52%) said yes.",
    "About 90% (9 in 10) felt activities were limited.",
    "Most people said yes; 72%, or about 7 in 10, agreed.",
])
def test_numbers_stays_silent(text):
    assert found(text, "numbers") == []


@pytest.mark.parametrize("text, figure", [
    ("72% of respondents said yes.", "72%"),
    ("Half the people came, and 72% of respondents said yes.", "72%"),  # "half" elsewhere does not count
    ("Most readers scan, and 79 percent of test users always scanned.", "79 percent"),
    ("Only 21% of adults can define DNA.", "21%"),
    ("The richest 1% own more.", "1%"),
])
def test_numbers_fires_for_a_share(text, figure):
    [finding] = [f for f in check(text).findings if f.rule == "numbers"]
    assert finding.message == f"Give a plain equivalent for {figure}."


def test_numbers_plain_words():
    assert [f.suggestion for f in check("72% of respondents said yes.").findings if f.rule == "numbers"] == [
        'Add "about 7 in 10" next to it, for example "72% (about 7 in 10)".']
    [rich] = [f for f in check("The richest 1% own more.").findings if f.rule == "numbers"]
    assert '"1 in 100"' in rich.suggestion


def test_share_and_plain_equivalent_helpers():
    text = "Prices rose by 30%, and 72% of people said so."
    first, second = PERCENTAGE.finditer(text)
    assert (is_share(text, first), is_share(text, second)) == (False, True)
    text = "About half (52%) said yes."
    assert has_plain_equivalent(text, next(PERCENTAGE.finditer(text)))
    assert (plain_fraction(1), easy_fraction(90), easy_fraction(72)) == ("1 in 100", "9 out of 10", "about 7 out of 10")


def test_easy_numbers_does_not_turn_a_rise_into_a_share():
    result = check("Staff got a 30% pay rise. 90% of staff said yes.\n", path="page.easy.md")
    suggestions = [f.suggestion for f in result.findings if f.rule == "easy-numbers"]
    assert suggestions == ['Say what it means in words, like "a big rise" or "a small part".',
                           'Say "9 out of 10" instead.']
