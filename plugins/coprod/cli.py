"""The `coprod` command: the same checks as the site build, on files, fast."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import __version__
from .checker import PageResult, check_text, decode, page_kind, read_source
from .errors import UserError
from .kinds import PageKind
from .material_icons import icon_exists
from .output import FORMATS
from .parallel import spare_cores
from .report import Counts, Report
from .site_check import Page, SiteJob, check_site, hand_written_uri
from .glossary import load_glossary
from .glossary_checks import check_glossary
from .settings import PluginOptions
from .site_check import add_orphan_findings
from .siteconfig import SiteConfig, glossary_file, load_site_config

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def display_path(path: Path) -> str:
    relative = os.path.relpath(path)
    return path.as_posix() if relative.startswith("..") else Path(relative).as_posix()


def _site(config: str | None) -> SiteConfig | None:
    if config:
        file = Path(config)
        if not file.is_file():
            raise UserError(f"there is no file called {config}.")
        return load_site_config(file)
    default = Path("mkdocs.yml")
    return load_site_config(default) if default.is_file() else None


def _markdown_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.md") if p.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            raise UserError(f"there is no file or folder called {path}.")
    return files


def _site_and_glossary(config: str | None):
    """mkdocs.yml's settings (or none) and the glossary it names (or none)."""
    site = _site(config)
    options = site.options if site else PluginOptions()
    glossary_path = glossary_file(site.root if site else Path.cwd(), options)
    glossary = load_glossary(glossary_path, display_path(glossary_path), icon_exists) if glossary_path else None
    return site, options, glossary_path, glossary


# Below this many pages, `coprod check` does everything in one process: starting workers costs more.
PARALLEL_FROM_PAGES = 40


def _site_job(files: list[Path], site: SiteConfig | None, options, glossary_path, problems: list) -> SiteJob:
    """The named Markdown files as the site's work, as the build would see them.

    A standard page gets the computer's easy read version unless a hand-written
    one (page.easy.md) is beside it; a hand-written one is checked when named.
    Files that cannot be read or are not UTF-8 go to `problems` instead.
    """
    pages, hand_written, standard_files, outside = [], {}, [], set()
    for file in files:
        path = display_path(file)
        text, problem = read_source(file, path)
        if problem:
            problems.append(PageResult(path, page_kind(path), [problem]))
            continue
        uri = Path(os.path.relpath(file, site.docs_dir)).as_posix() if site else path
        if uri.startswith("../"):
            uri = path
            outside.add(uri)  # not a page of the site (README.md): the build makes no easy read of it
        page = Page(uri, path, text)
        if page_kind(path) is PageKind.EASY:
            hand_written[uri] = page
        else:
            pages.append(page)
            standard_files.append(file)
    # A page with a hand-written easy read beside it that is not named: the
    # computer's version is not published, so it is neither made nor checked.
    not_named = {page.uri for page, file in zip(pages, standard_files)
                 if hand_written_uri(page.uri) not in hand_written
                 and file.with_name(file.name[: -len(".md")] + ".easy.md").is_file()}
    return SiteJob(settings=options.settings, pages=pages, hand_written=hand_written, easy_read=options.easy_read,
                   glossary_file=str(glossary_path) if glossary_path else None,
                   glossary_path=display_path(glossary_path) if glossary_path else None,
                   easy_read_elsewhere=not_named | outside)


