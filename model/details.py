"""Everything the detail pane shows about one record, as frozen dataclasses.

:func:`record_detail` returns one of :class:`MeetingDetail`, :class:`ForumDetail`,
:class:`ProcessDetail`, :class:`RoundDetail`, :class:`OutcomeDetail`,
:class:`CountryDetail`, :class:`TopicDetail` or :class:`SourceDetail`. Lists
that grow with the archive (a forum's meetings, a source's citing records)
are capped, with the full count alongside, so one detail costs a handful of
small queries whatever the database's size.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, desc, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from model import schema
from model.queries import OC, RD, C, F, M, P, R, S, T
from model.sqlrun import precompile, runner

Run = Callable[..., list[Any]]  # model.sqlrun.runner's function
LIST_CAP = 50
#: Counts that could reach the archive's size stop here ("more than 10,000").
COUNT_CAP = 10000
CI = schema.table(schema.Citation)
FIG = schema.table(schema.Figure)
MEM = schema.table(schema.Membership)
PA = schema.table(schema.Participant)
AI = schema.table(schema.AgendaItem)
AT = schema.table(schema.AgendaTopic)
OL = schema.table(schema.OutcomeLink)


@dataclass(frozen=True)
class Ref:
    """A link to another record."""

    id: str
    type: str
    title: str
    date: str | None = None
    status: str | None = None


@dataclass(frozen=True)
class Cite:
    """A citation: the passage of a source a fact rests on, or a note on its basis."""

    pk: int
    path: str
    source_id: str | None
    source_title: str | None
    source_date: str | None
    quote: str | None
    start: int | None
    end: int | None
    paragraph: int | None
    basis: str
    note: str | None


@dataclass(frozen=True)
class Participant:
    country: Ref | None
    organisation: str | None
    head: str | None
    head_title: str | None
    cites: tuple[Cite, ...] = ()


@dataclass(frozen=True)
class AgendaEntry:
    number: int
    title: str
    description: str | None
    topics: tuple[Ref, ...]
    cites: tuple[Cite, ...] = ()


@dataclass(frozen=True)
class Figure:
    label: str
    value: str
    as_of: str | None
    cites: tuple[Cite, ...] = ()


@dataclass(frozen=True)
class Member:
    country: Ref
    role: str | None
    since: str | None
    until: str | None
    joined_at: Ref | None
    cites: tuple[Cite, ...] = ()


@dataclass(frozen=True)
class Linked:
    relation: str | None
    target: Ref


@dataclass(frozen=True)
class Detail:
    """Fields every record's detail has."""

    id: str
    type: str
    title: str
    cites: tuple[Cite, ...] = ()

    @property
    def all_cites(self) -> tuple[Cite, ...]:
        """Every citation of the record and its parts."""
        return self.cites


@dataclass(frozen=True)
class MeetingDetail(Detail):
    forum_path: tuple[Ref, ...] = ()
    ordinal: int | None = None
    level: str | None = None
    date: str | None = None
    city: str | None = None
    country: Ref | None = None
    status: str | None = None
    status_as_of: str | None = None
    description: str | None = None
    sidelines: str | None = None
    participants: tuple[Participant, ...] = ()
    agenda: tuple[AgendaEntry, ...] = ()
    outcomes: tuple[Ref, ...] = ()
    processes: tuple[Ref, ...] = ()
    rounds_before: tuple[Ref, ...] = ()
    rounds_after: tuple[Ref, ...] = ()
    previous: Ref | None = None
    next: Ref | None = None


@dataclass(frozen=True)
class ForumDetail(Detail):
    name: str = ""
    abbreviation: str | None = None
    aliases: tuple[str, ...] = ()
    kind: str | None = None
    founded: str | None = None
    parent: Ref | None = None
    subforums: tuple[Ref, ...] = ()
    description: str | None = None
    participant_count: int | None = None
    figures: tuple[Figure, ...] = ()
    members: tuple[Member, ...] = ()
    processes: tuple[Ref, ...] = ()
    meetings: tuple[Ref, ...] = ()
    meeting_count: int = 0


@dataclass(frozen=True)
class ProcessDetail(Detail):
    forum: Ref | None = None
    goal: str | None = None
    description: str | None = None
    rounds: tuple[Ref, ...] = ()


@dataclass(frozen=True)
class RoundDetail(Detail):
    process: Ref | None = None
    number: int = 0
    of: int = 0
    date: str | None = None
    city: str | None = None
    country: Ref | None = None
    status: str | None = None
    description: str | None = None
    previous: Ref | None = None
    next: Ref | None = None


