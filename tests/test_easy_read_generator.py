"""The easy read generator: each step with examples, and the whole page."""

import re
from pathlib import Path

from coprod.checker import check_text
from coprod.easyread import generate_easy_read, rewrite_links
from coprod.easyread import simplify
from coprod.glossary import load_glossary, parse_glossary
from coprod.settings import parse_rule_settings

GLOSSARY = parse_glossary("""\
terms:
  - term: co-production
    definition: Working together as equal partners.
    easy_read: Working together as equals.
    icon: material/account-group
  - term: Care Quality Commission
    abbreviation: CQC
    definition: The body that checks care services in England.
    easy_read: The group that checks care services.
discouraged:
  - phrase: service user
    instead: person who draws on care and support
""")

PAGE = """\
---
title: Meetings that work
description: How to run a meeting where everyone can take part.
---

# Meetings that work

We utilise co-production in every meeting, and we run sessions so that each service user can speak.
The Joint Strategic Needs Assessment (JSNA) guides us. The CQC checks the JSNA too.
About 90% of people said three meetings a year is enough.

## Who comes

| Person | Role |
|---|---|
| Carer | Shares their view |

- Meetings start on time, because people have other plans.
- See [the four principles](four-principles.md) for more.

```
code is kept
```
"""


def test_sentence_splitting_at_clause_breaks():
    assert simplify.split_sentence("We meet every month in the hall, which helps people plan their week ahead.") == [
        "We meet every month in the hall.", "This helps people plan their week ahead."]
    assert simplify.split_sentence("Meetings start on time, because people have other plans and jobs to do.") == [
        "Meetings start on time.", "This is because people have other plans and jobs to do."]
    assert simplify.split_sentence("We listen to people. ") == ["We listen to people."]
    assert simplify.split_sentence("Half of carers wanted more news, with 9 out of 10 carers saying they felt alone.") == [
        "Half of carers wanted more news.", "9 out of 10 carers said they felt alone."]


def test_a_list_is_never_cut_at_its_commas():
    sentence = "The aim was to hear from people with a learning disability, their carers and staff about day services."
    assert simplify.split_sentence(sentence) == [sentence]


def test_numbers_become_digits_and_percentages_plain():
    assert simplify.easy_numbers("About 90% of people said three.") == "About 9 out of 10 people said 3."
    simplify.forget_held()
    assert simplify.release(simplify.easy_numbers(simplify.hold("90% (9 in 10) said yes.", [(4, 13)]))) == (
        "9 out of 10 said yes.")
    assert simplify.easy_numbers("No one said twenty.") == "No one said 20."


def test_abbreviations_are_written_out():
    expansions = simplify.find_expansions("The Joint Strategic Needs Assessment (JSNA) guides us.")
    assert expansions == {"JSNA": "Joint Strategic Needs Assessment"}
    text = "The Joint Strategic Needs Assessment (JSNA) guides us. The JSNA helps."
    assert simplify.write_out_abbreviations(text, expansions) == (
        "The Joint Strategic Needs Assessment guides us. The Joint Strategic Needs Assessment helps.")


def test_plain_words_keep_their_grammar():
    assert simplify.plain_words("We commenced it, e.g. by utilising notes.") == "We started it, for example by using notes."
    assert simplify.plain_words("It ensures an equal say.") == "It makes sure there is an equal say."


