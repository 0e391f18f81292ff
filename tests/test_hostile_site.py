"""A site built from hostile glossary entries, front matter and file names has no live script.

Every HTML file is scanned for `on*` attributes, `javascript:` URLs, embedded
documents and `<script>` elements the theme did not write (the theme's own
are read from a build of a harmless site with the same settings). The hostile
text must still be there, shown as text.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from live_script import live_script, theme_live, theme_scripts

SETTINGS = """site_name: Test site
site_url: https://example.org/
theme:
  name: material
  font: false
plugins:
  - search
  - coprod
markdown_extensions:
  - attr_list
  - md_in_html
  - admonition
  - tables
  - def_list
"""

HOSTILE_GLOSSARY = """terms:
  - term: widget
    definition: |
      A small thing.
      {: onmouseover="alert(1)" style="position:fixed;inset:0" }
    easy_read: A small <img src=x onerror=alert(2)> thing. [Click](javascript:alert(3))
    avoid:
      - phrase: doohickey
        reason: 'x {: onclick="alert(5)" }'
  - term: <img src=x onerror=alert(6)>
    definition: "<script>alert(7)</script> *small* [link](javascript:alert(8)) [fine](https://example.org)"
    easy_read: 'Plain <svg onload=alert(16)>.'
    source: '<a href="javascript:alert(17)">source</a>'
  - term: C++
    definition: A programming language.
    easy_read: A way to write programs.
  - term: C#
    definition: Another programming language.
    easy_read: Another way to write programs.
discouraged:
  - phrase: thingamajig
    instead: <img src=x onerror=alert(9)>
    reason: 'because {: onclick="alert(18)" }'
"""

HOSTILE_PAGE = """---
title: <img src=x onerror=alert(10)>
description: '"><script>alert(13)</script>'
coprod: {reason: '<script>alert(11)</script>', rules: {sentence-length: off}}
---
# Home

A widget is here. A thingamajig is here. We write C++ and C# here.

[define: widget]

We say [define: widget] inline, and [define: no such term] too.

<img src=x onerror=alert(22)> <a href="java&#115;cript:alert(23)">a link</a>

<div markdown onmouseover="alert(24)">
Text in a block.
</div>

<script>alert(25)</script>

<!-- coprod-disable-next-line <img/src/onerror=alert(14)> -->
The code `<img src=x onerror=alert(19)>` is shown, in a sentence that is long enough to be cut in two, and then it goes on, and on, and on.
"""

HARMLESS_GLOSSARY = """terms:
  - term: widget
    definition: A small thing.
    easy_read: A small thing.
