"""Each rule with text that must trigger it and text that must not."""

from conftest import check, rule_ids
from coprod.rules.numbers import plain_fraction

HARD = ("Organisational transformation necessitates comprehensive consideration of multidimensional "
        "accountability frameworks. ") * 20
EASY = "We work with people. We ask them what they need. We change things when they say so. " * 15


def findings(markdown, rule, **settings):
    return [f for f in check(markdown, {rule: settings} if settings else None).findings if f.rule == rule]


def test_reading_ease_error_on_hard_page_and_silent_on_plain_page():
    [finding] = findings(HARD, "reading-ease")
    assert finding.severity.value == "error"
    assert "reading ease" in finding.message
    assert findings(EASY, "reading-ease") == []


def test_reading_ease_skips_short_pages_and_obeys_thresholds():
    assert findings("Organisational transformation necessitates consideration.", "reading-ease") == []
    [finding] = findings(EASY, "reading-ease", warning_below=120.0)
    assert finding.severity.value == "warning"


def test_grade_level_warns_and_names_long_words():
    [finding] = findings(HARD, "grade-level")
    assert finding.severity.value == "warning"
    assert "organisational" in finding.suggestion
    assert findings(EASY, "grade-level") == []


def test_sentence_length_warning_error_and_split_hint():
    words26 = " ".join(["word"] * 13) + ", and " + " ".join(["word"] * 12) + "."
    words40 = " ".join(["word"] * 40) + "."
    [warning] = findings(words26, "sentence-length")
    assert warning.severity.value == "warning" and "26 words" in warning.message
    assert 'after "word word word,"' in warning.suggestion
    [error] = findings(words40, "sentence-length")
    assert error.severity.value == "error" and (error.line, error.column) == (1, 1)
    assert findings(" ".join(["word"] * 25) + ".", "sentence-length") == []


def test_list_items_and_headings_are_not_glued_into_one_sentence():
    items = "\n".join(f"- item number {i} here" for i in range(12))
    assert findings(items, "sentence-length") == []


def test_paragraph_length():
    long_paragraph = "We talk with people every week. " * 26
    assert len(findings(long_paragraph, "paragraph-length")) == 1
    assert findings("We talk with people every week. " * 20, "paragraph-length") == []


def test_plain_words_gives_the_alternative():
    result = findings("We will facilitate a dialogue to ensure people can utilise it.", "plain-words")
    words = {f.message.split('"')[1].lower(): f.suggestion for f in result}
    assert set(words) == {"facilitate", "dialogue", "ensure", "utilise"}
    assert words["utilise"] == "Try: use."


def test_plain_words_context():
    assert findings("Foster carers deliver meals. The impact of the change was small.", "plain-words") == []
    flagged = findings("We deliver training. This will impact people. Trust is key.", "plain-words")
    assert [f.message.split('"')[1] for f in flagged] == ["deliver", "impact", "key"]


def test_plain_words_allow_and_extra_settings():
    assert findings("We ensure it.", "plain-words", allow=["ensure"]) == []
    [finding] = findings("A care pathway.", "plain-words", extra={"care pathway": "the steps of care"})
    assert finding.suggestion == "Try: the steps of care."


def test_numbers_wants_a_plain_equivalent():
    [finding] = findings("About 90% felt activities were limited.", "numbers")
    assert finding.severity.value == "info" and '"9 in 10"' in finding.suggestion
    assert findings("About 90% (9 in 10) felt activities were limited.", "numbers") == []
    assert findings("About half (52%) said yes.", "numbers") == []


def test_plain_fraction():
    assert [plain_fraction(p) for p in (90, 50, 25, 33, 67, 4, 97, 62, 1, 3, 0.5)] == [
        "9 in 10", "half", "1 in 4", "about 1 in 3", "about 2 in 3", "1 in 25", "nearly all", "about 6 in 10",
        "1 in 100", "about 3 in 100", "fewer than 1 in 100"]


def test_code_and_front_matter_never_trigger_rules():
    markdown = "---\ndescription: We facilitate and utilise.\n---\n```\nfacilitate utilise leverage\n```\nPlain text.\n"
    assert rule_ids(check(markdown)) == []


def test_a_rule_can_be_switched_off():
    assert findings("We facilitate it.", "plain-words", severity="off") == []


def test_review_due():
    [overdue] = findings("---\ntitle: Old\nreview_due: 2001-02-03\n---\n# Old\n", "review-due")
    assert (overdue.line, overdue.message) == (3, "This page was due for review on 3 February 2001.")
    assert findings("---\nreview_due: 2999-01-01\n---\n# New\n", "review-due") == []
    [bad] = findings("---\nreview_due: next spring\n---\n# New\n", "review-due")
    assert "is not a date" in bad.message
