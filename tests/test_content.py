"""Our own content: written in our own words, with the front matter every guide needs."""

import hashlib
import re
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

SEEDS = ROOT.parent / "shared" / "seeds"
# The source articles are not ours to publish, so the repository keeps only a
# hash of each run of 8 words in them: the check then runs in every clone.
SEED_RUNS = ROOT / "tests" / "seed_runs.txt"
RUN = 8  # words in a row that may not be copied from a source


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'").replace("'", ""))


def runs(text: str) -> set[tuple[str, ...]]:
    found = words(text)
    return {tuple(found[i:i + RUN]) for i in range(len(found) - RUN + 1)}


def run_hash(run: tuple[str, ...]) -> str:
    return hashlib.sha256(" ".join(run).encode()).hexdigest()[:16]


def hashed_runs(text: str) -> dict[str, str]:
    return {run_hash(r): " ".join(r) for r in runs(text)}


def stored_seed_runs() -> set[str]:
    return set(SEED_RUNS.read_text(encoding="utf-8").split())


def pages() -> list[Path]:
    return sorted((ROOT / "content").rglob("*.md"))


def test_no_run_of_eight_words_is_copied_from_the_seeds():
    seed_runs = stored_seed_runs()
    assert len(seed_runs) > 1000
    copied = {}
    for page in pages():
        found = hashed_runs(page.read_text(encoding="utf-8"))
        copied[page.relative_to(ROOT).as_posix()] = sorted(found[h] for h in found.keys() & seed_runs)
    assert {page: found for page, found in copied.items() if found} == {}


def test_the_check_finds_a_copied_run(tmp_path):
    # The seed text is not in the repository, so use a run of our own: the hashing
    # must find it through punctuation and capitals, and not find a changed run.
    run = ("people", "who", "draw", "on", "care", "and", "support", "together")
    assert run_hash(run) in hashed_runs("Some words. People who draw on care and support, together. More.")
    assert run_hash(run) not in hashed_runs("People who draw on care and support work together.")


def test_the_stored_seed_runs_match_the_source_articles():
    """Where the source articles are beside the repository, the stored hashes are theirs, all of them."""
    if not SEEDS.is_dir():
        pytest.skip(f"The source articles are not here ({SEEDS}); the check above uses their stored hashes.")
    from_seeds = set()
    for seed in sorted(SEEDS.glob("*.txt")):
        from_seeds |= set(hashed_runs(seed.read_text(encoding="utf-8")))
    assert from_seeds == stored_seed_runs(), "Run: python3 tests/test_content.py --store-seed-runs"


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


if __name__ == "__main__" and sys.argv[1:] == ["--store-seed-runs"]:
    hashes = set()
    for seed in sorted(SEEDS.glob("*.txt")):
        hashes |= set(hashed_runs(seed.read_text(encoding="utf-8")))
    SEED_RUNS.write_text("\n".join(sorted(hashes)) + "\n", encoding="utf-8")
    print(f"Stored {len(hashes)} runs of {RUN} words in {SEED_RUNS}")
