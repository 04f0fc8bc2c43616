"""Running statements built once: compiled on first use, then sent straight to the driver.

Building, compiling and wrapping a SQLAlchemy select costs several times what SQLite takes to answer the
small reads behind a click (a tree page, a detail pane). Statements that run on every click are built
once (module-level or ``functools.cache``), with their varying values as bound parameters, and run with
:func:`rows`, or with :func:`runner` when one action runs several.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

#: Per statement (by identity, the statement kept alive beside it): SQL, parameter order, defaults, positional.
_COMPILED: dict[int, tuple[Any, str, tuple[str, ...], dict[str, Any], bool]] = {}


def _compiled(stmt: Any, dialect: Dialect) -> tuple[Any, str, tuple[str, ...], dict[str, Any], bool]:
    compiled = _COMPILED.get(id(stmt))
    if compiled is None or compiled[0] is not stmt:
        built = stmt.compile(dialect=dialect)
        names = tuple(built.positiontup or ()) if built.positional else ()
        compiled = (stmt, str(built), names, dict(built.params), built.positional)
        _COMPILED[id(stmt)] = compiled
    return compiled


def precompile(*stmts: Any) -> None:
    """Compile statements for SQLite ahead of their first use (the app does it on its start-up worker
    thread, so the first click does not pay for it). The cache holds one compiled form per statement: a
    process talks to one kind of database."""
    from sqlalchemy.dialects import sqlite

    dialect = sqlite.dialect()
    for stmt in stmts:
        _compiled(stmt, dialect)


def runner(session: Session) -> Callable[..., list[Any]]:
    """A function ``run(stmt, **params) -> rows`` on the session's connection, looked up once.

    On SQLite the compiled SQL goes straight to the driver's connection (inside the session's
    transaction) and rows are plain tuples; on other dialects they are SQLAlchemy rows (index them by
    position either way). ``params`` give the statement's bound parameters by name; expanding ("IN"
    list) parameters are not supported. Use it within the session's transaction only.
    """
    conn = session.connection()
    dialect = conn.dialect
    driver = conn.connection.driver_connection if dialect.name == "sqlite" else None

    def run(stmt: Any, **params: Any) -> list[Any]:
        _stmt, sql, names, defaults, positional = _compiled(stmt, dialect)
        values = {**defaults, **params}
        if not positional:
            return list(conn.exec_driver_sql(sql, values))
        args = tuple([values[n] for n in names])
        if driver is not None:
            return driver.execute(sql, args).fetchall()  # type: ignore[no-any-return]
        return list(conn.exec_driver_sql(sql, args))

    return run


def rows(session: Session, stmt: Any, **params: Any) -> list[Any]:
    """Rows of a statement compiled once (cached by identity), run on the session's connection (see
    :func:`runner`)."""
    return runner(session)(stmt, **params)
