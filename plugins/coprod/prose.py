"""Markdown in, prose blocks with their places in the source out.

Python-Markdown keeps no source positions, so this is a small line-based
reader of the Markdown that MkDocs sites use (CommonMark blocks plus
admonitions, content tabs, tables, footnotes, abbreviations and attribute
lists). It does not build HTML. It works by masking: every character that is
not prose (front matter, code, markup, URLs, HTML tags and attributes) becomes
a space, so an offset in the masked text is the same offset in the file and a
finding always points at the right line and column.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

import yaml

from .yaml_loaders import StrictLoader

# libyaml's loader, where PyYAML has it: the same results, several times faster.
FAST_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_NOT_NEWLINE = re.compile(r"[^\r\n]")

# Line breaks as Markdown reads them: \r\n, \r or \n (not U+2028 or a form feed).
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?-{3}[ \t]*(?:\r\n|\r|\n)(.*?(?:\r\n|\r|\n))?(?:-{3}|\.{3})[ \t]*(?:\r\n|\r|\n|\Z)",
                           re.S)
_FRONT_MATTER_START = re.compile(r"\A(?:\ufeff)?-{3}[ \t]*(?:\r\n|\r|\n)[ \t]*[\w\"'-][^\r\n]*:")
_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
_FENCE = re.compile(r"(`{3,}|~{3,})")
_ATX_HEADING = re.compile(r"(#{1,6})(?:[ \t]+|$)")
_ATX_CLOSING = re.compile(r"[ \t]+#+[ \t]*$|[ \t]*\{[^{}]*\}[ \t]*$")
_SETEXT_UNDERLINE = re.compile(r"(?:=+|-+)[ \t]*$")
_RULE_LINE = re.compile(r"([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_CONTAINER = re.compile(r"(?:!!!|\?\?\?\+?|===!?)[ \t]*(?:[\w-]+(?:[ \t]+[\w-]+)*)?[ \t]*(?:\"([^\"]*)\")?[ \t]*$")
_LIST_ITEM = re.compile(r"([-*+]|\d{1,9}[.)])([ \t]+|$)(\[[ xX]\][ \t]+)?")
_DEFINITION = re.compile(r":[ \t]{1,4}(?=\S)")
_QUOTE = re.compile(r"(?:>[ \t]?)+")
_REFERENCE = re.compile(r"\[[^\]^][^\]]*\]:[ \t]*\S")
_ABBREVIATION_DEF = re.compile(r"\*\[([^\]]+)\]:[ \t]*(.*)$")
_FOOTNOTE_DEF = re.compile(r"\[\^[^\]]+\]:[ \t]*")
_TABLE_SEPARATOR = re.compile(r"\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
# A whole block element on one line, such as <dt>Carer</dt>: a block of its own.
# A term, heading or label has no full stop, so it must not run into the next line.
_HTML_LABELS = ("dt", "th", "summary", "caption", "figcaption")  # names, not sentences: read as titles
_HTML_ONE_LINE = re.compile(r"<(dt|dd|li|p|h[1-6]|th|td|figcaption|caption|summary)\b[^<>]*>.*</\1>[ \t]*$", re.I)

# Template tags (Liquid, Jinja, Nunjucks): masked like code, wherever they are.
_TEMPLATE = re.compile(r"\{%.*?%\}|\{\{.*?\}\}|\{#.*?#\}", re.S)
# Template blocks whose insides are code or notes, not prose.
_TEMPLATE_CODE_OPEN = re.compile(r"\{%-?\s*(raw|comment|highlight|capture)\b")
# HTML: block elements that hold prose (indenting inside them does not make code),
# and elements whose insides are code.
_HTML_CONTAINERS = frozenset(
    "address article aside blockquote details dialog div dl fieldset figure footer form header main nav "
    "ol section table tbody thead tfoot tr ul li dd".split())
_HTML_OPEN_OR_CLOSE = re.compile(r"<(/?)([A-Za-z][\w-]*)(?:\s[^<>]*)?(/?)>")
_HTML_CODE = re.compile(r"<(pre|script|style|textarea|code)\b", re.I)

# Inline markup, masked inside prose blocks. Order matters: code first, so
# nothing inside code is read as a link or emphasis.
_INLINE_CODE = re.compile(r"(`+)[\s\S]+?\1")
# No "[" inside brackets or "(" inside addresses: each match then stops at the next
# one, so a line of a thousand "[" takes linear time, not quadratic.
_EMBED = re.compile(r"\[define:[^\]\[\n]*\]", re.I)
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]+\]")
_IMAGE = re.compile(r"!\[[^\]\[]*\](?:\([^()]*\)|\[[^\]\[]*\])")
_LINK = re.compile(r"\[([^\]\[]+)\](\([^()]*\)|\[[^\]\[]*\])")
_URL = re.compile(
    r"<(?:https?|mailto|ftp):[^>\s]*>|\b(?:https?://|www\.)[^\s<>()\[\]]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)
# The same without its last part, for text with no "@": that part (an email address) is slow to
# rule out, as it reads every word up to its end.
_URL_NOT_EMAIL = re.compile(_URL.pattern.rsplit("|", 1)[0])
_HTML_INLINE_CODE = re.compile(r"<(code|kbd|samp|pre|script|style)\b[^>]*>.*?</\1\s*>", re.S | re.I)
_HTML_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>")
_ATTR_LIST = re.compile(r"\{[ \t]*[:#.][^{}\n]*\}|\{[ \t]*[\w-]+=[^{}\n]*\}")
# The colon first, then what stands before it (the same as (?<![\w:]):...): a pattern that starts
# with a plain character is looked for quickly.
_SHORTCODE = re.compile(r":(?<![\w:]:)[a-z][a-z0-9_+-]*:(?![\w:])")
_EMPHASIS = re.compile(
    r"(?<![\w\\*_~=^])(?:\*{1,3}|_{1,3}|~~|==|\^\^)(?=[^\s*_~=^])"
    r"|(?<=[^\s*_~=^\\])(?:\*{1,3}|_{1,3}|~~|==|\^\^)(?![\w*_~=^])"
)
_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!|<>~^=:])")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")


def blank(text: str) -> str:
    """The same text with every character but line breaks turned to spaces."""
    if "\r" in text:
        return _NOT_NEWLINE.sub(" ", text)
    return "\n".join(" " * len(line) for line in text.split("\n"))


@dataclass
class Block:
    """A run of prose that is its own unit: sentences never cross its ends."""

    kind: str  # heading, title (of an admonition or tab), paragraph, list-item, table-cell
    start: int
    end: int
    level: int = 0  # heading level; for list items and table cells, which list or table
    row: int = 0  # table cells: row (0 is the header) and column
    column: int = 0
    # Words the page quotes rather than says: a block quote, or an example of what not
    # to write ("Don't say" column, "Before" item). The rules leave them alone.
    quoted: bool = False


@dataclass
class Comment:
    start: int
    end: int
    body: str


@dataclass
class Document:
    source: str
    masked: str
    blocks: list[Block]
    comments: list[Comment]
    front_matter: dict
    front_matter_error: tuple[int, str] | None
    body_start: int  # offset where the Markdown after the front matter starts
    front_matter_unclosed: bool = False  # starts like front matter, but no line closes it
    abbreviations: dict[str, str] = field(default_factory=dict)
    embeds: list[tuple[int, int, str]] = field(default_factory=list)  # [define: term] outside code
    _line_starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._line_starts = [0] + [m.end() for m in _LINE_BREAK.finditer(self.source)]

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of an offset in the source."""
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return index + 1, offset - self._line_starts[index] + 1

    def line_offset(self, line: int) -> int:
        return self._line_starts[min(max(line, 1), len(self._line_starts)) - 1]

    def text(self, block: Block) -> str:
        return self.masked[block.start : block.end]

    def front_matter_offset(self, key: str) -> int | None:
        """Where a top-level key starts in the front matter, if it is there."""
        match = re.search(rf"^{re.escape(key)}[ \t]*:", self.source[: self.body_start], re.M)
        return match.start() if match else None

    @property
    def body_line(self) -> int:
        return self.position(self.body_start)[0]