def test_the_whole_page():
    easy = generate_easy_read(PAGE, GLOSSARY)
    assert easy.startswith("---\ntitle: Meetings that work (easy read)\n")
    assert "coprod_generated: true" in easy
    assert "# Meetings that work\n" in easy and "## Who comes\n" in easy
    assert "## Words to know\n\n:material-account-group:\n**Co-production**: Working together as equals.\n" in easy
    # The page's own text has a heading of its own after Words to know, for people who move by headings.
    assert "checks care services.\n\n## What this page says\n\n:material-account-group:\nWe use co-production" in easy
    assert ":material-account-group:\nWe use co-production in every meeting.\n" in easy  # glossary icon, plain word
    # The glossary's advice is for an editor: the sentence is kept, with a note for the editor.
    assert "person who draws on care and support" not in easy
    assert "This is so that each service user can speak. <!-- coprod-needs-editor: discouraged -->" in easy
    assert "JSNA" not in easy and "CQC" not in easy
    assert "The Care Quality Commission checks the Joint Strategic Needs Assessment too." in easy
    assert "About 9 out of 10 people said 3 meetings a year is enough." in easy
    assert "Person: Carer.\nRole: Shares their view." in easy  # the table became lines
    assert "This is because people have other plans." in easy
    assert "Read more: [the 4 principles](four-principles.md)." in easy  # digits, as easy read asks
    assert "\n```\ncode is kept\n```\n" in easy  # as it is: a command cannot be put in other words


def test_output_is_the_same_every_time():
    assert generate_easy_read(PAGE, GLOSSARY) == generate_easy_read(PAGE, GLOSSARY)


def test_generated_page_passes_the_easy_read_rules():
    easy = generate_easy_read(PAGE, GLOSSARY)
    result = check_text("easy-read/page.md", easy, parse_rule_settings({}), GLOSSARY, kind="easy")
    # Only the sentence kept for an editor (its phrase has no safe swap) is found, and it says so.
    findings = [f for f in result.findings if f.severity.value != "info"]
    assert [f.rule for f in findings] == ["discouraged-term"]
    assert "coprod-needs-editor: discouraged" in easy.splitlines()[findings[0].line - 1]


def test_draft_is_for_an_editor():
    draft = generate_easy_read(PAGE, GLOSSARY, draft=True)
    assert "easy_read_checked: false" in draft and "coprod_generated" not in draft
    assert "\n# Meetings that work (easy read)\n" in draft
    assert "## Words to know\n\n:material-account-group:\n**Co-production**: Working together as equals.\n" in draft
    glossary = parse_glossary("terms:\n  - term: carer\n    definition: Someone who cares.\n"
                              "    easy_read: A carer helps someone. They are not paid.\n"
                              "  - term: reciprocity\n    definition: Giving back.\n"
                              "    easy_read: Reciprocity means giving something back.\n")
    draft = generate_easy_read("# Carers\n\nA carer helps. Reciprocity matters.\n", glossary, draft=True)
    assert "**Reciprocity** means giving something back.\n" in draft
    assert "**A carer** helps someone.\nThey are not paid.\n" not in draft  # the name is at the start only
    assert "**Carer**: A carer helps someone.\nThey are not paid.\n" in draft


def test_links_from_the_easy_read_address():
    easy_uris = {"easy-read/guides/a.md", "easy-read/guides/b.md", "easy-read/index.md"}
    markdown = ("[b](b.md) [b part](b.md#part) [home](../index.md) [picture](img/p.png) [glossary](../glossary.md) "
                "[web](https://example.org) [here](#top)\n[ref]: b.md\n")
    assert rewrite_links(markdown, "guides/a.md", "easy-read/guides/a.md", easy_uris) == (
        "[b](b.md) [b part](b.md#part) [home](../index.md) [picture](../../guides/img/p.png) "
        "[glossary](../../glossary.md) [web](https://example.org) [here](#top)\n[ref]: b.md\n")


def test_inline_code_is_kept_and_switched_off_examples_are_kept_as_written_with_the_rules_still_off():
    # The standard page shows the "Before" example, so the easy read page does too: in its place,
    # as written (not "use"), and between the same comments, so the rules leave it alone there too.
    page = ("# Guide\n\nRun `mkdocs serve` while you write.\n\n<!-- coprod-disable -->\n"
            "Before: We will utilise a range of methods.\n<!-- coprod-enable -->\n\nAfter: We will use many ways.\n")
    easy = generate_easy_read(page, GLOSSARY)
    assert "Run `mkdocs serve` while you write." in easy
    assert ("Before: We will utilise a range of methods. <!-- coprod-disable --> <!-- coprod-enable -->\n\n"
            in easy)
    assert easy.index("range of methods") < easy.index("After: We will use many ways.")


