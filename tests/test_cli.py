"""`coprod check`: every output format and exit code, on real files."""

import json
import sys

from conftest import run

LONG = " ".join(["word"] * 40) + "."
CLEAN = "# Fine\n\nThis page is short and clear.\n"


def coprod(args, cwd):
    return run([sys.executable, "-m", "coprod.cli", *args], cwd)


def test_clean_pages_exit_0(make_site):
    site = make_site({"index.md": CLEAN})
    result = coprod(["check"], site)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "Checked 1 page: 0 errors, 0 warnings, 0 notes."


def test_text_format_names_file_line_and_column(make_site):
    site = make_site({"index.md": CLEAN, "guides/long.md": f"# Long\n\n{LONG}\n"})
    result = coprod(["check"], site)
    assert result.returncode == 1
    first = result.stdout.splitlines()[0]
    assert first.startswith("docs/guides/long.md:3:1 error sentence-length This sentence has 40 words.")


def test_only_notes_still_exit_0(make_site):
    site = make_site({"index.md": "# Fine\n\nAbout 90% said yes.\n"})
    result = coprod(["check"], site)
    assert result.returncode == 0
    assert "docs/index.md:3:7 note numbers " in result.stdout


def test_json_format(make_site):
    site = make_site({"index.md": f"# Long\n\n{LONG}\n"})
    result = coprod(["check", "--format", "json"], site)
    data = json.loads(result.stdout)
    assert result.returncode == 1
    [finding] = data["findings"]
    assert finding == {
        "path": "docs/index.md", "line": 3, "column": 1, "rule": "sentence-length", "severity": "error",
        "message": "This sentence has 40 words. Aim for 25 or fewer.",
        "suggestion": "Split it into two or more sentences.", "end_line": 3, "end_column": 201,
        "excerpt": " ".join(["word"] * 40) + ".",
    }
    [page] = data["pages"]
    assert page["path"] == "docs/index.md" and page["words"] == 41 and page["sentences"] == 2
    assert set(page["scores"]) >= {"reading_ease", "grade_level"}


def test_github_format(make_site):
    site = make_site({"index.md": f"# Long\n\n{LONG}\n\nAbout 90% said yes.\n"})
    lines = coprod(["check", "--format", "github"], site).stdout.splitlines()
    assert lines[0].startswith("::error file=docs/index.md,line=3,col=1,endLine=3,endColumn=201,"
                               "title=coprod sentence-length::This sentence has 40 words.")
    assert lines[1].startswith("::notice file=docs/index.md,line=5,col=7,")


def test_named_files_and_config_option(make_site, tmp_path):
    site = make_site({"index.md": CLEAN, "other.md": f"{LONG}\n"})
    result = coprod(["check", "docs/index.md"], site)
    assert result.returncode == 0
    result = coprod(["check", "--config", str(site / "mkdocs.yml")], tmp_path.parent)
    assert result.returncode == 1 and "other.md:1:1" in result.stdout


def test_settings_in_mkdocs_yml_are_used(make_site):
    site = make_site({"index.md": f"{LONG}\n"}, "      rules:\n        sentence-length:\n          error_above: 50\n")
    result = coprod(["check"], site)
    assert " warning sentence-length " in result.stdout


def test_bad_usage_and_bad_config_exit_2_without_traceback(make_site):
    site = make_site({"index.md": CLEAN}, "      rules:\n        sentence-length:\n          warning_above: twenty\n")
    result = coprod(["check"], site)
    assert result.returncode == 2
    assert result.stderr.strip() == ('coprod: mkdocs.yml: rule "sentence-length": "warning_above" '
                                     "must be a whole number, not 'twenty'.")
    assert coprod(["check", "missing.md"], site).returncode == 2
    assert coprod(["check", "--format", "xml"], site).returncode == 2
    assert coprod(["nothing"], site).returncode == 2


def test_not_utf8_and_broken_front_matter_are_one_line_each(make_site):
    site = make_site({"latin.md": "# Caf\xe9\n".encode("latin-1"),
                      "broken.md": "---\ntitle: [oops\n---\n# Hi\n"})
    result = coprod(["check"], site)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("docs/broken.md:2:1 error front-matter the front matter is not valid YAML")
    assert lines[1].startswith("docs/latin.md:1:6 error file-encoding This file is not saved as UTF-8 text")
    assert "Traceback" not in result.stderr


def test_rules_lists_every_rule(make_site):
    result = coprod(["rules"], make_site({}))
    for rule in ("reading-ease", "grade-level", "sentence-length", "paragraph-length", "plain-words", "numbers"):
        assert f"{rule} (" in result.stdout
