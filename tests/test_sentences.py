"""Splitting sentences and counting words, in our own code."""

from conftest import ROOT
from coprod.text import grade_level, reading_ease, split_sentences


def sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


def test_splits_at_full_stops_question_and_exclamation_marks():
    assert sentences("One two. Three four? Five six! Seven") == ["One two.", "Three four?", "Five six!", "Seven"]


def test_abbreviations_do_not_end_sentences():
    text = "Use plain words, e.g. help not facilitate. Dr. Patel agreed, i.e. she said yes. See No. 5 today."
    assert sentences(text) == [
        "Use plain words, e.g. help not facilitate.",
        "Dr. Patel agreed, i.e. she said yes.",
        "See No. 5 today.",
    ]


def test_etc_ends_a_sentence_only_before_a_capital():
    assert sentences("Bring food, drink, etc. and a coat. Then go.") == ["Bring food, drink, etc. and a coat.", "Then go."]
    assert sentences("Bring food, drink, etc. Then go.") == ["Bring food, drink, etc.", "Then go."]


def test_decimals_and_initials_do_not_split():
    assert sentences("It costs 3.5 pounds. J. Smith paid 2.75 pounds.") == ["It costs 3.5 pounds.", "J. Smith paid 2.75 pounds."]


def test_words_counted_with_hyphens_numbers_and_apostrophes():
    [sentence] = split_sentences("Co-production isn't new: 6,066 people used it in 2016/17.")
    assert sentence.word_count == 9  # 6,066 and 2016/17 are one word each


def test_readability_formulas_match_flesch():
    assert round(reading_ease(100, 10, 130), 1) == round(206.835 - 1.015 * 10 - 84.6 * 1.3, 1)
    assert round(grade_level(100, 10, 130), 2) == round(0.39 * 10 + 11.8 * 1.3 - 15.59, 2)


def test_syllables_match_textstat_on_every_word_of_our_guides():
    """Our cached CMUdict table must give exactly textstat's counts (see coprod.syllables)."""
    import glob

    import textstat

    from coprod.text import WORD, syllables

    words = {w for f in glob.glob(str(ROOT / "content" / "**" / "*.md"), recursive=True)
             for w in WORD.findall(open(f, encoding="utf-8").read()) if not w[0].isdigit()}
    assert len(words) > 500
    different = [(w, syllables(w), textstat.syllable_count(w)) for w in sorted(words)
                 if syllables(w) != max(1, textstat.syllable_count(w))]
    assert different == []


def test_a_full_stop_before_inline_code_ends_the_sentence():
    from conftest import check

    [page] = [check("It opens on tap. `[define: x]` on its own line shows a box.\n")]
    assert page.sentences == 2


def test_a_capital_letter_ends_a_sentence_before_a_word_that_starts_one():
    assert sentences("We aim for the level called double A. We test it often.") == [
        "We aim for the level called double A.", "We test it often."]
    assert sentences("Ask J. Smith about it.") == ["Ask J. Smith about it."]


def test_dotted_abbreviations_do_not_end_sentences_before_names_numbers_and_small_words():
    text = ("The U.S. Department of Labor cited 5 U.S.C. 552 and E.O. 12866 in Washington, D.C. on Monday. "
            "It met at 2 p.m. on weekdays under Pub. L. 104-13. Then it closed.")
    assert sentences(text) == [
        "The U.S. Department of Labor cited 5 U.S.C. 552 and E.O. 12866 in Washington, D.C. on Monday.",
        "It met at 2 p.m. on weekdays under Pub. L. 104-13.",
        "Then it closed.",
    ]


def test_dotted_abbreviations_end_a_sentence_before_a_word_that_starts_sentences():
    assert sentences("Offices are across the U.S. We have one near you. Doors open at 9 a.m. The staff help.") == [
        "Offices are across the U.S.", "We have one near you.", "Doors open at 9 a.m.", "The staff help."]


def test_a_sentence_may_start_with_e_g():
    assert sentences("Use it when the law requires it. e.g. In an article you may quote it.") == [
        "Use it when the law requires it.", "e.g. In an article you may quote it."]


def test_titles_initials_and_ellipses():
    assert sentences("Dr Patel met J. R. Smith at No. 10 Downing Street. They talked… then left. Wait... Go.") == [
        "Dr Patel met J. R. Smith at No. 10 Downing Street.", "They talked… then left.", "Wait...", "Go."]


def test_lettered_labels_start_sentences_and_are_not_words():
    text = "You must:\n(a) fill in the form;\n(b) sign it.\na. Send it.\nb. Keep a copy."
    found = split_sentences(text)
    assert [text[s.start:s.end] for s in found] == [
        "You must", "fill in the form", "sign it.", "Send it.", "Keep a copy."]
    assert [s.word_count for s in found] == [2, 4, 2, 2, 3]


def test_decimals_and_section_numbers_stay_in_one_sentence():
    assert sentences("It rose 2.5 percent under section 2650.32 of this Part. Sec. 5 says so.") == [
        "It rose 2.5 percent under section 2650.32 of this Part.", "Sec. 5 says so."]


def test_a_spaced_ellipsis_does_not_end_a_sentence_before_a_small_letter():
    assert sentences("It is growing . . . at least here. It is mandatory. . . Yet it varies. See Par. (b) now.") == [
        "It is growing . . . at least here.", "It is mandatory. . .", "Yet it varies.", "See Par. (b) now."]
