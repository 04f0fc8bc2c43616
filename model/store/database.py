"""Opening Summitry databases: where they live, what they must be, and upgrades.

A Summitry database is a SQLite file marked with ``PRAGMA application_id`` and
versioned with ``PRAGMA user_version``. A file that is not SQLite, belongs to
another application, was written by a newer Summitry, or is damaged (``PRAGMA
quick_check`` at open for files up to :data:`QUICK_CHECK_MAX_BYTES`, otherwise
the first query that trips on a damaged page) is refused with a
:class:`DatabaseOpenError` that says what is wrong and what to do. Nothing is
ever overwritten or deleted here: setting a damaged file aside is
:mod:`model.store.recovery`'s job, done only when the user chooses it. A file on
read-only media, or marked read-only, is opened read-only (``Database.readonly``)
instead of failing. A file still in rollback-journal mode is checked whole before it is
switched to WAL. Before any schema upgrade a verified backup is written beside the file.
Committed writes are folded into the file itself (:meth:`Database.checkpoint`), so a
copy of the file alone holds them.
"""

from __future__ import annotations

import contextlib
import glob
import os
import sqlite3
import stat
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from model.store import location, partfiles, sqlrun
from model.store import schema_facts as facts
from model.store.sqlrun import LiteConnection, Reader

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.exc import DBAPIError, OperationalError
    from sqlalchemy.orm import Session, sessionmaker

# Where the database is lives in model.store.location (no SQLAlchemy there); callers have long found it here.
APP_NAME = location.APP_NAME
DEFAULT_FILENAME = location.DEFAULT_FILENAME
ENV_VAR = location.ENV_VAR
data_dir = location.data_dir
default_database_path = location.default_database_path
is_url = location.is_url
resolve_target = location.resolve_target
sqlite_path = location.sqlite_path
BUSY_TIMEOUT_MS = 5000
#: Execution option marking the connections of :meth:`Database.transaction` (they begin IMMEDIATE on SQLite).
WRITE_OPTION = "summitry_write"
SQLITE_HEADER = b"SQLite format 3\x00"
#: Files up to this size get ``PRAGMA quick_check`` at open (about 2.5 ms per MB); larger ones are
#: trusted until a query trips on a damaged page, which then raises a "corrupt" DatabaseOpenError.
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024

CORRUPT_ADVICE = (
    "The file is damaged. Summitry can restore the newest verified backup, keeping the damaged file aside "
    "(in the app: 'Restore newest verified backup'; on the command line: 'summitry db restore')."
)
BUSY_ADVICE = "Another program is using the database. Close it or wait a moment, then try again."
FULL_ADVICE = "Free some space on that disk (or move the database to one with room), then try again."
#: SQLite's result codes for a file that cannot grow: its disk (or the user's quota) is full. SQLite turns
#: ENOSPC into SQLITE_FULL, but a shared-memory index (``-shm``) that cannot grow is SQLITE_IOERR_SHMSIZE,
#: which reads "disk I/O error" and is met even by a read.
_FULL_CODES = frozenset({"SQLITE_FULL", "SQLITE_IOERR_SHMSIZE"})


