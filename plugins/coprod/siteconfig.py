"""Read the parts of mkdocs.yml that the checks need, without MkDocs.

The command line uses this so it checks files fast, with the same options the
plugin gets. MkDocs configs may hold tags such as `!ENV` and
`!!python/name:`; they are read as plain values here, since the checks never
need them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import ConfigError
from .settings import PluginOptions, parse_plugin_options


class _TolerantLoader(yaml.SafeLoader):
    pass


def _any_tag(loader, suffix, node):
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(node)


_TolerantLoader.add_multi_constructor("!", _any_tag)
_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", _any_tag)


@dataclass(frozen=True)
class SiteConfig:
    config_file: Path | None
    docs_dir: Path
    options: PluginOptions

    @property
    def root(self) -> Path:
        return self.config_file.parent if self.config_file else Path.cwd()

    @property
    def glossary_file(self) -> Path | None:
        return glossary_file(self.root, self.options)


def glossary_file(root: Path, options: PluginOptions) -> Path | None:
    """The glossary to use: the one named in the options, else glossary.yml if it exists."""
    if options.glossary:
        return root / options.glossary
    default = root / "glossary.yml"
    return default if default.is_file() else None


def plugin_entry(plugins) -> dict | None:
    """The coprod plugin's options from mkdocs.yml's `plugins`, or None if it is not there."""
    if isinstance(plugins, dict):
        plugins = [{name: value} for name, value in plugins.items()]
    for entry in plugins or []:
        if entry == "coprod":
            return {}
        if isinstance(entry, dict) and "coprod" in entry:
            return entry["coprod"] or {}
    return None


def load_site_config(config_file: Path) -> SiteConfig:
    try:
        text = config_file.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise ConfigError(f"cannot read this file: {error.strerror}.", str(config_file)) from None
    except UnicodeDecodeError:
        raise ConfigError("this file is not saved as UTF-8 text.", str(config_file)) from None
    try:
        data = yaml.load(text, Loader=_TolerantLoader) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise ConfigError(
            f"this is not valid YAML ({getattr(error, 'problem', None) or error}).",
            str(config_file), mark.line + 1 if mark else None,
        ) from None
    if not isinstance(data, dict):
        raise ConfigError("this file must be a list of 'name: value' settings.", str(config_file))
    try:
        options = parse_plugin_options(plugin_entry(data.get("plugins")))
    except ConfigError as error:
        raise ConfigError(error.message, str(config_file)) from None
    docs_dir = config_file.parent / str(data.get("docs_dir", "docs"))
    return SiteConfig(config_file, docs_dir, options)
