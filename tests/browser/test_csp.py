"""The Content-Security-Policy in a real Chromium: injected script does not run,
and the site's own features still do (search, palette, glossary definitions,
read aloud, and the editor's panel and live reload under `mkdocs serve`)."""

from __future__ import annotations

import functools
import http.server
import os
import re
import subprocess
import sys
import threading
import urllib.request

import pytest
from playwright.sync_api import expect

from conftest import serving

from .helpers import DESKTOP, EASY_GUIDE, GUIDE, goto, settle
from .test_easy_read import FAKE_SPEECH

pytestmark = pytest.mark.browser

# Script that got into a page by some route the build did not catch. The build
# takes script out of what editors write (coprod.html_scrub), so the tests put
# it into the served page, keeping the page's own policy: the policy alone must stop it.
INJECTED = """<img src="missing.png" onerror="window.__ran_handler = true" alt="">
<p onclick="window.__ran_click = true" id="clickable">Click me.</p>
<script>window.__ran_script = true;</script>
<a id="bad-link" href="javascript:window.__ran_link = true">A link.</a>"""

PAGE = "# Injected\n\nA page with a widget.\n"

SETTINGS = """site_name: Policy test
theme:
  name: material
  font: false
plugins:
  - search
  - coprod
markdown_extensions:
  - md_in_html
"""

GLOSSARY = """terms:
  - term: widget
    definition: A small thing.
    easy_read: A small thing.
"""


def _violations(page) -> list[str]:
    return page.evaluate("window.__violations || []")


# Records every policy violation the page reports, from its very start.
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener('securitypolicyviolation',
  e => window.__violations.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || '')));
"""


@pytest.fixture(scope="module")
def injected_site(tmp_path_factory, chromium):
    root = tmp_path_factory.mktemp("csp")
    (root / "docs").mkdir()
    (root / "docs" / "index.md").write_text(PAGE, encoding="utf-8")
    (root / "docs" / "written.md").write_text("# Written\n\nText.\n\n" + INJECTED + "\n", encoding="utf-8")
    (root / "mkdocs.yml").write_text(SETTINGS, encoding="utf-8")
    (root / "glossary.yml").write_text(GLOSSARY, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build"], cwd=root, capture_output=True, text=True,
                          env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    assert done.returncode == 0, done.stderr
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root / "site"))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def _ran(page) -> dict:
    page.locator("#clickable").click()
    page.locator("#bad-link").click()
    page.wait_for_timeout(200)
    return page.evaluate("({handler: !!window.__ran_handler, click: !!window.__ran_click, "
                         "script: !!window.__ran_script, link: !!window.__ran_link})")


def _inject(context, keep_policy: bool):
    def fulfil(route):
        body = route.fetch().text()
        assert "<p>A page with a" in body
        body = body.replace("<p>A page with a", INJECTED + "<p>A page with a", 1)
        if not keep_policy:
            body = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", body)
        route.fulfill(status=200, content_type="text/html; charset=utf-8", body=body)

    context.route(re.compile(r".*/$"), fulfil)


def test_the_build_takes_script_out_of_what_editors_write(injected_site):
    assert "onerror" not in urllib.request.urlopen(injected_site + "written/").read().decode()


def test_script_injected_into_a_page_does_not_run(chromium, injected_site):
    context = chromium.new_context(viewport=DESKTOP)
    _inject(context, keep_policy=True)
    page = context.new_page()
    page.add_init_script(RECORD_VIOLATIONS)
    page.goto(injected_site, wait_until="load")
    assert _ran(page) == {"handler": False, "click": False, "script": False, "link": False}
    blocked = " ".join(_violations(page))
    assert "script-src" in blocked  # refused by the policy, not by chance
    context.close()


def test_without_the_policy_the_same_page_would_run_it(chromium, injected_site):
    """The test above can fail: take the policy out and every injected script runs."""
    context = chromium.new_context(viewport=DESKTOP)
    _inject(context, keep_policy=False)
    page = context.new_page()
    page.goto(injected_site, wait_until="load")
    assert _ran(page) == {"handler": True, "click": True, "script": True, "link": True}
    context.close()


def _open(open_page, path, **options):
    page = open_page(None, **options)
    page.add_init_script(RECORD_VIOLATIONS)
    return page


def test_search_works_under_the_policy(open_page, base_url):
    page = _open(open_page, None)
    goto(page, base_url, GUIDE)
    settle(page)
    page.locator(".md-search__input").focus()
    page.keyboard.type("cake", delay=20)
    expect(page.locator(".md-search-result__link").first).to_be_visible(timeout=10000)
    assert _violations(page) == []


def test_the_palette_toggle_works_under_the_policy(open_page, base_url):
    page = _open(open_page, None)
    goto(page, base_url, GUIDE)
    settle(page)
    before = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    page.locator("form[data-md-component=palette] label:visible").first.click()
    expect(page.locator("body")).not_to_have_attribute("data-md-color-scheme", before)
    assert _violations(page) == []


def test_glossary_definitions_show_under_the_policy(open_page, base_url):
    page = _open(open_page, None)
    goto(page, base_url, GUIDE)
    settle(page)
    link = page.locator(".coprod-term__link").first
    link.focus()
    expect(page.locator(f"#{link.get_attribute('aria-describedby')}")).to_be_visible()
    assert _violations(page) == []


def test_read_aloud_works_under_the_policy(open_page, base_url):
    page = _open(open_page, None)
    page.add_init_script(FAKE_SPEECH)
    goto(page, base_url, EASY_GUIDE)
    settle(page)
    page.locator(".coprod-read-aloud__start").click()
    assert page.evaluate("window.__spoken.length") > 0
    assert _violations(page) == []


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """`mkdocs serve` with live reload on, as editors run it."""
    site = tmp_path_factory.mktemp("serve")
    (site / "docs").mkdir()
    (site / "docs" / "index.md").write_text("# Home\n\nWe will facilitate a meeting about the widget.\n")
    (site / "mkdocs.yml").write_text(SETTINGS, encoding="utf-8")
    (site / "glossary.yml").write_text(GLOSSARY, encoding="utf-8")
    with serving(site, livereload=True) as url:
        yield url


def test_the_editors_panel_and_live_reload_work_under_mkdocs_serve(chromium, served):
    context = chromium.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.add_init_script(RECORD_VIOLATIONS)
    page.goto(served, wait_until="load")
    html = page.content()
    assert 'http-equiv="Content-Security-Policy"' in html
    toggle = page.locator(".coprod-panel__toggle")
    expect(toggle).to_be_visible()
    toggle.click()
    expect(page.locator(".coprod-panel__body a", has_text="has a plainer alternative")).to_be_visible()
    assert page.evaluate("typeof window.livereload") == "function"  # MkDocs' own script ran
    assert _violations(page) == []
    context.close()