def test_a_label_stays_above_the_switched_off_example_it_names_and_the_code_it_leads_into():
    page = ("# Guide\n\nBefore:\n\n<!-- coprod-disable -->\nCo-production is when services and people work "
            "together as equals.\n<!-- coprod-enable -->\n\nAfter, on a line of its own:\n\n```markdown\n"
            "[define: co-production]\n```\n")
    body = generate_easy_read(page, GLOSSARY).split("\n# Guide\n", 1)[1]
    assert body == ("\n:material-scale-balance:\nBefore: <!-- coprod-disable -->\nCo-production is when services and "
                    "people work together as equals. <!-- coprod-enable -->\n\n:coprod-no-picture:\n"
                    "After, on a line of its own:\n\n```markdown\n[define: co-production]\n```\n")


SWITCHED_OFF_PAGE = """# Page

It could cover:

- help at home
<!-- coprod-disable -->
- we will utilise signposting
<!-- coprod-enable -->
- other things

<!-- coprod-disable -->
| Before | Why |
|---|---|
| Service users will be remunerated. | Hard words |

![A service user utilising a tool](tool.png)

## We utilise signposting
<!-- coprod-enable -->

We will utilise a range of methods.
"""


def test_every_kind_of_switched_off_text_is_kept_as_written_and_the_rules_stay_off_for_it():
    easy = generate_easy_read(SWITCHED_OFF_PAGE, GLOSSARY)
    assert easy.split("\n# Page\n", 1)[1] == """
:material-home:
It could cover:
- Help at home.
- we will utilise signposting <!-- coprod-disable --> <!-- coprod-enable -->
- Other things.

:coprod-no-picture:
Before: Service users will be remunerated. <!-- coprod-disable -->
Why: Hard words <!-- coprod-enable -->

<!-- coprod-disable -->

![A service user utilising a tool](tool.png)

<!-- coprod-enable -->

<!-- coprod-disable -->

## We utilise signposting

<!-- coprod-enable -->

:coprod-no-picture:
We will use a range of methods.
"""
    result = check_text("easy-read/page.md", easy, parse_rule_settings({}), GLOSSARY, kind="easy")
    assert [f for f in result.findings if f.severity.value != "info"] == []
    # Without the comments, the same lines are found: the test can fail.
    bare = re.sub(r"\n*<!-- coprod-(?:dis|en)able -->", "", easy)
    found = check_text("easy-read/page.md", bare, parse_rule_settings({}), GLOSSARY, kind="easy").findings
    assert {f.rule for f in found if f.severity.value != "info"} == {"plain-words", "discouraged-term", "easy-passive"}


def test_terms_inside_longer_names_are_not_explained():
    glossary = parse_glossary("terms:\n  - term: needs assessment\n    definition: A talk about your needs.\n"
                              "    easy_read: A talk about your needs.\n")
    easy = generate_easy_read("# Plans\n\nThe Joint Strategic Needs Assessment (JSNA) guides us.\n", glossary)
    assert "Words to know" not in easy


def test_opening_clauses_are_put_so_each_part_stands_alone():
    assert simplify.split_sentence("Although progress has been made, there are still gaps in many places.") == [
        "Progress has been made.", "But there are still gaps in many places."]
    assert simplify.split_sentence("While progress has been made, there are still gaps in many places.") == [
        "Progress has been made.", "At the same time, there are still gaps in many places."]
    assert simplify.split_sentence("By listening to people first, we make better services together.") == [
        "We make better services together.", "We do this by listening to people first."]


