"""Easy read pages: the layout in the HTML contract with the coprod plugin
(.coprod-easy, .coprod-easy-idea with a picture and words), "Read aloud"
and printing."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .helpers import DESKTOP, EASY_GUIDE, LONGEST_LINE, NARROW, TEXT_STYLES, goto, settle, tab_to

pytestmark = pytest.mark.browser

WORDS = ".coprod-easy article :is(p, li, dd, dt)"

IDEAS = """() => [...document.querySelectorAll('.coprod-easy-idea')].map(idea => {
  const box = el => { const r = el.getBoundingClientRect(); return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width}; };
  const picture = idea.querySelector('.coprod-easy-picture');
  const words = idea.querySelector('.coprod-easy-words');
  const art = picture && picture.querySelector('svg, img');
  return {picture: picture && box(picture), art: art && box(art), words: words && box(words),
          text: words ? words.innerText.trim().slice(0, 40) : ''};
})"""


def test_easy_read_text_is_big_spaced_left_aligned_and_not_hyphenated(open_page):
    page = open_page(EASY_GUIDE)
    settle(page)
    assert page.locator(".coprod-easy").count() == 1
    styles = page.evaluate(TEXT_STYLES, WORDS)
    assert len(styles) > 5
    for s in styles:
        where = f"<{s['tag']}> '{s['text']}'"
        assert s["fontSize"] >= 19, f"{where}: {s['fontSize']}px text (easy read needs at least 19px, about 14pt)"
        assert s["lineHeight"] >= 1.5 * s["fontSize"] - 0.01, f"{where}: line height {s['lineHeight']}px"
        assert s["textAlign"] in ("left", "start"), f"{where}: text-align {s['textAlign']}"
        assert s["hyphens"] in ("none", "manual"), f"{where}: hyphens {s['hyphens']}"
    longest = page.evaluate(LONGEST_LINE, WORDS)
    assert longest["chars"] <= 65, f"a {longest['chars']}-character line: {longest['text']!r}"
    # Italics are shown as plain text: easy read uses bold only.
    style = page.evaluate("""() => { const em = document.createElement('em');
        document.querySelector('.coprod-easy-words, .coprod-easy article p').append(em);
        return getComputedStyle(em).fontStyle; }""")
    assert style == "normal"


def test_easy_read_pages_hide_the_site_menu_and_contents_sidebars(open_page):
    page = open_page(EASY_GUIDE)
    settle(page)
    expect(page.locator(".md-sidebar--primary")).to_be_hidden()
    expect(page.locator(".md-sidebar--secondary")).to_be_hidden()


def test_each_picture_is_left_of_its_words_on_a_wide_screen(open_page):
    page = open_page(EASY_GUIDE, viewport=DESKTOP)
    settle(page)
    ideas = page.evaluate(IDEAS)
    assert ideas, "no .coprod-easy-idea blocks on the easy read page"
    for idea in ideas:
        assert idea["picture"] and idea["words"] and idea["art"], idea
        assert idea["picture"]["right"] <= idea["words"]["left"], f"picture not left of '{idea['text']}'"
        assert idea["picture"]["top"] < idea["words"]["bottom"] and idea["words"]["top"] < idea["picture"]["bottom"]
        assert 64 <= idea["art"]["width"] <= 96, f"picture is {idea['art']['width']}px wide"


def test_pictures_sit_above_their_words_at_320px(open_page):
    page = open_page(EASY_GUIDE, viewport=NARROW)
    settle(page)
    ideas = page.evaluate(IDEAS)
    assert ideas
    for idea in ideas:
        assert idea["picture"]["bottom"] <= idea["words"]["top"] + 1, f"picture not above '{idea['text']}'"
        assert idea["words"]["right"] <= NARROW["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]


# Stands in for the browser's speech engine and records what it is asked to say.
FAKE_SPEECH = """
window.__spoken = []; window.__cancelled = 0;
Object.defineProperty(window, 'speechSynthesis', {configurable: true, value: {
  speak(u) { window.__spoken.push({text: u.text, lang: u.lang}); },
  cancel() { window.__cancelled += 1; },
  pause() {}, resume() {}, getVoices() { return []; },
  speaking: false, pending: false, paused: false,
  addEventListener() {}, removeEventListener() {},
}});
"""


def test_read_aloud_reads_the_page_and_stops_from_the_keyboard(open_page, base_url):
    page = open_page(None)
    page.add_init_script(FAKE_SPEECH)
    goto(page, base_url, EASY_GUIDE)
    settle(page)
    start = tab_to(page, ".coprod-read-aloud__start")
    expect(start).to_have_text("Read aloud")
    page.keyboard.press("Enter")
    spoken = page.evaluate("window.__spoken")
    assert spoken, "nothing was read"
    text = " ".join(s["text"] for s in spoken)
    title = page.locator("article h1").inner_text().strip()
    first_idea = page.locator(".coprod-easy-words p").first.inner_text().strip()
    assert title in text and first_idea in text
    assert "Read aloud" not in text and "Last reviewed" not in text
    assert {s["lang"] for s in spoken} == {"en-GB"}
    stop = tab_to(page, ".coprod-read-aloud__stop")
    page.keyboard.press("Enter")
    assert page.evaluate("window.__cancelled") >= 2  # once before reading, once for Stop
    expect(stop).to_be_focused()


def test_read_aloud_is_hidden_where_the_browser_cannot_speak(open_page, base_url):
    page = open_page(None)
    page.add_init_script("Object.defineProperty(window, 'speechSynthesis', {configurable: true, value: undefined});")
    goto(page, base_url, EASY_GUIDE)
    settle(page)
    assert page.locator(".coprod-read-aloud").count() == 1
    expect(page.locator(".coprod-read-aloud")).to_be_hidden()


def test_an_easy_read_page_prints_as_a_clean_easy_read_document(open_page):
    page = open_page(EASY_GUIDE)
    settle(page)
    page.emulate_media(media="print")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-footer", ".coprod-read-aloud", ".coprod-toggle"):
        expect(page.locator(chrome).first).to_be_hidden()
    size = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.coprod-easy-words p')).fontSize)")
    assert size >= 21, f"printed text is {size}px (16pt is about 21px)"
    for idea in page.evaluate(IDEAS):
        assert idea["picture"]["right"] <= idea["words"]["left"], f"printed picture not left of '{idea['text']}'"
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")


COMPUTER_MADE = "easy-read/about/editors-guide/"  # no editors-guide.easy.md: the computer makes it


def test_a_computer_made_page_keeps_its_layout_where_an_idea_has_no_picture(open_page):
    page = open_page(COMPUTER_MADE, viewport=DESKTOP)
    settle(page)
    ideas = page.evaluate(IDEAS)
    without = [idea for idea in ideas if not idea["art"]]
    assert ideas and without, "expected some ideas with no fitting picture"
    words_left = {round(idea["words"]["left"]) for idea in ideas}
    assert len(words_left) == 1, f"the words of every idea start at the same place: {words_left}"
    assert page.locator(".coprod-easy-words").first.is_visible()
    # Every sentence of the editor's guide can now be made easy read, so the banner is the plain one.
    banner = page.locator(".coprod-easy-banner")
    expect(banner).to_contain_text("A computer made this easy read page from the standard page.")
