"""Our own content: written in our own words, with the front matter every guide needs."""

import os
import re
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

SEEDS = ROOT.parent / "shared" / "seeds"
RUN = 8  # words in a row that may not be copied from a source


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'").replace("'", ""))


def runs(text: str) -> set[tuple[str, ...]]:
    found = words(text)
    return {tuple(found[i:i + RUN]) for i in range(len(found) - RUN + 1)}


def pages() -> list[Path]:
    return sorted((ROOT / "content").rglob("*.md"))


def test_no_run_of_eight_words_is_copied_from_the_seeds():
    if not SEEDS.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"The source articles are missing: {SEEDS}")
        pytest.skip(f"The source articles are not here ({SEEDS}); CI always has them.")
    seed_runs = set()
    for seed in sorted(SEEDS.glob("*.txt")):
        seed_runs |= runs(seed.read_text(encoding="utf-8"))
    assert len(seed_runs) > 1000
    copied = {page.relative_to(ROOT).as_posix(): sorted(" ".join(r) for r in runs(page.read_text()) & seed_runs)
              for page in pages()}
    assert {page: found for page, found in copied.items() if found} == {}
    # the check itself finds a copied run
    sample = " ".join(next(iter(seed_runs)))
    assert runs(f"Some words. {sample} More words.") & seed_runs


def test_every_guide_has_its_front_matter():
    for page in pages():
        text = page.read_text(encoding="utf-8")
        meta = yaml.safe_load(text.split("---", 2)[1])
        for key in ("title", "description", "last_reviewed", "review_due"):
            assert meta.get(key), f"{page.relative_to(ROOT)} has no {key}"
        if page.name.endswith(".easy.md"):
            assert meta.get("easy_read_checked") is False, page  # only real people can say it was checked


def test_at_least_ten_guides_of_300_words():
    from coprod.checker import check_text
    from coprod.settings import parse_rule_settings

    long_enough = [p for p in pages() if not p.name.endswith(".easy.md")
                   and check_text(str(p), p.read_text(), parse_rule_settings({})).words >= 300]
    assert len(long_enough) >= 10
