"""The plugin on stock Material (no custom_dir): what it puts into the built site by itself.

The same site is opened in Chromium by tests/browser/test_stock_material.py.
"""

from __future__ import annotations

import html
import json
import re

from conftest import mkdocs_build

GLOSSARY = """\
terms:
  - term: co-production
    definition: People and services working together as equal partners.
    easy_read: Working together as equals.
    icon: material/account-group
  - term: unpaid carer
    definition: Someone who looks after a relative or friend without being paid for it.
    easy_read: Someone who helps a family member or friend. <b>They</b> do not get paid.
"""
MEETINGS = "# Our meetings\n\nWe meet every month at the library to talk about co-production.\n"


def _build(make_site, extra: str = ""):
    site = make_site({"index.md": "# Welcome\n\nThis site is about our area.\n", "meetings.md": MEETINGS},
                     plugin_options="      glossary: glossary.yml", glossary=GLOSSARY,
                     extra="site_url: https://council.example/\n" + extra)
    config = site / "mkdocs.yml"  # with Material's search, as a real site has
    config.write_text(config.read_text(encoding="utf-8").replace("plugins:\n", "plugins:\n  - search\n"),
                      encoding="utf-8")
    result = mkdocs_build(site, strict=False)
    assert result.returncode == 0, result.stderr
    return site / "site"


def test_a_standard_page_links_to_its_easy_read_version_from_the_header_only(make_site):
    out = _build(make_site)
    page = (out / "meetings/index.html").read_text(encoding="utf-8")
    header = page.split('<header class="md-header', 1)[1].split("</header>", 1)[0]
    assert '<a class="coprod-toggle" rel="alternate" href="../easy-read/meetings/">Easy read</a>' in header
    # No <link rel="alternate">: Material would fetch easy-read/meetings/sitemap.xml for it.
    assert '<link rel="alternate"' not in page
    assert '<link rel="stylesheet" href="../assets/coprod/coprod.css">' in page
    assert '<script src="../assets/coprod/search-order.js" data-easy-first="false"></script>\n</head>' in page
    for asset in ("coprod.css", "coprod.js", "easy-print.css", "search-order.js", "not-found.js"):
        assert (out / "assets/coprod" / asset).is_file(), asset


def test_an_easy_read_page_has_no_site_menu_and_the_easy_read_layout(make_site):
    out = _build(make_site)
    page = (out / "easy-read/meetings/index.html").read_text(encoding="utf-8")
    assert "md-nav__link" not in page and "md-sidebar" not in page
    assert '<div class="md-content coprod-easy" data-md-component="content">' in page
    assert '<a class="coprod-toggle" rel="alternate" href="../../meetings/">Standard version</a>' in page
    assert 'href="../../assets/coprod/easy-print.css" media="print"' in page
    assert page.index("<h1") < page.index('class="coprod-read-aloud"') < page.index("coprod-easy-banner")
    assert 'class="coprod-term__link" href="../glossary/#co-production"' in page  # easy-read/glossary/
    assert 'data-easy-first="true"' in page


def test_the_easy_read_glossary_is_made_from_the_easy_read_meanings_with_pictures(make_site):
    out = _build(make_site)
    page = (out / "easy-read/glossary/index.html").read_text(encoding="utf-8")
    # Glossary text reaches the page as character codes ("co&#45;production"): the same letters on screen.
    idea = page.split('<h2 id="co-production">co&#45;production</h2>', 1)[1].split('<h2', 1)[0]
    assert '<div aria-hidden="true" class="coprod-easy-picture"><span class="twemoji"><svg' in idea
    assert "<p>Working together as equals.</p>" in html.unescape(idea)
    # Text from glossary.yml is text.
    # Shown as text: the tags stay escaped once the other character codes are read as letters.
    assert "<b>They</b>" not in page
    assert "&lt;b&gt;They&lt;/b&gt; do not get paid." in html.unescape(page.replace("&lt;", "&amp;lt;").replace("&gt;", "&amp;gt;"))
    assert '<a class="coprod-toggle" rel="alternate" href="../../glossary/">Standard version</a>' in page
    standard = (out / "glossary/index.html").read_text(encoding="utf-8")
    assert '<a class="coprod-toggle" rel="alternate" href="../easy-read/glossary/">Easy read</a>' in standard


