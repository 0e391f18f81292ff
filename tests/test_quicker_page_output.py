"""The quicker ways the plugin treats each built page give what the plain ways give.

- Search is handed easy read pages with fewer tags (mkdocs_plugin/theme.py
  `searchable`): Material's search must index the same entries from them.
- The security policy finds the theme's part of a page and its inline
  scripts without the slow searches (mkdocs_plugin/csp.py): the same parts
  and scripts as the plain two steps and the plain pattern.
"""

from __future__ import annotations

import random
import re
from types import SimpleNamespace

from conftest import mkdocs_build
from material.plugins.search.plugin import SearchIndex

from coprod.mkdocs_plugin import csp
from coprod.mkdocs_plugin.theme import _NOT_SEARCHED, searchable

GLOSSARY = """\
terms:
  - term: co-production
    definition: People and services working together as equal partners.
    easy_read: Working together as equals.
  - term: unpaid carer
    definition: Someone who looks after a relative or friend without being paid for it.
    easy_read: Someone who helps a family member or friend. They do not get paid.
"""
PAGE = """\
# Our meetings

We meet every month at the library to talk about co-production. Unpaid carers are welcome too.

## Who comes

- People who draw on care and support
- An unpaid carer, with the person they help
- Staff from the council

Read [the home page](index.md) to learn more.

## What we do

We plan the *new day centre* together, and we check what works well.
"""


def _index_entries(content: str) -> list[dict]:
    index = SearchIndex()
    page = SimpleNamespace(meta={}, content=content, toc=[], url="easy-read/meetings/", title="Our meetings")
    index.add_entry_from_context(page)
    return index.entries


def test_search_indexes_the_same_entries_from_the_lighter_easy_read_page(make_site):
    site = make_site({"index.md": "# Welcome\n\nThis site is about our area.\n", "meetings.md": PAGE},
                     plugin_options="      glossary: glossary.yml", glossary=GLOSSARY)
    result = mkdocs_build(site, strict=False)
    assert result.returncode == 0, result.stderr
    built = (site / "site/easy-read/meetings/index.html").read_text(encoding="utf-8")
    content = re.search(r'<article class="md-content__inner md-typeset">(.*)</article>', built, re.S).group(1)
    assert content.count('class="coprod-easy-idea"') >= 3 and 'class="coprod-term__tip"' in content

    lighter = searchable(content)
    # The ideas' divs and the terms' links and definitions are gone...
    for gone in ("coprod-easy-idea", "coprod-easy-words", "coprod-term", "<div"):
        assert gone not in lighter, gone
    # ... and search finds the same sections, titles, text and markup as in the whole page.
    entries = _index_entries(lighter)
    assert entries == _index_entries(re.sub(_NOT_SEARCHED, "", content, flags=re.S))
    assert [entry["location"] for entry in entries] == [
        "easy-read/meetings/", "easy-read/meetings/#our-meetings", "easy-read/meetings/#words-to-know",
        "easy-read/meetings/#what-this-page-says", "easy-read/meetings/#who-comes",
        "easy-read/meetings/#what-we-do"]
    text = " ".join(entry["text"] for entry in entries)
    assert "library" in text and "<li>" in text and "Working together as equals" in text


def test_an_idea_holding_a_div_or_a_heading_is_given_to_search_as_it_is():
    idea = ('<div class="coprod-easy-idea"><div class="coprod-easy-words"><p>One.</p>{}</div></div>')
    for inside in ("<div>Two.</div>", '<h3 id="x">Two</h3>'):
        content = "<h2 id=\"a\">A</h2>\n" + idea.format(inside)
        assert searchable(content) == content
        assert _index_entries(searchable(content)) == _index_entries(content)


def _theme_part_in_two_steps(html: str, content: str | None) -> str:
    if content:
        html = html.replace(content, "")
    return csp._CONTENT.sub("", html)


def test_the_themes_part_is_what_taking_out_the_content_and_then_the_article_leaves():
    page = ('<html><head><script>a()</script></head><body>{before}<article class="x">{inside}</article>'
            '{after}<script>b()</script></body></html>')
    content = "<p>Text</p><script>c()</script>"
    cases = [
        page.format(before="", inside=content, after=""),
        page.format(before=content, inside=content, after=""),  # the content outside the article too
        page.format(before="", inside=content, after=content),
        page.format(before="", inside="<p>No content here</p>", after=""),
        page.format(before="", inside=content + "</article><article>" + content, after=""),
        "<html><body><p>No article</p>" + content + "</body></html>",
        "<html><body><ARTICLE>" + content + "</ARTICLE><article>x</article></body></html>",
    ]
    for html in cases:
        for given in (content, None, "", "<p>Text</p>"):
            assert csp.theme_part(html, given) == _theme_part_in_two_steps(html, given), (html, given)


def test_the_themes_part_agrees_with_the_two_steps_on_random_pages():
    pieces = ["<article>", "</article>", "<ARTICLE class=a>", "<articles>", "<p>", "</p>", "x", " ",
              "<script>", "</script>", "C", "CC", "<article"]
    rng = random.Random(12)
    for _ in range(20000):
        html = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        start = rng.randrange(len(html) + 1)
        content = html[start:start + rng.randint(0, 30)] if rng.random() < 0.7 else rng.choice(pieces)
        assert csp.theme_part(html, content) == _theme_part_in_two_steps(html, content), (html, content)


def test_inline_scripts_are_found_as_the_plain_pattern_finds_them():
    pieces = ["<script>", "<SCRIPT type=module>", "<script src=x>", "<scripts>", "</script>", "</script >",
              "</SCRIPT>", "<script", ">", "a()", " ", "<p>", "<script type='text/plain'>"]
    rng = random.Random(7)

    def plainly(html: str) -> list[str]:
        return [m.group(2) for m in csp._SCRIPT.finditer(html)
                if not csp._SOURCE.search(m.group(1))
                and not ((kind := csp._TYPE.search(m.group(1))) and kind.group(1).lower() not in csp._JAVASCRIPT_TYPES)]

    for _ in range(20000):
        html = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        assert csp.inline_scripts(html) == plainly(html), html
