"""The flat view of records that the spreadsheet (CSV) and calendar (ICS) exports share.

The JSON export writes records whole, with everything they refer to; a spreadsheet row or a calendar
event wants one line per record with its references already resolved to names (the forum's name, the
country's name, the title of the source cited). :func:`flat_records` reads that view in batches of
:data:`BATCH`, so an archive of 100,000 meetings is never held as ORM objects.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Connection, case, func, select

from model import dates
from model.store import schema

#: Records read per round trip (SQLite allows at most 999 parameters in older builds).
BATCH = 500


@dataclass(frozen=True)
class Cited:
    """A source passage a record cites."""

    source_id: str
    title: str
    publisher: str | None
    date: str | None
    url: str | None
    quote: str | None


@dataclass(frozen=True)
class FlatRecord:
    """One record with its references resolved to names; fields a type lacks are None.

    ``lower``/``upper`` are the first and last day the date can mean (ISO), None when the date is
    missing or open at that end. ``forum_id``/``forum`` are a meeting's or process's forum, a round's
    process's forum, or an outcome's adopting meeting's forum.
    """

    id: str
    type: str
    title: str
    date: str | None
    lower: str | None
    upper: str | None
    status: str | None = None
    forum_id: str | None = None
    forum: str | None = None
    process_id: str | None = None
    process: str | None = None
    number: int | None = None
    rounds: int | None = None
    city: str | None = None
    country: str | None = None
    sources: tuple[Cited, ...] = ()


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(ids), BATCH):
        yield ids[i : i + BATCH]


def _type_rank() -> ColumnElement[int]:
    rec = schema.table(schema.Record)
    return case(
        {kind: n for n, kind in enumerate(schema.RECORD_TYPES)}, value=rec.c.type, else_=len(schema.RECORD_TYPES)
    )


def _sort_key(kind: str, lower: str | None, upper: str | None, rid: str) -> tuple[int, int, str, str, str]:
    rank = schema.RECORD_TYPES.index(kind) if kind in schema.RECORD_TYPES else len(schema.RECORD_TYPES)
    return rank, lower is None, lower or "", upper or "", rid


def ordered_ids(conn: Connection, ids: Iterable[str] | None = None, types: Sequence[str] = ()) -> list[str]:
    """The ids (every record when None) in a stable order: type, then date (undated last), then id.

    ``types`` keeps only records of those types. Duplicates are dropped.

    Raises:
        KeyError: when an id names no record (the message lists up to five).
    """
    rec = schema.table(schema.Record)
    if ids is None:
        stmt = select(rec.c.id)
        if types:
            stmt = stmt.where(rec.c.type.in_(types))
        rank = _type_rank()
        stmt = stmt.order_by(rank, rec.c.date_lower.is_(None), rec.c.date_lower, rec.c.date_upper, rec.c.id)
        return list(conn.execute(stmt).scalars())
    wanted = list(dict.fromkeys(ids))
    found: dict[str, tuple[int, int, str, str, str]] = {}
    kinds: dict[str, str] = {}
    for chunk in _chunks(wanted):
        rows = conn.execute(select(rec.c.id, rec.c.type, rec.c.date_lower, rec.c.date_upper).where(rec.c.id.in_(chunk)))
        for r in rows:
            found[r.id] = _sort_key(r.type, r.date_lower, r.date_upper, r.id)
            kinds[r.id] = r.type
    unknown = [i for i in wanted if i not in found]
    if unknown:
        raise KeyError(f"no record with id {', '.join(repr(u) for u in unknown[:5])}")
    keep = [i for i in found if not types or kinds[i] in types]
    return sorted(keep, key=found.__getitem__)


def with_rounds(conn: Connection, ids: list[str]) -> list[str]:
    """``ids`` plus the rounds of every process among them (a process is exported with its rounds, as in JSON)."""
    rnd = schema.table(schema.Round)
    extra: list[str] = []
    for chunk in _chunks(ids):
        extra.extend(conn.execute(select(rnd.c.id).where(rnd.c.process_id.in_(chunk))).scalars())
    have = set(ids)
    return [*ids, *(r for r in dict.fromkeys(extra) if r not in have)]


def _bound(value: str | None, open_end: str) -> str | None:
    # An open interval ("2016/..") is stored with the far bound of the calendar; it is no real day.
    return None if value in (None, open_end) else value


def _names(conn: Connection, model: type[schema.Base], column: str, ids: set[str]) -> dict[str, str]:
    t = schema.table(model)
    out: dict[str, str] = {}
    listed = sorted(i for i in ids if i)
    for chunk in _chunks(listed):
        out.update((r[0], r[1]) for r in conn.execute(select(t.c.id, t.c[column]).where(t.c.id.in_(chunk))))
    return out


def _sources(conn: Connection, ids: Sequence[str]) -> dict[str, tuple[Cited, ...]]:
    """Each record's own citations of sources, in order; a record citing none of its own gets its parts' first."""
    cit, src = schema.table(schema.Citation), schema.table(schema.Source)
    stmt = (
        select(cit.c.record_id, cit.c.path, src.c.id, src.c.title, src.c.publisher, src.c.date, src.c.url, cit.c.quote)
        .join(src, src.c.id == cit.c.source_id)
        .where(cit.c.record_id.in_(ids))
        .order_by(cit.c.record_id, cit.c.path != "", cit.c.path, cit.c.position)
    )
    own: dict[str, list[Cited]] = {}
    first_part: dict[str, Cited] = {}
    for rid, path, *fields in conn.execute(stmt):
        cited = Cited(*fields)
        if path == "":
            own.setdefault(rid, []).append(cited)
        elif rid not in own:
            first_part.setdefault(rid, cited)
    out = {rid: tuple(c) for rid, c in own.items()}
    out.update({rid: (c,) for rid, c in first_part.items() if rid not in out})
    return out


def _batch(conn: Connection, ids: Sequence[str]) -> list[FlatRecord]:
    rec = schema.table(schema.Record)
    meeting, rnd = schema.table(schema.Meeting), schema.table(schema.Round)
    process, outcome = schema.table(schema.Process), schema.table(schema.Outcome)
    base = {r.id: r for r in conn.execute(select(rec).where(rec.c.id.in_(ids)))}
    meetings = {r.id: r for r in conn.execute(select(meeting).where(meeting.c.id.in_(ids)))}
    rounds = {r.id: r for r in conn.execute(select(rnd).where(rnd.c.id.in_(ids)))}
    outcomes = {r.id: r for r in conn.execute(select(outcome).where(outcome.c.id.in_(ids)))}
    process_ids = {r.process_id for r in rounds.values()} | {i for i in ids if base[i].type == "process"}
    processes = {r.id: r for r in conn.execute(select(process).where(process.c.id.in_(sorted(process_ids))))}
    counts: dict[str, int] = {
        r[0]: r[1]
        for r in conn.execute(
            select(rnd.c.process_id, func.max(rnd.c.number))
            .where(rnd.c.process_id.in_(sorted(process_ids)))
            .group_by(rnd.c.process_id)
        )
    }
    adopting = {r.meeting_id for r in outcomes.values() if r.meeting_id} - set(meetings)
    forum_of_meeting = {m.id: m.forum_id for m in meetings.values()}
    forum_of_meeting.update(
        (r[0], r[1])
        for r in conn.execute(select(meeting.c.id, meeting.c.forum_id).where(meeting.c.id.in_(sorted(adopting))))
    )
    forum_ids = {*forum_of_meeting.values(), *(p.forum_id for p in processes.values())}
    forums = _names(conn, schema.Forum, "name", {f for f in forum_ids if f})
    places = [*meetings.values(), *rounds.values()]
    countries = _names(conn, schema.Country, "name", {p.country_id for p in places if p.country_id})
    sources = _sources(conn, ids)

    out = []
    for rid in ids:
        r = base[rid]
        fields: dict[str, object] = {}
        place = meetings.get(rid) or rounds.get(rid)
        if place is not None:
            country = countries.get(place.country_id) if place.country_id else None
            fields.update(status=place.status, city=place.city, country=country)
        forum_id: str | None = None
        if rid in meetings:
            forum_id = meetings[rid].forum_id
        elif rid in rounds:
            proc = processes.get(rounds[rid].process_id)
            forum_id = proc.forum_id if proc else None
            fields.update(
                process_id=rounds[rid].process_id,
                process=proc.title if proc else None,
                number=rounds[rid].number,
                rounds=counts.get(rounds[rid].process_id),
            )
        elif rid in processes:
            forum_id = processes[rid].forum_id
        elif rid in outcomes:
            fields["status"] = outcomes[rid].status
            forum_id = forum_of_meeting.get(outcomes[rid].meeting_id or "")
        out.append(
            FlatRecord(
                id=rid,
                type=r.type,
                title=r.title,
                date=r.date,
                lower=_bound(r.date_lower, dates.MIN_BOUND),
                upper=_bound(r.date_upper, dates.MAX_BOUND),
                forum_id=forum_id,
                forum=forums.get(forum_id) if forum_id else None,
                sources=sources.get(rid, ()),
                **fields,  # type: ignore[arg-type]
            )
        )
    return out


def flat_records(conn: Connection, ids: Sequence[str]) -> Iterator[FlatRecord]:
    """The flat view of each of ``ids`` (which must exist), in the order given, read a batch at a time."""
    for chunk in _chunks(ids):
        yield from _batch(conn, chunk)


def record_count(conn: Connection) -> int:
    """How many records the database holds."""
    rec = schema.table(schema.Record)
    return int(conn.execute(select(func.count()).select_from(rec)).scalar() or 0)
