"""Gathering the parts of a brief for each record type: focused queries plus the interchange form.

:mod:`model.report.briefs` turns a :class:`Part` into the frozen dataclasses of :mod:`model.report.content`;
this module knows, per record type, which facts, tables and related records a desk officer expects on
paper, and numbers the citations as notes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, func, select

from model import dates
from model.interchange import validate
from model.records.details import other_names
from model.report.content import (
    AgendaEntry,
    Fact,
    Note,
    OutcomeEntry,
    RelatedEntry,
    ReportError,
    TableSection,
    TextSection,
)
from model.store import schema

#: A forum brief lists at most this many of its meetings, the latest first, so a long-lived forum in a
#: large archive still prints a brief of reasonable length.
MAX_LISTED = 200


def humanize(code: str | None) -> str:
    """ "plan-of-action" → "Plan of action"; "" for None."""
    if not code:
        return ""
    text = code.replace("-", " ").replace("_", " ")
    return text[:1].upper() + text[1:]


class Notes:
    """Numbers citations as notes; the same passage cited twice gets the same number."""

    def __init__(self, sources: Callable[[str], Mapping[str, Any]]) -> None:
        self._sources = sources
        self._by_key: dict[tuple[Any, ...], Note] = {}

    def cite(self, cites: Iterable[Mapping[str, Any]]) -> tuple[int, ...]:
        numbers: list[int] = []
        for c in cites:
            key = (c.get("source"), c.get("quote"), c.get("paragraph"), c.get("note"), c.get("basis"))
            note = self._by_key.get(key)
            if note is None:
                src = self._sources(c["source"]) if c.get("source") else {}
                note = Note(
                    number=len(self._by_key) + 1,
                    quote=c.get("quote") or "",
                    source_title=src.get("title") or "",
                    publisher=src.get("publisher") or "",
                    source_date=dates.human(src.get("date")),
                    paragraph=c.get("paragraph"),
                    comment=c.get("note") or "",
                    basis="" if c.get("source") else humanize(c.get("basis") or "general-knowledge").lower(),
                )
                self._by_key[key] = note
            if note.number not in numbers:
                numbers.append(note.number)
        return tuple(numbers)

    def all(self) -> list[Note]:
        return sorted(self._by_key.values(), key=lambda n: n.number)


@dataclass
class Part:
    """A brief under construction."""

    title: str
    subtitle: str
    notes: Notes
    title_notes: tuple[int, ...] = ()
    facts: list[Fact] = field(default_factory=list)
    texts: list[TextSection] = field(default_factory=list)
    agenda: list[AgendaEntry] = field(default_factory=list)
    outcomes: list[OutcomeEntry] = field(default_factory=list)
    tables: list[TableSection] = field(default_factory=list)
    related: list[RelatedEntry] = field(default_factory=list)
    date: str | None = None
    date_lower: str | None = None
    date_upper: str | None = None
    venue: str = ""
    status: str = ""

    def fact(self, label: str, value: Any, cites: Iterable[Mapping[str, Any]] = ()) -> None:
        if value not in (None, "", []):
            self.facts.append(Fact(label, str(value), self.notes.cite(cites)))

    def text(self, heading: str, value: str | None, cites: Iterable[Mapping[str, Any]] = ()) -> None:
        if value:
            self.texts.append(TextSection(heading, value, self.notes.cite(cites)))

    def table(
        self, heading: str, columns: tuple[str, ...], rows: Sequence[tuple[tuple[str, ...], tuple[int, ...]]]
    ) -> None:
        if rows:
            self.tables.append(TableSection(heading, columns, tuple(r for r, _ in rows), tuple(n for _, n in rows)))


class Gatherer:
    """Reads what briefs need: the interchange form of the records and a few focused queries."""

    def __init__(self, conn: Connection, data: Mapping[str, Any]) -> None:
        self.conn = conn
        self.objs: dict[str, tuple[str, dict[str, Any]]] = {}
        self.round_process: dict[str, str] = {}
        for key, kind in validate.COLLECTIONS.items():
            for obj in data.get(key, []):
                self.objs[obj["id"]] = (kind, obj)
                for r in obj.get("rounds", []) if kind == "process" else []:
                    self.objs[r["id"]] = ("round", r)
                    self.round_process[r["id"]] = obj["id"]
        self._titles: dict[str, str] = {rid: _name(obj) for rid, (_k, obj) in self.objs.items()}
        self._types: dict[str, str] = {rid: k for rid, (k, _o) in self.objs.items()}
        self._sources: dict[str, dict[str, Any]] = {rid: obj for rid, (k, obj) in self.objs.items() if k == "source"}
        self._as_of: dict[str, tuple[str, str]] = {}

    # --- lookups -------------------------------------------------------------------------------------------
    def title(self, rid: str | None) -> str:
        if not rid:
            return ""
        if rid not in self._titles:
            rec = schema.table(schema.Record)
            row = self.conn.execute(select(rec.c.title, rec.c.type).where(rec.c.id == rid)).first()
            self._titles[rid] = row.title if row else rid
            if row:
                self._types[rid] = row.type
        return self._titles[rid]

    def type_of(self, rid: str) -> str:
        self.title(rid)
        return self._types.get(rid, "")

    def source(self, sid: str) -> dict[str, Any]:
        if sid not in self._sources:
            t = schema.table(schema.Source)
            row = self.conn.execute(select(t.c.title, t.c.publisher, t.c.date).where(t.c.id == sid)).first()
            self._sources[sid] = dict(row._mapping) if row else {"title": sid}
        return self._sources[sid]

    def as_of(self, rid: str) -> tuple[str, str]:
        """The human as-of date and title of the dataset the record came from ("", "" for the user's own)."""
        rec, ds = schema.table(schema.Record), schema.table(schema.Dataset)
        row = self.conn.execute(
            select(ds.c.as_of, ds.c.title).join(rec, rec.c.origin == ds.c.id).where(rec.c.id == rid)
        ).first()
        return (dates.human(row.as_of), row.title or "") if row else ("", "")

    def related(self, rid: str | None, relation: str) -> RelatedEntry | None:
        if not rid:
            return None
        kind = self.type_of(rid)
        return RelatedEntry(rid, self.title(rid), humanize(kind), relation)

    def venue(self, obj: Mapping[str, Any]) -> str:
        return ", ".join(x for x in (obj.get("city"), self.title(obj.get("country"))) if x)

    def _status(self, obj: Mapping[str, Any]) -> str:
        status = humanize(obj.get("status"))
        if status and obj.get("status_as_of"):
            status = f"{status} (as of {dates.human(obj['status_as_of'])})"
        return status

    # --- the parts -----------------------------------------------------------------------------------------
    def gather(self, rid: str) -> Part:
        kind, obj = self.objs[rid]
        part = Part(title=_name(obj), subtitle="", notes=Notes(self.source))
        part.title_notes = part.notes.cite(obj.get("citations", []))
        rec = schema.table(schema.Record)
        row = self.conn.execute(
            select(rec.c.title, rec.c.date, rec.c.date_lower, rec.c.date_upper).where(rec.c.id == rid)
        ).one()
        # The record's own title is what the tree and search show (rounds have no title in their object).
        part.title, part.date, part.date_lower, part.date_upper = row.title, row.date, row.date_lower, row.date_upper
        getattr(self, f"_{kind}")(part, rid, obj)
        return part

    def _meeting(self, part: Part, rid: str, obj: dict[str, Any]) -> None:
        forum = obj.get("forum")
        part.subtitle = " · ".join(x for x in (self.title(forum), humanize(obj.get("level"))) if x)
        part.venue, part.status = self.venue(obj), self._status(obj)
        part.fact("Forum", self.title(forum))
        part.fact("Level", humanize(obj.get("level")))
        part.fact("Date", dates.human(obj.get("date")))
        part.fact("Venue", part.venue)
        part.fact("Status", part.status)
        people = obj.get("participants", [])
        part.fact(
            "Participants",
            "; ".join(self.title(p.get("country")) or p.get("organisation", "") for p in people),
            [c for p in people for c in p.get("citations", [])],  # each passage one note (Notes.cite)
        )
        heads = []
        cites: list[Mapping[str, Any]] = []
        for p in people:
            if p.get("head"):
                who = " ".join(x for x in (p.get("head_title"), p["head"]) if x)
                heads.append(f"{who} ({self.title(p.get('country')) or p.get('organisation', '')})")
                cites += p.get("citations", [])
        part.fact("Heads of delegation", "; ".join(heads), cites)
        part.text("Summary", obj.get("description"))
        part.text("On the sidelines", obj.get("sidelines"))
        topic_labels = self._topic_labels({t for a in obj.get("agenda", []) for t in a.get("topics", [])})
        for n, item in enumerate(obj.get("agenda", []), 1):
            part.agenda.append(
                AgendaEntry(
                    n,
                    item["title"],
                    item.get("description", ""),
                    tuple(topic_labels.get(t, t) for t in item.get("topics", [])),
                    part.notes.cite(item.get("citations", [])),
                )
            )
        out = schema.table(schema.Outcome)
        rows = self.conn.execute(
            select(out.c.id, out.c.title, out.c.kind, out.c.status, out.c.status_as_of)
            .where(out.c.meeting_id == rid)
            .order_by(out.c.title)
        ).all()
        cites_of = self._citations([r.id for r in rows])
        for r in rows:
            status = self._status({"status": r.status, "status_as_of": r.status_as_of})
            part.outcomes.append(OutcomeEntry(r.id, r.title, humanize(r.kind), status, part.notes.cite(cites_of(r.id))))
        part.related.append(self.related(forum, "Forum") or _never())
        meet = schema.table(schema.Meeting)
        if obj.get("date"):
            before = self.conn.execute(
                select(meet.c.id)
                .where(meet.c.forum_id == forum, meet.c.date_lower < part.date_lower, meet.c.id != rid)
                .order_by(meet.c.date_lower.desc().nulls_last())
                .limit(1)
            ).scalar()
            after = self.conn.execute(
                select(meet.c.id)
                .where(meet.c.forum_id == forum, meet.c.date_lower > part.date_lower, meet.c.id != rid)
                .order_by(meet.c.date_lower)
                .limit(1)
            ).scalar()
            for other, relation in ((before, "Previous meeting of the forum"), (after, "Next meeting of the forum")):
                entry = self.related(other, relation)
                if entry:
                    part.related.append(entry)
        mem = schema.table(schema.Membership)
        for m in self.conn.execute(select(mem.c.forum_id, mem.c.country_id).where(mem.c.joined_at == rid)):
            entry = self.related(m.forum_id, f"{self.title(m.country_id)} joined here")
            if entry:
                part.related.append(entry)

    def _round(self, part: Part, rid: str, obj: dict[str, Any]) -> None:
        proc = self.round_process[rid]
        rnd = schema.table(schema.Round)
        total = self.conn.execute(select(func.max(rnd.c.number)).where(rnd.c.process_id == proc)).scalar()
        part.subtitle = f"Round {obj['number']} of {total}"
        part.venue, part.status = self.venue(obj), humanize(obj.get("status"))
        part.fact("Process", self.title(proc))
        part.fact("Round", f"{obj['number']} of {total}")
        part.fact("Date", dates.human(obj.get("date")))
        part.fact("Venue", part.venue)
        part.fact("Status", part.status)
        part.text("Summary", obj.get("description"))
        part.related.append(self.related(proc, "Process") or _never())
        forum = self.objs.get(proc, ("", {}))[1].get("forum")
        entry = self.related(forum, "Forum")
        if entry:
            part.related.append(entry)
        for number, relation in ((obj["number"] - 1, "Previous round"), (obj["number"] + 1, "Next round")):
            other = self.conn.execute(select(rnd.c.id).where(rnd.c.process_id == proc, rnd.c.number == number)).scalar()
            entry = self.related(other, relation)
            if entry:
                part.related.append(entry)

    def _process(self, part: Part, rid: str, obj: dict[str, Any]) -> None:
        part.subtitle = self.title(obj.get("forum"))
        rounds = obj.get("rounds", [])
        if not rounds or len(rounds) < self._round_count(rid):
            rounds = self._rounds(rid)
        part.fact("Forum", self.title(obj.get("forum")))
        part.fact("Goal", obj.get("goal"))
        part.fact("Rounds", len(rounds))
        part.text("Summary", obj.get("description"))
        rows = [
            (
                (str(r["number"]), dates.human(r.get("date")), self.venue(r), humanize(r.get("status"))),
                part.notes.cite(r.get("citations", [])),
            )
            for r in rounds
        ]
        part.table("Rounds", ("No.", "Date", "Venue", "Status"), rows)
        entry = self.related(obj.get("forum"), "Forum")
        if entry:
            part.related.append(entry)

    def _forum(self, part: Part, rid: str, obj: dict[str, Any]) -> None:
        part.subtitle = " · ".join(x for x in (obj.get("abbreviation"), humanize(obj.get("kind"))) if x)
        part.fact("Abbreviation", obj.get("abbreviation"))
        part.fact("Kind", humanize(obj.get("kind")))
        part.fact("Founded", dates.human(obj.get("founded")))
        part.fact("Part of", self.title(obj.get("parent")))
        part.fact("Participants", obj.get("participant_count"))
        part.fact("Also known as", "; ".join(_other_names(obj, obj.get("abbreviation"))))
        for f in obj.get("figures", []):
            as_of = f" (as of {dates.human(f['as_of'])})" if f.get("as_of") else ""
            part.fact(f["label"], f"{f['value']}{as_of}", f.get("citations", []))
        part.text("Summary", obj.get("description"))
        members = [
            (
                (
                    self.title(m["country"]),
                    humanize(m.get("role")),
                    dates.human(m.get("since")),
                    dates.human(m.get("until")),
                ),
                part.notes.cite(m.get("citations", [])),
            )
            for m in obj.get("members", [])
        ]
        part.table("Members", ("Country", "Role", "Since", "Until"), members)
        meet = schema.table(schema.Meeting)
        rows = self.conn.execute(
            select(meet.c.id, meet.c.title, meet.c.date, meet.c.city, meet.c.country_id, meet.c.status)
            .where(meet.c.forum_id == rid)
            .order_by(meet.c.date_lower.desc().nulls_last(), meet.c.id)
            .limit(MAX_LISTED)
        ).all()
        part.table(
            "Meetings",
            ("Date", "Meeting", "Venue", "Status"),
            [
                (
                    (dates.human(r.date), r.title, self.venue(dict(r._mapping)), humanize(r.status)),
                    (),
                )
                for r in rows
            ],
        )
        entry = self.related(obj.get("parent"), "Part of")
        if entry:
            part.related.append(entry)
        fo, pr = schema.table(schema.Forum), schema.table(schema.Process)
        for child in self.conn.execute(select(fo.c.id).where(fo.c.parent_id == rid).order_by(fo.c.name)).scalars():
            part.related.append(self.related(child, "Platform under this forum") or _never())
        for proc in self.conn.execute(select(pr.c.id).where(pr.c.forum_id == rid).order_by(pr.c.title)).scalars():
            part.related.append(self.related(proc, "Process") or _never())

    def _outcome(self, part: Part, rid: str, obj: dict[str, Any]) -> None:
        part.subtitle = humanize(obj.get("kind"))
        part.status = self._status(obj)
        part.fact("Kind", humanize(obj.get("kind")))
        part.fact("Status", part.status)
        part.fact("Adopted at", self.title(obj.get("meeting")))
        part.fact("Date", dates.human(obj.get("date")))
        part.fact("Period covered", dates.human(obj.get("period")))
        part.text("Summary", obj.get("description"))
        entry = self.related(obj.get("meeting"), "Adopted at")
        if entry:
            part.related.append(entry)
        for rel in obj.get("related", []):
            entry = self.related(rel["id"], humanize(rel.get("relation") or "related"))
            if entry:
                part.related.append(entry)
        link = schema.table(schema.OutcomeLink)
        known = {r["id"] for r in obj.get("related", [])}
        for r in self.conn.execute(select(link.c.outcome_id, link.c.relation).where(link.c.target_id == rid)):
            if r.outcome_id not in known:
                entry = self.related(r.outcome_id, f"Refers here ({humanize(r.relation or 'related').lower()})")
                if entry:
                    part.related.append(entry)

    def _country(self, part: Part, rid: str, obj: dict[str, Any]) -> None:
        part.subtitle = "Country"
        part.fact("ISO 3166 code", " / ".join(x for x in (obj.get("code"), obj.get("alpha3")) if x))
        part.fact("Also known as", "; ".join(_other_names(obj)))
        mem = schema.table(schema.Membership)
        for f in self.conn.execute(
            select(mem.c.forum_id).where(mem.c.country_id == rid).distinct().order_by(mem.c.forum_id)
        ).scalars():
            part.related.append(self.related(f, "Member of") or _never())
        meet = schema.table(schema.Meeting)
        rows = self.conn.execute(
            select(meet.c.title, meet.c.date, meet.c.city, meet.c.status)
            .where(meet.c.country_id == rid)
            .order_by(meet.c.date_lower.desc().nulls_last())
            .limit(MAX_LISTED)
        ).all()
        part.table(
            "Meetings held here",
            ("Date", "Meeting", "City", "Status"),
            [((dates.human(r.date), r.title, r.city or "", humanize(r.status)), ()) for r in rows],
        )

    def _topic(self, part: Part, rid: str, obj: dict[str, Any]) -> None:
        part.subtitle = "Topic"
        part.text("Description", obj.get("description"))
        at, ai, meet = (
            schema.table(schema.AgendaTopic),
            schema.table(schema.AgendaItem),
            schema.table(schema.Meeting),
        )
        rows = self.conn.execute(
            select(meet.c.title, meet.c.date, ai.c.title.label("item"))
            .join(ai, ai.c.pk == at.c.agenda_item_pk)
            .join(meet, meet.c.id == ai.c.meeting_id)
            .where(at.c.topic_id == rid)
            .order_by(meet.c.date_lower.desc().nulls_last(), ai.c.position)
            .limit(MAX_LISTED)
        ).all()
        part.table(
            "On the agenda of",
            ("Date", "Meeting", "Agenda item"),
            [((dates.human(r.date), r.title, r.item), ()) for r in rows],
        )

    def _source(self, part: Part, rid: str, obj: dict[str, Any]) -> None:
        part.subtitle = obj.get("publisher") or "Source document"
        part.fact("Publisher", obj.get("publisher"))
        part.fact("Date", dates.human(obj.get("date")))
        part.fact("Languages", ", ".join(obj.get("languages", [])))
        part.fact("Address", obj.get("url"))
        part.text("Text", obj.get("text"))

    # --- helpers -------------------------------------------------------------------------------------------
    def _topic_labels(self, ids: set[str]) -> dict[str, str]:
        t = schema.table(schema.Topic)
        if not ids:
            return {}
        return dict(self.conn.execute(select(t.c.id, t.c.label).where(t.c.id.in_(sorted(ids)))).all())

    def _citations(self, ids: list[str]) -> Any:
        t = schema.table(schema.Citation)
        by: dict[str, list[dict[str, Any]]] = {}
        if ids:
            rows = self.conn.execute(
                select(t).where(t.c.record_id.in_(ids), t.c.path == "").order_by(t.c.record_id, t.c.position)
            )
            for r in rows:
                by.setdefault(r.record_id, []).append(
                    {
                        "source": r.source_id,
                        "quote": r.quote,
                        "paragraph": r.paragraph,
                        "note": r.note,
                        "basis": None if r.source_id else r.basis,
                    }
                )
        return lambda rid: by.get(rid, [])

    def _round_count(self, proc: str) -> int:
        rnd = schema.table(schema.Round)
        return int(self.conn.execute(select(func.count()).where(rnd.c.process_id == proc)).scalar() or 0)

    def _rounds(self, proc: str) -> list[dict[str, Any]]:
        rnd = schema.table(schema.Round)
        rows = self.conn.execute(select(rnd).where(rnd.c.process_id == proc).order_by(rnd.c.number)).all()
        cites = self._round_citations([r.id for r in rows])
        return [{**dict(r._mapping), "country": r.country_id, "citations": cites(r.id)} for r in rows]

    def _round_citations(self, ids: list[str]) -> Any:
        return self._citations(ids)


def _other_names(obj: Mapping[str, Any], *also_not: str | None) -> tuple[str, ...]:
    return other_names(_name(obj), [a["name"] for a in obj.get("aliases", [])], *also_not)


def _name(obj: Mapping[str, Any]) -> str:
    return str(obj.get("title") or obj.get("name") or obj.get("label") or obj["id"])


def _never() -> Any:
    raise ReportError("A record refers to another that does not exist; run 'summitry db check'.")
