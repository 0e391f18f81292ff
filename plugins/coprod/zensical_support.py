"""What the glossary extension needs when Zensical, not MkDocs, runs it.

Zensical (0.0.x) runs the Python-Markdown extensions listed in mkdocs.yml but
not MkDocs plugins. It makes a new Markdown object, and so a new
`GlossaryExtension`, for every page, from the names and settings under
`markdown_extensions`. Two things follow:

- the glossary file would be read once per page: `glossary_from_file` reads it
  once per version of the file;
- nobody tells the extension which page it renders. Zensical has no public API
  yet, but it keeps the page on a preprocessor named "rendering_context"
  (zensical/extensions/context.py). `PageFromHost` reads only `.page.path`
  from it, duck-typed, with no import of Zensical: where it is missing, the
  extension keeps the page it was given (the MkDocs plugin sets it itself).
"""

from __future__ import annotations

import functools
from pathlib import Path

from markdown.preprocessors import Preprocessor

from .errors import GlossaryError
from .glossary import Glossary, load_glossary

EASY_READ_SUFFIX = ".easy.md"  # a hand-written easy read page, beside its page.md


@functools.lru_cache(maxsize=8)
def _load(path: str, modified_ns: int, size: int) -> Glossary:
    return load_glossary(Path(path), path)


def glossary_from_file(path: str | Path) -> Glossary | None:
    """The glossary in a file, read again only when the file changes; None if there is no such file.

    A missing file is reported when a page is rendered (`PageFromHost`), not
    here: MkDocs loads every listed extension while it reads mkdocs.yml, maybe
    from another folder, before the coprod plugin takes this one out.
    """
    try:
        stat = Path(path).stat()
    except OSError:
        return None
    return _load(str(path), stat.st_mtime_ns, stat.st_size)


class PageFromHost(Preprocessor):
    """Tells the glossary extension which page Zensical renders, before the page is read."""

    NAME = "coprod_page_from_host"

    def __init__(self, md, extension):
        super().__init__(md)
        self.extension = extension

    def run(self, lines):
        file = self.extension.getConfig("glossary_file")
        if self.extension.glossary is None and file:
            raise GlossaryError("there is no glossary file here. Create it, or set glossary_file under "
                                "coprod_glossary in mkdocs.yml's markdown_extensions: a path from the "
                                "folder you build in.", str(file))
        context = self.md.preprocessors["rendering_context"] if "rendering_context" in self.md.preprocessors else None
        path = getattr(getattr(context, "page", None), "path", None)
        if isinstance(path, str) and path:
            self.extension.page_path = path.replace("\\", "/")
            # Hand-written easy read pages show the easy read definitions, as under MkDocs.
            self.extension.easy = path.endswith(EASY_READ_SUFFIX)
        return lines


# How mkdocs.yml may name the glossary extension (entry point, module).
GLOSSARY_EXTENSION_NAMES = ("coprod_glossary", "coprod.markdown_ext")


def drop_glossary_extension_entry(config) -> None:
    """Take the glossary extension listed in mkdocs.yml (for Zensical) out of a MkDocs config.

    The plugin adds its own, which knows each page: two would link every term twice.
    """
    config.markdown_extensions[:] = [name for name in config.markdown_extensions
                                     if name not in GLOSSARY_EXTENSION_NAMES]
    for name in GLOSSARY_EXTENSION_NAMES:
        config.mdx_configs.pop(name, None)
