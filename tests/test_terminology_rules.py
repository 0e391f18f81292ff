"""Rules that use the glossary, each with text that must and must not trigger it."""

from conftest import check
from coprod.glossary import parse_glossary
from coprod.glossary_checks import check_glossary
from coprod.settings import parse_rule_settings
from test_glossary import GOOD

GLOSSARY = parse_glossary(GOOD + """\
  - phrase: service user
    instead: people who draw on care and support
    reason: People are more than the services they use.
""")


HARD_WORD_ON = {"hard-word": {"severity": "info"}}  # off by default: see the editor's guide


def found(markdown, rule):
    rules = HARD_WORD_ON if rule == "hard-word" else None
    return [f for f in check(markdown, rules, glossary=GLOSSARY).findings if f.rule == rule]


def test_discouraged_terms_in_any_case_and_plural():
    findings = found("Ask service users. The Service User said so. She is wheelchair bound.", "discouraged-term")
    assert [f.message for f in findings] == ['Avoid "service users".', 'Avoid "Service User".',
                                             'Avoid "wheelchair bound".']
    assert findings[0].severity.value == "error"
    assert findings[0].suggestion.startswith('Say "people who draw on care and support" instead. Why: People')
    assert found("Ask people who draw on care and support. A wheelchair user.", "discouraged-term") == []


def test_discouraged_terms_are_not_found_in_code_or_links_targets():
    assert found("Run `service user` or see [this](service-user.md).", "discouraged-term") == []


def test_term_variants():
    findings = found("We like coproduction and co production.", "term-variant")
    assert [f.message for f in findings] == ['"coproduction" is spelt "co-production" on this site.',
                                             '"co production" is spelt "co-production" on this site.']
    assert found("We like co-production and co‑producing.", "term-variant") == []


def test_undefined_abbreviations():
    markdown = "The JSNA matters. The Joint Strategic Needs Assessment (JSNA) again. The CQC and the UK. ICB members."
    findings = found(markdown, "undefined-abbreviation")
    # JSNA is written out later on the page, so the page does explain it (precision before recall)
    assert [f.message.split('"')[1] for f in findings] == ["ICB"]
    assert found("The Joint Strategic Needs Assessment (JSNA) matters. The JSNA is used.", "undefined-abbreviation") == []
    assert found("*[JSNA]: Joint Strategic Needs Assessment\n\nThe JSNA is used.", "undefined-abbreviation") == []


def test_hard_words_once_each_and_not_glossary_terms_or_names():
    findings = found("We promulgate the rules. We promulgate them again. Co-production is fine. "
                     "We met Mrs Gwenllian Jones.", "hard-word")
    assert [f.message for f in findings] == ['"promulgate" is not a common word.']
    assert findings[0].severity.value == "info"


def test_hard_word_is_off_unless_switched_on():
    text = "We promulgate the rules."
    assert [f for f in check(text, glossary=GLOSSARY).findings if f.rule == "hard-word"] == []
    assert [f.severity.value for f in check(text, {"hard-word": "warning"}, glossary=GLOSSARY).findings
            if f.rule == "hard-word"] == ["warning"]


def test_redefined_terms():
    findings = found("Co-production means working as equals.", "redefined-term")
    assert len(findings) == 1 and "[define: co-production]" in findings[0].suggestion
    assert found("An unpaid carer is someone who helps.", "redefined-term")
    assert found("Co-production takes time.", "redefined-term") == []


def test_define_of_an_unknown_term_is_an_error():
    findings = found("[define: co-production]\n\n[define: coprodution]\n", "unknown-term")
    assert [(f.line, f.severity.value) for f in findings] == [(3, "error")]


def test_glossary_definitions_checked_by_our_rules():
    glossary = parse_glossary(
        "terms:\n  - term: carer\n    definition: " + " ".join(["word"] * 30) + ".\n"
        "    easy_read: A carer helps a person every day at home with many jobs and does not get money for it at all.\n"
        "  - term: advocate\n    definition: Someone who speaks up for a service user.\n"
        "    easy_read: Someone from SCIE.\n"
        "discouraged:\n  - phrase: service user\n    instead: person\n")
    findings = check_glossary(glossary, parse_rule_settings({}))
    assert [(f.line, f.rule) for f in findings] == [
        (3, "sentence-length"), (4, "easy-sentence-length"), (7, "easy-no-acronyms"), (6, "discouraged-term")]


def test_letters_in_a_terms_own_name_may_stay_in_its_easy_read_meaning():
    glossary = parse_glossary(
        "terms:\n  - term: Disability Rights UK\n    definition: A charity led by disabled people.\n"
        "    easy_read: Disability Rights UK is a charity. It works with the NHS.\n")
    findings = check_glossary(glossary, parse_rule_settings({}))
    assert [f.message for f in findings] == ['The easy read definition of "Disability Rights UK" uses "NHS".']


def test_define_inside_code_is_not_an_embed():
    assert found("Write `[define: anything]` to show a meaning.\n", "unknown-term") == []


def test_possessives_are_as_common_as_their_word():
    assert found("The glossary's words and the page's words.", "hard-word") == []


def test_glossary_easy_read_meanings_use_the_shared_abbreviation_finder():
    # Words in capitals and Roman numerals are not abbreviations; "DoLS" is; "DASS" is also a
    # dictionary word, but the glossary lists it as an abbreviation, so it is one here.
    glossary = parse_glossary(
        "terms:\n  - term: Director of Adult Social Services\n    abbreviation: DASS\n"
        "    definition: The person who leads adult social care in a council.\n"
        "    easy_read: PLEASE NOTE this person leads care. Read Part III. Ask about DoLS. The DASS leads it.\n")
    findings = check_glossary(glossary, parse_rule_settings({}))
    assert [f.message for f in findings] == [
        'The easy read definition of "Director of Adult Social Services" uses "DoLS".',
        'The easy read definition of "Director of Adult Social Services" uses "DASS".']
