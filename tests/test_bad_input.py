"""Every bad or odd input gets one clear message, the right exit code, and no traceback.

The cases are a table in tests/bad_input/cases.yml; each names its input, its
command, the exit code and the message.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from coprod.cli import main

CASES = yaml.safe_load((Path(__file__).parent / "bad_input" / "cases.yml").read_text(encoding="utf-8"))

BASE = {
    "mkdocs.yml": "site_name: Test\ntheme:\n  name: material\n  font: false\nplugins:\n  - coprod\n",
    "glossary.yml": "terms:\n  - term: carer\n    definition: Someone who helps a person, without pay.\n"
                    "    easy_read: A carer helps someone.\n",
    "docs/index.md": "# Home\n\nWe meet on Monday.\n",
}
COPROD = f"{shlex.quote(sys.executable)} -m coprod.cli"
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _make(site: Path, case: dict) -> None:
    files = dict(BASE)
    files.update(case.get("files") or {})
    for name, content in files.items():
        path = site / name
        if name.endswith("/"):
            path.mkdir(parents=True, exist_ok=True)
            continue
        if content is None:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_bytes(content.encode("utf-8"))  # exactly as written: no newline translation
    for name, target in (case.get("symlinks") or {}).items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).symlink_to(target)
    for name in case.get("unreadable", []):
        (site / name).chmod(0)
    for name in case.get("read_only", []):
        (site / name).chmod(0o555)


def _run(site: Path, case: dict, capsys, monkeypatch) -> tuple[int, str]:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", **(case.get("env") or {}))
    env.pop("COPROD_TODAY", None) if "COPROD_TODAY" not in (case.get("env") or {}) else None
    if case.get("build"):
        done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=site, env=env,
                              capture_output=True, text=True)
        return done.returncode, done.stdout + done.stderr
    if case.get("shell"):
        line = case["shell"].replace("coprod ", COPROD + " ", 1)
        done = subprocess.run(["bash", "-c", line], cwd=site, env=env, capture_output=True, text=True)
        return done.returncode, done.stdout + done.stderr
    monkeypatch.chdir(site)
    monkeypatch.delenv("COPROD_TODAY", raising=False)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    for name, value in (case.get("env") or {}).items():
        monkeypatch.setenv(name, value)
    try:
        code = main(shlex.split(case["run"]))
    except SystemExit as stop:  # argparse's own usage errors
        code = stop.code
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_bad_input_gets_one_clear_message(case, tmp_path, capsys, monkeypatch):
    if case.get("root_reads_all") and AS_ROOT:
        pytest.skip("runs as root, who can read and write any file: permissions cannot be tested here")
    for needed in case.get("needs", []):
        if not Path(needed).exists():
            pytest.skip(f"this system has no {needed}")
    site = tmp_path / "site"
    site.mkdir()
    _make(site, case)
    try:
        code, output = _run(site, case, capsys, monkeypatch)
    finally:
        for name in case.get("unreadable", []) + case.get("read_only", []):
            (site / name).chmod(0o755)
    assert "Traceback" not in output, output
    assert case["message"] in output, output
    assert code == case["exit"], output


def test_the_table_covers_at_least_sixty_cases():
    assert len(CASES) >= 60
    assert len({case["name"] for case in CASES}) == len(CASES)