@dataclass(frozen=True)
class OutcomeDetail(Detail):
    kind: str = ""
    status: str | None = None
    status_as_of: str | None = None
    meeting: Ref | None = None
    date: str | None = None
    period: str | None = None
    description: str | None = None
    related: tuple[Linked, ...] = ()


@dataclass(frozen=True)
class CountryDetail(Detail):
    code: str = ""
    alpha3: str | None = None
    aliases: tuple[str, ...] = ()
    memberships: tuple[Member, ...] = field(default=())
    hosted: tuple[Ref, ...] = ()
    hosted_count: int = 0


@dataclass(frozen=True)
class TopicDetail(Detail):
    description: str | None = None
    meetings: tuple[Ref, ...] = ()
    meeting_count: int = 0


@dataclass(frozen=True)
class SourceDetail(Detail):
    publisher: str | None = None
    date: str | None = None
    languages: tuple[str, ...] = ()
    url: str | None = None
    length: int = 0
    citing: tuple[Ref, ...] = ()
    citing_count: int = 0


@dataclass(frozen=True)
class SourceText:
    """A source document's text, for the source viewer."""

    id: str
    title: str
    publisher: str | None
    date: str | None
    text: str


# --- helpers ------------------------------------------------------------------------------------------


def _refs(session: Session, ids: Iterable[str | None]) -> dict[str, Ref]:
    wanted = [i for i in dict.fromkeys(ids) if i]
    out: dict[str, Ref] = {}
    for i in range(0, len(wanted), 500):
        stmt = select(R.c.id, R.c.type, R.c.title, R.c.date).where(R.c.id.in_(wanted[i : i + 500]))
        out.update({r.id: Ref(r.id, r.type, r.title, r.date) for r in session.execute(stmt)})
    return out


def _cites(run: Run, rid: str) -> tuple[Cite, ...]:
    return tuple(
        Cite(pk, path, sid, stitle, sdate, quote, start, end, paragraph, basis or "", note)
        for pk, path, sid, stitle, sdate, quote, start, end, paragraph, basis, note in run(_CITES, rid=rid)
    )


def _at(cites: tuple[Cite, ...], path: str) -> tuple[Cite, ...]:
    return tuple(c for c in cites if c.path == path)


def _meeting_ref(row: Any) -> Ref:
    return Ref(row.id, "meeting", row.title, row.date, row.status)


def _meetings(session: Session, *where: Any, order: Any = None, limit: int = LIST_CAP) -> list[Ref]:
    stmt = select(M.c.id, M.c.title, M.c.date, M.c.status).where(*where)
    stmt = stmt.order_by(*(order if order is not None else (M.c.date_lower, M.c.id))).limit(limit)
    return [_meeting_ref(r) for r in session.execute(stmt)]


def _count(session: Session, table: Any, *where: Any) -> int:
    return session.execute(select(func.count()).select_from(table).where(*where)).scalar() or 0


def _forum_chain(run: Run, forum_id: str) -> tuple[Ref, ...]:
    """The breadcrumb: the forum's ancestors from the top down, then the forum (one recursive query)."""
    seen: set[str] = set()
    out: list[Ref] = []
    for fid, kind, title, date in run(_FORUM_CHAIN, forum=forum_id):  # the forum first, then upwards
        if fid in seen:  # a cycle in bad data ends the chain
            break
        seen.add(fid)
        if kind is not None:
            out.append(Ref(fid, kind, title, date))
    return tuple(reversed(out))


# --- statements built once, run through model.sqlrun.rows (see there why) ----------------------------

_RID: Any = bindparam("rid")
_FORUM: Any = bindparam("forum")
_CR = R.alias("cr")  # a record joined for its title: a country, a topic

