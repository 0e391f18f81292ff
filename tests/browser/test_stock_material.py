"""A stock Material site (no custom_dir, none of this site's theme overrides)
with `- coprod` added: the plugin alone gives it the toggle, the easy read
layout without the site menu, the easy read glossary, 404 page and search
order, and no page view asks for a file that is not there."""

from __future__ import annotations

import functools
import http.server
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from playwright.sync_api import expect

from .helpers import DESKTOP, axe_script, describe, goto, run_axe, search

pytestmark = pytest.mark.browser

GLOSSARY = """\
terms:
  - term: co-production
    definition: People who draw on care and support, carers and services working together as equal partners.
    easy_read: Working together as equals.
    icon: material/account-group
  - term: unpaid carer
    definition: Someone who looks after a relative or friend without being paid for it.
    easy_read: Someone who helps a family member or friend. They do not get paid.
"""

HOME = "# Welcome\n\nThis site is about co-production in your area.\n\n[Our meetings](guides/meetings.md)\n"
MEETINGS = """\
# Our meetings

We hold our meetings every month at the library.
Everyone who draws on care and support can come to the meetings.
We talk about co-production and how we plan services together.

## Getting there

The library is next to the bus station.
An unpaid carer can come with you.
"""
MONEY = "# Paying people\n\nWe pay people for their time at meetings.\nWe pay within two weeks.\n"
PAGES = {"index.md": HOME, "guides/meetings.md": MEETINGS, "guides/money.md": MONEY}
PLUGINS = "plugins:\n  - search\n  - coprod:\n      glossary: glossary.yml\n"
# Material's light and dark schemes, following the system's setting, as many sites have.
PALETTE = """\
  palette:
    - media: "(prefers-color-scheme: light)"
      scheme: default
      toggle: {icon: material/weather-night, name: Switch to dark mode}
    - media: "(prefers-color-scheme: dark)"
      scheme: slate
      toggle: {icon: material/weather-sunny, name: Switch to light mode}
"""


