"""SQLAlchemy's engine for a database: loaded off the first screen's path, and set up the way SQLite needs.

The app shows its first screen without SQLAlchemy (see :mod:`model.store.sqlrun`); this module imports
it only inside its functions, so opening a database does not import it either.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from model.store import location, sqlrun
from model.store.files import BUSY_TIMEOUT_MS, uri_query

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.engine import URL

#: How long a connection to a server waits for it to answer (see :func:`_server_engine`).
CONNECT_TIMEOUT_S = 10
#: Execution option marking the connections of :meth:`Database.transaction` (they begin IMMEDIATE on SQLite).
WRITE_OPTION = "summitry_write"


def load_sqlalchemy() -> None:
    """Import SQLAlchemy and the schema, one thread at a time.

    The app shows its first screen without them (see :mod:`model.store.sqlrun`) and loads them on a worker
    thread right after; whatever needs them meanwhile waits here instead of importing a library another
    thread is halfway through (whose own circular imports could then hand it a half-made module).
    """
    with sqlrun.SQLALCHEMY_LOCK:
        import sqlalchemy.orm  # noqa: F401

        from model.store import schema as _schema  # noqa: F401


def engine_for(target: str, path: Path | None, readonly: bool) -> Engine:
    """The engine of a database file (``path``) or URL (``target``), set up as :func:`_configure_sqlite` says."""
    load_sqlalchemy()
    from sqlalchemy import create_engine
    from sqlalchemy.engine import URL, make_url

    if path is None and location.is_url(target):
        url = make_url(target)
        if url.get_backend_name() != "sqlite":
            return _server_engine(url, readonly)
    if path is None:
        engine = create_engine("sqlite+pysqlite:///:memory:")
    else:
        query = {"uri": "true", **uri_query(path, readonly)}
        url = URL.create("sqlite+pysqlite", database=path.resolve().as_uri(), query=query)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    _configure_sqlite(engine, readonly)
    return engine


def _server_engine(url: URL, readonly: bool) -> Engine:
    """A PostgreSQL server's engine, on psycopg 3 whatever driver the URL names (``postgresql://`` too).

    Connections are checked before use (a server restarted since closes them), name themselves to the
    server's administrator (``application_name``, unless the URL names one), give up on a server that does
    not answer after :data:`CONNECT_TIMEOUT_S` (unless the URL says ``connect_timeout``: libpq's own default
    is to wait as long as the network does, minutes, with the window waiting), and, for an archive opened
    read-only, are read-only sessions: the server itself refuses any write.
    """
    from sqlalchemy import create_engine

    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    connect_args = _server_defaults(url.query)
    options = {"postgresql_readonly": True} if readonly else {}
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args, execution_options=options)


#: The URL schemes a server archive's reads take straight to psycopg (others go through SQLAlchemy's engine).
PSYCOPG_SCHEMES = frozenset({"postgresql", "postgres", "postgresql+psycopg"})


def server_connect_kwargs(target: str) -> dict[str, object] | None:
    """What ``psycopg.connect`` takes for a server URL: what the engine's connections get (the URL's parts as
    SQLAlchemy hands them over, and :func:`_server_engine`'s defaults). None for a URL the engine reads
    another way (another driver, several hosts): reads of that one go through SQLAlchemy."""
    from model.store.server_address import connect_kwargs, parse_url

    parsed = parse_url(target)
    found = connect_kwargs(target) if parsed is not None and parsed.drivername in PSYCOPG_SCHEMES else None
    if found is None or parsed is None:
        return None
    return {**found, **_server_defaults(parsed.query)}


def _server_defaults(query: Mapping[str, object]) -> dict[str, object]:
    """The options a server connection gets unless its URL sets them (see :func:`_server_engine`)."""
    defaults: dict[str, object] = {} if "application_name" in query else {"application_name": "Summitry"}
    if "connect_timeout" not in query:
        defaults["connect_timeout"] = CONNECT_TIMEOUT_S
    return defaults


def _configure_sqlite(engine: Engine, readonly: bool) -> None:
    """Foreign keys, WAL, a busy timeout, and transactions that really begin (SQLAlchemy's recipe).

    Setting WAL changes nothing in a file already in WAL mode; an existing file in another mode has been
    checked and switched by :func:`model.store.opening.open_database` before this runs.
    """
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None  # let SQLAlchemy's BEGIN below be the only one
        sqlrun.unicode_lower(dbapi_connection)  # before any statement: none may be running when it is set
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not readonly:
            with contextlib.suppress(sqlite3.OperationalError):  # read-only media: keep the file's mode
                cur.execute("PRAGMA journal_mode=WAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # A write transaction takes the write lock when it begins, not at its first write: a read snapshot
        # taken meanwhile could not become a write after another program (a restore) has committed, and
        # the write would fail at once instead of waiting its turn.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION) else "BEGIN")
