"""Everything the detail pane shows about one record, as frozen dataclasses.

:func:`record_detail` returns one of :class:`MeetingDetail`, :class:`ForumDetail`,
:class:`ProcessDetail`, :class:`RoundDetail`, :class:`OutcomeDetail`,
:class:`CountryDetail`, :class:`TopicDetail` or :class:`SourceDetail`. Lists
that grow with the archive (a forum's meetings, a source's citing records)
are capped, with the full count alongside, so one detail costs a handful of
small queries whatever the database's size.

The reads are declared :class:`model.store.sqlrun.Sql` statements, built in :mod:`model.records.details_sql`: they run
on a :meth:`model.store.database.Database.reader` without importing SQLAlchemy (the first screen shows a record's
detail before it has loaded), or on an SQLAlchemy session.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from model.store.sqlrun import Reader, Sql, runner

Run = Callable[..., list[Any]]  # model.store.sqlrun.runner's function
#: Lists that grow with the archive (a forum's meetings, a source's citing records) show this many.
LIST_CAP = 50
#: Counts that could reach the archive's size stop here ("more than 10,000").
COUNT_CAP = 10000


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

    @property
    def passage_key(self) -> tuple[object, ...]:
        """What the reader sees of the citation: two with the same key show the same passage (or note)."""
        return (self.source_id, self.quote, self.start, self.end, self.paragraph, self.basis, self.note)


def distinct_passages(cites: Iterable[Cite]) -> tuple[Cite, ...]:
    """Each passage once, in order of first citation.

    Several facts of a record often rest on one passage (each of the four co-chairs of a conference cites
    the sentence naming all four); a list of the record's sources shows that passage once.
    """
    seen: set[tuple[object, ...]] = set()
    out: list[Cite] = []
    for c in cites:
        if c.passage_key not in seen:
            seen.add(c.passage_key)
            out.append(c)
    return tuple(out)


def other_names(name: str, aliases: Iterable[str], *also_not: str | None) -> tuple[str, ...]:
    """The aliases worth showing beside ``name``: each once, none that repeats the name (or ``also_not``).

    A country's name is often the same in two of its languages (Afghanistan: افغانستان in Pashto and in
    Dari), or its alias in its own language is the English name (Malaysia).
    """
    shown = {n.casefold() for n in (name, *also_not) if n}
    out: list[str] = []
    for alias in aliases:
        key = alias.strip().casefold()
        if key and key not in shown:
            shown.add(key)
            out.append(alias.strip())
    return tuple(out)


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

    @property
    def passages(self) -> tuple[Cite, ...]:
        """The record's and its parts' citations with each passage once (see :func:`distinct_passages`)."""
        return distinct_passages(self.all_cites)


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


# --- the statements (built in model.records.details_sql; see model.store.sqlrun for why not here) -------------------


def _sql(key: str, *args: Any) -> Sql:
    """A statement named ``details.<key>``, built by the function of that name in model.records.details_sql."""
    return Sql(f"details.{key}", f"model.records.details_sql:{key}", *args)


_REFS = _sql("refs")
_CITES = _sql("cites")
_CITATION = _sql("citation")
_SOURCE_TEXT = _sql("source_text")
_RECORD = _sql("record")
_MEETING_PARTICIPANTS = _sql("meeting_participants")
_MEETING_AGENDA = _sql("meeting_agenda")
_MEETING_OUTCOMES = _sql("meeting_outcomes")
_MEETING_NEIGHBOURS = _sql("meeting_neighbours")
_MEETING_PROCESSES = _sql("meeting_processes")
_FORUM_CHAIN = _sql("forum_chain")
_FORUM = _sql("forum")
_FORUM_FIGURES = _sql("forum_figures")
_FORUM_SUBFORUMS = _sql("forum_subforums")
_FORUM_PROCESSES = _sql("forum_processes")
_FORUM_MEMBERS = Sql("details.forum_members", "model.records.details_sql:members", "forum")
_FORUM_MEETINGS = Sql("details.forum_meetings", "model.records.details_sql:latest_meetings", "forum", LIST_CAP)
_FORUM_MEETING_COUNT = Sql("details.forum_meeting_count", "model.records.details_sql:meeting_count", "forum")
_PROCESS = _sql("process")
_PROCESS_ROUNDS = _sql("process_rounds")
_ROUND = Sql("details.round", "model.records.details_sql:round_")
_ROUND_PREVIOUS = Sql("details.round_previous", "model.records.details_sql:round_neighbour", "previous")
_ROUND_NEXT = Sql("details.round_next", "model.records.details_sql:round_neighbour", "next")
_OUTCOME = _sql("outcome")
_OUTCOME_LINKS = _sql("outcome_links")
_OUTCOME_BACKLINKS = _sql("outcome_backlinks")
_COUNTRY = _sql("country")
_COUNTRY_MEMBERSHIPS = Sql("details.country_memberships", "model.records.details_sql:members", "country")
_COUNTRY_HOSTED = Sql("details.country_hosted", "model.records.details_sql:latest_meetings", "country", LIST_CAP)
_COUNTRY_HOSTED_COUNT = Sql("details.country_hosted_count", "model.records.details_sql:meeting_count", "country")
_TOPIC = _sql("topic")
_TOPIC_MEETINGS = Sql("details.topic_meetings", "model.records.details_sql:latest_meetings", "topic", LIST_CAP)
_TOPIC_MEETING_COUNT = Sql("details.topic_meeting_count", "model.records.details_sql:meeting_count", "topic")
_SOURCE = _sql("source")
_SOURCE_CITING = _sql("source_citing", LIST_CAP)
_SOURCE_CITING_COUNT = _sql("source_citing_count", COUNT_CAP + 1)


# --- helpers ------------------------------------------------------------------------------------------


def _refs(run: Run, ids: Iterable[str | None]) -> dict[str, Ref]:
    wanted = [i for i in dict.fromkeys(ids) if i]
    out: dict[str, Ref] = {}
    for i in range(0, len(wanted), 500):  # older SQLite builds take at most 999 bound values
        out.update({r[0]: Ref(*r) for r in run(_REFS, ids=wanted[i : i + 500])})
    return out


def _cites(run: Run, rid: str) -> tuple[Cite, ...]:
    return tuple(
        Cite(pk, path, sid, stitle, sdate, quote, start, end, paragraph, basis or "", note)
        for pk, path, sid, stitle, sdate, quote, start, end, paragraph, basis, note in run(_CITES, rid=rid)
    )


def _at(cites: tuple[Cite, ...], path: str) -> tuple[Cite, ...]:
    return tuple(c for c in cites if c.path == path)


def _json_list(value: Any) -> list[Any]:
    """A JSON list column's value: text when read on SQLite's driver, already a list elsewhere."""
    if isinstance(value, str):
        value = json.loads(value)
    return value or []


def _aliases(value: Any) -> tuple[str, ...]:
    return tuple(a.get("name", "") if isinstance(a, dict) else str(a) for a in _json_list(value))


def _meetings(run: Run, stmt: Sql, rid: str) -> tuple[Ref, ...]:
    return tuple(Ref(mid, "meeting", title, date, status) for mid, title, date, status in run(stmt, rid=rid))


def _count(run: Run, stmt: Sql, **params: Any) -> int:
    return int(run(stmt, **params)[0][0] or 0)


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


def _ref_or_none(rid: str | None, kind: str | None, title: str | None, date: str | None) -> Ref | None:
    """A Ref from a joined record's columns (NULL when the id names no record)."""
    return Ref(rid, kind, title, date) if rid is not None and kind is not None and title is not None else None


