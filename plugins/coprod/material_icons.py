"""Icons from the Material theme, for the adapters to hand to the core.

The core (glossary, easy read layout) never imports the theme: the MkDocs
plugin and the command line pass these functions in, so another theme or
another tool can pass its own.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def _icons_folder() -> Path | None:
    try:
        import material
    except ImportError:  # without Material there is nothing to look in
        return None
    return Path(material.__file__).parent / "templates" / ".icons"


def icon_file(name: str) -> Path | None:
    """The SVG file of an icon named like "material/account-group", if the theme has it."""
    folder = _icons_folder()
    if folder is None or ".." in name.split("/"):
        return None
    path = folder / f"{name}.svg"
    return path if path.is_file() else None


def icon_exists(name: str) -> bool | None:
    """Whether the theme has the icon; None when the theme is not there to ask."""
    return None if _icons_folder() is None else icon_file(name) is not None
