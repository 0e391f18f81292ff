"""Sentences the easy read generator kept as written, because no safe change existed.

The generator marks each with a comment after the sentence:
`<!-- coprod-needs-editor: long -->`. This rule lists them for the editor, in
the report and in `coprod check`, so a page made by computer says where it
still needs a person.
"""

from __future__ import annotations

from ..findings import Severity
from .base import Rule

MARK = "coprod-needs-editor:"
_REASONS = {
    "long": ("The computer could not cut this sentence safely, so it kept it as it is.",
             "Write it as short sentences of about 10 words, one idea each."),
    "discouraged": ("This sentence uses a phrase the glossary asks us to avoid. The computer kept it, "
                    "as the glossary's advice is not a word that fits in the sentence.",
                    "Rewrite the sentence as the glossary advises."),
}


class EasyReadNeedsEditor(Rule):
    id = "easy-read-needs-editor"
    default_severity = Severity.INFO
    summary = "A sentence in a computer-made easy read page that the computer could not make easy safely."
    page_kinds = frozenset({"easy"})
    options = {}

    def check(self, page, settings):
        source = page.doc.source
        for comment in page.doc.comments:
            if not comment.body.startswith(MARK):
                continue
            reason = comment.body[len(MARK):].strip()
            message, suggestion = _REASONS.get(reason, (f"The computer kept this sentence as it is ({reason}).",
                                                        "Rewrite it in easy read."))
            line_start = source.rfind("\n", 0, comment.start) + 1
            yield page.finding(self.id, self.severity(settings), line_start, comment.start, message, suggestion)
