"""Keyboard use: the skip link, every Tab stop visible and ringed, glossary
definitions by keyboard (and pointer and touch), the menu button and the easy
read toggle."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .helpers import (DESKTOP, EASY_GUIDE, GUIDE, HOME, NARROW, TABLET, axe_script, describe, focus_state, run_axe,
                      settle, tab_through, tab_to)

pytestmark = pytest.mark.browser


def test_the_skip_link_is_first_and_moves_focus_to_the_content(open_page):
    page = open_page(GUIDE)
    settle(page)
    page.keyboard.press("Tab")
    skip = page.locator(".md-skip")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    expect(skip).to_have_css("opacity", "1")
    target = skip.get_attribute("href")
    page.keyboard.press("Enter")
    assert page.url.endswith(target)
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('article')"), \
        "after the skip link, Tab should go to the first link in the page's text"


@pytest.mark.parametrize("path, viewport", [
    (GUIDE, DESKTOP), (HOME, DESKTOP), (GUIDE, TABLET), (GUIDE, NARROW), (EASY_GUIDE, DESKTOP), (EASY_GUIDE, NARROW),
], ids=["guide-desktop", "home-desktop", "guide-1000px", "guide-320px", "easy-desktop", "easy-320px"])
def test_every_tab_stop_can_be_seen_and_shows_a_focus_ring(open_page, path, viewport):
    page = open_page(path, viewport=viewport)
    settle(page)
    stops = tab_through(page)
    assert len(stops) > 5, f"only {len(stops)} Tab stops: {[s['name'] for s in stops]}"
    hidden = [f"{s['name']} (covered by {s['hidBy'] or 'nothing'})" for s in stops if not s["visible"]]
    assert not hidden, f"Tab stops on things that cannot be seen: {hidden}"
    no_ring = [f"{s['name']} (outline: {s['outline']})" for s in stops if not s["ring"]]
    assert not no_ring, f"Tab stops without a visible focus ring: {no_ring}"
    assert any(s["inArticle"] for s in stops), "Tab never reached the page's text"


def _tip_for(page, link):
    tip_id = link.get_attribute("aria-describedby")
    assert tip_id, "a glossary term link needs aria-describedby pointing at its definition"
    return page.locator(f"#{tip_id}")


def test_tab_reaches_a_glossary_term_and_shows_its_definition(open_page):
    page = open_page(GUIDE)
    settle(page)
    link = tab_to(page, ".coprod-term__link")
    tip = _tip_for(page, link)
    expect(tip).to_have_attribute("role", "tooltip")
    expect(tip).to_be_visible()
    definition = tip.inner_text().strip()
    assert definition
    expect(link).to_have_accessible_description(definition)
    assert "glossary/#" in link.get_attribute("href")
    # Escape hides it without moving focus (WCAG 1.4.13 dismissible).
    page.keyboard.press("Escape")
    expect(tip).to_be_hidden()
    expect(link).to_be_focused()
    # Tab on: the definition of the next term shows instead.
    page.keyboard.press("Tab")
    expect(tip).to_be_hidden()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_shown_definition_passes_axe(open_page, scheme):
    page = open_page(GUIDE, scheme=scheme)
    settle(page)
    link = page.locator(".coprod-term__link").first
    link.focus()
    tip = _tip_for(page, link)
    expect(tip).to_be_visible()
    violations = run_axe(page, axe_script(), context=".coprod-term")
    assert not violations, describe([(GUIDE, scheme, v) for v in violations])


def test_a_definition_shows_on_hover_and_stays_while_the_pointer_is_on_it(open_page):
    page = open_page(GUIDE)
    settle(page)
    link = page.locator(".coprod-term__link").first
    tip = _tip_for(page, link)
    expect(tip).to_be_hidden()
    link.hover()
    expect(tip).to_be_visible()
    box = tip.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2, steps=5)
    expect(tip).to_be_visible()  # hoverable (WCAG 1.4.13)
    page.keyboard.press("Escape")
    expect(tip).to_be_hidden()  # dismissible while hovered
    page.mouse.move(1, 1)
    link.hover()
    expect(tip).to_be_visible()
    page.mouse.move(1, 1)
    expect(tip).to_be_hidden()


def test_on_touch_the_first_tap_shows_the_definition_and_the_second_follows_the_link(open_page):
    page = open_page(GUIDE, viewport=NARROW, has_touch=True, is_mobile=True)
    settle(page)
    link = page.locator(".coprod-term__link").first
    tip = _tip_for(page, link)
    link.scroll_into_view_if_needed()
    url = page.url
    link.tap()
    expect(tip).to_be_visible()
    assert page.url == url, "the first tap should show the definition, not follow the link"
    link.tap()
    page.wait_for_url(re.compile(r"/glossary/#"))


def test_definitions_stay_inside_a_320px_window(open_page):
    page = open_page(GUIDE, viewport=NARROW)
    settle(page)
    links = page.locator(".coprod-term__link")
    count = links.count()
    assert count > 0, "no glossary terms on the guide"
    for i in range(count):
        link = links.nth(i)
        link.focus()
        tip = _tip_for(page, link)
        expect(tip).to_be_visible()
        box = tip.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= NARROW["width"], \
            f"definition of '{link.inner_text()}' runs off the screen: {box}"
        assert page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]


def test_the_menu_button_opens_a_menu_whose_links_can_all_be_seen(open_page):
    page = open_page(GUIDE, viewport=NARROW)
    settle(page)
    button = tab_to(page, ".coprod-menu-button")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(page.locator("#coprod-drawer .md-nav__link").first).to_be_hidden()
    page.keyboard.press("Enter")
    expect(button).to_have_attribute("aria-expanded", "true")
    # An auto-retrying assertion, not wait_for_function: that evaluates a string, which the
    # site's Content-Security-Policy refuses when it has to poll.
    expect(page.locator("#coprod-drawer :focus")).to_have_count(1)
    stops = []
    while page.evaluate("!!document.activeElement.closest('#coprod-drawer')") and len(stops) < 60:
        stops.append(focus_state(page))
        page.keyboard.press("Tab")
    names = [s["name"] for s in stops]
    assert any("Accessibility statement" in n for n in names), names
    hidden = [s["name"] for s in stops if not (s["visible"] and s["ring"])]
    assert not hidden, f"menu links that cannot be seen or show no focus ring: {hidden}"
    # Tabbing out of the menu closes it, so the next stop can be seen.
    expect(button).to_have_attribute("aria-expanded", "false")
    assert focus_state(page)["visible"]
    # Escape closes it too and puts focus back on the button.
    button.focus()
    page.keyboard.press("Enter")
    expect(button).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("Escape")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(button).to_be_focused()


def test_the_easy_read_toggle_is_reachable_by_tab_and_goes_both_ways(open_page, base_url):
    page = open_page(GUIDE)
    settle(page)
    assert page.locator("a.coprod-toggle[rel=alternate][href$='easy-read/guides/what-is-co-production/']").count() == 1
    toggle = tab_to(page, ".coprod-toggle")
    expect(toggle).to_have_text("Easy read")
    page.keyboard.press("Enter")
    page.wait_for_url(base_url + EASY_GUIDE)
    settle(page)
    assert page.evaluate("document.documentElement.lang") == "en-GB"
    assert page.locator(".coprod-easy").count() == 1
    assert page.locator("a.coprod-toggle[rel=alternate][href$='guides/what-is-co-production/']").count() == 1
    toggle = tab_to(page, ".coprod-toggle")
    expect(toggle).to_have_text("Standard version")
    page.keyboard.press("Enter")
    page.wait_for_url(base_url + GUIDE)
