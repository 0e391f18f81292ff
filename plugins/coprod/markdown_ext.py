"""Python-Markdown extension: glossary terms become links with a definition anyone can reach.

Works on the element tree, never on HTML text, so code, links and headings
are left alone. Portable to any tool that runs Python-Markdown extensions:

    markdown.markdown(text, extensions=[GlossaryExtension(glossary=load_glossary(path),
                                                          glossary_url="/glossary/")])

The first use of each term on a page becomes

    <span class="coprod-term"><a class="coprod-term__link" href="…#term"
      aria-describedby="coprod-tip-1">term</a><span class="coprod-term__tip"
      role="tooltip" id="coprod-tip-1">definition</span></span>

The tip is an element, not a `title`, so it can be shown on keyboard focus and
on touch, and screen readers announce it as the link's description.

`[define: term]` on a line of its own shows the glossary's definition of a term
in a box; inside a sentence it becomes the definition's text.
"""

from __future__ import annotations

import html
import posixpath
import re
import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.blockprocessors import BlockProcessor
from markdown.inlinepatterns import InlineProcessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from .glossary import Glossary, Term, inside_longer_name
from .zensical_support import PageFromHost, glossary_from_file
from .safe_text import definition_html, definition_text, one_line

DEFINE_PATTERN = r"\[define:\s*([^\]\n]*?)\s*\]"
_DEFINE_BLOCK = re.compile(r"^\s*" + DEFINE_PATTERN + r"\s*$", re.I)

# Never link inside these: headings, links, code, and our own markup.
_SKIP_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "a", "code", "pre", "kbd", "samp", "abbr", "script",
              "style", "button", "svg", "title", "dt"}
_SKIP_CLASSES = ("coprod-term", "coprod-definition", "coprod-no-glossary", "twemoji")


class GlossaryExtension(Extension):
    """Links glossary terms. Set `page_path`, `easy` and `enabled` per page when the page changes."""

    def __init__(self, glossary: Glossary | None = None, glossary_page: str = "glossary.md",
                 glossary_url: str | None = None, **kwargs):
        self.config = {
            "glossary_file": ["", "path of glossary.yml, when no glossary object is given"],
        }
        super().__init__(**kwargs)
        if glossary is None and self.getConfig("glossary_file"):
            glossary = glossary_from_file(self.getConfig("glossary_file"))
        self.glossary = glossary
        self.glossary_page = glossary_page
        self.glossary_url = glossary_url
        self.easy_glossary_page: str | None = None  # where terms on easy read pages link, if the site has one
        self.page_path = "index.md"  # source path of the page being rendered
        self.easy = False  # easy read pages show the easy read definitions
        self.enabled = True
        # The term each matched spelling stands for, and its anchor: the same few
        # spellings come up on every page, and working them out is most of the cost.
        self._terms: dict[str, tuple[Term, str] | None] = {}
        self._glossary_from: dict[str, str] = {}  # the glossary page's path from each folder

    def term_for(self, words: str) -> tuple[Term, str] | None:
        """The term (and its anchor) that words found by the term matcher spell."""
        if words not in self._terms:
            term = self.glossary.term_matcher.value_of(words)
            self._terms[words] = (term, term.anchor) if term is not None else None
        return self._terms[words]

    def href(self, term: Term) -> str:
        if self.glossary_url is not None:
            return f"{self.glossary_url}#{term.anchor}"
        target = self.easy_glossary_page if self.easy and self.easy_glossary_page else self.glossary_page
        folder = posixpath.dirname(self.page_path) or "."
        key = target + "\0" + folder
        if key not in self._glossary_from:  # the same for every term on a page, and slow to work out
            self._glossary_from[key] = posixpath.relpath(target, folder)
        return f"{self._glossary_from[key]}#{term.anchor}"

    def definition(self, term: Term) -> str:
        return term.easy_read if self.easy else term.definition

    def extendMarkdown(self, md):  # noqa: N802 (Python-Markdown's name)
        md.registerExtension(self)
        md.preprocessors.register(PageFromHost(md, self), PageFromHost.NAME, 1)  # Zensical: which page this is
        if self.glossary is None:
            return
        md.parser.blockprocessors.register(DefineBlockProcessor(md.parser, self), "coprod_define_block", 95)
        md.inlinePatterns.register(DefineInlineProcessor(DEFINE_PATTERN, md, self), "coprod_define", 175)
        # After inline processing (20), before MkDocs turns .md links into URLs (0).
        md.treeprocessors.register(TermLinker(md, self), "coprod_glossary", 5)


def _stashed(md, fragment: str) -> AtomicString:
    """Safe HTML kept aside until the page is written, so no later step (such as
    attr_list) reads the glossary's text as markup."""
    return AtomicString(md.htmlStash.store(fragment))


def _definition_box(extension: GlossaryExtension, md, term: Term) -> etree.Element:
    box = etree.Element("div", {"class": "admonition abstract coprod-definition"})
    title = etree.SubElement(box, "p", {"class": "admonition-title"})
    title.text = _stashed(md, html.escape(f"What “{one_line(term.term)}” means", quote=False))
    body = etree.SubElement(box, "p")
    body.text = _stashed(md, definition_html(extension.definition(term)) + " ")
    more = etree.SubElement(body, "a", {"href": extension.href(term)})
    more.text = AtomicString("See the glossary")
    return box


