"""Speed and memory of the build and the checker, on a made-up but realistic site.

    python3 bench/benchmark.py                 # 300 pages
    python3 bench/benchmark.py --pages 100 --runs 1

It makes N pages of about 600 words (headings, lists, links, a table, some
glossary terms), then times, each in a fresh process:

- a plain Material build with our plugin off;
- the build with the plugin on but no easy read (the language checks and glossary);
- the full build (checks, glossary, an easy read version of every page);
- the full build with a glossary of 500 terms;
- the same two builds on stock Material (no custom_dir: only what the plugin
  itself brings), as a council adding `- coprod` to its own site would run;
- `coprod check` on the same pages, with and without the computer's easy read pages.

    python3 bench/benchmark.py --only "with easy read" --against /tmp/before/plugins

times each case with another copy of the code too, in the same rounds: on a
shared machine that is the fair way to see what a change gained.

Each run uses this checkout's code (plugins/, or --plugins FOLDER to time
another copy, say the code before a change) with compiled bytecode kept in the
benchmark's own folder, as an installed package has it: the first round
compiles, the later ones start as a user's second run does.

It runs every case once a round, three rounds (--runs), and prints the fastest
run of each, the ratios to the plain build, pages per second for the checker,
and each case's peak memory. The figures depend on the machine; run it on a
quiet one. Nothing here is a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SUBJECTS = ["People who draw on care and support", "Carers", "The council", "Staff", "Everyone in the group",
            "The co-production board", "Local people", "The team", "Unpaid carers", "Our partners"]
VERBS = ["plan", "review", "talk about", "share", "change", "check", "write", "test", "agree on", "look at"]
OBJECTS = ["the service", "the new day centre", "the support plan", "the budget", "what works well",
           "what needs to change", "the survey", "the training", "the meeting notes", "the next steps"]
TAILS = ["every month", "before anything is decided", "with the people it affects", "in plain English",
         "at a time that suits everyone", "so that nobody is left out", "from the very start", "together",
         "and say what they found", "in a place people can reach"]


def sentence(rng: random.Random) -> str:
    words = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}"
    if rng.random() < 0.3:
        words += f", and {rng.choice(SUBJECTS).lower()} {rng.choice(VERBS)} {rng.choice(OBJECTS)}"
    return words + "."


def make_page(index: int, total: int, rng: random.Random) -> str:
    lines = ["---", f"title: Guide number {index}", "description: A page made for the speed test.", "---", "",
             f"# Guide number {index}", ""]
    words = 0
    section = 0
    while words < 600:
        section += 1
        lines += [f"## Part {section}", ""]
        paragraph = " ".join(sentence(rng) for _ in range(rng.randint(3, 5)))
        lines += [paragraph, ""]
        lines += [f"- {sentence(rng)}" for _ in range(3)] + [""]
        other = rng.randrange(total)
        lines += [f"Read [guide number {other}](guide-{other}.md) to learn more about co-production.", ""]
        if section % 3 == 0:
            lines += ["| Say | Not |", "|---|---|", "| wheelchair user | wheelchair-bound |", ""]
        words = len(" ".join(lines).split())
    return "\n".join(lines) + "\n"


GLOSSARY_HEAD = """\
terms:
  - term: co-production
    definition: People and services working together as equal partners.
    easy_read: Working together as equals.
  - term: unpaid carer
    definition: Someone who looks after a relative or friend without pay.
    easy_read: Someone who helps a family member. They are not paid.
  - term: co-production board
    definition: A group that leads co-production in a council.
    easy_read: A group that leads working together.
"""


def make_glossary(extra_terms: int) -> str:
    lines = [GLOSSARY_HEAD]
    for number in range(extra_terms):
        lines.append(f"  - term: made up term {number}\n    definition: A made-up term for the speed test.\n"
                     f"    easy_read: A test word.\n")
    lines.append("discouraged:\n  - phrase: service user\n    instead: person who draws on care and support\n")
    return "".join(lines)


def make_site(folder: Path, pages: int, plugin: str | None, glossary_terms: int = 0, stock: bool = False) -> None:
    docs = folder / "docs"
    docs.mkdir(parents=True)
    rng = random.Random(2026)  # the same pages every run
    (docs / "index.md").write_text("# Home\n\nThe home page of the speed test site.\n")
    for index in range(pages):
        (docs / f"guide-{index}.md").write_text(make_page(index, pages, rng))
    plugins = "  - search\n" + (f"  - coprod:\n{textwrap.indent(plugin, '      ')}\n" if plugin is not None else "")
    # With the plugin, the site uses our theme overrides, as ours does, unless
    # `stock`. Without the plugin, stock Material.
    custom_dir = f"  custom_dir: {ROOT / 'theme_overrides'}\n" if plugin is not None and not stock else ""
    (folder / "mkdocs.yml").write_text(
        f"site_name: Speed test\ntheme:\n  name: material\n  font: false\n{custom_dir}"
        f"plugins:\n{plugins}"
        "markdown_extensions:\n  - attr_list\n  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
        "      emoji_generator: !!python/name:material.extensions.emoji.to_svg\n")
    (folder / "glossary.yml").write_text(make_glossary(glossary_terms))


MEASURE = """
import json, resource, sys, time, logging, os
os.environ["NO_MKDOCS_2_WARNING"] = "1"
start = time.perf_counter()
if sys.argv[1] == "build":
    logging.disable(logging.WARNING)
    from mkdocs.config import load_config
    from mkdocs.commands.build import build
    build(load_config(sys.argv[2]))
else:
    from coprod.cli import main
    sys.stdout = open(os.devnull, "w")
    main(["check", "--config", sys.argv[2], "--format", "json"] + (["--no-generated"] if sys.argv[1] == "check-standard" else []))
