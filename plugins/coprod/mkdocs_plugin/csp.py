"""A Content-Security-Policy for every built page: only the site's own scripts run.

Defence in depth behind the escaping of glossary and front matter text. The
policy goes in a `<meta http-equiv>` tag (a static site cannot rely on server
headers). Script files must come from the site itself; inline scripts run only
if their SHA-256 hash is listed, and only the theme's own inline scripts (those
outside the page's content, `<article>`) are hashed, at build time. So an
inline handler, a `javascript:` link or a `<script>` that reaches a page's
content does not run, and nothing is fetched from another host.

Under `mkdocs serve`, MkDocs adds its live-reload script to each page as it
serves it, with a time stamp in it, so its hash cannot be known at build time:
`allow_live_reload` adds that one script's hash as the page is served.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re

_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.I | re.S)
_SCRIPT_START = re.compile(r"<script\b", re.I)
_SOURCE = re.compile(r"\bsrc\s*=", re.I)
_TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]+)""", re.I)
_JAVASCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module"}
_CONTENT = re.compile(r"<article\b.*</article>", re.I | re.S)
_CHARSET = re.compile(r"<meta\s+charset=[^>]*>", re.I)
_HEAD = re.compile(r"<head\b[^>]*>", re.I)


def inline_scripts(html: str) -> list[str]:
    """The text of every inline script the browser would run, in order."""
    scripts = []
    end = 0
    # What _SCRIPT.finditer(html) finds, found quicker: _SCRIPT is tried only
    # where a script tag starts, which a pattern without groups finds faster.
    for start in _SCRIPT_START.finditer(html):
        if start.start() < end:
            continue
        match = _SCRIPT.match(html, start.start())
        if match is None:
            continue
        end = match.end()
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
    article = _CONTENT.search(html)
    if article is not None and (not content or _only_in_article(html, content, article)):
        # What the two steps below give, without looking for the whole content in the page.
        return html[: article.start()] + html[article.end():]
    if content:
        html = html.replace(content, "")
    return _CONTENT.sub("", html)


# How much of the content's start and end is looked for outside the article.
_ENDS = 64


def _only_in_article(html: str, content: str, article: re.Match) -> bool:
    """Whether the content is nowhere in the page but inside the article, clear of its tags.

    Then taking the content out first changes nothing: the article is taken
    out whole. Looked for by the content's first and last characters, as
    any whole copy of the content holds them.
    """
    head, tail = content[:_ENDS], content[-_ENDS:]
    # No copy starting in "<article" or before it...
    first_free = article.start() + len("<article") + 1
    if html.find(head, 0, first_free - 1 + len(head)) >= 0:
        return False
    # ... and none ending in the last "</article>" or after it.
    last_free = article.end() - len("</article>")
    return html.find(tail, max(0, last_free + 1 - len(tail))) < 0


def policy(script_hashes: list[str]) -> str:
    scripts = " ".join(["'self'", *script_hashes])
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


def with_policy(html: str, content: str | None = None) -> str:
    """The page with a Content-Security-Policy meta tag early in its <head>."""
    if "http-equiv=\"Content-Security-Policy\"" in html:
        return html
    hashes = sorted({script_hash(body) for body in inline_scripts(theme_part(html, content))})
    tag = f'<meta http-equiv="Content-Security-Policy" content="{policy(hashes)}">'
    # After the charset (which must come in the first 1024 bytes), before any script.
    anchor = _CHARSET.search(html) or _HEAD.search(html)
    if anchor is None:
        return html
    return html[: anchor.end()] + "\n    " + tag + html[anchor.end():]


def content_security_policy(on_post_page):
    """Decorates the plugin's on_post_page: the page it returns gets the policy."""

    @functools.wraps(on_post_page)
    def wrapper(plugin, output, *, page, config):
        return with_policy(on_post_page(plugin, output, page=page, config=config), page.content)

    return wrapper


_SCRIPT_SOURCES = re.compile(rb"(http-equiv=\"Content-Security-Policy\" content=\"[^\"]*?script-src 'self')")


def allow_live_reload(server) -> bool:
    """Let the live-reload script MkDocs' server adds to each page run, by its hash.

    Wraps the server's (private) method that adds the script; returns False if
    this MkDocs has no such method, when live reload is blocked but all else works.
    """
    inject = getattr(server, "_inject_js_into_html", None)
    if inject is None:
        return False

    def inject_and_allow(content: bytes, epoch) -> bytes:
        served = inject(content, epoch)
        start = served.rfind(b"<script>")
        end = served.find(b"</script>", start)
        if start < 0 or end < 0:
            return served
        digest = script_hash(served[start + len(b"<script>"):end].decode("utf-8")).encode("ascii")
        return _SCRIPT_SOURCES.sub(lambda match: match.group(1) + b" " + digest, served, count=1)

    server._inject_js_into_html = inject_and_allow
    return True