_CITES = (
    select(CI.c.pk, CI.c.path, CI.c.source_id, S.c.title, S.c.date, CI.c.quote, CI.c.start, CI.c.end)
    .add_columns(CI.c.paragraph, CI.c.basis, CI.c.note)
    .outerjoin(S, S.c.id == CI.c.source_id)
    .where(CI.c.record_id == _RID)
    .order_by(CI.c.pk)
)
#: Any record's type and title, and for a meeting (the commonest click) its row, in one read.
_RECORD = (
    select(R.c.type, R.c.title, M.c.forum_id, M.c.ordinal, M.c.level, M.c.date, M.c.date_lower, M.c.date_upper)
    .add_columns(M.c.city, M.c.country_id, _CR.c.type, _CR.c.title, _CR.c.date)
    .add_columns(M.c.status, M.c.status_as_of, M.c.description, M.c.sidelines)
    .select_from(R.outerjoin(M, M.c.id == R.c.id).outerjoin(_CR, _CR.c.id == M.c.country_id))
    .where(R.c.id == _RID)
)
_MEETING_PARTICIPANTS = (
    select(PA.c.position, PA.c.country_id, _CR.c.type, _CR.c.title, _CR.c.date)
    .add_columns(PA.c.organisation, PA.c.head, PA.c.head_title)
    .outerjoin(_CR, _CR.c.id == PA.c.country_id)
    .where(PA.c.meeting_id == _RID)
    .order_by(PA.c.position)
)
_MEETING_AGENDA = (
    select(AI.c.pk, AI.c.position, AI.c.title, AI.c.description, AT.c.topic_id, _CR.c.type, _CR.c.title, _CR.c.date)
    .outerjoin(AT, AT.c.agenda_item_pk == AI.c.pk)
    .outerjoin(_CR, _CR.c.id == AT.c.topic_id)
    .where(AI.c.meeting_id == _RID)
    .order_by(AI.c.position, AT.c.position)
)
_MEETING_OUTCOMES = select(OC.c.id, OC.c.title, OC.c.status).where(OC.c.meeting_id == _RID).order_by(OC.c.title)


def _neighbours() -> Any:
    """Previous (0) and next (1) meeting of the same forum, and of the same level when it has one."""
    level: Any = bindparam("level")
    lower: Any = bindparam("lower")
    same = (M.c.forum_id == _FORUM, M.c.id != _RID, or_(level.is_(None), M.c.level == level))
    cols = (M.c.id, M.c.title, M.c.date, M.c.status)
    before = select(literal(0).label("side"), *cols).where(*same, M.c.date_lower < lower)
    after = select(literal(1).label("side"), *cols).where(*same, M.c.date_lower > lower)
    return union_all(
        select(before.order_by(desc(M.c.date_lower)).limit(1).subquery()),
        select(after.order_by(M.c.date_lower, M.c.id).limit(1).subquery()),
    )


def _processes() -> Any:
    """The forum's processes by title, each with the round just before (``lower``) and after (``upper``)."""
    b, a, near = RD.alias("b"), RD.alias("a"), RD.alias("near")
    before = (
        select(near.c.id)
        .where(near.c.process_id == P.c.id, near.c.date_upper < bindparam("lower"))
        .order_by(desc(near.c.date_lower))
        .limit(1)
        .scalar_subquery()
    )
    after = (
        select(near.c.id)
        .where(near.c.process_id == P.c.id, near.c.date_lower > bindparam("upper"))
        .order_by(near.c.date_lower)
        .limit(1)
        .scalar_subquery()
    )
    return (
        select(P.c.id, P.c.title)
        .add_columns(b.c.id, b.c.number, b.c.city, b.c.date, b.c.status)
        .add_columns(a.c.id, a.c.number, a.c.city, a.c.date, a.c.status)
        .select_from(P.outerjoin(b, b.c.id == before).outerjoin(a, a.c.id == after))
        .where(P.c.forum_id == _FORUM)
        .order_by(P.c.title)
    )


def _forum_chain_stmt() -> Any:
    """A forum and its ancestors, nearest first, with their records' columns (at most 32)."""
    up = select(F.c.id, F.c.parent_id, literal(0).label("depth")).where(F.c.id == _FORUM).cte("up", recursive=True)
    parent = F.alias("parent")
    up = up.union_all(
        select(parent.c.id, parent.c.parent_id, up.c.depth + 1).where(parent.c.id == up.c.parent_id, up.c.depth < 31)
    )
    return (
        select(up.c.id, _CR.c.type, _CR.c.title, _CR.c.date)
        .select_from(up.outerjoin(_CR, _CR.c.id == up.c.id))
        .order_by(up.c.depth)
    )


_MEETING_NEIGHBOURS = _neighbours()
_MEETING_PROCESSES = _processes()
_FORUM_CHAIN = _forum_chain_stmt()


def prepare() -> None:
    """Compile the statements behind a record's detail ahead of the first one shown (~20 ms)."""
    precompile(_RECORD, _CITES, _MEETING_PARTICIPANTS, _MEETING_AGENDA, _MEETING_OUTCOMES)
    precompile(_MEETING_NEIGHBOURS, _MEETING_PROCESSES, _FORUM_CHAIN)


