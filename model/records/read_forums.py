"""Reading the views of forums, countries, topics and sources, a batch at a time.

Their listings grow with the archive (a forum's meetings, the records citing a source): each shows the
latest :data:`~model.records.reading.LIST_CAP` with the full count, read per record (these types are few).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from model import dates
from model.records.read_meetings import HeadRow
from model.records.reading import (
    COUNT_CAP,
    LIST_CAP,
    CiteRow,
    Notes,
    Run,
    aliases,
    by_path,
    cites_of,
    counted,
    fact,
    facts,
    grouped,
    humanize,
    json_list,
    other_names,
    query,
    ref,
    ref_or_none,
    refs,
)
from model.records.views import (
    CountryView,
    Fact,
    ForumView,
    RecordText,
    Related,
    Row,
    SourceView,
    Table,
    Text,
    TopicView,
    type_label,
)


class ForumRow(NamedTuple):
    id: str
    name: str
    abbreviation: str | None
    aliases: Any
    kind: str | None
    founded: str | None
    description: str | None
    participant_count: int | None
    parent_id: str | None
    parent_title: str | None


class FigureRow(NamedTuple):
    forum_id: str
    position: int
    label: str
    value: str
    as_of: str | None


class SubforumRow(NamedTuple):
    parent_id: str
    id: str
    name: str


class ForumProcessRow(NamedTuple):
    forum_id: str
    id: str
    title: str


class MemberRow(NamedTuple):
    owner: str
    position: int
    country_id: str
    country_title: str
    forum_id: str
    forum_title: str
    role: str | None
    since: str | None
    until: str | None
    joined_at: str | None
    joined_title: str | None


class MeetingRow(NamedTuple):
    id: str
    title: str
    date: str | None
    city: str | None
    country_title: str | None
    status: str | None


class CountRow(NamedTuple):
    total: int


class CitingRow(NamedTuple):
    record_id: str


class CountryRow(NamedTuple):
    id: str
    code: str
    alpha3: str | None
    aliases: Any


class TopicRow(NamedTuple):
    id: str
    description: str | None


class SourceRow(NamedTuple):
    id: str
    publisher: str | None
    languages: Any
    url: str | None
    text: str


FORUMS = query("forums", ForumRow)
FIGURES = query("figures", FigureRow)
SUBFORUMS = query("subforums", SubforumRow)
FORUM_PROCESSES = query("forum_processes", ForumProcessRow)
FORUM_MEMBERS = query("forum_members", MemberRow, "forum", builder="members")
COUNTRY_MEMBERSHIPS = query("country_memberships", MemberRow, "country", builder="members")
COUNTRIES = query("countries", CountryRow)
TOPICS = query("topics", TopicRow)
SOURCES = query("sources", SourceRow)
SOURCE_CITING = query("source_citing", CitingRow, LIST_CAP)
SOURCE_CITING_COUNT = query("source_citing_count", CountRow, COUNT_CAP + 1)
#: The latest meetings of a forum, held in a country, or on a topic's agenda, and how many there are.
LATEST = {
    shape: (
        query(f"{shape}_meetings", MeetingRow, shape, LIST_CAP, builder="latest_meetings"),
        query(f"{shape}_meeting_count", CountRow, shape, builder="meeting_count"),
    )
    for shape in ("forum", "country", "topic")
}


def _base(h: HeadRow, notes: Notes, cited: tuple[int, ...], own: list[CiteRow]) -> dict[str, Any]:
    """The fields every view of these types fills alike (call last: it numbers the unseen citations)."""
    return {
        "id": h.id,
        "type": h.type,
        "title": h.title,
        "type_label": type_label(h.type),
        "date": h.date,
        "when": dates.human(h.date),
        "lower": h.lower,
        "upper": h.upper,
        "as_of": dates.human(h.as_of),
        "dataset": h.dataset or "",
        "cited": cited + notes.unseen(own),
        "notes": notes.all(),
    }


def _latest(run: Run, shape: str, rid: str, heading: str) -> tuple[Table, int]:
    """The latest meetings of ``rid`` as a table (cut to :data:`LIST_CAP`), and how many there are."""
    listing, count = LATEST[shape]
    rows = tuple(
        Row(
            ref(m.id, "meeting", m.title, m.date, m.status),
            (m.title, dates.human(m.date), ", ".join(x for x in (m.city, m.country_title) if x), humanize(m.status)),
        )
        for m in listing(run, rid=rid)
    )
    total = int(count(run, rid=rid)[0].total or 0)
    table = Table(
        f"{shape}_meetings",
        heading,
        (RecordText.tr("Meeting"), RecordText.tr("Date"), RecordText.tr("Venue"), RecordText.tr("Status")),
        rows,
        counted(len(rows), total, RecordText.tr("Showing {shown} of {total} meeting(s).", "", total)),
    )
    return table, total


def _member_rows(found: list[MemberRow], of_forum: bool, notes: Notes, at: dict[str, list[CiteRow]]) -> tuple[Row, ...]:
    """Memberships as rows: a forum's members (noted with the forum's citations of them) or a country's forums."""
    return tuple(
        Row(
            ref(m.country_id, "country", m.country_title) if of_forum else ref(m.forum_id, "forum", m.forum_title),
            (
                m.country_title if of_forum else m.forum_title,
                humanize(m.role),
                dates.human(m.since),
                dates.human(m.until),
                m.joined_title or "",
            ),
            notes(at.get(f"members/{m.position}", ())) if of_forum else (),
        )
        for m in found
    )


