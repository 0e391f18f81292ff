"""The easy read generator's short cuts for speed give exactly what the long way gives.

Each quick test before a pattern must never say "no match" where the pattern
matches; each kept result must be what working it out again gives. Checked on
our own pages, the plainlanguage.gov corpus and made-up strings full of the
characters the patterns care about.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from coprod import prose
from coprod.checker import read_page
from coprod.easyread import generate_easy_read, icons, simplify
from coprod.easyread import generator
from coprod.glossary import load_glossary
from coprod.language import abbreviations, lexicon, numbers, passive
from coprod.rules import easy
from coprod.settings import default_settings

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = load_glossary(ROOT / "glossary.yml", "glossary.yml")


def _pages() -> list[Path]:
    corpus = sorted((ROOT / "tests" / "precision" / "corpus").rglob("*.md"))
    own = sorted(p for p in (ROOT / "content").rglob("*.md") if not p.name.endswith(".easy.md"))
    return own + corpus


def _sentences() -> list[str]:
    """Sentences and pieces of real pages, and made-up strings (some not in ASCII)."""
    found = []
    for page in _pages():
        for line in page.read_text(encoding="utf-8").splitlines():
            found += [piece for piece in re.split(r"(?<=[.!?])\s+", line) if piece.strip()]
    rng = random.Random(2026)
    alphabet = "abesoutnhwichldAEST ,;:-—–()[]\"“”'’%`*_ \n\t\u00a0ſKİé@<>/"
    words = ["and", "but", "so", "because", "which", "while", "then", "including", "for example", "saying",
             "such as", "the word", "instead of", "of course", "indeed", "one", "ten", "fifteen", "per cent",
             "(JSNA)", "Joint Needs Assessment", "http://x.org", "www.x.org", "a@b.org", ":smile:", "we", "they"]
    for _ in range(3000):
        parts = [rng.choice(words) if rng.random() < 0.4 else rng.choice(alphabet) for _ in range(rng.randint(1, 30))]
        found.append(rng.choice(["", " "]).join(parts))
    return found


SENTENCES = _sentences()


def test_the_quick_tests_before_patterns_never_miss_a_match():
    pairs = [(simplify._AN_ASIDE, simplify._EMPTY_ASIDES, True), (simplify._A_NUMBER_WORD, simplify._NUMBER_WORD, True),
             (simplify._A_DASH, simplify._DASHED, False),
             (generator._TALKED_ABOUT_SIGN, generator._TALKED_ABOUT_START, True),
             (simplify._BRACKETED_CAPITALS, simplify._EXPANSION, False)]
    matched = 0
    for text in SENTENCES:
        for quick, pattern, lower in pairs:
            if pattern.search(text):
                matched += 1
                if lower:  # these quick tests read an ASCII text in lower case; other text skips them
                    assert not text.isascii() or quick.search(text.lower()), (quick.pattern, text)
                else:
                    assert quick.search(text), (quick.pattern, text)
    assert matched > 1000


def test_a_clause_cut_is_looked_for_wherever_it_can_be():
    matched = 0
    for text in SENTENCES:
        lower = text.lower()
        for cut, needs in zip(simplify._SPLITS, simplify._CUT_NEEDS):
            if cut.pattern.search(text):
                matched += 1
                assert simplify._CUT_SIGN.search(text), text
                assert not text.isascii() or needs in lower, (cut.pattern.pattern, text)
                if needs == "-":
                    assert simplify._A_DASH.search(text), text
    assert matched > 1000


def test_patterns_written_for_speed_find_what_the_plain_ones_find():
    plain_shortcode = re.compile(r"(?<![\w:]):[a-z][a-z0-9_+-]*:(?![\w:])")
    for text in SENTENCES:
        assert prose._SHORTCODE.sub("#", text) == plain_shortcode.sub("#", text)
        if "@" not in text:
            assert prose._URL_NOT_EMAIL.sub("#", text) == prose._URL.sub("#", text)
        assert prose.blank(text) == re.sub(r"[^\r\n]", " ", text)
        assert prose.blank(text.replace("\n", "\r\n")) == re.sub(r"[^\r\n]", " ", text.replace("\n", "\r\n"))


def _tokenise_the_long_way(text):
    return [(m.start(), m.end(), m.group(0).lower().replace("’", "'")) for m in lexicon.TOKEN.finditer(text)]


def _find_the_long_way(lex, tokens, check=None):
    """Lexicon.find as first written: every token tried in turn."""
    index, count, found = 0, len(tokens), []
    while index < count:
        for phrase, entry in lex._by_first.get(tokens[index], ()):
            size = len(phrase)
            if (check is not None and entry.check != check) or tuple(tokens[index:index + size]) != phrase:
                continue
            form = " ".join(phrase)
            before, after = tokens[max(0, index - 3):index], tokens[index + size:index + size + 5]
            if entry.when and not lexicon._any_holds(entry.when, form, before, after, lex.determiners):
                continue
            found.append((index, size, form, entry.replacement(form, before, after, lex.determiners)))
            index += size - 1
            break
        index += 1
    return found


def test_the_lexicon_finds_and_swaps_what_it_found_the_long_way():
    lex = lexicon.get_lexicon()
    swapped = 0
    for text in SENTENCES:
        spans = _tokenise_the_long_way(text)
        assert lexicon.tokenise(text) == spans
        tokens = [token for _, _, token in spans]
        for check in (None, "plain"):
            expected = _find_the_long_way(lex, tokens, check)
            assert [(m.index, m.size, m.form, m.replacement) for m in lex.find(tokens, check)] == expected
            swaps = lex.swaps(text, check)
            assert [(s.start, s.end) for s in swaps] == [(spans[i][0], spans[i + n - 1][1]) for i, n, _, _ in expected]
            swapped += len(swaps)
    assert swapped > 300


def test_pictures_are_chosen_as_the_long_way_chooses_them():
    def long_way(text):
        first_end = icons._FIRST_SENTENCE.match(text).end()
        scores = {}
        for match in icons._WORD.finditer(text):
            number = icons._picture_number(match.group(0).lower())
            if number is not None:
                scores[number] = scores.get(number, 0) + (2 if match.start() < first_end else 1)
        return list(dict.fromkeys(icons.KEYWORD_ICONS[n][1] for n in sorted(scores, key=lambda n: (-scores[n], n))))

    texts = [" ".join(SENTENCES[i:i + 4]) for i in range(0, len(SENTENCES), 4)]
    assert sum(bool(long_way(text)) for text in texts) > 1000
    for text in texts:
        assert icons.icons_for(text, []) == long_way(text), text


def test_a_page_is_the_same_made_alone_after_others_and_from_the_checkers_reading():
    """Kept results (by glossary and the page's abbreviations) and the checker's sentences change nothing."""
    settings = default_settings()
    pages = [p for p in _pages() if "guides" in p.parts or "articles" in p.parts][:12]
    assert len(pages) >= 6
    texts = [p.read_text(encoding="utf-8") for p in pages]
    generator._MEMOS.clear()
    simplify._split_held_nothing.cache_clear()
    simplify._split_clauses_held_nothing.cache_clear()
    alone = []
    for text in texts:
        alone.append(generate_easy_read(text, GLOSSARY))
        generator._MEMOS.clear()
        simplify._split_held_nothing.cache_clear()
        simplify._split_clauses_held_nothing.cache_clear()
    together = [generate_easy_read(text, GLOSSARY) for text in texts]
    read_first = [generate_easy_read(text, GLOSSARY, page=read_page(str(path), text, settings, GLOSSARY))
                  for path, text in zip(pages, texts)]
    assert together == alone
    assert read_first == alone
    assert any("coprod-needs-editor" in page for page in alone)  # the pages exercise the editor's notes too


def test_number_patterns_that_start_with_their_first_character_find_what_the_plain_ones_find():
    words = "|".join(numbers.NUMBER_WORDS)
    simple = "|".join(w for w in numbers.NUMBER_WORDS if w not in numbers.SCALE_WORDS)
    pairs = [(re.compile(r"(?<![\w-])(" + words + r")(?![\w-])", re.I), easy._NUMBER_WORD),
             (re.compile(r"(?<![\w-])(" + simple + r")(?![\w-])", re.I), simplify._NUMBER_WORD),
             (re.compile(r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d{5,}|(?!19|20)\d{4})(?![\w,]|\.\d)"), easy._LARGE_NUMBER),
             (re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b)", re.I), numbers.PERCENTAGE)]
    texts = SENTENCES + ["ſix ſeven KİLO 12,345 1999 20000 5% 7 per cent 1.5.6% -one one- x1234 ONE Ten"]
    found = 0
    for text in texts:
        for plain, fast in pairs:
            for start, end in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):  # as block_matches asks
                expected = [(m.span(), m.groups()) for m in plain.finditer(text, start, end)]
                assert [(m.span(), m.groups()) for m in fast.finditer(text, start, end)] == expected, text
                found += len(expected)
            assert bool(plain.match(text)) == bool(fast.match(text))
    assert found > 500


def test_searching_ascii_text_in_lower_case_finds_what_the_pattern_finds_in_any_case():
    lex = lexicon.get_lexicon()
    texts = SENTENCES + [" ".join(SENTENCES[i:i + 8]) for i in range(0, len(SENTENCES), 8)]
    texts += ["In Order To, E.G. via Trivia; Per Se, VIA ad-hoc Etc. A Number Of", "ſo Utiliſe KNOW"]
    found = idioms = 0
    for text in texts:
        expected = [m.start() for m in lex.pattern.finditer(text)]
        assert lex.starts(text) == expected, text
        found += len(expected)
        if text.isascii():
            expected = [m.span() for m in easy._IDIOM.finditer(text)]
            assert [m.span() for m in easy._IDIOM_IN_LOWER_CASE.finditer(text.lower())] == expected, text
            idioms += len(expected)
    assert found > 500 and idioms > 50


def test_the_idiom_rule_names_the_words_as_the_page_writes_them():
    from coprod.checker import check_text
    from coprod.kinds import PageKind

    result = check_text("page.easy.md", "# Page\n\nWe Touch Base and get the BALL ROLLING, E.G. now.\n\n"
                        "`touch base` is code.\n", default_settings(), kind=PageKind.EASY)
    assert [(f.line, f.column, f.message) for f in result.findings if f.rule == "easy-idiom"] == [
        (3, 4, '"Touch Base" is an idiom or foreign words. Not everyone knows it.'),
        (3, 19, '"get the BALL ROLLING" is an idiom or foreign words. Not everyone knows it.'),
        (3, 41, '"E.G." is an idiom or foreign words. Not everyone knows it.')]


def test_patterns_that_start_with_their_first_letters_find_what_the_plain_ones_find():
    pairs = [(re.compile(passive._PASSIVE.pattern.replace("(?=[abiw])", "", 1), re.I), passive._PASSIVE),
             (re.compile(abbreviations.ABBREVIATION.pattern.replace("(?=[A-Z])", "", 1)), abbreviations.ABBREVIATION),
             (re.compile(abbreviations.EXPANDED_BEFORE.pattern.replace("(?=[A-Z])", "", 1)),
              abbreviations.EXPANDED_BEFORE)]
    assert not any(plain.pattern.startswith("(?=") for plain, _ in pairs)
    texts = SENTENCES + ["Bills ARE paid. It WAS Written by Sam. ıs İS ſo. NHS (National Health Service) GOV.UK"]
    found = 0
    for text in texts:
        for plain, fast in pairs:
            for start, end in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
                expected = [(m.span(), m.groups()) for m in plain.finditer(text, start, end)]
                assert [(m.span(), m.groups()) for m in fast.finditer(text, start, end)] == expected, text
                found += len(expected)
    assert found > 500
