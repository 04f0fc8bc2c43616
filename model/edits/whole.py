"""A whole database put back from a backup keeps every record's history: the revisions written since the backup
are carried over from the database as it was, and each record the restore created, changed or deleted gets one
more ("restore"), with a version above both, so that an edit begun before the restore is refused, not applied.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, bindparam, select, update

from model.interchange import exporter
from model.store import revisions, schema
from model.store.database import Database

_RECORD = schema.table(schema.Record)
_REVISION = schema.table(schema.Revision)
_KEY = ("record_id", "kind", "action", "author", "at", "before", "after")


def after_restore(db: Database, was: Database, author: str | None = None) -> int:
    """Record in ``db`` (just restored) what the restore changed against ``was`` (the database before it);
    returns how many records it created, changed or deleted."""
    with was.session() as old_session:
        old = old_session.connection()
        old_records = _fingerprints(old)
        old_revisions = [
            tuple(r) for r in old.execute(select(*(_REVISION.c[k] for k in _KEY)).order_by(_REVISION.c.id))
        ]
        with db.transaction() as session:
            conn = session.connection()
            now_records = _fingerprints(conn)
            kept = {tuple(r) for r in conn.execute(select(*(_REVISION.c[k] for k in _KEY)))}
            carried = [dict(zip(_KEY, r, strict=True)) for r in old_revisions if r not in kept]
            if carried:
                conn.execute(_REVISION.insert(), carried)
            differ = sorted(
                rid
                for rid in old_records.keys() | now_records.keys()
                if old_records.get(rid, (None, 0))[0] != now_records.get(rid, (None, 0))[0]
            )
            before = _forms(old, differ)
            after = _forms(conn, differ)
            changes = [
                revisions.Change(
                    rid, (after.get(rid) or before[rid])[0], "restore", _form(before.get(rid)), _form(after.get(rid))
                )
                for rid in differ
            ]
            revisions.write(conn, changes, author, ids=False)
            bumped = [
                {"rid": rid, "v": max(old_records.get(rid, (None, 0))[1], now_records[rid][1]) + 1}
                for rid in differ
                if rid in now_records
            ]
            if bumped:
                conn.execute(
                    update(_RECORD).where(_RECORD.c.id == bindparam("rid")).values(version=bindparam("v")), bumped
                )
    return len(differ)


def _fingerprints(conn: Connection) -> dict[str, tuple[str, int]]:
    return {
        r.id: (r.fingerprint, r.version)
        for r in conn.execute(select(_RECORD.c.id, _RECORD.c.fingerprint, _RECORD.c.version))
    }


def _forms(conn: Connection, ids: list[str]) -> dict[str, tuple[str, dict[str, Any]]]:
    return exporter.own_forms(conn, ids)


def _form(found: tuple[str, dict[str, Any]] | None) -> dict[str, Any] | None:
    return None if found is None else found[1]
