"""Where MkDocs's own process spends its time in a build: each plugin event and template, by kind of page.

    python3 bench/page_events.py SITE_FOLDER                       # this checkout's code
    python3 bench/page_events.py SITE_FOLDER --against /tmp/before/plugins --runs 3

SITE_FOLDER holds a mkdocs.yml, say one bench/benchmark.py's make_site made:

    python3 -c "import sys; sys.path[:0] = ['bench', 'plugins']; import benchmark, pathlib; \\
        benchmark.make_site(pathlib.Path('/tmp/site'), 300, 'easy_read: true', 0, True)"

Each build runs in a fresh process. The times are the CPU time of MkDocs's
own thread (not the wall clock), so another program on the machine, or the
build's own worker on the other core, changes them less than it changes
benchmark.py's figures; the fastest of the runs is kept. Standard and easy
read pages are told apart by the plugin's `coprod_kind` ("other": pages
without one, such as the report, and every page in events before the
plugin marks pages in on_page_markdown, such as on_page_read_source). "gc" is the time the
garbage collector took in that process. Nothing here is a test.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

MEASURE = r"""
import collections, functools, gc, json, logging, os, sys, time
os.environ["NO_MKDOCS_2_WARNING"] = "1"
logging.disable(logging.WARNING)
import jinja2
from mkdocs.commands import build as mkdocs_build
from mkdocs.config import load_config

times = collections.defaultdict(float)
current = {}


def kind(page):
    if page is None:
        return ""
    return {"easy": "easy read", "standard": "standard"}.get((page.meta or {}).get("coprod_kind"), "other")


config = load_config(sys.argv[1])
for event, methods in config.plugins.events.items():
    for position, method in enumerate(methods):
        origin = config.plugins._event_origins.get(method, "?")

        def timed(*args, _method=method, _event=event, _origin=origin, **kwargs):
            start = time.thread_time()
            try:
                return _method(*args, **kwargs)
            finally:
                name = f"{_event}: {_origin} {getattr(_method, '__name__', '')}"
                times[(name, kind(kwargs.get("page")))] += time.thread_time() - start

        config.plugins._event_origins[timed] = origin
        methods[position] = timed

build_page, render = mkdocs_build._build_page, jinja2.Template.render


def timed_build_page(page, *args, **kwargs):
    current["page"] = page
    try:
        return build_page(page, *args, **kwargs)
    finally:
        current.pop("page", None)


def timed_render(template, *args, **kwargs):
    start = time.thread_time()
    try:
        return render(template, *args, **kwargs)
    finally:
        times[(f"template: {template.name}", kind(current.get("page")))] += time.thread_time() - start


mkdocs_build._build_page, jinja2.Template.render = timed_build_page, timed_render
collecting = {}


def count_collections(phase, info):
    if phase == "start":
        collecting["start"] = time.perf_counter()
    else:
        times[("gc", "")] += time.perf_counter() - collecting["start"]


gc.callbacks.append(count_collections)
start = time.thread_time()
mkdocs_build.build(config)
times[("MkDocs's process, in all", "")] = time.thread_time() - start
print(json.dumps([[name, page_kind, seconds] for (name, page_kind), seconds in times.items()]))
"""


def run_once(site: Path, plugins: Path) -> dict[tuple[str, str], float]:
    environment = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(plugins.resolve()),
                                                                              os.environ.get("PYTHONPATH")])))
    process = subprocess.run([sys.executable, "-c", MEASURE, str(site / "mkdocs.yml")], cwd=site,
                             capture_output=True, text=True, env=environment)
    if process.returncode != 0:
        raise SystemExit(process.stderr)
    return {(name, page_kind): seconds for name, page_kind, seconds in json.loads(process.stdout.splitlines()[-1])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", type=Path, help="the folder with the site's mkdocs.yml")
    parser.add_argument("--runs", type=int, default=3, help="builds with each copy of the code; the fastest is kept")
    parser.add_argument("--plugins", type=Path, default=ROOT / "plugins", help="the coprod package's folder to time")
    parser.add_argument("--against", type=Path, help="another copy of the code, timed in the same rounds")
    parser.add_argument("--least", type=float, default=0.01, help="leave out lines under this many seconds")
    args = parser.parse_args()
    copies = {"this": args.plugins} | ({"against": args.against} if args.against else {})
    fastest: dict[str, dict] = {name: collections.defaultdict(lambda: float("inf")) for name in copies}
    for run in range(args.runs):
        # Each copy goes first in every other round: the second build of a round tends to be a little quicker.
        for name, plugins in (list(copies.items()) if run % 2 == 0 else list(copies.items())[::-1]):
            for key, seconds in run_once(args.site, plugins).items():
                fastest[name][key] = min(fastest[name][key], seconds)
    keys = sorted(set().union(*fastest.values()), key=lambda key: -fastest["this"].get(key, 0))
    print("seconds (fastest of %d)  " % args.runs + "  ".join(f"{name:>8}" for name in copies) + "  what")
    for key in keys:
        figures = [fastest[name].get(key, 0.0) for name in copies]
        if max(figures) >= args.least:
            name, page_kind = key
            print(" " * 24 + "  ".join(f"{figure:8.3f}" for figure in figures)
                  + f"  {name}" + (f" ({page_kind} pages)" if page_kind else ""))


if __name__ == "__main__":
    main()
