"""A picture for each idea: the glossary's icon for a term, else one chosen by what the idea says.

Icons are Material's bundled SVGs (no download). They repeat what the words
say, so they are decorative for screen readers. A picture that says nothing
about the idea (the same "group of people" on every block) helps no one, so
an idea with no clear picture gets none, no picture is used twice in a row,
and none more than 3 times on a page.
"""

from __future__ import annotations

import functools
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


_ENDINGS = ("", "s", "es", "d", "ed", "ing", "er", "ers")
# Every form of every keyword, and the stems, each with its picture's place in KEYWORD_ICONS
# (a dictionary lookup a word: far faster than one big pattern).
_FORMS: dict[str, int] = {}
_STEMS: list[tuple[str, int]] = []
for _number, (_words, _) in enumerate(KEYWORD_ICONS):
    for _word in _words.split():
        if _word.endswith("*"):
            _STEMS.append((_word[:-1], _number))
        else:
            for _ending in _ENDINGS:
                _FORMS.setdefault(_word + _ending, _number)
_STEM_STARTS = tuple(stem for stem, _ in _STEMS)
_WORD = re.compile(r"[a-z]+", re.I)
_LOWER_WORD = re.compile(r"[a-z]+")  # the same, in text made lower case
_FIRST_SENTENCE = re.compile(r"^.*?(?:[.!?:](?:\s|$)|$)", re.S)


@functools.lru_cache(maxsize=8192)  # a page uses the same words again and again
def _picture_number(word: str) -> int | None:
    number = _FORMS.get(word)
    if number is None and word.startswith(_STEM_STARTS):  # one quick test first: most words start with no stem
        number = next((n for stem, n in _STEMS if word.startswith(stem)), None)
    return number


def icon_for(text: str, term_icons: list[str]) -> str | None:
    """The best icon for an idea on its own: a glossary term's icon, else the keyword picture it names most."""
    ranked = icons_for(text, term_icons)
    return ranked[0] if ranked else None


def icons_for(text: str, term_icons: list[str]) -> list[str]:
    """Pictures that fit an idea, best first: its terms' icons, then keyword pictures by how often
    the idea names them (its first sentence counts twice)."""
    first_end = _FIRST_SENTENCE.match(text).end()
    scores: dict[int, int] = {}
    if text.isascii():
        # Lower case letter for letter: the words of the lower-case text, those of the first sentence apart
        # (it ends after a space or a mark, or at the end, so no word runs across its end).
        lower = text.lower()
        for words, weight in ((_LOWER_WORD.findall(lower, 0, first_end), 2), (_LOWER_WORD.findall(lower, first_end), 1)):
            for word in words:
                number = _picture_number(word)
                if number is not None:
                    scores[number] = scores.get(number, 0) + weight
    else:
        for match in _WORD.finditer(text):
            number = _picture_number(match.group(0).lower())
            if number is not None:
                scores[number] = scores.get(number, 0) + (2 if match.start() < first_end else 1)
    keyword_icons = [KEYWORD_ICONS[number][1] for number in sorted(scores, key=lambda n: (-scores[n], n))]
    return list(dict.fromkeys([*term_icons, *keyword_icons]))


# A picture seen more often than this on one page stops telling ideas apart.
MOST_USES = 3


class Pictures:
    """Chooses the pictures down one page: the best fit, never the same picture twice in a row,
    and none more than MOST_USES times."""

    def __init__(self) -> None:
        self.previous: str | None = None
        self.uses: dict[str, int] = {}

    def choose(self, text: str, term_icons: list[str]) -> str | None:
        choice = next((icon for icon in icons_for(text, term_icons)
                       if icon != self.previous and self.uses.get(icon, 0) < MOST_USES), None)
        self.previous = choice
        if choice:
            self.uses[choice] = self.uses.get(choice, 0) + 1
        return choice


def shortcode(icon: str) -> str:
    """"material/account-group" as Material's emoji shortcode ":material-account-group:"."""
    return ":" + icon.replace("/", "-") + ":"
