"""Easy read variants as MkDocs files: one per page, in the same build, at easy-read/<path>."""

from __future__ import annotations

from dataclasses import dataclass

from mkdocs.structure.files import File, Files, InclusionLevel

from ..site_check import easy_uri, hand_written_uri


@dataclass
class Variant:
    standard: File
    easy: File
    generated: bool
    hand_written: File | None = None
    text: str | None = None  # the easy read page's Markdown, when the plugin made it itself (the glossary)


class Variants:
    def __init__(self) -> None:
        self.by_standard: dict[str, Variant] = {}
        self.by_easy: dict[str, Variant] = {}
        self.order: list[str] = []  # standard pages' source paths, in navigation order
        self.position: dict[str, int] = {}  # and the place of each in that order

    def set_order(self, uris: list[str]) -> None:
        self.order = list(uris)
        self.position = {uri: index for index, uri in enumerate(self.order)}

    def add(self, variant: Variant) -> None:
        self.by_standard[variant.standard.src_uri] = variant
        self.by_easy[variant.easy.src_uri] = variant

    easy_uri = staticmethod(easy_uri)
    hand_written_uri = staticmethod(hand_written_uri)

    @staticmethod
    def make_file(config, uri: str, content: str) -> File:
        file = File.generated(config, uri, content=content)
        # Not in the site's menus: every page renders the menus, so doubling them
        # would make the build time grow with the square of the page count.
        file.inclusion = InclusionLevel.NOT_IN_NAV
        return file

    def neighbours(self, standard_uri: str) -> tuple[Variant | None, Variant | None]:
        if standard_uri not in self.position:
            return None, None
        index = self.position[standard_uri]
        before = self.by_standard.get(self.order[index - 1]) if index > 0 else None
        after = self.by_standard.get(self.order[index + 1]) if index + 1 < len(self.order) else None
        return before, after

    def home(self) -> Variant | None:
        return self.by_standard.get("index.md")


def split_hand_written(files: Files) -> tuple[list[File], dict[str, File]]:
    """Editors' pages, and their hand-written easy read files (x.easy.md), taken out of the files."""
    pages, hand_written = [], {}
    for file in files.documentation_pages():
        if file.generated_by or not file.abs_src_path:
            continue
        if file.src_uri.endswith(".easy.md"):
            hand_written[file.src_uri] = file
            files.remove(file)  # published at easy-read/<path>, not at x.easy/
        else:
            pages.append(file)
    return pages, hand_written
