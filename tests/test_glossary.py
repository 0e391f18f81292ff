"""glossary.yml: loading, every kind of validation error with its line, matching."""

import pytest

from coprod.errors import GlossaryError
from coprod.glossary import Matcher, parse_glossary
from coprod.material_icons import icon_exists

GOOD = """\
terms:
  - term: co-production
    definition: Working together as equal partners.
    easy_read: Working together as equals.
    variants: [co-produce, co-produced]
    avoid:
      - phrase: user involvement
        reason: Being asked at the end is not the same.
    related: [unpaid carer]
  - term: unpaid carer
    definition: Someone who looks after a relative or friend without pay.
    easy_read: Someone who helps a family member. They are not paid.
  - term: Care Quality Commission
    abbreviation: CQC
    definition: The body that checks care services in England.
    easy_read: The group that checks care services.
discouraged:
  - phrase: wheelchair-bound
    instead: wheelchair user
    reason: It describes a person by their equipment.
"""


def error_lines(text: str) -> list[str]:
    with pytest.raises(GlossaryError) as raised:
        parse_glossary(text, icon_exists=icon_exists)  # the theme's icons, as the adapters hand them in
    return str(raised.value).splitlines()


def test_a_good_glossary_loads():
    glossary = parse_glossary(GOOD)
    assert [t.term for t in glossary.terms] == ["co-production", "unpaid carer", "Care Quality Commission"]
    assert glossary.terms[0].line == 2 and glossary.terms[0].definition_line == 3
    assert glossary.lookup("Co-produced").term == "co-production"
    assert glossary.lookup("unpaid carers").term == "unpaid carer"
    assert glossary.lookup("CQC").term == "Care Quality Commission"
    assert [a.phrase for a in glossary.all_avoids] == ["user involvement", "wheelchair-bound"]


def test_yaml_syntax_error_names_the_line():
    [line] = error_lines("terms:\n  - term: a\n    definition: [open\n")
    assert line.startswith("glossary.yml:4: glossary.yml is not valid YAML")


def test_unknown_key_suggests_the_right_one():
    lines = error_lines("terms:\n  - term: carer\n    defintion: Someone.\n    easy_read: Someone.\n")
    assert lines[0].startswith('glossary.yml:3: "defintion" is not a key a term can have. Did you mean "definition"?')
    assert lines[1] == 'glossary.yml:2: this entry has no "definition". Add one.'  # every problem, each on a line


def test_missing_definition_and_empty_strings():
    lines = error_lines("terms:\n  - term: carer\n    easy_read: ''\n")
    assert lines == ['glossary.yml:2: this entry has no "definition". Add one.',
                     'glossary.yml:3: "easy_read" is empty. Write it, or remove the line.']


def test_the_same_term_claimed_twice():
    text = GOOD + "  - phrase: x\n    instead: y\n" .replace("x", "z")
    text = text.replace("variants: [co-produce, co-produced]", "variants: [co-produce, unpaid carer]")
    [line] = error_lines(text)
    assert line == ('glossary.yml:10: "unpaid carer" is claimed by two entries: "co-production" (line 2) '
                    'and "unpaid carer". Keep it in one of them.')


def test_an_avoid_phrase_that_is_also_a_term():
    [line] = error_lines(GOOD + "  - phrase: unpaid carers\n    instead: carers\n")
    assert line.startswith('glossary.yml:21: "unpaid carers" is both a phrase to avoid and a term')


def test_unknown_related_term_and_icon():
    lines = error_lines(GOOD.replace("related: [unpaid carer]", "related: [unpaid carers, advocasy]\n    icon: material/no-such-icon"))
    assert lines[0] == 'glossary.yml:10: there is no icon "material/no-such-icon". Use a Material icon name such as "material/account-group".'
    assert lines[1] == 'glossary.yml:2: "co-production" lists "advocasy" as related, but there is no such term.'


def test_duplicate_avoid_phrases():
    [line] = error_lines(GOOD + "  - phrase: Wheelchair bound\n    instead: wheelchair user\n".replace(" bound", "-bound"))
    assert line.startswith('glossary.yml:21: "Wheelchair-bound" is listed twice')


def test_matcher_handles_case_plurals_dashes_and_many_words():
    glossary = parse_glossary(GOOD)
    text = "Co–production needs unpaid  carers and the CQC, not cqc."
    found = [(m.group(0), t.term) for m, t in glossary.term_matcher.finditer(text)]
    assert found == [("Co–production", "co-production"), ("unpaid  carers", "unpaid carer"),
                     ("CQC", "Care Quality Commission")]


def test_matcher_with_regex_characters_and_whole_words():
    matcher = Matcher({"c++ (draft)": 1, "care": 2, "a.b": 3})
    assert [m.group(0) for m, _ in matcher.finditer("C++ (draft) and careful care axb a.b")] == ["C++ (draft)", "care", "a.b"]


def test_matcher_stays_one_pattern_with_500_terms():
    phrases = {f"term number {i} plus" if i % 2 else f"word{i}": i for i in range(500)}
    matcher = Matcher(phrases)
    text = "Some text with word498 and term number 7 plus and term number 8 plus. " * 50
    found = {v for _, v in matcher.finditer(text)}
    assert found == {498, 7}
