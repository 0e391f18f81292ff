"""A picture for each idea: the glossary's icon for a term, else one chosen by what the idea says.

Icons are Material's bundled SVGs (no download). They repeat what the words
say, so they are decorative for screen readers. A picture that says nothing
about the idea (the same "group of people" on every block) helps no one, so
an idea with no clear picture gets none, and no picture is used twice in a row.
"""

from __future__ import annotations

import re

# On its own line before an idea's sentences: lay the idea out as usual, with an empty picture.
NO_PICTURE = ":coprod-no-picture:"

# Words that call up a picture. A word ending in "*" is a stem ("disab*": disabled,
# disability); any other word matches with its usual endings ("meeting", "meets").
KEYWORD_ICONS: list[tuple[str, str]] = [
    ("pay paid money cost budget cash expense fee wage salary voucher", "material/cash"),
    ("law legal right court", "material/scale-balance"),
    ("equal* fair* equit*", "material/scale-balance"),
    ("meet meeting board group team workshop", "material/account-group"),
    ("talk say said listen conversation voice speak ask question", "material/account-voice"),
    ("train* learn* skill course school", "material/school"),
    ("idea think thought creative", "material/lightbulb-on"),
    ("plan step checklist", "material/format-list-checks"),
    ("time week month year date deadline", "material/clock-outline"),
    ("read write written information leaflet guide document report letter", "material/file-document"),
    ("council organisation commission provider", "material/office-building"),
    ("carer care support", "material/hand-heart"),
    ("cake recipe bake ingredient flavour food", "material/cake-variant"),
    ("home house housing", "material/home"),
    ("job employ* staff worker", "material/briefcase"),
    ("check review measure result impact", "material/check-circle"),
    ("phone call", "material/phone"),
    ("online website internet email", "material/web"),
    ("change improve*", "material/swap-horizontal"),
    ("safe safety risk protect* harm abuse", "material/shield-check"),
    ("disab* wheelchair access* ramp", "material/wheelchair-accessibility"),
    ("thank* value respect trust", "material/handshake"),
    ("place area local travel venue transport", "material/map-marker"),
]


def _keyword_pattern(words: str) -> re.Pattern:
    parts = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) + r"(?:s|es|d|ed|ing|er|ers)?"
             for w in words.split()]
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.I)


_KEYWORDS = [(_keyword_pattern(words), icon) for words, icon in KEYWORD_ICONS]
_FIRST_SENTENCE = re.compile(r"^.*?(?:[.!?:](?:\s|$)|$)", re.S)


def icon_for(text: str, term_icons: list[str]) -> str | None:
    """The best icon for an idea on its own: a glossary term's icon, else the keyword picture it names most."""
    ranked = icons_for(text, term_icons)
    return ranked[0] if ranked else None


def icons_for(text: str, term_icons: list[str]) -> list[str]:
    """Pictures that fit an idea, best first: its terms' icons, then keyword pictures by how often
    the idea names them (its first sentence counts twice)."""
    first = _FIRST_SENTENCE.match(text).group(0)
    scores = []
    for order, (pattern, icon) in enumerate(_KEYWORDS):
        score = len(pattern.findall(text)) + len(pattern.findall(first))
        if score:
            scores.append((-score, order, icon))
    ranked = list(dict.fromkeys([*term_icons, *(icon for _, _, icon in sorted(scores))]))
    return ranked


class Pictures:
    """Chooses the pictures down one page: the best fit, but never the same picture twice in a row."""

    def __init__(self) -> None:
        self.previous: str | None = None

    def choose(self, text: str, term_icons: list[str]) -> str | None:
        choice = next((icon for icon in icons_for(text, term_icons) if icon != self.previous), None)
        self.previous = choice
        return choice


def shortcode(icon: str) -> str:
    """"material/account-group" as Material's emoji shortcode ":material-account-group:"."""
    return ":" + icon.replace("/", "-") + ":"
