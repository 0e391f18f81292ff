"""Switching rules off in a page, and page-level rule changes with a reason."""

from conftest import check, rule_ids


def test_disable_and_enable_named_rule():
    markdown = ("We facilitate.\n<!-- coprod-disable plain-words -->\nWe facilitate.\n"
                "<!-- coprod-enable plain-words -->\nWe facilitate.\n")
    result = check(markdown)
    assert [(f.rule, f.line) for f in result.findings] == [("plain-words", 1), ("plain-words", 5)]


def test_disable_next_line():
    markdown = "<!-- coprod-disable-next-line plain-words -->\nWe facilitate.\nWe facilitate.\n"
    assert [f.line for f in check(markdown).findings] == [3]


def test_disable_all_rules_left_open_is_a_warning():
    markdown = "Fine text.\n\n<!-- coprod-disable -->\nWe facilitate.\n"
    result = check(markdown)
    assert [(f.rule, f.line, f.severity.value) for f in result.findings] == [("suppression", 3, "warning")]


def test_a_comment_shown_as_inline_code_switches_nothing_off():
    # The page shows the comment as text, so the rules stay on (found in our own README).
    markdown = "Use `<!-- coprod-disable -->` or ``<!-- coprod-disable plain-words -->``.\nWe facilitate.\n"
    assert [(f.rule, f.line) for f in check(markdown).findings] == [("plain-words", 2)]
    # outside the code span on the same line it still works
    markdown = "Say `this`. <!-- coprod-disable-next-line plain-words -->\nWe facilitate.\n"
    assert check(markdown).findings == []


def test_unknown_rule_in_a_comment_is_reported():
    result = check("<!-- coprod-disable plain-wrods -->\nText.\n<!-- coprod-enable -->\n")
    assert rule_ids(result) == ["suppression"]
    assert "plain-wrods" in result.findings[0].message


def test_front_matter_override_needs_a_reason():
    long = " ".join(["word"] * 30) + "."
    no_reason = check(f"---\ncoprod:\n  rules:\n    sentence-length: off\n---\n{long}\n")
    assert sorted(rule_ids(no_reason)) == ["rule-settings", "sentence-length"]
    assert no_reason.findings[0].line == 2
    with_reason = check(
        f"---\ncoprod:\n  reason: This page quotes the law word for word.\n  rules:\n"
        f"    sentence-length:\n      warning_above: 40\n---\n{long}\n")
    assert rule_ids(with_reason) == []
    assert with_reason.override_reason == "This page quotes the law word for word."
    assert with_reason.overridden == ("sentence-length",)


def test_front_matter_override_with_a_bad_setting():
    result = check("---\ncoprod:\n  reason: Why not.\n  rules:\n    sentence-length:\n      warning_above: lots\n---\nHi.\n")
    assert rule_ids(result) == ["rule-settings"]
    assert "whole number" in result.findings[0].message


def test_a_reason_may_follow_a_colon():
    markdown = "<!-- coprod-disable plain-words: this table lists the words to avoid -->\nWe facilitate.\n<!-- coprod-enable -->\n"
    assert rule_ids(check(markdown)) == []
