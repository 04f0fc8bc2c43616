"""What each write changed, told to the archive's other windows (read by :mod:`model.store.changes`' feeds).

Writers say what they changed with :func:`note` inside :meth:`model.store.database.Database.transaction`
(:func:`model.store.revisions.write` says it for every revision); when the transaction ends, :func:`flush`
leaves one :class:`~model.store.schema.ChangeNote` per action in the ``change_note`` table, and on a server
also sends it to every listener at once (``NOTIFY summitry_changes``, delivered when the transaction commits).
An import of 10,000 records sends a compact note: how many, by whom, without the ids.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

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
