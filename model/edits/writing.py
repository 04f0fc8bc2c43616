"""Saving and deleting records: one transaction each, with its revisions, refused when overtaken.

Every write goes through :func:`apply`: it locks the records it expects (``SELECT … FOR UPDATE`` on a server;
a file's write transaction holds its one write lock from the start), refuses with :class:`Conflict` when one
changed meanwhile, checks the forms with the import's check and writes them with the import's writer (the
one writer of record rows), removes what is deleted, and writes one revision per record created, changed or
deleted.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Connection, delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from model.edits.forms import FORMAT, Editable, Invalid, Problem, checked, load_in, placed_all
from model.interchange import exporter, importer
from model.interchange.problems import InputError
from model.records import fields
from model.search import textindex
from model.store import backends, revisions, schema
from model.store.database import Database

_RECORD = schema.table(schema.Record)
_NOTE = schema.table(schema.Note)
_REVISION = schema.table(schema.Revision)


@dataclass(frozen=True)
class Saved:
    """What a save or delete did: the record, its version now (0: deleted), and the revision written for it
    (None when nothing changed)."""

    id: str
    version: int
    revision_id: int | None


class Conflict(Exception):
    """The record changed (or went) since it was loaded; nothing was written.

    Attributes:
        current: the record as it is now (None: deleted).
        by: who changed it last; at: when (UTC ISO-8601), from its latest revision ("" when it has none).
    """

    def __init__(self, record_id: str, current: Editable | None, by: str, at: str) -> None:
        self.record_id = record_id
        self.current = current
        self.by = by
        self.at = at
        what = "deleted" if current is None else "changed"
        who = f" by {by}" if by else ""
        when = f" at {at}" if at else ""
        super().__init__(f"{record_id} was {what}{who}{when} since it was opened; nothing was saved")


@dataclass
class Applied:
    """What :func:`apply` wrote: the revisions' ids by record, each touched record's version after (absent:
    deleted), and the forms of the records written whole (for undo), before and after."""

    revision_ids: dict[str, int] = field(default_factory=dict)
    versions: dict[str, int | None] = field(default_factory=dict)
    before: dict[str, tuple[str, dict[str, Any]] | None] = field(default_factory=dict)
    after: dict[str, tuple[str, dict[str, Any]] | None] = field(default_factory=dict)
    #: The private notes of the records deleted, by id: not part of a form, so kept here for an undo to put back.
    notes: dict[str, str] = field(default_factory=dict)


def tops_of(conn: Connection, ids: list[str]) -> dict[str, str]:
    """The record whose form holds each id: its process for a round, else itself (also for an id of no record)."""
    out = {rid: rid for rid in ids}
    for rtype in fields.RECORD_TYPES.values():
        if rtype.inside is None:
            continue
        table = schema.Base.metadata.tables[rtype.table]
        holder = table.c[rtype.inside[1]]
        for i in range(0, len(ids), 500):
            out.update(dict(conn.execute(select(table.c.id, holder).where(table.c.id.in_(ids[i : i + 500]))).all()))
    return out


def apply(
    session: Session,
    *,
    writes: Iterable[tuple[str, Mapping[str, Any]]] = (),
    deletions: Iterable[str] = (),
    expected: Mapping[str, int | None] | None = None,
    action: str = "edit",
    created: str = "create",
    deleted: str = "delete",
    who: str | None = None,
    new: bool = False,
    notes: Mapping[str, str] | None = None,
) -> Applied:
    """Write whole forms and delete records in ``session``'s transaction, with their revisions.

    ``expected``: the version each record must still have (None: it must not exist), else :class:`Conflict`.
    ``action``/``created``/``deleted``: the revisions' actions for records changed, created and deleted.
    ``new``: the one form written is a new record, whose id must not be taken.
    ``notes``: private notes to put back on records this writes again (an undone delete's, from its ``notes``).

    Raises:
        Conflict: a record was changed or deleted meanwhile (or created, where none was expected).
        Invalid: the forms have problems (placed inside the record when there is one form).
    """
    conn = session.connection()
    backends.of(conn).defer_constraints(conn)
    check_versions(conn, expected or {})
    writes = list(writes)
    gone = list(dict.fromkeys(deletions))
    out = Applied()
    # The whole forms kept for undo are those of the records the file lists (a round's process).
    named = [str(form.get("id")) for _kind, form in writes] + gone
    holders = tops_of(conn, named)
    tops = list(dict.fromkeys(holders[rid] for rid in named))
    found = exporter.record_forms(conn, tops)
    out.before = {rid: found.get(rid) for rid in tops}
    # Rounds a process's form no longer holds are deleted with it (an import never deletes).
    for kind, form in writes:
        gone += _dropped_inner(conn, kind, form)
    out.notes = _notes_of(conn, gone)
    changes = _delete(conn, gone, deleted)
    clean = _checked(session, writes, new)
    if clean is not None:
        try:
            report, _records = importer.write_checked(conn, clean, importer.USER_ORIGIN, "form", history=True)
        except InputError as exc:  # what only the database as the save leaves it shows (a quote lost, a loop)
            raise Invalid(placed_all(exc.problems, "")) from None
        added = set(report.added)
        changes += [replace(c, action=created if c.record_id in added else action) for c in report.changes]
    ids = revisions.write(conn, changes, who)
    out.revision_ids = {c.record_id: i for c, i in zip(changes, ids, strict=True)}
    touched = [c.record_id for c in changes]
    for i in range(0, len(touched), 500):
        chunk = touched[i : i + 500]
        versions = dict(conn.execute(select(_RECORD.c.id, _RECORD.c.version).where(_RECORD.c.id.in_(chunk))).all())
        out.versions.update({rid: versions.get(rid) for rid in chunk})
    found = exporter.record_forms(conn, tops)
    out.after = {rid: found.get(rid) for rid in tops}
    _put_back_notes(conn, notes or {})
    return out


def _notes_of(conn: Connection, ids: list[str]) -> dict[str, str]:
    """The private notes of these records, by id (a note goes with its record when the record is deleted)."""
    out: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        out.update(conn.execute(select(_NOTE.c.record_id, _NOTE.c.text).where(_NOTE.c.record_id.in_(chunk))).all())
    return out


def _put_back_notes(conn: Connection, notes: Mapping[str, str]) -> None:
    """Write the notes of records that exist again and have no note now (one written since is kept)."""
    ids = list(notes)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        there = set(conn.execute(select(_RECORD.c.id).where(_RECORD.c.id.in_(chunk))).scalars())
        noted = set(conn.execute(select(_NOTE.c.record_id).where(_NOTE.c.record_id.in_(chunk))).scalars())
        rows = [{"record_id": rid, "text": notes[rid]} for rid in chunk if rid in there - noted and notes[rid]]
        if rows:
            conn.execute(_NOTE.insert(), rows)


def check_versions(conn: Connection, expected: Mapping[str, int | None]) -> None:
    """Lock the records expected and refuse (:class:`Conflict`) when one is not at its expected version."""
    ids = sorted(expected)
    if not ids:
        return
    # Locked in one order, so two writes that expect the same records cannot wait for each other.
    found = dict(
        conn.execute(
            select(_RECORD.c.id, _RECORD.c.version)
            .where(_RECORD.c.id.in_(ids))
            .order_by(_RECORD.c.id)
            .with_for_update()
        ).all()
    )
    for rid in ids:
        if found.get(rid) != expected[rid]:
            raise conflict(conn, rid)


def conflict(conn: Connection, record_id: str) -> Conflict:
    """The :class:`Conflict` over ``record_id``: as it is now, and its latest change's author and time."""
    last = conn.execute(
        select(_REVISION.c.author, _REVISION.c.at)
        .where(_REVISION.c.record_id == record_id)
        .order_by(_REVISION.c.id.desc())
        .limit(1)
    ).first()
    by, at = (str(last[0]), str(last[1])) if last else ("", "")
    return Conflict(record_id, load_in(conn, record_id), by, at)


def overtaken(db: Database, record_id: str, version: int) -> Conflict | None:
    """The :class:`Conflict` a save of ``record_id`` at ``version`` would meet now (who changed it, when, and
    how it is now), or None while the record is still at that version: what an open form is told at once
    when the change feed says someone else changed its record, before any Save."""
    with db.session() as session:
        conn = session.connection()
        found = conn.execute(select(_RECORD.c.version).where(_RECORD.c.id == record_id)).scalar()
        return None if found == version else conflict(conn, record_id)


def _dropped_inner(conn: Connection, kind: str, form: Mapping[str, Any]) -> list[str]:
    """The records held inside a stored record (a process's rounds) that ``form`` no longer holds."""
    out: list[str] = []
    for f in fields.RECORD_TYPES[kind].held:
        inner = fields.RECORD_TYPES[str(f.holds)]
        assert inner.inside is not None
        table = schema.Base.metadata.tables[inner.table]
        kept = {item.get("id") for item in form.get(f.name) or [] if isinstance(item, Mapping)}
        stored = conn.execute(select(table.c.id).where(table.c[inner.inside[1]] == form.get("id"))).scalars()
        out += [rid for rid in stored if rid not in kept]
    return out


def _checked(session: Session, writes: list[tuple[str, Mapping[str, Any]]], new: bool) -> dict[str, Any] | None:
    """One data file of every form written, checked by the import's check (a single form: as :func:`checked`)."""
    if not writes:
        return None
    if len(writes) == 1:
        return checked(session, *writes[0], new=new)
    data: dict[str, Any] = dict(FORMAT)
    for kind, form in writes:
        collection = fields.RECORD_TYPES[kind].collection
        data.setdefault(collection, []).append(dict(form))
    try:
        return importer.check_in(session, data, "forms")
    except InputError as exc:
        raise Invalid(placed_all(exc.problems, "")) from None


def _delete(conn: Connection, ids: list[str], action: str) -> list[revisions.Change]:
    """Delete records (their rows, parts, citations, notes and search entries); their revisions' changes."""
    if not ids:
        return []
    forms = exporter.own_forms(conn, ids)
    rowids: list[int] = []
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        rowids += conn.execute(select(_RECORD.c.rowid).where(_RECORD.c.id.in_(chunk))).scalars()
        conn.execute(delete(_RECORD).where(_RECORD.c.id.in_(chunk)))  # the rest goes with it (ON DELETE CASCADE)
    if backends.of(conn).has_text_index:
        textindex.delete_rows(conn, rowids)
    return [revisions.Change(rid, forms[rid][0], action, forms[rid][1], None) for rid in ids if rid in forms]


def save(
    db: Database,
    kind: str,
    form: Mapping[str, Any],
    expected_version: int | None = None,
    author: str | None = None,
    *,
    action: str = "edit",
) -> Saved:
    """Save a record's form in one transaction, with its revision; a new record when ``expected_version`` is None.

    The record becomes the user's (origin "user"), as importing one's own version of it does; its version
    goes up by one. Saving an unchanged form changes nothing (no revision).

    Raises:
        Invalid: the form has problems (nothing written).
        Conflict: the record changed or was deleted since ``expected_version`` (or, for a new record, one
            with its id was created meanwhile): nothing written.
    """
    return save_applied(db, kind, form, expected_version, author, action=action)[0]


def save_applied(
    db: Database,
    kind: str,
    form: Mapping[str, Any],
    expected_version: int | None,
    author: str | None,
    *,
    action: str = "edit",
) -> tuple[Saved, Applied]:
    """:func:`save`, and what it wrote (for the undo stack)."""
    rid = str(form.get("id") or "")
    if kind not in fields.RECORD_TYPES:
        raise Invalid([Problem("", "", f"{kind!r} is no record type (one of {', '.join(fields.RECORD_TYPES)})")])
    try:
        with db.transaction() as session:
            conn = session.connection()
            new = expected_version is None
            expected = {} if new else {rid: expected_version}
            applied = apply(
                session, writes=[(kind, form)], expected=expected, action=action, created="create", who=author, new=new
            )
            version = applied.versions.get(rid)
            if version is None:
                version = conn.execute(select(_RECORD.c.version).where(_RECORD.c.id == rid)).scalar() or 0
    except IntegrityError:
        # Two saves of a new record with the same id at once on a server: the second meets the first's row.
        with db.session() as session:
            if load_in(session.connection(), rid) is not None:
                raise conflict(session.connection(), rid) from None
        raise
    return Saved(rid, int(version), applied.revision_ids.get(rid)), applied
