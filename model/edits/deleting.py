"""Deleting a record without leaving a reference to it anywhere: what depends on it is deleted too, or
detached (the reference removed: an optional field emptied, a member, topic or citation naming it taken out).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Connection, select

from model.edits.forms import Invalid, Problem
from model.edits.writing import Applied, Saved, apply, check_versions, tops_of
from model.interchange import exporter, validate
from model.records import fields
from model.records.field_types import Kind
from model.store import schema
from model.store.database import Database

_RECORD = schema.table(schema.Record)
Fate = Literal["delete", "detach"]


@dataclass(frozen=True)
class Dependent:
    """A record that refers to another: its id, type, title, and the label of the field that refers."""

    id: str
    kind: str
    title: str
    field: str


def _referring_columns() -> Iterator[tuple[str, str, str, str, str]]:
    """(record type referred to, table, column holding the id, column naming the referring record, field label)
    for every reference the field map stores in a column, a part's column or a link table."""
    for rtype in fields.RECORD_TYPES.values():
        for f in rtype.fields:
            if f.kind is Kind.REF and f.ref and f.column and f.name != "id":
                yield f.ref, rtype.table, f.column, "id", f.label
    seen: set[tuple[str, str]] = set()
    for owner, f in fields.every_field():
        if owner is fields.DATASET or owner.table is None or owner.owner is None:
            continue
        if f.kind is Kind.REF and f.ref and f.column and (owner.table, f.column) not in seen:
            seen.add((owner.table, f.column))
            # A part's required reference is what the part is ("member", "citation"); another is the part's field.
            label = owner.label if f.required else f"{owner.label} {f.label}"
            yield f.ref, owner.table, f.column, owner.owner, label


_REFERRING = list(_referring_columns())


def referring(conn: Connection, record_id: str, kind: str) -> list[tuple[str, str]]:
    """(record id, field label) of every reference to ``record_id`` (a record of ``kind``) stored anywhere."""
    return [(rid, label) for rid, label, _to in referring_many(conn, {record_id: kind}) if rid != record_id]


def referring_many(conn: Connection, kinds: Mapping[str, str]) -> list[tuple[str, str, str]]:
    """(record id, field label, id referred to) of every reference to one of ``kinds``' records (id -> type)."""
    out: list[tuple[str, str, str]] = []
    tables = schema.Base.metadata.tables
    by_kind: dict[str, list[str]] = {}
    for rid, kind in kinds.items():
        by_kind.setdefault(kind, []).append(rid)
    for kind, ids in by_kind.items():
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            for ref, table_name, column, owner, label in _REFERRING:
                if ref == kind:
                    t = tables[table_name]
                    rows = conn.execute(select(t.c[owner], t.c[column]).where(t.c[column].in_(chunk)).distinct())
                    out += [(str(r), label, str(to)) for r, to in rows]
            for part, f in fields.every_field():  # lists of references in a link table (an agenda item's topics)
                if f.link is not None and f.ref == kind:
                    link, item = tables[f.link.table], tables[str(part.table)]
                    rows = conn.execute(
                        select(item.c[str(part.owner)], link.c[f.link.column])
                        .join(link, link.c[f.link.owner] == item.c.pk)
                        .where(link.c[f.link.column].in_(chunk))
                        .distinct()
                    )
                    out += [(str(r), f"{part.label} {f.label}", str(to)) for r, to in rows]
    return list(dict.fromkeys(out))


def dependents(db: Database, record_id: str) -> list[Dependent]:
    """What refers to the record (and would be left pointing at nothing without it), by type and title.

    Raises:
        KeyError: when there is no such record.
    """
    with db.session() as session:
        return dependents_in(session.connection(), record_id)


def dependents_in(conn: Connection, record_id: str) -> list[Dependent]:
    kind = conn.execute(select(_RECORD.c.type).where(_RECORD.c.id == record_id)).scalar()
    if kind is None:
        raise KeyError(f"no record with id {record_id!r}")
    found = referring(conn, record_id, str(kind))
    held = set(_held_many(conn, [record_id]))
    found = [(rid, label) for rid, label in found if rid not in held]
    titles = {
        r.id: (r.type, r.title)
        for r in conn.execute(
            select(_RECORD.c.id, _RECORD.c.type, _RECORD.c.title).where(_RECORD.c.id.in_([rid for rid, _ in found]))
        )
    }
    return [Dependent(rid, *titles[rid], label) for rid, label in found if rid in titles]


def detached(form: dict[str, Any], kind: str, gone: set[str]) -> dict[str, Any] | None:
    """``form`` (a whole record's, a process with its rounds) without its references to ``gone`` records; None
    when it cannot be kept without one (a meeting's forum, a round's process)."""
    out = copy.deepcopy(form)
    collection = fields.RECORD_TYPES[kind].collection
    removals: list[tuple[list[str | int], bool]] = []
    for path, ref, _want in validate.references(out):
        if ref not in gone:
            continue
        f = fields.field_at([collection, 0, *path])
        if f is None:
            continue
        # A list of references (topics): the id goes. A required reference (a member's country, a citation's
        # source, a related outcome): the part holding it goes. Another one: the field is emptied.
        if isinstance(path[-1], int):
            removals.append((path, True))
        elif f.required or f.name == "id":
            holder = path[:-1]
            if not holder or not isinstance(holder[-1], int):
                return None
            removals.append((holder, True))
        else:
            removals.append((path, False))
    # From the last place to the first, so that taking an item out does not move the places still to visit.
    for path, is_item in sorted(removals, key=lambda r: [str(p).zfill(9) for p in r[0]], reverse=True):
        container: Any = out
        for step in path[:-1]:
            container = container[step]
        if is_item:
            if path[-1] < len(container):  # type: ignore[operator]
                del container[path[-1]]
        else:
            container.pop(path[-1], None)
    return _without_empty(out)


