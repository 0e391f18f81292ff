"""The pure helpers behind the site's safety: text escaping, the definition subset,
the page scrubber and the Content-Security-Policy."""

from __future__ import annotations

import base64
import hashlib

import markdown
import pytest

from coprod.html_scrub import scrub
from coprod.mkdocs_plugin.csp import inline_scripts, script_hash, with_policy
from coprod.safe_text import definition_html, definition_text, markdown_text


@pytest.mark.parametrize("dirty, clean", [
    ('<p onclick="x" class="a">Hi</p>', '<p class="a">Hi</p>'),
    ('<img src="x.png" onerror=alert(1) alt="a > b">', '<img src="x.png" alt="a > b">'),
    ("<script>alert(1)</script><p>ok</p>", "<p>ok</p>"),
    ("<SCRIPT SRC=//x></SCRIPT><p>ok</p>", "<p>ok</p>"),
    ('<a href="JaVa&#9;Script:alert(1)">x</a>', "<a>x</a>"),
    ('<a href=" javascript:x">x</a>', "<a>x</a>"),
    ('<a href="&#106;avascript:x">x</a>', "<a>x</a>"),
    ('<a href="data:text/html,x">x</a>', "<a>x</a>"),
    ("<div markdown onmouseover='x'>t</div>", "<div markdown>t</div>"),
    ('<iframe srcdoc="<script>"></iframe><p>ok</p>', "<p>ok</p>"),
    ("<object data=x></object><embed src=x><p>ok</p>", "<p>ok</p>"),
    ("<meta http-equiv=refresh content=0><p>ok</p>", "<p>ok</p>"),
    ('<svg><set attributeName="href" to="javascript:alert(1)"/></svg>', '<svg><set attributeName="href"/></svg>'),
    ("<scr<script></script>ipt>alert(1)</scr<script></script>ipt><p>ok</p>", "<p>ok</p>"),
])
def test_the_scrubber_takes_out_script_and_nothing_else(dirty, clean):
    assert scrub(dirty) == clean


@pytest.mark.parametrize("html", [
    '<a href="https://example.org/?a=1&amp;b=2" title="on the way">x</a>',
    '<span class="twemoji"><svg viewBox="0 0 24 24"><path d="M1 2"/></svg></span>',
    '<input type="checkbox" checked id="__tabbed_1_1" name="__tabbed_1"><label for="__tabbed_1_1">A</label>',
    "<p>A description of a prescription, and a transcript.</p>",
    '<p data-online="1">We are online.</p>',
])
def test_the_scrubber_leaves_ordinary_html_byte_for_byte(html):
    assert scrub(html) == html


def test_plain_text_in_markdown_is_shown_exactly_and_never_becomes_markup():
    text = 'x {: onclick="alert(5)" } <b>bold</b> a|b [l](u) C++ C# *em* :smile: 1. &amp;'
    rendered = markdown.markdown(f"| {markdown_text(text)} |\n|---|\n| cell |\n\n# {markdown_text(text)} {{#x}}",
                                 extensions=["attr_list", "tables", "toc"])
    assert "onclick=" not in rendered.replace("onclick&#61;", "")
    assert "<b>" not in rendered and "<em>" not in rendered and "<a " not in rendered
    import html as html_module
    assert html_module.unescape(rendered).count(text) == 2


def test_definitions_keep_emphasis_code_and_web_links_only():
    assert definition_html("*Small* `code` [web](https://a.org) [mail](mailto:a@b.org) [page](../x.md)") == (
        '<em>Small</em> <code>code</code> <a href="https://a.org" rel="noopener noreferrer">web</a> '
        '<a href="mailto:a@b.org" rel="noopener noreferrer">mail</a> '
        '<a href="../x.md" rel="noopener noreferrer">page</a>')
    assert definition_html("<img src=x onerror=alert(1)> [x](javascript:alert(1)) ![i](x.png)") == (
        '&lt;img src=x onerror=alert(1)&gt; <a rel="noopener noreferrer">x</a>')
    assert definition_html('A thing.\n{: onmouseover="alert(1)" }') == 'A thing. {: onmouseover="alert(1)" }'
    assert definition_text("*Small* & <b>bold</b>") == "Small & <b>bold</b>"


PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>T</title>
<script>var theme = 1;</script></head><body>
<article class="md-content__inner"><p>Text</p><script>alert(1)</script></article>
<script type="application/json" id="__config">{}</script><script src="assets/x.js"></script>
<script>var after = 2;</script></body></html>"""


def test_the_policy_hashes_the_themes_inline_scripts_and_not_the_content():
    result = with_policy(PAGE)
    policy = result.split('content="', 1)[1].split('"', 1)[0]
    assert result.index("Content-Security-Policy") > result.index('<meta charset="utf-8">')
    assert result.index("Content-Security-Policy") < result.index("<script")
    digests = {"'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"
               for body in ("var theme = 1;", "var after = 2;")}
    sources = policy.split("script-src ", 1)[1].split(";", 1)[0].split()
    assert sources[0] == "'self'" and set(sources[1:]) == digests
    assert script_hash("alert(1)") not in policy
    assert "unsafe-inline" not in sources
    assert with_policy(result) == result  # once only


def test_only_scripts_a_browser_would_run_are_inline_scripts():
    assert inline_scripts(PAGE) == ["var theme = 1;", "alert(1)", "var after = 2;"]
