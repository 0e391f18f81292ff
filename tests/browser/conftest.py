"""Fixtures for the browser suite: the real site, built strictly, served on
127.0.0.1 and opened in Debian's Chromium through Playwright.

Needs `apt-get install -y --no-install-recommends chromium`.
Without Chromium the suite is skipped, unless COPROD_REQUIRE_BROWSER=1 (CI),
when it fails. COPROD_BROWSER_SITE=/path/to/built/site tests a site you have
already built instead of building one (quicker while working on the theme).
"""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from .helpers import CHROMIUM, CHROMIUM_ARGS, DESKTOP, INSTALL_HINT, ROOT, goto, is_local


def _no_browser(reason: str):
    message = f"{reason}. Install it with: {INSTALL_HINT}"
    if os.environ.get("COPROD_REQUIRE_BROWSER") == "1":
        pytest.fail(message + " (COPROD_REQUIRE_BROWSER=1, so this is a failure)", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    if not os.access(CHROMIUM, os.X_OK):
        _no_browser(f"Chromium is not installed at {CHROMIUM}")
    return CHROMIUM


@pytest.fixture(scope="session")
def site_dir(chromium_path, tmp_path_factory) -> Path:
    """The real site, built with `mkdocs build --strict`."""
    prebuilt = os.environ.get("COPROD_BROWSER_SITE")
    if prebuilt:
        return Path(prebuilt)
    out = tmp_path_factory.mktemp("browser") / "site"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )
    if result.returncode != 0:
        pytest.fail("`mkdocs build --strict` failed, so the browser tests cannot run:\n"
                    + result.stdout + result.stderr, pytrace=False)
    return out


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


@pytest.fixture(scope="session")
def base_url(site_dir):
    """http://127.0.0.1:<free port>/ serving the built site from a thread."""
    handler = functools.partial(_QuietHandler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def page_urls(site_dir) -> list[str]:
    """Every built HTML page, as a URL path relative to the site root."""
    urls = []
    for file in sorted(site_dir.rglob("*.html")):
        rel = file.relative_to(site_dir).as_posix()
        if rel.startswith("assets/"):
            continue
        urls.append(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
    return urls


@pytest.fixture(scope="session")
def chromium(chromium_path):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - playwright is a test dependency
        _no_browser("The playwright Python package is missing (pip install -e '.[test]')")
    manager = sync_playwright()
    playwright = manager.start()
    try:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
    except Exception as error:  # noqa: BLE001 - any launch problem means "no browser"
        playwright.stop()
        _no_browser(f"Chromium at {chromium_path} did not start ({str(error).splitlines()[0]})")
    yield browser
    browser.close()
    playwright.stop()


class Requests:
    """Every request made by the pages of the contexts it is attached to."""

    def __init__(self):
        self.urls: list[tuple[str, str]] = []  # (page URL, request URL)

    def attach(self, context):
        context.on("request", self._record)

    def _record(self, request):
        try:
            page = request.frame.url
        except Exception:  # noqa: BLE001 - worker requests have no frame
            page = "(worker)"
        self.urls.append((page, request.url))

    def off_site(self) -> list[tuple[str, str]]:
        return [(page, url) for page, url in self.urls if not is_local(url)]


@pytest.fixture(scope="session")
def requests_seen() -> Requests:
    return Requests()


@pytest.fixture
def open_page(chromium, base_url, requests_seen):
    """open_page(path, scheme="light", viewport=DESKTOP, **context options) -> Page.

    Every context records its requests in `requests_seen`, and every test
    fails if its pages asked another host for anything.
    """
    contexts = []
    local = Requests()

    def open_(path: str = "", scheme: str = "light", viewport: dict | None = None, **options):
        context = chromium.new_context(color_scheme=scheme, viewport=viewport or DESKTOP, **options)
        requests_seen.attach(context)
        local.attach(context)
        contexts.append(context)
        page = context.new_page()
        if path is not None:
            goto(page, base_url, path)
        return page

    yield open_
    for context in contexts:
        context.close()
    assert not local.off_site(), f"Requests to other hosts: {local.off_site()}"