def _without_empty(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_empty(v) for k, v in value.items() if v not in (None, "", [], {})}
    if isinstance(value, list):
        return [_without_empty(v) for v in value]
    return value


def plan(conn: Connection, record_id: str, fate: Fate) -> tuple[list[str], dict[str, tuple[str, dict[str, Any]]]]:
    """What deleting ``record_id`` does: the records deleted (it, what it holds, and with "delete" what depends
    on it), and the whole forms of those kept but detached from them, by id. A record that cannot be kept
    without a deleted one (a meeting without its forum) is deleted too, except what depends on ``record_id``
    itself with "detach".

    Raises:
        KeyError: no such record.
        Invalid: with "detach", for a dependent that cannot be kept without the record.
    """
    kind = conn.execute(select(_RECORD.c.type).where(_RECORD.c.id == record_id)).scalar()
    if kind is None:
        raise KeyError(f"no record with id {record_id!r}")
    first = {d.id for d in dependents_in(conn, record_id)}
    doomed: dict[str, None] = {}
    _doom(conn, doomed, [record_id, *(tops_of(conn, sorted(first)).values() if fate == "delete" else ())])
    kept: dict[str, tuple[str, dict[str, Any]]] = {}
    todo = list(doomed)
    while todo:
        refs = referring_many(conn, _kinds(conn, todo))
        todo = []
        by_id = {rid for rid, _label, _to in refs}
        tops = tops_of(conn, sorted(by_id))
        candidates = sorted({tops[rid] for rid in by_id} - set(doomed))
        forms = {**exporter.record_forms(conn, [t for t in candidates if t not in kept]), **kept}
        newly: list[str] = []
        for top in candidates:
            top_kind, form = forms[top]
            detached_form = detached(form, top_kind, set(doomed))
            if detached_form is not None:
                kept[top] = (top_kind, detached_form)
                continue
            if fate == "detach" and (top in first or any(tops[r] == top for r in first if r in tops)):
                raise Invalid(
                    [Problem("", "", f"{top_kind} '{top}' cannot be kept without {kind} '{record_id}': delete it too")]
                )
            kept.pop(top, None)
            newly.append(top)
        todo = _doom(conn, doomed, newly)
    # A form detached before a later record was doomed is detached from that one too.
    for top, (top_kind, form) in list(kept.items()):
        again = detached(form, top_kind, set(doomed))
        assert again is not None
        kept[top] = (top_kind, again)
    return list(doomed), kept


def _doom(conn: Connection, doomed: dict[str, None], ids: list[str]) -> list[str]:
    """Add ``ids`` and the records they hold to ``doomed``; the ones new to it."""
    new = [rid for rid in dict.fromkeys([*ids, *_held_many(conn, ids)]) if rid not in doomed]
    doomed.update(dict.fromkeys(new))
    return new


def _kinds(conn: Connection, ids: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        out.update(
            dict(conn.execute(select(_RECORD.c.id, _RECORD.c.type).where(_RECORD.c.id.in_(ids[i : i + 500]))).all())
        )
    return out


def _held_many(conn: Connection, ids: list[str]) -> list[str]:
    """The records held inside these (a process's rounds)."""
    out: list[str] = []
    for rtype in fields.RECORD_TYPES.values():
        if rtype.inside is None:
            continue
        table = schema.Base.metadata.tables[rtype.table]
        holder = table.c[rtype.inside[1]]
        for i in range(0, len(ids), 500):
            out += conn.execute(select(table.c.id).where(holder.in_(ids[i : i + 500]))).scalars()
    return out


def delete(
    db: Database,
    record_id: str,
    expected_version: int | None,
    dependents: Fate = "delete",
    author: str | None = None,
) -> Saved:
    """Delete a record in one transaction, deciding the fate of what depends on it (see :func:`plan`), with a
    revision for each record deleted or changed. Never leaves a reference to a deleted record.

    Raises:
        KeyError: no such record.
        Conflict: the record changed (or went) since ``expected_version``; nothing written.
        Invalid: with "detach", a dependent cannot be kept without it.
    """
    saved, _applied = delete_applied(db, record_id, expected_version, dependents, author)
    return saved


def delete_applied(
    db: Database, record_id: str, expected_version: int | None, fate: Fate, author: str | None
) -> tuple[Saved, Applied]:
    with db.transaction() as session:
        conn = session.connection()
        expected: Mapping[str, int | None] = {} if expected_version is None else {record_id: expected_version}
        check_versions(conn, expected)
        doomed, kept = plan(conn, record_id, fate)
        applied = apply(session, writes=list(kept.values()), deletions=doomed, who=author)
    return Saved(record_id, 0, applied.revision_ids.get(record_id)), applied
