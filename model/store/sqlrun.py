"""Running read statements written with SQLAlchemy without importing SQLAlchemy to run them.

The reads behind the first screen and every click (tree pages, the timeline, the detail pane) are
SQLAlchemy Core statements, each declared as a :class:`Sql`: a stable key and the function that builds
it. For SQLite, their compiled text is kept in :mod:`model.store.frozen_sql`, generated from the builders by
``python -m model.store.freeze_sql`` (a test fails when it is out of date). So a read runs on Python's
``sqlite3`` driver directly (:class:`LiteConnection`, from :meth:`model.store.database.Database.reader`) and the app
shows its first screen before SQLAlchemy, which takes longer to import than the whole window takes to
appear, has loaded: it loads right after, for writing, importing and everything else.

A statement unknown to the frozen table (a new one, before it is regenerated) is built and compiled on
first use, which imports SQLAlchemy: slower, never wrong. A PostgreSQL server's reads run the same way on
psycopg (:mod:`model.store.pgrun`, text kept beside SQLite's); on an SQLAlchemy session of either (a server's
read snapshot, a write transaction) the frozen text runs on the session's own driver connection, inside its
transaction; on any other (an in-memory database's) statements run as usual.

Statements are read with :func:`rows` (or :func:`runner` when one action runs several); plain SQL text
(the search engine's) with :func:`text_rows`. A :class:`Query` reads a statement's rows into a named row
type, so callers read columns by name.
"""

from __future__ import annotations

import importlib
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from typing import TypeAlias

    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

    from model.store.pgrun import PgConnection

R = TypeVar("R")
T = TypeVar("T")
#: Every declared statement, by key (the freezer compiles them all).
REGISTRY: dict[str, Sql] = {}
_EXPANDING = re.compile(r"\(__\[POSTCOMPILE_(\w+)\]\)")


class Sql:
    """A read statement: ``key`` names it in :mod:`model.store.frozen_sql`; ``builder`` ("module:function")
    returns the SQLAlchemy statement, called with ``args``. Declare them at module level (so the freezer
    finds them); parameters vary through ``bindparam`` names, lists through ``expanding`` ones."""

    __slots__ = ("args", "builder", "key")

    def __init__(self, key: str, builder: str, *args: Any) -> None:
        if key in REGISTRY:
            raise ValueError(f"two statements are named {key!r}")
        self.key, self.builder, self.args = key, builder, args
        REGISTRY[key] = self

    def build(self) -> Any:
        """The SQLAlchemy statement (imports its builder's module, and so SQLAlchemy)."""
        module, _, name = self.builder.partition(":")
        return getattr(importlib.import_module(module), name)(*self.args)

    def compiled(self, compile_: Callable[[Any], T]) -> T:
        """``compile_`` of the built statement, importing SQLAlchemy one thread at a time."""
        with SQLALCHEMY_LOCK:
            return compile_(self.build())

    def __repr__(self) -> str:
        return f"Sql({self.key!r})"


def compile_sqlite(stmt: Any) -> tuple[str, tuple[str, ...], dict[str, Any]]:
    """SQLite text (``?`` placeholders; ``(__[POSTCOMPILE_x])`` for an expanding list), the parameter
    names in placeholder order, and the values of its literal parameters (the others must be given)."""
    from sqlalchemy.dialects import sqlite

    built = stmt.compile(dialect=sqlite.dialect())
    required = {bind.key for bind in built.binds.values() if bind.required}
    defaults = {name: value for name, value in built.params.items() if name not in required}
    return str(built), tuple(built.positiontup or ()), defaults


class _Prepared:
    """A statement's SQLite text, ready to take parameters."""

    __slots__ = ("defaults", "expanding", "names", "sql")

    def __init__(self, sql: str, names: Sequence[str], defaults: dict[str, Any]) -> None:
        self.sql, self.names, self.defaults = sql, tuple(names), defaults
        self.expanding = frozenset(_EXPANDING.findall(sql))

    def bind(self, params: dict[str, Any]) -> tuple[str, tuple[Any, ...]]:
        values = {**self.defaults, **params} if self.defaults else params
        if not self.expanding:
            return self.sql, tuple([values[n] for n in self.names])
        args: list[Any] = []
        for n in self.names:
            if n in self.expanding:
                args.extend(values[n])
            else:
                args.append(values[n])
        sql = _EXPANDING.sub(lambda m: "(" + ", ".join("?" * len(values[m.group(1)])) + ")", self.sql)
        return sql, tuple(args)


_PREPARED: dict[str, _Prepared] = {}
#: Whether an SQLAlchemy session on SQLite runs the frozen text on its driver (the app's way). False builds and
#: compiles every statement with SQLAlchemy as on any other backend: the tests run the read suites both ways.
FROZEN = True
#: Held while SQLAlchemy is imported (here, and by model.store.database.load_sqlalchemy): one thread at a time.
SQLALCHEMY_LOCK = threading.RLock()


def _prepared(stmt: Sql) -> _Prepared:
    found = _PREPARED.get(stmt.key)
    if found is None:
        from model.store.frozen_sql import SQLITE

        text = SQLITE.get(stmt.key) or stmt.compiled(compile_sqlite)
        found = _Prepared(*text)
        _PREPARED[stmt.key] = found
    return found


