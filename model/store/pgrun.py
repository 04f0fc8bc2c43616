"""Reads of a PostgreSQL server straight on psycopg, the way :mod:`model.store.sqlrun` reads a SQLite file.

The declared statements (:class:`~model.store.sqlrun.Sql`) are kept compiled for psycopg too
(:data:`model.store.frozen_sql.POSTGRESQL`, by ``python -m model.store.freeze_sql``), so a read costs the
driver's work and the server's, not SQLAlchemy's building and compiling of each statement (about 0.3 ms of
Python apiece, more than the server takes to answer most of them).

The text is what SQLAlchemy's psycopg dialect renders (pyformat ``%(name)s`` placeholders with its casts, a
literal ``%`` doubled), an expanding list kept as ``IN (__[POSTCOMPILE_x])`` with the cast of its elements
beside it; a read expands it into one placeholder per element (``%(x_1)s::VARCHAR, …``), as SQLAlchemy does.
Not ``= ANY(%(x)s)`` with one array, though its text would not change with the list's length: psycopg prepares
a statement it has run five times, and the server then plans ``= ANY`` of a parameter afresh at every run
(its generic plan cannot tell how long the array is), while ``IN (…)`` of placeholders gets a plan kept once:
on the bench's 10k archive the detail pane's meeting statements took 0.3 ms each against 0.03-0.04 ms.

Plain SQL text (the search's, with ``:name`` parameters) is converted by :func:`driver_sql` exactly as
SQLAlchemy's ``text()`` reads it, and never prepared (see
:meth:`model.store.postgresql_backend.PostgresqlBackend.text_rows`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    import psycopg
    from sqlalchemy import Connection

T = TypeVar("T")


class Declared(Protocol):
    """A declared statement (:class:`model.store.sqlrun.Sql`), as far as this module needs one."""

    key: str

    def compiled(self, compile_: Callable[[Any], T]) -> T: ...


#: An expanding list's place in the text (as in SQLite's: see :mod:`model.store.sqlrun`).
_EXPANDING = re.compile(r"__\[POSTCOMPILE_(\w+)\]")
#: An expanding list of one element as SQLAlchemy's psycopg dialect expands it: ``(%(x_1)s::VARCHAR)``.
_EXPANDED_ONE = re.compile(r"\(%\((\w+)_1\)s((?:::[^,)(]+(?:\(\d+\))?)?)\)")
#: ``:name`` as SQLAlchemy's ``text()`` finds it (``sqlalchemy.sql.elements.TextClause._bind_params_regex``):
#: not after a colon, a word character or a backslash, and not followed by a colon (``::int`` is a cast).
_TEXT_BIND = re.compile(r"(?<![:\w\\]):(\w+)(?!:)")
#: ``\:word``: a colon escaped from being a parameter; SQLAlchemy keeps the colon and drops the backslash.
_ESCAPED_COLON = re.compile(r"\\(:[\w$]*)(?![:\w$])")

#: A statement's frozen form: its text, the values of its literal parameters, and each list's element cast.
Frozen = tuple[str, dict[str, Any], dict[str, str]]


def compile_postgresql(stmt: Any) -> Frozen:
    """psycopg's text of an SQLAlchemy statement (see the module docstring), the values of its literal
    parameters (the others must be given by name), and the cast of each expanding list's elements."""
    from sqlalchemy.dialects.postgresql import psycopg as dialect

    built = stmt.compile(dialect=dialect.dialect())
    if built.literal_execute_params:  # rendered into the text at each execution: cannot be kept as text
        raise ValueError(f"a statement with literal-execute parameters cannot be frozen: {built}")
    required = {bind.key for bind in built.binds.values() if bind.required}
    defaults = {name: value for name, value in built.params.items() if name not in required}
    text = str(built)
    expanding = set(_EXPANDING.findall(text))
    if not expanding:
        return text, defaults, {}
    taken = [name for name in built.params if any(re.fullmatch(rf"{e}_\d+", name) for e in expanding)]
    if taken:
        raise ValueError(f"parameters {taken} would clash with an expanded list's in {text!r}")
    # SQLAlchemy's own expansion of a one-element list shows the cast it gives each element.
    placeholders: dict[str, Any] = {name: None for name in required}
    one = built.construct_expanded_state({**placeholders, **{name: [None] for name in expanding}}).statement
    casts = {name: cast for name, cast in _EXPANDED_ONE.findall(one) if name in expanding}
    if set(casts) != expanding:
        raise ValueError(f"cannot tell the element type of {sorted(expanding - set(casts))} in {one!r}")
    return text, defaults, casts


