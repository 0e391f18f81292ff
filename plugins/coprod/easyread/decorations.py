"""What every easy read page says around its content: who made it, and where to go next."""

from __future__ import annotations

import html
from datetime import date


def banner_html(generated: bool, checked, help_url: str | None, easy_yet: bool = True) -> str:
    """A note at the top: made by computer, or by an editor, and whether people checked it.

    `checked` is the front matter's `easy_read_checked`: false, or the date people
    with a learning disability checked the page. `easy_yet` is false for a page
    made by computer that still has sentences it could not make easy read (see
    `needs_editor`): the banner says so, rather than promise what it is not.
    """
    if generated and not easy_yet:
        lines = ["A computer made this page from the standard page.",
                 "This page is not easy read yet. Some sentences are still long or hard.",
                 "People with a learning disability have not checked it."]
    elif generated:
        lines = ["A computer made this easy read page from the standard page.",
                 "People with a learning disability have not checked it."]
    elif checked and checked is not True:
        when = checked.strftime("%-d %B %Y") if isinstance(checked, date) else html.escape(str(checked))
        lines = ["Our editors wrote this easy read page.",
                 f"People with a learning disability checked it on {when}."]
    elif checked is True:
        lines = ["Our editors wrote this easy read page.", "People with a learning disability checked it."]
    else:
        lines = ["Our editors wrote this easy read page.",
                 "People with a learning disability have not checked it yet."]
    body = " ".join(f"<span>{line}</span>" for line in lines)
    if generated and help_url:
        body += f' <a href="{html.escape(help_url)}">How editors can write an easy read page</a>'
    return f'<div class="coprod-easy-banner" role="note"><p>{body}</p></div>\n\n'


def easy_nav_html(links: list[tuple[str, str]]) -> str:
    """A short list of links at the end of an easy read page: (label, url) pairs."""
    if not links:
        return ""
    items = "\n".join(f'<li><a href="{html.escape(url)}">{html.escape(label)}</a></li>' for label, url in links)
    return f'\n\n<nav class="coprod-easy-nav" aria-label="More easy read pages">\n<ul>\n{items}\n</ul>\n</nav>\n'


def needs_editor(markdown: str) -> bool:
    """Whether a computer-made page kept sentences it could not make easy read (they carry a note for editors)."""
    from .generator import NEEDS_EDITOR

    return NEEDS_EDITOR in markdown
