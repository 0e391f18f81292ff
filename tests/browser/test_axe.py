"""axe-core on every built page, in the light and the dark palette, and no
request to any host but the test server."""

from __future__ import annotations

import threading

import pytest

from .helpers import (AXE_TAGS, CHROMIUM, CHROMIUM_ARGS, DESKTOP, EASY_GUIDE, GLOSSARY, REPORT, axe_script, describe,
                      goto, run_axe, settle)

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def axe_walk(chromium, base_url, page_urls, requests_seen):
    """Open every page in both palettes and run axe on each: done once, read by
    the tests below. The two palettes run side by side, each in its own thread
    with its own Playwright and Chromium (Playwright's sync API is per thread)."""
    script = axe_script()
    results: dict[str, list] = {}
    errors: dict[str, BaseException] = {}

    def walk(scheme: str):
        from playwright.sync_api import sync_playwright

        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                context = browser.new_context(color_scheme=scheme, viewport=DESKTOP)
                context.add_init_script(script=script)
                requests_seen.attach(context)
                page = context.new_page()
                violations = []
                for path in page_urls:
                    goto(page, base_url, path)
                    settle(page)
                    palette = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
                    assert palette == {"light": "default", "dark": "slate"}[scheme], \
                        f"/{path}: the {scheme} system setting gave the '{palette}' palette"
                    violations += [(path, scheme, v) for v in run_axe(page, script)]
                results[scheme] = violations
                browser.close()
        except BaseException as error:  # noqa: BLE001 - handed to the main thread
            errors[scheme] = error

    threads = [threading.Thread(target=walk, args=(scheme,)) for scheme in ("light", "dark")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise next(iter(errors.values()))
    return results


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations_on_any_page(axe_walk, page_urls, scheme):
    violations = axe_walk[scheme]
    assert not violations, (
        f"axe ({', '.join(AXE_TAGS)}) found problems on {len({v[0] for v in violations})} of "
        f"{len(page_urls)} pages in the {scheme} palette:\n" + describe(violations)
    )


def test_no_page_asks_another_host_for_anything(axe_walk, requests_seen, page_urls):
    assert len(requests_seen.urls) >= len(page_urls)
    off_site = requests_seen.off_site()
    assert not off_site, "Requests to other hosts:\n" + "\n".join(f"{page} -> {url}" for page, url in off_site)


def test_the_walk_covers_every_kind_of_page(page_urls):
    """The pages above must include the glossary, the editors' report, the
    404 page and the easy read versions, glossary and 404 page (made by the coprod plugin)."""
    for needed in ("", "404.html", GLOSSARY, REPORT, EASY_GUIDE, "easy-read/", "easy-read/glossary/",
                   "easy-read/404.html"):
        assert needed in page_urls, f"/{needed} was not built; pages: {page_urls}"
    standard = [p for p in page_urls if p.startswith("guides/")]
    easy = [p for p in page_urls if p.startswith("easy-read/guides/")]
    assert len(easy) == len(standard), f"every guide needs an easy read version: {standard} vs {easy}"
