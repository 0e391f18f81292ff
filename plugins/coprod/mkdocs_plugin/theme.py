"""What the plugin adds to the site's theme, so any Material site gets it without copying templates.

- `plugins/coprod/theme/` joins the theme's folders (last, so a site's own
  `custom_dir` can still replace any file): the easy read page template
  (`coprod/easy-read.html`) and the assets under `assets/coprod/`, which
  MkDocs copies into the site like any theme file.
- The style sheet and script join `extra_css` and `extra_javascript`.
- A few small pieces go into each page's HTML: the toggle between the
  standard and easy read versions (in the header), the "Read aloud" buttons,
  and a short script that lists the reader's own kind of page first in search
  and marks the other kind. The site's 404 page links to the easy read one.
  The toggle link carries `rel="alternate"` for discovery: Material takes
  every `<link rel="alternate">` in the head for a language version and
  fetches a sitemap beside it, so the head gets none.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from mkdocs.utils import get_relative_url

THEME_DIR = str(Path(__file__).resolve().parent.parent / "theme")
EASY_TEMPLATE = "coprod/easy-read.html"
STYLE_SHEET = "assets/coprod/coprod.css"
SCRIPT = "assets/coprod/coprod.js"
SEARCH_ORDER_SCRIPT = "assets/coprod/search-order.js"
NOT_FOUND_SCRIPT = "assets/coprod/not-found.js"

READ_ALOUD_HTML = (
    '<div class="coprod-read-aloud" hidden>'
    '<button type="button" class="md-button coprod-read-aloud__start">Read aloud</button> '
    '<button type="button" class="md-button coprod-read-aloud__stop">Stop</button>'
    '</div>\n'
)

# Where the toggle goes in Material's header: after the page title, before
# the first of the header's other parts (palette, language, search, source).
_HEADER_TITLE = 'data-md-component="header-title"'
_AFTER_TITLE = re.compile(r'<form class="md-header__option"|<div class="md-header__option"'
                          r'|<label class="md-header__button md-icon" for="__search"'
                          r'|<div class="md-header__source"|</nav>')


def add_to_theme(config) -> None:
    """Give the site the plugin's templates, style sheet and script."""
    if THEME_DIR not in config.theme.dirs:
        config.theme.dirs.append(THEME_DIR)
    if STYLE_SHEET not in config.extra_css:
        config.extra_css.append(STYLE_SHEET)
    if SCRIPT not in [str(script) for script in config.extra_javascript]:
        config.extra_javascript.append(SCRIPT)


def use_easy_template(meta: dict) -> None:
    """Render an easy read page with the easy read layout, on top of the template it would have had."""
    if meta.get("template") != EASY_TEMPLATE:
        meta["coprod_extends"] = meta.get("template") or "main.html"
        meta["template"] = EASY_TEMPLATE


# What the search index leaves out of an easy read page: the pictures beside
# each idea (no words, and most of the HTML), the read aloud buttons, the
# banner and the short easy read menu (the same on every page). None of them
# has a <div> (or <nav>) inside it.
_NOT_SEARCHED = (r'<div aria-hidden="true" class="coprod-easy-picture">.*?</div>'
                 r'|<div class="coprod-read-aloud" hidden>.*?</div>'
                 r'|<div class="coprod-easy-banner" role="note">.*?</div>'
                 r'|<nav class="coprod-easy-nav".*?</nav>')

# Search's HTML parser (Material's) costs about the same for each tag it
# meets, and keeps only a few tags (p, lists, code) in what it indexes. So
# search is also given easy read pages without the tags that change nothing
# it indexes, which are a third of them:
# - an idea's two <div>s around its sentences. Only where the sentences hold
#   no <div> or heading: search's sections follow how deep headings are, and
#   the divs hold no heading then. The sentences start and end with a tag,
#   so no text joins other text;
# - a glossary term's link and definition: the definition is marked
#   data-search-exclude, so search skips it anyway, and the link is not kept.
#   A bare <span> stays around the term, so search reads the same pieces of
#   text (it treats a piece that is only spaces on its own).
# All in one pass over the page: an idea with its picture (group 1: its
# sentences), a term (group 2: its words), or one of the parts left out.
_NO_DIV = r"[^<]*(?:<(?!/?div\b)[^<]*)*"
_NO_DIV_OR_HEADING = r"[^<]*(?:<(?!/?div\b|h[1-6]\b)[^<]*)*"
_LIGHTER = re.compile(
    r'<div class="coprod-easy-idea"><div aria-hidden="true" class="coprod-easy-picture">' + _NO_DIV + '</div>'
    r'<div class="coprod-easy-words">(?=<)(' + _NO_DIV_OR_HEADING + r')(?<=>)</div></div>'
    r'|<span class="coprod-term"><a [^>]*>([^<]*)</a><span class="coprod-term__tip" [^>]*>[^<]*</span></span>'
    r'|' + _NOT_SEARCHED, re.S)


