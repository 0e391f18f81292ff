"""One read of a page, shared by the checks and the easy read generator."""

from coprod.checker import check_page, check_text, read_page
from coprod.settings import parse_rule_settings


def test_a_page_read_once_gives_the_same_result_as_checking_its_text():
    source = "---\ntitle: Paying people\n---\n\n# Paying people\n\nWe pay people for their time. They tell us what works.\n"
    settings = parse_rule_settings({})
    page = read_page("pay.md", source, settings)
    assert page.kind == "standard"
    assert [source[s.start:s.end] for s in page.sentences] == [
        "Paying people", "We pay people for their time.", "They tell us what works."]
    assert page.doc.front_matter == {"title": "Paying people"}
    assert check_page(page).as_dict() == check_text("pay.md", source, settings).as_dict()


def test_front_matter_problems_are_kept_with_the_page_and_reported_by_the_check():
    page = read_page("bad.md", "---\ncoprod:\n  rules:\n    sentence-length: off\n---\nText.\n", parse_rule_settings({}))
    assert [f.rule for f in page.read_findings] == ["rule-settings"]
    assert [f.rule for f in check_page(page).findings] == ["rule-settings"]


def test_the_page_settings_from_front_matter_are_applied_when_read():
    source = ("---\ncoprod:\n  reason: a quoted law\n  rules:\n    sentence-length: off\n---\n"
              + "word " * 40 + ".\n")
    page = read_page("law.md", source, parse_rule_settings({}))
    assert page.settings.rule("sentence-length").severity.value == "off"
    assert check_page(page).findings == []