def _round_from(row: Any, at: int = 0, process_title: str = "") -> Ref | None:
    """A round's Ref from columns id, number, city, date, status starting at ``at`` (None when absent)."""
    rid, number, city, date, status = row[at : at + 5]
    if rid is None:
        return None
    where = f" — {city}" if city else ""
    prefix = f"{process_title}: " if process_title else ""
    return Ref(rid, "round", f"{prefix}Round {number}{where}", date, status)


def _one(found: list[Any]) -> Any:
    """The one row a record's own table has for it (the record row exists, so this one must too)."""
    if not found:
        raise LookupError("a record without its type's row: the database is inconsistent")
    return found[0]


# --- per type -----------------------------------------------------------------------------------------


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


def _members(run: Run, stmt: Sql, rid: str, cites: tuple[Cite, ...] | None) -> tuple[Member, ...]:
    """A forum's members (``cites``: the forum's, for each member's own) or a country's memberships (None)."""
    found = run(stmt, rid=rid)
    refs = _refs(run, [x for r in found for x in r[1:4]])
    out = []
    for position, country_id, forum_id, joined_at, role, since, until in found:
        target = refs.get(country_id) if cites is not None else refs.get(forum_id)
        if target is None:
            continue
        own = _at(cites, f"members/{position}") if cites is not None else ()
        out.append(Member(target, role, since, until, refs.get(joined_at or ""), own))
    return tuple(out)


