"""Errors caused by what a user wrote (a file, a setting), not by a bug.

Adapters catch `UserError` and show its one-line message, never a traceback.
"""

from __future__ import annotations


class UserError(Exception):
    """A mistake in a user's file or setting, with where it is and how to fix it."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return where + self.message


class ConfigError(UserError):
    """A setting in mkdocs.yml or in a page's front matter is wrong."""


class GlossaryError(UserError):
    """glossary.yml is wrong."""
