"""Reading meetings' views: a batch of meetings in nine statements, however many there are.

The meeting row itself comes with every record's head (:data:`HEADS`); the rest is read here: participants,
agenda, outcomes, citations (the meeting's and its outcomes'), the series neighbours, the forum's processes
with the rounds either side, countries that joined the forum there, and the forum path.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from model import dates
from model.records.reading import (
    CiteRow,
    Notes,
    Run,
    by_path,
    cites_of,
    fact,
    facts,
    grouped,
    humanize,
    joined,
    ordinal,
    plain,
    query,
    ref,
    ref_or_none,
    status_fact,
    status_text,
    venue,
)
from model.records.views import (
    AgendaItem,
    Cell,
    Fact,
    MeetingView,
    Participant,
    RecordText,
    Ref,
    Related,
    Row,
    Table,
    Text,
    type_label,
)


class HeadRow(NamedTuple):
    """Every record's own columns, and a meeting's row (None for other types)."""

    id: str
    type: str
    title: str
    date: str | None
    lower: str | None
    upper: str | None
    as_of: str | None
    dataset: str | None
    forum_id: str | None
    ordinal: int | None
    level: str | None
    city: str | None
    country_id: str | None
    country_title: str | None
    status: str | None
    status_as_of: str | None
    description: str | None
    sidelines: str | None


class ParticipantRow(NamedTuple):
    meeting_id: str
    country_id: str | None
    country_title: str | None
    position: int
    organisation: str | None
    head: str | None
    head_title: str | None


class AgendaRow(NamedTuple):
    meeting_id: str
    pk: int
    position: int
    title: str
    description: str | None
    topic_id: str | None
    topic_title: str | None


class OutcomeRow(NamedTuple):
    meeting_id: str
    id: str
    title: str
    kind: str
    status: str | None
    status_as_of: str | None
    date: str | None


class SeriesRow(NamedTuple):
    id: str
    previous_id: str | None
    previous_title: str | None
    previous_date: str | None
    previous_status: str | None
    next_id: str | None
    next_title: str | None
    next_date: str | None
    next_status: str | None


class ProcessRow(NamedTuple):
    meeting_id: str
    id: str
    title: str
    before_id: str | None
    before_title: str | None
    before_date: str | None
    before_status: str | None
    after_id: str | None
    after_title: str | None
    after_date: str | None
    after_status: str | None


class JoinedRow(NamedTuple):
    meeting_id: str
    country_id: str
    country_title: str


class PathRow(NamedTuple):
    start: str
    id: str
    title: str


HEADS = query("heads", HeadRow)
PARTICIPANTS = query("participants", ParticipantRow)
AGENDA = query("agenda", AgendaRow)
OUTCOMES = query("outcomes", OutcomeRow)
SERIES = query("series", SeriesRow)
PROCESSES = query("meeting_processes", ProcessRow)
JOINED = query("joined_at", JoinedRow)
FORUM_PATHS = query("forum_paths", PathRow)


def forum_paths(run: Run, forum_ids: Iterable[str | None]) -> dict[str, tuple[Ref, ...]]:
    """Each forum's breadcrumb: its ancestors from the top down, then the forum (one recursive query)."""
    wanted = sorted({f for f in forum_ids if f})
    if not wanted:
        return {}
    out: dict[str, tuple[Ref, ...]] = {}
    for start, rows in grouped(FORUM_PATHS(run, ids=wanted), lambda r: r.start).items():
        seen: set[str] = set()
        path: list[Ref] = []
        for r in rows:  # the forum first, then upwards
            if r.id in seen:  # a cycle in bad data ends the path
                break
            seen.add(r.id)
            path.append(ref(r.id, "forum", r.title))
        out[start] = tuple(reversed(path))
    return out


