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
from .yaml_loaders import StrictConstruction
from .settings import PluginOptions, parse_plugin_options


class _TolerantLoader(StrictConstruction, yaml.SafeLoader):
    """Reads MkDocs' own tags as plain values; impossible values and repeated keys are errors."""


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
    if plugins is not None and not isinstance(plugins, list):
        raise ConfigError(f'"plugins" must be a list of plugins, each on a line starting with "- ", not {plugins!r}.')
    for entry in plugins or []:
        if entry == "coprod":
            return {}
        if isinstance(entry, dict) and "coprod" in entry:
            return entry["coprod"] or {}
    return None


def _key_line(text: str, key: str) -> int | None:
    import re

    match = re.search(rf"^{re.escape(key)}[ \t]*:", text, re.M)
    return text.count("\n", 0, match.start()) + 1 if match else None


def yaml_problem(config_file: Path) -> ConfigError | None:
    """What is wrong with mkdocs.yml as YAML (repeated keys, impossible dates), if anything."""
    try:
        _read_yaml(config_file)
    except ConfigError as error:
        return error
    return None


def load_site_config(config_file: Path) -> SiteConfig:
    text, data = _read_yaml(config_file)
    try:
        options = parse_plugin_options(plugin_entry(data.get("plugins")))
    except ConfigError as error:
        raise ConfigError(error.message, str(config_file)) from None
    docs_dir = config_file.parent / str(data.get("docs_dir", "docs"))
    if not isinstance(data.get("docs_dir", "docs"), str):
        raise ConfigError('"docs_dir" must be the name of a folder.', str(config_file), _key_line(text, "docs_dir"))
    return SiteConfig(config_file, docs_dir, options)


def _read_yaml(config_file: Path) -> tuple[str, dict]:
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
        problem = getattr(error, 'problem', None) or error
        message = f"{problem}." if isinstance(error, yaml.constructor.ConstructorError) else \
            f"this is not valid YAML ({problem})."
        raise ConfigError(message, str(config_file), mark.line + 1 if mark else None) from None
    if not isinstance(data, dict):
        raise ConfigError("this file must be a list of 'name: value' settings.", str(config_file))
    return text, data
