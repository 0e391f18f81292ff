"""Front matter values and file names shown as text by the theme.

MkDocs and Material treat a page's title (and every `page.meta` value they
print) as HTML, written into the page without escaping. A title taken from
front matter or from a file name is text an editor typed, so it is escaped
here once, after every page is read and before any template is rendered.
Titles taken from a page's own heading are HTML already (MkDocs made them
from the rendered heading), and titles from mkdocs.yml's `nav` are the site's
configuration; both are left as they are.
"""

from __future__ import annotations

import functools
import html

from ..html_scrub import scrub

# Front matter keys that name things for MkDocs itself, never shown as text.
_NOT_TEXT = {"template"}


def escape_page_texts(pages) -> None:
    """Escape, in place, the text the theme will print for each page."""
    for page in pages:
        if page is None or getattr(page, "_coprod_escaped", False):
            continue
        page._coprod_escaped = True
        meta = page.meta or {}
        from_nav = "title" in vars(page)  # set when the page was made from mkdocs.yml's nav
        if not from_nav and ("title" in meta or not getattr(page, "_title_from_render", None)):
            if page.title is not None:
                # Titles are printed as text (and through `| e` in attributes): quotes stay as typed.
                page.title = html.escape(str(page.title), quote=False)
        for key, value in list(meta.items()):
            if isinstance(value, str) and key not in _NOT_TEXT:
                # Others, such as description, are printed inside attributes: quotes escaped too.
                meta[key] = html.escape(value, quote=key != "title")


def read_page(abs_path: str, display_path: str) -> str:
    """A page's text, or a PluginError with one clear message (never a traceback)."""
    from mkdocs.exceptions import PluginError
    from mkdocs.utils import meta

    from ..checker import decode
    from ..errors import ConfigError
    from ..prose import parse
    from ..rules.review import today

    try:
        today()  # a bad COPROD_TODAY or SOURCE_DATE_EPOCH: say so now, not from inside the checks
    except ConfigError as error:
        raise PluginError(str(error)) from None

    try:
        with open(abs_path, "rb") as file:
            data = file.read()
    except OSError as error:
        raise PluginError(f"{display_path}: this page cannot be read ({error.strerror or error}). "
                          "Check that you have permission to read it.") from None
    text, problem = decode(data, display_path)
    if problem:
        raise PluginError(f"{problem.location} {problem.message} {problem.suggestion}")
    try:
        meta.get_data(text)  # what MkDocs will do with the front matter: it raises on an impossible date
    except Exception:  # noqa: BLE001 - any failure here would be a traceback in MkDocs
        line, message = parse(text).front_matter_error or (1, "The front matter cannot be read.")
        raise PluginError(f"{display_path}:{line}: {message}") from None
    return text


def scrubbed(on_page_content):
    """Decorates the plugin's on_page_content: script an editor wrote into a page
    (`<script>`, `onclick`, `javascript:` links) is taken out of its HTML first."""

    @functools.wraps(on_page_content)
    def wrapper(plugin, content, *, page, config, files):
        return on_page_content(plugin, scrub(content), page=page, config=config, files=files)

    return wrapper