class _HostLikeHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the built site as a web host does: the site's 404.html for any missing file."""

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def stock_site(chromium_path, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("stock")
    docs = folder / "docs"
    for name, text in PAGES.items():
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text(text, encoding="utf-8")
    (folder / "glossary.yml").write_text(GLOSSARY, encoding="utf-8")
    # Material as it comes: no custom_dir, no extra CSS or JavaScript of ours.
    # A site_url, as a site on the web has: MkDocs then links the 404 page's
    # files from the site's root, so it works at any address.
    (folder / "mkdocs.yml").write_text(
        "site_name: A council's site\nsite_url: https://council.example/\n"
        "theme:\n  name: material\n  font: false\n" + PALETTE + PLUGINS, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build"], cwd=folder, capture_output=True, text=True,
                            env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    assert result.returncode == 0, result.stderr
    return folder / "site"


@pytest.fixture(scope="module")
def stock_url(stock_site):
    handler = functools.partial(_HostLikeHandler, directory=str(stock_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture
def browse(chromium):
    """browse() -> (page, failed): `failed` lists every response of 400 or more, as (status, URL)."""
    contexts = []

    def open_(scheme: str = "light"):
        context = chromium.new_context(color_scheme=scheme, viewport=DESKTOP)
        contexts.append(context)
        failed: list[tuple[int, str]] = []
        context.on("response", lambda response: response.status >= 400 and failed.append((response.status,
                                                                                           response.url)))
        # A request the browser gave up on because the page moved on (the 404
        # page sending easy read readers on) is not a missing file.
        context.on("requestfailed", lambda request: "ERR_ABORTED" not in (request.failure or "")
                   and failed.append((0, request.url)))
        return context.new_page(), failed

    yield open_
    for context in contexts:
        context.close()


def _settled(page):
    """Let Material finish what it fetches after load (its search index, any sitemap)."""
    page.wait_for_load_state("networkidle")


def test_standard_pages_have_a_toggle_to_their_easy_read_version_and_back(browse, stock_url):
    page, _ = browse()
    goto(page, stock_url, "guides/meetings/")
    toggle = page.locator(".md-header .coprod-toggle")
    expect(toggle).to_have_text("Easy read")
    expect(toggle).to_have_attribute("rel", "alternate")
    toggle.click()
    expect(page).to_have_url(stock_url + "easy-read/guides/meetings/")
    expect(page.locator("h1")).to_have_text("Our meetings")
    back = page.locator(".md-header .coprod-toggle")
    expect(back).to_have_text("Standard version")
    back.click()
    expect(page).to_have_url(stock_url + "guides/meetings/")
    # Discovery without a <link rel="alternate">: Material would fetch a sitemap beside it.
    assert page.locator("link[rel=alternate]").count() == 0


def test_easy_read_pages_have_no_site_menu_but_their_own_short_one(browse, stock_url):
    page, _ = browse()
    goto(page, stock_url, "guides/meetings/")
    assert page.locator(".md-nav--primary .md-nav__link").count() >= 3  # the standard page has the site menu
    goto(page, stock_url, "easy-read/guides/meetings/")
    assert page.locator(".md-sidebar").count() == 0
    assert page.locator(".md-nav__link").count() == 0
    expect(page.locator(".md-header__button[for='__drawer']")).to_be_hidden()
    expect(page.locator(".coprod-easy-banner")).to_contain_text("A computer made this easy read page")
    links = page.locator("nav.coprod-easy-nav a")
    assert links.all_inner_texts() == ["Easy read home page", "Before this: Glossary", "Next: Paying people"]
    # The easy read layout's type: 20px text.
    size = page.evaluate("getComputedStyle(document.querySelector('.coprod-easy .md-typeset p')).fontSize")
    assert size == "20px"


def test_glossary_links_on_easy_read_pages_go_to_the_easy_read_glossary(browse, stock_url):
    page, _ = browse()
    goto(page, stock_url, "easy-read/guides/meetings/")
    term = page.locator(".coprod-term__link", has_text="co-production").first
    expect(term).to_have_attribute("href", "../../glossary/#co-production")
    term.click()
    expect(page).to_have_url(stock_url + "easy-read/glossary/#co-production")
    heading = page.locator("h2#co-production")
    expect(heading).to_have_text("co-production")
    idea = page.locator("h2#co-production + .coprod-easy-idea")
    expect(idea.locator(".coprod-easy-words")).to_have_text("Working together as equals.")
    assert idea.locator(".coprod-easy-picture svg").count() == 1  # the glossary's icon
    expect(page.locator(".md-header .coprod-toggle")).to_have_attribute("href", "../../glossary/")
    # The standard glossary links to it too.
    goto(page, stock_url, "glossary/")
    expect(page.locator(".md-header .coprod-toggle")).to_have_attribute("href", "../easy-read/glossary/")


def test_a_missing_easy_read_page_shows_the_easy_read_404_page(browse, stock_url):
    page, failed = browse()
    page.goto(stock_url + "easy-read/no-such-page/", wait_until="load")
    expect(page).to_have_url(stock_url + "easy-read/404.html")
    expect(page.locator("h1")).to_have_text("We cannot find this page")
    home = page.get_by_role("link", name="easy read home page")
    home.click()
    expect(page).to_have_url(stock_url + "easy-read/")
    assert [url for _, url in failed] == [stock_url + "easy-read/no-such-page/"]
    # A missing standard page keeps the standard 404 page.
    page.goto(stock_url + "guides/no-such-page/", wait_until="load")
    expect(page).to_have_url(stock_url + "guides/no-such-page/")
    expect(page.locator("h1")).to_have_text("404 - Not found")


def test_without_javascript_the_404_page_links_to_the_easy_read_404_and_home_pages(chromium, stock_url):
    context = chromium.new_context(java_script_enabled=False, viewport=DESKTOP)
    try:
        page = context.new_page()
        page.goto(stock_url + "easy-read/no-such-page/", wait_until="load")
        expect(page).to_have_url(stock_url + "easy-read/no-such-page/")  # no script to send the reader on
        expect(page.locator("h1")).to_have_text("404 - Not found")
        expect(page.locator(".coprod-not-found-easy")).to_be_visible()
        page.get_by_role("link", name="Read this in easy read").click()
        expect(page).to_have_url(stock_url + "easy-read/404.html")
        expect(page.locator("h1")).to_have_text("We cannot find this page")
        page.go_back()
        page.get_by_role("link", name="easy read home page").click()
        expect(page).to_have_url(stock_url + "easy-read/")
    finally:
        context.close()


def test_search_lists_the_readers_own_kind_of_page_first_and_marks_the_other(browse, stock_url):
    page, _ = browse()
    goto(page, stock_url, "easy-read/guides/money/")
    rows = search(page, "library")
    meetings, easy_meetings = stock_url + "guides/meetings/", stock_url + "easy-read/guides/meetings/"
    # The easy read page and its section first, then the standard ones under their heading, marked.
    # Both pages are called "Our meetings": only the mark tells them apart.
    assert rows == [
        {"title": "Our meetings", "href": easy_meetings,
         "said": ["Our meetings", "Getting thereThe library is next to the bus station.",
                  "What this page saysWe hold our meetings every month at the library."]},
        {"heading": "Standard pages"},
        {"title": "Standard version Our meetings", "href": meetings,
         "said": ["Standard version Our meetingsWe hold our meetings every month at the library. Everyone who "
                  "draws on care and support can come to the meetings. We talk about co-production and how we "
                  "plan services together.",
                  "Getting there (standard version)The library is next to the bus station. An unpaid carer can "
                  "come with you."]},
    ], rows

    goto(page, stock_url, "guides/money/")
    rows = search(page, "library")
    assert [(row.get("heading"), row.get("title"), row.get("href")) for row in rows] == [
        (None, "Our meetings", meetings),
        ("Easy read pages", None, None),
        (None, "Easy read Our meetings", easy_meetings),
    ], rows
    assert rows[2]["said"][1:] == ["Getting there (easy read)The library is next to the bus station.",
                                   "What this page says (easy read)We hold our meetings every month at the library."]
    # Our heading and marks pass axe in both palettes. (Stock Material's own results do not: its
    # highlighted words and result count are under 4.5:1 in the light palette.)
    for scheme in ("light", "dark"):
        page, _ = browse(scheme)
        goto(page, stock_url, "guides/money/")
        search(page, "library")
        violations = run_axe(page, axe_script(), context=".coprod-search-group, .coprod-search-kind")
        assert not violations, describe([("guides/money/ (search open)", scheme, v) for v in violations])


def _every_page(site: Path) -> list[str]:
    urls = []
    for file in sorted(site.rglob("*.html")):
        rel = file.relative_to(site).as_posix()
        urls.append(re.sub(r"index\.html$", "", rel))
    return urls


def test_no_page_view_asks_for_a_missing_file(browse, stock_site, stock_url):
    for scheme in ("light", "dark"):
        page, failed = browse(scheme)
        pages = _every_page(stock_site)
        assert "easy-read/guides/meetings/" in pages and "404.html" in pages
        for path in pages:
            page.goto(stock_url + path, wait_until="load")
            _settled(page)
        assert not failed, f"Missing files asked for ({scheme}): {failed}"


def test_no_page_view_of_this_site_asks_for_a_missing_file(browse, base_url, page_urls):
    page, failed = browse()
    for path in page_urls:
        page.goto(base_url + path, wait_until="load")
        _settled(page)
    assert not failed, f"Missing files asked for: {failed}"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_what_the_plugin_adds_passes_axe_on_stock_material(browse, stock_site, stock_url, scheme):
    """axe on the plugin's own parts: the toggle, and the whole content of every easy read page.
    (Stock Material's own chrome has known axe findings of its own: see the design notes.)"""
    script = axe_script()
    page, _ = browse(scheme)
    violations = []
    for path in _every_page(stock_site):
        page.goto(stock_url + path, wait_until="load")
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == \
            {"light": "default", "dark": "slate"}[scheme]
        parts = ".md-header .coprod-toggle, .coprod-not-found-easy"
        parts += ", .md-content" if path.startswith("easy-read/") else ""
        if page.locator(parts).count():
            violations += [(path, scheme, v) for v in run_axe(page, script, context=parts)]
    assert not violations, describe(violations)
