"""Reading prose out of Markdown, with true source positions."""

from coprod import prose
from coprod.text import split_sentences


def blocks(markdown: str):
    doc = prose.parse(markdown)
    return [(b.kind, " ".join(doc.text(b).split())) for b in doc.blocks], doc


def test_front_matter_is_read_and_not_prose():
    found, doc = blocks("---\ntitle: Hello there\nlast_reviewed: 2026-01-01\n---\n# Heading\n")
    assert doc.front_matter["title"] == "Hello there"
    assert found == [("heading", "Heading")]
    assert "Hello" not in doc.masked


def test_broken_front_matter_names_its_line():
    doc = prose.parse("---\ntitle: ok\ndescription: [not closed\n---\n# Hi\n")
    line, message = doc.front_matter_error
    assert line == 3
    assert "not valid YAML" in message


def test_fenced_and_indented_code_are_skipped():
    found, _ = blocks("Before the code.\n\n```python\nx = 'Not prose. At all.'\n```\n\n"
                      "    indented code line\n\nAfter the code.\n")
    assert found == [("paragraph", "Before the code."), ("paragraph", "After the code.")]


def test_inline_code_urls_html_and_attributes_are_masked():
    found, doc = blocks('See `mkdocs build` at https://example.org or <a href="x.html" title="Long title">this link</a>.\n')
    text = found[0][1]
    assert "mkdocs" not in text and "example" not in text and "href" not in text and "title" not in text
    assert "this link" in text
    assert len(doc.masked) == len(doc.source)


def test_link_text_is_prose_but_target_is_not():
    found, doc = blocks("Read [the four principles](guides/four-principles.md) first.\n")
    assert found == [("paragraph", "Read the four principles first.")]
    line, column = doc.position(doc.source.index("the four"))
    assert (line, column) == (1, 7)


def test_headings_list_items_and_table_cells_are_separate_units():
    markdown = (
        "# Title\n\nSome text here\n\n- first item\n- second item\n  carries on\n\n"
        "| Avoid | Use |\n|---|---|\n| service user | people who draw on care |\n"
    )
    found, _ = blocks(markdown)
    assert found == [
        ("heading", "Title"),
        ("paragraph", "Some text here"),
        ("list-item", "first item"),
        ("list-item", "second item carries on"),
        ("table-cell", "Avoid"),
        ("table-cell", "Use"),
        ("table-cell", "service user"),
        ("table-cell", "people who draw on care"),
    ]


def test_admonition_title_and_body_are_prose():
    found, _ = blocks('!!! note "Before you start"\n    Ask people what they need.\n\nNext paragraph.\n')
    assert found == [("title", "Before you start"), ("paragraph", "Ask people what they need."),
                     ("paragraph", "Next paragraph.")]


def test_code_inside_a_list_item_is_skipped():
    found, _ = blocks("- Run this:\n\n    ```\n    mkdocs serve\n    ```\n\n- Done.\n")
    assert found == [("list-item", "Run this:"), ("list-item", "Done.")]


def test_comments_are_kept_for_suppression_and_masked():
    found, doc = blocks("Text <!-- coprod-disable plain-words --> more text.\n")
    assert doc.comments[0].body == "coprod-disable plain-words"
    assert found == [("paragraph", "Text more text.")]


def test_comment_like_text_in_code_is_not_a_comment():
    _, doc = blocks("```html\n<!-- coprod-disable -->\n```\n")
    assert doc.comments == []


def test_emphasis_and_setext_headings():
    found, _ = blocks("A **bold** and _soft_ word\n\nTitle here\n----------\n")
    assert found == [("paragraph", "A bold and soft word"), ("heading", "Title here")]


def test_positions_point_into_the_source():
    source = "---\ntitle: x\n---\n\nFirst line.\nSecond **line** here.\n"
    doc = prose.parse(source)
    sentences = split_sentences(doc.text(doc.blocks[0]), doc.blocks[0].start)
    assert [doc.position(s.start) for s in sentences] == [(5, 1), (6, 1)]