def _read_front_matter(source: str) -> tuple[dict, tuple[int, str] | None, int]:
    match = _FRONT_MATTER.match(source)
    if not match:
        return {}, None, 0
    # One line before the YAML, for the "---": lines in the YAML are then lines in the file.
    text = "\n" + (match.group(1) or "")
    try:
        data = yaml.load(text, Loader=StrictLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        if mark is not None and mark.index >= len(text.rstrip()):
            # Problems found only at the end (an unclosed bracket) are better shown where they start.
            mark = getattr(error, "context_mark", None) or mark
        line = 1 + (mark.line if mark else 1)
        problem = getattr(error, "problem", None) or "it is not valid YAML"
        if isinstance(error, yaml.constructor.ConstructorError):  # a value, not the layout
            return {}, (line, f"In the front matter, {problem}."), match.end()
        return {}, (line, f"the front matter is not valid YAML ({problem}). "
                          "Check the colons, quotes and indents near this line."), match.end()
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return {}, (2, "the front matter must be a list of 'key: value' lines."), match.end()
    return data, None, match.end()


def _split_lines(text: str) -> list[str]:
    """Lines with their ends, cut only where Markdown cuts them (unlike str.splitlines)."""
    lines, last = [], 0
    for match in _LINE_BREAK.finditer(text):
        lines.append(text[last:match.end()])
        last = match.end()
    if last < len(text):
        lines.append(text[last:])
    return lines


def front_matter_unclosed(source: str) -> bool:
    """Whether the page starts like front matter ("---" then "key:") but never closes it."""
    return not _FRONT_MATTER.match(source) and bool(_FRONT_MATTER_START.match(source))


def _indent_of(line: str) -> int:
    width = 0
    for char in line:
        if char == " ":
            width += 1
        elif char == "\t":
            width += 4 - width % 4
        else:
            break
    return width


def _split_table_row(line: str, offset: int) -> list[tuple[int, int]]:
    """(start, end) of each cell's text, trimmed; pipes in code or escaped are text."""
    cells, cell_start, in_code, i = [], 0, False, 0
    while i < len(line):
        char = line[i]
        if char == "\\":
            i += 2
            continue
        if char == "`":
            in_code = not in_code
        elif char == "|" and not in_code:
            cells.append((cell_start, i))
            cell_start = i + 1
        i += 1
    cells.append((cell_start, len(line)))
    spans = []
    for start, end in cells:
        text = line[start:end]
        stripped = text.strip()
        if stripped:
            lead = len(text) - len(text.lstrip())
            spans.append((offset + start + lead, offset + start + lead + len(stripped)))
    return spans


def _mask_inline(text: str, embeds: list | None = None, offset: int = 0) -> str:
    """Mask inline markup in one block's text, keeping its length.

    `[define: term]` embeds found outside code are added to `embeds`.
    """

    def hide(match: re.Match) -> str:
        return blank(match.group(0))

    def keep_link_text(match: re.Match) -> str:
        whole = match.group(0)
        label = match.group(1)
        return " " + label + blank(whole[1 + len(label) :])

    # Each pattern needs a character that most prose lacks: test for it first (cheap).
    if "`" in text:
        text = _INLINE_CODE.sub(hide, text)
    if "{" in text:
        text = _TEMPLATE.sub(hide, text)
    if "[" in text:
        if embeds is not None:
            embeds += [(offset + m.start(), offset + m.end(), m.group(0)[len("[define:"):-1].strip())
                       for m in _EMBED.finditer(text)]
        text = _EMBED.sub(hide, text)
        text = _FOOTNOTE_REF.sub(hide, text)
        text = _IMAGE.sub(hide, text)
        text = _LINK.sub(keep_link_text, text)
    if "@" in text:
        text = _URL.sub(hide, text)
    elif "<" in text or "http" in text or "www." in text:
        text = _URL_NOT_EMAIL.sub(hide, text)
    if "<" in text:
        text = _HTML_INLINE_CODE.sub(hide, text)
        text = _HTML_TAG.sub(hide, text)
    if "{" in text:
        text = _ATTR_LIST.sub(hide, text)
    if ":" in text:
        text = _SHORTCODE.sub(hide, text)
    if "*" in text or "_" in text or "~" in text or "=" in text or "^" in text:
        text = _EMPHASIS.sub(hide, text)
    if "\\" in text:
        text = _ESCAPE.sub(" ", text)
    if "&" in text:
        text = _ENTITY.sub(hide, text)
    return text


_CODE_STAND_IN = "\ue000"  # a private-use character: no pattern matches it


def readable_text(text: str) -> str:
    """A block's text as a reader sees it: markup masked, but inline code kept (same length)."""
    codes = [(m.start(), m.end()) for m in _INLINE_CODE.finditer(text)]
    hidden = text
    for start, end in codes:
        hidden = hidden[:start] + _CODE_STAND_IN * (end - start) + hidden[end:]
    masked = _mask_inline(hidden)
    for start, end in codes:
        masked = masked[:start] + text[start:end] + masked[end:]
    return masked


_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)")