def _member_columns() -> tuple[str, ...]:
    return (RecordText.tr("Role"), RecordText.tr("Since"), RecordText.tr("Until"), RecordText.tr("Joined at"))


def forum_views(run: Run, heads: Sequence[HeadRow]) -> dict[str, ForumView]:
    ids = [h.id for h in heads]
    rows = {r.id: r for r in FORUMS(run, ids=ids)}
    figures = grouped(FIGURES(run, ids=ids), lambda r: r.forum_id)
    subforums = grouped(SUBFORUMS(run, ids=ids), lambda r: r.parent_id)
    processes = grouped(FORUM_PROCESSES(run, ids=ids), lambda r: r.forum_id)
    members = grouped(FORUM_MEMBERS(run, ids=ids), lambda r: r.owner)
    cites = cites_of(run, ids)
    out: dict[str, ForumView] = {}
    for h in heads:
        f = rows[h.id]
        own = cites.get(h.id, [])
        at = by_path(own)
        notes = Notes()
        cited = notes(at.get("", ()))
        parent = ref_or_none(f.parent_id, "forum", f.parent_title)
        names = other_names(f.name, aliases(f.aliases), f.abbreviation)
        figure_facts = [
            Fact(
                f"figure/{g.position}",
                g.label,
                (f"{g.value} (as of {dates.human(g.as_of)})" if g.as_of else g.value,),
                notes(at.get(f"figures/{g.position}", ())),
            )
            for g in figures.get(h.id, [])
        ]
        found = facts(
            fact("abbreviation", RecordText.tr("Abbreviation"), f.abbreviation),
            fact("aliases", RecordText.tr("Also known as"), "; ".join(names)),
            fact("kind", RecordText.tr("Kind"), humanize(f.kind)),
            fact("founded", RecordText.tr("Founded"), dates.human(f.founded)),
            fact("parent", RecordText.tr("Part of"), parent),
            fact("participant_count", RecordText.tr("Participants"), f.participant_count),
            *figure_facts,
        )
        member_rows = _member_rows(members.get(h.id, []), True, notes, at)
        meetings, meeting_count = _latest(run, "forum", h.id, RecordText.tr("Meetings (latest first)"))
        tables = (
            *(
                (
                    Table(
                        "members", RecordText.tr("Members"), (RecordText.tr("Country"), *_member_columns()), member_rows
                    ),
                )
                if member_rows
                else ()
            ),
            *((meetings,) if meetings.rows else ()),
        )
        subs = tuple(ref(s.id, "forum", s.name) for s in subforums.get(h.id, []))
        procs = tuple(ref(p.id, "process", p.title) for p in processes.get(h.id, []))
        related = (
            *(Related(RecordText.tr("Platform"), s) for s in subs),
            *(Related(RecordText.tr("Process"), p) for p in procs),
        )
        out[h.id] = ForumView(
            **_base(h, notes, cited, own),
            subtitle=" · ".join(x for x in (f.abbreviation, humanize(f.kind)) if x),
            facts=found,
            texts=(Text("summary", RecordText.tr("Summary"), f.description),) if f.description else (),
            tables=tables,
            related=related,
            name=f.name,
            abbreviation=f.abbreviation,
            aliases=names,
            kind=f.kind,
            founded=f.founded,
            parent=parent,
            subforums=subs,
            processes=procs,
            participant_count=f.participant_count,
            meeting_count=meeting_count,
        )
    return out


