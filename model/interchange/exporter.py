"""Exporting records to the interchange format, the exact inverse of the importer."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from model.interchange import validate
from model.records import fields
from model.records.fields import Kind
from model.store import schema
from model.store.database import Database

FORMAT_VERSION = 1


def _clean(d: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v not in (None, "", [], {})}


class _Citations:
    """All citations of a set of records, grouped by record and path."""

    def __init__(self, conn: Connection, ids: list[str]) -> None:
        t = schema.table(schema.Citation)
        self.by: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for i in range(0, len(ids), 500):
            rows = conn.execute(
                select(t).where(t.c.record_id.in_(ids[i : i + 500])).order_by(t.c.record_id, t.c.path, t.c.position)
            )
            for r in rows:
                kind = _BASIS if r.source_id is None else _QUOTING
                self.by.setdefault((r.record_id, r.path), []).append(_clean(kind.start(r._mapping)))

    def of(self, rid: str, path: str = "") -> list[dict[str, Any]]:
        return self.by.get((rid, path), [])


def _children(conn: Connection, table: str, key: str, ids: list[str]) -> dict[str, list[Any]]:
    """The rows of ``table`` whose ``key`` column names one of ``ids``, grouped by it, in position order."""
    t = schema.Base.metadata.tables[table]
    out: dict[str, list[Any]] = {}
    for i in range(0, len(ids), 500):
        for r in conn.execute(select(t).where(t.c[key].in_(ids[i : i + 500])).order_by(t.c[key], t.c.position)):
            out.setdefault(r._mapping[key], []).append(r._mapping)
    return out


def records_to_data(conn: Connection, ids: list[str] | None = None) -> dict[str, Any]:
    """The interchange form of the given records (all when None), in the order they were added.

    With ids, everything the records refer to (forums, countries, topics, sources,
    adopting meetings …) is included too, so the file imports into an empty database.
    """
    rec = schema.table(schema.Record)
    if ids is None:
        wanted = [r.id for r in conn.execute(select(rec.c.id).order_by(rec.c.rowid))]
    else:
        wanted = _closure(conn, ids)
    order = {}
    for i in range(0, len(wanted), 500):
        order.update(
            {
                r.id: (r.rowid, r.type)
                for r in conn.execute(
                    select(rec.c.id, rec.c.rowid, rec.c.type).where(rec.c.id.in_(wanted[i : i + 500]))
                )
            }
        )
    by_kind: dict[str, list[str]] = {}
    for rid in sorted(order, key=lambda r: order[r][0]):
        by_kind.setdefault(order[rid][1], []).append(rid)
    all_ids = list(order)
    cites = _Citations(conn, all_ids)
    out: dict[str, Any] = {"format": "summitry", "version": FORMAT_VERSION}
    objs = _objects(conn, by_kind, cites)
    for key, kind in validate.COLLECTIONS.items():
        if objs.get(kind):
            out[key] = objs[kind]
    return out


def _fetch(conn: Connection, table: str, ids: list[str]) -> dict[str, Any]:
    t = schema.Base.metadata.tables[table]
    out = {}
    for i in range(0, len(ids), 500):
        out.update({r.id: r._mapping for r in conn.execute(select(t).where(t.c.id.in_(ids[i : i + 500])))})
    return out


def _linked(conn: Connection, link: fields.Link, pks: list[int]) -> dict[int, list[str]]:
    """The ids a list of references holds (an agenda item's topics), by the pk of the row that holds it."""
    t = schema.Base.metadata.tables[link.table]
    owner, column = t.c[link.owner], t.c[link.column]
    out: dict[int, list[str]] = {}
    for i in range(0, len(pks), 500):
        for pk, ref in conn.execute(
            select(owner, column).where(owner.in_(pks[i : i + 500])).order_by(owner, t.c.position)
        ):
            out.setdefault(pk, []).append(ref)
    return out


class _Form:
    """How the rows of a record type or part become their interchange form, as the field map says."""

    def __init__(self, owner: fields.PartType) -> None:
        #: (name, column) of every field, in the order a file writes them (column None: stored elsewhere).
        self.fields = tuple((f.name, f.column) for f in owner.fields)
        #: Fields holding parts with a table of their own: name -> (part type, its form).
        self.parts = {
            f.name: (f.part, _Form(f.part))
            for f in owner.fields
            if f.part is not None and f.part.table is not None and f.kind is Kind.PARTS
        }
        #: Fields holding the words in other languages: name -> (the table, its owner column, an entry's form).
        self.names = {
            f.name: (str(f.part.table), str(f.part.owner), _Form(f.part))
            for f in owner.fields
            if f.kind is Kind.NAMES and f.part is not None
        }
        self.links = {f.name: f.link for f in owner.fields if f.link is not None}
        self.held = tuple(f.name for f in owner.fields if f.kind is Kind.RECORDS)
        self.cited = any(f.kind is Kind.CITATIONS for f in owner.fields)

    def start(self, row: Mapping[Any, Any]) -> dict[str, Any]:
        """The fields stored in ``row`` itself; the others are filled in after, in their places."""
        return {name: None if column is None else row[column] for name, column in self.fields}


_FORMS = {kind: _Form(rtype) for kind, rtype in fields.RECORD_TYPES.items()}
_QUOTING = _Form(fields.QUOTING_CITATION)
_BASIS = _Form(fields.BASIS_CITATION)


def own_forms(conn: Connection, ids: list[str]) -> dict[str, tuple[str, dict[str, Any]]]:
    """Each record's own interchange form by id, with its type: the record alone, without what it refers to
    and without the records written inside it (a process without its rounds; a round on its own). Ids of no
    record are left out. What a revision keeps of a record."""
    rec = schema.table(schema.Record)
    kinds: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        kinds.update(dict(conn.execute(select(rec.c.id, rec.c.type).where(rec.c.id.in_(ids[i : i + 500]))).all()))
    by_kind: dict[str, list[str]] = {}
    for rid, kind in kinds.items():
        by_kind.setdefault(kind, []).append(rid)
    inner: dict[str, dict[str, Any]] = {}
    objs = _objects(conn, by_kind, _Citations(conn, list(kinds)), inner)
    out = {rid: (kinds[rid], obj) for rid, obj in inner.items()}
    for kind, items in objs.items():
        for obj in items:
            out[obj["id"]] = (kind, dict(fields.without_held(kind, obj)))
    return out


def record_form(conn: Connection, record_id: str) -> tuple[str, dict[str, Any]] | None:
    """One record's interchange form, as an export writes it (a process with its rounds), with its type; None
    when there is no such record. What an edit starts from."""
    return record_forms(conn, [record_id]).get(record_id)


def record_forms(conn: Connection, ids: list[str]) -> dict[str, tuple[str, dict[str, Any]]]:
    """:func:`record_form` of many records at once, by id (ids of no record left out)."""
    rec = schema.table(schema.Record)
    kinds: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        kinds.update(dict(conn.execute(select(rec.c.id, rec.c.type).where(rec.c.id.in_(ids[i : i + 500]))).all()))
    by_kind: dict[str, list[str]] = {}
    for rid in ids:
        if rid in kinds:
            by_kind.setdefault(kinds[rid], []).append(rid)
    for kind, holders in list(by_kind.items()):
        for f in fields.RECORD_TYPES[kind].held:
            inner_type = fields.RECORD_TYPES[str(f.holds)]
            assert inner_type.inside is not None
            t = schema.Base.metadata.tables[inner_type.table]
            wanted = by_kind.setdefault(inner_type.name, [])
            for i in range(0, len(holders), 500):
                wanted += conn.execute(
                    select(t.c.id)
                    .join(rec, rec.c.id == t.c.id)
                    .where(t.c[inner_type.inside[1]].in_(holders[i : i + 500]))
                    .order_by(rec.c.rowid)
                ).scalars()
            by_kind[inner_type.name] = list(dict.fromkeys(wanted))
    inner: dict[str, dict[str, Any]] = {}
    objs = _objects(conn, by_kind, _Citations(conn, [i for rids in by_kind.values() for i in rids]), inner)
    out = {rid: (kinds[rid], obj) for rid, obj in inner.items() if rid in kinds}
    for kind, items in objs.items():
        for obj in items:
            out[obj["id"]] = (kind, obj)
    return {rid: out[rid] for rid in ids if rid in out}


def _objects(
    conn: Connection,
    by_kind: Mapping[str, list[str]],
    cites: _Citations,
    inner: dict[str, dict[str, Any]] | None = None,
) -> dict[str, list[dict[str, Any]]]:
    """The interchange form of the records of each type (records written inside another are inside it; with
    ``inner``, they are also put there by id)."""
    built: dict[str, list[dict[str, Any]]] = {}
    # Records written inside others first (rounds), then each type with what it holds.
    order = sorted(fields.RECORD_TYPES.values(), key=lambda t: t.inside is None)
    held: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for rtype in order:
        ids = by_kind.get(rtype.name, [])
        form = _FORMS[rtype.name]
        rows = _fetch(conn, rtype.table, ids)
        parts = {
            name: _children(conn, str(part.table), str(part.owner), ids) for name, (part, _f) in form.parts.items()
        }
        links = {
            name: {
                link_name: _linked(conn, link, [r["pk"] for rs in parts[name].values() for r in rs])
                for link_name, link in part_form.links.items()
            }
            for name, (_p, part_form) in form.parts.items()
        }
        names = {name: _children(conn, table, owner, ids) for name, (table, owner, _f) in form.names.items()}
        objs = []
        for rid in ids:
            obj = form.start(rows[rid])
            for name, (_p, part_form) in form.parts.items():
                obj[name] = [
                    _part(part_form, r, links[name], cites.of(rid, f"{name}/{r['position']}"))
                    for r in parts[name].get(rid, [])
                ]
            for name, (_t, _o, entry_form) in form.names.items():
                entries = {}
                for r in names[name].get(rid, []):
                    lang = r[fields.NAMES_LANGUAGE_COLUMN]
                    entries[lang] = _part(entry_form, r, {}, cites.of(rid, f"{name}/{lang}"))
                obj[name] = entries
            for name in form.held:
                obj[name] = held.get(name, {}).get(rid, [])
            if form.cited:
                obj["citations"] = cites.of(rid)
            objs.append(_clean(obj))
        if rtype.inside is not None:
            holder, column = rtype.inside
            holder_field = next(f.name for f in fields.RECORD_TYPES[holder].held if f.holds == rtype.name)
            by_holder = held.setdefault(holder_field, {})
            for rid, obj in zip(ids, objs, strict=True):
                by_holder.setdefault(rows[rid][column], []).append(obj)
                if inner is not None:
                    inner[rid] = obj
        else:
            built[rtype.name] = objs
    return built


def _part(
    form: _Form, row: Mapping[str, Any], links: Mapping[str, Mapping[int, list[str]]], cites: list[dict[str, Any]]
) -> dict[str, Any]:
    obj = form.start(row)
    for name in form.links:
        obj[name] = links[name].get(row["pk"], [])
    if form.cited:
        obj["citations"] = cites
    return _clean(obj)


def _closure(conn: Connection, ids: Iterable[str]) -> list[str]:
    """The given ids plus everything they refer to, transitively (rounds bring their process)."""
    rec = schema.table(schema.Record)
    result: list[str] = []
    seen: set[str] = set()
    todo = list(dict.fromkeys(ids))
    while todo:
        batch = [i for i in todo if i not in seen]
        todo = []
        if not batch:
            break
        kinds = {}
        for i in range(0, len(batch), 500):
            kinds.update(dict(conn.execute(select(rec.c.id, rec.c.type).where(rec.c.id.in_(batch[i : i + 500]))).all()))
        unknown = [i for i in batch if i not in kinds]
        if unknown:
            raise KeyError(f"no record with id {', '.join(repr(u) for u in unknown[:5])}")
        seen.update(batch)
        result.extend(batch)
        by_kind: dict[str, list[str]] = {}
        for rid in batch:
            by_kind.setdefault(kinds[rid], []).append(rid)
        objs = _objects(conn, by_kind, _Citations(conn, batch))
        for _kind, items in objs.items():
            for obj in items:
                for _path, ref, _want in validate.references(obj):
                    if ref not in seen:
                        todo.append(ref)
        # A round lives inside its process in the file, and a process is exported with all its rounds.
        rnd = schema.table(schema.Round)
        rounds, processes = by_kind.get("round", []), by_kind.get("process", [])
        for i in range(0, max(len(rounds), len(processes)), 500):
            found = conn.execute(
                select(rnd.c.id, rnd.c.process_id).where(
                    rnd.c.id.in_(rounds[i : i + 500]) | rnd.c.process_id.in_(processes[i : i + 500])
                )
            )
            todo.extend(ref for pair in found for ref in pair if ref not in seen)
    return result


def file_mode(path: Path) -> int:
    """The mode a finished file gets: the replaced file's, else what a new file gets under the umask."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path`` and move it into place only when complete.

    Raises:
        OSError: when the folder is missing or unwritable or the disk is full; ``path`` is untouched.
    """
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
            # mkstemp makes the file private (0600); an exported file is an ordinary document.
            os.fchmod(fh.fileno(), file_mode(path))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def require_folder(path: Path) -> None:
    """Refuse early when the folder an export goes to does not exist.

    Checked before anything is read so the message names the folder, not a temporary file inside it.

    Raises:
        FileNotFoundError: naming the missing folder.
    """
    if not path.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, f"the folder {path.parent} does not exist", str(path.parent))


def export_json(db: Database, path: Path, ids: list[str] | None = None) -> dict[str, Any]:
    """Export records (all when ``ids`` is None) to a JSON file; returns what was written.

    Raises:
        KeyError: when an id names no record.
        OSError: when the file cannot be written (a missing folder raises FileNotFoundError saying so).
    """
    require_folder(path)
    with db.session() as session:
        data = records_to_data(session.connection(), ids)
    blob = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    write_atomically(path, blob)
    return data
