"""Easy read: made from a standard page, or written by hand and checked by the same rules."""

from .generator import generate_easy_read
from .links import rewrite_links

__all__ = ["generate_easy_read", "rewrite_links"]
