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
from model.store import schema
from model.store.database import Database

FORMAT_VERSION = 1
_COLLECTION_OF = {kind: key for key, kind in validate.COLLECTIONS.items()}


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
                if r.source_id is None:
                    c = {"basis": r.basis, "note": r.note}
                else:
                    c = _clean(
                        {
                            "source": r.source_id,
                            "quote": r.quote,
                            "start": r.start,
                            "end": r.end,
                            "paragraph": r.paragraph,
                            "note": r.note,
                        }
                    )
                self.by.setdefault((r.record_id, r.path), []).append(c)

    def of(self, rid: str, path: str = "") -> list[dict[str, Any]]:
        return self.by.get((rid, path), [])


def _children(conn: Connection, model: Any, key: str, ids: list[str]) -> dict[str, list[Any]]:
    t = schema.table(model)
    out: dict[str, list[Any]] = {}
    for i in range(0, len(ids), 500):
        for r in conn.execute(select(t).where(t.c[key].in_(ids[i : i + 500])).order_by(t.c[key], t.c.position)):
            out.setdefault(r._mapping[key], []).append(r)
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


def _fetch(conn: Connection, model: Any, ids: list[str]) -> dict[str, Any]:
    t = schema.table(model)
    out = {}
    for i in range(0, len(ids), 500):
        out.update({r.id: r for r in conn.execute(select(t).where(t.c.id.in_(ids[i : i + 500])))})
    return out


def _objects(conn: Connection, by_kind: Mapping[str, list[str]], cites: _Citations) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    ids = by_kind.get("source", [])
    rows = _fetch(conn, schema.Source, ids)
    out["source"] = [
        _clean(
            {
                "id": r.id,
                "title": r.title,
                "publisher": r.publisher,
                "date": r.date,
                "languages": r.languages,
                "url": r.url,
                "text": r.text,
            }
        )
        for r in (rows[i] for i in ids)
    ]
    ids = by_kind.get("country", [])
    rows = _fetch(conn, schema.Country, ids)
    out["country"] = [
        _clean(
            {
                "id": r.id,
                "code": r.code,
                "alpha3": r.alpha3,
                "name": r.name,
                "aliases": r.aliases,
                "citations": cites.of(r.id),
            }
        )
        for r in (rows[i] for i in ids)
    ]
    ids = by_kind.get("topic", [])
    rows = _fetch(conn, schema.Topic, ids)
    out["topic"] = [
        _clean({"id": r.id, "label": r.label, "description": r.description}) for r in (rows[i] for i in ids)
    ]

    ids = by_kind.get("forum", [])
    rows = _fetch(conn, schema.Forum, ids)
    figs = _children(conn, schema.Figure, "forum_id", ids)
    mems = _children(conn, schema.Membership, "forum_id", ids)
    out["forum"] = []
    for rid in ids:
        r = rows[rid]
        figures = [
            _clean(
                {
                    "label": f.label,
                    "value": f.value,
                    "as_of": f.as_of,
                    "citations": cites.of(rid, f"figures/{f.position}"),
                }
            )
            for f in figs.get(rid, [])
        ]
        members = [
            _clean(
                {
                    "country": m.country_id,
                    "role": m.role,
                    "since": m.since,
                    "until": m.until,
                    "joined_at": m.joined_at,
                    "citations": cites.of(rid, f"members/{m.position}"),
                }
            )
            for m in mems.get(rid, [])
        ]
        out["forum"].append(
            _clean(
                {
                    "id": rid,
                    "name": r.name,
                    "abbreviation": r.abbreviation,
                    "aliases": r.aliases,
                    "kind": r.kind,
                    "founded": r.founded,
                    "parent": r.parent_id,
                    "description": r.description,
                    "participant_count": r.participant_count,
                    "figures": figures,
                    "members": members,
                    "citations": cites.of(rid),
                }
            )
        )

    ids = by_kind.get("meeting", [])
    rows = _fetch(conn, schema.Meeting, ids)
    parts = _children(conn, schema.Participant, "meeting_id", ids)
    agenda = _children(conn, schema.AgendaItem, "meeting_id", ids)
    topics = _agenda_topics(conn, [a.pk for items in agenda.values() for a in items])
    out["meeting"] = []
    for rid in ids:
        r = rows[rid]
        participants = [
            _clean(
                {
                    "country": p.country_id,
                    "organisation": p.organisation,
                    "head": p.head,
                    "head_title": p.head_title,
                    "citations": cites.of(rid, f"participants/{p.position}"),
                }
            )
            for p in parts.get(rid, [])
        ]
        items = [
            _clean(
                {
                    "title": a.title,
                    "description": a.description,
                    "topics": topics.get(a.pk, []),
                    "citations": cites.of(rid, f"agenda/{a.position}"),
                }
            )
            for a in agenda.get(rid, [])
        ]
        out["meeting"].append(
            _clean(
                {
                    "id": rid,
                    "forum": r.forum_id,
                    "title": r.title,
                    "ordinal": r.ordinal,
                    "level": r.level,
                    "date": r.date,
                    "city": r.city,
                    "country": r.country_id,
                    "status": r.status,
                    "status_as_of": r.status_as_of,
                    "description": r.description,
                    "sidelines": r.sidelines,
                    "participants": participants,
                    "agenda": items,
                    "citations": cites.of(rid),
                }
            )
        )

    ids = by_kind.get("process", [])
    rows = _fetch(conn, schema.Process, ids)
    round_ids = by_kind.get("round", [])
    rounds = _fetch(conn, schema.Round, round_ids)
    by_process: dict[str, list[dict[str, Any]]] = {}
    for rid in round_ids:
        r = rounds[rid]
        by_process.setdefault(r.process_id, []).append(
            _clean(
                {
                    "id": rid,
                    "number": r.number,
                    "date": r.date,
                    "city": r.city,
                    "country": r.country_id,
                    "status": r.status,
                    "description": r.description,
                    "citations": cites.of(rid),
                }
            )
        )
    out["process"] = []
    for rid in ids:
        r = rows[rid]
        out["process"].append(
            _clean(
                {
                    "id": rid,
                    "title": r.title,
                    "forum": r.forum_id,
                    "goal": r.goal,
                    "description": r.description,
                    "rounds": by_process.get(rid, []),
                    "citations": cites.of(rid),
                }
            )
        )

    ids = by_kind.get("outcome", [])
    rows = _fetch(conn, schema.Outcome, ids)
    links = _children(conn, schema.OutcomeLink, "outcome_id", ids)
    out["outcome"] = [
        _clean(
            {
                "id": rid,
                "title": rows[rid].title,
                "kind": rows[rid].kind,
                "status": rows[rid].status,
                "status_as_of": rows[rid].status_as_of,
                "meeting": rows[rid].meeting_id,
                "date": rows[rid].date,
                "period": rows[rid].period,
                "description": rows[rid].description,
                "related": [_clean({"id": link.target_id, "relation": link.relation}) for link in links.get(rid, [])],
                "citations": cites.of(rid),
            }
        )
        for rid in ids
    ]
    return out


def _agenda_topics(conn: Connection, pks: list[int]) -> dict[int, list[str]]:
    t = schema.table(schema.AgendaTopic)
    out: dict[int, list[str]] = {}
    for i in range(0, len(pks), 500):
        for r in conn.execute(
            select(t).where(t.c.agenda_item_pk.in_(pks[i : i + 500])).order_by(t.c.agenda_item_pk, t.c.position)
        ):
            out.setdefault(r.agenda_item_pk, []).append(r.topic_id)
    return out


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