class DatabaseOpenError(Exception):
    """A database that cannot be opened, with words for the user.

    Attributes:
        reason: a short code ("not-sqlite", "foreign", "too-new", "corrupt",
            "unwritable", "unreadable", "missing", "busy", "read-only", "full", "old"). Raised at
            open, and by :meth:`Database.session`/:meth:`Database.transaction` when a query
            later finds the file damaged ("corrupt"), locked ("busy"), read-only ("read-only")
            or its disk full ("full").
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


@dataclass(frozen=True)
class FileInfo:
    """What a SQLite file says about itself before we trust it.

    Attributes:
        wal: whether SQLite reports the file in write-ahead-log mode (a file opened ``immutable``, on
            read-only media, reports its rollback journal: it is never written anyway).
    """

    application_id: int
    user_version: int
    table_count: int
    wal: bool = True


def inspect_file(path: Path) -> FileInfo | None:
    """Read a file's header and marks without changing it; None for a missing or empty file.

    The file is read through SQLite, never opened directly: closing any descriptor of a file releases
    every POSIX lock this process holds on it, including those of SQLite's own connections to it (one of
    the ways SQLite's documentation lists to corrupt a database). Only a file SQLite calls "not a
    database", which no connection can be using, has its first bytes read to tell which it is.

    Raises:
        DatabaseOpenError: when the file is not a readable SQLite database.
    """
    try:
        if not path.exists() or path.stat().st_size == 0:
            return None
    except OSError as exc:
        raise DatabaseOpenError(
            "unreadable", f"Cannot read {path}: {exc.strerror or exc}.", "Check the file's permissions."
        ) from exc
    try:
        con = connect_readonly(path)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            version = con.execute("PRAGMA user_version").fetchone()[0]
            tables = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
            mode = con.execute("PRAGMA journal_mode").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if _not_a_database(exc) and not _starts_like_sqlite(path):
            raise DatabaseOpenError(
                "not-sqlite",
                f"{path} is not a database file (it does not start with a SQLite header).",
                "Choose a Summitry database, or a new file name to start an empty one.",
            ) from exc
        raise _sqlite_fault(exc, path) from exc
    return FileInfo(app_id, version, tables, wal=str(mode).lower() == "wal")


def _not_a_database(exc: sqlite3.Error) -> bool:
    return getattr(exc, "sqlite_errorcode", None) == getattr(sqlite3, "SQLITE_NOTADB", 26) or (
        "not a database" in str(exc)
    )


def _starts_like_sqlite(path: Path) -> bool:
    """Whether the file starts with SQLite's magic string (only for files SQLite refused: see inspect_file)."""
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def is_writable(path: Path) -> bool:
    """Whether this process may write ``path`` and create its journal beside it (read-only media: no).

    Uses the effective user, so it is right for a process running with dropped privileges. A file whose
    permission bits let nobody write it (``chmod 444``) is read-only even for root, whom ``os.access``
    lets write anything: the user marked it so.
    """
    kwargs = {"effective_ids": True} if os.access in os.supports_effective_ids else {}
    return os.access(path, os.W_OK, **kwargs) and _marked_writable(path) and _dir_writable(path.parent)


def _marked_writable(path: Path) -> bool:
    """Whether any write permission bit is set on ``path``."""
    return bool(stat.S_IMODE(path.stat().st_mode) & 0o222)


