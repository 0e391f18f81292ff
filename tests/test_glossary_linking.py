"""The Markdown extension: first use of a term becomes a link with a reachable definition."""

import markdown

from coprod.glossary import parse_glossary
from coprod.markdown_ext import GlossaryExtension
from test_glossary import GOOD

GLOSSARY = parse_glossary(GOOD)


def render(text: str, **page) -> str:
    extension = GlossaryExtension(GLOSSARY)
    for name, value in page.items():
        setattr(extension, name, value)
    return markdown.markdown(text, extensions=[extension, "admonition"])


def test_first_use_only_is_linked_with_a_described_link():
    html = render("Co-production helps. More co-production. Unpaid carers too.", page_path="guides/a.md")
    assert html.count('class="coprod-term"') == 2
    assert ('<a aria-describedby="coprod-tip-1" class="coprod-term__link" href="../glossary.md#co-production">'
            "Co-production</a>") in html
    assert ('<span class="coprod-term__tip" data-search-exclude="" id="coprod-tip-1" role="tooltip">'
            "Working together as equal partners.</span>") in html
    assert 'href="../glossary.md#unpaid-carer">Unpaid carers</a>' in html


def test_not_in_headings_links_or_code():
    html = render("# Co-production\n\n[co-production](x.md) and `co-production`.\n\n```\nco-production\n```\n")
    assert "coprod-term" not in html


def test_first_use_counts_in_document_order_across_nested_elements():
    html = render("Some *emphasised co-production* here and co-production there.")
    assert html.count("coprod-term__link") == 1
    assert "<em>emphasised <span" in html


def test_abbreviations_show_their_expansion():
    html = render("The CQC checks services.")
    assert "Care Quality Commission. The body that checks care services in England." in html


def test_easy_read_pages_show_easy_read_definitions():
    html = render("Co-production.", easy=True)
    assert "Working together as equals." in html


def test_definition_embed_block_and_inline():
    html = render("[define: co-production]\n\nIt is, in short: [define: unpaid carer]")
    assert '<div class="admonition abstract coprod-definition">' in html
    assert "What “co-production” means" in html
    assert '<span class="coprod-definition">Someone who looks after a relative or friend without pay.</span>' in html


def test_html_in_definitions_is_escaped():
    glossary = parse_glossary('terms:\n  - term: carer\n    definition: "<script>alert(1)</script> & more"\n'
                              "    easy_read: A helper.\n")
    html = markdown.markdown("A carer.\n\n[define: carer]", extensions=[GlossaryExtension(glossary)])
    assert "<script>" not in html
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more") == 2


def test_switched_off_on_the_glossary_page():
    assert "coprod-term" not in render("Co-production.", enabled=False)


def test_terms_inside_longer_names_are_not_linked():
    glossary = parse_glossary("terms:\n  - term: needs assessment\n    definition: A talk about your needs.\n"
                              "    easy_read: A talk.\n")
    html = markdown.markdown("The Joint Strategic Needs Assessment is big. A needs assessment is small.",
                             extensions=[GlossaryExtension(glossary)])
    assert html.count("coprod-term__link") == 1
    assert ">needs assessment</a>" in html
