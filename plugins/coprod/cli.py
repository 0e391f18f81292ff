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
    results: list[PageResult] = []
    named_glossary = glossary_path is not None and any(f.resolve() == glossary_path.resolve() for f in files)
    if glossary is not None and (named_glossary or not args.paths):
        results.append(PageResult(glossary.path, "glossary", check_glossary(glossary, settings)))
    pages = [(file, display_path(file)) for file in files if file.suffix == ".md"]
    results += check_files(pages, settings, glossary)
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
        return args.run(args)
    except UserError as error:
        print(f"coprod: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_CLEAN


if __name__ == "__main__":
    sys.exit(main())
