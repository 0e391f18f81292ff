"""The plugin's options: one checker for mkdocs.yml, the CLI and front matter."""

import pytest

from coprod.errors import ConfigError
from coprod.findings import Severity
from coprod.settings import parse_plugin_options, parse_rule_settings


def test_defaults_come_from_the_standards():
    settings = parse_rule_settings({})
    assert settings.rule("reading-ease")["error_below"] == 50
    assert settings.rule("reading-ease")["note_below"] == 60
    assert settings.rule("reading-ease")["warning_below"] == 50
    assert settings.rule("grade-level")["warning_above"] == 9
    assert settings.rule("sentence-length")["warning_above"] == 25
    assert settings.rule("sentence-length")["error_above"] == 35
    assert settings.rule("paragraph-length")["warning_above"] == 150
    assert settings.rule("numbers").severity is Severity.INFO


@pytest.mark.parametrize("options, words", [
    ({"glosary": "x.yml"}, ['no option "glosary"', 'Did you mean "glossary"']),
    ({"report": "yes"}, ['"report" must be true or false']),
    ({"rules": {"sentence-lenght": {}}}, ['no rule "sentence-lenght"', 'Did you mean "sentence-length"']),
    ({"rules": {"sentence-length": {"warning_above": "twenty"}}}, ["must be a whole number", "'twenty'"]),
    ({"rules": {"sentence-length": {"severity": "loud"}}}, ["error, warning, info or off"]),
    ({"rules": {"sentence-length": {"maximum": 3}}}, ['no setting "maximum"', "warning_above"]),
])
def test_bad_options_give_one_clear_message(options, words):
    with pytest.raises(ConfigError) as raised:
        parse_plugin_options(options)
    for word in words:
        assert word in str(raised.value)


def test_yaml_off_and_whole_numbers_for_decimals():
    options = parse_plugin_options({"rules": {"plain-words": False, "reading-ease": {"warning_below": 65}}})
    settings = options.settings
    assert settings.rule("plain-words").severity is Severity.OFF
    assert settings.rule("reading-ease")["warning_below"] == 65.0