def _in_code_span(source: str, offset: int) -> bool:
    """Whether offset is inside inline code (`...`) on its line."""
    line_start = source.rfind("\n", 0, offset) + 1
    line_end = source.find("\n", offset)
    line = source[line_start:line_end if line_end >= 0 else len(source)]
    if "`" not in line:
        return False
    at = offset - line_start
    return any(span.start() < at < span.end() for span in _CODE_SPAN.finditer(line))


def parse(source: str) -> Document:
    """Read a Markdown page into prose blocks, comments and front matter."""
    front_matter, front_matter_error, body_start = _read_front_matter(source)

    # Comments are found first (outside code fences), so a line holding only
    # a comment reads as blank and suppression comments keep their place.
    comments: list[Comment] = []
    work = source
    fenced = _fenced_ranges(source, body_start)
    pieces, last = [], 0
    for match in _COMMENT.finditer(source, body_start):
        if any(start <= match.start() < end for start, end in fenced) or _in_code_span(source, match.start()):
            continue  # code shows the comment as text: "Use `<!-- coprod-disable -->`" switches nothing off
        comments.append(Comment(match.start(), match.end(), match.group(1).strip()))
        pieces.append(source[last : match.start()])
        pieces.append(blank(match.group(0)))
        last = match.end()
    if pieces:
        pieces.append(source[last:])
        work = "".join(pieces)

    blocks: list[Block] = []
    abbreviations: dict[str, str] = {}
    containers: list[int] = []  # content indents of open list items and admonitions
    paragraph: Block | None = None
    fence: tuple[str, int] | None = None
    previous_blank = True
    in_indented_code = False
    in_table = False
    table_number, table_row, list_number = 0, 0, 0
    # Open HTML block elements, each with whether it holds raw HTML (no `markdown`
    # attribute): inside raw HTML an indent is not code.
    html_open: list[tuple[str, bool]] = []
    code_until: re.Pattern | None = None  # the end of an HTML or template element that holds code

    lines = _split_lines(work[body_start:])
    offset = body_start
    for number, raw in enumerate(lines):
        line_start = offset
        offset += len(raw)
        line = raw.rstrip("\r\n")
        stripped = line.lstrip(" \t")
        indent = _indent_of(line)
        text_start = line_start + (len(line) - len(stripped))
        text_end = line_start + len(line.rstrip())

        if fence:
            closing = _FENCE.match(stripped)
            if closing and closing.group(1)[0] == fence[0] and len(closing.group(1)) >= fence[1] \
                    and not stripped[len(closing.group(1)):].strip():
                fence = None
            continue

        if code_until is not None:
            if code_until.search(line):
                code_until = None
            continue

        if not stripped:
            paragraph = None
            previous_blank = True
            in_table = False
            continue

        if stripped[0] in "<{" and _markup_only(stripped):
            # A line of tags only (<div markdown>, {% for x in y %}) ends prose.
            _track_html(stripped, html_open)
            code_until = _code_element_end(stripped)
            paragraph = None
            previous_blank = False
            continue

        lazy = paragraph is not None and not previous_blank
        if not lazy:
            while containers and indent < containers[-1]:
                containers.pop()
        base = containers[-1] if containers else 0

        if in_indented_code and indent >= base + 4:
            continue
        in_indented_code = False
        if not lazy and indent >= base + 4 and not any(raw for _, raw in html_open):
            in_indented_code = True
            continue
        previous_blank = False

        # Most lines start with a letter: each pattern below is tried only after the character it starts with.
        first = stripped[0]
        fence_match = _FENCE.match(stripped) if first in "`~" else None
        if fence_match:
            fence = (fence_match.group(1)[0], len(fence_match.group(1)))
            paragraph = None
            continue

        heading = _ATX_HEADING.match(stripped) if first == "#" else None
        if heading:
            paragraph = None
            content = stripped[heading.end():]
            closing = _ATX_CLOSING.search(content)
            if closing:
                content = content[: closing.start()]
            start = text_start + heading.end()
            blocks.append(Block("heading", start, start + len(content.rstrip()), level=len(heading.group(1))))
            continue

        if paragraph is not None and lazy and paragraph.kind == "paragraph" \
                and _SETEXT_UNDERLINE.match(stripped):
            paragraph.kind = "heading"
            paragraph.level = 1 if stripped.startswith("=") else 2
            paragraph = None
            continue

        if first in "-*_" and _RULE_LINE.match(stripped):
            paragraph = None
            continue

        container = _CONTAINER.match(stripped) if first in "!?=" else None
        if container:
            paragraph = None
            if container.group(1):
                start = text_start + container.start(1)
                blocks.append(Block("title", start, start + len(container.group(1))))
            containers.append(indent + 4)
            continue

        if in_table or ("|" in stripped and number + 1 < len(lines)
                        and "|" in lines[number + 1] + stripped
                        and _TABLE_SEPARATOR.match(lines[number + 1].strip())
                        and "-" in lines[number + 1]):
            if not in_table:
                table_number, table_row = table_number + 1, 0
            in_table = True
            paragraph = None
            if _TABLE_SEPARATOR.match(stripped) and "-" in stripped:
                continue
            for column, (start, end) in enumerate(_split_table_row(stripped, text_start)):
                blocks.append(Block("table-cell", start, end, table_number, table_row, column))
            table_row += 1
            continue

        abbreviation = _ABBREVIATION_DEF.match(stripped) if first == "*" else None
        if abbreviation:
            abbreviations[abbreviation.group(1).strip()] = abbreviation.group(2).strip()
            paragraph = None
            continue
        if first == "[" and _REFERENCE.match(stripped) and not lazy:
            paragraph = None
            continue

        item = _LIST_ITEM.match(stripped)
        if item and not (lazy and paragraph is not None and paragraph.kind == "paragraph"
                         and item.group(1)[0].isdigit() and not item.group(1).startswith("1")):
            spaces = len(item.group(2))
            width = len(item.group(1)) + (spaces if 0 < spaces <= 4 else 1)
            while containers and containers[-1] > indent:
                containers.pop()
            containers.append(indent + width)
            start = text_start + item.end()
            inner_heading = _ATX_HEADING.match(stripped, item.end())
            if inner_heading:  # "* #### Before": the hashes are markup
                start = text_start + inner_heading.end()
            if not blocks or blocks[-1].kind != "list-item":
                list_number += 1
            paragraph = Block("list-item", start, max(start, text_end), list_number)
            blocks.append(paragraph)
            continue

        definition = _DEFINITION.match(stripped) if first == ":" else None
        if definition:
            start = text_start + definition.end()
            paragraph = Block("list-item", start, text_end)
            blocks.append(paragraph)
            containers.append(indent + 4)
            continue

        quote = _QUOTE.match(stripped) if first == ">" else None
        start = text_start
        if quote:
            start = text_start + quote.end()
            if start >= text_end:
                paragraph = None
                continue
        footnote = _FOOTNOTE_DEF.match(stripped) if first == "[" else None
        if footnote:
            start = text_start + footnote.end()
            paragraph = None
            containers.append(indent + 4)

        if "<" in stripped:
            _track_html(stripped, html_open)
            code_until = _code_element_end(stripped)
            if code_until is not None:
                paragraph = None
                continue
        one_line = _HTML_ONE_LINE.match(stripped) if first == "<" else None
        if one_line:
            tag = one_line.group(1).lower()
            if tag[0] == "h":
                blocks.append(Block("heading", start, text_end, int(tag[1])))
            else:
                blocks.append(Block("title" if tag in _HTML_LABELS else "paragraph", start, text_end,
                                    quoted=_in_html_quote(html_open)))
            paragraph = None
            continue

        if paragraph is not None and lazy:
            paragraph.end = text_end
        else:
            paragraph = Block("paragraph", start, text_end, quoted=bool(quote) or _in_html_quote(html_open))
            blocks.append(paragraph)

    _mark_counterexamples(blocks, work)
    embeds: list[tuple[int, int, str]] = []
    masked = _assemble(source, work, blocks, embeds)
    return Document(
        source=source,
        masked=masked,
        blocks=blocks,
        comments=comments,
        front_matter=front_matter,
        front_matter_error=front_matter_error,
        body_start=body_start,
        front_matter_unclosed=front_matter_unclosed(source),
        abbreviations=abbreviations,
        embeds=embeds,
    )