class DefineBlockProcessor(BlockProcessor):
    """A paragraph that is only `[define: term]` becomes a definition box."""

    def __init__(self, parser, extension: GlossaryExtension):
        super().__init__(parser)
        self.extension = extension

    def test(self, parent, block):
        match = _DEFINE_BLOCK.match(block)
        return bool(match and self.extension.glossary.lookup(match.group(1)))

    def run(self, parent, blocks):
        match = _DEFINE_BLOCK.match(blocks.pop(0))
        term = self.extension.glossary.lookup(match.group(1))
        parent.append(_definition_box(self.extension, self.parser.md, term))


class DefineInlineProcessor(InlineProcessor):
    """`[define: term]` inside a sentence becomes the definition's text."""

    def __init__(self, pattern, md, extension: GlossaryExtension):
        super().__init__(pattern, md)
        self.extension = extension

    def handleMatch(self, m, data):  # noqa: N802 (Python-Markdown's name)
        term = self.extension.glossary.lookup(m.group(1))
        if term is None:
            return None, None, None  # left as written; the checker reports it
        span = etree.Element("span", {"class": "coprod-definition"})
        span.text = _stashed(self.md, definition_html(self.extension.definition(term)))
        return span, m.start(0), m.end(0)


class TermLinker(Treeprocessor):
    def __init__(self, md, extension: GlossaryExtension):
        super().__init__(md)
        self.extension = extension

    def run(self, root):
        if not self.extension.enabled:
            return None
        self.seen: set[str] = set()
        self.unseen = len(self.extension.glossary.by_anchor)  # once none is left, the walk can stop
        self.pattern = self.extension.glossary.term_matcher.pattern
        self.count = 0
        self._walk(root)
        return None

    def _skip(self, element) -> bool:
        classes = element.get("class", "")
        return element.tag in _SKIP_TAGS or any(name in classes for name in _SKIP_CLASSES)

    def _walk(self, element) -> None:
        if element.text and not isinstance(element.text, AtomicString):
            text, new = self._link(element.text)
            if new:
                element.text = text
                for index, child in enumerate(new):
                    element.insert(index, child)
        position = 0  # just after the child, counting the links put in after earlier children
        for child in list(element):
            position += 1
            if not self.unseen:
                return  # every term is linked already
            if not self._skip(child):
                self._walk(child)
            if child.tail and not isinstance(child.tail, AtomicString):
                tail, new = self._link(child.tail)
                if new:
                    child.tail = tail
                    for node in new:
                        element.insert(position, node)
                        position += 1

    def _link(self, text: str) -> tuple[str, list]:
        """Text before the first new term, and elements (with tails) for the rest."""
        lead, nodes, last = None, [], 0
        for match in self.pattern.finditer(text):
            found = self.extension.term_for(match.group(0))
            if found is None:
                continue
            term, anchor = found
            if anchor in self.seen or inside_longer_name(text, match.start(), match.end(), term):
                continue
            self.seen.add(anchor)
            self.unseen -= 1
            node = self._term_element(match.group(0), term)
            if lead is None:
                lead = text[: match.start()]
            else:
                nodes[-1].tail = text[last : match.start()]
            nodes.append(node)
            last = match.end()
        if not nodes:
            return text, []
        nodes[-1].tail = text[last:]
        return lead, nodes

    def _term_element(self, words: str, term: Term) -> etree.Element:
        self.count += 1
        tip_id = f"coprod-tip-{self.count}"
        wrapper = etree.Element("span", {"class": "coprod-term"})
        link = etree.SubElement(wrapper, "a", {"class": "coprod-term__link", "href": self.extension.href(term),
                                               "aria-describedby": tip_id})
        link.text = AtomicString(words)
        tip = etree.SubElement(wrapper, "span", {"class": "coprod-term__tip", "role": "tooltip", "id": tip_id,
                                                 "data-search-exclude": ""})  # not in search snippets
        definition = definition_text(self.extension.definition(term))
        if term.abbreviation and words.rstrip("s") == term.abbreviation:
            definition = f"{term.term}. {definition}"
        tip.text = AtomicString(definition)
        return wrapper


def makeExtension(**kwargs):  # noqa: N802 (Python-Markdown's entry point name)
    return GlossaryExtension(**kwargs)


# --- easy read layout ------------------------------------------------------------

from .easyread.icons import NO_PICTURE  # noqa: E402 (beside the pattern it goes with)

_SHORTCODE = re.compile(r"^\s*:((?:material|fontawesome|octicons|simple)-[a-z0-9-]+):\s*(?:\n|$)")


