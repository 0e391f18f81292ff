"""The rules registry: each rule's settings schema, shared by `settings` and `rules`.

`rules/` registers every rule here when it is imported; `settings` reads them
from here. Neither imports the other, so there is no import loop. The package's
`__init__` imports `rules`, so the registry is full whatever part of coprod runs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from .errors import ConfigError
from .findings import Severity

# Every rule, by id, in the order `coprod rules` lists them. Filled by coprod.rules.
RULES: dict[str, Any] = {}


def register(*rules) -> dict[str, Any]:
    for rule in rules:
        RULES[rule.id] = rule
    return RULES


@dataclass(frozen=True)
class Option:
    """One setting of a rule: its type, default and a plain description."""

    kind: type  # int, float, bool, list (of strings) or dict (string to string)
    default: Any
    help: str

    def check(self, value: Any, name: str) -> Any:
        kind = self.kind
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        if kind in (int, float) and (isinstance(value, bool) or not isinstance(value, kind)
                                     or not math.isfinite(value)):
            expected = "a whole number" if kind is int else "a number"
            raise ConfigError(f'"{name}" must be {expected}, not {value!r}.')
        if kind is bool and not isinstance(value, bool):
            raise ConfigError(f'"{name}" must be true or false, not {value!r}.')
        if kind is list:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f'"{name}" must be a list of words or phrases.')
        if kind is dict:
            if not isinstance(value, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in value.items()
            ):
                raise ConfigError(f'"{name}" must be a list of "phrase: what to say instead" lines.')
        return value


@dataclass(frozen=True)
class RuleSettings:
    severity: Severity
    options: dict[str, Any]

    def __getitem__(self, name: str) -> Any:
        return self.options[name]
