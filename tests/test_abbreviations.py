"""Abbreviations: one pattern for the rules and the generator, and the undefined-abbreviation rule."""

from conftest import check, rule_ids
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


def test_a_name_written_out_anywhere_on_the_page_explains_its_letters():
    # Not in "Full Name (ABC)" form: earlier in the paragraph, with small words skipped, or with "'s"
    assert undefined("Staff at the Federal Emergency Management Agency's centres called us. FEMA helped.") == []
    assert undefined("Congress passed the Regulatory Flexibility Act. The RFA requires an analysis.") == []
    assert undefined("The Food and Drug Administration wrote it. The FDA agreed.") == []
    # in a headline above the name, or on the next line
    assert undefined("# Gore praises FDA team\n\nThe Food and Drug Administration (FDA) won.\n") == []
    assert undefined("Use it under UMRA.\n\nUnder the Unfunded Mandates Reform Act of 1995 (UMRA), we act.\n") == []
    # one name of two, joined by a slash
    assert undefined("An Environmental Impact Statement/Integrated Activity Plan (EIS/IAP) was made.") == []
    # mixed case: the small letters stand for small words
    assert undefined("The Deprivation of Liberty Safeguards end. DoLS will go.") == []


def test_plain_words_written_out_in_the_same_paragraph_explain_a_plural_abbreviation():
    assert undefined("We made public service announcements. The radio PSAs ran for a month.") == []
    # but not words in another paragraph: three lower-case words match by chance too easily
    assert undefined("We made public service announcements.\n\nThe radio PSAs ran.\n") == ["PSA"]


def test_letters_that_only_start_part_of_a_name_are_not_explained():
    assert undefined("Old Grey Wolf (OGW) came. Table 1: what was told to GW.") == ["GW"]
    assert undefined("The Care Quality Commission checks homes. The ICB pays.") == ["ICB"]
    assert undefined("The care home has a quality check. The CQC visited.") == ["CQC"]


def test_uk_social_care_abbreviations_that_are_not_written_out_are_still_reported():
    text = ("The CQC, the ICB, SCIE and TLAP wrote to ADASS and HMRC about DoLS and the LPS. "
            "Ofsted and NACRO also replied.")
    assert undefined(text) == ["CQC", "ICB", "SCIE", "TLAP", "ADASS", "HMRC", "DoLS", "LPS", "NACRO"]


def test_names_in_capitals_said_as_words_are_not_abbreviations():
    # a pronounceable word people also write as a word (here a Spanish one) is a company's name
    assert undefined("The financial services company BANCO studied it. BANCO's staff agreed.") == []
    # a publisher, a journal and a law database in references
    assert undefined("Lauchman, Richard. Plain Style. (AMACOM, a Division of a publisher, 1993).") == []
    assert undefined("See KIMBLE Writing for Dollars, 6 SCRIBES J. LEGAL WRITING 1, (1996-1997).") == []
    assert undefined("Walters v. Reno, 1998 U.S. App. LEXIS 9846, May 18, 1998.") == []
    # letters in a reference are still letters, and a number in brackets is not a year
    assert undefined("See the report (CQC, 2021).") == ["CQC"]
    assert undefined("Follow NEPA rules (Handbook H-1790-1).") == ["NEPA"]


def test_the_name_of_a_form_is_copied_as_it_is():
    assert undefined("Fill in VA Form 21-4138 and send it.") == []
    assert undefined("The VA will write to you.") == ["VA"]


def test_cctv_is_an_everyday_word_in_the_uk():
    assert undefined("Say each camera, not each CCTV unit.") == []


def test_pronounceable_words_in_capitals():
    from coprod.language.abbreviations import is_pronounceable

    assert [w for w in ("ADASS", "BANCO", "SCRIBES", "SCIE", "HMRC", "TLAP", "CQC", "NHSE") if is_pronounceable(w)] == [
        "ADASS", "BANCO", "SCRIBES", "SCIE"]


def test_letters_in_a_citation_of_a_law_or_register_are_not_reported():
    page = ("# Rules\n\nWe printed the rule at 68 FR 7426 last year. See 26 CFR Part 1 for the tax rules. "
            "The Election Act (SFS 1997:157) says the same.\n")
    assert rule_ids(check(page)) == []


def test_letters_near_numbers_that_are_not_a_citation_are_still_reported():
    page = "# Checks\n\nWe met 3 CQC inspectors. The ICB 2021 plan is late.\n"
    assert [f.excerpt for f in check(page).findings if f.rule == "undefined-abbreviation"] == ["CQC", "ICB"]
