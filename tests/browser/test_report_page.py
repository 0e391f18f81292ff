"""The readability report page: its table fits its column, and nothing from a file runs."""

from __future__ import annotations

import pytest

from .helpers import DESKTOP, REPORT, TABLET

pytestmark = pytest.mark.browser

WIDTHS = """() => {
  const table = document.querySelector("article table");
  const article = document.querySelector("article");
  return {table: table.getBoundingClientRect().width, article: article.clientWidth,
          page: document.documentElement.scrollWidth, window: window.innerWidth,
          toc: !!document.querySelector('[data-md-type="toc"]:not([hidden])')};
}"""


@pytest.mark.parametrize("viewport", [DESKTOP, TABLET], ids=["1280px", "1000px"])
def test_the_report_table_fits_its_column_with_no_sideways_scrolling(open_page, viewport):
    widths = open_page(REPORT, viewport=viewport).evaluate(WIDTHS)
    assert widths["table"] <= widths["article"], widths
    assert widths["page"] <= widths["window"], widths
    assert not widths["toc"]  # no empty table of contents beside it taking the room
