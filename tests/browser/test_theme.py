"""What the theme's templates add: review dates under the title, the robots
meta tag, the easy read / standard alternates and language, the search
dialog's name."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import yaml
from playwright.sync_api import expect

from .helpers import EASY_GUIDE, GUIDE, REPORT, ROOT, axe_script, describe, focus_state, run_axe, settle

pytestmark = pytest.mark.browser


def _front_matter(path):
    text = path.read_text(encoding="utf-8")
    match = re.match(r"---\n(.*?)\n---\n", text, re.S)
    return yaml.safe_load(match.group(1)) if match else {}


def _url(md):
    rel = md.relative_to(ROOT / "content").with_suffix("").as_posix()
    return "" if rel == "index" else re.sub(r"(^|/)index$", "", rel) + "/"


def _long(date) -> str:
    return f"{date.day} {date:%B %Y}" if isinstance(date, dt.date) else str(date)


def test_reviewed_pages_show_last_reviewed_and_review_due_under_the_title(site_dir):
    """Every standard page whose front matter has last_reviewed / review_due."""
    checked = 0
    for md in sorted((ROOT / "content").rglob("*.md")):
        if md.name.endswith(".easy.md"):
            continue
        meta = _front_matter(md)
        if not meta.get("last_reviewed"):
            continue
        html = (site_dir / _url(md) / "index.html").read_text(encoding="utf-8")
        line = re.search(r'</h1>\s*<p class="coprod-review">(.*?)</p>', html, re.S)
        assert line, f"{md.relative_to(ROOT)}: no review line straight after the <h1>"
        text = re.sub(r"<[^>]+>", "", line.group(1))
        assert f"Last reviewed: {_long(meta['last_reviewed'])}" in text, text
        if meta.get("review_due"):
            assert f"Review due: {_long(meta['review_due'])}" in text, text
        checked += 1
    assert checked, "no page has last_reviewed in its front matter"


def test_the_review_line_is_shown_under_the_title(open_page):
    page = open_page(GUIDE)
    settle(page)
    title = page.locator("article h1").bounding_box()
    review = page.locator(".coprod-review")
    expect(review).to_be_visible()
    expect(review).to_contain_text(re.compile(r"Last reviewed: \d{1,2} [A-Z][a-z]+ \d{4}"))
    expect(review.locator("time").first).to_have_attribute("datetime", re.compile(r"^\d{4}-\d{2}-\d{2}$"))
    assert review.bounding_box()["y"] >= title["y"] + title["height"] - 1


def test_robots_meta_only_where_the_page_asks_for_it(open_page, site_dir):
    page = open_page(REPORT)
    expect(page.locator('meta[name="robots"]')).to_have_attribute("content", "noindex")
    assert 'name="robots"' not in (site_dir / GUIDE / "index.html").read_text(encoding="utf-8")


def test_standard_and_easy_read_pages_point_at_each_other(open_page):
    page = open_page(GUIDE)
    assert page.evaluate("document.documentElement.lang") == "en"
    # The toggle is the alternate link: a <link rel="alternate"> in the head
    # would send Material looking for a sitemap beside the other version.
    assert page.locator('link[rel="alternate"]').count() == 0
    alternate = page.locator('a.coprod-toggle[rel="alternate"]')
    expect(alternate).to_have_attribute("href", "../../easy-read/guides/what-is-co-production/")
    expect(alternate).to_have_text("Easy read")
    page = open_page(EASY_GUIDE)
    assert page.evaluate("document.documentElement.lang") == "en-GB"
    assert page.locator('link[rel="alternate"]').count() == 0
    alternate = page.locator('a.coprod-toggle[rel="alternate"]')
    expect(alternate).to_have_attribute("href", "../../../guides/what-is-co-production/")
    expect(alternate).to_have_text("Standard version")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_search_dialog_has_a_name_and_its_results_pass_axe_and_are_reachable(open_page, scheme):
    page = open_page(GUIDE, scheme=scheme)
    settle(page)
    expect(page.locator(".md-search")).to_have_attribute("aria-label", "Search")
    page.locator(".md-search__input").focus()
    page.keyboard.type("cake", delay=20)
    result = page.locator(".md-search-result__link").first
    expect(result).to_be_visible(timeout=10000)
    violations = run_axe(page, axe_script(), context=".md-search")
    assert not violations, describe([(GUIDE + " (search open)", scheme, v) for v in violations])
    # Material's way through the results: the arrow keys (the box says so).
    expect(page.locator(".md-search__input")).to_have_accessible_description(re.compile("arrow keys"))
    expect(page.locator(".coprod-search-hint")).to_be_visible()
    page.keyboard.press("ArrowDown")
    expect(page.locator(".md-search-result__link").first).to_be_focused()
    state = focus_state(page)
    assert state["visible"] and state["ring"], state
    page.keyboard.press("Escape")
    expect(page.locator(".md-search__output")).to_be_hidden()