# Labels that introduce an example of what not to write: a table column's header,
# or a heading or list item on its own ("#### Before", "* Don't say").
_COUNTEREXAMPLE_LABEL = re.compile(
    r"(?:don['’]?t|do not|never)(?: (?:say|write|use|do this))?|instead of|avoid|wrong|not this|before"
    r"|bad(?: example)?|poor(?: example)?|jargon|wordy|unclear|hard to read|passive(?: voice)?"
    r"|old(?: \w+)?|original(?: \w+)?|accusatory\b.*|(?:long,? )?dense(?: text| paragraphs?)?",
    re.I)
# Headings and list items name a section, so only a label that can only mean "an example
# of what not to write" makes one: not "Jargon" or "Old people".
_COUNTEREXAMPLE_HEADING = re.compile(
    r"(?:don['’]?t|do not)(?: (?:say|write|do this))?|instead of|wrong|not this|before|bad example|poor example"
    r"|original text|(?:long,? )?dense (?:text|paragraphs?)",
    re.I)
_LABEL_MARKUP = re.compile(r"[#*_`:.\s]+")


def label_text(work: str, block: Block) -> str:
    return _LABEL_MARKUP.sub(" ", work[block.start:block.end]).strip()


def line_indent(work: str, offset: int) -> int:
    return _indent_of(work[work.rfind("\n", 0, offset) + 1:offset + 1])


