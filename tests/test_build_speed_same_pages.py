"""Work moved or cut to make the build fast must leave the pages as they were.

The easy read banner and short navigation are now added to the HTML after
Markdown (not run through it), and the glossary linker stops once every term
is linked: the pages must read the same.
"""

import re

import markdown

from conftest import mkdocs_build
from coprod.glossary import parse_glossary
from coprod.markdown_ext import GlossaryExtension
from test_glossary import GOOD


def test_easy_read_banner_comes_straight_after_the_title_and_the_short_navigation_last(make_site):
    site = make_site({"index.md": "# Home\n\nWelcome to the site.\n",
                      "guide.md": "# Guide\n\nWe meet every month.\n",
                      "setext.md": "Other guide\n===========\n\nWe meet every week.\n",
                      "untitled.md": "# Untitled\n\nWe meet every day.\n",
                      "untitled.easy.md": ":material-account-group:\nWe meet every day.\n"})
    result = mkdocs_build(site)
    assert result.returncode == 0, result.stderr
    # a hand-written page with no title of its own gets one from the theme, above the banner
    for name, title in (("guide", "Guide"), ("setext", "Other guide"), ("untitled", "Untitled")):
        html = (site / "site" / "easy-read" / name / "index.html").read_text(encoding="utf-8")
        article = html.split('<article class="md-content__inner md-typeset">', 1)[1].split("</article>", 1)[0]
        # the title, then the banner, the words, and the short navigation last
        assert re.search(rf"<h1[^>]*>{title}</h1>", article), article
        assert article.index("</h1>") < article.index("coprod-easy-banner") < article.index("We meet every") \
            < article.index('<nav class="coprod-easy-nav"')
        assert article.count("coprod-easy-banner") == 1 and article.count("coprod-easy-nav") == 1


def render(text: str) -> str:
    return markdown.markdown(text, extensions=[GlossaryExtension(parse_glossary(GOOD))])


def without_terms(html: str) -> str:
    """The page as it reads with the links and their tips taken out."""
    html = re.sub(r'<span class="coprod-term__tip"[^>]*>.*?</span>', "", html)
    return re.sub(r"</?(?:span|a)\b[^>]*>", "", html)


def test_terms_in_text_and_after_inline_elements_keep_their_places():
    text = "Co-production a *b* unpaid carer c **d** e `f` CQC g, co-production again, *CQC* again."
    html = render(text)
    assert html.count('class="coprod-term"') == 3
    assert without_terms(html) == markdown.markdown(text)
    assert html.index("#co-production") < html.index("#unpaid-carer") < html.index("#care-quality-commission")


def test_once_every_term_is_linked_the_rest_of_the_page_is_left_as_written():
    text = "Co-production, unpaid carers and the CQC.\n\n" + "More co-production and unpaid carers. " * 3
    html = render(text)
    assert html.count('class="coprod-term"') == 3
    assert without_terms(html) == markdown.markdown(text)
