"""Text from files (glossary.yml, front matter, file names) made safe for HTML.

Most fields are plain text: `markdown_text` escapes them so that neither HTML
nor Markdown in them does anything (attribute lists included). Definitions may
hold a little Markdown (emphasis, code, links), so `definition_html` renders
them with Python-Markdown, raw HTML shown as text, and then keeps only a small
set of tags and link schemes with nh3, a maintained sanitiser (Rust's
ammonia): no raw HTML, no attributes but a link's address, no `javascript:`.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

import markdown
import nh3

# Characters that start markup in Markdown or its extensions ({ } attribute lists,
# : shortcodes, ~ = ^ pymdownx marks, | tables). Written as numeric character
# references, which no extension reads, so every extension leaves them as text.
_MARKDOWN_SPECIAL = re.compile(r"[\\`*_{}\[\]()#+\-.!|~=^:]")
_SPACES = re.compile(r"\s+")

SAFE_TAGS = {"a", "em", "strong", "code", "br"}
SAFE_ATTRIBUTES = {"a": {"href"}}
SAFE_SCHEMES = {"http", "https", "mailto"}


def one_line(text: str) -> str:
    """Every run of white space (line breaks, tabs, U+2028) as one space."""
    return _SPACES.sub(" ", text).strip()


def markdown_text(text: str) -> str:
    """Plain text to put into Markdown: shown exactly as written, on one line, never as markup."""
    escaped = html.escape(one_line(text), quote=False)
    return _MARKDOWN_SPECIAL.sub(lambda match: f"&#{ord(match.group(0))};", escaped)


@lru_cache(maxsize=1)
def _renderer() -> markdown.Markdown:
    md = markdown.Markdown(extensions=[])
    # Raw HTML is text here: without these, "<img ...>" would pass straight through.
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    md.inlinePatterns.deregister("entity")
    return md


def sanitise(fragment: str) -> str:
    """HTML with only the safe tags and link schemes left; everything else is text or gone."""
    return nh3.clean(fragment, tags=SAFE_TAGS, attributes=SAFE_ATTRIBUTES, url_schemes=SAFE_SCHEMES,
                     link_rel="noopener noreferrer", strip_comments=True)


@lru_cache(maxsize=4096)
def definition_html(text: str) -> str:
    """A definition's Markdown as inline HTML of the safe subset, on one line."""
    md = _renderer()
    md.reset()
    rendered = md.convert(one_line(text))
    rendered = re.sub(r"</?p>", "", rendered)
    return one_line(sanitise(rendered))


@lru_cache(maxsize=4096)
def definition_text(text: str) -> str:
    """A definition as plain text, its Markdown marks taken away (for tooltips)."""
    return html.unescape(nh3.clean(definition_html(text), tags=set()))
