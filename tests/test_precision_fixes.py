"""The kinds of false alarm found on real text (tests/precision/labels.yml), each with text that must and must not trigger."""

from pathlib import Path

from conftest import check
from coprod.checker import read_page
from coprod.glossary import parse_glossary
from coprod.settings import parse_rule_settings
from coprod.text import shown_above, shown_below
GLOSSARY = parse_glossary((Path(__file__).resolve().parent.parent / "glossary.yml").read_text(encoding="utf-8"))


def found(markdown, rule, rules=None):
    return [f for f in check(markdown, rules, glossary=GLOSSARY).findings if f.rule == rule]


def page(markdown):
    return read_page("page.md", markdown, parse_rule_settings({}))


# --- reading scores: names count as short words ------------------------------------------------------------

NAMES = ("Marion Blakey, former Administrator of the Federal Aviation Administration, spoke to staff. "
         "She asked them to write plainly. ") * 8
LOWER = ("marion blakey, former administrator of the federal aviation administration, spoke to staff. "
         "She asked them to write plainly. ") * 8


def test_words_of_a_name_count_as_two_syllables_at_most():
    named, plain = page(NAMES), page(LOWER)
    assert named.syllable_count == plain.syllable_count  # the standard count is the same
    assert named.plain_syllable_count < plain.plain_syllable_count
    assert named.reading_ease > plain.reading_ease


def test_a_capital_at_the_start_of_a_sentence_is_not_a_name():
    # "Administration" alone at the start is a sentence's capital: it still counts in full.
    alone = page("Administration matters. " * 60)
    assert alone.plain_syllable_count == alone.syllable_count


# --- reading-ease: pages of short sentences are not scored --------------------------------------------------

SHORT_HARD = "Organisational accountability necessitates documentation. " * 30
LONG_HARD = ("Organisational transformation necessitates comprehensive consideration of multidimensional "
             "accountability frameworks across institutional boundaries and professional communities. ") * 10


def test_reading_ease_says_nothing_on_a_page_of_short_sentences_but_grade_level_still_warns():
    assert found(SHORT_HARD, "reading-ease") == []
    assert [f.severity.value for f in found(SHORT_HARD, "grade-level")] == ["warning"]
    assert [f.severity.value for f in found(LONG_HARD, "reading-ease")] == ["error"]
    assert [f.severity.value for f in found(SHORT_HARD, "reading-ease",
                                            {"reading-ease": {"min_sentence_words": 3}})] == ["error"]


def test_scores_are_shown_rounded_away_from_the_aim():
    assert shown_below(59.6) == "59" and shown_below(60.0) == "60" and shown_below(41.99) == "41"
    assert shown_above(9.02) == "9.1" and shown_above(9.1) == "9.1" and shown_above(12.0) == "12.0"


def test_a_reading_ease_just_under_the_aim_never_shows_the_aim():
    text = ("We will ask people what they think about the changes to the support services before we decide. ") * 12
    for finding in found(text, "reading-ease", {"reading-ease": {"warning_below": 200.0}}):
        assert "reading ease is 200" not in finding.message


# --- paragraph-length: a <br> splits a paragraph ------------------------------------------------------------

PART = " ".join(["word"] * 99) + "."


def test_paragraph_parts_split_by_br_are_counted_apart():
    assert found(f"{PART}<br>\n{PART}<br><br>\n{PART}", "paragraph-length") == []
    [finding] = found(f"{PART}\n{PART}", "paragraph-length")
    assert "198 words" in finding.message
    [finding] = found(f"{PART} {PART}<br>\n{PART}", "paragraph-length")
    assert "198 words" in finding.message


# --- plain-words: words discussed as words ------------------------------------------------------------------

def test_words_joined_by_a_slash_are_talked_about():
    assert found("Check the list to ensure/assure/insure you have the right choices.", "plain-words") == []
    assert [f.message for f in found("Check the list to ensure you have the right choices.", "plain-words")] == [
        '"ensure" has a plainer alternative.']


def test_the_example_of_a_usage_note_about_the_word_is_not_flagged():
    note = ('**Ensure**: To ensure means "to make certain."<br>\n'
            "We will ensure that the process continues during the transition.")
    assert found(note, "plain-words") == []
    other = ('**Insure**: To insure means "to protect against loss."<br>\n'
             "We will ensure that the process continues during the transition.")
    assert [f.message for f in found(other, "plain-words")] == ['"ensure" has a plainer alternative.']


# --- discouraged-term: quotations introduced by a heading ---------------------------------------------------

def test_words_under_a_heading_that_ends_with_a_colon_are_quoted():
    quoted = ("### Michael Shanks, former chairman of the National Consumer Council:\n\n"
              "Gobbledygook may show a contempt for one's clients.\n\n## Our work\n\nWe ask our clients.\n")
    assert [f.line for f in found(quoted, "discouraged-term")] == [7]


def test_discouraged_terms_in_a_before_example_are_not_the_page_s_words():
    assert found("#### Before\n\nWe ask our clients.\n\n#### After\n\nWe ask people.\n", "discouraged-term") == []


# --- redefined-term: a definition's shape -------------------------------------------------------------------

def test_a_sentence_about_a_term_is_not_a_definition():
    assert found("Co-production is a strange creature.", "redefined-term") == []
    assert found("Co-production is a way of working in which people share power.", "redefined-term")
    assert found("Co-production is the sharing of power.", "redefined-term")


# --- reading-ease: between 50 and 60 the score says a note, not a warning --------------------------------------

def test_a_reading_ease_between_fifty_and_sixty_is_a_note_and_below_fifty_an_error():
    text = ("We will ask people what they think about the changes to the support services before we decide. ") * 12
    [note] = found(text, "reading-ease", {"reading-ease": {"note_below": 200.0, "error_below": 10.0}})
    assert note.severity.value == "info"
    [error] = found(text, "reading-ease", {"reading-ease": {"error_below": 200.0}})
    assert error.severity.value == "error"
    [warning] = found(text, "reading-ease", {"reading-ease": {"warning_below": 200.0, "error_below": 10.0}})
    assert warning.severity.value == "warning"
