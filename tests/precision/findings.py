"""The findings the precision set is about: our checks on the corpus and on our own pages."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "plugins"))

from coprod.checker import check_file  # noqa: E402 (after the path is set)
from coprod.cli import display_path  # noqa: E402
from coprod.glossary import load_glossary  # noqa: E402
from coprod.rules import FILE_RULES  # noqa: E402
from coprod.siteconfig import glossary_file, load_site_config  # noqa: E402

CORPUS = ROOT / "tests" / "precision" / "corpus" / "plainlanguage-gov"
GUIDELINES = CORPUS / "guidelines"


def site_settings():
    """The settings and glossary of our own mkdocs.yml: what a new user of this site gets."""
    site = load_site_config(ROOT / "mkdocs.yml")
    path = glossary_file(site.root, site.options)
    return site.options.settings, load_glossary(path, "glossary.yml")


def label_path(file: Path) -> str:
    return file.resolve().relative_to(ROOT).as_posix()


def all_pages() -> list[Path]:
    pages = sorted(CORPUS.rglob("*.md")) + sorted((ROOT / "content").rglob("*.md"))
    return [p for p in pages if p.is_file()]


def check(files: list[Path]):
    """PageResults for the files, with paths written from the project folder."""
    settings, glossary = site_settings()
    return [check_file(f, label_path(f), settings, glossary) for f in files]


def key(finding) -> tuple:
    """What makes a finding the same finding after the code changes: file, rule, line and words."""
    return (finding["path"], finding["rule"], finding["line"], finding.get("excerpt") or "")


def language_findings(results) -> list[dict]:
    found = []
    for result in results:
        for f in result.findings:
            if f.rule not in FILE_RULES:
                found.append(f.as_dict())
    return found


def source_line(path: str, line: int) -> str:
    lines = (ROOT / path).read_text(encoding="utf-8").splitlines()
    text = lines[line - 1].strip() if 0 < line <= len(lines) else ""
    return text[:400]
