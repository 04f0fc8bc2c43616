"""Opening Summitry databases: where they live, what they must be, and upgrades.

A Summitry database is a SQLite file marked with ``PRAGMA application_id`` and
versioned with ``PRAGMA user_version``. A file that is not SQLite, belongs to
another application or was written by a newer Summitry is refused with a
:class:`DatabaseOpenError` that says what is wrong and what to do. Before any
schema upgrade a verified backup is written beside the file.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import appdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from model import schema, textindex

APP_NAME = "Summitry"
ENV_VAR = "SUMMITRY_DATABASE"
DEFAULT_FILENAME = "summitry.sqlite3"
BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"


class DatabaseOpenError(Exception):
    """A database that cannot be opened, with words for the user.

    Attributes:
        reason: a short code ("not-sqlite", "foreign", "too-new", "corrupt",
            "unwritable", "missing", "busy").
        message: what is wrong, naming the file.
        advice: what the user can do.
    """

    def __init__(self, reason: str, message: str, advice: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.advice = advice

    def __str__(self) -> str:
        return f"{self.message}\n{self.advice}" if self.advice else self.message


def data_dir() -> Path:
    """The user's data directory for Summitry (from appdirs)."""
    return Path(appdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / DEFAULT_FILENAME


def resolve_target(explicit: str | None = None) -> str:
    """The database to open: ``--database``, else ``$SUMMITRY_DATABASE``, else the default file."""
    if explicit:
        return explicit
    env = os.environ.get(ENV_VAR)
    if env:
        return env
    return str(default_database_path())


def is_url(target: str) -> bool:
    return "://" in target


def sqlite_path(target: str) -> Path | None:
    """The file behind a target, or None for a non-SQLite URL or an in-memory database."""
    if is_url(target):
        url = make_url(target)
        if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
            return None
        return Path(url.database)
    if target == ":memory:":
        return None
    return Path(target).expanduser()


@dataclass(frozen=True)
class FileInfo:
    """What a SQLite file says about itself before we trust it."""

    application_id: int
    user_version: int
    table_count: int


def inspect_file(path: Path) -> FileInfo | None:
    """Read a file's header and marks without changing it; None for a missing or empty file.

    Raises:
        DatabaseOpenError: when the file is not a readable SQLite database.
    """
    try:
        if not path.exists() or path.stat().st_size == 0:
            return None
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise DatabaseOpenError(
            "unreadable", f"Cannot read {path}: {exc.strerror or exc}.", "Check the file's permissions."
        ) from exc
    if header != SQLITE_HEADER:
        raise DatabaseOpenError(
            "not-sqlite",
            f"{path} is not a database file (it does not start with a SQLite header).",
            "Choose a Summitry database, or a new file name to start an empty one.",
        )
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            version = con.execute("PRAGMA user_version").fetchone()[0]
            tables = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(
            "corrupt",
            f"{path} looks like a SQLite database but cannot be read: {exc}.",
            "The file may be damaged. Restore a backup (summitry db restore BACKUP).",
        ) from exc
    return FileInfo(app_id, version, tables)


def check_file(path: Path) -> FileInfo | None:
    """Refuse files that are not ours or are too new; return what the file says."""
    info = inspect_file(path)
    if info is None:
        return None
    if info.application_id != schema.APPLICATION_ID and not (info.application_id == 0 and info.table_count == 0):
        raise DatabaseOpenError(
            "foreign",
            f"{path} is a SQLite database of another application, not a Summitry database.",
            "Summitry leaves it untouched. Choose a Summitry database or a new file name.",
        )
    if info.user_version > schema.SCHEMA_VERSION:
        raise DatabaseOpenError(
            "too-new",
            f"{path} was written by a newer Summitry (database version {info.user_version}; "
            f"this Summitry reads up to version {schema.SCHEMA_VERSION}).",
            "Update Summitry to open it. The file has not been changed.",
        )
    return info


def _configure_sqlite(engine: Engine, readonly: bool) -> None:
    """Foreign keys, WAL, a busy timeout, and transactions that really begin (SQLAlchemy's recipe)."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None  # let SQLAlchemy's BEGIN below be the only one
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not readonly:
            with contextlib.suppress(sqlite3.OperationalError):  # read-only media: keep the file's mode
                cur.execute("PRAGMA journal_mode=WAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: object) -> None:
        conn.exec_driver_sql("BEGIN")  # type: ignore[attr-defined]


class Database:
    """An open Summitry database: its engine and a session factory.

    Sessions live for one user action: use :meth:`session` to read and
    :meth:`transaction` to write all-or-nothing.
    """

    def __init__(self, target: str, engine: Engine, path: Path | None) -> None:
        self.target = target
        self.engine = engine
        self.path = path
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A read session; rolled back at the end."""
        with self._sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A write session committed at the end, or rolled back wholly on any error."""
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _engine_for(target: str, path: Path | None, readonly: bool) -> Engine:
    if path is None and is_url(target):
        url = make_url(target)
        if url.get_backend_name() != "sqlite":
            return create_engine(target, pool_pre_ping=True)
    if path is None:
        engine = create_engine("sqlite+pysqlite:///:memory:")
    else:
        query = {"uri": "true", **({"mode": "ro"} if readonly else {})}
        url = URL.create("sqlite+pysqlite", database=path.resolve().as_uri(), query=query)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    _configure_sqlite(engine, readonly)
    return engine


def open_database(target: str | None = None, *, readonly: bool = False, upgrade: bool = True) -> Database:
    """Open (creating if needed) the Summitry database named by ``target``.

    Args:
        target: a file path or SQLAlchemy URL; None for ``resolve_target()``.
        readonly: open without writing anything (no creation, no upgrade).
        upgrade: upgrade an older schema (after a verified backup).

    Raises:
        DatabaseOpenError: when the database cannot be used, with words for the user.
    """
    target = resolve_target(target)
    path = sqlite_path(target)
    info: FileInfo | None = None
    if path is not None:
        info = check_file(path)
        if info is None:
            if readonly:
                raise DatabaseOpenError("missing", f"{path} does not exist.", "Check the path.")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseOpenError(
                    "unwritable",
                    f"Cannot create the folder {path.parent}: {exc.strerror or exc}.",
                    "Choose another location with --database or SUMMITRY_DATABASE.",
                ) from exc
    engine = _engine_for(target, path, readonly)
    db = Database(target, engine, path)
    try:
        if not readonly:
            _ensure_schema(db, info, upgrade)
    except OperationalError as exc:
        db.close()
        raise _operational(exc, path or target) from exc
    except BaseException:
        db.close()
        raise
    return db


def _operational(exc: OperationalError, where: object) -> DatabaseOpenError:
    msg = str(exc.orig) if exc.orig is not None else str(exc)
    if "locked" in msg or "busy" in msg:
        return DatabaseOpenError(
            "busy", f"{where} is busy: another program is writing to it.", "Try again in a moment."
        )
    if "readonly" in msg or "read-only" in msg or "unable to open" in msg:
        return DatabaseOpenError(
            "unwritable", f"Cannot write to {where}: {msg}.", "Open it read-only, or copy it somewhere writable."
        )
    return DatabaseOpenError("corrupt", f"Cannot use {where}: {msg}.", "Run 'summitry db check'.")


#: Upgrades from version N to N+1, each a list of SQL statements run in one transaction.
UPGRADES: dict[int, list[str]] = {}


def _ensure_schema(db: Database, info: FileInfo | None, upgrade: bool) -> None:
    if db.is_sqlite:
        with db.engine.connect() as conn:
            version = conn.exec_driver_sql("PRAGMA user_version").scalar() or 0
    else:
        version = 0 if info is None else info.user_version
    if version == schema.SCHEMA_VERSION:
        return
    if version == 0:
        _create(db)
        return
    if not upgrade:
        raise DatabaseOpenError("old", f"{db.target} needs an upgrade to database version {schema.SCHEMA_VERSION}.", "")
    if db.path is not None:
        from model import backup  # here, not at top: backup imports this module

        backup.backup_database(db, backup.backup_path_for(db.path, f"before-upgrade-v{version}"))
    with db.engine.begin() as conn:
        for step in range(version, schema.SCHEMA_VERSION):
            for statement in UPGRADES[step]:
                conn.exec_driver_sql(statement)
        conn.exec_driver_sql(f"PRAGMA user_version={schema.SCHEMA_VERSION}")


def _create(db: Database) -> None:
    """Create every table, the full-text index and the marks, in one transaction."""
    with db.engine.begin() as conn:
        schema.Base.metadata.create_all(conn)
        if db.is_sqlite:
            textindex.create(conn)
            conn.exec_driver_sql(f"PRAGMA application_id={schema.APPLICATION_ID}")
            conn.exec_driver_sql(f"PRAGMA user_version={schema.SCHEMA_VERSION}")