def run_check(args) -> int:
    site, options, glossary_path, glossary = _site_and_glossary(args.config)
    if args.paths:
        paths = [Path(p) for p in args.paths]
    elif site:
        paths = [site.docs_dir]
    else:
        raise UserError("there is no mkdocs.yml here. Run coprod in the folder that has it, "
                        "or name the files to check.")
    all_files = _markdown_files(paths)
    for file in all_files:
        is_glossary = glossary_path is not None and file.resolve() == glossary_path.resolve()
        if file.suffix != ".md" and not is_glossary and any(file == p for p in paths):
            raise UserError(f"{display_path(file)} is not a Markdown page. Name .md files, or a folder that holds them.")
    if not any(f.suffix == ".md" for f in all_files) and not (glossary is not None and (not args.paths or any(
            glossary_path is not None and f.resolve() == glossary_path.resolve() for f in all_files))):
        where = ", ".join(display_path(p) for p in paths)
        raise UserError(f"there are no Markdown pages (.md files) in {where}, so nothing was checked.")
    files = [file for file in all_files if file.suffix == ".md"]
    results: list[PageResult] = []
    named_glossary = glossary_path is not None and any(f.resolve() == glossary_path.resolve()
                                                       for f in all_files)
    if glossary is not None and (named_glossary or not args.paths):
        results.append(PageResult(glossary.path, PageKind.GLOSSARY, check_glossary(glossary, options.settings)))
    job = _site_job(files, site, options, glossary_path, results)
    if args.no_generated:
        # Quicker: the computer's easy read pages are neither made nor checked; editors' ones still are.
        job.easy_read_elsewhere |= {page.uri for page in job.pages if hand_written_uri(page.uri) not in job.hand_written}
    workers = spare_cores() if len(job.pages) >= PARALLEL_FROM_PAGES else 0
    results += check_site(job, glossary, workers)
    add_orphan_findings([(file, display_path(file)) for file in files], results)
    report = Report.from_results(results, options.generated_easy_read_fails_build)
    sys.stdout.write(FORMATS[args.format](report))
    return EXIT_FINDINGS if report.failing else EXIT_CLEAN


def run_easy_read(args) -> int:
    from .easyread import generate_easy_read

    source_file = Path(args.path)
    if not source_file.is_file() or source_file.suffix != ".md":
        raise UserError(f"{args.path} is not a Markdown page. Name a .md file, like content/guides/page.md.")
    if source_file.name.endswith(".easy.md"):
        raise UserError(f"{args.path} is already an easy read page. Name the standard page instead.")
    site, options, _, glossary = _site_and_glossary(args.config)
    text, problem = decode(source_file.read_bytes(), display_path(source_file))
    if problem:
        raise UserError(f"{problem.message} {problem.suggestion}", problem.path, problem.line)
    hand_file = source_file.with_name(source_file.name[: -len(".md")] + ".easy.md")
    hand = display_path(hand_file)
    if args.draft:
        return _write_draft(hand_file, generate_easy_read(text, glossary, draft=True), options, glossary)
    if hand_file.is_file() and not args.generated:
        # What the site publishes: the editor's page, as they wrote it.
        markdown, problem = decode(hand_file.read_bytes(), hand)
        if problem:
            raise UserError(f"{problem.message} {problem.suggestion}", problem.path, problem.line)
        note = (f"This is {hand}, the easy read page an editor wrote, which the site publishes. "
                "Add --generated to see what the computer would make.")
    else:
        markdown = generate_easy_read(text, glossary)
        note = ("The computer made this easy read version"
                + (" (the site publishes the editor's page, " + hand + ")." if hand_file.is_file() else
                   f": no editor has written {hand} yet, so the site publishes this. "
                   "Add --draft to start a hand-written one."))
    if args.output:
        target = Path(args.output)
        if target.exists():
            raise UserError(f"{display_path(target)} already exists, so it was left as it is. "
                            "Move or rename it first, or name another file.")
        target.write_text(markdown, encoding="utf-8")
        print(f"Wrote {display_path(target)}. {note}")
    else:
        sys.stdout.write(markdown)
        print(f"coprod: {note}", file=sys.stderr)
    return EXIT_CLEAN


def _write_draft(target: Path, markdown: str, options, glossary) -> int:
    """Write PAGE.easy.md for an editor, then say how many problems it still has and what to do next."""
    path = display_path(target)
    if target.exists():
        # Never overwrite: the file may hold an editor's own work.
        raise UserError(f"{path} already exists, so it was left as it is. "
                        "Move or rename it first if you want a new draft.")
    target.write_text(markdown, encoding="utf-8")
    counts = Counts.of([check_text(path, markdown, options.settings, glossary, kind=PageKind.EASY)])
    print(f"Wrote {path}. It is a starting point, and the site now publishes it instead of the computer's version.")
    if counts.failures:
        print(f"It still has {counts}: until they are fixed, mkdocs build --strict fails.")
    else:
        print(f"It passes the easy read rules ({counts}).")
    print(f"Next: 1. Run coprod check {path} to see each problem and fix it. "
          "2. Read it through and make it better. "
          "3. Ask people with a learning disability to check it, then set easy_read_checked in its front matter "
          "to the date they did.")
    return EXIT_CLEAN


