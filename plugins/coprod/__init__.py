"""coprod: plain-language checks, glossary and easy read for co-production guides.

The core modules here know nothing of MkDocs. The MkDocs plugin
(`coprod.mkdocs_plugin`), the Python-Markdown extension (`coprod.markdown_ext`)
and the command line (`coprod.cli`) are thin adapters over them.
"""

__version__ = "0.1.0"

# Fill the rules registry (coprod.registry) before anything reads the settings.
from . import rules  # noqa: E402,F401
