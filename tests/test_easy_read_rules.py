"""The eight easy read rules, each with text that breaks it and text that keeps it."""

import pytest

from coprod.checker import check_text
from coprod.glossary import parse_glossary
from coprod.settings import parse_rule_settings

GLOSSARY = parse_glossary("""\
terms:
  - term: Care Quality Commission
    abbreviation: CQC
    definition: The body that checks care services in England.
    easy_read: The group that checks care services.
  - term: Director of Adult Social Services
    abbreviation: DASS
    definition: The council officer who leads adult social care.
    easy_read: The person at the council in charge of adult social care.
""")


def findings(text: str, kind: str = "easy"):
    result = check_text("easy-read/page.md", text, parse_rule_settings({}), GLOSSARY, kind=kind)
    return [(f.rule, f.line, f.severity.value, f.suggestion) for f in result.findings if f.rule.startswith("easy-")]


def rules(text: str) -> list[tuple[str, int]]:
    return [(rule, line) for rule, line, _, _ in findings(text)]


@pytest.mark.parametrize("breaks, keeps, rule", [
    ("We meet in the big hall on the first Monday of every month to talk about the new plan.",
     "We meet in the big hall.\nWe meet on the first Monday of every month.", "easy-sentence-length"),
    ("We meet every month in the hall, but some people cannot come.",
     "We meet every month in the hall.\nSome people cannot come.", "easy-one-idea"),
    ("We meet.\nWe talk.\nWe plan.\nWe listen.\nWe agree.\nWe eat cake.",
     "We meet.\nWe talk.\nWe plan.\n\nWe listen.\nWe agree.\nWe eat cake.", "easy-paragraph"),
    ("The CQC checks care.", "The Care Quality Commission checks care.", "easy-no-acronyms"),
    ("Three people came.", "3 people came.", "easy-numbers"),
    ("You are paid for your time.", "The council pays you for your time.", "easy-passive"),
    ("This is a piece of cake.", "This is easy.", "easy-idiom"),
    ("This is *very* important.", "This is **very** important.", "easy-emphasis"),
])
def test_each_rule_finds_what_it_is_for_and_nothing_else(breaks, keeps, rule):
    assert rule in [r for r, _ in rules(breaks)]
    assert rules(keeps) == []


def test_findings_give_the_line_and_a_suggestion():
    text = "# Meetings\n\nWe meet.\nAbout 90% of people came.\nThe CQC came too.\n"
    found = {rule: (line, severity, suggestion) for rule, line, severity, suggestion in findings(text)}
    assert found["easy-numbers"] == (4, "warning", 'Say "9 out of 10" instead.')
    assert found["easy-no-acronyms"] == (5, "error", 'Write "Care Quality Commission".')


def test_easy_rules_only_run_on_easy_read_pages():
    assert findings("The CQC checks care. Three people came. You are paid.", kind="standard") == []


def test_one_is_a_number_only_when_it_counts_something():
    assert rules("We keep one shared list.") == [("easy-numbers", 1)]
    for text in ["Where a page uses one, you can open it.", "No one came.", "One of us came.",
                 "It is the one we like.", "One day we will meet.",
                 "We read one council's co-production strategy."]:  # a certain council, not a count
        assert rules(text) == [], text


def test_capitals_for_emphasis_and_underline():
    assert [r for r, _ in rules("You must NOT do this.\nThis is <u>key</u>.")] == ["easy-emphasis", "easy-emphasis"]


def test_large_numbers_are_fine_when_rounded():
    assert rules("6,066 people used it.") == [("easy-numbers", 1)]
    assert rules("6066 people used it.") == [("easy-numbers", 1)]
    for text in ["More than 6,000 people used it.", "About 40 thousand people came.", "It started in 2016.",
                 "Over 6000 people used it."]:
        assert rules(text) == [], text


def test_letters_that_end_a_name_are_not_reported_in_easy_read():
    page = "# Who we work with\n\nWe work with Disability Rights UK. The UK has many charities. We met the CQC.\n"
    result = check_text("page.easy.md", page, parse_rule_settings({}), GLOSSARY)
    found = [f.excerpt for f in result.findings if f.rule == "easy-no-acronyms"]
    assert found == ["UK", "CQC"]  # "The UK" is not a name, so it is still reported


def test_letters_the_glossary_lists_as_an_abbreviation_are_reported_though_they_are_a_word():
    # "dass" is in the dictionary, so the shared finder alone lets "DASS" through.
    page = "# Who we work with\n\nWe talked to the DASS about it.\n"
    result = check_text("page.easy.md", page, parse_rule_settings({}), GLOSSARY)
    found = [(f.excerpt, f.suggestion) for f in result.findings if f.rule == "easy-no-acronyms"]
    assert len(found) == 1 and found[0][0] == "DASS", found
    assert "Director of Adult Social Services" in found[0][1]
    without_glossary = check_text("page.easy.md", page, parse_rule_settings({}))
    assert [f for f in without_glossary.findings if f.rule == "easy-no-acronyms"] == []
