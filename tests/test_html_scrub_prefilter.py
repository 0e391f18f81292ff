"""html_scrub's quick look for script finds exactly what its case-blind pattern finds."""

import random

from coprod.html_scrub import _SUSPECT, _suspect, scrub

CASES = [
    "<p>Plain words, nothing to take out.</p>",
    "<SCRIPT>alert(1)</SCRIPT>",
    "<p ONCLICK='x()'>hi</p>",
    "<p\xa0onload=x>hi</p>",  # a no-break space before the attribute
    "<ſcript>alert(1)</ſcript>",  # the long s: re.I takes it for s
    "<a href='java&#9;script:x'>x</a>",
    "<IFRAME src=x>",
    "<p>Data: the figures</p>",
    "<p>İframe and ı and \u212a</p>",
    "<p>The description of the service</p>",
    "<p>On the day</p>",
    "<svg><a xlink:href='DATA:text/html,x'>x</a></svg>",
    "<p>“Quoted” words – and an en dash</p>",
    "<meta http-equiv=refresh>",
]


def test_the_quick_look_agrees_with_the_pattern_on_hostile_and_plain_html():
    for html in CASES:
        assert _suspect(html) == (_SUSPECT.search(html) is not None), html


def test_the_quick_look_agrees_on_random_html_made_from_the_patterns_pieces():
    pieces = ["<", ">", " ", "\xa0", "\t", "on", "ON", "On", "click", "=", "script", "SCRIPT", "ſ", "İ", "ı",
              "\u212a", "data", ":", "&", "#", "colon;", "iframe", "link", "meta", "p", "a", "é", "“", "x", "-",
              "http", "equiv", "src", "doc", "form", "action", "newline;", "tab;", "ſcript", "\u212a"]
    rng = random.Random(14)
    for _ in range(20000):
        html = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        assert _suspect(html) == (_SUSPECT.search(html) is not None), repr(html)


def test_a_page_with_a_long_s_script_is_still_scrubbed():
    assert scrub("<p>a</p><ſcript>alert(1)</ſcript>") == "<p>a</p>"
