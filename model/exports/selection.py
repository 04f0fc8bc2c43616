"""Which records a spreadsheet (CSV) or calendar (ICS) export holds, and in what order.

Each record's row or event is rendered from its view (:func:`model.records.read_views.views_of`), read in
the same session as these ids, a batch at a time, so an archive of 100,000 meetings is never held whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from sqlalchemy import ColumnElement, Connection, case, func, select

from model import dates
from model.store import schema

#: Records read per round trip (SQLite allows at most 999 parameters in older builds).
BATCH = 500


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


# An open interval ("2016/..") is stored with the calendar's far bound at its open end: that is no real day.


def first_day(lower: str | None) -> str | None:
    """The first day a date can mean (ISO), None when it has no date or is open at the start."""
    return None if lower == dates.MIN_BOUND else lower


def last_day(upper: str | None) -> str | None:
    """The last day a date can mean (ISO), None when it has no date or is open at the end."""
    return None if upper == dates.MAX_BOUND else upper


def record_count(conn: Connection) -> int:
    """How many records the database holds."""
    rec = schema.table(schema.Record)
    return int(conn.execute(select(func.count()).select_from(rec)).scalar() or 0)
