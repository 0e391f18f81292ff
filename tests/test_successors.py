"""The site builds with what comes after MkDocs 1.x: ProperDocs (plugin and all) and Zensical (extension only).

ProperDocs and Zensical are in the `test` extras, so CI runs these. Zensical
must not reach the network: it builds behind a proxy that is not there and,
where this machine lets us, in a network namespace with no network at all
(`unshare -n`).
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from coprod.glossary import load_glossary
from coprod.markdown_ext import GlossaryExtension
from coprod.zensical_support import drop_glossary_extension_entry

from conftest import ROOT, run

GLOSSARY = load_glossary(ROOT / "glossary.yml")
IN_CI = bool(os.environ.get("CI") or os.environ.get("COPROD_REQUIRE_BROWSER"))  # .ci/run sets the second
TIP = re.compile(r'<span [^>]*class="coprod-term__tip"[^>]*>([^<]*)</span>')
TERM_LINK = re.compile(r'<a [^>]*class="coprod-term__link"[^>]*>')


def tips(page: Path) -> list[str]:
    return [html.unescape(text) for text in TIP.findall(page.read_text(encoding="utf-8"))]


def hrefs(page: Path) -> list[str]:
    return [re.search(r'href="([^"]*)"', link).group(1) for link in TERM_LINK.findall(page.read_text(encoding="utf-8"))]


def copy_site(target: Path) -> Path:
    """The parts of this site a build reads, in a folder of their own (Zensical writes site/ and .cache/ beside them)."""
    for name in ("content", "theme_overrides"):
        shutil.copytree(ROOT / name, target / name)
    for name in ("mkdocs.yml", "glossary.yml"):
        shutil.copy(ROOT / name, target / name)
    return target


# --- ProperDocs ---------------------------------------------------------------------


def properdocs(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, DISABLE_MKDOCS_2_WARNING="true", NO_MKDOCS_2_WARNING="1")
    return subprocess.run([sys.executable, "-m", "properdocs", *args], cwd=cwd, env=env, capture_output=True, text=True)


@pytest.fixture(scope="module")
def mkdocs_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("mkdocs") / "site"
    result = run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)], ROOT)
    assert result.returncode == 0, result.stderr
    return site


def test_properdocs_builds_the_site_strictly_with_the_plugin_and_the_same_pages_as_mkdocs(tmp_path, mkdocs_site):
    built = properdocs(["build", "--strict", "-f", "mkdocs.yml", "--site-dir", str(tmp_path / "properdocs")], ROOT)
    assert built.returncode == 0, built.stderr

    pages = sorted(p.relative_to(mkdocs_site) for p in mkdocs_site.rglob("*.html"))
    assert pages == sorted(p.relative_to(tmp_path / "properdocs") for p in (tmp_path / "properdocs").rglob("*.html"))
    # The plugin's pages are there: easy read, glossary, report.
    assert {Path("easy-read/index.html"), Path("glossary/index.html"), Path("coprod-report/index.html")} <= set(pages)
    # Page for page, only the generator tag differs.
    generator = re.compile(r'<meta name="generator" content="[^"]*">')
    for page in pages:
        ours = generator.sub("", (tmp_path / "properdocs" / page).read_text(encoding="utf-8"))
        theirs = generator.sub("", (mkdocs_site / page).read_text(encoding="utf-8"))
        assert ours == theirs, page
    assert 'content="mkdocs-ProperDocs 1.6.7' in (tmp_path / "properdocs" / "index.html").read_text(encoding="utf-8")


def test_under_mkdocs_each_term_is_linked_once_a_page_though_mkdocs_yml_also_lists_the_extension(mkdocs_site):
    links = hrefs(mkdocs_site / "guides" / "what-is-co-production" / "index.html")
    assert len(links) == 16
    assert len(set(links)) == len(links)
    assert links[0] == "../../glossary/#co-production"


def test_the_plugin_takes_the_listed_glossary_extension_out_of_a_mkdocs_config():
    class Config:
        markdown_extensions = ["toc", "coprod_glossary", "coprod.markdown_ext", "tables"]
        mdx_configs = {"coprod_glossary": {"glossary_file": "glossary.yml"}, "toc": {"permalink": False}}

    config = Config()
    drop_glossary_extension_entry(config)
    assert config.markdown_extensions == ["toc", "tables"]
    assert config.mdx_configs == {"toc": {"permalink": False}}


# --- Zensical -------------------------------------------------------------------------


def zensical_command() -> list[str]:
    if shutil.which("zensical") is None:
        if IN_CI:
            pytest.fail("Zensical is not installed: `pip install -e '.[test]'` installs it.")
        pytest.skip("Zensical is not installed (pip install zensical)")
    # Any web request through a proxy that is not there fails, and so fails the build or shows as an issue.
    command = ["env", *(f"{name}=http://127.0.0.1:9" for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY")),
               "NO_PROXY=", "zensical", "build", "--strict"]
    # Better: no network at all, where we may make a namespace without one (as root, or with user namespaces).
    if shutil.which("unshare") and subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0:
        command = ["unshare", "-n", *command]
    return command


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory) -> Path:
    site = copy_site(tmp_path_factory.mktemp("zensical"))
    result = run(zensical_command(), site)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No issues found" in result.stdout + result.stderr
    return site / "site"


def test_zensical_builds_the_site_without_the_network(zensical_site):
    for page in ("index.html", "guides/what-is-co-production/index.html", "about/accessibility/index.html"):
        text = (zensical_site / page).read_text(encoding="utf-8")
        assert 'href="../../assets/coprod.css"' in text or 'href="./assets/coprod.css"' in text
        # Nothing is fetched from another host when the page is viewed (system fonts, no CDN).
        assert not re.findall(r'<(?:link|script|img)[^>]+(?:href|src)="(?:https?:)?//', text), page


def test_zensical_renders_the_review_dates_straight_under_the_title(zensical_site):
    text = (zensical_site / "guides" / "whats-missing" / "index.html").read_text(encoding="utf-8")
    title_end = text.index("</h1>")
    # The same words as under MkDocs, though Zensical hands the template dates as text.
    assert re.match(r'</h1>\s*<p class="coprod-review"><span class="coprod-review__item">Last reviewed: '
                    r'<time datetime="2026-11-23">23 November 2026</time></span> '
                    r'<span class="coprod-review__item">Review due: <time datetime="2027-11-23">23 November 2027</time>',
                    text[title_end:])


def test_zensical_links_glossary_terms_with_their_definitions(zensical_site):
    page = zensical_site / "guides" / "what-is-co-production" / "index.html"
    links = hrefs(page)
    assert len(links) == 16 and len(set(links)) == 16  # as under MkDocs: each term once
    assert links[0] == "../../glossary/#co-production"
    assert tips(page)[0] == GLOSSARY.lookup("co-production").definition


def output_page(site: Path, source: str, easy_folder: str | None) -> Path:
    """Where a page of content/ is built: hand-written easy read pages go under easy_folder (MkDocs) or beside (Zensical)."""
    stem = source.removesuffix(".md")
    if stem.endswith(".easy"):
        stem = stem.removesuffix(".easy")
        folder = (Path(easy_folder) / stem.removesuffix("index")) if easy_folder else Path(stem + ".easy")
    else:
        folder = Path(stem.removesuffix("index"))
    return site / folder / "index.html"


def test_zensical_links_the_same_terms_with_the_same_definitions_as_mkdocs_on_every_page(mkdocs_site, zensical_site):
    sources = sorted(p.relative_to(ROOT / "content").as_posix() for p in (ROOT / "content").rglob("*.md"))
    assert len(sources) == 25
    for source in sources:
        ours, theirs = output_page(zensical_site, source, None), output_page(mkdocs_site, source, "easy-read")
        assert tips(theirs), source  # every page of ours uses some glossary terms
        assert tips(ours) == tips(theirs), source
        if not source.endswith(".easy.md"):  # easy read pages sit in another folder, so their links differ
            assert hrefs(ours) == hrefs(theirs), source


def test_zensical_turns_define_lines_into_definition_boxes(zensical_site):
    text = (zensical_site / "guides" / "four-principles" / "index.html").read_text(encoding="utf-8")
    assert "[define:" not in text
    boxes = re.findall(r'<div class="admonition abstract coprod-definition">\s*<p class="admonition-title">([^<]*)</p>'
                       r'\s*<p>([^<]*)<a href="([^"]*)">See the glossary</a>', text)
    assert [(html.unescape(title), html.unescape(body).strip(), href) for title, body, href in boxes][0] == \
        ("What “access” means", GLOSSARY.lookup("access").definition, "../../glossary/#access")
    assert len(boxes) == 4


def test_zensical_shows_easy_read_definitions_on_hand_written_easy_read_pages(zensical_site):
    page = zensical_site / "guides" / "what-is-co-production.easy" / "index.html"
    assert tips(page)[0] == GLOSSARY.lookup("co-production").easy_read
    assert "[define:" not in page.read_text(encoding="utf-8")


def test_zensical_rebuilds_the_pages_when_the_glossary_changes(tmp_path):
    # Zensical keeps rendered pages in .cache/; `watch: [glossary.yml]` in mkdocs.yml is what makes it notice.
    site = copy_site(tmp_path)
    assert run(zensical_command(), site).returncode == 0
    glossary = site / "glossary.yml"
    old = GLOSSARY.lookup("co-production").definition
    glossary.write_text(glossary.read_text(encoding="utf-8").replace(old, "Working together as equals.", 1),
                        encoding="utf-8")
    later = glossary.stat().st_mtime + 10  # Zensical compares whole seconds
    os.utime(glossary, (later, later))
    result = run(zensical_command(), site)
    assert result.returncode == 0, result.stdout + result.stderr
    assert tips(site / "site" / "guides" / "what-is-co-production" / "index.html")[0] == "Working together as equals."


def test_a_missing_glossary_file_stops_a_zensical_build_naming_the_file(tmp_path):
    site = copy_site(tmp_path)
    (site / "glossary.yml").unlink()
    result = run(zensical_command(), site)
    assert result.returncode != 0
    assert "glossary.yml: there is no glossary file here" in result.stdout + result.stderr


def test_the_extension_reads_a_glossary_file_once_until_it_changes(tmp_path):
    file = tmp_path / "glossary.yml"
    file.write_text("terms:\n  - term: co-production\n    definition: Working together.\n"
                    "    easy_read: Working together.\n", encoding="utf-8")
    first, second = GlossaryExtension(glossary_file=str(file)), GlossaryExtension(glossary_file=str(file))
    assert first.glossary is second.glossary
    file.write_text(file.read_text(encoding="utf-8").replace("Working together.", "Working as equals.", 1),
                    encoding="utf-8")
    third = GlossaryExtension(glossary_file=str(file))
    assert third.glossary.lookup("co-production").definition == "Working as equals."
