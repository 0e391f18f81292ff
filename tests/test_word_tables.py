"""The quick word tables give exactly the answers of the libraries they come from."""

from __future__ import annotations

import textstat

from coprod import syllables
from coprod.cache import SortedTable, cached_sorted_table
from coprod.rules.terminology import _build_zipf_table, _zipf_table

WORDS = ["co-production", "people's", "they'll", "'quoted'", "don't", "wheelchair-bound", "coproduction",
         "Safeguarding", "DoLS", "zxqvbn", "hyperlocalisation", "utilise", "it’s", "e.g", "U.S", "naïve",
         "Ombudsman's", "re-ablement", "self-advocacy", "personalisation", "a", "rhino", "bureaucratically"]


def test_syllables_are_counted_as_textstat_counts_them():
    assert [syllables.count(word) for word in WORDS] == [max(1, textstat.syllable_count(word)) for word in WORDS]


def test_the_hyphenation_patterns_from_the_cache_are_pyphens_own():
    import pyphen

    fresh = pyphen.HyphDict(pyphen.LANGUAGES[pyphen.language_fallback("en_US")])
    cached = syllables._pyphen().hd
    assert cached.patterns == fresh.patterns and cached.maxlen == fresh.maxlen
    assert [syllables._pyphen().positions(w) for w in WORDS] == \
        [pyphen.Pyphen(lang="en_US").positions(w) for w in WORDS]


def test_the_sorted_word_frequency_table_gives_every_word_its_own_figure():
    table, built = _zipf_table(), _build_zipf_table()
    assert len(table) == len(built)
    assert all(table.get(word) == figure for word, figure in built.items())
    assert table.get("notawordatall") is None and table.get("notawordatall", 0.0) == 0.0


def test_a_sorted_table_finds_words_outside_ascii_and_the_first_and_last_word(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    words = {"zebra": 1.5, "apple": 2.25, "naïve": 3.0, "Ärger": 4.0, "": 0.5}
    table = cached_sorted_table("test-words", (), lambda: words)
    again = cached_sorted_table("test-words", (), lambda: {})  # from the file this time
    for loaded in (table, again, SortedTable.loads(table.dumps())):
        assert {word: loaded.get(word) for word in words} == words
        assert loaded.get("aardvark") is None and loaded.get("zzz", 7.0) == 7.0
        assert "naïve" in loaded and "" in loaded and "aardvark" not in loaded


def test_the_sorted_syllable_table_gives_every_cmudict_word_its_own_count():
    table, built = syllables._table(), syllables._build_table()
    assert len(table) == len(built)
    assert all(table.get(word) == count for word, count in built.items())
