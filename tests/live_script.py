"""Find script that would run in built HTML: on* attributes, javascript: URLs,
embedded documents, and <script> elements that are not the theme's own."""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

# Attributes that take a URL a browser may follow or load.
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcdoc"}
# Elements that load other documents or change where relative URLs point.
EMBEDDING = {"iframe", "frame", "object", "embed", "base", "applet"}


@dataclass(frozen=True)
class Live:
    file: str
    line: int
    what: str


class _Scanner(HTMLParser):
    def __init__(self, file: str):
        super().__init__(convert_charrefs=True)
        self.file = file
        self.found: list[Live] = []
        self.scripts: list[tuple[int, dict, str]] = []  # (line, attributes, body)
        self._script: tuple[int, dict, list[str]] | None = None

    def _live(self, what: str) -> None:
        self.found.append(Live(self.file, self.getpos()[0], what))

    def handle_starttag(self, tag, attrs):
        attributes = {name.lower(): value or "" for name, value in attrs}
        for name, value in attributes.items():
            if name.startswith("on"):
                self._live(f"<{tag} {name}=…>")
            if name in URL_ATTRIBUTES:
                squeezed = "".join(value.split()).lower()
                if squeezed.startswith(("javascript:", "vbscript:", "data:text/html")) or name == "srcdoc":
                    self._live(f"<{tag} {name}={value[:40]!r}>")
        if tag in EMBEDDING:
            self._live(f"<{tag}>")
        if tag == "meta" and attributes.get("http-equiv", "").lower() == "refresh":
            self._live("<meta http-equiv=refresh>")
        if tag == "script":
            self._script = (self.getpos()[0], attributes, [])
        if tag in ("title", "textarea"):
            self.set_cdata_mode(tag)  # their content is text to a browser, never tags

    handle_startendtag = handle_starttag

    def handle_data(self, data):
        if self._script is not None:
            self._script[2].append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            line, attributes, body = self._script
            self.scripts.append((line, attributes, "".join(body)))
            self._script = None


def scan_html(text: str, file: str = "page.html") -> tuple[list[Live], list[tuple[int, dict, str]]]:
    scanner = _Scanner(file)
    scanner.feed(text)
    scanner.close()
    return scanner.found, scanner.scripts


def theme_scripts(site: Path) -> set[str]:
    """The bodies of every inline <script> in a site built without hostile input."""
    bodies = set()
    for file in site.rglob("*.html"):
        _, scripts = scan_html(file.read_text(encoding="utf-8"), str(file))
        bodies |= {body.strip() for _, attributes, body in scripts if "src" not in attributes}
    return bodies


def live_script(site: Path, known_scripts: set[str], normalise=lambda body: body,
                known_live: set[str] = frozenset()) -> list[Live]:
    """Everything in a built site that could run script the theme did not put there.

    `known_scripts` are the theme's inline scripts and `known_live` the `what`
    of findings the theme itself makes (Material's `javascript:void(0)` link),
    both read from a harmless build."""
    found: list[Live] = []
    for file in sorted(site.rglob("*.html")):
        name = file.relative_to(site).as_posix()
        live, scripts = scan_html(file.read_text(encoding="utf-8"), name)
        found += [item for item in live if item.what not in known_live]
        for line, attributes, body in scripts:
            source = attributes.get("src")
            if source is not None:
                if "//" in source or ":" in source.split("/", 1)[0]:
                    found.append(Live(name, line, f"<script src={source!r}> from another host"))
            elif attributes.get("type") == "application/json":
                continue  # data, never run
            elif normalise(body.strip()) not in known_scripts:
                found.append(Live(name, line, f"<script> {body.strip()[:60]!r}"))
    return found


def theme_live(site: Path) -> set[str]:
    """What the scan finds in a harmless build: the theme's own."""
    return {item.what for file in site.rglob("*.html")
            for item in scan_html(file.read_text(encoding="utf-8"), str(file))[0]}
