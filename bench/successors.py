"""Time a build of this site with MkDocs 1.6, ProperDocs and Zensical.

    python3 bench/successors.py            # 3 rounds
    python3 bench/successors.py --runs 5

Each build runs in a fresh process on a copy of the site, with --strict.
MkDocs and ProperDocs run our plugin (checks, glossary page, easy read pages,
report); Zensical runs only our glossary extension, so it does less work.
Zensical keeps a cache in .cache/: it is cleared before each run (`--clean`),
and a second, warm run is timed too. Prints the fastest run of each. Nothing
here is a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1", DISABLE_MKDOCS_2_WARNING="true",
           PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT / "plugins"), os.environ.get("PYTHONPATH")])))

CASES = {
    "MkDocs 1.6 (plugin)": [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean"],
    "ProperDocs (plugin)": [sys.executable, "-m", "properdocs", "build", "--strict", "--clean", "-f", "mkdocs.yml"],
    "Zensical, cold cache (extension)": ["zensical", "build", "--strict", "--clean"],
    "Zensical, warm cache (extension)": ["zensical", "build", "--strict"],
}


def copy_site(target: Path) -> None:
    for name in ("content", "theme_overrides"):
        shutil.copytree(ROOT / name, target / name)
    for name in ("mkdocs.yml", "glossary.yml"):
        shutil.copy(ROOT / name, target / name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    best: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        site = Path(folder)
        copy_site(site)
        for _ in range(args.runs):
            for name, command in CASES.items():
                start = time.perf_counter()
                result = subprocess.run(command, cwd=site, env=ENV, capture_output=True, text=True)
                took = time.perf_counter() - start
                if result.returncode != 0:
                    sys.exit(f"{name} failed:\n{result.stdout}{result.stderr}")
                best[name] = min(best.get(name, took), took)
    pages = sum(1 for _ in (ROOT / "content").rglob("*.md"))
    print(f"This site: {pages} Markdown files. Fastest of {args.runs} runs, wall clock, process start included:")
    for name, took in best.items():
        print(f"  {name:36} {took:5.2f} s")


if __name__ == "__main__":
    main()
