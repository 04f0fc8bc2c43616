"""Live updates: what other programs changed in the archive, told to an open window (no Qt here).

Writers say what they changed with :func:`note` inside :meth:`model.store.database.Database.transaction`;
when the transaction ends, :func:`flush` leaves one :class:`~model.store.schema.ChangeNote` per action in
the ``change_note`` table, and on a server also sends it to every listener at once (``NOTIFY
summitry_changes``, delivered when the transaction commits). An import of 10,000 records sends a compact
note: how many, by whom, without the ids.

A window follows them with a :class:`ChangeFeed` (:func:`feed_for`), polled often and cheaply from its own
thread, never blocking it:

- a SQLite file: ``PRAGMA data_version`` on the window's reading connection, which moves only when another
  connection committed; only then are the notes past the last one seen read;
- a PostgreSQL server: ``LISTEN summitry_changes`` on a connection of its own, whose socket
  (:meth:`ChangeFeed.fileno`) tells when a notification is there; reading it does not wait.

A window passes over its own program's writes (each note names its writer, :data:`CLIENT`): it showed them
already.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from model.store import sqlrun

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

    from model.store.database import Database

#: The channel a server's writers notify and its windows listen on.
CHANNEL = "summitry_changes"
#: How many notes the ``change_note`` table keeps (older ones are removed by the writer that adds one).
KEEP_NOTES = 1000
#: A note lists at most this many ids; beyond, it only says how many ("many changed").
LIST_AT_MOST = 200
#: The longest notification sent (a server refuses one of 8,000 bytes or more).
NOTIFY_BYTES = 7000
#: This program, as its notes name it: a window passes over notes of its own writes.
CLIENT = f"{os.getpid()}-{secrets.token_hex(4)}"
_PENDING = "summitry.changed"


def os_author() -> str:
    """Who writes to a file: the operating system's user (as revisions name them)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment nor in the password database
        return f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown"


def note(where: Session | Connection, ids: Iterable[str], action: str) -> None:
    """Say, inside a write transaction (its session, or its connection), that it changes the records ``ids``
    by ``action`` (import, edit, delete …). :func:`model.store.revisions.write` says it for every revision."""
    conn: Connection = where if isinstance(where, _connection_class()) else where.connection()  # type: ignore[assignment,operator]
    pending: dict[str, set[str]] = conn.info.setdefault(_PENDING, {})
    pending.setdefault(action, set()).update(ids)


def _connection_class() -> type:
    from sqlalchemy import Connection

    return Connection


def forget(session: Session) -> None:
    """Drop what an earlier transaction on this connection left unsaid (it was rolled back: nothing changed)."""
    session.connection().info.pop(_PENDING, None)


def flush(session: Session) -> None:
    """Write the notes of what this transaction changed (and on a server, notify the listeners); called by
    :meth:`~model.store.database.Database.transaction` just before it commits."""
    conn = session.connection()
    pending: dict[str, set[str]] = conn.info.pop(_PENDING, {})
    pending = {action: ids for action, ids in pending.items() if ids}
    if not pending:
        return
    from sqlalchemy import delete, func, insert, select

    from model.store import backends, schema

    backend = backends.of(conn)
    author = backend.author(conn)
    at = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    table = schema.table(schema.ChangeNote)
    for action, ids in sorted(pending.items()):
        listed = sorted(ids) if len(ids) <= LIST_AT_MOST else None
        values = {"at": at, "author": author, "client": CLIENT, "action": action, "count": len(ids)}
        conn.execute(insert(table).values(**values, ids="\n".join(listed) if listed is not None else None))
        payload = json.dumps({**values, "ids": listed}, ensure_ascii=False)
        if len(payload.encode("utf-8")) > NOTIFY_BYTES:  # a server's notifications are small: only how many
            payload = json.dumps({**values, "ids": None}, ensure_ascii=False)
        backend.announce(conn, CHANNEL, payload)
    newest = conn.execute(select(func.max(table.c.id))).scalar() or 0
    conn.execute(delete(table).where(table.c.id <= newest - KEEP_NOTES))


