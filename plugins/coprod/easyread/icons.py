"""A picture for each idea: the glossary's icon for a term, else one chosen by keyword.

Icons are Material's bundled SVGs (no download). They repeat what the words
say, so they are decorative for screen readers.
"""

from __future__ import annotations

import re

DEFAULT_ICON = "material/information-outline"

# First match wins; keywords are word stems.
KEYWORD_ICONS: list[tuple[str, str]] = [
    (r"pay|paid|money|cost|budget|cash|expense|fee", "material/cash"),
    (r"law|act\b|legal|rule|right", "material/scale-balance"),
    (r"equal|fair|equit", "material/scale-balance"),
    (r"meet|meeting|group|board|everyone|together|team", "material/account-group"),
    (r"talk|say|said|listen|conversation|voice|speak|ask", "material/account-voice"),
    (r"train|learn|skill|course|school", "material/school"),
    (r"idea|think|thought|creative", "material/lightbulb-on"),
    (r"plan|step|checklist|list|start|first", "material/format-list-checks"),
    (r"time|week|month|year|date|early|late", "material/clock-outline"),
    (r"read|write|written|information|leaflet|guide|page|document|report", "material/file-document"),
    (r"council|service|organisation|commission|provider", "material/office-building"),
    (r"carer|care|support|help", "material/hand-heart"),
    (r"cake|recipe|bake|ingredient|flavour|food", "material/cake-variant"),
    (r"home|house|live", "material/home"),
    (r"work|job|employ|staff", "material/briefcase"),
    (r"check|review|measure|result|impact|difference", "material/check-circle"),
    (r"phone|call", "material/phone"),
    (r"online|website|web|internet|email", "material/web"),
    (r"change|improve|better", "material/swap-horizontal"),
    (r"safe|risk|protect", "material/shield-check"),
    (r"disab|wheelchair|access", "material/wheelchair-accessibility"),
    (r"thank|value|respect|trust", "material/handshake"),
    (r"place|area|local|where|travel", "material/map-marker"),
    (r"people|person|you|we|they", "material/account-group"),
]
_KEYWORDS = [(re.compile(rf"\b(?:{pattern})", re.I), icon) for pattern, icon in KEYWORD_ICONS]


def icon_for(text: str, term_icons: list[str]) -> str:
    """The icon for an idea: a glossary term's icon, else a keyword's, else a default."""
    if term_icons:
        return term_icons[0]
    for pattern, icon in _KEYWORDS:
        if pattern.search(text):
            return icon
    return DEFAULT_ICON


def shortcode(icon: str) -> str:
    """"material/account-group" as Material's emoji shortcode ":material-account-group:"."""
    return ":" + icon.replace("/", "-") + ":"
