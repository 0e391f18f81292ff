"""Page scores: Flesch figures, and the plain scores the rules judge (known and explained words count as short)."""

from conftest import check
from coprod.checker import read_page
from coprod.glossary import parse_glossary
from coprod.settings import parse_rule_settings

GLOSSARY = parse_glossary("""\
terms:
  - term: advocacy
    definition: Help to say what you want and to stand up for your rights.
    easy_read: Help to say what you want.
""")
SETTINGS = parse_rule_settings({})

# Three texts written for three reading levels, on one subject.
EASY = """
We want to hear from you. Tell us what you think of our help. You can talk to us on the phone.
You can write to us. You can come to a meeting. We meet on the first Monday of each month.
There is tea and cake. We pay for your bus fare. Bring a friend if you like. We will listen to you.
Then we will change what we do. We will tell you what we changed and why.
"""
MIDDLE = """
We would like to hear what you think about the support we provide. You can contact us by telephone,
by letter or by coming to one of our regular meetings, which take place on the first Monday of every month.
We cover your travel costs, and you are welcome to bring someone with you. After each meeting,
we consider every suggestion carefully and explain which changes we have decided to make, and why.
"""
HARD = """
The organisation is committed to facilitating meaningful participation by individuals with lived experience
in the evaluation and continuous improvement of commissioned services, in accordance with its statutory
obligations under the Care Act 2014. Consultation mechanisms include telephone engagement, written
representations and monthly deliberative forums, for which reasonable expenditure incurred by participants
is reimbursed. Subsequently, recommendations are considered by the governance committee, which determines
the implementation of proposed modifications and communicates the rationale for its determinations.
Participants are additionally entitled to request documentation regarding the consideration of their
contributions, notwithstanding any confidentiality considerations applicable to commercially sensitive information.
"""


def scores(text: str, glossary=None):
    page = read_page("page.md", text, SETTINGS, glossary)
    return page.reading_ease, page.flesch_reading_ease, page.grade_level, page.flesch_kincaid_grade


def test_texts_for_three_reading_levels_keep_their_order_in_both_scores():
    easy, middle, hard = scores(EASY), scores(MIDDLE), scores(HARD)
    assert easy[0] > middle[0] > hard[0]  # plain reading ease
    assert easy[1] > middle[1] > hard[1]  # standard Flesch reading ease
    assert easy[2] < middle[2] < hard[2]  # plain grade
    assert easy[3] < middle[3] < hard[3]  # standard Flesch-Kincaid grade
    assert [round(s) for s in (easy[0], middle[0], hard[0])] == [111, 69, -38]
    assert [round(s) for s in (easy[1], middle[1], hard[1])] == [111, 65, -44]


def test_a_word_every_reader_knows_counts_as_two_syllables_at_most():
    page = read_page("page.md", "Information helps everyone.\n", SETTINGS)
    assert page.syllable_count == 4 + 1 + 3
    assert page.plain_syllable_count == 2 + 1 + 2


def test_a_rare_long_word_keeps_all_its_syllables():
    page = read_page("page.md", "Deliberative forums reimburse expenditure.\n", SETTINGS)
    assert page.plain_syllable_count == page.syllable_count


def test_a_glossary_term_the_page_explains_counts_as_two_syllables_at_most():
    text = "We offer advocacy to carers.\n"
    without, with_glossary = read_page("page.md", text, SETTINGS), read_page("page.md", text, SETTINGS, GLOSSARY)
    assert without.plain_syllable_count == without.syllable_count
    assert with_glossary.plain_syllable_count == without.syllable_count - 2  # advocacy: 4 counted as 2


def test_the_result_shows_the_plain_and_the_standard_scores():
    result = check(HARD, {"reading-ease": {"min_words": 50}})
    assert set(result.scores) == {"reading_ease", "grade_level", "flesch_reading_ease", "flesch_kincaid_grade",
                                  "average_sentence_length", "longest_sentence"}
    assert result.scores["flesch_reading_ease"] < result.scores["reading_ease"]
    [finding] = [f for f in result.findings if f.rule == "reading-ease"]
    assert finding.message == ("This page is hard to read: its reading ease is -38 (standard Flesch: -44). "
                               "Aim for 60 or more.")
