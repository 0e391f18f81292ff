"""YAML loaders that turn every odd value into a YAML error with its line.

PyYAML's safe loader raises ValueError (not a YAML error, and with no line)
for a date that does not exist (`2024-02-30`) or a tagged value it cannot read
(`!!int x`), and it quietly keeps the last of two equal keys. These loaders
raise a `ConstructorError` pointing at the value instead, so every reader of
YAML can name the file and line.
"""

from __future__ import annotations

import yaml
from yaml.constructor import ConstructorError

# libyaml's loader, where PyYAML has it: the same results, several times faster.
_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


_REASONS = {"timestamp": "it is not a real date (write it as year-month-day, like 2027-11-23)",
            "int": "it is not a whole number", "float": "it is not a number"}


class StrictConstruction:
    """Mixed into a PyYAML loader: a line for every unreadable value, and no repeated keys."""

    def construct_object(self, node, deep=False):
        try:
            return super().construct_object(node, deep)
        except (ValueError, TypeError, AttributeError, OverflowError, RecursionError):
            value = node.value if isinstance(node, yaml.ScalarNode) else node.tag
            kind = node.tag.rsplit(":", 1)[-1]
            reason = _REASONS.get(kind, f"it is not a {kind} value")
            raise ConstructorError(None, None, f'"{value}" cannot be read: {reason}', node.start_mark) from None

    def construct_mapping(self, node, deep=False):
        if isinstance(node, yaml.MappingNode):
            seen: dict = {}
            for key_node, _ in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    continue
                key = (key_node.tag, key_node.value)
                if key in seen:
                    raise ConstructorError(
                        None, None, f'"{key_node.value}" is given twice (also on line {seen[key]}), and only '
                                    "the last would count. Keep one of them", key_node.start_mark)
                seen[key] = key_node.start_mark.line + 1
        return super().construct_mapping(node, deep)


class StrictLoader(StrictConstruction, _BASE):
    """The safe loader, with a line for every problem and no duplicate keys."""
