"""The build, `coprod check` and the report page count the same pages and findings, in the same words."""

import re
import sys

from conftest import mkdocs_build, run

GLOSSARY = """\
terms:
  - term: co-production
    definition: Working together as equal partners.
    easy_read: Working together as equals.
"""
LONG = "People who draw on care and support plan the service with staff over many months in the town hall."
PAGES = {
    "index.md": "# Home\n\nWe plan together.\n\nAbout 90% said yes.\n",
    "guides/long.md": "# Long\n\n" + " ".join(["word"] * 30) + ".\n",  # a warning
    "guides/plain.md": f"# Plain\n\n{LONG}\n",  # fine, but the computer's easy read is not
    "guides/hand.md": "# Hand\n\nWe meet every month.\n",
    "guides/hand.easy.md": "# Hand\n\n:material-account-group:\nWe meet every month in the big hall on the high "
                           "street so that everyone can come.\n",  # an error in the editor's page
}


def coprod_lines(lines: list[str]) -> list[str]:
    return [re.sub(r"^(ERROR|WARNING|INFO) +-  coprod: ", "", line) for line in lines if "-  coprod: " in line]


def test_build_check_and_report_agree(make_site):
    site = make_site(PAGES, glossary=GLOSSARY)
    build = mkdocs_build(site, strict=False)
    assert build.returncode == 0, build.stderr
    check = run([sys.executable, "-m", "coprod.cli", "check"], site)
    assert check.returncode == 1

    summary = "Checked 5 pages and glossary.yml: 1 error, 1 warning, 1 note."
    generated = ("The computer's easy read versions of 2 pages have problems: 2 errors, 0 warnings, 2 notes. "
                 "They do not fail the build.")
    # the same finding lines, in the same order, and the same counts
    logged = coprod_lines(build.stderr.splitlines())
    printed = [line for line in check.stdout.splitlines() if line]
    assert [line.split(" The readability report page")[0] for line in logged] == printed
    assert summary in printed and any(line.startswith(generated) for line in printed)
    assert "docs/guides/hand.easy.md:4:1 error easy-sentence-length This easy read sentence has 17 words." \
        in check.stdout
    assert "docs/guides/plain.md (easy read made by computer):" in check.stdout
    # each build line says what it is, at the matching level
    assert re.search(r"^ERROR +-  coprod: docs/guides/hand\.easy\.md:4:1 error ", build.stderr, re.M)
    assert re.search(r"^WARNING +-  coprod: docs/guides/long\.md:3:1 warning ", build.stderr, re.M)
    assert re.search(r"^INFO +-  coprod: docs/index\.md:5:7 note numbers ", build.stderr, re.M)

    report = (site / "site" / "coprod-report" / "index.html").read_text(encoding="utf-8").replace("<wbr>", "")
    assert f"<p><strong>{summary}</strong></p>" in report
    assert generated.replace("'", "&#39;") in report
    assert "Made from docs/guides/plain.md" in report
    assert "glossary.yml" not in re.findall(r"<tbody>.*?</tbody>", report, re.S)[0]  # a file, not a page

    strict = mkdocs_build(site)
    assert "Aborted with 1 errors, 1 warnings in strict mode!" in strict.stdout + strict.stderr


def test_json_counts_what_the_text_counts(make_site):
    import json

    site = make_site(PAGES, glossary=GLOSSARY)
    data = json.loads(run([sys.executable, "-m", "coprod.cli", "check", "--format", "json"], site).stdout)
    assert data["summary"] == {"pages": 5, "files": ["glossary.yml"], "errors": 1, "warnings": 1, "notes": 1,
                               "generated_easy_read": {"pages": 3, "errors": 2, "warnings": 0, "notes": 2,
                                                       "fail_the_build": False}}
    made = [page["made_from"] for page in data["generated_easy_read"] if page["findings"]]
    assert made == ["docs/guides/long.md", "docs/guides/plain.md"]


def test_check_on_named_files_makes_only_the_easy_read_pages_the_site_would_publish(make_site):
    site = make_site(PAGES, glossary=GLOSSARY)
    (site / "notes.md").write_text(f"# Notes\n\n{LONG}\n", encoding="utf-8")  # not a page of the site
    result = run([sys.executable, "-m", "coprod.cli", "check", "docs/guides/hand.md", "docs/guides/plain.md",
                  "notes.md"], site)
    # hand.md has an editor's easy read page (not named, so not checked); notes.md is outside docs/
    assert result.stdout.splitlines()[-1].startswith("The computer's easy read version of 1 page has problems")
    assert "docs/guides/plain.md (easy read made by computer):" in result.stdout
    assert "hand.md (easy read" not in result.stdout and "notes.md (easy read" not in result.stdout
    assert "Checked 3 pages: 0 errors, 0 warnings, 0 notes." in result.stdout


def test_no_generated_skips_only_the_computers_easy_read_pages(make_site):
    site = make_site(PAGES, glossary=GLOSSARY)
    result = run([sys.executable, "-m", "coprod.cli", "check", "--no-generated"], site)
    assert result.returncode == 1
    assert result.stdout.splitlines()[-1] == "Checked 5 pages and glossary.yml: 1 error, 1 warning, 1 note."
    assert "docs/guides/hand.easy.md:4:1 error easy-sentence-length" in result.stdout  # an editor's page is checked