def country_views(run: Run, heads: Sequence[HeadRow]) -> dict[str, CountryView]:
    ids = [h.id for h in heads]
    rows = {r.id: r for r in COUNTRIES(run, ids=ids)}
    memberships = grouped(COUNTRY_MEMBERSHIPS(run, ids=ids), lambda r: r.owner)
    cites = cites_of(run, ids)
    out: dict[str, CountryView] = {}
    for h in heads:
        c = rows[h.id]
        own = cites.get(h.id, [])
        notes = Notes()
        cited = notes(by_path(own).get("", ()))
        names = other_names(h.title, aliases(c.aliases))
        found = facts(
            fact("code", RecordText.tr("ISO 3166 code"), " / ".join(x for x in (c.code, c.alpha3) if x)),
            fact("aliases", RecordText.tr("Also known as"), "; ".join(names)),
        )
        member_rows = _member_rows(memberships.get(h.id, []), False, notes, {})
        hosted, hosted_count = _latest(run, "country", h.id, RecordText.tr("Meetings held here (latest first)"))
        tables = (
            *(
                (
                    Table(
                        "memberships",
                        RecordText.tr("Member of"),
                        (RecordText.tr("Forum"), *_member_columns()),
                        member_rows,
                    ),
                )
                if member_rows
                else ()
            ),
            *((hosted,) if hosted.rows else ()),
        )
        out[h.id] = CountryView(
            **_base(h, notes, cited, own),
            subtitle=type_label("country"),
            facts=found,
            tables=tables,
            code=c.code,
            alpha3=c.alpha3,
            aliases=names,
            hosted_count=hosted_count,
        )
    return out


def topic_views(run: Run, heads: Sequence[HeadRow]) -> dict[str, TopicView]:
    ids = [h.id for h in heads]
    rows = {r.id: r for r in TOPICS(run, ids=ids)}
    cites = cites_of(run, ids)
    out: dict[str, TopicView] = {}
    for h in heads:
        t = rows[h.id]
        own = cites.get(h.id, [])
        notes = Notes()
        cited = notes(by_path(own).get("", ()))
        meetings, count = _latest(run, "topic", h.id, RecordText.tr("On the agenda of (latest first)"))
        out[h.id] = TopicView(
            **_base(h, notes, cited, own),
            subtitle=type_label("topic"),
            texts=(Text("description", RecordText.tr("Description"), t.description),) if t.description else (),
            tables=(meetings,) if meetings.rows else (),
            description=t.description,
            meeting_count=count,
        )
    return out


def source_views(run: Run, heads: Sequence[HeadRow]) -> dict[str, SourceView]:
    ids = [h.id for h in heads]
    rows = {r.id: r for r in SOURCES(run, ids=ids)}
    cites = cites_of(run, ids)
    out: dict[str, SourceView] = {}
    for h in heads:
        s = rows[h.id]
        own = cites.get(h.id, [])
        notes = Notes()
        cited = notes(by_path(own).get("", ()))
        languages = tuple(str(x) for x in json_list(s.languages))
        found = facts(
            fact("publisher", RecordText.tr("Publisher"), s.publisher),
            fact("date", RecordText.tr("Date"), dates.human(h.date)),
            fact("languages", RecordText.tr("Languages"), ", ".join(languages)),
            fact("url", RecordText.tr("Address"), s.url),
            fact("length", RecordText.tr("Length"), RecordText.tr("%Ln character(s)", "", len(s.text))),
        )
        # A source of a large archive is cited hundreds of thousands of times: list a few, count up to a cap.
        first = [r.record_id for r in SOURCE_CITING(run, rid=h.id)]
        citing = refs(run, first)
        count = int(SOURCE_CITING_COUNT(run, rid=h.id)[0].total or 0)
        citing_rows = tuple(Row(citing[i], (citing[i].title, citing[i].type_label)) for i in first if i in citing)
        cut = counted(len(citing_rows), count, RecordText.tr("Showing {shown} of {total} record(s).", "", count))
        tables = (
            (
                Table(
                    "citing",
                    RecordText.tr("Cited by"),
                    (RecordText.tr("Record"), RecordText.tr("Type")),
                    citing_rows,
                    cut,
                ),
            )
            if citing_rows
            else ()
        )
        out[h.id] = SourceView(
            **_base(h, notes, cited, own),
            subtitle=s.publisher or type_label("source"),
            facts=found,
            texts=(Text("text", RecordText.tr("Text"), s.text),) if s.text else (),
            tables=tables,
            publisher=s.publisher,
            languages=languages,
            url=s.url,
            length=len(s.text),
            citing_count=count,
        )
    return out
