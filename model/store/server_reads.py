"""A server archive's reads straight on psycopg: a connection per thread, one read-only snapshot per user action.

What :meth:`model.store.database.Database.reader` gives on a server, as it gives a ``sqlite3`` connection on a
file: no SQLAlchemy on the way (the first screen of a server archive does not wait for it to import), the
statements frozen for psycopg (:mod:`model.store.pgrun`). Each thread has its own connection (made with the
options SQLAlchemy's engine would use: :func:`model.store.engine.server_connect_kwargs`); each read action
is one ``REPEATABLE READ READ ONLY`` transaction, shared by the reads nested in it, ended by ``COMMIT``: a
read-only transaction keeps nothing either way, and psycopg forgets the statements it prepared at a
``ROLLBACK`` (an action that failed still rolls back).

Its ``BEGIN`` is the action's first round trip, and the check that the connection still works (as the
engine's ``pool_pre_ping``): a connection the server closed since (a restart, an administrator) is replaced
at once, unnoticed; an error on a connection that breaks while in use is the server's fault in words
(:mod:`model.store.server_faults`), as through SQLAlchemy.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from model.store.pgrun import PgConnection

if TYPE_CHECKING:
    import psycopg

    from model.store.faults import DatabaseOpenError

#: Words for a driver's error (None: not the server's, re-raised as it is).
Fault = Callable[[BaseException], "DatabaseOpenError | None"]

BEGIN = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"


class ConnectionBroke(Exception):
    """A driver's error met on a connection that broke under it: SQLAlchemy calls such a connection
    invalidated (``connection_invalidated``), and :func:`model.store.server_faults.server_fault` reads both alike."""

    connection_invalidated = True

    def __init__(self, orig: BaseException) -> None:
        super().__init__(str(orig))
        self.orig = orig


class ServerReaders:
    """This archive's read connections, one per thread (see the module docstring)."""

    def __init__(self, connect_kwargs: dict[str, Any]) -> None:
        self._kwargs = connect_kwargs
        self._local = threading.local()
        self._lock = threading.Lock()
        self._open: list[psycopg.Connection[Any]] = []
        self._busy: set[psycopg.Connection[Any]] = set()  # inside a read action, on some thread
        self._generation = 0

    @contextmanager
    def reader(self, fault: Fault) -> Iterator[PgConnection]:
        """This thread's connection inside a read snapshot (a nested use shares the snapshot)."""
        import psycopg

        local = self._local
        depth = getattr(local, "depth", 0) if getattr(local, "generation", None) == self._generation else 0
        if depth:
            local.depth = depth + 1
            try:
                yield local.conn
            finally:
                local.depth = depth
            return
        try:
            conn = self._begin()
        except psycopg.Error as exc:
            worded = _worded(fault, exc, None)
            if worded is None:
                raise
            raise worded from exc
        local.depth = 1
        try:
            yield conn
            conn.raw.execute("COMMIT")
        except psycopg.Error as exc:
            self._rollback(conn.raw)
            worded = _worded(fault, exc, conn.raw)
            if worded is None:
                raise
            raise worded from exc
        except BaseException:
            self._rollback(conn.raw)
            raise
        finally:
            local.depth = 0
            self._end(conn.raw)

    def _begin(self) -> PgConnection:
        """This thread's connection, in a new snapshot: a broken one replaced first, one found broken by its
        ``BEGIN`` (the server closed it meanwhile) replaced once."""
        import psycopg

        for attempt in (1, 2):
            conn = self._connection()
            try:
                conn.raw.execute(BEGIN)
            except psycopg.OperationalError:
                if attempt == 2 or not (conn.raw.broken or conn.raw.closed):
                    raise
                self._discard(conn.raw)
                continue
            with self._lock:
                self._busy.add(conn.raw)
            return conn
        raise AssertionError("unreachable")  # pragma: no cover - the loop returns or raises

    def _connection(self) -> PgConnection:
        local = self._local
        if getattr(local, "generation", None) != self._generation or local.conn.raw.closed or local.conn.raw.broken:
            raw = self.connect()  # in autocommit: its own BEGIN and COMMIT (see _begin)
            with self._lock:
                self._open.append(raw)
            local.conn, local.generation = PgConnection(raw), self._generation
        return local.conn  # type: ignore[no-any-return]

    def connect(self) -> psycopg.Connection[Any]:
        """A new connection in autocommit, made as the engine's are."""
        import psycopg

        return psycopg.connect(autocommit=True, **self._kwargs)

    def _discard(self, raw: psycopg.Connection[Any]) -> None:
        with self._lock:
            if raw in self._open:
                self._open.remove(raw)
        with contextlib.suppress(Exception):
            raw.close()
        self._local.generation = None

    def _rollback(self, raw: psycopg.Connection[Any]) -> None:
        import psycopg

        with contextlib.suppress(psycopg.Error):
            if not raw.closed and not raw.broken:
                raw.execute("ROLLBACK")

    def _end(self, raw: psycopg.Connection[Any]) -> None:
        with self._lock:
            self._busy.discard(raw)
            released = raw not in self._open  # closed meanwhile (release): close it now
        if released or raw.broken:
            self._discard(raw)

    def release(self) -> None:
        """Close every connection (each thread makes a new one when it next reads); one inside a read action
        closes when that ends."""
        with self._lock:
            idle = [raw for raw in self._open if raw not in self._busy]
            self._open = []
            self._generation += 1
        for raw in idle:
            with contextlib.suppress(Exception):
                raw.close()


def _worded(fault: Fault, exc: BaseException, raw: psycopg.Connection[Any] | None) -> DatabaseOpenError | None:
    """The server's words for a driver's error (None when it is not the server's)."""
    broke = raw is not None and (raw.broken or raw.closed)
    return fault(ConnectionBroke(exc) if broke else exc)
