"""An open Summitry database: reads straight on SQLite's driver, SQLAlchemy sessions, transactions.

Made by :func:`model.store.opening.open_database`. Committed writes are folded into the file itself
(:meth:`Database.checkpoint`), so a copy of the file alone holds them. Errors met while in use are worded
by :mod:`model.store.faults`; damage met is remembered (:attr:`Database.damage`) for whoever shows the
database to offer a restore.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from model.i18n import QT_TRANSLATE_NOOP, Words
from model.store import sqlrun
from model.store.engine import WRITE_OPTION
from model.store.faults import DatabaseOpenError, Doing
from model.store.files import BUSY_TIMEOUT_MS
from model.store.location import display_target
from model.store.sqlrun import LiteConnection, Reader

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from model.store.backend import Backend, WaitFn
    from model.store.server_reads import ServerReaders


#: What a server archive's reader is told, once, by the window and by every command that would write.
READER_WORDS = QT_TRANSLATE_NOOP("AccessText", "read-only: you can read this archive; ask its owner for editor rights")


class AccessText(Words):
    "What a person is told about their rights on an archive."


class Database:
    """An open Summitry database: reads straight on SQLite, and SQLAlchemy sessions.

    Reads for the screen use :meth:`reader` (on a SQLite file, a :class:`~model.store.sqlrun.LiteConnection`
    on Python's sqlite3 driver, which needs no SQLAlchemy). Sessions live for one user action: use
    :meth:`session` to read with SQLAlchemy and :meth:`transaction` to write all-or-nothing; the engine
    behind them is made when first needed (an existing, current file is opened without it). What the
    kind of database does its own way is :attr:`backend`'s (:mod:`model.store.backend`).
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
        backend: Backend | None = None,
        server_reads: ServerReaders | None = None,
    ) -> None:
        self.target = target
        self.path = path
        self._backend = backend
        #: Why every write is refused before it begins (a server archive of another schema version), or None.
        self.write_refusal: DatabaseOpenError | None = None
        #: Why search cannot run here (a server archive from before its search index), or None.
        self.no_search: str | None = None
        #: Why this database was opened read-only (read-only media, or asked for), or None.
        self.readonly_reason = readonly_reason
        self._engine = engine
        self._make_engine = make_engine
        self._sessions: sessionmaker[Session] | None = None
        self._write_sessions: sessionmaker[Session] | None = None
        self._reader_uri = reader_uri
        self._server_reads = server_reads
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._busy: set[sqlite3.Connection] = set()  # readers inside a read action, on some thread
        self._generation = 0
        self._lock = threading.Lock()
        self._user: str | None = None
        #: The damage a read or write of this database met, if any (a large file is checked only as it is read).
        self.damage: DatabaseOpenError | None = None
        self._own_ahead: Future[Any] | None = None  # the next own_server_connection(), see connect_ahead()
        #: Whether :meth:`close` was called: work deferred for this database (a window's background reads
        #: started a turn later) is then not started.
        self.closed = False

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

    def _fault(self, error: BaseException, doing: Doing = "using") -> DatabaseOpenError | None:
        """The backend's words for a driver's error, naming this database as people may see it (remembered
        if it is damage)."""
        return self._noted(self.backend.fault(error, self.shown, doing))

    @property
    def backend(self) -> Backend:
        """What this kind of database does its own way (:mod:`model.store.backend`); looked up when first
        needed, as a file's first screen reads without it."""
        if self._backend is None:
            from model.store.backends import backend_for

            self._backend = backend_for(self.target)
        return self._backend

    @property
    def shown(self) -> str:
        """This database as people may see it: the file's path, or the URL without its password."""
        return str(self.path) if self.path is not None else display_target(self.target)

    @property
    def readonly(self) -> bool:
        return self.readonly_reason is not None

    @property
    def can_write(self) -> bool:
        """Whether this Summitry may change this archive: the one fact every action that writes consults
        (import, restore, the edits' actions) to be offered at all. False for a file on read-only media, a
        server archive of another schema version, and a server archive whose user is only a reader
        (:data:`READER_WORDS` says so)."""
        return self.readonly_reason is None and self.write_refusal is None

    @property
    def user(self) -> str:
        """Who is using this archive, as revisions, change notes and saved searches name them: the operating
        system's user on a file, the database user on a server (asked once)."""
        if self._user is None:
            if self._reader_uri is not None or self.backend.name == "sqlite":
                from model.store.users import os_author

                self._user = os_author()
            else:
                with self.session() as session:
                    self._user = self.backend.author(session.connection())
        return self._user

    def connect_ahead(self) -> None:
        """Start making the connection the next :meth:`own_server_connection` hands out, on a thread of its own.

        A server starts a new process for each connection, and whoever connects waits meanwhile (~10 ms on a
        local server, more across a network). The worker that opens a server archive at launch calls this, so
        the window's live updates need not wait for it when the archive shows, and nobody waits for it before.
        Nothing on a file, nor when one is already made or being made."""
        if self._server_reads is None:
            return
        reads = self._server_reads
        made: Future[Any] = Future()
        with self._lock:
            if self._own_ahead is not None:
                return
            self._own_ahead = made

        def connect() -> None:
            try:
                made.set_result(reads.connect())
            except BaseException as exc:  # the caller makes its own then, and says so if it cannot
                made.set_exception(exc)

        threading.Thread(target=connect, name="connect-ahead", daemon=True).start()

    def own_server_connection(self) -> Any:
        """A new psycopg connection to this server archive, in autocommit, for the caller alone (the live
        updates' ``LISTEN``): the one :meth:`connect_ahead` made (waited for if it is still being made), else
        made as the reads' are, else taken from the engine's pool for good."""
        with self._lock:
            ahead, self._own_ahead = self._own_ahead, None
        if ahead is not None and ahead.exception() is None:
            made = ahead.result()
            if not made.closed and not made.broken:
                return made
            _close_quietly(made)
        if self._server_reads is not None:
            return self._server_reads.connect()
        raw = self.engine.raw_connection()
        conn = raw.driver_connection
        assert conn is not None
        raw.detach()  # the pool must never hand this connection to anyone else
        with contextlib.suppress(Exception):
            conn.rollback()
        conn.autocommit = True  # type: ignore[union-attr]
        return conn

    def data_version(self) -> int | None:
        """SQLite's ``PRAGMA data_version`` on this thread's reading connection: it moves whenever another
        connection (another program, or this one's writes) committed to the file. None where there is no
        file to watch (a server, a database in memory) or while this thread is inside a read."""
        if self._reader_uri is None or self.path is None:
            return None
        conn, depth = self._thread_reader()
        if depth:
            return None
        try:
            return int(conn.raw.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.DatabaseError:
            return None  # the next read meets whatever this is, and says so

    @property
    def is_sqlite(self) -> bool:
        return self.backend.name == "sqlite"

    def _session_factory(self) -> sessionmaker[Session]:
        if self._sessions is None:
            engine = self.engine
            from sqlalchemy.orm import sessionmaker

            # A read snapshot: on a server, REPEATABLE READ READ ONLY (see model.store.backend).
            snapshot = engine.execution_options(**self.backend.read_options())
            self._sessions = sessionmaker(snapshot, expire_on_commit=False)
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
        (nested uses share it). On a server archive opened the everyday way: a connection straight on psycopg
        (kept for the next action), in a ``REPEATABLE READ READ ONLY`` snapshot that nested uses on this thread
        share (:mod:`model.store.server_reads`). Elsewhere
        (in memory, a server archive opened through SQLAlchemy): this thread's read :meth:`session`, one
        snapshot however many reads the action makes (nested uses share it too).
        """
        if self._server_reads is not None:
            with self._server_reads.reader(self._fault) as server:
                yield server
            return
        if self._reader_uri is None:
            shared = getattr(self._local, "session", None)
            if shared is not None:
                yield shared
                return
            with self.session() as session:
                self._local.session = session
                try:
                    yield session
                finally:
                    self._local.session = None
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
            fault = self._fault(exc)
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
                sqlrun.unicode_lower(raw)  # before any statement: none may be running when it is set
                raw.execute("PRAGMA query_only=ON")  # reads only: writing is for SQLAlchemy's transactions
            except sqlite3.DatabaseError as exc:
                fault = self._fault(exc, "checking")
                assert fault is not None  # while checking, every error is worded
                raise fault from exc
            with self._lock:
                self._readers.append(raw)
            local.conn, local.depth, local.generation = LiteConnection(raw), 0, self._generation
        return local.conn, local.depth

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A read session, one snapshot (see :meth:`reader`); rolled back at the end (on a server, a read-only
        transaction, committed: the same, and psycopg keeps its prepared statements)."""
        from sqlalchemy.exc import DBAPIError

        with self._session_factory()() as session:
            ended = False
            try:
                yield session
                if not self.is_sqlite:
                    # A server's read snapshot is READ ONLY: ending it by COMMIT undoes nothing a ROLLBACK would,
                    # and psycopg keeps the statements it prepared (a rollback makes it drop them all): a read
                    # the window repeats then skips the server's planning, 5-10x faster for the detail pane.
                    ended = True
                    session.commit()
            except DBAPIError as exc:
                fault = self._fault(exc)
                if fault is None:
                    raise
                raise fault from exc
            finally:
                if not ended:
                    session.rollback()

    @contextmanager
    def transaction(self, *, whole_archive: bool = False, on_wait: WaitFn | None = None) -> Iterator[Session]:
        """A write session committed at the end, or rolled back wholly on any error.

        ``whole_archive``: an import, or another write that must not run beside another one: on a server it
        waits for the one running (``on_wait`` hears that it waits, and may cancel: see
        :meth:`model.store.backend.Backend.begin_write`); in a file every write is one at a time anyway.
        Once committed, the change is copied into the database file itself (:meth:`checkpoint`).

        Raises:
            DatabaseOpenError: "busy", "read-only" or "corrupt" when the database refuses the write (and
                at once, writing nothing, when this Summitry may only read it: :attr:`write_refusal`).
            model.store.backend.WriteCancelled: when ``on_wait`` cancelled the wait.
        """
        from sqlalchemy.exc import DBAPIError

        if self.write_refusal is not None:
            raise self.write_refusal
        try:
            with self._write_session_factory()() as session, session.begin():
                from model.store import change_notes

                self.backend.begin_write(session.connection(), whole_archive=whole_archive, on_wait=on_wait)
                change_notes.forget(session)
                yield session
                change_notes.flush(session)  # what it changed, for the other windows: committed with it
        except DBAPIError as exc:
            fault = self._fault(exc)
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
        with self._lock:
            ahead, self._own_ahead = self._own_ahead, None
        if ahead is not None:  # never taken: closed now, or as soon as it is made
            ahead.add_done_callback(_close_when_made)
        if self._server_reads is not None:
            self._server_reads.release()
        if self._engine is not None:
            self._engine.dispose()

    def close(self) -> None:
        """Close every connection, after copying the write-ahead log into the file (:meth:`checkpoint`)."""
        self.closed = True
        self.checkpoint()
        self.release_connections()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _close_quietly(conn: Any) -> None:
    """Close a server connection nobody took; one the server already dropped needs nothing more."""
    with contextlib.suppress(Exception):
        conn.close()


def _close_when_made(made: Future[Any]) -> None:
    if made.exception() is None:
        _close_quietly(made.result())
