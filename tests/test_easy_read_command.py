"""`coprod easy-read PAGE`: the version the site publishes, who wrote it, and what to do after --draft."""

import json
import sys

from conftest import run

GUIDE = """# Meetings

People who draw on care and support told us that the meetings were held at times and in places
that made it very hard for them to take part, because the buses did not run in the evening at all.
"""
HAND = "# Meetings\n\n:material-bus:\nThe buses stop early.\nSo we meet in the day.\n"


def easy_read(site, *args):
    return run([sys.executable, "-m", "coprod.cli", "easy-read", "docs/guide.md", *args], site)


def test_it_prints_the_editors_page_when_there_is_one_and_says_so(make_site):
    site = make_site({"guide.md": GUIDE, "guide.easy.md": HAND})
    result = easy_read(site)
    assert result.returncode == 0
    assert result.stdout == HAND
    assert result.stderr == ("coprod: This is docs/guide.easy.md, the easy read page an editor wrote, which the "
                             "site publishes. Add --generated to see what the computer would make.\n")
    made = easy_read(site, "--generated")
    assert made.returncode == 0 and made.stdout != HAND and "The buses" not in made.stdout
    assert made.stderr == ("coprod: The computer made this easy read version (the site publishes the editor's "
                           "page, docs/guide.easy.md).\n")


def test_without_an_editors_page_it_prints_the_computers_and_says_so(make_site):
    site = make_site({"guide.md": GUIDE})
    result = easy_read(site)
    assert result.returncode == 0 and result.stdout == easy_read(site, "--generated").stdout
    assert result.stderr == ("coprod: The computer made this easy read version: no editor has written "
                             "docs/guide.easy.md yet, so the site publishes this. Add --draft to start a "
                             "hand-written one.\n")


def test_after_a_draft_it_says_how_many_problems_are_left_and_what_to_do_next(make_site):
    site = make_site({"guide.md": GUIDE})
    result = easy_read(site, "--draft")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == ("Wrote docs/guide.easy.md. It is a starting point, and the site now publishes it "
                        "instead of the computer's version.")
    check = run([sys.executable, "-m", "coprod.cli", "check", "docs/guide.easy.md", "--format", "json"], site)
    counts = json.loads(check.stdout)["summary"]
    assert (counts["errors"], counts["warnings"], counts["notes"]) == (1, 2, 1)  # what `coprod check` finds
    assert lines[1] == "It still has 1 error, 2 warnings, 1 note: until they are fixed, mkdocs build --strict fails."
    assert lines[2].startswith("Next: 1. Run coprod check docs/guide.easy.md to see each problem and fix it.")