def _mark_counterexamples(blocks: list[Block], work: str) -> None:
    """Mark the blocks that show what not to write, so that rules leave them alone.

    A table column whose header is such a label; after a list item or an
    indented heading that is such a label, the blocks inside the same item;
    after a heading that is such a label, the blocks up to the next heading.
    """
    quoted_columns: set[tuple[int, int]] = set()
    inside: tuple[int, bool] | None = None  # (indent, whether that indent itself is inside)
    label_heading: int | None = None  # the level of a heading that labels an example
    for block in blocks:
        if block.kind == "table-cell":
            if block.row == 0:
                if _COUNTEREXAMPLE_LABEL.fullmatch(label_text(work, block)):
                    quoted_columns.add((block.level, block.column))
            elif (block.level, block.column) in quoted_columns:
                block.quoted = True
            continue
        indent = line_indent(work, block.start)
        if inside is not None and (indent > inside[0] or inside[1] and indent == inside[0]
                                   and block.kind != "list-item"):
            block.quoted = True
            continue
        inside = None
        if block.kind == "heading" and label_heading is not None:
            if block.level > label_heading:
                block.quoted = True
                continue
            label_heading = None
        elif label_heading is not None:
            block.quoted = True
            continue
        if (block.kind == "heading" and indent == 0 and not in_list_item(work, block.start)
                and _introduces(work, block)):
            label_heading = block.level  # "### Michael Shanks, National Consumer Council:" then his words
            continue
        if block.kind in ("heading", "list-item") and _COUNTEREXAMPLE_HEADING.fullmatch(label_text(work, block)):
            if block.kind == "heading" and indent == 0 and not in_list_item(work, block.start):
                label_heading = block.level
            else:
                inside = (indent, block.kind == "heading")