# --- per type -----------------------------------------------------------------------------------------


def _ref_or_none(rid: str | None, kind: str | None, title: str | None, date: str | None) -> Ref | None:
    """A Ref from a joined record's columns (NULL when the id names no record)."""
    return Ref(rid, kind, title, date) if rid is not None and kind is not None and title is not None else None


def _round_from(row: Any, at: int, process_title: str) -> Ref | None:
    """A round's Ref from columns id, number, city, date, status starting at ``at`` (None when absent)."""
    rid, number, city, date, status = row[at : at + 5]
    if rid is None:
        return None
    where = f" — {city}" if city else ""
    prefix = f"{process_title}: " if process_title else ""
    return Ref(rid, "round", f"{prefix}Round {number}{where}", date, status)


def _meeting(run: Run, rid: str, title: str, cites: tuple[Cite, ...], head: Sequence[Any]) -> MeetingDetail:
    """A meeting from its row (``head``, read with its record) and six more reads; see :data:`_RECORD`."""
    (forum_id, ordinal, level, date, lower, upper, city, country_id, ckind, ctitle, cdate) = head[:11]
    status, status_as_of, description, sidelines = head[11:]
    by_path: dict[str, list[Cite]] = {}
    for c in cites:
        by_path.setdefault(c.path, []).append(c)

    participants = tuple(
        Participant(_ref_or_none(*r[1:5]), r[5], r[6], r[7], tuple(by_path.get(f"participants/{r[0]}", ())))
        for r in run(_MEETING_PARTICIPANTS, rid=rid)
    )
    items: list[tuple[int, str, str | None, list[Ref]]] = []
    item_pk = None
    for pk, position, item_title, item_description, *topic in run(_MEETING_AGENDA, rid=rid):
        if pk != item_pk:  # one row per (item, topic), items in order
            item_pk = pk
            items.append((position, item_title, item_description, []))
        if (ref := _ref_or_none(*topic)) is not None:
            items[-1][3].append(ref)
    agenda = tuple(
        AgendaEntry(n, t, d, tuple(topics), tuple(by_path.get(f"agenda/{pos}", ())))
        for n, (pos, t, d, topics) in enumerate(items, 1)
    )
    outcomes = tuple(Ref(r[0], "outcome", r[1], None, r[2]) for r in run(_MEETING_OUTCOMES, rid=rid))
    previous = nxt = None
    if lower:
        for side, mid, mtitle, mdate, mstatus in run(
            _MEETING_NEIGHBOURS, forum=forum_id, rid=rid, level=level, lower=lower
        ):
            ref = Ref(mid, "meeting", mtitle, mdate, mstatus)
            previous, nxt = (ref, nxt) if side == 0 else (previous, ref)
    procs = run(_MEETING_PROCESSES, forum=forum_id, lower=lower or None, upper=upper)
    before = tuple(r for p in procs if (r := _round_from(p, 2, p[1])) is not None) if lower else ()
    after = tuple(r for p in procs if (r := _round_from(p, 7, p[1])) is not None) if lower else ()
    return MeetingDetail(
        id=rid,
        type="meeting",
        title=title,
        cites=cites,
        forum_path=_forum_chain(run, forum_id),
        ordinal=ordinal,
        level=level,
        date=date,
        city=city,
        country=_ref_or_none(country_id, ckind, ctitle, cdate),
        status=status,
        status_as_of=status_as_of,
        description=description,
        sidelines=sidelines,
        participants=participants,
        agenda=agenda,
        outcomes=outcomes,
        processes=tuple(Ref(p[0], "process", p[1]) for p in procs),
        rounds_before=before,
        rounds_after=after,
        previous=previous,
        next=nxt,
    )


def _round_ref(row: Any, process_title: str = "") -> Ref:
    where = f" — {row.city}" if row.city else ""
    prefix = f"{process_title}: " if process_title else ""
    return Ref(row.id, "round", f"{prefix}Round {row.number}{where}", row.date, row.status)


def _members(session: Session, where: Any, cites_of: Any) -> tuple[Member, ...]:
    rows = session.execute(select(MEM).where(where).order_by(MEM.c.forum_id, MEM.c.position)).all()
    refs = _refs(session, [x for r in rows for x in (r.country_id, r.forum_id, r.joined_at)])
    out = []
    for r in rows:
        target = refs.get(r.country_id) if cites_of is not None else refs.get(r.forum_id)
        if target is None:
            continue
        cites = cites_of(r) if cites_of is not None else ()
        out.append(Member(target, r.role, r.since, r.until, refs.get(r.joined_at or ""), cites))
    return tuple(out)


