"""The glossary page, A to Z, as Markdown, made from glossary.yml."""

from __future__ import annotations

from itertools import groupby

from .glossary import Glossary
from .safe_text import definition_html, markdown_text

FRONT_MATTER = """---
title: Glossary
description: What the words on this site mean, in plain English and in easy read.
coprod_generated: true
---
"""


# Text from glossary.yml is shown as text: no HTML or Markdown from it runs
# (attribute lists included). Definitions keep a safe subset of Markdown and go
# in as HTML blocks, which Markdown passes through untouched.
_escape = markdown_text


def _letter(term) -> str:
    first = term.term[:1].upper()
    return first if first.isalpha() else "#"


def glossary_markdown(glossary: Glossary) -> str:
    terms = sorted(glossary.terms, key=lambda t: t.term.lower())
    groups = [(letter, list(items)) for letter, items in groupby(terms, key=_letter)]
    lines = [FRONT_MATTER, "# Glossary", "",
             "These are the words this site explains. Each one has a plain meaning and an easy read meaning.",
             ""]
    if groups:
        jumps = " ".join(f"[{letter}](#letter-{letter.lower() if letter != '#' else 'other'})" for letter, _ in groups)
        lines += [f"Go to a letter: {jumps}", ""]
    for letter, items in groups:
        anchor = letter.lower() if letter != "#" else "other"
        lines += [f"## {letter} {{#letter-{anchor}}}", ""]
        for term in items:
            title = _escape(term.term)
            if term.abbreviation:
                title += f" ({_escape(term.abbreviation)})"
            lines += [f"### {title} {{#{term.anchor}}}", "", f"<p>{definition_html(term.definition)}</p>", "",
                      f"<p><strong>Easy read:</strong> {definition_html(term.easy_read)}</p>", ""]
            related = [glossary.lookup(name) for name in term.related]
            links = [f"[{_escape(r.term)}](#{r.anchor})" for r in related if r]
            if links:
                lines += [f"**Related:** {', '.join(links)}", ""]
            if term.avoid:
                avoid = "; ".join(f"“{_escape(a.phrase)}”" for a in term.avoid)
                lines += [f"**Say this instead of:** {avoid}", ""]
            if term.source:
                lines += [f"**Source:** {_escape(term.source)}", ""]
    avoids = sorted(glossary.all_avoids, key=lambda a: a.phrase.lower())
    if avoids:
        lines += ["## Say this, not that {#say-this-not-that}", "",
                  "Some words hurt, confuse or leave people out. Use the words on the left instead.", "",
                  "| Say | Not | Why |", "|---|---|---|"]
        for avoid in avoids:
            lines.append(f"| {_escape(avoid.instead)} | {_escape(avoid.phrase)} | {_escape(avoid.reason)} |")
        lines.append("")
    return "\n".join(lines)