def _introduces(work: str, block: Block) -> bool:
    """Whether a heading ends in a colon: it introduces what follows, someone's words or an example."""
    return work[block.start:block.end].rstrip(" #*_").endswith(":")


def in_list_item(work: str, offset: int) -> bool:
    """Whether a heading is the first thing in a list item ("* #### Before")."""
    line = work[work.rfind("\n", 0, offset) + 1:offset]
    return bool(_LIST_ITEM.match(line.lstrip()))


def _markup_only(line: str) -> bool:
    """Whether a line holds only HTML tags and template tags, no words."""
    rest = _TEMPLATE.sub("", line) if "{" in line else line
    rest = _HTML_TAG.sub("", rest) if "<" in rest else rest
    return not rest.strip()


_MARKDOWN_ATTRIBUTE = re.compile(r"\smarkdown(?:\s*=\s*[\"']?(?P<value>[\w-]*))?", re.I)


def _in_html_quote(open_elements: list[tuple[str, bool]]) -> bool:
    return any(name == "blockquote" for name, _ in open_elements)


def _track_html(line: str, open_elements: list[tuple[str, bool]]) -> None:
    """Follow the HTML block elements a line opens and closes."""
    for match in _HTML_OPEN_OR_CLOSE.finditer(line):
        name = match.group(2).lower()
        if name not in _HTML_CONTAINERS or match.group(3):
            continue
        if not match.group(1):
            markdown = _MARKDOWN_ATTRIBUTE.search(match.group(0))
            raw = markdown is None or (markdown.group("value") or "1") in ("0", "off", "false")
            open_elements.append((name, raw))
            continue
        for index in range(len(open_elements) - 1, -1, -1):
            if open_elements[index][0] == name:
                del open_elements[index:]
                break