def _forum(run: Run, rid: str, title: str, cites: tuple[Cite, ...]) -> ForumDetail:
    name, abbreviation, aliases, kind, founded, description, participant_count, *parent = _one(run(_FORUM, rid=rid))
    figs = run(_FORUM_FIGURES, rid=rid)
    return ForumDetail(
        id=rid,
        type="forum",
        title=title,
        cites=cites,
        name=name,
        abbreviation=abbreviation,
        aliases=other_names(name, _aliases(aliases), abbreviation),
        kind=kind,
        founded=founded,
        parent=_ref_or_none(*parent),
        subforums=tuple(Ref(sid, "forum", sname) for sid, sname in run(_FORUM_SUBFORUMS, rid=rid)),
        description=description,
        participant_count=participant_count,
        figures=tuple(Figure(label, value, as_of, _at(cites, f"figures/{pos}")) for pos, label, value, as_of in figs),
        members=_members(run, _FORUM_MEMBERS, rid, cites),
        processes=tuple(Ref(pid, "process", ptitle) for pid, ptitle in run(_FORUM_PROCESSES, rid=rid)),
        # The latest meetings first: a desk officer wants the recent and the coming ones.
        meetings=_meetings(run, _FORUM_MEETINGS, rid),
        meeting_count=_count(run, _FORUM_MEETING_COUNT, rid=rid),
    )


def _process(run: Run, rid: str, title: str, cites: tuple[Cite, ...]) -> ProcessDetail:
    goal, description, *forum = _one(run(_PROCESS, rid=rid))
    return ProcessDetail(
        id=rid,
        type="process",
        title=title,
        cites=cites,
        forum=_ref_or_none(*forum),
        goal=goal,
        description=description,
        rounds=tuple(r for row in run(_PROCESS_ROUNDS, rid=rid) if (r := _round_from(row)) is not None),
    )


def _round(run: Run, rid: str, title: str, cites: tuple[Cite, ...]) -> RoundDetail:
    row = _one(run(_ROUND, rid=rid))
    process_id, number, date, city, status, description, last = row[:7]
    prev = run(_ROUND_PREVIOUS, process=process_id, number=number)
    nxt = run(_ROUND_NEXT, process=process_id, number=number)
    return RoundDetail(
        id=rid,
        type="round",
        title=title,
        cites=cites,
        process=_ref_or_none(process_id, *row[7:10]),
        number=number,
        of=last or number,
        date=date,
        city=city,
        country=_ref_or_none(*row[10:14]),
        status=status,
        description=description,
        previous=_round_from(prev[0]) if prev else None,
        next=_round_from(nxt[0]) if nxt else None,
    )


