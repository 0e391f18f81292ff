"""The readability report page: data from the core, one template, everything from files shown as text."""

import re

from conftest import check, mkdocs_build
from coprod.checker import PageResult, check_text
from coprod.kinds import PageKind
from coprod.report import Report, report_html
from coprod.settings import parse_rule_settings

HOSTILE_NAME = "<img src=x onerror=alert(1)>.md"
HOSTILE_PAGE = """---
coprod:
  reason: '<script>alert(2)</script>'
  rules:
    sentence-length: off
---
# Hostile

<!-- coprod-disable <img src=x onerror=alert(3)>: because -->
Some words here.
<!-- coprod-enable -->

[define: <img src=x onerror=alert(4)>]
"""


def article(html: str) -> str:
    return html.split('<article class="md-content__inner md-typeset">', 1)[1].split("</article>", 1)[0]


def test_a_file_name_front_matter_a_rule_name_and_a_term_from_files_reach_the_report_as_text(make_site):
    site = make_site({"index.md": "# Home\n\nA short page.\n", HOSTILE_NAME: HOSTILE_PAGE},
                     "      easy_read: false\n")
    result = mkdocs_build(site, strict=False)
    assert result.returncode == 0, result.stderr
    report = article((site / "site" / "coprod-report" / "index.html").read_text(encoding="utf-8"))
    assert "<script" not in report and "<img" not in report
    text = report.replace("<wbr>", "")
    assert "Reason given: &lt;script&gt;alert(2)&lt;/script&gt;" in text  # the page's own rules, as text
    assert "docs/&lt;img src=x onerror=alert(1)&gt;.md" in text  # the file name
    assert "There is no rule &#34;&lt;img&#34; to switch off or on." in text  # a rule name in a comment
    assert "&lt;img src=x onerror=alert(4)&gt;" in text  # the unknown term


def test_the_report_counts_pages_files_and_the_computers_pages_apart():
    standard = check("# Page\n\n" + " ".join(["word"] * 40) + ".\n", path="docs/page.md")
    glossary = PageResult("glossary.yml", PageKind.GLOSSARY)
    made = check_text("docs/other.md (easy read made by computer)",
                      "# Page\n\nWe meet on the first Monday of every month in the big hall in the middle of town today.\n",
                      parse_rule_settings({}), kind=PageKind.EASY, generated=True)
    made.made_from = "docs/other.md"
    report = Report.from_results([made, standard, glossary])
    assert [r.path for r in report.pages] == ["docs/page.md"]
    assert [r.path for r in report.files] == ["glossary.yml"]
    assert report.summary_line() == "Checked 1 page and glossary.yml: 1 error, 0 warnings, 0 notes."
    assert report.generated_line().startswith(
        "The computer's easy read version of 1 page has problems: 1 error, 0 warnings, 0 notes. "
        "They do not fail the build.")
    assert report.failing
    html = report_html(report, link_for=lambda result: "../page/" if result.path == "docs/page.md" else None)
    assert '<a href="../page/">docs/<wbr>page.md</a>' in html
    needs = html.split('id="needs-hand-written-easy-read"', 1)[1]
    assert "Made from docs/<wbr>other.md" in needs and "easy-sentence-length" in needs
    assert "easy-sentence-length" not in html.split('id="needs-hand-written-easy-read"', 1)[0]
    # when the site asks, the computer's problems count as failures too
    assert Report.from_results([made], generated_fails=True).counts.errors == 1
    assert not Report.from_results([made]).failing


def test_the_report_page_has_no_menu_and_no_table_of_contents_so_its_table_has_the_width(make_site):
    site = make_site({"index.md": "# Home\n\nA short page.\n"})
    assert mkdocs_build(site).returncode == 0
    html = (site / "site" / "coprod-report" / "index.html").read_text(encoding="utf-8")
    sidebars = re.findall(r'<div class="md-sidebar [^>]*>', html)
    assert sidebars == ['<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" '
                        'data-md-type="navigation" hidden>',
                        '<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" '
                        'data-md-type="toc" hidden>']
    assert "<table>" in article(html)
