"""A record's history (its revisions, with what changed field by field), restoring one, and private notes."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, select

from model.edits.writing import Applied, Saved, apply
from model.records import fields
from model.records.field_types import Kind, PartType
from model.store import revisions, schema
from model.store.database import Database

_REVISION = schema.table(schema.Revision)
_NOTE = schema.table(schema.Note)
_RECORD = schema.table(schema.Record)
#: The revision action of a note set or removed; its forms are ``{"note": text}``.
NOTE_ACTION = "note"


@dataclass(frozen=True)
class Change:
    """One field that changed: where (``agenda[1].title``), its label ("agenda item 2: title"), before and after
    (None: absent)."""

    path: str
    label: str
    before: Any
    after: Any


@dataclass(frozen=True)
class Revision:
    """One change of a record: ``before``/``after`` are its own forms (a process without its rounds; None when
    created or deleted); ``changes`` what differs between them, field by field."""

    id: int
    record_id: str
    author: str
    at: str
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    changes: tuple[Change, ...]


def author(db: Database) -> str:
    """Who the revisions written now name: the operating-system user, or the database user on a server."""
    with db.session() as session:
        return revisions.author(session.connection())


def history(db: Database, record_id: str) -> list[Revision]:
    """Every revision of a record (deleted or not), newest first."""
    with db.session() as session:
        rows = session.execute(
            select(_REVISION).where(_REVISION.c.record_id == record_id).order_by(_REVISION.c.id.desc())
        ).all()
    return [_revision(r._mapping) for r in rows]


def _revision(row: Any) -> Revision:
    before = json.loads(row["before"]) if row["before"] is not None else None
    after = json.loads(row["after"]) if row["after"] is not None else None
    return Revision(
        int(row["id"]),
        str(row["record_id"]),
        str(row["author"]),
        str(row["at"]),
        str(row["action"]),
        before,
        after,
        tuple(changes(str(row["kind"]), before, after)),
    )


def changes(kind: str, before: Mapping[str, Any] | None, after: Mapping[str, Any] | None) -> list[Change]:
    """What differs between two forms of a record of ``kind``, field by field, labelled from the field map.

    A list of parts (agenda items, members) is compared item by item; lists of plain values (topics,
    languages) and citations as a whole.
    """
    out: list[Change] = []
    if (before is not None and NOTE_ACTION in before) or (after is not None and NOTE_ACTION in after):
        old, new = (before or {}).get(NOTE_ACTION), (after or {}).get(NOTE_ACTION)
        return [Change(NOTE_ACTION, "note", old, new)] if old != new else []
    _compare(fields.RECORD_TYPES[kind], before or {}, after or {}, "", "", out)
    return out


def _compare(
    owner: PartType, old: Mapping[str, Any], new: Mapping[str, Any], path: str, label: str, out: list[Change]
) -> None:
    known = {f.name: f for f in owner.fields}
    for name in [*known, *sorted((set(old) | set(new)) - set(known))]:
        a, b = old.get(name), new.get(name)
        if a == b:
            continue
        f = known.get(name)
        where = f"{path}.{name}" if path else name
        words = f.label if f is not None else name
        said = f"{label}: {words}" if label else words
        if f is not None and f.kind is Kind.PARTS and f.part is not None and f.part.table is not None:
            a_items, b_items = list(a or []), list(b or [])
            for i in range(max(len(a_items), len(b_items))):
                x = a_items[i] if i < len(a_items) else None
                y = b_items[i] if i < len(b_items) else None
                if x == y:
                    continue
                item_label = f"{f.part.label} {i + 1}"
                item_path = f"{where}[{i}]"
                if x is None or y is None:
                    out.append(Change(item_path, item_label, x, y))
                else:
                    _compare(f.part, x, y, item_path, item_label, out)
        else:
            out.append(Change(where, said, a, b))


def restore(db: Database, revision_id: int, author: str | None = None) -> Saved:
    """Put the record back as it was after revision ``revision_id`` (deleted, if that revision deleted it), as
    one more change with its own revision ("restore"). Its rounds, for a process, stay as they are now.

    Raises:
        KeyError: no such revision.
        Invalid: the form no longer fits the database (it refers to a record since deleted).
    """
    return restore_applied(db, revision_id, author)[0]


def restore_applied(db: Database, revision_id: int, author: str | None = None) -> tuple[Saved, Applied | None]:
    """:func:`restore`, and what it wrote (None for a note's: the undo stack does not hold notes)."""
    with db.transaction() as session:
        conn = session.connection()
        row = conn.execute(select(_REVISION).where(_REVISION.c.id == revision_id)).first()
        if row is None:
            raise KeyError(f"no revision {revision_id}")
        rid, kind, action = str(row.record_id), str(row.kind), str(row.action)
        after = json.loads(row.after) if row.after is not None else None
        if action == NOTE_ACTION:
            text = (after or {}).get(NOTE_ACTION) or ""
            return _set_note(conn, rid, text, author, "restore"), None
        if after is None:
            applied = apply(session, deletions=[rid], who=author, deleted="restore")
        else:
            applied = apply(
                session, writes=[(kind, _with_held(conn, kind, after))], who=author, action="restore", created="restore"
            )
        version = applied.versions.get(rid)
        if version is None:  # unchanged, or deleted
            version = conn.execute(select(_RECORD.c.version).where(_RECORD.c.id == rid)).scalar() or 0
    return Saved(rid, version, applied.revision_ids.get(rid)), applied


def _with_held(conn: Connection, kind: str, own: Mapping[str, Any]) -> dict[str, Any]:
    """A revision's own form with the records it holds as they are now (a process's rounds)."""
    from model.interchange import exporter

    out = dict(own)
    held = fields.RECORD_TYPES[kind].held
    if held:
        now = exporter.record_form(conn, str(own["id"]))
        for f in held:
            items = (now[1] if now else {}).get(f.name)
            if items:
                out[f.name] = items
    return out


def note(db: Database, record_id: str) -> str:
    """The record's private note ("" when it has none)."""
    with db.session() as session:
        return str(session.execute(select(_NOTE.c.text).where(_NOTE.c.record_id == record_id)).scalar() or "")


def set_note(db: Database, record_id: str, text: str, author: str | None = None) -> Saved:
    """Set the record's private plain-text note ("" removes it), with a revision ("note").

    Raises:
        KeyError: no such record.
    """
    with db.transaction() as session:
        return _set_note(session.connection(), record_id, text, author, NOTE_ACTION)


def _set_note(conn: Connection, record_id: str, text: str, who: str | None, action: str) -> Saved:
    row = conn.execute(select(_RECORD.c.type, _RECORD.c.version).where(_RECORD.c.id == record_id)).first()
    if row is None:
        raise KeyError(f"no record with id {record_id!r}")
    old = conn.execute(select(_NOTE.c.text).where(_NOTE.c.record_id == record_id)).scalar() or ""
    if old == text:
        return Saved(record_id, int(row.version), None)
    conn.execute(delete(_NOTE).where(_NOTE.c.record_id == record_id))
    if text:
        conn.execute(_NOTE.insert().values(record_id=record_id, text=text))
    change = revisions.Change(record_id, str(row.type), action, {NOTE_ACTION: old}, {NOTE_ACTION: text})
    (rev,) = revisions.write(conn, [change], who)
    return Saved(record_id, int(row.version), rev)