@dataclass(frozen=True)
class Change:
    """What other programs changed since the feed last looked.

    Attributes:
        ids: the changed records it can name (fewer than ``count`` after a large import).
        count: how many records changed (0: not known, as after a restore or a change that lists none).
        authors: who changed them, in the order they did.
        replaced: the archive was replaced whole (restored from a backup) or the feed lost track: read
            everything again.
    """

    ids: tuple[str, ...] = ()
    count: int = 0
    authors: tuple[str, ...] = ()
    replaced: bool = False

    def words(self) -> str:
        """ "3 records changed by anna" — or "" when there is nothing to say (a change that names no record)."""
        if self.replaced:
            return "The archive was replaced by another program (restored from a backup); showing it as it is now."
        if not self.count:
            return ""
        records = "1 record" if self.count == 1 else f"{self.count:,} records"
        if not self.authors:
            return f"{records} changed"
        names = list(self.authors)
        who = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
        return f"{records} changed by {who}"

    def merged(self, later: Change) -> Change:
        """This change and a later one, as one."""
        ids = tuple(dict.fromkeys((*self.ids, *later.ids)))
        authors = tuple(dict.fromkeys((*self.authors, *later.authors)))
        return Change(ids, max(self.count + later.count, len(ids)), authors, self.replaced or later.replaced)


def _from_notes(notes: Iterable[dict[str, Any]]) -> Change | None:
    """One change from notes (theirs only: this program's own are passed over); None when all were ours."""
    change: Change | None = None
    for n in notes:
        if n.get("client") == CLIENT:
            continue
        ids = tuple(n.get("ids") or ())
        one = Change(ids, int(n.get("count") or len(ids)), (str(n.get("author") or "someone"),))
        change = one if change is None else change.merged(one)
    return change


class ChangeFeed:
    """What other programs change in one open archive (see the module docstring)."""

    def fileno(self) -> int | None:
        """A socket that becomes readable when a change arrives, or None: then poll on a timer."""
        return None

    def poll(self) -> Change | None:
        """What changed since the last poll (None: nothing). Never waits; never raises for a lost connection
        (it tries again at the next poll, and then says the archive must be read again)."""
        raise NotImplementedError

    def close(self) -> None:
        """Stop following the archive."""


_NOTES_AFTER = "SELECT id, author, client, action, count, ids FROM change_note WHERE id > :last ORDER BY id"


class FileFeed(ChangeFeed):
    """A SQLite file: ``PRAGMA data_version`` on the window's reading connection, the notes when it moves."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._version = db.data_version()
        self._last = self._newest()

    def _newest(self) -> int:
        with self._db.reader() as conn:
            return int(sqlrun.text_rows(conn, "SELECT coalesce(max(id), 0) FROM change_note")[0][0])

    def poll(self) -> Change | None:
        version = self._db.data_version()
        if version is None or version == self._version:
            return None
        self._version = version
        with self._db.reader() as conn:
            rows = sqlrun.text_rows(conn, _NOTES_AFTER, {"last": self._last})
            newest = int(sqlrun.text_rows(conn, "SELECT coalesce(max(id), 0) FROM change_note")[0][0])
        if newest < self._last:  # the notes went back in time: the file was replaced by a backup
            self._last = newest
            return Change(replaced=True)
        if not rows:
            return Change()  # written without naming records (a saved search): read again, quietly
        self._last = int(rows[-1][0])
        notes = [
            {"author": r[1], "client": r[2], "action": r[3], "count": r[4], "ids": r[5].split("\n") if r[5] else []}
            for r in rows
        ]
        return _from_notes(notes)  # None when every note was this program's own: shown already


class ServerFeed(ChangeFeed):
    """A PostgreSQL server: ``LISTEN`` on a connection of the feed's own (autocommit, never in a transaction)."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._conn: Any = None
        self._connect()

    def _connect(self) -> None:
        raw = self._db.engine.raw_connection()
        conn = raw.driver_connection
        assert conn is not None
        raw.detach()  # the pool must never hand this connection to anyone else
        with contextlib.suppress(Exception):
            conn.rollback()
        conn.autocommit = True
        conn.execute(f"LISTEN {CHANNEL}")
        self._conn = conn

    def fileno(self) -> int | None:
        return self._conn.fileno() if self._conn is not None else None

    def poll(self) -> Change | None:
        import psycopg

        try:
            if self._conn is None:
                self._connect()
                return Change()  # connected again: what was missed meanwhile is read again, quietly
            notes = [json.loads(n.payload) for n in self._conn.notifies(timeout=0)]
        except (psycopg.Error, OSError, ValueError):
            if self._conn is not None:
                with contextlib.suppress(Exception):
                    self._conn.close()
            self._conn = None
            return None
        if not notes:
            return None
        return _from_notes(notes)

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
            self._conn = None


def feed_for(db: Database) -> ChangeFeed | None:
    """A feed of what other programs change in ``db``; None where none can change it (a database in memory)."""
    if db.backend.name == "postgresql":
        return ServerFeed(db)
    if db.data_version() is None:
        return None
    return FileFeed(db)