def _code_element_end(line: str) -> re.Pattern | None:
    """For a line that opens <pre>, <script> and the like (or {% raw %}) without closing it, what closes it."""
    html = _HTML_CODE.search(line)
    if html and not re.search(rf"</{html.group(1)}\s*>", line[html.end():], re.I):
        return re.compile(rf"</{html.group(1)}\s*>", re.I)
    template = _TEMPLATE_CODE_OPEN.search(line)
    if template and not re.search(rf"\{{%-?\s*end{template.group(1)}\b", line[template.end():]):
        return re.compile(rf"\{{%-?\s*end{template.group(1)}\b")
    return None


def fenced_code(doc: Document) -> list[tuple[int, int]]:
    """Where the page's fenced code blocks are, fences included."""
    return _fenced_ranges(doc.source, doc.body_start)


def _fenced_ranges(source: str, start: int) -> list[tuple[int, int]]:
    """Where fenced code is, so comment-like text inside code is left alone."""
    ranges, fence, fence_start, offset = [], None, 0, start
    for raw in _split_lines(source[start:]):
        stripped = raw.strip()
        match = _FENCE.match(stripped)
        if fence is None and match:
            fence, fence_start = match.group(1), offset
        elif fence is not None and match and match.group(1)[0] == fence[0] \
                and len(match.group(1)) >= len(fence) and not stripped[len(match.group(1)):].strip():
            ranges.append((fence_start, offset + len(raw)))
            fence = None
        offset += len(raw)
    if fence is not None:
        ranges.append((fence_start, len(source)))
    return ranges


def _assemble(source: str, work: str, blocks: list[Block], embeds: list) -> str:
    """The masked text: blocks' prose with inline markup masked, spaces elsewhere."""
    pieces, last = [], 0
    for block in sorted(blocks, key=lambda b: b.start):
        if block.start < last:
            continue
        pieces.append(blank(source[last : block.start]))
        pieces.append(_mask_inline(work[block.start : block.end], embeds, block.start))
        last = block.end
    pieces.append(blank(source[last:]))
    return "".join(pieces)
