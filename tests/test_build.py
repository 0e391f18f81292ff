"""`mkdocs build --strict` with the plugin: the gate CI relies on."""

from pathlib import Path

from conftest import ROOT, mkdocs_build, run

LONG = "People who draw on care and support told us that the meetings were held at times and in places " \
       "that made it very hard for them to take part, because the buses did not run in the evening at all."


def test_a_40_word_sentence_fails_the_strict_build_and_names_file_and_line(make_site):
    site = make_site({"index.md": "# Home\n\nA short page.\n", "guides/meetings.md": f"# Meetings\n\n{LONG}\n"})
    result = mkdocs_build(site)
    assert result.returncode == 1
    assert "ERROR   -  coprod: docs/guides/meetings.md:3:1 error sentence-length This sentence has 40 words." \
        in result.stderr
    assert "Aborted with 1 errors in strict mode!" in result.stdout + result.stderr


def test_a_clean_site_builds_and_has_the_report_page_out_of_the_nav(make_site):
    site = make_site({"index.md": "# Home\n\nA short page.\n\nAbout 90% said yes.\n"})
    result = mkdocs_build(site)
    assert result.returncode == 0, result.stderr
    report = (site / "site" / "coprod-report" / "index.html").read_text().replace("<wbr>", "")
    assert "docs/index.md" in report and "Readability report" in report
    home = (site / "site" / "index.html").read_text()
    assert "coprod-report" not in home  # not in the public navigation
    # notes are logged as notes, not failures, and counted
    assert "INFO    -  coprod: docs/index.md:5:7 note numbers " in result.stderr
    assert "INFO    -  coprod: Checked 1 page: 0 errors, 0 warnings, 1 note." in result.stderr


def test_unknown_option_and_wrong_type_stop_the_build_with_one_clear_line(make_site):
    site = make_site({"index.md": "# Home\n"}, "      glosary: words.yml\n")
    result = mkdocs_build(site, strict=False)
    assert result.returncode == 1
    assert 'no option "glosary". Did you mean "glossary"?' in result.stderr
    assert "Traceback" not in result.stderr
    site = make_site({"index.md": "# Home\n"}, "      rules:\n        reading-ease:\n          error_below: low\n")
    result = mkdocs_build(site, strict=False)
    assert result.returncode == 1 and "must be a number, not 'low'" in result.stderr


def test_a_page_that_is_not_utf8_stops_the_build_with_file_and_line(make_site):
    site = make_site({"index.md": "# Home\n", "latin.md": "# Hello\n\nCaf\xe9 time.\n".encode("latin-1")})
    result = mkdocs_build(site, strict=False)
    assert result.returncode == 1
    assert "docs/latin.md:3:4 This file is not saved as UTF-8 text" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_real_site_builds_strictly(tmp_path):
    result = run(["mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")], ROOT)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site" / "index.html").is_file()


GLOSSARY = """\
terms:
  - term: co-production
    definition: Working together as equal partners.
    easy_read: Working together as equals.
discouraged:
  - phrase: service user
    instead: people who draw on care and support
    reason: People are more than the services they use.
"""


def test_glossary_terms_link_to_a_generated_glossary_page(make_site):
    site = make_site({"index.md": "# Home\n\nWe use co-production here.\n",
                      "guides/deep.md": "# Deep\n\nCo-production again.\n"},
                     glossary=GLOSSARY)
    result = mkdocs_build(site)
    assert result.returncode == 0, result.stderr
    glossary = (site / "site" / "glossary" / "index.html").read_text()
    assert 'id="co-production"' in glossary and "Say this, not that" in glossary
    deep = (site / "site" / "guides" / "deep" / "index.html").read_text()
    assert 'href="../../glossary/#co-production"' in deep


def test_a_discouraged_term_fails_the_strict_build(make_site):
    site = make_site({"index.md": "# Home\n\nAsk every service user.\n"}, glossary=GLOSSARY)
    result = mkdocs_build(site)
    assert result.returncode == 1
    assert ('ERROR   -  coprod: docs/index.md:3:11 error discouraged-term Avoid "service user". Say "people who draw on care and '
            'support" instead.') in result.stderr


def test_a_broken_glossary_stops_the_build_with_its_line(make_site):
    site = make_site({"index.md": "# Home\n"}, glossary=GLOSSARY.replace("definition:", "definiton:"))
    result = mkdocs_build(site, strict=False)
    assert result.returncode == 1
    assert 'glossary.yml:3: "definiton" is not a key a term can have. Did you mean "definition"?' in result.stderr
    assert "Traceback" not in result.stderr


def test_large_sites_share_the_work_with_a_worker_and_give_the_same_results(make_site):
    """From 60 pages the easy read pages and checks are shared with worker processes; findings still fail --strict."""
    pages = {f"page-{n}.md": f"# Page {n}\n\nWe meet every month to plan the service together.\n" for n in range(70)}
    pages["index.md"] = "# Home\n\nWelcome.\n"
    pages["page-33.md"] = f"# Page 33\n\n{LONG}\n"
    site = make_site(pages)
    result = mkdocs_build(site)
    assert result.returncode == 1
    assert "docs/page-33.md:3:1 error sentence-length This sentence has 40 words." in result.stderr
    easy = (site / "site" / "easy-read" / "page-5" / "index.html").read_text()
    assert "We meet every month to plan the service together." in easy
    report = (site / "site" / "coprod-report" / "index.html").read_text().replace("<wbr>", "")
    assert "docs/page-69.md" in report


def test_our_own_readme_passes_our_checks():
    result = run(["coprod", "check", "README.md"], ROOT)
    assert result.returncode == 0, result.stdout


def test_the_tests_run_this_checkouts_code():
    import coprod

    assert Path(coprod.__file__).resolve().is_relative_to(ROOT)
    result = run(["python3", "-c", "import coprod; print(coprod.__file__)"], ROOT)
    assert Path(result.stdout.strip()).resolve().is_relative_to(ROOT)
