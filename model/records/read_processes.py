"""Reading the views of processes, their rounds, and outcome documents, a batch at a time."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from model import dates
from model.records.read_meetings import HeadRow
from model.records.reading import (
    Notes,
    Run,
    by_path,
    cites_of,
    fact,
    facts,
    grouped,
    humanize,
    plain,
    query,
    ref,
    ref_or_none,
    refs,
    status_fact,
    status_text,
    venue,
)
from model.records.views import OutcomeView, ProcessView, RecordText, Related, RoundView, Row, Table, Text, type_label


class ProcessRow(NamedTuple):
    id: str
    goal: str | None
    description: str | None
    forum_id: str | None
    forum_title: str | None


class ProcessRoundRow(NamedTuple):
    process_id: str
    id: str
    title: str
    number: int
    date: str | None
    city: str | None
    country_title: str | None
    status: str | None


class RoundRow(NamedTuple):
    id: str
    process_id: str
    process_title: str
    forum_id: str | None
    forum_title: str | None
    number: int
    last: int | None
    city: str | None
    country_id: str | None
    country_title: str | None
    status: str | None
    description: str | None
    previous_id: str | None
    next_id: str | None


class OutcomeRow(NamedTuple):
    id: str
    kind: str
    status: str | None
    status_as_of: str | None
    period: str | None
    description: str | None
    meeting_id: str | None
    meeting_title: str | None
    meeting_date: str | None
    meeting_status: str | None
    forum_id: str | None
    forum_title: str | None


class LinkRow(NamedTuple):
    outcome_id: str
    outward: int
    position: int
    other_id: str
    relation: str | None


PROCESSES = query("processes", ProcessRow)
PROCESS_ROUNDS = query("process_rounds", ProcessRoundRow)
ROUNDS = query("rounds", RoundRow)
OUTCOMES = query("outcome_heads", OutcomeRow)
OUTCOME_LINKS = query("outcome_links", LinkRow)


def _summary(text: str | None) -> tuple[Text, ...]:
    return (Text("summary", RecordText.tr("Summary"), text),) if text else ()


def process_views(run: Run, heads: Sequence[HeadRow]) -> dict[str, ProcessView]:
    ids = [h.id for h in heads]
    rows = {r.id: r for r in PROCESSES(run, ids=ids)}
    rounds = grouped(PROCESS_ROUNDS(run, ids=ids), lambda r: r.process_id)
    cites = cites_of(run, [*ids, *(r.id for found in rounds.values() for r in found)])
    out: dict[str, ProcessView] = {}
    for h in heads:
        p = rows[h.id]
        notes = Notes()
        cited = notes(by_path(cites.get(h.id, [])).get("", ()))
        forum = ref_or_none(p.forum_id, "forum", p.forum_title)
        mine = rounds.get(h.id, [])
        round_refs = tuple(ref(r.id, "round", r.title, r.date, r.status) for r in mine)
        found = facts(
            fact("forum", RecordText.tr("Forum"), forum),
            fact("goal", RecordText.tr("Goal"), p.goal),
            fact("rounds", RecordText.tr("Rounds"), len(mine)),
        )
        table_rows = tuple(
            Row(
                rr,
                (
                    str(r.number),
                    rr.when,
                    ", ".join(x for x in (r.city, r.country_title) if x),
                    humanize(r.status, "round"),
                ),
                notes(by_path(cites.get(r.id, [])).get("", ())),
            )
            for rr, r in zip(round_refs, mine, strict=True)
        )
        tables = (
            (
                Table(
                    "rounds",
                    RecordText.tr("Rounds"),
                    (RecordText.tr("No."), RecordText.tr("Date"), RecordText.tr("Venue"), RecordText.tr("Status")),
                    table_rows,
                ),
            )
            if table_rows
            else ()
        )
        cited += notes.unseen(cites.get(h.id, []))
        out[h.id] = ProcessView(
            id=h.id,
            type="process",
            title=h.title,
            type_label=type_label("process"),
            subtitle=forum.title if forum else "",
            date=h.date,
            when=dates.human(h.date),
            lower=h.lower,
            upper=h.upper,
            forum=forum,
            as_of=dates.human(h.as_of),
            dataset=h.dataset or "",
            cited=cited,
            facts=found,
            texts=_summary(p.description),
            tables=tables,
            notes=notes.all(),
            goal=p.goal,
            description=p.description,
            rounds=round_refs,
        )
    return out


def round_views(run: Run, heads: Sequence[HeadRow]) -> dict[str, RoundView]:
    ids = [h.id for h in heads]
    rows = {r.id: r for r in ROUNDS(run, ids=ids)}
    near = refs(run, [i for r in rows.values() for i in (r.previous_id, r.next_id)])
    cites = cites_of(run, ids)
    out: dict[str, RoundView] = {}
    for h in heads:
        r = rows[h.id]
        notes = Notes()
        cited = notes(by_path(cites.get(h.id, [])).get("", ()))
        process = ref(r.process_id, "process", r.process_title)
        forum = ref_or_none(r.forum_id, "forum", r.forum_title)
        country = ref_or_none(r.country_id, "country", r.country_title)
        of = r.last or r.number
        found = facts(
            fact("process", RecordText.tr("Process"), process),
            fact(
                "round", RecordText.tr("Round"), RecordText.tr("{number} of {count}").format(number=r.number, count=of)
            ),
            fact("forum", RecordText.tr("Forum"), forum),
            fact("date", RecordText.tr("Date"), dates.human(h.date)),
            fact("venue", RecordText.tr("Venue"), venue(r.city, country)),
            status_fact(r.status, record_type="round"),
        )
        previous, nxt = near.get(r.previous_id or ""), near.get(r.next_id or "")
        related = [*([Related(RecordText.tr("Previous round"), previous)] if previous else [])]
        related += [Related(RecordText.tr("Next round"), nxt)] if nxt else []
        cited += notes.unseen(cites.get(h.id, []))
        out[h.id] = RoundView(
            id=h.id,
            type="round",
            title=h.title,
            type_label=type_label("round"),
            subtitle=RecordText.tr("Round {number} of {count}").format(number=r.number, count=of),
            date=h.date,
            when=dates.human(h.date),
            lower=h.lower,
            upper=h.upper,
            status=r.status,
            status_text=status_text(r.status, record_type="round"),
            venue=plain(venue(r.city, country)),
            forum=forum,
            as_of=dates.human(h.as_of),
            dataset=h.dataset or "",
            cited=cited,
            facts=found,
            texts=_summary(r.description),
            related=tuple(related),
            notes=notes.all(),
            process=process,
            number=r.number,
            of=of,
            city=r.city,
            country=country,
            description=r.description,
            previous=previous,
            next=nxt,
        )
    return out


def outcome_views(run: Run, heads: Sequence[HeadRow]) -> dict[str, OutcomeView]:
    ids = [h.id for h in heads]
    rows = {r.id: r for r in OUTCOMES(run, ids=ids)}
    links = grouped(OUTCOME_LINKS(run, ids=ids), lambda r: r.outcome_id)
    others = refs(run, [link.other_id for found in links.values() for link in found])
    cites = cites_of(run, ids)
    out: dict[str, OutcomeView] = {}
    for h in heads:
        o = rows[h.id]
        notes = Notes()
        cited = notes(by_path(cites.get(h.id, [])).get("", ()))
        meeting = (
            ref(o.meeting_id, "meeting", o.meeting_title or o.meeting_id, o.meeting_date, o.meeting_status)
            if o.meeting_id
            else None
        )
        forum = ref_or_none(o.forum_id, "forum", o.forum_title)
        found = facts(
            fact("kind", RecordText.tr("Kind"), humanize(o.kind)),
            status_fact(o.status, o.status_as_of),
            fact("meeting", RecordText.tr("Adopted at"), meeting),
            fact("forum", RecordText.tr("Forum"), forum),
            fact("date", RecordText.tr("Date"), dates.human(h.date)),
            fact("period", RecordText.tr("Period covered"), dates.human(o.period)),
        )
        related: list[Related] = []
        shown: set[str] = set()
        for link in links.get(h.id, []):  # its own links first, in order; then others' to it, once each
            other = others.get(link.other_id)
            if other is None or (not link.outward and other.id in shown):
                continue
            shown.add(other.id)
            relation = humanize(link.relation or "related")
            referring = RecordText.tr("Refers here ({relation})").format(relation=relation.lower())
            related.append(Related(relation if link.outward else referring, other))
        cited += notes.unseen(cites.get(h.id, []))
        out[h.id] = OutcomeView(
            id=h.id,
            type="outcome",
            title=h.title,
            type_label=type_label("outcome"),
            subtitle=humanize(o.kind),
            date=h.date,
            when=dates.human(h.date),
            lower=h.lower,
            upper=h.upper,
            status=o.status,
            status_text=status_text(o.status, o.status_as_of),
            forum=forum,
            as_of=dates.human(h.as_of),
            dataset=h.dataset or "",
            cited=cited,
            facts=found,
            texts=_summary(o.description),
            related=tuple(related),
            notes=notes.all(),
            kind=o.kind,
            status_as_of=o.status_as_of,
            meeting=meeting,
            period=o.period,
            description=o.description,
        )
    return out
