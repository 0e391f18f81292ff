"""The editor's panel in `mkdocs serve`: highlights at the right words, a list that jumps to them."""

from __future__ import annotations

import shutil

import pytest

from conftest import serving

from .helpers import DESKTOP, ROOT

pytestmark = pytest.mark.browser

LONG = ("People who draw on care and support told us that the **meetings** were held at times and in "
        "places that made it very hard for them to [take part](index.md), because the buses did not run "
        "in the evening at all.")
PAGE = f"# Meetings\n\nWe will facilitate the meeting with `code` in it.\n\n{LONG}\n\nAbout 90% said yes.\n"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    site = tmp_path_factory.mktemp("panel")
    (site / "docs").mkdir()
    (site / "docs" / "index.md").write_text("# Home\n\nWelcome.\n")
    (site / "docs" / "meetings.md").write_text(PAGE)
    shutil.copy(ROOT / "glossary.yml", site / "glossary.yml")
    (site / "mkdocs.yml").write_text("site_name: Panel test\ntheme:\n  name: material\n  font: false\n"
                                     "plugins:\n  - coprod\n")
    with serving(site, ready="meetings/") as url:
        yield url


def test_highlights_sit_on_the_words_of_each_finding(chromium, served):
    context = chromium.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(served + "meetings/")
    marks = page.eval_on_selector_all(
        "mark[data-finding]", "ms => ms.map(m => [m.dataset.finding, m.className, m.textContent])")
    by_finding: dict[str, str] = {}
    for finding, _, text in marks:
        by_finding[finding] = by_finding.get(finding, "") + text
    texts = sorted(" ".join(t.split()) for t in by_finding.values())
    assert "facilitate" in texts
    assert "90%" in texts
    # the 40-word sentence: one highlight across the bold word and the link
    sentence = [t for t in texts if t.startswith("People who draw on care")]
    assert sentence and sentence[0].endswith("in the evening at all.")
    assert any("coprod-mark--error" in cls for _, cls, text in marks if "meetings" in text)
    context.close()


def test_the_list_opens_by_keyboard_and_jumps_to_the_highlight(chromium, served):
    context = chromium.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(served + "meetings/")
    toggle = page.locator(".coprod-panel__toggle")
    assert "1 errors, 1 warnings, 2 notes" in toggle.text_content()  # notes: the passive "were held", and 90%
    toggle.focus()
    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true"
    link = page.locator(".coprod-panel__body a", has_text="has a plainer alternative")
    link.focus()
    page.keyboard.press("Enter")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "facilitate"
    assert page.locator(".coprod-panel__preview").get_attribute("href") == "../easy-read/meetings/"
    context.close()
