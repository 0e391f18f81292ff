"""Screenshots for people to look at: the home page, one guide and its easy
read version, light and dark, saved in screenshots/ (not committed)."""

from __future__ import annotations

import pytest

from .helpers import DESKTOP, EASY_GUIDE, GUIDE, HOME, SCREENSHOTS, settle

pytestmark = pytest.mark.browser

SHOTS = {"home": HOME, "guide-what-is-co-production": GUIDE, "easy-read-what-is-co-production": EASY_GUIDE}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", list(SHOTS))
def test_screenshot(open_page, name, scheme):
    page = open_page(SHOTS[name], scheme=scheme, viewport=DESKTOP, reduced_motion="reduce")
    settle(page)
    page.evaluate("document.fonts.ready")
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}-{scheme}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 10_000