"""

HARMLESS_PAGE = "# Home\n\nA widget is here.\n"


EPOCH = "1767225600"  # 1 January 2026, 00:00 UTC


def _mkdocs(folder: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH=EPOCH)
    return subprocess.run([sys.executable, "-m", "mkdocs", "build"], cwd=folder, env=env,
                          capture_output=True, text=True)


def _build(folder: Path, glossary: str, pages: dict[str, str]) -> Path:
    (folder / "docs").mkdir(parents=True)
    (folder / "mkdocs.yml").write_text(SETTINGS, encoding="utf-8")
    (folder / "glossary.yml").write_text(glossary, encoding="utf-8")
    for name, text in pages.items():
        (folder / "docs" / name).write_text(text, encoding="utf-8")
    done = _mkdocs(folder)  # not --strict: the hostile text has findings
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    return folder / "site"


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    harmless = _build(root / "harmless", HARMLESS_GLOSSARY, {"index.md": HARMLESS_PAGE, "other.md": HARMLESS_PAGE})
    hostile = _build(root / "hostile", HOSTILE_GLOSSARY,
                     {"index.md": HOSTILE_PAGE, "<img src=x onerror=alert(12)>.md": HOSTILE_PAGE,
                      'quote" onmouseover="alert(20).md': "# Quote\n\nWe meet on Monday.\n",
                      "javascript:alert(21).md": "We meet on Monday.\n"})
    return harmless, hostile


def _normal(body: str) -> str:
    """A theme script with the site's base address taken out: it differs with the page's depth."""
    return re.sub(r'new URL\("[^"]*"', 'new URL("BASE"', body)


def _live(sites, where) -> list:
    harmless, hostile = sites
    known = {_normal(body) for body in theme_scripts(harmless)}
    return [live for live in live_script(hostile, known, normalise=_normal, known_live=theme_live(harmless))
            if where(live.file)]


def _is_report(name: str) -> bool:
    return name.startswith("coprod-report/")


def _is_easy(name: str) -> bool:
    return name.startswith("easy-read/")


def test_standard_pages_the_glossary_and_404_have_no_live_script(sites):
    assert _live(sites, lambda name: not _is_report(name) and not _is_easy(name)) == []


def test_the_report_page_has_no_live_script(sites):
    assert _live(sites, _is_report) == []


def test_easy_read_pages_have_no_live_script(sites):
    assert _live(sites, _is_easy) == []


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data):
        self.parts.append(data)


def _text(file: Path) -> str:
    reader = _Text()
    reader.feed(file.read_text(encoding="utf-8"))
    return " ".join(" ".join(reader.parts).split())


def test_the_hostile_text_is_shown_as_text(sites):
    _, hostile = sites
    glossary = _text(hostile / "glossary" / "index.html")
    assert "<img src=x onerror=alert(6)>" in glossary  # the term, as its heading
    assert 'A small thing. {: onmouseover="alert(1)" style="position:fixed;inset:0" }' in glossary
    assert 'x {: onclick="alert(5)" }' in glossary  # the reason, in its table cell
    assert "<script>alert(7)</script> small link fine" in glossary  # tags as text; links kept, bad ones inert
    home = _text(hostile / "index.html")
    assert "<img src=x onerror=alert(10)>" in home  # the front matter title
    assert "We say A small thing." in home


def test_definitions_keep_a_safe_subset_of_markdown(sites):
    _, hostile = sites
    page = (hostile / "glossary" / "index.html").read_text(encoding="utf-8")
    assert "<em>small</em>" in page
    assert '<a href="https://example.org" rel="noopener noreferrer">fine</a>' in page
    assert '<a rel="noopener noreferrer">link</a>' in page  # the javascript: address is gone


def test_c_plus_plus_and_c_sharp_each_get_their_own_heading_and_link(sites):
    _, hostile = sites
    glossary = (hostile / "glossary" / "index.html").read_text(encoding="utf-8")
    ids = re.findall(r'<h3 id="([^"]+)"', glossary)
    assert len(ids) == len(set(ids))
    assert '<h3 id="c">C&#43;&#43;</h3>' in glossary and '<h3 id="c-2">C&#35;</h3>' in glossary
    home = (hostile / "index.html").read_text(encoding="utf-8")
    assert 'href="glossary/#c">C++</a>' in home and 'href="glossary/#c-2">C#</a>' in home


def test_every_page_carries_a_policy_that_lets_only_the_sites_own_scripts_run(sites):
    _, hostile = sites
    pages = sorted(hostile.rglob("*.html"))
    assert len(pages) >= 6
    for file in pages:
        text = file.read_text(encoding="utf-8")
        policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', text)
        assert policy, file
        assert text.index(policy.group(0)) < text.index("<script"), file  # before any script
        script_src = re.search(r"script-src ([^;]+)", policy.group(1)).group(1)
        assert "unsafe-inline" not in script_src and "http" not in script_src, file
        assert "default-src 'self'" in policy.group(1) and "object-src 'none'" in policy.group(1)


def test_two_builds_of_the_hostile_site_are_byte_identical(sites, tmp_path):
    _, hostile = sites
    again = tmp_path / "again"
    shutil.copytree(hostile.parent, again, ignore=shutil.ignore_patterns("site"))
    _mkdocs(again)
    first = {p.relative_to(hostile): p.read_bytes() for p in hostile.rglob("*") if p.is_file()}
    second = {p.relative_to(again / "site"): p.read_bytes() for p in (again / "site").rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


def test_the_build_writes_the_date_of_source_date_epoch(sites):
    _, hostile = sites
    sitemap = (hostile / "sitemap.xml").read_text(encoding="utf-8")
    assert set(re.findall(r"<lastmod>([^<]+)</lastmod>", sitemap)) == {"2026-01-01"}
