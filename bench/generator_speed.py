"""Speed of the easy read generator alone, page by page, as the build calls it.

    python3 bench/generator_speed.py                       # 300 made-up pages and the real texts
    python3 bench/generator_speed.py --against /tmp/before/plugins   # and another copy, in the same rounds
    python3 bench/generator_speed.py --out /tmp/easy.txt   # also write every output, to compare with cmp

Like `coprod.site_check._easy_text`: each page is read once with
`checker.read_page` (timed apart) and `generate_easy_read(text, glossary,
page=read)` is timed. The made-up pages are bench/benchmark.py's (made in a
temporary folder, with that site's glossary); the real texts are the
plainlanguage.gov corpus in tests/precision/corpus, our own content/ (with our
glossary.yml) and, with --seeds FOLDER, plain .txt articles (first line the title).

Each run is a fresh process that does every page once, as a build does: the
word tables and caches start empty. It prints the fastest of --runs runs, in
milliseconds a page (processor time of the process, which other work on a
shared machine disturbs less than the clock), and the slowest pages of the
fastest run. With --against, each round runs both copies one after the other.
The figures depend on the machine; nothing here is a test.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _texts(site: Path, seeds: Path | None) -> dict[str, list[tuple[str, str, str]]]:
    """The sets of (label, glossary file, text) to time, by name."""
    made = [(str(p.relative_to(site / "docs")), str(site / "glossary.yml"), p.read_text())
            for p in sorted((site / "docs").rglob("*.md"))]
    corpus = ROOT / "tests" / "precision" / "corpus"
    real = [(str(p.relative_to(ROOT)), str(ROOT / "glossary.yml"), p.read_text())
            for p in sorted(corpus.rglob("*.md"))]
    real += [(str(p.relative_to(ROOT)), str(ROOT / "glossary.yml"), p.read_text())
             for p in sorted((ROOT / "content").rglob("*.md")) if not p.name.endswith(".easy.md")]
    if seeds:
        for p in sorted(seeds.glob("*.txt")):
            first, _, rest = p.read_text().partition("\n")
            real.append((p.name, str(ROOT / "glossary.yml"), f"# {first}\n{rest}"))
    return {"made-up pages": made, "real texts": real}


def _one_run(plugins: str, site: str, seeds: str | None, out: str | None) -> dict:
    """In a fresh process: every page once; seconds by page, for each set."""
    sys.path.insert(0, plugins)
    from coprod.checker import read_page
    from coprod.easyread import generate_easy_read
    from coprod.glossary import load_glossary
    from coprod.settings import default_settings

    settings = default_settings()
    glossaries: dict = {}
    times: dict[str, list[tuple[str, float]]] = {}
    written = []
    for name, texts in _texts(Path(site), Path(seeds) if seeds else None).items():
        times[name] = []
        for label, glossary_file, text in texts:
            if glossary_file not in glossaries:
                glossaries[glossary_file] = load_glossary(Path(glossary_file), "glossary.yml")
            glossary = glossaries[glossary_file]
            start = time.process_time()
            read = read_page(label, text, settings, glossary)
            reading = time.process_time() - start
            start = time.process_time()
            easy = generate_easy_read(text, glossary, page=read)
            times[name].append((label, time.process_time() - start, reading))
            written.append(f"{label}\n{easy}")
    if out:
        Path(out).write_text("\n=====\n".join(written))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--plugins", default=str(ROOT / "plugins"), help="the code to time (a plugins/ folder)")
    parser.add_argument("--against", help="another copy of the code to time in the same rounds")
    parser.add_argument("--seeds", help="a folder of .txt articles to time too")
    parser.add_argument("--site", help="use these benchmark pages (a folder made by bench/benchmark.py)")
    parser.add_argument("--out", help="write every page's output here (from the last run)")
    parser.add_argument("--one-run", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one_run:
        print(json.dumps(_one_run(args.plugins, args.site, args.seeds, args.out)))
        return
    with tempfile.TemporaryDirectory() as folder:
        site = args.site
        if not site:
            sys.path.insert(0, str(ROOT / "bench"))
            sys.path.insert(0, args.plugins)
            import benchmark
            site = str(Path(folder) / "site")
            benchmark.make_site(Path(site), args.pages, "easy_read: true", 0, True)
        copies = {args.plugins: []} | ({args.against: []} if args.against else {})
        for number in range(args.runs):
            for plugins, runs in copies.items():
                command = [sys.executable, __file__, "--one-run", "--plugins", plugins, "--site", site]
                command += ["--seeds", args.seeds] if args.seeds else []
                command += ["--out", args.out] if args.out and number == args.runs - 1 and plugins == args.plugins else []
                runs.append(json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout))
    for plugins, runs in copies.items():
        if len(copies) > 1:
            print(plugins)
        for name in runs[0]:
            totals = [sum(seconds for _, seconds, _ in run[name]) for run in runs]
            best = runs[totals.index(min(totals))][name]
            count = len(best)
            reading = min(sum(seconds for _, _, seconds in run[name]) for run in runs)
            print(f"{name}: {count} pages, fastest of {len(runs)}: {min(totals):.2f} s, "
                  f"{1000 * min(totals) / count:.2f} ms a page (runs: {', '.join(f'{t:.2f}' for t in totals)} s); "
                  f"reading the pages first (read_page, not counted): {1000 * reading / count:.2f} ms a page")
            for label, seconds, _ in sorted(best, key=lambda pair: -pair[1])[:3]:
                print(f"    slowest: {label} {1000 * seconds:.1f} ms")

if __name__ == "__main__":
    main()