def test_the_easy_read_404_page_and_the_way_to_it(make_site):
    out = _build(make_site)
    page = (out / "easy-read/404.html").read_text(encoding="utf-8")
    assert re.search(r"<h1[^>]*>We cannot find this page</h1>", page)
    assert '<a href="./">easy read home page</a>' in page
    assert "md-nav__link" not in page
    sitemap = (out / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://council.example/easy-read/meetings/</loc>" in sitemap
    assert "404" not in sitemap
    root_404 = (out / "404.html").read_text(encoding="utf-8")
    # The first script of the page, right after the security policy (which only covers what follows it).
    head = root_404.split("<head>", 1)[1]
    assert head.index('<script src="/assets/coprod/not-found.js"></script>') == head.index("<script")
    assert head.index('http-equiv="Content-Security-Policy"') < head.index("<script")
    # Without JavaScript nobody is sent on: links under the heading do it, from the site's root.
    assert ('<h1>404 - Not found</h1>\n<p class="coprod-not-found-easy">Looking for an easy read page? '
            '<a href="/easy-read/404.html">Read this in easy read</a> or go to the '
            '<a href="/easy-read/">easy read home page</a>.</p>') in root_404


def test_search_holds_easy_read_pages_without_their_pictures_banner_or_menu(make_site):
    out = _build(make_site)
    docs = json.loads((out / "search/search_index.json").read_text(encoding="utf-8"))["docs"]
    by_location = {doc["location"]: doc for doc in docs}
    easy = " ".join(doc["text"] for location, doc in by_location.items() if location.startswith("easy-read/meetings/"))
    assert "library" in easy  # in the section after Words to know
    for noise in ("svg", "A computer made", "Read aloud", "Easy read home page"):
        assert noise not in easy, noise
    assert "easy-read/404.html" not in by_location
    # The pictures are still on the page itself.
    assert "coprod-easy-picture" in (out / "easy-read/glossary/index.html").read_text(encoding="utf-8")


def test_without_easy_read_the_plugin_adds_no_easy_read_parts(make_site):
    site = make_site({"index.md": "# Welcome\n\nThis site is about our area.\n", "meetings.md": MEETINGS},
                     plugin_options="      glossary: glossary.yml\n      easy_read: false", glossary=GLOSSARY)
    result = mkdocs_build(site, strict=False)
    assert result.returncode == 0, result.stderr
    page = (site / "site/meetings/index.html").read_text(encoding="utf-8")
    assert "coprod-toggle" not in page and "search-order.js" not in page
    assert not (site / "site/easy-read").exists()
    assert '<link rel="stylesheet" href="../assets/coprod/coprod.css">' in page  # the glossary's definitions


def test_the_easy_read_glossary_puts_one_sentence_on_a_line(tmp_path):
    from coprod.easy_pages import easy_glossary_markdown
    from coprod.glossary import load_glossary

    (tmp_path / "glossary.yml").write_text(
        "terms:\n"
        "  - term: access\n    definition: Being able to reach and use a place or a service.\n"
        "    easy_read: Access means being able to take part. For example, you can get into the building.\n"
        "    icon: material/door-open\n"
        "  - term: advocate\n    definition: Someone who helps a person say what they want.\n"
        "    easy_read: An advocate helps you speak up. They are on your side.\n", encoding="utf-8")
    markdown = html.unescape(easy_glossary_markdown(load_glossary(tmp_path / "glossary.yml")))
    assert ("## access {#access}\n\n:material-door-open:\nAccess means being able to take part.\n"
            "For example, you can get into the building.\n") in markdown
    assert "## advocate {#advocate}\n\nAn advocate helps you speak up.\n\nThey are on your side.\n" in markdown
