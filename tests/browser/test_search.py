"""Search on this site: the reader's own kind of page first (standard or easy
read), then the other kind under its own heading, each of those results
marked, so no result looks like another one twice (plugins/coprod/theme/
assets/coprod/search-order.js)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .helpers import axe_script, describe, run_axe, search, settle

pytestmark = pytest.mark.browser

STANDARD_PAGE = "guides/getting-started/"
EASY_PAGE = "easy-read/guides/getting-started/"


def _split(rows: list[dict], heading: str) -> tuple[list[dict], list[dict]]:
    """The results above the one group heading, and those under it."""
    headings = [index for index, row in enumerate(rows) if "heading" in row]
    assert [rows[index]["heading"] for index in headings] == [heading], rows
    return rows[: headings[0]], rows[headings[0] + 1:]


def _path(row: dict, base_url: str) -> str:
    return row["href"][len(base_url):]


def test_on_a_standard_page_search_lists_standard_pages_then_marked_easy_read_pages(open_page, base_url):
    page = open_page(STANDARD_PAGE)
    rows = search(page, "paying")
    own, other = _split(rows, "Easy read pages")
    assert own and other
    assert not any(_path(row, base_url).startswith("easy-read/") for row in own), own
    assert all(_path(row, base_url).startswith("easy-read/") for row in other), other
    # Each easy read result says so, first thing, for the eye and for a screen reader.
    assert all(row["title"].startswith("Easy read ") for row in other), other
    assert all(said.startswith("Easy read ") or "(easy read)" in said for row in other for said in row["said"])
    # The easy read version of "Paying and thanking people" (its title ends "(easy read)") says it once.
    assert "Easy read Paying and thanking people" in [row["title"] for row in other]
    # No two results look the same: the computer's easy read editor's guide has the standard page's title.
    titles = [row["title"] for row in own + other]
    assert "The editor's guide" in titles and "Easy read The editor's guide" in titles
    assert len(titles) == len(set(titles)), titles


def test_on_an_easy_read_page_search_lists_easy_read_pages_then_marked_standard_pages(open_page, base_url):
    page = open_page(EASY_PAGE)
    rows = search(page, "paying")
    own, other = _split(rows, "Standard pages")
    assert own and other
    assert all(_path(row, base_url).startswith("easy-read/") for row in own), own
    assert not any(_path(row, base_url).startswith("easy-read/") for row in other), other
    assert all(row["title"].startswith("Standard version ") for row in other), other
    assert all(said.startswith("Standard version ") or "(standard version)" in said
               for row in other for said in row["said"])
    assert not any(row["title"].startswith(("Standard version", "Easy read")) for row in own), own
    titles = [row["title"] for row in own + other]
    assert len(titles) == len(set(titles)), titles


def test_a_search_with_one_kind_of_result_has_no_group_heading(open_page, base_url):
    # "SCIE" is only on standard pages: easy read writes no abbreviations.
    page = open_page(STANDARD_PAGE)
    rows = search(page, "SCIE")
    assert rows and not any("heading" in row for row in rows), rows
    # On an easy read page they are all the other kind: the heading first, each result marked.
    page = open_page(EASY_PAGE)
    rows = search(page, "SCIE")
    own, other = _split(rows, "Standard pages")
    assert own == [] and other and all(row["title"].startswith("Standard version ") for row in other), rows


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_grouped_results_pass_axe(open_page, scheme):
    for path in (STANDARD_PAGE, EASY_PAGE):
        page = open_page(path, scheme=scheme)
        settle(page)
        search(page, "paying")
        group = page.locator(".coprod-search-group")
        group.scroll_into_view_if_needed()
        expect(group).to_be_visible()
        violations = run_axe(page, axe_script(), context=".md-search")
        assert not violations, describe([(path + " (search open)", scheme, v) for v in violations])