def _outcome(run: Run, rid: str, title: str, cites: tuple[Cite, ...]) -> OutcomeDetail:
    kind, status, status_as_of, date, period, description, *meeting = _one(run(_OUTCOME, rid=rid))
    links = run(_OUTCOME_LINKS, rid=rid)
    back = run(_OUTCOME_BACKLINKS, rid=rid)
    refs = _refs(run, [*(target for target, _ in links), *(source for source, _ in back)])
    related = [Linked(relation, refs[target]) for target, relation in links if target in refs]
    shown = {x.target.id for x in related}
    related += [
        Linked(f"{relation} (from the other side)" if relation else None, refs[source])
        for source, relation in back
        if source in refs and source not in shown
    ]
    return OutcomeDetail(
        id=rid,
        type="outcome",
        title=title,
        cites=cites,
        kind=kind,
        status=status,
        status_as_of=status_as_of,
        meeting=_ref_or_none(*meeting),
        date=date,
        period=period,
        description=description,
        related=tuple(related),
    )


def _country(run: Run, rid: str, title: str, cites: tuple[Cite, ...]) -> CountryDetail:
    code, alpha3, aliases = _one(run(_COUNTRY, rid=rid))
    return CountryDetail(
        id=rid,
        type="country",
        title=title,
        cites=cites,
        code=code,
        alpha3=alpha3,
        aliases=other_names(title, _aliases(aliases)),
        memberships=_members(run, _COUNTRY_MEMBERSHIPS, rid, None),
        hosted=_meetings(run, _COUNTRY_HOSTED, rid),
        hosted_count=_count(run, _COUNTRY_HOSTED_COUNT, rid=rid),
    )


def _topic(run: Run, rid: str, title: str, cites: tuple[Cite, ...]) -> TopicDetail:
    (description,) = _one(run(_TOPIC, rid=rid))
    return TopicDetail(
        id=rid,
        type="topic",
        title=title,
        cites=cites,
        description=description,
        meetings=_meetings(run, _TOPIC_MEETINGS, rid),
        meeting_count=_count(run, _TOPIC_MEETING_COUNT, rid=rid),
    )


def _source(run: Run, rid: str, title: str, cites: tuple[Cite, ...]) -> SourceDetail:
    publisher, date, languages, url, length = _one(run(_SOURCE, rid=rid))
    # A source of a large archive is cited hundreds of thousands of times: read a few, count up to a cap.
    first = [r[0] for r in run(_SOURCE_CITING, rid=rid)]
    refs = _refs(run, first)
    return SourceDetail(
        id=rid,
        type="source",
        title=title,
        cites=cites,
        publisher=publisher,
        date=date,
        languages=tuple(_json_list(languages)),
        url=url,
        length=length or 0,
        citing=tuple(refs[i] for i in first if i in refs),
        citing_count=_count(run, _SOURCE_CITING_COUNT, rid=rid),
    )


_BUILDERS: dict[str, Callable[[Run, str, str, tuple[Cite, ...]], Detail]] = {
    "forum": _forum,
    "process": _process,
    "round": _round,
    "outcome": _outcome,
    "country": _country,
    "topic": _topic,
    "source": _source,
}


def record_detail(conn: Reader, rid: str) -> Detail | None:
    """The detail of one record.

    Args:
        conn: a reader (:meth:`model.store.database.Database.reader`) or an SQLAlchemy session.
        rid: the record's id.

    Returns:
        The record type's detail, or None when there is no record with that id.
    """
    run = runner(conn)
    found = run(_RECORD, rid=rid)
    if not found:
        return None
    kind, title, *head = found[0]
    cites = _cites(run, rid)
    if kind == "meeting":
        return _meeting(run, rid, title, cites, head)
    return _BUILDERS[kind](run, rid, title, cites)


def citation(conn: Reader, pk: int) -> Cite | None:
    """One citation by its key, or None (``conn``: a reader or a session, as for :func:`record_detail`)."""
    found = runner(conn)(_CITATION, pk=pk)
    return Cite(*found[0]) if found else None


def source_text(conn: Reader, source_id: str) -> SourceText | None:
    """A source document with its full text, or None (``conn``: a reader or a session)."""
    found = runner(conn)(_SOURCE_TEXT, rid=source_id)
    return SourceText(*found[0]) if found else None
