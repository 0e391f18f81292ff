"""Reading and reflow: type, line length, underlined links, no sideways
scrolling at 320 CSS px, nothing cut off with WCAG 1.4.12 text spacing,
reduced motion, and both palettes following the system setting."""

from __future__ import annotations

import pytest

from .helpers import (CLIPPED_TEXT, DESKTOP, GLOSSARY, GUIDE, HOME, LONGEST_LINE, NARROW, SCROLL_WIDTH,
                      TEXT_SPACING_CSS, TEXT_STYLES, goto, settle)

pytestmark = pytest.mark.browser

PROSE = "article :is(p, li, dd, dt, blockquote)"


@pytest.mark.parametrize("path", [HOME, GUIDE, GLOSSARY])
def test_body_text_is_system_sans_serif_spaced_left_aligned_and_not_hyphenated(open_page, path):
    page = open_page(path)
    settle(page)
    assert page.evaluate("document.fonts.size") == 0, "the page loads a web font"
    styles = page.evaluate(TEXT_STYLES, PROSE)
    assert styles
    for s in styles:
        where = f"/{path} <{s['tag']}> '{s['text']}'"
        assert s["fontFamily"].startswith("-apple-system") and s["fontFamily"].endswith("sans-serif"), where
        assert s["fontSize"] >= 16, f"{where}: {s['fontSize']}px text"
        assert s["lineHeight"] >= 1.5 * s["fontSize"] - 0.01, f"{where}: line height {s['lineHeight']}px"
        assert s["textAlign"] in ("left", "start"), f"{where}: text-align {s['textAlign']}"
        assert s["hyphens"] != "auto", where


@pytest.mark.parametrize("width", [1100, 1280, 1920])
@pytest.mark.parametrize("path", [HOME, GUIDE, GLOSSARY])
def test_lines_are_at_most_80_characters(open_page, path, width):
    page = open_page(path, viewport={"width": width, "height": 900})
    settle(page)
    longest = page.evaluate(LONGEST_LINE, PROSE + ", article :is(h1, h2, h3)")
    assert 0 < longest["chars"] <= 80, f"/{path} at {width}px: a {longest['chars']}-character line: {longest['text']!r}"


def test_links_in_text_are_underlined(open_page):
    page = open_page(GUIDE)
    settle(page)
    links = page.evaluate("""() => [...document.querySelectorAll('article :is(p, li, dd) a')]
        .map(a => [a.innerText, getComputedStyle(a).textDecorationLine])""")
    assert links
    assert all("underline" in decoration for _, decoration in links), links


def test_no_page_scrolls_sideways_at_320px_even_with_text_spacing(open_page, base_url, page_urls):
    """WCAG 1.4.10 and 1.4.12 on every page: at 320 CSS px nothing needs a
    sideways scroll, before or after the text spacing override."""
    page = open_page(None, viewport=NARROW)
    problems = []
    for path in page_urls:
        goto(page, base_url, path)
        settle(page)
        width, window = page.evaluate(SCROLL_WIDTH)
        if width > window:
            problems.append(f"/{path}: {width}px wide in a {window}px window")
        page.add_style_tag(content=TEXT_SPACING_CSS)
        width, window = page.evaluate(SCROLL_WIDTH)
        if width > window:
            problems.append(f"/{path} with text spacing: {width}px wide in a {window}px window")
        problems += [f"/{path} with text spacing at 320px: {c}" for c in page.evaluate(CLIPPED_TEXT)]
    assert not problems, "\n".join(problems)


def test_text_spacing_cuts_nothing_off_on_any_page(open_page, base_url, page_urls):
    page = open_page(None, viewport=DESKTOP)
    problems = []
    for path in page_urls:
        goto(page, base_url, path)
        settle(page)
        page.add_style_tag(content=TEXT_SPACING_CSS)
        assert page.evaluate("getComputedStyle(document.querySelector('article p, article li') || document.body).letterSpacing") != "normal"
        width, window = page.evaluate(SCROLL_WIDTH)
        if width > window:
            problems.append(f"/{path}: {width}px wide in a {window}px window")
        problems += [f"/{path}: {c}" for c in page.evaluate(CLIPPED_TEXT)]
    assert not problems, "\n".join(problems)


MOTION = """() => {
  const durations = el => getComputedStyle(el).transitionDuration.split(',').map(parseFloat);
  return {
    scroll: getComputedStyle(document.documentElement).scrollBehavior,
    longest: Math.max(...[...document.querySelectorAll('body *')].flatMap(durations),
                      ...[...document.querySelectorAll('body *')].map(el => parseFloat(getComputedStyle(el).animationDuration))),
  };
}"""


def test_reduced_motion_turns_off_transitions_and_smooth_scrolling(open_page):
    moving = open_page(GUIDE).evaluate(MOTION)
    assert moving["longest"] > 0.05, "Material's transitions are the baseline this test compares with"
    still = open_page(GUIDE, reduced_motion="reduce").evaluate(MOTION)
    assert still["scroll"] == "auto"
    assert still["longest"] <= 0.001, f"a transition or animation of {still['longest']}s is left"


@pytest.mark.parametrize("scheme, palette", [("light", "default"), ("dark", "slate")])
def test_the_palette_follows_the_system_setting(open_page, scheme, palette):
    page = open_page(GUIDE, scheme=scheme)
    settle(page)
    assert page.evaluate("document.body.dataset.mdColorScheme") == palette
    ring = page.evaluate("getComputedStyle(document.body).getPropertyValue('--coprod-focus').trim()")
    assert ring == {"light": "#0b0c0c", "dark": "#ffdd00"}[scheme]