def test_a_sentence_is_never_cut_just_after_an_opening_clause():
    for sentence in ["When people with very different lives come together, they will not always agree.",
                     "If you only invite people who already come, you will hear the same voices.",
                     "The report says by focusing on what is missing, we can start to fill the gaps."]:
        assert simplify.split_sentence(sentence) == [sentence]


def test_dashes_and_asides():
    assert simplify.split_sentence("Co-production is more than just a process—it is a way of thinking.") == [
        "Co-production is more than just a process.", "It is a way of thinking."]
    assert simplify.split_sentence("Co-production Week is upon us—a special time for sharing good work.") == [
        "Co-production Week is upon us.", "This is a special time for sharing good work."]
    # Examples stay in their sentence: alone, "For example, Healthwatch and carers' groups." has no verb.
    sentence = "Many councils work with local bodies, such as Healthwatch and carers' groups, to reach local people."
    assert simplify.split_sentence(sentence) == [sentence]
    sentence = "By addressing the gaps—such as including diverse voices and using clear language—we can improve lives."
    assert simplify.split_sentence(sentence) == [sentence]
    # An aside that cannot stand alone stays where it is.
    sentence = "Some boards bring people together (sometimes in paid roles) to work with leaders."
    assert simplify.split_sentence(sentence) == [sentence]


def test_participles_become_verbs_but_lists_of_actions_stay():
    assert simplify.split_sentence("Equality and inclusion are basic to our hopes, forming the fabric of community.") == [
        "Equality and inclusion are basic to our hopes.", "This forms the fabric of community."]
    sentence = "We commit to seeing the bigger picture, building bridges, including more voices and staying hopeful."
    assert simplify.split_sentence(sentence) == [sentence]
    sentence = "As well as physical access, making sure that information is easy to read is a main part of it."
    assert simplify.split_sentence(sentence) == [sentence]


def test_a_line_that_leads_into_a_list_keeps_its_colon():
    assert simplify.finish("It could cover:") == "It could cover:"
    assert simplify.finish('She said: "We listen."') == 'She said: "We listen."'
    easy = generate_easy_read("# Costs\n\nCosts to cover might include:\n\n- travel\n- meals\n", GLOSSARY)
    assert "Costs to cover might include:\n" in easy


def test_plain_words_leave_names_and_glossary_terms_alone():
    text = "Participants set up an Individual Service Fund to utilise care. The participants utilise it."
    keep = [(text.index("Individual Service Fund"), text.index(" to utilise"))]
    assert simplify.plain_words(text, keep) == (
        "People taking part set up an Individual Service Fund to use care. The people taking part use it.")
    assert simplify.plain_words("The Participants Forum met.") == "The Participants Forum met."
    assert simplify.plain_words("It ensures an equal say.") == "It makes sure there is an equal say."


def test_pictures_with_a_text_alternative_are_kept_and_decorative_ones_left_out():
    easy = generate_easy_read("# Pictures\n\nWe met in the hall. ![People utilise a table](img/meet.png) It went well.\n\n"
                              "![](img/line.png)\n\nThe end.\n", GLOSSARY)
    assert "We met in the hall.\nIt went well.\n\n![People use a table](img/meet.png)\n" in easy
    assert "line.png" not in easy


def test_a_list_after_a_colon_becomes_one_item_a_line():
    # Items are marked as list items ("- "), so "Dignity." does not read as a sentence of its own.
    assert simplify.split_sentence("We can focus on the main goals of adult social care: dignity, choice, "
                                   "and quality of life for everyone.") == [
        "We can focus on the main goals of adult social care:", "- dignity", "- choice",
        "- quality of life for everyone"]
    # "care and support" is one item: only the last "and" joins the list.
    assert simplify.split_sentence("The new plan for our town covers three things: care and support, housing and money.") == [
        "The new plan for our town covers three things:", "- care and support", "- housing", "- money"]
    # After a colon, a clause is not a list.
    sentence = "Remember this above all else when you plan: co-production is not a theory but a way of working."
    assert simplify.split_sentence(sentence) == [sentence]


