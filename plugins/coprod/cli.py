"""The `coprod` command: the same checks as the site build, on files, fast."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import __version__
from .checker import PageResult, check_files
from .errors import UserError
from .findings import Severity
from .output import FORMATS
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
    glossary = load_glossary(glossary_path, display_path(glossary_path)) if glossary_path else None
    return site, options, glossary_path, glossary


def run_check(args) -> int:
    site, options, glossary_path, glossary = _site_and_glossary(args.config)
    if args.paths:
        paths = [Path(p) for p in args.paths]
    elif site:
        paths = [site.docs_dir]
    else:
        raise UserError("there is no mkdocs.yml here. Run coprod in the folder that has it, "
                        "or name the files to check.")
    settings = options.settings
    files = _markdown_files(paths)
    for file in files:
        is_glossary = glossary_path is not None and file.resolve() == glossary_path.resolve()
        if file.suffix != ".md" and not is_glossary and any(file == p for p in paths):
            raise UserError(f"{display_path(file)} is not a Markdown page. Name .md files, or a folder that holds them.")
    if not any(f.suffix == ".md" for f in files) and not (glossary is not None and (not args.paths or any(
            glossary_path is not None and f.resolve() == glossary_path.resolve() for f in files))):
        where = ", ".join(display_path(p) for p in paths)
        raise UserError(f"there are no Markdown pages (.md files) in {where}, so nothing was checked.")
    results: list[PageResult] = []
    named_glossary = glossary_path is not None and any(f.resolve() == glossary_path.resolve() for f in files)
    if glossary is not None and (named_glossary or not args.paths):
        results.append(PageResult(glossary.path, "glossary", check_glossary(glossary, settings)))
    pages = [(file, display_path(file)) for file in files if file.suffix == ".md"]
    results += check_files(pages, settings, glossary)
    add_orphan_findings(pages, results)
    sys.stdout.write(FORMATS[args.format](results))
    failing = any(f.severity in (Severity.ERROR, Severity.WARNING) for r in results for f in r.findings)
    return EXIT_FINDINGS if failing else EXIT_CLEAN


def run_easy_read(args) -> int:
    from .checker import decode
    from .easyread import generate_easy_read

    source_file = Path(args.path)
    if not source_file.is_file() or source_file.suffix != ".md":
        raise UserError(f"{args.path} is not a Markdown page. Name a .md file, like content/guides/page.md.")
    if source_file.name.endswith(".easy.md"):
        raise UserError(f"{args.path} is already an easy read page. Name the standard page instead.")
    _, _, _, glossary = _site_and_glossary(args.config)
    text, problem = decode(source_file.read_bytes(), display_path(source_file))
    if problem:
        raise UserError(f"{problem.message} {problem.suggestion}", problem.path, problem.line)
    target = source_file.with_name(source_file.name[: -len(".md")] + ".easy.md") if args.draft else \
        (Path(args.output) if args.output else None)
    markdown = generate_easy_read(text, glossary, draft=args.draft)
    if target is None:
        sys.stdout.write(markdown)
        return EXIT_CLEAN
    if target.exists():
        # Never overwrite: the file may hold an editor's own work.
        raise UserError(f"{display_path(target)} already exists, so it was left as it is. "
                        "Move or rename it first if you want a new draft.")
    target.write_text(markdown, encoding="utf-8")
    print(f"Wrote {display_path(target)}. It is a starting point: read it, improve it, "
          "and ask people with a learning disability to check it.")
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
    check.set_defaults(run=run_check)

    easy = commands.add_parser("easy-read", help="make the easy read version of a page")
    easy.add_argument("path", metavar="PATH", help="the standard page, like content/guides/page.md")
    where = easy.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", metavar="FILE", help="write it to FILE (never over an existing file)")
    where.add_argument("--draft", action="store_true",
                       help="write PAGE.easy.md beside the page, for an editor to finish (never over an existing file)")
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