def test_one_line_html_elements_are_blocks_of_their_own():
    doc = prose.parse('<dl>\n<dt>Carer</dt>\n<dd>A carer helps someone. They are not paid.</dd>\n</dl>\n<h2 id="x">Words</h2>\n')
    assert [(b.kind, doc.text(b).strip()) for b in doc.blocks] == [
        ("title", "Carer"), ("paragraph", "A carer helps someone. They are not paid."), ("heading", "Words")]
    assert doc.blocks[2].level == 2


def test_template_tags_are_masked_like_code():
    found, doc = blocks(
        "{% assign events = site.data.events | sort: 'date' %}\n"
        "{% for event in events %}\n"
        "See [the guide]({{ site.baseurl }}{% link _pages/guide.md %}) for {{ site.name }}. {# a note #}\n"
        "{% endfor %}\n\n"
        "{% comment %}\nNot prose. Never checked.\n{% endcomment %}\n\nAfter.\n")
    assert found == [("paragraph", "See the guide for ."), ("paragraph", "After.")]
    assert "site" not in doc.masked and "Never" not in doc.masked


def test_prose_inside_indented_html_is_read_and_code_inside_it_is_not():
    found, doc = blocks(
        '<section class="hero" markdown="0">\n'
        '  <div class="grid">\n'
        '    <h3 class="arrow">Training</h3>\n'
        '    <p class="lead">Ask us for training for your team.</p>\n'
        '    <pre>\n    rm -rf build. Then run it.\n    </pre>\n'
        '    <p>Run <code>mkdocs build</code> after each change.</p>\n'
        '  </div>\n'
        '</section>\n\n'
        '    real indented code. Not prose.\n')
    assert found == [("heading", "Training"), ("paragraph", "Ask us for training for your team."),
                     ("paragraph", "Run after each change.")]
    assert "rm" not in doc.masked and "real" not in doc.masked


def quoted(markdown: str):
    doc = prose.parse(markdown)
    return [(" ".join(doc.text(b).split()), b.quoted) for b in doc.blocks]


def test_a_dont_say_column_is_quoted_and_the_say_column_is_not():
    assert quoted("Don't say | Say\n--- | ---\nutilise | use\n") == [
        ("Don't say", False), ("Say", False), ("utilise", True), ("use", False)]
    assert quoted("Word | Meaning\n--- | ---\nutilise | use\n") == [
        ("Word", False), ("Meaning", False), ("utilise", False), ("use", False)]


def test_a_before_item_quotes_its_example_until_the_after_item():
    assert quoted("* #### Before\n\n  The form must be completed by you.\n\n* #### After\n\n  Fill in the form.\n\n"
                  "Our own words.\n") == [
        ("Before", False), ("The form must be completed by you.", True), ("After", False),
        ("Fill in the form.", False), ("Our own words.", False)]


def test_a_before_heading_quotes_up_to_the_next_heading_but_a_heading_saying_avoid_something_does_not():
    assert quoted("### Before\n\nIt is incumbent upon you.\n\n### After\n\nYou must.\n\n"
                  "## Avoid jargon\n\nUse words people know.\n") == [
        ("Before", False), ("It is incumbent upon you.", True), ("After", False), ("You must.", False),
        ("Avoid jargon", False), ("Use words people know.", False)]


def test_block_quotes_are_quoted():
    assert quoted("Consider this sentence:\n\n> If any member retires, the company may buy.\n\nOur words.\n") == [
        ("Consider this sentence:", False), ("If any member retires, the company may buy.", True),
        ("Our words.", False)]


def test_a_heading_that_names_a_subject_is_not_an_example_label():
    assert quoted("## Jargon\n\nSome words are hard.\n\n## Old people\n\nSay older people.\n") == [
        ("Jargon", False), ("Some words are hard.", False), ("Old people", False), ("Say older people.", False)]


def test_indented_code_inside_markdown_html_is_still_code():
    found, doc = blocks('<div markdown>\n\nRun this:\n\n    rm -rf build. Then run it.\n\n</div>\n')
    assert found == [("paragraph", "Run this:")]
    assert "rm" not in doc.masked


def test_an_html_block_quote_is_quoted():
    assert quoted("<blockquote>\n  <p>If any member retires, the company may buy.</p>\n</blockquote>\n\nOur words.\n") == [
        ("If any member retires, the company may buy.", True), ("Our words.", False)]
