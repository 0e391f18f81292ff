"""The editor's tools: the panel in `mkdocs serve` only, the pre-commit hook, the CI example."""

import os
import subprocess
import sys
import urllib.request

import yaml

from conftest import ROOT, mkdocs_build, serving

PAGE = "# Meetings\n\nWe will facilitate the meeting.\n"


def test_panel_is_in_serve_and_not_in_the_built_site(make_site):
    site = make_site({"index.md": PAGE})
    with serving(site) as url:
        html = urllib.request.urlopen(url).read().decode()
        easy = urllib.request.urlopen(url + "easy-read/").read().decode()
    assert '<script type="application/json" id="coprod-panel-data">' in html
    assert '"excerpt": "facilitate"' in html and '"easyReadUrl": "easy-read/"' in html
    assert "coprod-panel-data" in easy  # easy read pages show their own findings
    assert mkdocs_build(site, strict=False).returncode == 0
    for folder, _, names in os.walk(site / "site"):
        for name in names:
            path = os.path.join(folder, name)
            if name.endswith((".html", ".js", ".css")):
                text = open(path, encoding="utf-8", errors="replace").read()
                assert "coprod-panel" not in text and "coprod-mark" not in text, path


def test_pre_commit_hook_definition_runs_on_a_sample_repo(make_site, tmp_path):
    """Runs pre-commit with our hook's entry and file pattern (as a local system hook: no download)."""
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    site = make_site({"index.md": PAGE}, glossary="terms: []\n")
    repo = site
    (repo / "docs").rename(repo / "content")
    (repo / "mkdocs.yml").write_text((repo / "mkdocs.yml").read_text() + "docs_dir: content\n")
    (repo / "README.md").write_text("We facilitate nothing here: not a page.\n")
    local = dict(hook, language="system")
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump({"repos": [{"repo": "local", "hooks": [local]}]}))
    env = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"), NO_MKDOCS_2_WARNING="1")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    for command in (git + ["init", "-q"], git + ["add", "-A"]):
        subprocess.run(command, cwd=repo, check=True)
    pre_commit = [sys.executable, "-m", "pre_commit", "run", "--all-files"]
    result = subprocess.run(pre_commit, cwd=repo, env=env, capture_output=True, text=True)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "content/index.md:3:9 warning plain-words" in result.stdout
    assert "README.md" not in result.stdout  # not a page
    (repo / "content" / "index.md").write_text("# Meetings\n\nWe will run the meeting.\n")
    subprocess.run(git + ["add", "-A"], cwd=repo, check=True)
    result = subprocess.run(pre_commit, cwd=repo, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_example_workflow_runs_the_strict_build_and_github_annotations():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "site.yml").read_text())
    steps = [step.get("run", "") for job in workflow["jobs"].values() for step in job["steps"]]
    assert "coprod check --format github" in steps
    assert "mkdocs build --strict" in steps