class EasyReadExtension(Extension):
    """Lays out easy read ideas: a picture on the left, one sentence per line on the right.

    An idea is a paragraph that starts with an icon (a Material shortcode such as
    `:material-account-group:` on its own line). Set `enabled` per page.
    `icon_file(name)` gives an icon's SVG file, like "material/bus" (the
    adapter hands it in; without it, a site needs pymdownx.emoji for pictures).
    """

    def __init__(self, icon_file=None, **kwargs):
        super().__init__(**kwargs)
        self.enabled = False
        self.icon_file = icon_file

    def extendMarkdown(self, md):  # noqa: N802 (Python-Markdown's name)
        md.registerExtension(self)
        md.treeprocessors.register(EasyReadLayout(md, self), "coprod_easy_read", 4)


def _icon_svg(name: str, icon_file) -> etree.Element | None:
    """An icon as inline SVG, for sites without pymdownx.emoji. `icon_file` finds its file (given by the adapter)."""
    family, _, icon = name.partition("-")
    path = icon_file(f"{family}/{icon}") if icon_file is not None else None
    if path is None:
        return None
    svg = etree.fromstring(path.read_text(encoding="utf-8"))
    for element in svg.iter():
        element.tag = element.tag.split("}", 1)[-1]  # HTML output wants <svg>, not {namespace}svg
    svg.set("xmlns", "http://www.w3.org/2000/svg")
    span = etree.Element("span", {"class": "twemoji"})
    span.append(svg)
    return span


class EasyReadLayout(Treeprocessor):
    def __init__(self, md, extension: EasyReadExtension):
        super().__init__(md)
        self.extension = extension

    def run(self, root):
        if not self.extension.enabled:
            return None
        for parent in root.iter():
            for index, child in enumerate(list(parent)):
                if child.tag == "p":
                    idea = self._idea(child)
                    if idea is not None:
                        parent[index] = idea
        return None

    def _take_icon(self, paragraph) -> etree.Element | None:
        first = paragraph[0] if len(paragraph) else None
        if first is not None and not (paragraph.text or "").strip() and "twemoji" in first.get("class", ""):
            paragraph.remove(first)
            paragraph.text = first.tail
            first.tail = None
            return first
        if (paragraph.text or "").lstrip().startswith(NO_PICTURE + "\n"):  # an idea with no fitting picture
            paragraph.text = paragraph.text.lstrip()[len(NO_PICTURE) + 1:]
            return etree.Element("span")
        match = _SHORTCODE.match(paragraph.text or "")
        if match:
            icon = _icon_svg(match.group(1), self.extension.icon_file)
            if icon is not None:
                paragraph.text = paragraph.text[match.end():]
                return icon
        return None

    def _idea(self, paragraph) -> etree.Element | None:
        icon = self._take_icon(paragraph)
        if icon is None:
            return None
        idea = etree.Element("div", {"class": "coprod-easy-idea"})
        picture = etree.SubElement(idea, "div", {"class": "coprod-easy-picture", "aria-hidden": "true"})
        picture.append(icon)
        words = etree.SubElement(idea, "div", {"class": "coprod-easy-words"})
        for line in _split_lines(paragraph):
            text = line.text or ""
            number = _NUMBERED_ITEM.match(text)
            if text.startswith("- ") or number:  # a list item, the page's own or after a lead-in ("It is for anyone who:")
                kind = "ol" if number else "ul"
                if not len(words) or words[-1].tag != kind:
                    etree.SubElement(words, kind)
                line.tag, line.text = "li", text[number.end() if number else 2:]
                if number:
                    line.set("value", number.group(1))
                words[-1].append(line)
            elif text[:1] == " " and len(words) and words[-1].tag in ("ul", "ol"):
                # The next sentence of the same item: it stays in the item, on a line of its own.
                item = words[-1][-1]
                if text.lstrip().startswith("- "):  # a list the generator made inside the item
                    if not len(item) or item[-1].tag != "ul":
                        etree.SubElement(item, "ul")
                    line.tag, line.text = "li", text.lstrip()[2:]
                    item[-1].append(line)
                    continue
                etree.SubElement(item, "br").tail = text.lstrip()
                for child in list(line):
                    item.append(child)
            else:
                words.append(line)
        return idea


# A numbered item of the page's own list: "2. Resist the urge to sound formal."
_NUMBERED_ITEM = re.compile(r"(\d{1,9})\. ")


def _split_lines(paragraph) -> list:
    """The paragraph cut at its line breaks into one <p> per line, keeping inline elements whole."""
    lines: list[list] = [[]]

    def add_text(text: str | None) -> None:
        parts = (text or "").split("\n")
        lines[-1].append(parts[0])
        for part in parts[1:]:
            lines.append([part])

    add_text(paragraph.text)
    for child in list(paragraph):
        tail, child.tail = child.tail, None
        if child.tag == "br":
            lines.append([])
        else:
            lines[-1].append(child)
        add_text(tail)
    result = []
    for items in lines:
        line = etree.Element("p")
        last = None
        for item in items:
            if isinstance(item, str):
                if last is None:
                    line.text = (line.text or "") + item
                else:
                    last.tail = (last.tail or "") + item
            else:
                line.append(item)
                last = item
        if (line.text or "").strip() or len(line):
            text = line.text or ""
            # An indented line is the next sentence of a list item: the indent says so (see _idea).
            line.text = (" " if text[:1] == " " and (text.strip() or len(line)) else "") + text.lstrip()
            result.append(line)
    return result