def _forum(session: Session, rid: str, title: str, cites: tuple[Cite, ...]) -> ForumDetail:
    f = session.execute(select(F).where(F.c.id == rid)).one()
    figs = session.execute(select(FIG).where(FIG.c.forum_id == rid).order_by(FIG.c.position)).all()
    subs = session.execute(select(F.c.id, F.c.name).where(F.c.parent_id == rid).order_by(F.c.name)).all()
    procs = session.execute(select(P.c.id, P.c.title).where(P.c.forum_id == rid).order_by(P.c.title)).all()
    # The latest meetings first: a desk officer wants the recent and the coming ones.
    recent = _meetings(session, M.c.forum_id == rid, order=(desc(M.c.date_lower), M.c.id))
    return ForumDetail(
        id=rid,
        type="forum",
        title=title,
        cites=cites,
        name=f.name,
        abbreviation=f.abbreviation,
        aliases=tuple(a.get("name", "") if isinstance(a, dict) else str(a) for a in f.aliases or []),
        kind=f.kind,
        founded=f.founded,
        parent=_refs(session, [f.parent_id]).get(f.parent_id or ""),
        subforums=tuple(Ref(s.id, "forum", s.name) for s in subs),
        description=f.description,
        participant_count=f.participant_count,
        figures=tuple(Figure(g.label, g.value, g.as_of, _at(cites, f"figures/{g.position}")) for g in figs),
        members=_members(session, MEM.c.forum_id == rid, lambda r: _at(cites, f"members/{r.position}")),
        processes=tuple(Ref(p.id, "process", p.title) for p in procs),
        meetings=tuple(recent),
        meeting_count=_count(session, M, M.c.forum_id == rid),
    )


def _process(session: Session, rid: str, title: str, cites: tuple[Cite, ...]) -> ProcessDetail:
    p = session.execute(select(P).where(P.c.id == rid)).one()
    rounds = session.execute(
        select(RD.c.id, RD.c.number, RD.c.city, RD.c.date, RD.c.status)
        .where(RD.c.process_id == rid)
        .order_by(RD.c.number)
    ).all()
    return ProcessDetail(
        id=rid,
        type="process",
        title=title,
        cites=cites,
        forum=_refs(session, [p.forum_id]).get(p.forum_id or ""),
        goal=p.goal,
        description=p.description,
        rounds=tuple(_round_ref(r) for r in rounds),
    )


def _round(session: Session, rid: str, title: str, cites: tuple[Cite, ...]) -> RoundDetail:
    r = session.execute(select(RD).where(RD.c.id == rid)).one()
    rcols = (RD.c.id, RD.c.number, RD.c.city, RD.c.date, RD.c.status)
    prev = session.execute(
        select(*rcols).where(RD.c.process_id == r.process_id, RD.c.number < r.number).order_by(desc(RD.c.number))
    ).first()
    nxt = session.execute(
        select(*rcols).where(RD.c.process_id == r.process_id, RD.c.number > r.number).order_by(RD.c.number)
    ).first()
    of = session.execute(select(func.max(RD.c.number)).where(RD.c.process_id == r.process_id)).scalar() or r.number
    refs = _refs(session, [r.process_id, r.country_id])
    return RoundDetail(
        id=rid,
        type="round",
        title=title,
        cites=cites,
        process=refs.get(r.process_id),
        number=r.number,
        of=of,
        date=r.date,
        city=r.city,
        country=refs.get(r.country_id or ""),
        status=r.status,
        description=r.description,
        previous=_round_ref(prev) if prev else None,
        next=_round_ref(nxt) if nxt else None,
    )


def _outcome(session: Session, rid: str, title: str, cites: tuple[Cite, ...]) -> OutcomeDetail:
    o = session.execute(select(OC).where(OC.c.id == rid)).one()
    links = session.execute(select(OL).where(OL.c.outcome_id == rid).order_by(OL.c.position)).all()
    back = session.execute(select(OL).where(OL.c.target_id == rid, OL.c.outcome_id != rid)).all()
    refs = _refs(session, [o.meeting_id, *(x.target_id for x in links), *(x.outcome_id for x in back)])
    related = [Linked(x.relation, refs[x.target_id]) for x in links if x.target_id in refs]
    shown = {x.target.id for x in related}
    related += [
        Linked(f"{x.relation} (from the other side)" if x.relation else None, refs[x.outcome_id])
        for x in back
        if x.outcome_id in refs and x.outcome_id not in shown
    ]
    return OutcomeDetail(
        id=rid,
        type="outcome",
        title=title,
        cites=cites,
        kind=o.kind,
        status=o.status,
        status_as_of=o.status_as_of,
        meeting=refs.get(o.meeting_id or ""),
        date=o.date,
        period=o.period,
        description=o.description,
        related=tuple(related),
    )


