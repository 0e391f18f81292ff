"""Computer-made easy read pages turned into HTML away from MkDocs' own render.

MkDocs renders pages one after another in one process. The easy read pages
the plugin makes can be rendered in the background process instead, with the
site's own Markdown extensions, while MkDocs renders the standard pages. MkDocs
then renders only a small frame for each (title, banner, links), and the plugin
puts this HTML into it. Links are made into the URLs MkDocs would give them.
Hand-written easy read pages are rendered by MkDocs as usual, so their links
are checked like any editor's page.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import markdown
from mkdocs.utils import get_relative_url

from ..glossary import Glossary
from ..markdown_ext import EasyReadExtension, GlossaryExtension

_TITLE = re.compile(r"^#[ \t].*\n", re.M)
_IDS = re.compile(r'\sid="([^"]+)"')


@dataclass
class RenderSettings:
    extensions: list[str]  # the site's Markdown extensions, by name
    extension_configs: dict
    use_directory_urls: bool = True
    glossary_page: str = "glossary.md"


def page_url(uri: str, use_directory_urls: bool) -> str:
    """The URL MkDocs gives a page's source path."""
    if not uri.endswith(".md"):
        return uri
    stem = uri[: -len(".md")]
    if not use_directory_urls:
        return stem + ".html"
    if posixpath.basename(stem) in ("index", "README"):
        folder = posixpath.dirname(stem)
        return folder + "/" if folder else ""
    return stem + "/"


class _Links(markdown.treeprocessors.Treeprocessor):
    """Relative links to .md files and other files, as MkDocs would write them."""

    def __init__(self, md, uri: str, settings: RenderSettings):
        super().__init__(md)
        self.uri, self.settings = uri, settings
        self.url = page_url(uri, settings.use_directory_urls)

    def run(self, root):
        for element in root.iter():
            key = "href" if element.tag == "a" else "src" if element.tag == "img" else None
            value = element.get(key) if key else None
            if value:
                element.set(key, self.convert(value))

    def convert(self, url: str) -> str:
        scheme, netloc, path, _, anchor = urlsplit(url)
        if scheme or netloc or not path or url.startswith(("/", "\\")):
            return url
        target = posixpath.normpath(posixpath.join(posixpath.dirname(self.uri), path))
        target_url = page_url(target, self.settings.use_directory_urls)
        relative = get_relative_url(target_url, self.url)
        return relative + (f"#{anchor}" if anchor else "")


def _frame_split(text: str) -> str:
    """The Markdown after the front matter and the title line."""
    if text.startswith("---"):
        parts = text.split("\n---", 1)
        text = parts[1].split("\n", 1)[1] if len(parts) > 1 else text
    match = _TITLE.search(text)
    return text[match.end():] if match else text


def render_easy_html(text: str, uri: str, settings: RenderSettings, glossary: Glossary | None) -> str:
    extensions: list = list(settings.extensions)
    if glossary is not None:
        terms = GlossaryExtension(glossary, glossary_page=settings.glossary_page)
        terms.page_path, terms.easy = uri, True
        extensions.append(terms)
    layout = EasyReadExtension()
    layout.enabled = True
    extensions.append(layout)
    md = markdown.Markdown(extensions=extensions, extension_configs=settings.extension_configs)
    md.treeprocessors.register(_Links(md, uri, settings), "coprod_links", 0)
    return md.convert(_frame_split(text))


def anchor_ids(html: str) -> set[str]:
    return set(_IDS.findall(html))