def meeting_views(run: Run, heads: Sequence[HeadRow]) -> dict[str, MeetingView]:
    """The views of a batch of meetings (at most :data:`model.records.reading.BATCH`), by id."""
    ids = [h.id for h in heads]
    participants = grouped(PARTICIPANTS(run, ids=ids), lambda r: r.meeting_id)
    agenda = grouped(AGENDA(run, ids=ids), lambda r: r.meeting_id)
    outcomes = grouped(OUTCOMES(run, ids=ids), lambda r: r.meeting_id)
    cites = cites_of(run, [*ids, *(o.id for found in outcomes.values() for o in found)])
    series = {r.id: r for r in SERIES(run, ids=ids)}
    processes = grouped(PROCESSES(run, ids=ids), lambda r: r.meeting_id)
    joined_here = grouped(JOINED(run, ids=ids), lambda r: r.meeting_id)
    paths = forum_paths(run, (h.forum_id for h in heads))
    return {
        h.id: _meeting(
            h,
            _Parts(
                participants.get(h.id, []),
                agenda.get(h.id, []),
                outcomes.get(h.id, []),
                cites,
                series.get(h.id),
                processes.get(h.id, []),
                joined_here.get(h.id, []),
                paths.get(h.forum_id or "", ()),
            ),
        )
        for h in heads
    }


class _Parts(NamedTuple):
    participants: list[ParticipantRow]
    agenda: list[AgendaRow]
    outcomes: list[OutcomeRow]
    cites: dict[str, list[CiteRow]]
    series: SeriesRow | None
    processes: list[ProcessRow]
    joined: list[JoinedRow]
    path: tuple[Ref, ...]


def _meeting(h: HeadRow, p: _Parts) -> MeetingView:
    """One meeting's view; notes are numbered in the order it shows them (see :class:`Notes`)."""
    notes = Notes()
    own = p.cites.get(h.id, [])
    at = by_path(own)
    cited = notes(at.get("", ()))
    country = ref_or_none(h.country_id, "country", h.country_title)
    forum = p.path[-1] if p.path else None

    people = tuple(
        Participant(
            ref_or_none(r.country_id, "country", r.country_title),
            r.organisation or "",
            r.head or "",
            r.head_title or "",
            notes(at.get(f"participants/{r.position}", ())),
        )
        for r in p.participants
    )
    who: list[tuple[Cell, ...]] = [(x.country,) if x.country else (x.organisation,) for x in people]
    heads = [(x, w) for x, w in zip(people, who, strict=True) if x.head]
    head_parts = [(*w, ": " + " ".join(t for t in (x.head_title, x.head) if t)) for x, w in heads]
    found = facts(
        fact("forum", RecordText.tr("Forum"), joined(((r,) for r in p.path), " ▸ ")),
        fact("ordinal", RecordText.tr("Ordinal"), ordinal(h.ordinal)),
        fact("level", RecordText.tr("Level"), humanize(h.level)),
        Fact("date", RecordText.tr("Date"), (dates.human(h.date) or RecordText.tr("not stated"),)),
        fact("venue", RecordText.tr("Venue"), venue(h.city, country)),
        status_fact(h.status, h.status_as_of),
        fact("participants", RecordText.tr("Participants"), joined(who), _union(x.notes for x in people)),
        fact("heads", RecordText.tr("Heads of delegation"), joined(head_parts), _union(x.notes for x, _w in heads)),
    )
    texts = tuple(
        Text(key, heading, value)
        for key, heading, value in (
            ("summary", RecordText.tr("Summary"), h.description),
            ("sidelines", RecordText.tr("On the sidelines"), h.sidelines),
        )
        if value
    )
    agenda = _agenda(p.agenda, at, notes)
    outcome_refs = tuple(ref(o.id, "outcome", o.title, o.date, o.status) for o in p.outcomes)
    outcome_rows = tuple(
        Row(
            r,
            (o.title, humanize(o.kind), status_text(o.status, o.status_as_of)),
            notes(by_path(p.cites.get(o.id, [])).get("", ())),
        )
        for r, o in zip(outcome_refs, p.outcomes, strict=True)
    )
    tables = (
        (
            Table(
                "outcomes",
                RecordText.tr("Outcomes"),
                (RecordText.tr("Document"), RecordText.tr("Kind"), RecordText.tr("Status")),
                outcome_rows,
            ),
        )
        if outcome_rows
        else ()
    )
    cited += notes.unseen(own)

    series = _Series.of(p)
    return MeetingView(
        id=h.id,
        type="meeting",
        title=h.title,
        type_label=type_label("meeting"),
        subtitle=" · ".join(x for x in (forum.title if forum else "", humanize(h.level)) if x),
        date=h.date,
        when=dates.human(h.date),
        lower=h.lower,
        upper=h.upper,
        status=h.status,
        status_text=status_text(h.status, h.status_as_of),
        venue=plain(venue(h.city, country)),
        forum=forum,
        as_of=dates.human(h.as_of),
        dataset=h.dataset or "",
        cited=cited,
        facts=found,
        texts=texts,
        agenda=agenda,
        tables=tables,
        related=series.related,
        notes=notes.all(),
        forum_path=p.path,
        ordinal=h.ordinal,
        level=h.level,
        city=h.city,
        country=country,
        status_as_of=h.status_as_of,
        description=h.description,
        sidelines=h.sidelines,
        participants=people,
        outcomes=outcome_refs,
        previous=series.previous,
        next=series.next,
        processes=series.processes,
        rounds_before=series.rounds_before,
        rounds_after=series.rounds_after,
    )