def _country(session: Session, rid: str, title: str, cites: tuple[Cite, ...]) -> CountryDetail:
    c = session.execute(select(C).where(C.c.id == rid)).one()
    hosted = _meetings(session, M.c.country_id == rid, order=(desc(M.c.date_lower), M.c.id))
    return CountryDetail(
        id=rid,
        type="country",
        title=title,
        cites=cites,
        code=c.code,
        alpha3=c.alpha3,
        aliases=tuple(a.get("name", "") if isinstance(a, dict) else str(a) for a in c.aliases or []),
        memberships=_members(session, MEM.c.country_id == rid, None),
        hosted=tuple(hosted),
        hosted_count=_count(session, M, M.c.country_id == rid),
    )


def _topic(session: Session, rid: str, title: str, cites: tuple[Cite, ...]) -> TopicDetail:
    t = session.execute(select(T).where(T.c.id == rid)).one()
    on_topic = select(AI.c.meeting_id).join(AT, AT.c.agenda_item_pk == AI.c.pk).where(AT.c.topic_id == rid)
    meetings = _meetings(session, M.c.id.in_(on_topic), order=(desc(M.c.date_lower), M.c.id))
    return TopicDetail(
        id=rid,
        type="topic",
        title=title,
        cites=cites,
        description=t.description,
        meetings=tuple(meetings),
        meeting_count=_count(session, M, M.c.id.in_(on_topic)),
    )


def _source(session: Session, rid: str, title: str, cites: tuple[Cite, ...]) -> SourceDetail:
    s = session.execute(
        select(S.c.title, S.c.publisher, S.c.date, S.c.languages, S.c.url, func.length(S.c.text).label("n")).where(
            S.c.id == rid
        )
    ).one()
    # A source of a large archive is cited hundreds of thousands of times: read a few, count up to a cap.
    first = (
        session.execute(select(CI.c.record_id).where(CI.c.source_id == rid).distinct().limit(LIST_CAP)).scalars().all()
    )
    refs = _refs(session, first)
    capped = select(CI.c.record_id).where(CI.c.source_id == rid).distinct().limit(COUNT_CAP + 1).subquery()
    return SourceDetail(
        id=rid,
        type="source",
        title=title,
        cites=cites,
        publisher=s.publisher,
        date=s.date,
        languages=tuple(s.languages or ()),
        url=s.url,
        length=s.n or 0,
        citing=tuple(refs[i] for i in first if i in refs),
        citing_count=session.execute(select(func.count()).select_from(capped)).scalar() or 0,
    )


_BUILDERS: dict[str, Callable[[Session, str, str, tuple[Cite, ...]], Detail]] = {
    "forum": _forum,
    "process": _process,
    "round": _round,
    "outcome": _outcome,
    "country": _country,
    "topic": _topic,
    "source": _source,
}


def record_detail(session: Session, rid: str) -> Detail | None:
    """The detail of one record, or None when there is no record with that id."""
    run = runner(session)
    found = run(_RECORD, rid=rid)
    if not found:
        return None
    kind, title, *head = found[0]
    cites = _cites(run, rid)
    if kind == "meeting":
        return _meeting(run, rid, title, cites, head)
    return _BUILDERS[kind](session, rid, title, cites)


def citation(session: Session, pk: int) -> Cite | None:
    """One citation by its key."""
    stmt = (
        select(CI, S.c.title.label("stitle"), S.c.date.label("sdate"))
        .outerjoin(S, S.c.id == CI.c.source_id)
        .where(CI.c.pk == pk)
    )
    r = session.execute(stmt).first()
    if r is None:
        return None
    return Cite(r.pk, r.path, r.source_id, r.stitle, r.sdate, r.quote, r.start, r.end, r.paragraph, r.basis, r.note)


def source_text(session: Session, source_id: str) -> SourceText | None:
    """A source document with its full text."""
    r = session.execute(select(S.c.id, S.c.title, S.c.publisher, S.c.date, S.c.text).where(S.c.id == source_id)).first()
    return SourceText(r.id, r.title, r.publisher, r.date, r.text) if r else None