def run_rules(args) -> int:
    from .rules import ALL_RULES

    for rule in ALL_RULES.values():
        print(f"{rule.id} ({rule.default_severity.value}): {rule.summary}")
        for name, option in rule.options.items():
            print(f"    {name}: {option.default!r}  {option.help}")
    return EXIT_CLEAN


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(
        prog="coprod", description="Check co-production guides for plain, clear language."
    )
    main.add_argument("--version", action="version", version=f"coprod {__version__}")
    commands = main.add_subparsers(dest="command", metavar="COMMAND", required=True)

    check = commands.add_parser("check", help="check Markdown files without building the site")
    check.add_argument("paths", nargs="*", metavar="PATH",
                       help="files or folders to check (default: the docs_dir of mkdocs.yml)")
    check.add_argument("--config", metavar="FILE", help="the mkdocs.yml to read (default: ./mkdocs.yml)")
    check.add_argument("--format", choices=sorted(FORMATS), default="text",
                       help="text for people (default), json for tools, github for GitHub Actions")
    check.add_argument("--no-generated", action="store_true",
                       help="skip the easy read pages the computer would make (quicker; the build still checks them)")
    check.set_defaults(run=run_check)

    easy = commands.add_parser("easy-read", help="make the easy read version of a page")
    easy.add_argument("path", metavar="PATH", help="the standard page, like content/guides/page.md")
    where = easy.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", metavar="FILE", help="write it to FILE (never over an existing file)")
    where.add_argument("--draft", action="store_true",
                       help="write PAGE.easy.md beside the page, for an editor to finish (never over an existing file)")
    easy.add_argument("--generated", action="store_true",
                      help="the computer's version, even where an editor has written PAGE.easy.md "
                           "(default: the version the site publishes)")
    easy.add_argument("--config", metavar="FILE", help="the mkdocs.yml to read (default: ./mkdocs.yml)")
    easy.set_defaults(run=run_easy_read)

    rules = commands.add_parser("rules", help="list the rules and their settings")
    rules.set_defaults(run=run_rules)
    return main


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        if sys.stdout is None:  # started with standard output closed (`coprod check >&-`)
            raise UserError("standard output is closed, so there is nowhere to write the results. "
                            "Run it again without closing it, or send it to a file.")
        from .rules.review import today

        today()  # a bad COPROD_TODAY or SOURCE_DATE_EPOCH is a setting error, as in the build
        code = args.run(args)
        sys.stdout.flush()  # now, so a full disk is reported here, not at exit
        return code
    except UserError as error:
        return _fail(str(error))
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_CLEAN
    except OSError as error:
        _quiet_stdout()
        return _fail(_os_message(error))


def _fail(message: str) -> int:
    if sys.stderr is not None:
        try:
            print(f"coprod: {message}", file=sys.stderr)
        except OSError:
            pass
    return EXIT_USAGE


def _quiet_stdout() -> None:
    """Point standard output at nothing, so Python's own flush at exit cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):
        pass


_OS_HINTS = {
    "ENOENT": "The folder does not exist: create it first, or choose another place.",
    "EACCES": "You do not have permission: check the file's and folder's permissions.",
    "EPERM": "You do not have permission: check the file's and folder's permissions.",
    "EROFS": "This place cannot be written to: choose another.",
    "EISDIR": "This is a folder: name a file.",
    "ENOTDIR": "Part of this path is a file, not a folder.",
    "ENOSPC": "The disk is full: make some room, or write somewhere else.",
}


def _os_message(error: OSError) -> str:
    import errno

    name = errno.errorcode.get(error.errno or 0, "")
    where = f"{display_path(Path(error.filename))}: " if error.filename else \
        ("standard output: " if name in ("ENOSPC", "EBADF") else "")
    reason = (error.strerror or str(error)).rstrip(".")
    return f"{where}{reason}. {_OS_HINTS.get(name, 'Check the path and try again.')}"


if __name__ == "__main__":
    sys.exit(main())
