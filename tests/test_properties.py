"""Property-based tests (Hypothesis): whatever text a page holds, the reader, the
checks and the easy read generator finish without an exception, and every
finding points inside the file. Few examples, derandomised, so CI stays quick
and a failure always comes back."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coprod import prose
from coprod.checker import check_text
from coprod.easyread import generate_easy_read
from coprod.errors import GlossaryError
from coprod.glossary import load_glossary, parse_glossary
from coprod.settings import parse_rule_settings

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = load_glossary(ROOT / "glossary.yml")
SETTINGS = parse_rule_settings({})
EXAMPLES = settings(max_examples=60, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])

# Pieces that mean something to Markdown, to the reader or to the checks, and odd line breaks.
PIECES = ["# ", "## ", "---\n", "- ", "1. ", "> ", "!!! note", "    ", "```", "~~~", "|", "|---|", "[", "]",
          "(", ")", "![", "<!-- ", " -->", "coprod-disable", "coprod-enable", "[define: ", "co-production",
          "carer", "`", "*", "_", "{: ", "}", "<b>", "</b>", "<div markdown>", "&amp;", "\\", ":", "http://a.b",
          "U.K.", "e.g. ", "Dr. ", "90%", "1,000", "\r", "\r\n", "\n", "\n\n", "\u2028", "\f", "\t", ". ", "? ",
          "We meet on Monday. ", "People who draw on care and support ", "utilise ", "SCIE ", "review_due: ",
          "2024-02-30", "coprod:", "\ufeff", "é", "\x00"]
MARKDOWN = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=40).map("".join)


def _lines(text: str) -> int:
    """Lines as Markdown counts them."""
    return len(re.findall(r"\r\n|\r|\n", text)) + 1


@EXAMPLES
@given(MARKDOWN)
def test_the_reader_keeps_every_offset_and_every_block_inside_the_page(text):
    doc = prose.parse(text)
    assert len(doc.masked) == len(text)
    for block in doc.blocks:
        assert 0 <= block.start <= block.end <= len(text)
    assert doc.position(len(text))[0] == _lines(text)


@EXAMPLES
@given(MARKDOWN, st.sampled_from(["page.md", "page.easy.md"]))
def test_every_finding_is_inside_the_file(text, path):
    result = check_text(path, text, SETTINGS, GLOSSARY)
    last = _lines(text)
    for finding in result.findings:
        assert 1 <= finding.line <= last, finding
        assert finding.column >= 1, finding


@EXAMPLES
@given(st.dictionaries(st.sampled_from(["title", "review_due", "coprod", "description", "1", "hide"]),
                       st.one_of(st.text(max_size=10), st.integers(), st.none(), st.booleans(),
                                 st.sampled_from(["!!int x", "!!timestamp x", "2024-02-30", "{1: x, foo: y}",
                                                  "[a, {b: c}]", ".nan", "*x", "&a", "|"])),
                       max_size=4))
def test_any_front_matter_gives_findings_not_exceptions(values):
    front = "".join(f"{key}: {value}\n" for key, value in values.items())
    text = f"---\n{front}---\n# Title\n\nWe meet on Monday.\n"
    result = check_text("page.md", text, SETTINGS, GLOSSARY)
    assert all(1 <= f.line <= _lines(text) for f in result.findings)


@EXAMPLES
@given(MARKDOWN)
def test_the_easy_read_generator_finishes_on_any_page(text):
    easy = generate_easy_read(text, GLOSSARY)
    assert isinstance(easy, str)


GLOSSARY_PIECES = ["terms:\n", "  - term: ", "    definition: ", "    easy_read: ", "    variants: [", "]\n",
                   "    avoid:\n", "      - phrase: ", "discouraged:\n", "  - phrase: ", "    instead: ", "\n",
                   "carer", "C++", "C#", "<img src=x onerror=alert(1)>", "{: onclick=x }", "!!int x",
                   "2024-02-30", "a" * 120, "&a ", "*a", "'", '"', ":", "- "]


@EXAMPLES
@given(st.lists(st.sampled_from(GLOSSARY_PIECES), max_size=30).map("".join))
def test_any_glossary_loads_or_gives_glossary_errors_with_lines(text):
    try:
        glossary = parse_glossary(text)
    except GlossaryError as error:
        problems = getattr(error, "problems", [error])
        assert all(p.line is None or 1 <= p.line <= _lines(text) + 1 for p in problems)
        return
    matcher = glossary.term_matcher  # builds its pattern: no RecursionError, no bad regex
    assert list(matcher.finditer("We meet the carer and C++ people.")) is not None
