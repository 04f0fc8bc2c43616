"""The SQLAlchemy statements behind :mod:`model.reads.queries` (tree, status bar, timeline).

Each function builds one statement, declared in :mod:`model.reads.queries` as a :class:`model.store.sqlrun.Sql`; for
SQLite their compiled text is frozen in :mod:`model.store.frozen_sql`, so this module (and SQLAlchemy) is only
imported to regenerate that file, or to run a statement on another database.

Varying values are bound parameters: ``parent`` (the parent's id), ``offset``/``limit``, ``child``,
``k0, k1, …`` (a sort key), ``rid``, and expanding lists ``ids`` and ``forums``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, bindparam, exists, func, literal, or_, select, tuple_

from model.store.tables import CI, OC, RD, C, D, F, M, P, R, S, T

_TABLES = {"forum": F, "meeting": M, "process": P, "round": RD, "outcome": OC, "country": C, "topic": T, "source": S}

#: The parent's id in every section's filter, bound when the section runs.
_PARENT: Any = bindparam("parent")
_IDS: Any = bindparam("ids", expanding=True)
_FORUMS: Any = bindparam("forums", expanding=True)


@dataclass(frozen=True)
class Section:
    """A run of children of one type: a filtered, ordered select (the parent's id bound as ``parent``)."""

    kind: str
    where: tuple[ColumnElement[bool], ...]
    order: tuple[ColumnElement[Any], ...]


@cache
def sections(parent: str) -> tuple[Section, ...]:
    """Sections of the children of the top level ("top"), of a group id, or of a record of type ``parent``.

    Their kinds, in order, are :data:`model.reads.queries.SECTION_KINDS` (a test keeps the two in step).
    """
    if parent == "top":
        return (
            Section("forum", (F.c.parent_id.is_(None),), (F.c.name, F.c.id)),
            Section("process", (P.c.forum_id.is_(None),), (P.c.title, P.c.id)),
        )
    if parent == "@outcomes":
        return (
            Section("outcome", (OC.c.meeting_id.is_(None),), (func.coalesce(R.c.date_lower, ""), OC.c.title, OC.c.id)),
        )
    if parent == "@countries":
        return (Section("country", (), (C.c.name, C.c.id)),)
    if parent == "@topics":
        return (Section("topic", (), (T.c.label, T.c.id)),)
    if parent == "@sources":
        return (Section("source", (), (func.coalesce(S.c.date, ""), S.c.title, S.c.id)),)
    if parent == "forum":
        return (
            Section("forum", (F.c.parent_id == _PARENT,), (F.c.name, F.c.id)),
            Section("process", (P.c.forum_id == _PARENT,), (P.c.title, P.c.id)),
            Section(
                "meeting",
                (M.c.forum_id == _PARENT, M.c.date_lower.is_not(None)),
                (M.c.date_lower, M.c.date_upper, M.c.id),
            ),
            Section("meeting", (M.c.forum_id == _PARENT, M.c.date_lower.is_(None)), (M.c.title, M.c.id)),
        )
    if parent == "process":
        return (Section("round", (RD.c.process_id == _PARENT,), (RD.c.number, RD.c.id)),)
    if parent == "meeting":
        return (Section("outcome", (OC.c.meeting_id == _PARENT,), (OC.c.title, OC.c.id)),)
    return ()


def _has_children(kind: str) -> ColumnElement[bool]:
    if kind == "forum":
        sub = F.alias("sub")
        return or_(
            exists().where(sub.c.parent_id == F.c.id),
            exists().where(P.c.forum_id == F.c.id),
            exists().where(M.c.forum_id == F.c.id),
        )
    if kind == "process":
        return exists().where(RD.c.process_id == P.c.id)
    if kind == "meeting":
        return exists().where(OC.c.meeting_id == M.c.id)
    return literal(False)


def _from(kind: str) -> Any:
    """The table (joined to ``record`` where the columns need it) a section of ``kind`` reads."""
    if kind == "process":
        return P.join(R, R.c.id == P.c.id)
    if kind == "outcome":
        return OC.join(R, R.c.id == OC.c.id)
    return _TABLES[kind]


def _base(kind: str) -> Select[Any]:
    """Columns id, a, b, c, date, status, kids: what :func:`model.reads.queries._node_from` reads."""
    none: Any = literal(None)
    cols: tuple[Any, ...]
    if kind == "forum":
        cols = (F.c.id, F.c.name, F.c.abbreviation, none, none, none)  # founding year would read as a meeting date
    elif kind == "meeting":
        cols = (M.c.id, M.c.title, none, none, M.c.date, M.c.status)
    elif kind == "process":
        cols = (P.c.id, P.c.title, none, none, R.c.date, none)
    elif kind == "round":
        cols = (RD.c.id, RD.c.number, RD.c.city, none, RD.c.date, RD.c.status)
    elif kind == "outcome":
        cols = (OC.c.id, OC.c.title, none, none, R.c.date, OC.c.status)
    elif kind == "country":
        cols = (C.c.id, C.c.name, C.c.code, none, none, none)
    elif kind == "topic":
        cols = (T.c.id, T.c.label, none, none, none, none)
    else:
        cols = (S.c.id, S.c.title, none, none, S.c.date, none)
    names = ("id", "a", "b", "c", "date", "status")
    labelled = [col.label(n) for col, n in zip(cols, names, strict=True)]
    return select(*labelled, _has_children(kind).label("kids")).select_from(_from(kind))


# --- the tree -------------------------------------------------------------------------------------------


def counts(parent: str) -> Select[Any]:
    """One row: each section's child count. Each counts over its type's own table only (its where
    clauses never need the joins), so SQLite counts an index."""
    return select(
        *(select(func.count()).select_from(_TABLES[s.kind]).where(*s.where).scalar_subquery() for s in sections(parent))
    )


def page(parent: str, n: int) -> Select[Any]:
    sec = sections(parent)[n]
    return (
        _base(sec.kind)
        .where(*sec.where)
        .order_by(*sec.order)
        .offset(bindparam("offset", type_=Integer))
        .limit(bindparam("limit", type_=Integer))
    )


def key(parent: str, n: int) -> Select[Any]:
    """The sort key of the child ``:child`` in this section (no row when it is not there)."""
    sec = sections(parent)[n]
    cols = [c.label(f"k{j}") for j, c in enumerate(sec.order)]
    return select(*cols).select_from(_from(sec.kind)).where(*sec.where, sec.order[-1] == bindparam("child"))


def rank(parent: str, n: int) -> Select[Any]:
    """How many children of this section sort before the key ``:k0, :k1, …``."""
    sec = sections(parent)[n]
    k = tuple_(*(bindparam(f"k{j}") for j in range(len(sec.order))))
    before = select(literal(1)).select_from(_from(sec.kind)).where(*sec.where, tuple_(*sec.order) < k).subquery()
    return select(func.count()).select_from(before)


def among(parent: str, n: int) -> Select[Any]:
    """The nodes of this section among ``:ids``, each followed by its sort key."""
    sec = sections(parent)[n]
    keys = (c.label(f"k{j}") for j, c in enumerate(sec.order))
    return _base(sec.kind).add_columns(*keys).where(*sec.where, sec.order[-1].in_(_IDS))


def groups() -> Any:
    """One row: whether each group (outcomes without a meeting, countries, topics, sources) has anything."""
    return select(
        exists().where(OC.c.meeting_id.is_(None)).label("outcomes"),
        exists().where(C.c.id.is_not(None)).label("countries"),
        exists().where(T.c.id.is_not(None)).label("topics"),
        exists().where(S.c.id.is_not(None)).label("sources"),
    )


def node(kind: str) -> Select[Any]:
    return _base(kind).where(_TABLES[kind].c.id == bindparam("rid"))


def types_of() -> Select[Any]:
    return select(R.c.id, R.c.type).where(R.c.id.in_(_IDS))


#: Each record type's tree parent column.
PARENT_COLUMNS = {
    "forum": (F.c.id, F.c.parent_id),
    "meeting": (M.c.id, M.c.forum_id),
    "process": (P.c.id, P.c.forum_id),
    "round": (RD.c.id, RD.c.process_id),
    "outcome": (OC.c.id, OC.c.meeting_id),
}


def parents_of(kind: str) -> Select[Any]:
    idc, parc = PARENT_COLUMNS[kind]
    return select(idc, parc).where(idc.in_(_IDS))


# --- records ---------------------------------------------------------------------------------------------


def record_type() -> Select[Any]:
    return select(R.c.type).where(R.c.id == bindparam("rid"))


def record_title() -> Select[Any]:
    return select(R.c.title).where(R.c.id == bindparam("rid"))


def record_counts() -> Select[Any]:
    return select(R.c.type, func.count()).group_by(R.c.type)


def source_summaries() -> Select[Any]:
    return select(S.c.id, S.c.title, S.c.publisher, S.c.date).order_by(S.c.date, S.c.id).limit(bindparam("limit"))


def dataset_version() -> Select[Any]:
    return select(D.c.version).where(D.c.id == bindparam("id"))


# --- the timeline ----------------------------------------------------------------------------------------


def processes() -> Select[Any]:
    return select(P.c.id, P.c.title).order_by(P.c.title, P.c.id)


def forums() -> Select[Any]:
    return select(F.c.id, F.c.name, F.c.abbreviation).order_by(F.c.name, F.c.id)


def first_process() -> Select[Any]:
    return select(P.c.id).order_by(P.c.title).limit(1)


def process_title() -> Select[Any]:
    return select(P.c.title).where(P.c.id == bindparam("rid"))


def process_rounds() -> Select[Any]:
    return (
        select(RD.c.id, RD.c.number, RD.c.city, RD.c.date, RD.c.date_lower, RD.c.date_upper, RD.c.status)
        .where(RD.c.process_id == bindparam("rid"), RD.c.date_lower.is_not(None))
        .order_by(RD.c.date_lower, RD.c.number)
    )


def latest_source() -> Select[Any]:
    """The latest date of the sources cited for any of ``:ids``."""
    cited = select(CI.c.source_id).where(CI.c.record_id.in_(_IDS)).scalar_subquery()
    return select(func.max(S.c.date)).where(S.c.id.in_(cited))


def meeting_events() -> Select[Any]:
    lower: Any = bindparam("lower")
    upper: Any = bindparam("upper")
    return (
        select(M.c.id, M.c.title, M.c.date, M.c.date_lower, M.c.date_upper, M.c.status, M.c.forum_id)
        .where(M.c.forum_id.in_(_FORUMS), M.c.date_lower <= upper, M.c.date_upper >= lower)
        .order_by(M.c.date_lower, M.c.id)
        .limit(bindparam("limit"))
    )


def date_extent() -> Select[Any]:
    return select(func.min(M.c.date_lower), func.max(M.c.date_upper)).where(
        M.c.forum_id.in_(_FORUMS), M.c.date_lower.is_not(None)
    )


def meeting_extents() -> Select[Any]:
    return (
        select(M.c.forum_id, func.min(M.c.date_lower), func.max(M.c.date_upper))
        .where(M.c.forum_id.in_(_FORUMS), M.c.date_lower.is_not(None))
        .group_by(M.c.forum_id)
    )
