"""YAML files read with the JSON data model (PyYAML, imported only when a YAML file is read)."""

from __future__ import annotations

import math
from typing import Any

import yaml

from model.interchange.problems import MAX_PROBLEMS, BadNumber, InputError, Problem, twice_problem


def load(text: str, name: str) -> Any:
    """The value of a YAML document, or an :class:`InputError` saying where it is not valid YAML."""
    loader = _Loader(text)  # a SafeLoader subclass
    try:
        node = loader.get_single_node()
        twice = _duplicate_keys(node)
        if twice:
            raise InputError(name, twice)
        return None if node is None else loader.construct_document(node)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "YAML"
        raise InputError(name, [Problem(where, f"not valid YAML: {getattr(exc, 'problem', exc)}")]) from None
    finally:
        loader.dispose()


def _place(mark: Any) -> str:
    return f"line {mark.line + 1}, column {mark.column + 1}"


def _duplicate_keys(root: yaml.Node | None) -> list[Problem]:
    """Every field given twice in one mapping (PyYAML would keep the last without a word), in file order.

    The document is a tree (aliases are refused while it is composed), so a walk of it ends.
    """
    out: list[Problem] = []
    stack: list[tuple[yaml.Node, list[str | int]]] = [(root, [])] if root is not None else []
    while stack and len(out) < MAX_PROBLEMS:
        node, path = stack.pop()
        if isinstance(node, yaml.MappingNode):
            seen: dict[str, Any] = {}
            for key, _value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.tag == "tag:yaml.org,2002:str":
                    if key.value in seen:
                        out.append(twice_problem(path, key.value, _place(seen[key.value]), _place(key.start_mark)))
                    seen.setdefault(key.value, key.start_mark)
            stack += [(v, [*path, k.value]) for k, v in reversed(node.value)]
        elif isinstance(node, yaml.SequenceNode):
            stack += [(v, [*path, i]) for i, v in reversed(list(enumerate(node.value)))]
    return out


class _Loader(yaml.SafeLoader):
    """Safe YAML with the JSON data model: text keys, dates left as text, no aliases, no NaN."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        # Aliases can expand a few lines into billions of nodes ("billion laughs"); the format never needs them.
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not allowed in a Summitry file", event.start_mark
            )
        return super().compose_node(parent, index)

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        if isinstance(node, yaml.MappingNode):
            for key_node, _value in node.value:
                if key_node.tag != "tag:yaml.org,2002:str":
                    raise yaml.constructor.ConstructorError(
                        None, None, f"field names must be text, not {key_node.value!r}", key_node.start_mark
                    )
        return super().construct_mapping(node, deep=deep)

    def construct_yaml_int(self, node: Any) -> Any:
        try:
            return super().construct_yaml_int(node)
        except ValueError:  # more digits than Python converts
            return BadNumber(node.value)

    def construct_yaml_float(self, node: Any) -> Any:
        value = super().construct_yaml_float(node)
        return value if math.isfinite(value) else BadNumber(node.value)


# Dates stay text (EDTF strings are validated later); YAML 1.1 would turn 2016-07-25 into a date object.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_constructor("tag:yaml.org,2002:int", _Loader.construct_yaml_int)
_Loader.add_constructor("tag:yaml.org,2002:float", _Loader.construct_yaml_float)
