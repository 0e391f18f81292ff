"""Plugin options and rule settings: read, checked and merged in one place.

The MkDocs plugin, the command line and a page's front matter all pass their
raw options through these functions, so they accept and refuse the same things
with the same messages.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from .errors import ConfigError
from .findings import Severity
from .registry import RULES, Option, RuleSettings  # noqa: F401 (Option: rules import it from here too)


@dataclass(frozen=True)
class Settings:
    """The rules' settings for a site or, after `for_page`, for one page."""

    rules: dict[str, RuleSettings]
    override_reason: str | None = None
    overridden: tuple[str, ...] = ()

    def rule(self, rule_id: str) -> RuleSettings:
        return self.rules[rule_id]


@dataclass(frozen=True)
class PluginOptions:
    """Everything under `coprod:` in mkdocs.yml's plugins list."""

    glossary: str | None = None  # None: glossary.yml beside mkdocs.yml, if there is one
    rules: dict = field(default_factory=dict)
    report: bool = True
    easy_read: bool = True
    generated_easy_read_fails_build: bool = False
    editor_panel: bool = True

    @property
    def settings(self) -> Settings:
        return parse_rule_settings(self.rules)


_PLUGIN_OPTIONS = {
    "glossary": (str, "the path of the glossary file, from the folder that holds mkdocs.yml"),
    "rules": (dict, "settings for each rule, by rule id"),
    "report": (bool, "publish the readability report page for editors"),
    "easy_read": (bool, "publish an easy read version beside every page"),
    "generated_easy_read_fails_build": (bool, "treat problems on generated easy read pages as failures"),
    "editor_panel": (bool, "show the editor's panel while `mkdocs serve` runs"),
}


def _closest(name: str, known) -> str:
    import difflib

    match = difflib.get_close_matches(name, list(known), n=1)
    return f' Did you mean "{match[0]}"?' if match else ""


def parse_plugin_options(raw: Any) -> PluginOptions:
    """Check the plugin's options from mkdocs.yml; raise ConfigError if wrong."""
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise ConfigError("the coprod plugin's options must be a list of 'name: value' lines.")
    values = {}
    for name, value in raw.items():
        if name not in _PLUGIN_OPTIONS:
            known = ", ".join(_PLUGIN_OPTIONS)
            raise _option_error(
                name,
                f'the coprod plugin has no option "{name}".{_closest(str(name), _PLUGIN_OPTIONS)}'
                f" The options are: {known}."
            )
        kind, _ = _PLUGIN_OPTIONS[name]
        if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
            expected = {str: "a file path", dict: "a list of 'name: value' lines",
                        bool: "true or false"}[kind]
            raise _option_error(name, f'the coprod option "{name}" must be {expected}, not {value!r}.')
        values[name] = value
    options = PluginOptions(**values)
    try:
        parse_rule_settings(options.rules)  # refuse bad rule settings now, not mid-build
    except ConfigError as error:
        raise _option_error("rules", error.message) from None
    return options


def _option_error(option: str, message: str) -> ConfigError:
    error = ConfigError(message)
    error.key = option  # which plugin option is wrong, for MkDocs' own message
    return error


def default_settings() -> Settings:
    return Settings(
        {
            rule.id: RuleSettings(
                rule.default_severity, {name: opt.default for name, opt in rule.options.items()}
            )
            for rule in RULES.values()
        }
    )


def _apply(base: Settings, raw: Any, where: str | None) -> Settings:
    where = f"{where}: " if where else ""

    if not isinstance(raw, dict):
        raise ConfigError(f"{where}\"rules\" must be a list of rule ids, each with its settings.")
    rules = dict(base.rules)
    for rule_id, value in raw.items():
        rule = RULES.get(rule_id)
        if rule is None:
            raise ConfigError(
                f'{where}there is no rule "{rule_id}".{_closest(str(rule_id), RULES)}'
                " Run `coprod rules` to list them."
            )
        current = rules[rule_id]
        if isinstance(value, str) or value is False:
            value = {"severity": "off" if value is False else value}
        if not isinstance(value, dict):
            raise ConfigError(
                f'{where}rule "{rule_id}" needs settings such as "severity: warning", not {value!r}.'
            )
        severity, options = current.severity, dict(current.options)
        for name, setting in value.items():
            if name == "severity":
                if setting is False:  # YAML reads a bare `off` as false
                    setting = "off"
                try:
                    severity = Severity(setting)
                except ValueError:
                    raise ConfigError(
                        f'{where}rule "{rule_id}" severity must be error, warning, info or off, '
                        f"not {setting!r}."
                    ) from None
                continue
            option = rule.options.get(name)
            if option is None:
                choices = ", ".join(["severity", *rule.options])
                raise ConfigError(
                    f'{where}rule "{rule_id}" has no setting "{name}".'
                    f"{_closest(str(name), rule.options)} Its settings are: {choices}."
                )
            try:
                options[name] = option.check(setting, name)
            except ConfigError as error:
                raise ConfigError(f'{where}rule "{rule_id}": {error.message}') from None
        rules[rule_id] = RuleSettings(severity, options)
    return replace(base, rules=rules)


def parse_rule_settings(raw: Any, where: str | None = None) -> Settings:
    return _apply(default_settings(), raw or {}, where)


def for_page(site: Settings, front_matter: dict) -> Settings:
    """The site's settings with a page's `coprod:` front matter applied.

    A page may change rules only with a reason an editor can read in the
    report. Raises ConfigError when the settings are wrong or have no reason;
    the caller knows the page and line.
    """
    raw = front_matter.get("coprod")
    if raw is None:
        return site
    if not isinstance(raw, dict):
        raise ConfigError('"coprod" must hold "reason:" and "rules:" lines.')
    unknown = set(raw) - {"reason", "rules"}
    if unknown:
        raise ConfigError(
            f'"coprod" takes only "reason" and "rules", not "{sorted(map(str, unknown))[0]}".'
        )
    reason = raw.get("reason")
    if not isinstance(reason, str) or not reason.strip():
        raise ConfigError(
            'this page changes the language rules without a reason. Add "reason:" under '
            '"coprod:" saying why this page needs it, so other editors can judge it.'
        )
    rules = raw.get("rules") or {}
    page = _apply(site, rules, None)
    return replace(page, override_reason=reason.strip(), overridden=tuple(rules))
