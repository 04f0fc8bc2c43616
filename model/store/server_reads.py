"""A server archive's reads straight on psycopg: a connection per thread, one read-only snapshot per user action.

What :meth:`model.store.database.Database.reader` gives on a server, as it gives a ``sqlite3`` connection on a
file: no SQLAlchemy on the way (the first screen of a server archive does not wait for it to import), the
statements frozen for psycopg (:mod:`model.store.pgrun`). Each read action has a connection of its own (made
with the options SQLAlchemy's engine would use: :func:`model.store.engine.server_connect_kwargs`, and kept
for the next action when it is done, as the engine's pool keeps them: the window reads on many short-lived
threads) and is one ``REPEATABLE READ READ ONLY`` transaction, shared by the reads nested in it on its thread,
ended by ``COMMIT``: a read-only transaction keeps nothing either way, and psycopg forgets the statements it
prepared at a ``ROLLBACK`` (an action that failed still rolls back).

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
#: How many connections are kept for the next read actions (SQLAlchemy's pool keeps five); a thread reading
#: while all are in use makes another, closed when its action ends.
KEEP = 5


class ConnectionBroke(Exception):
    """A driver's error met on a connection that broke under it: SQLAlchemy calls such a connection
    invalidated (``connection_invalidated``), and :func:`model.store.server_faults.server_fault` reads both alike."""

    connection_invalidated = True

    def __init__(self, orig: BaseException) -> None:
        super().__init__(str(orig))
        self.orig = orig


class ServerReaders:
    """This archive's read connections (see the module docstring): one per thread while it reads, kept for
    the next read action of any thread when it is done (at most :data:`KEEP` of them), as the engine's pool
    keeps its own; a thread's nested reads share its snapshot."""

    def __init__(self, connect_kwargs: dict[str, Any]) -> None:
        self._kwargs = connect_kwargs
        self._local = threading.local()
        self._lock = threading.Lock()
        self._idle: list[psycopg.Connection[Any]] = []  # the last one done first: its statements are prepared
        self._generation = 0  # moved on by release(): a connection from before is closed when its action ends

    @contextmanager
    def reader(self, fault: Fault) -> Iterator[PgConnection]:
        """A connection inside a read snapshot (a nested use on the same thread shares the snapshot)."""
        import psycopg

        local = self._local
        depth = getattr(local, "depth", 0)
        if depth:
            local.depth = depth + 1
            try:
                yield local.conn
            finally:
                local.depth = depth
            return
        try:
            conn, generation = self._begin()
        except psycopg.Error as exc:
            worded = _worded(fault, exc, None)
            if worded is None:
                raise
            raise worded from exc
        local.conn, local.depth = conn, 1
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
            local.depth, local.conn = 0, None
            self._put_back(conn.raw, generation)

    def _begin(self) -> tuple[PgConnection, int]:
        """A connection in a new snapshot: a kept one if any (one the server closed meanwhile, found so by its
        ``BEGIN``, is replaced at once: every kept one is older, so they go too), else a new one."""
        import psycopg

        while True:
            with self._lock:
                raw, generation = (self._idle.pop() if self._idle else None), self._generation
            kept = raw is not None
            if raw is None:
                raw = self.connect()
            try:
                raw.execute(BEGIN)
            except psycopg.OperationalError:
                if not kept or not (raw.broken or raw.closed):
                    _close(raw)
                    raise
                _close(raw)
                self.release()  # the server went away meanwhile: the others are dead too
                continue
            return PgConnection(raw), generation

    def connect(self) -> psycopg.Connection[Any]:
        """A new connection in autocommit (each read action its own BEGIN and COMMIT), made as the engine's are."""
        import psycopg

        return psycopg.connect(autocommit=True, **self._kwargs)

    def _rollback(self, raw: psycopg.Connection[Any]) -> None:
        import psycopg

        with contextlib.suppress(psycopg.Error):
            if not raw.closed and not raw.broken:
                raw.execute("ROLLBACK")

    def _put_back(self, raw: psycopg.Connection[Any], generation: int) -> None:
        """Keep a connection whose action has ended (committed, or rolled back) for the next one; close any other."""
        from psycopg import pq

        with self._lock:
            ended = not raw.broken and not raw.closed and raw.info.transaction_status == pq.TransactionStatus.IDLE
            keep = ended and generation == self._generation and len(self._idle) < KEEP
            if keep:
                self._idle.append(raw)
        if not keep:
            _close(raw)

    def release(self) -> None:
        """Close every connection kept (the next read makes a new one); one inside a read action closes when
        that ends."""
        with self._lock:
            idle, self._idle = self._idle, []
            self._generation += 1
        for raw in idle:
            _close(raw)


def _close(raw: psycopg.Connection[Any]) -> None:
    with contextlib.suppress(Exception):
        raw.close()


def _worded(fault: Fault, exc: BaseException, raw: psycopg.Connection[Any] | None) -> DatabaseOpenError | None:
    """The server's words for a driver's error (None when it is not the server's)."""
    broke = raw is not None and (raw.broken or raw.closed)
    return fault(ConnectionBroke(exc) if broke else exc)
