"""Passive voice: one detection for the standard rule (a note) and the easy read rule."""

from conftest import check
from coprod.language.passive import find_passives


def passives(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.words, p.active, p.rewrite) for p in find_passives(text)]


def notes(markdown: str) -> list[tuple[str, str, str]]:
    return [(f.severity.value, f.message, f.suggestion) for f in check(markdown).findings if f.rule == "passive-voice"]


def test_a_named_doer_gives_the_active_version():
    assert passives("The report was written by the team.") == [
        ("was written by the team", "the team wrote", "The team wrote the report")]
    assert passives("The forms are checked by the council each week.") == [
        ("are checked by the council", "the council checks", "The council checks the forms")]
    assert passives("Each claim is checked by two staff members.") == [
        ("is checked by two staff members", "two staff members check", "Two staff members check each claim")]


def test_modals_perfect_and_progressive_passives_keep_their_tense():
    assert passives("You will be paid by us.") == [("will be paid by us", "we will pay", "We will pay you")]
    assert passives("It has been signed by the manager.") == [
        ("has been signed by the manager", "the manager has signed", "The manager has signed it")]
    assert passives("The plan is being reviewed by the board.") == [
        ("is being reviewed by the board", "the board is reviewing", "The board is reviewing the plan")]
    assert passives("If the payment was made by the agency, we pay.") == [
        ("was made by the agency", "the agency made", "the agency made the payment")]


def test_by_a_time_or_a_means_is_not_a_doer():
    assert passives("Forms must be returned by Friday.") == [("must be returned", None, None)]
    assert passives("It is needed by 5 April.") == [("is needed", None, None)]
    assert passives("The money was paid by cheque. Mistakes are made by using long words.") == [
        ("was paid", None, None), ("are made", None, None)]


def test_adjectives_and_states_after_be_are_not_passives():
    assert passives("She is tired. We are interested in it. The office is based in Leeds.") == []
    assert passives("It is called DoLS. The door is closed. I am worried. It is composed of parts.") == []


def test_words_that_are_not_past_participles_are_not_passives():
    assert passives("The need is great. The car is red. This is speed.") == []
    assert passives("We want to be told. Having been told, we left.") == []


def test_the_rule_is_a_note_with_the_active_version():
    assert notes("The report was written by the team.") == [
        ("info", '"was written by the team" is in the passive voice.',
         'Say who does it first: "The team wrote the report".')]
    assert notes("Your claim was refused.") == [
        ("info", '"was refused" is in the passive voice.',
         'If the reader needs to know who does it, say so: "we check your form", not "your form is checked".')]


def test_the_rule_can_leave_out_passives_without_a_doer():
    result = check("Your claim was refused. The form was signed by you.",
                   {"passive-voice": {"without_doer": False}})
    assert [f.message for f in result.findings if f.rule == "passive-voice"] == [
        '"was signed by you" is in the passive voice.']


def test_easy_read_uses_the_same_detection():
    result = check("You are paid by the council. Your form is checked. You are tired.", path="page.easy.md")
    assert [(f.message, f.suggestion) for f in result.findings if f.rule == "easy-passive"] == [
        ('"are paid by the council" says who does it last.', 'Say who does it first: "The council pays you".'),
        ('"is checked" hides who does it.', 'Say who does it, like "The council pays you" not "You are paid".')]


def test_the_doer_ends_before_a_clause_that_describes_it():
    assert passives("It should always be checked by the people it is for.") == [
        ("should always be checked by the people", "the people should always check", "The people should always check it")]