class _Series(NamedTuple):
    """A meeting's neighbours: in its series (see :mod:`model.records.views_sql`), and its forum's rounds."""

    previous: Ref | None
    next: Ref | None
    processes: tuple[Ref, ...]
    rounds_before: tuple[Ref, ...]
    rounds_after: tuple[Ref, ...]
    related: tuple[Related, ...]

    @classmethod
    def of(cls, p: _Parts) -> _Series:
        s = p.series
        previous = nxt = None
        if s and s.previous_id:
            previous = ref(s.previous_id, "meeting", s.previous_title or "", s.previous_date, s.previous_status)
        if s and s.next_id:
            nxt = ref(s.next_id, "meeting", s.next_title or "", s.next_date, s.next_status)
        processes = tuple(ref(r.id, "process", r.title) for r in p.processes)
        before = tuple(
            ref(r.before_id, "round", r.before_title or "", r.before_date, r.before_status)
            for r in p.processes
            if r.before_id
        )
        after = tuple(
            ref(r.after_id, "round", r.after_title or "", r.after_date, r.after_status)
            for r in p.processes
            if r.after_id
        )
        related = (
            *((Related(RecordText.tr("Previous meeting"), previous),) if previous else ()),
            *((Related(RecordText.tr("Next meeting"), nxt),) if nxt else ()),
            *(Related(RecordText.tr("Process"), r) for r in processes),
            *(Related(RecordText.tr("Round before"), r) for r in before),
            *(Related(RecordText.tr("Round after"), r) for r in after),
            *(
                Related(RecordText.tr("Joined the forum here"), ref(j.country_id, "country", j.country_title))
                for j in p.joined
            ),
        )
        return cls(previous, nxt, processes, before, after, related)


def _agenda(rows: list[AgendaRow], at: dict[str, list[CiteRow]], notes: Notes) -> tuple[AgendaItem, ...]:
    """The agenda, numbered from 1 (one row per item and topic, items in order)."""
    items: list[tuple[AgendaRow, list[Ref]]] = []
    for r in rows:
        if not items or items[-1][0].pk != r.pk:
            items.append((r, []))
        if r.topic_id is not None and r.topic_title is not None:
            items[-1][1].append(ref(r.topic_id, "topic", r.topic_title))
    return tuple(
        AgendaItem(n, r.title, r.description or "", tuple(topics), notes(at.get(f"agenda/{r.position}", ())))
        for n, (r, topics) in enumerate(items, 1)
    )


def _union(numbers: Iterable[tuple[int, ...]]) -> tuple[int, ...]:
    return tuple(sorted({n for group in numbers for n in group}))
