"""Abbreviations: one pattern for the rules and the generator, and the undefined-abbreviation rule."""

from conftest import check
from coprod.language.abbreviations import find_abbreviations, is_abbreviation


def abbreviations(text: str) -> list[str]:
    return [match.group(1) for match in find_abbreviations(text)]


def undefined(markdown: str, rules: dict | None = None) -> list[str]:
    return [f.message.split('"')[1] for f in check(markdown, rules).findings if f.rule == "undefined-abbreviation"]


def test_ordinary_words_in_capitals_are_not_abbreviations():
    assert abbreviations("Read THE form AND sign it.") == []
    assert abbreviations("WEAR YOUR SEAT BELTS at all times.") == []
    assert abbreviations("NOTE: the CQC checks services.") == ["CQC"]


def test_a_run_of_capitals_with_ordinary_words_is_a_heading_not_abbreviations():
    assert abbreviations("NHS ENGLAND GUIDANCE FOR CARERS") == []
    assert abbreviations("The CQC and ICB met.") == ["CQC", "ICB"]


def test_roman_numerals_file_types_and_dotted_names_are_not_abbreviations():
    assert abbreviations("See Part III and Title IV.") == []
    assert abbreviations("Save it as .DOC or .XLSX, then go to GOV.UK.") == []
    assert abbreviations("COVID-19 rules.") == []


def test_letters_said_one_by_one_are_abbreviations_even_when_in_the_dictionary():
    assert abbreviations("The BBC, the USA and the HUD rules.") == ["BBC", "USA", "HUD"]


def test_mixed_case_acronyms_are_abbreviations_and_camel_case_names_are_not():
    assert abbreviations("Ask about DoLS. Use JavaScript and PowerPoint. She has a PhD.") == ["DoLS", "PhD"]
    assert is_abbreviation("DoLS") and not is_abbreviation("JavaScript")


def test_plurals_give_the_abbreviation_without_the_s():
    assert abbreviations("Two LPAs and the MPs.") == ["LPA", "MP"]


def test_us_in_let_us_is_a_word_and_the_us_is_known_to_everyone():
    assert undefined("Let us know. The US and the UK agreed. LET US HELP YOU.") == []


def test_the_rule_reports_each_unexplained_abbreviation_once_and_skips_known_and_explained_ones():
    text = ("The ICB met. The ICB agreed. The NHS, BBC and a PDF are fine. "
            "The Deprivation of Liberty Safeguards (DoLS) apply. DoLS matter. The LPAs signed.")
    assert undefined(text) == ["ICB", "LPA"]


def test_false_alarms_from_real_text_stay_silent():
    text = ("THE FORM IS DUE. Send the .DOC file or the PDF. Read Part III. Visit GOV.UK. "
            "WEAR YOUR SEAT BELTS. The US said so.")
    assert undefined(text) == []


def test_a_site_adds_known_abbreviations_in_its_settings():
    assert undefined("The ICB met.", {"undefined-abbreviation": {"also_known": ["ICB"]}}) == []
    assert undefined("The NHS met.", {"undefined-abbreviation": {"known": ["UK"]}}) == ["NHS"]


def test_a_misspelt_setting_gets_a_did_you_mean():
    import pytest
    from coprod.errors import ConfigError
    from coprod.settings import parse_rule_settings

    with pytest.raises(ConfigError) as raised:
        parse_rule_settings({"undefined-abbreviation": {"also_know": ["ICB"]}})
    assert raised.value.message == ('rule "undefined-abbreviation" has no setting "also_know". Did you mean '
                                    '"also_known"? Its settings are: severity, known, also_known.')


def test_quoted_examples_are_not_checked():
    assert undefined("Don't say | Say\n--- | ---\nThe ICB decides | The board decides\n") == []


def test_easy_read_uses_the_same_pattern():
    result = check("The ICB met. WEAR YOUR COAT. Read Part III.", path="page.easy.md")
    assert [f.message for f in result.findings if f.rule == "easy-no-acronyms"] == ['"ICB" is an abbreviation.']


def test_a_heading_in_capitals_with_a_plural_or_less_common_word_is_words():
    assert abbreviations("PART 39—AIRWORTHINESS DIRECTIVES") == []
    assert undefined("Write to 1800 F Street NW, Washington.") == []


def test_a_two_letter_code_after_a_place_is_part_of_the_place():
    assert abbreviations("Offices in Washington, DC and New York, NY. The DC office.") == ["DC"]