seconds = time.perf_counter() - start
own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"seconds": seconds, "peak_mb": own.ru_maxrss / 1024,
                  "cpu": own.ru_utime + own.ru_stime, "worker_cpu": workers.ru_utime + workers.ru_stime}),
      file=sys.stderr)
"""


# The name of a case timed with the --against folder's code.
AGAINST = " [against]"


def run_once(kind: str, folder: Path, environment: dict) -> dict:
    process = subprocess.run([sys.executable, "-c", MEASURE, kind, str(folder / "mkdocs.yml")],
                             cwd=folder, capture_output=True, text=True, env=environment)
    if process.returncode not in (0, 1):
        raise SystemExit(process.stderr)
    return json.loads(process.stderr.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3, help="runs of each; the fastest is kept")
    parser.add_argument("--only", help="run only the cases whose name contains this")
    parser.add_argument("--plugins", type=Path, default=ROOT / "plugins",
                        help="the folder holding the coprod package to time (default: this checkout's plugins/)")
    parser.add_argument("--against", type=Path,
                        help="also time each case with the coprod package in this folder (say the code before a "
                             "change), in the same rounds, so a busy machine's slow spells fall on both alike")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="coprod-bench-"))
    # This checkout's code, not whichever copy pip installed; bytecode written, but in the benchmark's folder.
    def environment_for(plugins: Path) -> dict:
        environment = dict(os.environ, PYTHONPATH=os.pathsep.join(
            filter(None, [str(plugins.resolve()), os.environ.get("PYTHONPATH")])),
            PYTHONPYCACHEPREFIX=str(work / "bytecode"))
        environment.pop("PYTHONDONTWRITEBYTECODE", None)
        return environment

    environment = environment_for(args.plugins)
    cases = {  # name: (plugin options, extra glossary terms, what to run, stock Material)
        "plain Material, plugin off": (None, 0, "build", True),
        "plugin on, no easy read": ("easy_read: false\nreport: true", 0, "build", False),
        "plugin on, with easy read": ("easy_read: true", 0, "build", False),
        "plugin on, easy read, 500 glossary terms": ("easy_read: true", 500, "build", False),
        "stock Material, plugin on, no easy read": ("easy_read: false\nreport: true", 0, "build", True),
        "stock Material, plugin on, with easy read": ("easy_read: true", 0, "build", True),
        "coprod check": ("easy_read: true", 0, "check", False),
        "coprod check, 500 glossary terms": ("easy_read: true", 500, "check", False),
        "coprod check --no-generated": ("easy_read: true", 0, "check-standard", False),
    }
    cases = {name: case for name, case in cases.items()
             if not args.only or args.only in name or name == "plain Material, plugin off"}
    environments = {name: environment for name in cases}
    if args.against is not None:  # each case's twin right after it, in every round
        against = environment_for(args.against)
        cases = dict(pair for name, case in cases.items()
                     for pair in [(name, case)] + ([(name + AGAINST, case)] if case[0] is not None else []))
        environments.update({name: against for name in cases if name.endswith(AGAINST)})
    runs: dict[str, list[dict]] = {name: [] for name in cases}
    try:
        folders = {}
        for name, (plugin, terms, _, stock) in cases.items():
            if name.endswith(AGAINST):  # the same site
                folders[name] = folders[name[: -len(AGAINST)]]
                continue
            folders[name] = work / name.replace(" ", "-").replace(",", "")
            make_site(folders[name], args.pages, plugin, terms, stock)
        # Round by round, every case once a round: a slow spell on a shared
        # machine then falls on all the cases alike, not on one of them.
        for round_number in range(args.runs):
            for name, (_, _, kind, _) in cases.items():
                runs[name].append(run_once(kind, folders[name], environments[name]))
            print(f"round {round_number + 1}: " + ", ".join(
                f"{runs[name][-1]['seconds']:.2f}" for name in cases) + " s", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    figures = {name: {"seconds": round(min(r["seconds"] for r in results), 2),
                      "cpu": round(min(r["cpu"] for r in results), 2),
                      "worker_cpu": round(min(r["worker_cpu"] for r in results), 2),
                      "peak_mb": round(max(r["peak_mb"] for r in results))} for name, results in runs.items()}
    print()
    # CPU time as well as time on the clock: on a busy machine the clock
    # counts other people's work too, and the worker process no longer runs
    # beside the build for free.
    for name, figure in figures.items():
        print(f"{name}: {figure['seconds']} s, CPU {figure['cpu']} s in the build process "
              f"+ {figure['worker_cpu']} s in its worker, peak {figure['peak_mb']} MB")
    plain = figures["plain Material, plugin off"]["seconds"]
    pages = args.pages + 1
    print()
    print(f"pages: {pages}, words per page: about 600")
    for name in ("plugin on, no easy read", "plugin on, with easy read", "plugin on, easy read, 500 glossary terms",
                 "stock Material, plugin on, no easy read", "stock Material, plugin on, with easy read",
                 *(name + AGAINST for name in figures if not name.endswith(AGAINST))):
        if name in figures and not name.startswith("coprod check"):
            print(f"{name}: {figures[name]['seconds'] / plain:.2f} x the plain build "
                  f"(overhead {100 * (figures[name]['seconds'] / plain - 1):.0f}%); build process CPU "
                  f"{figures[name]['cpu'] / figures['plain Material, plugin off']['cpu']:.2f} x")
    for name in ("coprod check", "coprod check, 500 glossary terms", "coprod check --no-generated"):
        for timed in (name, name + AGAINST):
            if timed in figures:
                print(f"{timed}: {pages / figures[timed]['seconds']:.0f} pages per second (start-up included)")
    print(f"cpus: {os.cpu_count()}")


if __name__ == "__main__":
    main()
