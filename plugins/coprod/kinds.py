"""What kind of file a result is about."""

from __future__ import annotations

from enum import Enum


class PageKind(str, Enum):
    """A str enum, so templates and JSON see the plain word ("standard", "easy", "glossary")."""

    STANDARD = "standard"  # a page of the site, as editors write it
    EASY = "easy"  # an easy read page: hand-written (page.easy.md) or made by the computer
    GLOSSARY = "glossary"  # glossary.yml: a file of terms, not a page

    def __str__(self) -> str:
        return self.value


def kind_of(path: str) -> PageKind:
    """The kind of a Markdown file, from its name."""
    return PageKind.EASY if path.endswith(".easy.md") else PageKind.STANDARD