def unicode_lower(raw: sqlite3.Connection) -> None:
    """Make SQL's ``lower()`` on this connection fold every letter ("КНДР" → "кндр"), not only ASCII's, as
    SQLite's ICU extension does and PostgreSQL's does: the tree orders names in another language by it (see
    :func:`model.reads.queries_sql.shown_name`)."""
    raw.create_function("lower", 1, _lower, deterministic=True)


def _lower(value: Any) -> Any:
    return value.lower() if isinstance(value, str) else value


class LiteConnection:
    """A read connection straight on the ``sqlite3`` driver (see the module docstring).

    Made by :meth:`model.store.database.Database.reader`, one per thread, each read action in its own transaction.
    """

    def __init__(self, raw: sqlite3.Connection) -> None:
        self.raw = raw

    def execute(self, stmt: Sql, params: dict[str, Any]) -> list[Any]:
        sql, args = _prepared(stmt).bind(params)
        return self.raw.execute(sql, args).fetchall()

    def text(self, sql: str, params: dict[str, Any] | Sequence[Any] = ()) -> list[Any]:
        return self.raw.execute(sql, params).fetchall()


#: What read functions take: a LiteConnection, a PgConnection, or an SQLAlchemy Session (or Connection).
Reader: TypeAlias = "LiteConnection | PgConnection | Session | Connection"


def runner(conn: Reader) -> Callable[..., list[Any]]:
    """A function ``run(stmt, **params) -> rows`` on the reader's connection, looked up once.

    ``params`` give the statement's bound parameters by name; an expanding one takes a non-empty list.
    """
    if isinstance(conn, LiteConnection):
        return lambda stmt, **params: conn.execute(stmt, params)
    from model.store.pgrun import PgConnection

    if isinstance(conn, PgConnection):
        return lambda stmt, **params: conn.execute(stmt, params)
    from sqlalchemy.orm import Session  # loaded already: conn is one of its objects

    connection = conn.connection() if isinstance(conn, Session) else conn
    if FROZEN and connection.dialect.name == "sqlite":  # the same text, inside the session's transaction
        driver = connection.connection.driver_connection

        def run_sqlite(stmt: Sql, **params: Any) -> list[Any]:
            sql, args = _prepared(stmt).bind(params)
            return driver.execute(sql, args).fetchall()  # type: ignore[no-any-return, union-attr]

        return run_sqlite
    if FROZEN and connection.dialect.name == "postgresql":  # the same, on psycopg
        from model.store.pgrun import on_session

        server = on_session(connection)
        return lambda stmt, **params: server(lambda pg: pg.execute(stmt, params))

    def run_other(stmt: Sql, **params: Any) -> list[Any]:
        return list(connection.execute(_built(stmt), params))

    return run_other


#: Declared statements built for SQLAlchemy (a server's reads), once per process: statements are immutable.
_BUILT: dict[str, Any] = {}


def _built(stmt: Sql) -> Any:
    found = _BUILT.get(stmt.key)
    if found is None:
        with SQLALCHEMY_LOCK:
            found = _BUILT[stmt.key] = stmt.build()
    return found


def rows(conn: Reader, stmt: Sql, **params: Any) -> list[Any]:
    """Rows of a declared statement, on a :class:`LiteConnection` or an SQLAlchemy session."""
    return runner(conn)(stmt, **params)


def text_rows(conn: Reader, sql: str, params: dict[str, Any] | None = None) -> list[Any]:
    """Rows of plain SQL text with ``:name`` parameters, on either kind of reader (on a server: see
    :meth:`model.store.postgresql_backend.PostgresqlBackend.text_rows`)."""
    if isinstance(conn, LiteConnection):
        return conn.text(sql, params or {})
    from model.store.pgrun import PgConnection

    if isinstance(conn, PgConnection):
        return conn.text(sql, params)
    from sqlalchemy.orm import Session  # loaded already: conn is one of its objects

    from model.store import backends  # not on a file's first screen, which reads through LiteConnection

    connection = conn.connection() if isinstance(conn, Session) else conn
    return backends.of(connection).text_rows(connection, sql, params or {})


def prepare(stmts: Iterable[Sql]) -> None:
    """Make the statements ready to run (their text looked up, or compiled when not frozen)."""
    for stmt in stmts:
        _prepared(stmt)


class Query(Generic[R]):
    """A declared statement (:class:`Sql`: ``key``, ``builder``, ``args``) whose rows are read into ``row``: a
    named tuple whose fields are the statement's column labels, in order (tests check they match), so no
    caller reads a column by its position."""

    __slots__ = ("row", "sql")

    def __init__(self, key: str, builder: str, row: Callable[..., R], *args: Any) -> None:
        self.sql = Sql(key, builder, *args)
        self.row = row

    def __call__(self, run: Callable[..., list[Any]], **params: Any) -> list[R]:
        """The rows, on a :func:`runner`'s function (one action running several reads looks it up once)."""
        found = run(self.sql, **params)
        make = getattr(self.row, "_make", None)  # a named tuple's: a third faster than calling it per row
        if make is not None:
            return list(map(make, found))
        row = self.row
        return [row(*r) for r in found]

    def read(self, conn: Reader, **params: Any) -> list[R]:
        """The rows, on a :class:`LiteConnection` or an SQLAlchemy session."""
        return self(runner(conn), **params)

    def __repr__(self) -> str:
        return f"Query({self.sql.key!r})"
