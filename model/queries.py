"""Queries behind the main window's tree, status bar and timeline, returning small frozen dataclasses.

The tree is browsed one page at a time: :func:`child_count` says how many
children a node has and :func:`children` returns a slice of them, so a forum
with thousands of meetings costs one page, never the whole list. Group nodes
(ids starting with ``@``) collect records that have no natural parent:
outcome documents adopted at no known meeting, countries, topics and sources.

Tree order under a forum: its sub-forums (by name), its processes (by title),
its dated meetings (by date), then its undated meetings (by title).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, bindparam, exists, func, literal, or_, select, tuple_
from sqlalchemy.orm import Session

from model import dates, schema
from model.sqlrun import rows as _rows  # statements compiled once, run on the driver

#: Group nodes shown at the top level, with their labels, in order.
GROUPS: dict[str, str] = {
    "@outcomes": "Outcome documents without a meeting",
    "@countries": "Countries",
    "@topics": "Topics",
    "@sources": "Source documents",
}
#: Meeting and round statuses that mean "not held yet as of the source".
NOT_HELD = frozenset({"scheduled", "planned", "expected", "postponed"})
_CHUNK = 500

R = schema.table(schema.Record)
F = schema.table(schema.Forum)
M = schema.table(schema.Meeting)
P = schema.table(schema.Process)
RD = schema.table(schema.Round)
OC = schema.table(schema.Outcome)
C = schema.table(schema.Country)
T = schema.table(schema.Topic)
S = schema.table(schema.Source)


@dataclass(frozen=True)
class TreeNode:
    """One row of the tree.

    Attributes:
        id: the record id, or a group id starting with ``@``.
        type: the record type, or "group".
        label: the text shown ("Round 3 — Jakarta, Oct 2014").
        date: the record's EDTF date, if any.
        status: held / scheduled / planned / adopted / expected …, if any.
        has_children: whether expanding the node shows anything.
    """

    id: str
    type: str
    label: str
    date: str | None = None
    status: str | None = None
    has_children: bool = False

    @property
    def date_human(self) -> str:
        return dates.human(self.date)

    @property
    def not_held(self) -> bool:
        """A meeting or round that had not taken place as of its source."""
        return self.type in ("meeting", "round") and (self.status or "") in NOT_HELD


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: statements are cached per section
class _Section:
    """A run of children of one type: a filtered, ordered select (the parent's id bound as ``parent``)."""

    kind: str
    where: tuple[ColumnElement[bool], ...]
    order: tuple[ColumnElement[Any], ...]


def _has_children(kind: str) -> ColumnElement[bool]:
    if kind == "forum":
        sub = schema.table(schema.Forum).alias("sub")
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
    """Columns a, b, c feed :func:`_label`; status and has_children complete the node."""
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


def _label(kind: str, a: Any, b: Any, date: str | None) -> str:
    if kind == "forum":
        return f"{a} ({b})" if b and b != a else str(a)
    if kind == "round":
        where = f" — {b}" if b else ""
        when = f", {dates.human(date)}" if date else ""
        if not where and when:
            when = f" — {dates.human(date)}"
        return f"Round {a}{where}{when}"
    return str(a)


def _node_from(kind: str, r: Any) -> TreeNode:
    """A node from a row of :func:`_base`'s columns: id, a, b, c, date, status, kids."""
    return TreeNode(r[0], kind, _label(kind, r[1], r[2], r[4]), r[4], r[5], bool(r[6]))


def record_type(session: Session, rid: str) -> str | None:
    """The type of a record, "group" for a group id, None when there is no such record."""
    if rid in GROUPS:
        return "group"
    found = _rows(session, _RECORD_TYPE, rid=rid)  # asked on every click (the timeline): compiled once
    return found[0][0] if found else None


_RECORD_TYPE = select(R.c.type).where(R.c.id == bindparam("rid"))


#: The parent's id in every section's filter, bound when the section runs.
_PARENT: Any = bindparam("parent")


def _sections(session: Session, parent: str | None, kind: str | None = None) -> tuple[_Section, ...]:
    """The sections of ``parent``'s children; ``kind`` is its record type when the caller knows it."""
    if parent is None or parent in GROUPS:
        return _sections_of(parent)
    return _sections_of(kind or record_type(session, parent) or "")


@cache
def _sections_of(kind: str | None) -> tuple[_Section, ...]:
    """Sections of the children of the top level (None), of a group id, or of a record of type ``kind``.

    The parent's id is the bound parameter ``parent``, so each section's SQL is compiled once.
    """
    if kind is None:
        return (
            _Section("forum", (F.c.parent_id.is_(None),), (F.c.name, F.c.id)),
            _Section("process", (P.c.forum_id.is_(None),), (P.c.title, P.c.id)),
        )
    if kind == "@outcomes":
        return (
            _Section("outcome", (OC.c.meeting_id.is_(None),), (func.coalesce(R.c.date_lower, ""), OC.c.title, OC.c.id)),
        )
    if kind == "@countries":
        return (_Section("country", (), (C.c.name, C.c.id)),)
    if kind == "@topics":
        return (_Section("topic", (), (T.c.label, T.c.id)),)
    if kind == "@sources":
        return (_Section("source", (), (func.coalesce(S.c.date, ""), S.c.title, S.c.id)),)
    if kind == "forum":
        return (
            _Section("forum", (F.c.parent_id == _PARENT,), (F.c.name, F.c.id)),
            _Section("process", (P.c.forum_id == _PARENT,), (P.c.title, P.c.id)),
            _Section(
                "meeting",
                (M.c.forum_id == _PARENT, M.c.date_lower.is_not(None)),
                (M.c.date_lower, M.c.date_upper, M.c.id),
            ),
            _Section("meeting", (M.c.forum_id == _PARENT, M.c.date_lower.is_(None)), (M.c.title, M.c.id)),
        )
    if kind == "process":
        return (_Section("round", (RD.c.process_id == _PARENT,), (RD.c.number, RD.c.id)),)
    if kind == "meeting":
        return (_Section("outcome", (OC.c.meeting_id == _PARENT,), (OC.c.title, OC.c.id)),)
    return ()


@cache
def _counts_stmt(sections: tuple[_Section, ...]) -> Select[Any]:
    """One row: each section's child count. Each counts over its type's own table only (its where
    clauses never need the joins), so SQLite counts an index."""
    return select(
        *(select(func.count()).select_from(_TABLES[s.kind]).where(*s.where).scalar_subquery() for s in sections)
    )


@cache
def _page_stmt(sec: _Section) -> Select[Any]:
    return (
        _base(sec.kind)
        .where(*sec.where)
        .order_by(*sec.order)
        .offset(bindparam("offset", type_=Integer))
        .limit(bindparam("limit", type_=Integer))
    )


def _groups(session: Session) -> list[TreeNode]:
    checks = {
        "@outcomes": exists().where(OC.c.meeting_id.is_(None)),
        "@countries": exists().where(C.c.id.is_not(None)),
        "@topics": exists().where(T.c.id.is_not(None)),
        "@sources": exists().where(S.c.id.is_not(None)),
    }
    present = session.execute(select(*(c.label(k[1:]) for k, c in checks.items()))).one()
    return [
        TreeNode(g, "group", label, has_children=True)
        for (g, label), ok in zip(GROUPS.items(), present, strict=True)
        if ok
    ]


_TABLES = {"forum": F, "meeting": M, "process": P, "round": RD, "outcome": OC, "country": C, "topic": T, "source": S}


def _section_counts(session: Session, sections: tuple[_Section, ...], parent: str | None) -> list[int]:
    if not sections:
        return []
    return [int(n or 0) for n in _rows(session, _counts_stmt(sections), parent=parent)[0]]


def section_counts(session: Session, parent: str | None, kind: str | None = None) -> tuple[int, ...]:
    """How many children ``parent`` has in each run of the tree order (sub-forums, processes, dated and
    undated meetings…), in one query. Pass it to :func:`children` to read pages without counting again."""
    return tuple(_section_counts(session, _sections(session, parent, kind), parent))


def child_count(session: Session, parent: str | None, kind: str | None = None) -> int:
    """How many children ``parent`` (None for the top level) has in the tree; ``kind``: its type, if known."""
    total = sum(section_counts(session, parent, kind))
    if parent is None:
        total += len(_groups(session))
    return total


def children(
    session: Session,
    parent: str | None,
    offset: int = 0,
    limit: int = 200,
    kind: str | None = None,
    counts: tuple[int, ...] | None = None,
) -> list[TreeNode]:
    """Children ``offset .. offset+limit`` of ``parent`` (None for the top level), in tree order.

    ``kind`` is the parent's record type when the caller knows it (saves a lookup per page); ``counts``
    its :func:`section_counts`, when known (empty runs are then skipped without a query).
    """
    out: list[TreeNode] = []
    sections = _sections(session, parent, kind)
    if counts is None and offset:  # where the page starts
        counts = tuple(_section_counts(session, sections, parent))
    for n, sec in enumerate(sections):
        if limit <= 0:
            break
        if counts is not None and offset >= counts[n]:
            offset -= counts[n]
            continue
        rows = _rows(session, _page_stmt(sec), parent=parent, offset=offset, limit=limit)
        out.extend(_node_from(sec.kind, r) for r in rows)
        limit -= len(rows)
        offset = 0
    if parent is None and limit > 0:
        out.extend(_groups(session)[offset : offset + limit])
    return out


def child_position(session: Session, parent: str | None, child: str, kind: str | None = None) -> int | None:
    """The row of ``child`` among ``parent``'s children, without listing them; None if not a child.

    ``kind`` is the parent's record type when the caller knows it.
    """
    before = 0
    for sec in _sections(session, parent, kind):
        found = _rows(session, _key_stmt(sec), parent=parent, child=child)
        if not found:
            before += _section_counts(session, (sec,), parent)[0]
            continue
        keys = {f"k{j}": value for j, value in enumerate(found[0])}
        return before + int(_rows(session, _rank_stmt(sec), parent=parent, **keys)[0][0] or 0)
    if parent is None and child in GROUPS:
        ids = [g.id for g in _groups(session)]
        return before + ids.index(child) if child in ids else None
    return None


@cache
def _key_stmt(sec: _Section) -> Select[Any]:
    """The sort key of the child ``:child`` in this section (no row when it is not there)."""
    key = [c.label(f"k{j}") for j, c in enumerate(sec.order)]
    return select(*key).select_from(_from(sec.kind)).where(*sec.where, sec.order[-1] == bindparam("child"))


@cache
def _rank_stmt(sec: _Section) -> Select[Any]:
    """How many children of this section sort before the key ``:k0, :k1, …``."""
    key = tuple_(*(bindparam(f"k{j}") for j in range(len(sec.order))))
    rank = select(literal(1)).select_from(_from(sec.kind)).where(*sec.where, tuple_(*sec.order) < key).subquery()
    return select(func.count()).select_from(rank)


def nodes_in_order(session: Session, parent: str | None, ids: Iterable[str]) -> list[TreeNode]:
    """The nodes for ``ids`` (children of ``parent``), in tree order; ids that are not children are dropped.

    Used when the tree is narrowed to a set of records (search results): the
    cost follows the number of ids, not the number of records in the database.
    """
    wanted = list(dict.fromkeys(ids))
    keyed: list[tuple[int, tuple[Any, ...], TreeNode]] = []
    for n, sec in enumerate(_sections(session, parent)):
        idcol = sec.order[-1]
        for i in range(0, len(wanted), _CHUNK):
            chunk = wanted[i : i + _CHUNK]
            stmt = _base(sec.kind).add_columns(*(c.label(f"k{j}") for j, c in enumerate(sec.order)))
            for row in session.execute(stmt.where(*sec.where, idcol.in_(chunk)), {"parent": parent}):
                key = tuple(row._mapping[f"k{j}"] for j in range(len(sec.order)))
                keyed.append((n, key, _node_from(sec.kind, row)))
    keyed.sort(key=lambda t: (t[0], t[1]))
    out = [node for _, _, node in keyed]
    if parent is None:
        out.extend(g for g in _groups(session) if g.id in wanted)
    return out


def node(session: Session, rid: str) -> TreeNode | None:
    """The tree node of one record or group."""
    if rid in GROUPS:
        return next((g for g in _groups(session) if g.id == rid), None)
    kind = record_type(session, rid)
    if kind is None:
        return None
    idcol = {"forum": F, "meeting": M, "process": P, "round": RD, "outcome": OC, "country": C, "topic": T}.get(kind, S)
    row = session.execute(_base(kind).where(idcol.c.id == rid)).first()
    return _node_from(kind, row) if row else None


def _parent_map(session: Session, ids: Sequence[str]) -> dict[str, str | None]:
    """The tree parent of each record id (None for the top level)."""
    out: dict[str, str | None] = {}
    types: dict[str, str] = {}
    for i in range(0, len(ids), _CHUNK):
        types.update(session.execute(select(R.c.id, R.c.type).where(R.c.id.in_(ids[i : i + _CHUNK]))).all())
    by_kind: dict[str, list[str]] = {}
    for rid, kind in types.items():
        by_kind.setdefault(kind, []).append(rid)
    lookups = {
        "forum": (F.c.id, F.c.parent_id),
        "meeting": (M.c.id, M.c.forum_id),
        "process": (P.c.id, P.c.forum_id),
        "round": (RD.c.id, RD.c.process_id),
        "outcome": (OC.c.id, OC.c.meeting_id),
    }
    for kind, kids in by_kind.items():
        if kind in lookups:
            idc, parc = lookups[kind]
            for i in range(0, len(kids), _CHUNK):
                for rid, par in session.execute(select(idc, parc).where(idc.in_(kids[i : i + _CHUNK]))):
                    out[rid] = par if par is not None else ("@outcomes" if kind == "outcome" else None)
        else:
            out.update({rid: f"@{kind}s" if kind != "country" else "@countries" for rid in kids})
    return out


def tree_paths(session: Session, ids: Iterable[str]) -> dict[str, list[str]]:
    """For each record id, its ancestors in the tree from the top level down (unknown ids are left out)."""
    parent: dict[str, str | None] = {g: None for g in GROUPS}
    todo = [i for i in dict.fromkeys(ids) if i not in parent]
    known: set[str] = set(parent)
    while todo:
        found = _parent_map(session, todo)
        parent.update(found)
        known.update(todo)
        todo = [p for p in dict.fromkeys(found.values()) if p is not None and p not in known]
    out: dict[str, list[str]] = {}
    for rid in ids:
        if rid not in parent:
            continue
        chain: list[str] = []
        cur = parent[rid]
        while cur is not None and cur not in chain and len(chain) < 64:  # a cycle must not hang the GUI
            chain.append(cur)
            cur = parent.get(cur)
        out[rid] = chain[::-1]
    return out


@dataclass(frozen=True)
class Counts:
    """How many records of each type the database holds."""

    by_type: dict[str, int]

    def text(self) -> str:
        names = [
            ("forum", "forum", "forums"),
            ("meeting", "meeting", "meetings"),
            ("process", "process", "processes"),
            ("round", "round", "rounds"),
            ("outcome", "outcome", "outcomes"),
            ("source", "source", "sources"),
        ]
        parts = [f"{n} {one if n == 1 else many}" for t, one, many in names if (n := self.by_type.get(t, 0))]
        return " · ".join(parts) if parts else "No records"


def record_counts(session: Session) -> Counts:
    """Counts per record type (one grouped query over an index)."""
    rows = session.execute(select(R.c.type, func.count()).group_by(R.c.type)).all()
    return Counts(dict(rows))


def record_title(session: Session, rid: str) -> str | None:
    return session.execute(select(R.c.title).where(R.c.id == rid)).scalar()


def exists_record(session: Session, rid: str) -> bool:
    return session.execute(select(R.c.id).where(R.c.id == rid)).first() is not None


# --- timeline -----------------------------------------------------------------------------------------

#: The process the timeline shows first when the database has it.
DEFAULT_PROCESS = "eas-security-architecture"


@dataclass(frozen=True)
class TimelineEvent:
    """Something drawn on the timeline over its real extent (``lower`` .. ``upper``, ISO days)."""

    id: str
    type: str
    label: str
    lower: str
    upper: str
    date: str
    status: str | None = None
    lane: str = ""


@dataclass(frozen=True)
class ProcessTimeline:
    """The rounds of a process, and the date of the sources that state them."""

    process_id: str
    title: str
    events: tuple[TimelineEvent, ...]
    as_of: str | None


@dataclass(frozen=True)
class Choice:
    """An entry of a selector: an id and the text shown for it."""

    id: str
    label: str


def processes(session: Session) -> list[Choice]:
    """Every process, by title (processes are few; they are not paged)."""
    return [Choice(r.id, r.title) for r in session.execute(select(P.c.id, P.c.title).order_by(P.c.title, P.c.id))]


def forums(session: Session) -> list[Choice]:
    """Every forum, by name, for choosing timeline lanes."""
    rows = session.execute(select(F.c.id, F.c.name, F.c.abbreviation).order_by(F.c.name, F.c.id))
    return [Choice(r.id, r.abbreviation or r.name) for r in rows]


def default_process(session: Session) -> str | None:
    if session.execute(select(P.c.id).where(P.c.id == DEFAULT_PROCESS)).first():
        return DEFAULT_PROCESS
    return session.execute(select(P.c.id).order_by(P.c.title).limit(1)).scalar()


def process_timeline(session: Session, process_id: str) -> ProcessTimeline | None:
    """The dated rounds of a process, and the latest date of the sources cited for them (their "as of")."""
    title = session.execute(select(P.c.title).where(P.c.id == process_id)).scalar()
    if title is None:
        return None
    rows = session.execute(
        select(RD.c.id, RD.c.number, RD.c.city, RD.c.date, RD.c.date_lower, RD.c.date_upper, RD.c.status)
        .where(RD.c.process_id == process_id, RD.c.date_lower.is_not(None))
        .order_by(RD.c.date_lower, RD.c.number)
    ).all()
    events = tuple(
        TimelineEvent(
            r.id,
            "round",
            " · ".join(x for x in (str(r.number), r.city or "", dates.human(r.date)) if x),
            r.date_lower,
            r.date_upper,
            r.date,
            r.status,
            process_id,
        )
        for r in rows
    )
    cited = schema.table(schema.Citation)
    ids = [process_id, *(e.id for e in events)]
    as_of = session.execute(
        select(func.max(S.c.date)).where(
            S.c.id.in_(select(cited.c.source_id).where(cited.c.record_id.in_(ids)).scalar_subquery())
        )
    ).scalar()
    return ProcessTimeline(process_id, title, events, as_of)


def meeting_events(
    session: Session, forum_ids: Sequence[str], lower: str, upper: str, limit: int = 20000
) -> list[TimelineEvent]:
    """Dated meetings of the given forums that overlap ``lower`` .. ``upper``, at most ``limit`` of them."""
    if not forum_ids:
        return []
    stmt = (
        select(M.c.id, M.c.title, M.c.date, M.c.date_lower, M.c.date_upper, M.c.status, M.c.forum_id)
        .where(M.c.forum_id.in_(list(forum_ids)), M.c.date_lower <= upper, M.c.date_upper >= lower)
        .order_by(M.c.date_lower, M.c.id)
        .limit(limit)
    )
    return [
        TimelineEvent(r.id, "meeting", r.title, r.date_lower, r.date_upper, r.date, r.status, r.forum_id)
        for r in session.execute(stmt)
    ]


def date_extent(session: Session, forum_ids: Sequence[str]) -> tuple[str, str] | None:
    """The first and last day of the given forums' dated meetings."""
    if not forum_ids:
        return None
    row = session.execute(
        select(func.min(M.c.date_lower), func.max(M.c.date_upper)).where(
            M.c.forum_id.in_(list(forum_ids)), M.c.date_lower.is_not(None)
        )
    ).one()
    return (row[0], row[1]) if row[0] else None


def meeting_extents(session: Session, forum_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
    """For each given forum with dated meetings, the first and last day of them (for "fit to data").

    One grouped read of the (forum_id, date_lower, date_upper) index: no meeting rows are loaded.
    """
    if not forum_ids:
        return {}
    rows = session.execute(
        select(M.c.forum_id, func.min(M.c.date_lower), func.max(M.c.date_upper))
        .where(M.c.forum_id.in_(list(forum_ids)), M.c.date_lower.is_not(None))
        .group_by(M.c.forum_id)
    )
    return {r[0]: (r[1], r[2]) for r in rows if r[1] and r[2]}


@dataclass(frozen=True)
class SourceSummary:
    """A source document without its text (for the About box and lists)."""

    id: str
    title: str
    publisher: str | None
    date: str | None


def source_summaries(session: Session, limit: int = 10) -> list[SourceSummary]:
    """The first sources by date, at most ``limit``."""
    stmt = select(S.c.id, S.c.title, S.c.publisher, S.c.date).order_by(S.c.date, S.c.id).limit(limit)
    return [SourceSummary(r.id, r.title, r.publisher, r.date) for r in session.execute(stmt)]
