"""Take script out of a page's HTML, leaving everything else as it is.

Markdown lets editors write HTML in a page (`<div markdown>`, `<abbr>`,
`<br>`), so a page's HTML cannot be cut down to a short list of tags the way a
glossary definition is. Instead this removes only what runs script or loads
another document: `<script>` and similar elements, `on…` attributes, and
`javascript:`, `vbscript:` or `data:text/html` addresses. Every other byte is
kept, so the icons, tabs and tables extensions make are untouched. The
Content-Security-Policy (mkdocs_plugin/csp.py) would refuse these anyway; this
is the first of the two layers.
"""

from __future__ import annotations

import re

# Elements removed with their content, and elements removed as tags.
_REMOVED_WITH_CONTENT = ("script", "iframe", "object", "frameset", "noembed", "template")
_REMOVED_TAGS = {"embed", "frame", "base", "applet", "meta", "link"}
_WITH_CONTENT = re.compile(
    r"<(" + "|".join(_REMOVED_WITH_CONTENT) + r")\b[^>]*>.*?</\1\s*>|<(?:"
    + "|".join(_REMOVED_WITH_CONTENT) + r")\b[^>]*/?>", re.I | re.S)
_ATTRIBUTE = r"""\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?"""
_TAG = re.compile(rf"<([A-Za-z][\w:-]*)((?:{_ATTRIBUTE})*)(\s*/?)>")
_ONE_ATTRIBUTE = re.compile(r"""(\s+)([^\s"'>/=]+)(?:(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'>]+))?""")
# Attributes holding an address; SVG animation's to, from and values can set one.
_URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "background",
                   "ping", "cite", "longdesc", "lowsrc", "dynsrc", "to", "from", "values"}
_BAD_SCHEME = re.compile(r"^(?:javascript|vbscript|data:text/html|data:image/svg)", re.I)
_CONTROL = re.compile(r"[\x00-\x20]")


def _unquote(value: str) -> str:
    import html

    if value[:1] in "\"'":
        value = value[1:-1]
    # Browsers ignore tabs, line breaks and entities for them inside a scheme: "java&#9;script:".
    return _CONTROL.sub("", html.unescape(value))


def _dangerous(name: str, value: str | None) -> bool:
    name = name.lower()
    if name.startswith("on") or name == "srcdoc" or name == "formaction":
        return True
    if value is None:
        return False
    if name in _URL_ATTRIBUTES or name.endswith(":href"):
        return bool(_BAD_SCHEME.match(_unquote(value)))
    if name == "http-equiv":
        return True
    return False


def _clean_tag(match: re.Match) -> str:
    name, attributes, end = match.group(1), match.group(2), match.group(3)
    if name.lower() in _REMOVED_TAGS:
        return ""
    if not attributes:
        return match.group(0)
    kept = [m.group(0) for m in _ONE_ATTRIBUTE.finditer(attributes) if not _dangerous(m.group(2), m.group(4))]
    cleaned = "".join(kept)
    if cleaned == attributes:
        return match.group(0)
    return f"<{name}{cleaned}{end}>"


# Anything that might be script: most pages have none, and are passed over at once.
_SUSPECT = re.compile(r"script|\son\w*\s*=|<(?:iframe|object|frameset|noembed|template|embed|frame|base|applet"
                      r"|meta|link)\b|srcdoc|formaction|http-equiv|data:|&#|&colon;|&tab;|&newline;", re.I)


# _SUSPECT's words, for a quicker look at the page in lower case. Lower case
# finds the same as re.I except for the four letters below, which re.I also
# takes for i, s or k (the dotted and dotless i, the long s, the Kelvin sign):
# a page holding one is looked at with _SUSPECT itself.
_SUSPECT_WORDS = ("script", "srcdoc", "formaction", "http-equiv", "data:", "&#", "&colon;", "&tab;", "&newline;")
_SUSPECT_TAG = re.compile(r"<(?:iframe|object|frameset|noembed|template|embed|frame|base|applet|meta|link)\b")
_SUSPECT_ON = re.compile(r"\son\w*\s*=")
# Found wherever _SUSPECT_ON is (one character on), and quicker to look for:
# a pattern that starts with plain letters is looked for as a string.
_MAYBE_ON = re.compile(r"on\w*\s*=")
_CASE_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def _suspect(html: str) -> bool:
    """Whether _SUSPECT finds anything in the HTML, found about seven times faster."""
    if not html.isascii() and _CASE_FOLDS_TO_ASCII.search(html):
        return _SUSPECT.search(html) is not None
    lower = html.lower()
    return (any(word in lower for word in _SUSPECT_WORDS) or _SUSPECT_TAG.search(lower) is not None
            or (_MAYBE_ON.search(lower) is not None and _SUSPECT_ON.search(lower) is not None))


def scrub(html: str) -> str:
    """The HTML with no script in it; unchanged when there was none."""
    if not _suspect(html):
        return html
    while True:  # again until nothing changes: taking one tag out can join two halves of another
        cleaned = _TAG.sub(_clean_tag, _WITH_CONTENT.sub("", html))
        if cleaned == html:
            return html
        html = cleaned