def test_a_long_sentence_that_lists_things_becomes_a_lead_in_and_its_items():
    assert simplify.split_sentence("It is for anyone who draws on care and support, cares for someone, or works in "
                                   "social care.") == [
        "It is for anyone who:", "- draws on care and support", "- cares for someone", "- works in social care"]
    assert simplify.split_sentence("These are dignity, control over your own life, and a good quality of life for "
                                   "everyone.") == [
        "These are:", "- dignity", "- control over your own life", "- a good quality of life for everyone"]
    # Clauses joined by commas are not a list; nor is a sentence short enough already.
    sentence = "The best part is that we met, they listened and everyone agreed on the next steps for us."
    assert "- they listened" not in simplify.split_sentence(sentence)
    sentence = "These are dignity, choice, and a good life for everyone."
    assert simplify.split_sentence(sentence) == [sentence]


def test_a_lead_in_and_its_items_stay_in_one_block_and_a_joined_term_is_never_split():
    easy = generate_easy_read("# Page\n\nWe met on Monday. We met again on Tuesday. We met on Friday too. "
                              "It is for anyone who draws on care and support, cares for someone, or works in social "
                              "care.\n\nThe aims are: dignity, choice and control over your own life.\n",
                              load_glossary(Path(__file__).resolve().parent.parent / "glossary.yml"))
    assert ("It is for anyone who:\n- draws on care and support\n- cares for someone\n- works in social care\n"
            in easy)
    assert "The aims are: dignity, choice and control over your own life." in easy


HOSTILE = parse_glossary("""\
terms:
  - term: <img src=x onerror=alert(1)>
    abbreviation: IMG
    definition: A test.
    easy_read: <img src=x onerror=alert(2)> is a test.
discouraged:
  - phrase: service user
    instead: <img src=x onerror=alert(3)>
""")


def test_glossary_text_is_never_written_as_markup():
    assert simplify.markdown_text("<b>co*op</b> [x](y)") == "&lt;b&gt;co\\*op&lt;/b&gt; \\[x\\](y)"
    page = "# Page\n\nThe IMG team met. Each service user spoke.\n"
    for draft in (False, True):
        easy = generate_easy_read(page, HOSTILE, draft=draft)
        assert "<img" not in easy and "onerror=alert(3)" not in easy
        assert "The &lt;img src=x onerror=alert(1)&gt; team met." in easy  # the words, as text


def test_a_long_code_span_is_never_cut():
    code = "`" + "a, but b; " * 30 + "<b>bold</b>`"
    easy = generate_easy_read(f"# Page\n\nWe said that we like it, but then {code} was typed, so we stopped.\n")
    assert code in easy


def test_hostile_lines_take_linear_time():
    # Not timed (speed is in bench/): a quadratic step would make these take minutes.
    for line in ("a - " * 4000, "[" * 20000, "(" * 20000, '"' * 20000, "`" * 20000, "a, which " * 3000):
        assert generate_easy_read(f"# Page\n\n{line}\n").startswith("---\n")


def test_a_page_read_once_for_the_checks_makes_the_same_easy_read():
    from coprod.checker import read_page

    page = read_page("page.md", PAGE, parse_rule_settings({}), GLOSSARY)
    assert generate_easy_read(PAGE, GLOSSARY, page=page) == generate_easy_read(PAGE, GLOSSARY)


def test_words_to_know_has_hard_words_the_page_explains_with_a_picture():
    easy = generate_easy_read("# Faces\n\nPareidolia means seeing faces in things like clouds. We all do it.\n\n"
                              "Bread means a lot to us.\n", GLOSSARY)
    words_to_know = easy.split("## Words to know\n\n", 1)[1].split("\n\n")[0]
    assert words_to_know == ":material-lightbulb-on-outline:\n**Pareidolia** means seeing faces in things like clouds."
    assert "**Bread**" not in easy  # a common word is not hard
