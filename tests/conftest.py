"""Shared helpers for the tests: check Markdown text with real settings."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Test this checkout's code, whatever copy of coprod pip last installed (a clone
# elsewhere may have installed its own): here and in every subprocess.
sys.path.insert(0, str(ROOT / "plugins"))
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "plugins"), os.environ.get("PYTHONPATH")]))
# Hide the MkDocs 2.0 notices (Material's, and ProperDocs' where it is installed) in every build the tests run.
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
os.environ.setdefault("DISABLE_MKDOCS_2_WARNING", "true")

from coprod.checker import check_text  # noqa: E402 (after the path is set)
from coprod.settings import parse_rule_settings  # noqa: E402


def check(markdown: str, rules: dict | None = None, path: str = "page.md", glossary=None):
    """Findings for a page, with the default settings changed by `rules`."""
    return check_text(path, markdown, parse_rule_settings(rules or {}), glossary)


def rule_ids(result) -> list[str]:
    return [f.rule for f in result.findings]


def run(args: list[str], cwd: Path, **kwargs) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, **kwargs)


def mkdocs_build(site: Path, strict: bool = True) -> subprocess.CompletedProcess:
    args = [sys.executable, "-m", "mkdocs", "build", "--clean"] + (["--strict"] if strict else [])
    return run(args, site)


@pytest.fixture
def make_site(tmp_path):
    """A small MkDocs site in a temporary folder: pages, plugin options, glossary."""

    def make(pages: dict[str, str | bytes], plugin_options: str = "", glossary: str | None = None,
             extra: str = "") -> Path:
        docs = tmp_path / "docs"
        for name, text in pages.items():
            file = docs / name
            file.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(text, bytes):
                file.write_bytes(text)
            else:
                file.write_text(text, encoding="utf-8")
        options = plugin_options or ""
        (tmp_path / "mkdocs.yml").write_text(
            "site_name: Test site\n"
            "theme:\n  name: material\n  font: false\n"
            "plugins:\n  - coprod:" + ("\n" + options if options else " {}") + "\n" + extra,
            encoding="utf-8",
        )
        if glossary is not None:
            (tmp_path / "glossary.yml").write_text(glossary, encoding="utf-8")
        return tmp_path

    return make


@contextmanager
def serving(site: Path, livereload: bool = False, ready: str = ""):
    """`mkdocs serve` on a free port of this machine; yields its address once `ready` (a path) answers."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    args = [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"] + ([] if livereload else ["--no-livereload"])
    process = subprocess.Popen(args, cwd=site, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(url + ready, timeout=2)
                break
            except OSError:
                time.sleep(0.25)
        else:
            raise AssertionError("mkdocs serve did not start")
        yield url
    finally:
        process.terminate()
        process.wait(10)
