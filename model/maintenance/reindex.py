"""Rebuilding the full-text index from the records (``summitry db check --repair``)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, select

from model.i18n import QT_TRANSLATE_NOOP, translate
from model.interchange import exporter, importer, validate
from model.search import textindex
from model.store import backends, schema
from model.store.database import Database


def rebuild(db: Database) -> int:
    """Drop every index row and index every searchable record again; returns how many."""
    with db.transaction() as session:
        return refill(session.connection())


#: Index rows written per slice, each slice reported: at 100k meetings the index takes about a minute.
SLICE = 10_000
#: Told the step in words ending with "…" and how far it is (rows written, rows in all; 0 of 0 for a step that
#: counts nothing), as a copy's progress is (:data:`model.store.copy_source.ProgressFn`, less the target's name).
StepFn = Callable[[str, int, int], object]
READING = QT_TRANSLATE_NOOP("CopyText", "reading the records for the search index…")
BUILDING = QT_TRANSLATE_NOOP("CopyText", "building the search index…")


def refill(conn: Connection, progress: StepFn | None = None) -> int:
    """Make the full-text index afresh from the records, in the caller's transaction; returns how many records
    it holds. A copy of an archive (:mod:`model.store.copy`) makes its target's index with this too, telling
    ``progress`` how far it is: reading the records back takes a while, writing their index longer."""
    backend = backends.of(conn)
    # Dropped and created again rather than emptied: a damaged index may not even delete cleanly.
    backend.drop_text_index(conn)
    backend.create_text_index(conn)
    if not backend.has_text_index:
        return 0
    reading, building = translate("CopyText", READING), translate("CopyText", BUILDING)
    if progress is not None:
        progress(reading, 0, 0)
    rows = index_entries(conn)
    for start in range(0, len(rows), SLICE):
        if progress is not None:
            progress(building, start, len(rows))
        textindex.index_rows(conn, rows[start : start + SLICE])
    if progress is not None:
        progress(building, len(rows), len(rows))
    return len(rows)


def index_entries(conn: Connection) -> list[tuple[int, str, str]]:
    """(record rowid, title, body) of every searchable record, as people wrote them: what the index holds
    once normalised."""
    data = exporter.records_to_data(conn)
    rec = schema.table(schema.Record)
    rowids = dict(conn.execute(select(rec.c.id, rec.c.rowid)).all())
    parents = validate.holders(data)
    rows = []
    for kind, _path, obj in validate.iter_records(data):
        if kind in schema.SEARCHABLE_TYPES:
            title, body = importer.index_entry(kind, obj, parents.get(obj["id"]))
            rows.append((rowids[obj["id"]], title, body))
    return rows
