"""Upgrade steps that SQL statements alone cannot do: each a function of the upgrade's connection.

:func:`model.store.opening.open_database` runs them in the upgrade's one transaction, after the verified
backup, with the version bump. One job per function, so that each can move as it is into a migration tool.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from model.store.schema_facts import FTS_TABLE

if TYPE_CHECKING:
    from sqlalchemy import Connection

#: (record rowid, title, body) of every searchable record, as people wrote them, read from an archive's
#: records: the rooms above the store know what a record's index text is (:mod:`model.maintenance.reindex`);
#: an upgrade that builds an index from nothing is handed this by its caller.
IndexEntries = Callable[["Connection"], Iterable[tuple[int, str, str]]]
#: Where :func:`model.store.migrations.upgrade` leaves the caller's :data:`IndexEntries` for a step to use.
INDEX_ENTRIES = "summitry.index_entries"

#: Index rows rewritten per statement while rebuilding (bounded memory on a large archive).
_SLICE = 5_000


def rebuild_search_index(conn: Connection) -> int:
    """Rebuild the search index in the current format, from the text the old index holds; returns its rows.

    Version 1 stored the records' text as written, for FTS5's porter tokenizer; version 2 stores normalised
    words (:mod:`model.text.normalize`) for plain ``unicode61``. The old rows hold each record's title and
    body exactly as the import wrote them (with a zero-width space between the letters of scripts written
    without spaces, which the normaliser reads as a space), so they are normalised as they are: nothing
    above the store is needed. A record the old index lacked stays missing; ``summitry db check`` reports
    it and ``--repair`` rebuilds the index from the records.
    """
    from model.store.schema import create_text_index
    from model.text.normalize import index_text

    old = f"{FTS_TABLE}_old"
    conn.exec_driver_sql(f"ALTER TABLE {FTS_TABLE} RENAME TO {old}")
    create_text_index(conn)
    last, written = 0, 0
    while True:
        rows = conn.exec_driver_sql(
            f"SELECT rowid, title, body FROM {old} WHERE rowid > ? ORDER BY rowid LIMIT {_SLICE}", (last,)
        ).all()
        if not rows:
            break
        batch = [{"r": r, "t": index_text(t or ""), "b": index_text(b or "")} for r, t, b in rows]
        conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}(rowid, title, body) VALUES (:r, :t, :b)", batch)  # type: ignore[arg-type]
        last, written = rows[-1][0], written + len(rows)
    conn.exec_driver_sql(f"DROP TABLE {old}")
    return written


def build_search_index(conn: Connection) -> int:
    """Create the backend's search index afresh and fill it from the records (an archive that had none, as a
    server archive before version 6); returns its rows.

    Raises:
        LookupError: when the upgrade's caller gave no way to read the records' index text (a bug).
    """
    from model.store import backends
    from model.text.normalize import index_text

    entries: IndexEntries | None = conn.info.get(INDEX_ENTRIES)
    if entries is None:
        raise LookupError("this upgrade builds the search index, and its caller gave no index entries")
    backend = backends.of(conn)
    backend.drop_text_index(conn)
    backend.create_text_index(conn)
    rows = [(r, index_text(t), index_text(b)) for r, t, b in entries(conn)]
    for start in range(0, len(rows), _SLICE):
        backend.write_index(conn, rows[start : start + _SLICE])
    return len(rows)
