"""The easy read pages every site gets besides its own: the glossary and "page not found".

Both are Markdown in the easy read layout: a paragraph that starts with a
picture (a Material icon shortcode on its own line) is one idea, one sentence
a line. Text from glossary.yml is escaped: it is shown as text, never run.
"""

from __future__ import annotations

import re

from .glossary import Glossary
from .glossary_page import _escape

# Where one sentence ends and the next begins.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9“\"'(])")

EASY_GLOSSARY_FRONT_MATTER = """---
title: Words to know (easy read)
description: What the words on this site mean, in easy read.
---
"""


def _shortcode(icon: str | None) -> str | None:
    """glossary.yml names icons like material/account-group; Markdown writes :material-account-group:."""
    if not icon:
        return None
    return ":" + icon.strip().replace("/", "-") + ":"


def easy_glossary_markdown(glossary: Glossary) -> str:
    """Every term with its easy read meaning, A to Z, a picture beside it where the glossary gives one.

    Each term keeps the anchor it has on the standard glossary page, so a link
    to a term works on both.
    """
    lines = [EASY_GLOSSARY_FRONT_MATTER, "# Words to know (easy read)", "",
             "This page tells you what some words on this website mean.", ""]
    for term in sorted(glossary.terms, key=lambda t: t.term.lower()):
        lines += [f"## {_escape(term.term)} {{#{term.anchor}}}", ""]
        # One sentence a line, as on every easy read page: beside a picture a
        # line break does it; without one, each sentence is its own paragraph.
        sentences = [_escape(s) for s in _SENTENCE_END.split(term.easy_read.strip()) if s]
        picture = _shortcode(term.icon)
        if picture:
            lines += [picture, *sentences, ""]
        else:
            for sentence in sentences:
                lines += [sentence, ""]
    return "\n".join(lines)


EASY_NOT_FOUND = """---
title: We cannot find this page (easy read)
robots: noindex
search:
  exclude: true
---

# We cannot find this page

:material-file-question-outline:
The page you want is not here.
It may have moved.
Or the web address may be wrong.

{home}:material-magnify:
You can look for a word with the search box at the top of the page.
"""


def easy_not_found_markdown(home_link: str | None) -> str:
    """The easy read "page not found" page; `home_link` is the easy read home page, relative to it."""
    home = f":material-home:\nYou can go to the [easy read home page]({home_link}).\n\n" if home_link else ""
    return EASY_NOT_FOUND.format(home=home)