def _wal_is_empty(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return not wal.exists() or wal.stat().st_size == 0


def _open_immutable(path: Path) -> bool:
    """Whether a read-only open must not let SQLite create ``-wal``/``-shm`` files beside ``path``.

    On read-only media it cannot create them. Beside a file marked read-only it could, but they would take
    the file's read-only bits and, left behind (a read-only connection cannot remove them), make every
    write fail once the file is made writable again. Either way nothing can be writing the file, and with
    no write-ahead log holding data the file lacks, the file alone is the whole database.
    """
    if not _wal_is_empty(path):
        return False
    shm = path.with_name(path.name + "-shm")
    return not _marked_writable(path) or (not _dir_writable(path.parent) and not shm.exists())


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only sqlite3 connection that also works where SQLite may not create its WAL files.

    On read-only media a WAL database cannot get its ``-shm`` file, so it is opened ``immutable``:
    nothing else can change a file on read-only media either (see :func:`_open_immutable`).
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if path.exists() and _open_immutable(path):
        return sqlite3.connect(uri + "&immutable=1", uri=True)
    con = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        con.execute("PRAGMA schema_version").fetchone()
        return con
    except sqlite3.OperationalError as exc:
        con.close()
        if not ("unable to open" in str(exc) or "readonly" in str(exc)) or _dir_writable(path.parent):
            raise
    return sqlite3.connect(uri + "&immutable=1", uri=True)


def _dir_writable(folder: Path) -> bool:
    kwargs = {"effective_ids": True} if os.access in os.supports_effective_ids else {}
    return os.access(folder, os.W_OK | os.X_OK, **kwargs)


def quick_check(path: Path, *, whole: bool = False) -> None:
    """Run ``PRAGMA quick_check`` on a file small enough for it to be cheap (any file with ``whole``).

    Raises:
        DatabaseOpenError: "corrupt" when SQLite finds damaged pages, "busy" when the file is locked.
    """
    if not whole and path.stat().st_size > QUICK_CHECK_MAX_BYTES:
        return
    try:
        con = connect_readonly(path)
        try:
            rows = [r[0] for r in con.execute("PRAGMA quick_check(5)").fetchall()]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise _sqlite_fault(exc, path) from exc
    if rows != ["ok"]:
        raise DatabaseOpenError("corrupt", f"{path} is damaged: {rows[0]}.", CORRUPT_ADVICE)


def _sqlite_fault(exc: sqlite3.Error, path: object) -> DatabaseOpenError:
    """Words for an error SQLite raised while reading a file we were about to trust."""
    msg = str(exc)
    full = _full_disk(msg, getattr(exc, "sqlite_errorname", None), path)
    if full is not None:
        return full
    if "locked" in msg or "busy" in msg:
        return DatabaseOpenError("busy", f"{path} is busy: another program is using it.", BUSY_ADVICE)
    if "unable to open" in msg:
        return DatabaseOpenError(
            "unreadable", f"Cannot open {path}: {msg}.", "Check that the file and its folder can be read."
        )
    return DatabaseOpenError("corrupt", f"{path} is damaged: SQLite cannot read it ({msg}).", CORRUPT_ADVICE)


def check_file(path: Path) -> FileInfo | None:
    """Refuse files that are not ours or are too new; return what the file says."""
    info = inspect_file(path)
    if info is None:
        return None
    if info.application_id != facts.APPLICATION_ID and not (info.application_id == 0 and info.table_count == 0):
        raise DatabaseOpenError(
            "foreign",
            f"{path} is a SQLite database of another application, not a Summitry database.",
            "Summitry leaves it untouched. Choose a Summitry database or a new file name.",
        )
    if info.user_version > facts.SCHEMA_VERSION:
        raise DatabaseOpenError(
            "too-new",
            f"{path} was written by a newer Summitry (database version {info.user_version}; "
            f"this Summitry reads up to version {facts.SCHEMA_VERSION}).",
            "Update Summitry to open it. The file has not been changed.",
        )
    return info


def load_sqlalchemy() -> None:
    """Import SQLAlchemy and the schema, one thread at a time.

    The app shows its first screen without them (see :mod:`model.store.sqlrun`) and loads them on a worker
    thread right after; whatever needs them meanwhile waits here instead of importing a library another
    thread is halfway through (whose own circular imports could then hand it a half-made module).
    """
    with sqlrun.SQLALCHEMY_LOCK:
        import sqlalchemy.orm  # noqa: F401

        from model.store import schema as _schema  # noqa: F401


def _configure_sqlite(engine: Engine, readonly: bool) -> None:
    """Foreign keys, WAL, a busy timeout, and transactions that really begin (SQLAlchemy's recipe).

    Setting WAL changes nothing in a file already in WAL mode; an existing file in another mode has been
    checked and switched by :func:`open_database` before this runs.
    """
    from sqlalchemy import event

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
    def _on_begin(conn: Connection) -> None:
        # A write transaction takes the write lock when it begins, not at its first write: a read snapshot
        # taken meanwhile could not become a write after another program (a restore) has committed, and
        # the write would fail at once instead of waiting its turn.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION) else "BEGIN")


class Database:
    """An open Summitry database: reads straight on SQLite, and SQLAlchemy sessions.

    Reads for the screen use :meth:`reader` (on a SQLite file, a :class:`~model.store.sqlrun.LiteConnection`
    on Python's sqlite3 driver, which needs no SQLAlchemy). Sessions live for one user action: use
    :meth:`session` to read with SQLAlchemy and :meth:`transaction` to write all-or-nothing; the engine
    behind them is made when first needed (an existing, current file is opened without it).
    """

    def __init__(
        self,
        target: str,
        engine: Engine | None,
        path: Path | None,
        readonly_reason: str | None = None,
        *,
        make_engine: Callable[[], Engine] | None = None,
        reader_uri: str | None = None,
    ) -> None:
        self.target = target
        self.path = path
        #: Why this database was opened read-only (read-only media, or asked for), or None.
        self.readonly_reason = readonly_reason
        self._engine = engine
        self._make_engine = make_engine
        self._sessions: sessionmaker[Session] | None = None
        self._write_sessions: sessionmaker[Session] | None = None
        self._reader_uri = reader_uri
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._busy: set[sqlite3.Connection] = set()  # readers inside a read action, on some thread
        self._generation = 0
        self._lock = threading.Lock()
        #: The damage a read or write of this database met, if any (a large file is checked only as it is read).
        self.damage: DatabaseOpenError | None = None

    @property
    def engine(self) -> Engine:
        """SQLAlchemy's engine (made, importing SQLAlchemy, on first use)."""
        if self._engine is None:
            with sqlrun.SQLALCHEMY_LOCK:
                if self._engine is None:
                    assert self._make_engine is not None
                    self._engine = self._make_engine()
        return self._engine

    def _noted(self, fault: DatabaseOpenError | None) -> DatabaseOpenError | None:
        """Remember damage met while in use, so whoever shows this database can offer to restore it."""
        if fault is not None and fault.reason == "corrupt":
            self.damage = fault
        return fault

    @property
    def readonly(self) -> bool:
        return self.readonly_reason is not None

    @property
    def is_sqlite(self) -> bool:
        return self._reader_uri is not None or self.engine.dialect.name == "sqlite"

    def _session_factory(self) -> sessionmaker[Session]:
        if self._sessions is None:
            engine = self.engine
            from sqlalchemy.orm import sessionmaker

            self._sessions = sessionmaker(engine, expire_on_commit=False)
        return self._sessions

    def _write_session_factory(self) -> sessionmaker[Session]:
        if self._write_sessions is None:
            engine = self.engine
            from sqlalchemy.orm import sessionmaker

            self._write_sessions = sessionmaker(
                engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
            )
        return self._write_sessions

    @contextmanager
    def reader(self) -> Iterator[Reader]:
        """A consistent read view for one action (its reads see one snapshot), for model's read functions.

        On a SQLite file: this thread's connection straight on the sqlite3 driver, in a read transaction
        (nested uses share it). Elsewhere (PostgreSQL, in memory): a read :meth:`session`.
        """
        if self._reader_uri is None:
            with self.session() as session:
                yield session
            return
        conn, depth = self._thread_reader()
        self._local.depth = depth + 1
        if depth == 0:
            with self._lock:
                self._busy.add(conn.raw)
        try:
            if depth == 0:
                conn.raw.execute("BEGIN")
            yield conn
        except sqlite3.DatabaseError as exc:
            fault = self._noted(
                fault_from_message(str(exc), self.path or self.target, getattr(exc, "sqlite_errorname", None))
            )
            if fault is None:
                raise
            raise fault from exc
        finally:
            self._local.depth = depth
            if depth == 0:
                self._end_read(conn.raw)

    def _end_read(self, raw: sqlite3.Connection) -> None:
        with self._lock:
            self._busy.discard(raw)
            released = self._local.generation != self._generation  # closed meanwhile: close it now
        with contextlib.suppress(sqlite3.Error):
            if released:
                raw.close()
            elif raw.in_transaction:
                raw.execute("ROLLBACK")

    def _thread_reader(self) -> tuple[LiteConnection, int]:
        local = self._local
        if getattr(local, "generation", None) != self._generation:
            assert self._reader_uri is not None
            try:
                raw = sqlite3.connect(
                    self._reader_uri,
                    uri=True,
                    timeout=BUSY_TIMEOUT_MS / 1000,
                    isolation_level=None,
                    check_same_thread=False,  # closed by close(), from whichever thread calls it
                )
                raw.execute("PRAGMA query_only=ON")  # reads only: writing is for SQLAlchemy's transactions
            except sqlite3.DatabaseError as exc:
                fault = _sqlite_fault(exc, self.path or self.target)
                self._noted(fault)
                raise fault from exc
            with self._lock:
                self._readers.append(raw)
            local.conn, local.depth, local.generation = LiteConnection(raw), 0, self._generation
        return local.conn, local.depth

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A read session; rolled back at the end."""
        from sqlalchemy.exc import DBAPIError

        with self._session_factory()() as session:
            try:
                yield session
            except DBAPIError as exc:
                fault = self._noted(fault_from(exc, self.path or self.target))
                if fault is None:
                    raise
                raise fault from exc
            finally:
                session.rollback()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A write session committed at the end, or rolled back wholly on any error.

        Once committed, the change is copied into the database file itself (:meth:`checkpoint`).

        Raises:
            DatabaseOpenError: "busy", "read-only" or "corrupt" when SQLite refuses the write.
        """
        from sqlalchemy.exc import DBAPIError

        try:
            with self._write_session_factory()() as session, session.begin():
                yield session
        except DBAPIError as exc:
            fault = self._noted(fault_from(exc, self.path or self.target))
            if fault is None:
                raise
            raise fault from exc
        self.checkpoint()

    def checkpoint(self) -> None:
        """Copy what is committed in the write-ahead log (``-wal``) into the database file.

        SQLite does this by itself only once the log holds 1,000 pages, or when the last connection
        closes: until then a copy of the ``.sqlite3`` file alone (what people copy) would miss the latest
        imports. PASSIVE: it never waits for readers; pages a reader still needs are copied next time. A
        checkpoint that cannot run now costs nothing: the data is safe in the log.
        """
        if self._engine is None or self.path is None or self.readonly or self._engine.dialect.name != "sqlite":
            return  # nothing was written through this object (reads never write)
        with contextlib.suppress(sqlite3.Error):
            raw = self._engine.raw_connection()
            try:
                raw.driver_connection.execute("PRAGMA wal_checkpoint(PASSIVE)")  # type: ignore[union-attr]
            finally:
                raw.close()

    def release_connections(self) -> None:
        """Close every open connection (they reopen when next needed): none may hold a read snapshot
        while a restore replaces the file's pages."""
        with self._lock:
            idle = [raw for raw in self._readers if raw not in self._busy]  # busy ones close when done
            self._readers = []
            self._generation += 1
        for raw in idle:
            with contextlib.suppress(sqlite3.Error):
                raw.close()
        if self._engine is not None:
            self._engine.dispose()

    def close(self) -> None:
        """Close every connection, after copying the write-ahead log into the file (:meth:`checkpoint`)."""
        self.checkpoint()
        self.release_connections()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def fault_from(exc: DBAPIError, where: object) -> DatabaseOpenError | None:
    """A user-worded error for a damaged, busy, read-only or full database met mid-use; None for anything else."""
    msg = str(exc.orig) if exc.orig is not None else str(exc)
    return fault_from_message(msg, where, getattr(exc.orig, "sqlite_errorname", None))


def fault_from_message(msg: str, where: object, code_name: str | None = None) -> DatabaseOpenError | None:
    """:func:`fault_from` for the message of a driver's error and, from sqlite3, its result code's name.

    The code decides where it says more than the words: FTS5 reports a damaged page as "vtable constructor
    failed", and a full disk met while growing the ``-shm`` file as "disk I/O error".
    """
    full = _full_disk(msg, code_name, where)
    if full is not None:
        return full
    damaged = (code_name or "").startswith("SQLITE_CORRUPT") or code_name == "SQLITE_NOTADB"
    if damaged or "malformed" in msg or "not a database" in msg or "disk image" in msg or "corrupt" in msg:
        return DatabaseOpenError("corrupt", f"{where} is damaged: {msg}.", CORRUPT_ADVICE)
    if "locked" in msg or "busy" in msg or "locking protocol" in msg:
        return DatabaseOpenError("busy", f"{where} is busy: another program is using it.", BUSY_ADVICE)
    if "readonly" in msg or "read-only" in msg:
        return DatabaseOpenError(
            "read-only",
            f"{where} cannot be changed: it is read-only.",
            "Copy it somewhere writable and open the copy to make changes.",
        )
    return None


def _full_disk(msg: str, code_name: str | None, where: object) -> DatabaseOpenError | None:
    """The "full" fault when SQLite (or PostgreSQL: "No space left on device") could not grow a file."""
    if code_name in _FULL_CODES or "disk is full" in msg or "No space left on device" in msg:
        return DatabaseOpenError("full", f"{where} cannot be used: the disk that holds it is full.", FULL_ADVICE)
    return None


def _sqlite_query(path: Path, readonly: bool) -> dict[str, str]:
    """The URI parameters a SQLite file is opened with (read-only media: ``immutable``)."""
    query = {"mode": "ro"} if readonly else {}
    if readonly and _open_immutable(path):
        query["immutable"] = "1"  # read-only media, or a file marked read-only: see _open_immutable
    return query


def _reader_uri(path: Path, readonly: bool) -> str:
    query = _sqlite_query(path, readonly)
    return path.resolve().as_uri() + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def _engine_for(target: str, path: Path | None, readonly: bool) -> Engine:
    load_sqlalchemy()
    from sqlalchemy import create_engine
    from sqlalchemy.engine import URL, make_url

    if path is None and is_url(target):
        url = make_url(target)
        if url.get_backend_name() != "sqlite":
            return create_engine(target, pool_pre_ping=True)
    if path is None:
        engine = create_engine("sqlite+pysqlite:///:memory:")
    else:
        query = {"uri": "true", **_sqlite_query(path, readonly)}
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
    reason = "opened read-only as asked" if readonly else None
    if path is not None:
        info = check_file(path)
        if info is None:
            if readonly:
                raise DatabaseOpenError("missing", f"{path} does not exist.", "Check the path.")
            _make_folder(path.parent)
        else:
            quick_check(path)
            if not readonly and not is_writable(path):
                reason = f"{path} is on read-only media or not writable for you; it is open read-only."
                if info.user_version != facts.SCHEMA_VERSION or info.table_count == 0:
                    raise DatabaseOpenError(
                        "unwritable",
                        f"{path} needs to be set up or upgraded, but it is read-only.",
                        "Copy it somewhere writable and open the copy.",
                    )
                readonly = True
            if not readonly:
                _prepare_writable(path, info)
    uri = _reader_uri(path, readonly) if path is not None else None
    if info is not None and info.user_version == facts.SCHEMA_VERSION and info.table_count > 0:
        # Nothing to create or upgrade: SQLAlchemy's engine is made when first needed (see model.store.sqlrun).
        return Database(
            target, None, path, reason, make_engine=lambda: _engine_for(target, path, readonly), reader_uri=uri
        )
    engine = _engine_for(target, path, readonly)
    db = Database(target, engine, path, reason, reader_uri=uri)
    try:
        if not readonly:
            _ensure_schema(db, info, upgrade)
    except Exception as exc:
        from sqlalchemy.exc import OperationalError

        db.close()
        if isinstance(exc, OperationalError):
            raise _operational(exc, path or target) from exc
        raise
    except BaseException:
        db.close()
        raise
    return db


def _prepare_writable(path: Path, info: FileInfo) -> None:
    """Before the first write to an existing file: WAL mode (only after checking the whole file), and tidying.

    Switching a file from a rollback journal to WAL rewrites its header, so a file that is not in WAL mode
    yet is checked whole first, however large: a damaged file is never touched. Then the ``.part`` files a
    killed backup, import or restore left (stale: nobody is writing them) are removed, and ``-wal``/``-shm``
    files that an older Summitry left read-only beside a file marked read-only are made writable again.
    """
    if not info.wal:
        quick_check(path, whole=True)
        try:
            con = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
            try:
                con.execute("PRAGMA journal_mode=WAL").fetchone()
            finally:
                con.close()
        except sqlite3.DatabaseError as exc:
            raise _sqlite_fault(exc, path) from exc
    partfiles.remove_stale_in(location.backup_dir(path))
    partfiles.remove_stale_in(path.parent, glob.escape(path.name) + partfiles.SUFFIX)
    mode = stat.S_IMODE(path.stat().st_mode)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        with contextlib.suppress(OSError):
            if companion.exists() and not _marked_writable(companion):
                companion.chmod(mode)


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseOpenError(
            "unwritable",
            f"Cannot create the folder {folder}: {exc.strerror or exc}.",
            "Choose another location: 'Open another database…' in the app, or --database / SUMMITRY_DATABASE.",
        ) from exc
    if not _dir_writable(folder):
        raise DatabaseOpenError(
            "unwritable",
            f"Cannot create a database in {folder}: the folder is not writable.",
            "Choose another location: 'Open another database…' in the app, or --database / SUMMITRY_DATABASE.",
        )


def _operational(exc: OperationalError, where: object) -> DatabaseOpenError:
    msg = str(exc.orig) if exc.orig is not None else str(exc)
    full = _full_disk(msg, getattr(exc.orig, "sqlite_errorname", None), where)
    if full is not None:
        return full
    if "locked" in msg or "busy" in msg:
        return DatabaseOpenError("busy", f"{where} is busy: another program is using it.", BUSY_ADVICE)
    if "readonly" in msg or "read-only" in msg or "unable to open" in msg:
        return DatabaseOpenError(
            "unwritable", f"Cannot write to {where}: {msg}.", "Open it read-only, or copy it somewhere writable."
        )
    return DatabaseOpenError("corrupt", f"Cannot use {where}: {msg}.", CORRUPT_ADVICE)


#: Upgrades from version N to N+1, each a list of SQL statements run in one transaction.
UPGRADES: dict[int, list[str]] = {}


def _ensure_schema(db: Database, info: FileInfo | None, upgrade: bool) -> None:
    if db.is_sqlite:
        with db.engine.connect() as conn:
            version = conn.exec_driver_sql("PRAGMA user_version").scalar() or 0
    else:
        version = 0 if info is None else info.user_version
    if version == facts.SCHEMA_VERSION:
        return
    if version == 0:
        _create(db)
        return
    if not upgrade:
        raise DatabaseOpenError("old", f"{db.target} needs an upgrade to database version {facts.SCHEMA_VERSION}.", "")
    if db.path is not None:
        from model.store import backup  # here, not at top: backup imports this module

        backup.auto_backup(db, f"before-upgrade-v{version}", only_if_data=False)
    with db.engine.begin() as conn:
        for step in range(version, facts.SCHEMA_VERSION):
            for statement in UPGRADES[step]:
                conn.exec_driver_sql(statement)
        conn.exec_driver_sql(f"PRAGMA user_version={facts.SCHEMA_VERSION}")


def _create(db: Database) -> None:
    """Create every table, the full-text index and the marks, in one transaction."""
    from model import textindex
    from model.store import schema

    with db.engine.begin() as conn:
        schema.Base.metadata.create_all(conn)
        if db.is_sqlite:
            textindex.create(conn)
            conn.exec_driver_sql(f"PRAGMA application_id={schema.APPLICATION_ID}")
            conn.exec_driver_sql(f"PRAGMA user_version={schema.SCHEMA_VERSION}")
