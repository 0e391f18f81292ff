"""Easy read versions in a real build: addresses, links, hand-written pages, strictness."""

import sys

from conftest import mkdocs_build, run

GUIDE = ("# Guide\n\nWe meet every month. Read [the other guide](other.md) or see the [picture](img/p.png).\n\n"
         "![People at a meeting](img/p.png)\n")


def page(site, path):
    return (site / "site" / path).read_text(encoding="utf-8")


def test_every_page_gets_an_easy_read_version_at_a_predictable_address(make_site):
    site = make_site({"index.md": "# Home\n\nWelcome to the site.\n", "guides/guide.md": GUIDE,
                      "guides/other.md": "# Other\n\nAnother page.\n", "guides/img/p.png": b"\x89PNG"})
    result = mkdocs_build(site)
    assert result.returncode == 0, result.stderr
    easy_home = page(site, "easy-read/index.html")
    easy_guide = page(site, "easy-read/guides/guide/index.html")
    assert "coprod-easy-banner" in easy_guide and "A computer made this easy read page" in easy_guide
    # links go to the easy read version of the page; files go to where they are
    assert 'href="../other/"' in easy_guide
    assert 'href="../../../guides/img/p.png"' in easy_guide
    assert '<img alt="People at a meeting" src="../../../guides/img/p.png"' in easy_guide  # a picture that means something
    # the easy read home lists the easy read pages; each page links home
    assert 'href="guides/guide/"' in easy_home
    assert 'href="../../">Easy read home page</a>' in easy_guide
    # easy read pages are not in the site's menus (only the header's toggle links to one)
    other = page(site, "guides/other/index.html")
    menus = other.split('data-md-type="navigation"', 1)[1].split('class="md-content"', 1)[0]
    assert "easy-read/" not in menus


def test_hand_written_easy_read_wins_and_is_checked(make_site):
    hand = ("---\ntitle: Guide (easy read)\neasy_read_checked: 2026-10-01\n---\n# Guide\n\n"
            ":material-account-group:\nWe meet every month.\nEveryone can come.\n")
    site = make_site({"index.md": "# Home\n\nWelcome.\n", "guide.md": GUIDE.replace("other.md", "index.md"),
                      "guide.easy.md": hand, "img/p.png": b"\x89PNG"})
    result = mkdocs_build(site)
    assert result.returncode == 0, result.stderr
    easy = page(site, "easy-read/guide/index.html")
    assert "Everyone can come." in easy
    assert "People with a learning disability checked it on 1 October 2026." in easy
    assert '<div class="coprod-easy-idea"><div aria-hidden="true" class="coprod-easy-picture">' in easy
    assert not (site / "site" / "guide.easy").exists()
    # a hand-written easy read page with a long sentence fails the strict build, naming its file
    (site / "docs" / "guide.easy.md").write_text(hand + "We meet every month in the big hall on the high street "
                                                  "so that everyone who wants to can come along.\n")
    result = mkdocs_build(site)
    assert result.returncode == 1
    assert "docs/guide.easy.md:10:1 error easy-sentence-length" in result.stderr


def built_easy_home(make_site, home: str) -> str:
    """The computer-made easy read page of a site whose only page is `home`."""
    site = make_site({"index.md": home})
    result = mkdocs_build(site)
    assert result.returncode == 0, result.stderr
    return page(site, "easy-read/index.html")


def test_a_long_sentence_that_lists_things_is_laid_out_as_a_list_beside_its_picture(make_site):
    easy = built_easy_home(make_site, "# Home\n\nIt is for anyone who draws on care and support, cares for someone, "
                                      "or works in social care.\n")
    assert ('<p>It is for anyone who:</p><ul><li>draws on care and support</li><li>cares for someone</li>'
            '<li>works in social care</li></ul></div></div>') in easy


def test_the_pages_own_lists_keep_their_bullets_and_numbers(make_site):
    # From plainlanguage.gov's paraphrase testing page and our cake guide; the review found them as plain lines.
    easy = built_easy_home(make_site, "# Home\n\nTesting showed that readers used three definitions:\n\n"
                                      "* Any job\n* A job that keeps you above poverty level\n\nWe asked again.\n\n"
                                      "1. Resist the urge to sound formal.\n2. Omit unnecessary detail.\n"
                                      "3. Avoid legal jargon: stuffy old formalisms; unnecessary Latin; and all the rest.\n\n"
                                      "- **Ingredients:** Who is taking part? Who is missing?\n- **Result:** Is this it?\n")
    assert ('<p>Testing showed that readers used 3 definitions:</p><ul><li>Any job.</li>'
            '<li>A job that keeps you above poverty level.</li></ul>') in easy
    # One list is one block; a list the generator makes inside an item is nested in it.
    assert ('<ol><li value="1">Resist the urge to sound formal.</li><li value="2">Omit unnecessary detail.</li>'
            '<li value="3">Avoid legal jargon:<ul><li>stuffy old formalisms</li><li>unnecessary Latin</li>'
            '<li>all the rest</li></ul></li></ol>') in easy
    assert '<ul><li>Ingredients: Who is taking part?<br />Who is missing?</li><li>Result: Is this it?</li></ul>' in easy


def test_problems_on_generated_pages_do_not_fail_the_build_unless_asked(make_site):
    long = "People who draw on care and support plan the service with staff over many months in the town hall."
    site = make_site({"index.md": f"# Home\n\n{long}\n"})
    result = mkdocs_build(site)
    assert result.returncode == 0, result.stderr
    assert ("INFO    -  coprod: The computer's easy read version of 1 page has problems: 1 error, 0 warnings, "
            "1 note. They do not fail the build.") in result.stderr
    report = page(site, "coprod-report/index.html")
    assert "Needs a hand-written easy read" in report
    assert "easy-read-needs-editor" in report  # the sentence the computer could not cut, for an editor
    # The page says honestly that it is not easy read yet; the sentence is kept as written.
    easy = page(site, "easy-read/index.html")
    assert "This page is not easy read yet." in easy and "easy read page from the standard page" not in easy
    assert long in easy
    site = make_site({"index.md": f"# Home\n\n{long}\n"}, "      generated_easy_read_fails_build: true\n")
    assert mkdocs_build(site).returncode == 1


def test_draft_never_overwrites_an_editors_file(make_site):
    site = make_site({"guide.md": GUIDE, "guide.easy.md": "My own words.\n"})
    coprod = [sys.executable, "-m", "coprod.cli", "easy-read"]
    result = run(coprod + ["docs/guide.md", "--draft"], site)
    assert result.returncode == 2 and "already exists, so it was left as it is" in result.stderr
    assert (site / "docs" / "guide.easy.md").read_text() == "My own words.\n"
    (site / "docs" / "guide.easy.md").unlink()
    result = run(coprod + ["docs/guide.md", "--draft"], site)
    assert result.returncode == 0 and "easy_read_checked: false" in (site / "docs" / "guide.easy.md").read_text()
    result = run(coprod + ["docs/guide.md"], site)
    assert result.stdout.startswith("---\ntitle: Guide (easy read)")
    assert run(coprod + ["docs/guide.md", "-o", "docs/guide.md"], site).returncode == 2
