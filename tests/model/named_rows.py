"""A check the read suites share: every declared read names its columns as the row it is read into."""

from __future__ import annotations

import inspect
from collections.abc import Iterable
from types import ModuleType
from typing import Any

from model.store.sqlrun import Query


def queries_of(modules: Iterable[ModuleType]) -> list[Query[Any]]:
    """The :class:`Query` objects a module declares (at module level, or in a dict of them)."""
    found: list[Query[Any]] = []
    for module in modules:
        for value in vars(module).values():
            values = value.values() if isinstance(value, dict) else [value]
            found += [v for v in values if isinstance(v, Query)]
            found += [x for v in values if isinstance(v, tuple) for x in v if isinstance(x, Query)]
    return found


def assert_columns_are_named(query: Query[Any]) -> None:
    """The statement's column labels, in order, are the names of the row's fields (the parameters its maker
    takes by name; a maker that also takes ``*columns`` names only the first of them)."""
    columns = tuple(c.name for c in query.sql.build().selected_columns)
    params = inspect.signature(query.row).parameters.values()
    names = tuple(p.name for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD))
    if any(p.kind is p.VAR_POSITIONAL for p in params):
        columns = columns[: len(names)]
    assert columns == names, query
