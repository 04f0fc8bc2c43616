"""Live updates: what other programs changed in the archive, told to an open window (no Qt here).

Every write leaves notes of what it changed (:mod:`model.store.change_notes`). A window follows them with a
:class:`ChangeFeed` (:func:`feed_for`), polled often and cheaply from its own thread, never blocking it:

- a SQLite file: ``PRAGMA data_version`` on the window's reading connection, which moves only when another
  connection committed; only then are the notes past the last one seen read;
- a PostgreSQL server: ``LISTEN summitry_changes`` on a connection of its own, whose socket
  (:meth:`ChangeFeed.fileno`) tells when a notification is there; reading it does not wait.

A window passes over its own program's writes (each note names its writer,
:data:`model.store.change_notes.CLIENT`): it showed them already.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from model.i18n import Words
from model.store import sqlrun
from model.store.change_notes import CHANNEL, CLIENT

if TYPE_CHECKING:
    from model.store.database import Database


class ChangeText(Words):
    """What the status bar says another program changed."""


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
            return ChangeText.tr(
                "The archive was replaced by another program (restored from a backup); showing it as it is now."
            )
        if not self.count:
            return ""
        if not self.authors:
            return ChangeText.tr("%Ln record(s) changed", "", self.count)
        names = list(self.authors)
        if len(names) == 1:
            return ChangeText.tr("%Ln record(s) changed by {who}", "", self.count).format(who=names[0])
        who = ChangeText.tr("{some} and {last}").format(some=", ".join(names[:-1]), last=names[-1])
        return ChangeText.tr("%Ln record(s) changed by {who}", "", self.count).format(who=who)

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

    @property
    def lost(self) -> bool:
        """Whether the feed lost its connection (see :meth:`reconnect`)."""
        return False

    def reconnect(self) -> Change | None:
        """Connect again after :attr:`lost` (this waits for the server); a change to read everything again
        when connected (what happened meanwhile went unheard), None when it still cannot connect."""
        return None

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
    """A PostgreSQL server: ``LISTEN`` on a connection of the feed's own (autocommit, never in a transaction).

    A lost connection is not made again by :meth:`poll`, which never waits: :attr:`lost` says so, and whoever
    polls calls :meth:`reconnect` where waiting for the server harms nobody (off the window's thread).
    """

    def __init__(self, db: Database) -> None:
        self._db = db
        self._conn: Any = None
        self._closed = False
        self._connect()

    def _connect(self) -> None:
        conn = self._db.own_server_connection()
        conn.execute(f"LISTEN {CHANNEL}")
        if self._closed:  # closed while this connected (on another thread): nobody listens any more
            conn.close()
            return
        self._conn = conn

    @property
    def lost(self) -> bool:
        return self._conn is None and not self._closed

    def reconnect(self) -> Change | None:
        import psycopg
        from sqlalchemy.exc import DBAPIError

        try:
            self._connect()
        except (DBAPIError, psycopg.Error, OSError):
            return None  # the server still does not answer: try again later
        return Change() if self._conn is not None else None  # what was missed meanwhile: read everything again

    def fileno(self) -> int | None:
        return self._conn.fileno() if self._conn is not None else None

    def poll(self) -> Change | None:
        import psycopg

        if self._conn is None:
            return None
        try:
            payloads = [n.payload for n in self._conn.notifies(timeout=0)]
        except (psycopg.Error, OSError):
            with contextlib.suppress(Exception):
                self._conn.close()
            self._conn = None
            return None
        notes = []
        for payload in payloads:
            with contextlib.suppress(ValueError):  # not Summitry's words: another program's on this channel
                found = json.loads(payload)
                if isinstance(found, dict):
                    notes.append(found)
        return _from_notes(notes) if notes else None

    def close(self) -> None:
        self._closed = True
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
