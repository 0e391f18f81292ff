"""The editor's panel: a page's scores and findings, shown on the page in `mkdocs serve`.

Only the serve command adds it, inline in each page's HTML; the built site
never holds it. The panel highlights each finding at its words and lists them.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files

from .checker import PageResult
from .settings import Settings
from .kinds import PageKind
from .rules.readability import reading_ease_aim
from .text import shown_above, shown_below


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    return files("coprod").joinpath("templates", name).read_text(encoding="utf-8")


def _score_rows(result: PageResult, settings: Settings) -> list[dict]:
    rows = []
    if result.reading_ease is not None:
        aim = reading_ease_aim(settings.rule("reading-ease"))
        rows.append({"name": "Reading ease", "value": shown_below(result.reading_ease),
                     "aim": f"aim: {aim:g} or more", "ok": result.reading_ease >= aim})
    if result.grade_level is not None:
        aim = settings.rule("grade-level")["warning_above"]
        rows.append({"name": "Grade", "value": shown_above(result.grade_level),
                     "aim": f"aim: {aim:g} or lower", "ok": result.grade_level <= aim})
    limit = settings.rule("sentence-length")["warning_above"]
    if result.kind == PageKind.EASY:
        limit = settings.rule("easy-sentence-length")["error_above"]
    rows.append({"name": "Longest sentence", "value": f"{result.longest_sentence} words",
                 "aim": f"aim: {limit} or fewer", "ok": result.longest_sentence <= limit})
    average = result.scores["average_sentence_length"]
    rows.append({"name": "Average sentence", "value": f"{average:g} words", "aim": "aim: 15 to 20 or fewer",
                 "ok": average <= 20})
    rows.append({"name": "Words", "value": str(result.words), "aim": "", "ok": True})
    return rows


def panel_html(result: PageResult, settings: Settings, easy_read_url: str | None = None) -> str:
    data = {
        "path": result.path,
        "scores": _score_rows(result, settings),
        "findings": [
            {"rule": f.rule, "severity": f.severity.value, "message": f.message, "suggestion": f.suggestion,
             "line": f.line, "excerpt": f.excerpt}
            for f in result.findings
        ],
        "easyReadUrl": easy_read_url,
    }
    payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return (f'<script type="application/json" id="coprod-panel-data">{payload}</script>\n'
            f"<style>{_asset('panel.css')}</style>\n<script>{_asset('panel.js')}</script>\n")
