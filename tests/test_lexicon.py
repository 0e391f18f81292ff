"""The lexicon: one list of plainer words, with where each swap keeps the meaning."""

import pytest

from coprod.language.lexicon import get_lexicon, lemmas


@pytest.fixture(scope="module")
def lexicon():
    return get_lexicon()


def swaps(lexicon, text, check=None):
    return [(s.text, s.replacement) for s in lexicon.swaps(text, check)]


@pytest.mark.parametrize("text, expected", [
    ("She facilitated the move.", [("facilitated", "helped")]),
    ("We have been facilitating since May.", [("facilitating", "helping")]),
    ("Utilised well, it helps.", [("Utilised", "Used")]),
    ("We deliver training to staff.", [("deliver", "run")]),
    ("This is a key issue.", [("key", "main")]),
    ("Trust is key.", [("key", "important")]),
    ("This will impact on people.", [("impact on", "affect")]),
    ("It impacts on us.", [("impacts on", "affects")]),
    ("The team has participated.", [("participated", "taken part")]),
    ("The team participated.", [("participated", "took part")]),
    ("Our approach is new.", [("approach", "way")]),
    ("We develop new plans.", [("develop", "build")]),
    ("He endeavours to help.", [("endeavours", "tries")]),
    ("Thank you for your endeavours.", [("endeavours", "efforts")]),
    ("However, it rained.", [("However", "But")]),
    ("Due to the fact that it rained, we stayed.", [("Due to the fact that", "Because")]),
    ("We pay in lieu of notice.", [("in lieu of", "instead of")]),
    ("Wait until such time as we call.", [("until such time as", "until")]),
    ("Everyone came with the exception of Sam.", [("with the exception of", "apart from")]),
    ("They terminated the contract.", [("terminated", "ended")]),
    ("Remuneration is fair.", [("Remuneration", "Pay")]),
    ("You may require help.", [("require", "need")]),
    ("They were identified early.", [("identified", "found")]),
    ("We will establish a group.", [("establish", "set up")]),
    ("Their participation in the group matters.", [("participation", "taking part")]),
    ("We wrote in regard to your claim.", [("in regard to", "about")]),
])
def test_safe_swaps(lexicon, text, expected):
    assert swaps(lexicon, text) == expected


@pytest.mark.parametrize("text, flagged", [
    # A problem, but no swap keeps the meaning: the generator keeps it and tells the editor.
    ("We are committed to this.", [("committed", None)]),
    ("Our approach to paying is new.", [("approach", None)]),
    ("We develop dementia.", [("develop", None)]),
    ("However hard we try, it fails.", [("However", None)]),
    ("It was provided by us.", [("provided", None)]),
    ("We must foster trust.", [("foster", None)]),
    ("This is pursuant to the act.", [("pursuant to", None)]),
    ("The subsequent meeting was long.", [("subsequent", "later")]),
    ("Subsequent to the meeting, we left.", [("Subsequent to", "After")]),
    # A swap that would make a noun compound or change the meaning is not made.
    ("Skills for Care wrote a participation policy.", [("participation", None)]),
    ("Program participants must sign.", [("participants", None)]),
    ("A previously mentioned idea.", [("previously", None)]),
    ("The words they modify.", [("modify", None)]),
    ("We move on to organization.", [("organization", None)]),
    ("Administrative requirements apply.", [("requirements", None)]),
    ("Our laws require us to ask.", [("require", None)]),
    ("Write to the person identified under the heading.", [("identified", None)]),
    ("3. Discussion of the proposed rule", [("Discussion", None)]),
    ("Act as appropriate.", [("appropriate", None)]),
    ("Once we establish your goals, we start.", [("establish", None)]),
])
def test_flag_only(lexicon, text, flagged):
    assert swaps(lexicon, text) == flagged


@pytest.mark.parametrize("text", [
    "The key was under the mat.",
    "We deliver meals every day.",
    "We delivered the parcels.",
    "They foster children.",
    "People who are hard to reach.",
    "The key to success is trust.",
    "We are going forward with the plan.",
])
def test_fine_where_it_is(lexicon, text):
    assert swaps(lexicon, text) == []


def test_plain_words_list_leaves_out_easy_read_only_words(lexicon):
    assert swaps(lexicon, "We provide help and require more.", check="plain") == []
    assert [s.text for s in lexicon.swaps("We provide help.")] == ["provide"]


def test_safe_swap_with_tokens_or_text(lexicon):
    assert lexicon.safe_swap("delivered", before=["we"], after=["the", "parcels"]) is None
    assert lexicon.safe_swap("facilitated", before=["she"], after=["the", "move"]) == "helped"
    assert lexicon.safe_swap("key", "The", "was under the mat") is None
    assert lexicon.safe_swap("key", "a", "issue") == "main"


def test_mistakes_in_the_data_are_named():
    from coprod.language.lexicon import LexiconError, parse_lexicon

    with pytest.raises(LexiconError, match="unknown key"):
        parse_lexicon({"entries": [{"forms": ["x"], "plain": "y", "colour": "red"}]})
    with pytest.raises(LexiconError, match="no set called"):
        parse_lexicon({"entries": [{"forms": ["x"], "plain": "y", "when": {"next_in": "$missing"}}]})
    with pytest.raises(LexiconError, match="needs pos"):
        parse_lexicon({"entries": [{"lemma": "go", "plain": "y"}]})


def test_number_words(lexicon):
    assert lexicon.number_words["nine"] == 9
    assert lexicon.number_words["million"] == 1_000_000


def test_lemmas():
    assert lemmas("headings") == ("heading",)
    assert lemmas("warranties") == ("warranty",)
    assert lemmas("interprets") == ("interpret",)


def test_every_entry_has_forms_and_advice(lexicon):
    for entry in lexicon.entries:
        assert entry.forms and entry.plain, entry.name