def _lighter(match: re.Match) -> str:
    if match.group(1) is not None:
        return _LIGHTER.sub(_lighter, match.group(1))  # the terms in the idea's sentences
    if match.group(2) is not None:
        return f"<span>{match.group(2)}</span>"
    return ""


def searchable(content: str) -> str:
    """An easy read page's content as the search index should see it: the same words, fewer tags.

    The search index has the same entries (titles, text and markup) as for
    the whole content, less the parts _NOT_SEARCHED names.
    """
    return _LIGHTER.sub(_lighter, content)


def toggle_html(easy_version: bool, href: str) -> str:
    label = "Easy read" if easy_version else "Standard version"
    return f'<a class="coprod-toggle" rel="alternate" href="{html.escape(href)}">{label}</a>\n'


def add_toggle(output: str, toggle: str) -> str:
    """Put the toggle in the page's header, unless the site's own header already has one."""
    if 'class="coprod-toggle"' in output:
        return output
    title = output.find(_HEADER_TITLE)
    if title < 0:
        return output
    after = _AFTER_TITLE.search(output, title)
    if after is None:
        return output
    return output[: after.start()] + toggle + output[after.start():]


def add_search_order(output: str, page_url: str, easy_first: bool) -> str:
    """Search lists this page's kind first: easy read pages on an easy read page, standard on a standard one.

    The script must run before Material's own (it wraps the search worker), so it goes in the head.
    """
    src = html.escape(get_relative_url(SEARCH_ORDER_SCRIPT, page_url))
    tag = f'<script src="{src}" data-easy-first="{"true" if easy_first else "false"}"></script>\n'
    return output.replace("</head>", tag + "</head>", 1)


# Where the 404 page finds the site's files: it may be shown at any address,
# and MkDocs links its files from the site's root when site_url is set.
_MATERIAL_STYLE_SHEET = re.compile(r'href="([^"]*)assets/stylesheets/main\.')


def add_easy_not_found_redirect(output: str, easy_home_url: str | None = None) -> str:
    """First thing in the 404 page's head: the sooner the reader is sent on, the less is fetched for nothing.

    Without JavaScript the reader cannot be sent on, so the page also links to the easy read
    "not found" page and the easy read home page, under its heading.
    """
    root = _MATERIAL_STYLE_SHEET.search(output)
    if root is None:
        return output
    output = _add_easy_links(output, root.group(1), easy_home_url)
    tag = f'<script src="{html.escape(root.group(1))}{NOT_FOUND_SCRIPT}"></script>\n'
    # After the security policy when the page has one: a policy only covers what comes after it.
    anchor = re.search(r'<meta http-equiv="Content-Security-Policy"[^>]*>', output) or re.search(r"<head>|$", output)
    return output[: anchor.end()] + tag + output[anchor.end():]


# Where the links go: after the page's heading ("404 - Not found" in Material), or first in its text.
_NOT_FOUND_TEXT = re.compile(r'<article class="md-content__inner[^"]*"[^>]*>(?:\s*<h1\b.*?</h1>)?', re.S)


def _add_easy_links(output: str, root: str, easy_home_url: str | None) -> str:
    place = _NOT_FOUND_TEXT.search(output)
    if place is None:
        return output
    home = (f' or go to the <a href="{html.escape(root + easy_home_url)}">easy read home page</a>'
            if easy_home_url is not None else "")
    links = (f'\n<p class="coprod-not-found-easy">Looking for an easy read page? '
             f'<a href="{html.escape(root)}easy-read/404.html">Read this in easy read</a>{home}.</p>\n')
    return output[: place.end()] + links + output[place.end():]


_NOT_FOUND_IN_SITEMAP = re.compile(r"\s*<url>\s*<loc>[^<]*/easy-read/404\.html</loc>.*?</url>", re.S)


def sitemap_without_not_found(output: str) -> str:
    """A "page not found" page is no page to list for search engines."""
    return _NOT_FOUND_IN_SITEMAP.sub("", output, count=1)
