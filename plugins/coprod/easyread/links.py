"""Links in an easy read page, made right from the page's own address.

An easy read page lives at easy-read/<path>. A link to another page points to
that page's easy read version; any other file (a picture, a PDF) to where it is.
"""

from __future__ import annotations

import posixpath
import re

_INLINE_LINK = re.compile(r"(!?\[[^\]]*\]\()([^)\s]+)((?:\s+\"[^\"]*\")?\))")
_REFERENCE = re.compile(r"^(\s*\[[^\]]+\]:\s*)(\S+)", re.M)
_EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//|/|#)", re.I)


def _rewrite(target: str, source_dir: str, easy_dir: str, easy_uris: set[str], prefix: str) -> str:
    if _EXTERNAL.match(target):
        return target
    path, hash_, anchor = target.partition("#")
    resolved = posixpath.normpath(posixpath.join(source_dir, path)) if path else ""
    if resolved.startswith(".."):
        return target
    if resolved.endswith(".md") and prefix + resolved in easy_uris:
        resolved = prefix + resolved
    new = posixpath.relpath(resolved, easy_dir or ".")
    return new + (hash_ + anchor if hash_ else "")


def rewrite_links(markdown: str, source_uri: str, easy_uri: str, easy_uris: set[str],
                  prefix: str = "easy-read/") -> str:
    """Rewrite relative links written for `source_uri` so they work from `easy_uri`."""
    source_dir = posixpath.dirname(source_uri)
    easy_dir = posixpath.dirname(easy_uri)

    def inline(match: re.Match) -> str:
        new = _rewrite(match.group(2), source_dir, easy_dir, easy_uris, prefix)
        return match.group(1) + new + match.group(3)

    def reference(match: re.Match) -> str:
        return match.group(1) + _rewrite(match.group(2), source_dir, easy_dir, easy_uris, prefix)

    return _REFERENCE.sub(reference, _INLINE_LINK.sub(inline, markdown))