def driver_sql(sql: str) -> str:
    """SQL text with ``:name`` parameters as psycopg wants it: ``%(name)s``, a literal ``%`` doubled, ``\\:``
    unescaped, exactly as SQLAlchemy's ``text()`` compiles it for psycopg (a test compares them)."""
    return _driver_sql(sql)


@lru_cache(maxsize=512)
def _driver_sql(sql: str) -> str:
    converted = _TEXT_BIND.sub(lambda m: f"%({m.group(1)})s", sql.replace("%", "%%"))
    return _ESCAPED_COLON.sub(lambda m: m.group(1), converted)


class _Statement:
    """A declared statement's psycopg text, ready to take parameters."""

    __slots__ = ("casts", "defaults", "sql")

    def __init__(self, sql: str, defaults: dict[str, Any], casts: dict[str, str]) -> None:
        self.sql, self.defaults, self.casts = sql, defaults, casts

    def bind(self, params: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        # Always a fresh mapping, even an empty one: psycopg reads the placeholders (and undoubles a literal %)
        # only when given parameters.
        values = {**self.defaults, **params}
        if not self.casts:
            return self.sql, values
        sizes = {name: len(values.pop(name)) for name in self.casts}
        for name in self.casts:
            values.update({f"{name}_{i}": v for i, v in enumerate(params[name], 1)})
        return _expanded(self.sql, tuple(sorted(self.casts.items())), tuple(sorted(sizes.items()))), values


@lru_cache(maxsize=1024)
def _expanded(sql: str, casts: tuple[tuple[str, str], ...], sizes: tuple[tuple[str, int], ...]) -> str:
    cast_of, size_of = dict(casts), dict(sizes)

    def placeholders(found: re.Match[str]) -> str:
        name = found.group(1)
        return ", ".join(f"%({name}_{i})s{cast_of[name]}" for i in range(1, size_of[name] + 1))

    return _EXPANDING.sub(placeholders, sql)


_STATEMENTS: dict[str, _Statement] = {}


def statement(stmt: Declared) -> _Statement:
    """A declared statement's psycopg text: frozen, or compiled (importing SQLAlchemy) when the frozen table
    does not have it yet."""
    found = _STATEMENTS.get(stmt.key)
    if found is None:
        from model.store.frozen_sql import POSTGRESQL

        frozen = POSTGRESQL.get(stmt.key) or stmt.compiled(compile_postgresql)
        found = _STATEMENTS[stmt.key] = _Statement(*frozen)
    return found


class PgConnection:
    """A read connection straight on psycopg: rows as tuples, as :class:`~model.store.sqlrun.LiteConnection` gives."""

    __slots__ = ("raw",)

    def __init__(self, raw: psycopg.Connection[Any]) -> None:
        self.raw = raw

    def execute(self, stmt: Declared, params: dict[str, Any]) -> list[Any]:
        sql, values = statement(stmt).bind(params)
        return self.raw.execute(sql, values).fetchall()  # type: ignore[arg-type]

    def text(self, sql: str, params: dict[str, Any] | None = None) -> list[Any]:
        """Plain SQL text with ``:name`` parameters, never prepared (see the module docstring)."""
        return self.raw.execute(driver_sql(sql), params or {}, prepare=False).fetchall()  # type: ignore[arg-type]


def on_session(connection: Connection) -> Callable[[Callable[[PgConnection], list[Any]]], list[Any]]:
    """A function running reads on the psycopg connection under an SQLAlchemy one, inside its transaction.

    A driver's error comes out as SQLAlchemy would have raised it (``DBAPIError``, whose ``orig`` the server's
    words are read from: :mod:`model.store.server_faults`), and a connection it found broken is invalidated,
    as SQLAlchemy does when it meets a disconnect: the pool then replaces it.
    """
    import psycopg
    from sqlalchemy.exc import DBAPIError

    raw = connection.connection.driver_connection
    pg = PgConnection(raw)  # type: ignore[arg-type]

    def run(read: Callable[[PgConnection], list[Any]]) -> list[Any]:
        try:
            return read(pg)
        except psycopg.Error as exc:
            lost = bool(raw.broken or raw.closed)  # type: ignore[union-attr]
            if lost:
                connection.invalidate(exc)
            raise DBAPIError.instance(None, None, exc, psycopg.Error, connection_invalidated=lost) from exc

    return run
