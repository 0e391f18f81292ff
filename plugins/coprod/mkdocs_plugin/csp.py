"""A Content-Security-Policy for every built page: only the site's own scripts run.

Defence in depth behind the escaping of glossary and front matter text. The
policy goes in a `<meta http-equiv>` tag (a static site cannot rely on server
headers). Script files must come from the site itself; inline scripts run only
if their SHA-256 hash is listed, and only the theme's own inline scripts (those
outside the page's content, `<article>`) are hashed, at build time. So an
inline handler, a `javascript:` link or a `<script>` that reaches a page's
content does not run, and nothing is fetched from another host.

Under `mkdocs serve`, MkDocs adds its live-reload script to each page as it
serves it, with a time stamp in it, so no hash can be known in advance: on that
local preview, inline scripts are allowed.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re

_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.I | re.S)
_SOURCE = re.compile(r"\bsrc\s*=", re.I)
_TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]+)""", re.I)
_JAVASCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module"}
_CONTENT = re.compile(r"<article\b.*</article>", re.I | re.S)
_CHARSET = re.compile(r"<meta\s+charset=[^>]*>", re.I)
_HEAD = re.compile(r"<head\b[^>]*>", re.I)


def inline_scripts(html: str) -> list[str]:
    """The text of every inline script the browser would run, in order."""
    scripts = []
    for match in _SCRIPT.finditer(html):
        attributes, body = match.group(1), match.group(2)
        kind = _TYPE.search(attributes)
        if _SOURCE.search(attributes) or (kind and kind.group(1).lower() not in _JAVASCRIPT_TYPES):
            continue
        scripts.append(body)
    return scripts


def script_hash(body: str) -> str:
    digest = hashlib.sha256(body.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def theme_part(html: str, content: str | None = None) -> str:
    """The page without its content: what the theme wrote, not what editors wrote."""
    if content:
        html = html.replace(content, "")
    return _CONTENT.sub("", html)


def policy(script_hashes: list[str], allow_inline: bool = False) -> str:
    scripts = "'self' 'unsafe-inline'" if allow_inline else " ".join(["'self'", *script_hashes])
    return "; ".join([
        "default-src 'self'",
        f"script-src {scripts}",
        # Material sets style attributes from its scripts (and on SVG icons).
        "style-src 'self' 'unsafe-inline'",
        # Material's CSS draws icons from data: URLs.
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ])


def with_policy(html: str, content: str | None = None, allow_inline: bool = False) -> str:
    """The page with a Content-Security-Policy meta tag early in its <head>."""
    if "http-equiv=\"Content-Security-Policy\"" in html:
        return html
    hashes = sorted({script_hash(body) for body in inline_scripts(theme_part(html, content))})
    tag = f'<meta http-equiv="Content-Security-Policy" content="{policy(hashes, allow_inline)}">'
    # After the charset (which must come in the first 1024 bytes), before any script.
    anchor = _CHARSET.search(html) or _HEAD.search(html)
    if anchor is None:
        return html
    return html[: anchor.end()] + "\n    " + tag + html[anchor.end():]


def content_security_policy(on_post_page):
    """Decorates the plugin's on_post_page: the page it returns gets the policy."""

    @functools.wraps(on_post_page)
    def wrapper(plugin, output, *, page, config):
        output = on_post_page(plugin, output, page=page, config=config)
        return with_policy(output, page.content, allow_inline=getattr(plugin, "command", "build") == "serve")

    return wrapper
