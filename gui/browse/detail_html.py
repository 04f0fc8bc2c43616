"""HTML for the detail pane, built only from escaped text.

Every piece of user text goes through :func:`esc` (``html.escape``), so a
title containing ``<b>`` or ``<img src=…>`` shows those characters literally.
Links use two schemes the pane handles itself: ``record:ID`` and ``cite:PK``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from typing import TYPE_CHECKING, Any

from model import dates

if TYPE_CHECKING:  # only for annotations: importing model.details pulls in SQLAlchemy, which the first paint
    # must not wait for (the window shows render_message before any database is open)
    from model.records.details import (
        Cite as CiteT,
    )
    from model.records.details import (
        CountryDetail,
        Detail,
        ForumDetail,
        MeetingDetail,
        Member,
        OutcomeDetail,
        ProcessDetail,
        Ref,
        RoundDetail,
        SourceDetail,
        TopicDetail,
    )

TYPE_LABELS = {
    "forum": "Forum",
    "meeting": "Meeting",
    "process": "Process",
    "round": "Round",
    "outcome": "Outcome document",
    "country": "Country",
    "topic": "Topic",
    "source": "Source document",
}
CSS = """
h1 { font-size: 17pt; margin-bottom: 2px; }
h2 { font-size: 12pt; margin-top: 14px; margin-bottom: 4px; color: #2f4f6f; }
.kind { color: #666666; }
.id { color: #444444; font-family: monospace; }
.notheld { color: #8a5a00; font-weight: bold; }
.cite { color: #555555; margin-left: 18px; }
.quote { color: #333333; font-style: italic; }
.muted { color: #777777; }
td.label { color: #555555; padding-right: 12px; white-space: nowrap; }
a { color: #1f5fa8; text-decoration: none; }
"""


def esc(text: Any) -> str:
    """Escape anything for HTML; None becomes an empty string."""
    return "" if text is None else escape(str(text), quote=True)


def link(ref: Ref | None, text: str | None = None, with_date: bool = False) -> str:
    if ref is None:
        return ""
    label = esc(text if text is not None else ref.title)
    when = dates.human(ref.date) if with_date and ref.date else ""
    # A title that already ends with its date ("… space security (autumn 2016)") does not get it twice.
    shown = when and not (text if text is not None else ref.title).endswith(f"({when})")
    suffix = f" <span class='muted'>({esc(when)})</span>" if shown else ""
    status = f" <span class='notheld'>{esc(ref.status)}</span>" if ref.status in _NOT_HELD else ""
    return f"<a href='record:{esc(ref.id)}'>{label}</a>{suffix}{status}"


_NOT_HELD = {"scheduled", "planned", "expected", "postponed"}


def _rows(rows: Iterable[tuple[str, str]]) -> str:
    body = "".join(f"<tr><td class='label'>{esc(k)}</td><td>{v}</td></tr>" for k, v in rows if v)
    return f"<table cellspacing='0' cellpadding='2'>{body}</table>" if body else ""


def _cite_line(c: CiteT) -> str:
    """A cited passage in a line: the quote, then a link that opens the source at it."""
    if c.source_id is None:
        basis = esc((c.basis or "note").replace("-", " "))
        return f"<div class='cite'>[{basis}] {esc(c.note)}</div>"
    where = f"¶ {c.paragraph}" if c.paragraph else "passage"
    date = f", {esc(dates.human(c.source_date))}" if c.source_date else ""
    note = f" <span class='muted'>{esc(c.note)}</span>" if c.note else ""
    return (
        f"<div class='cite'>“<span class='quote'>{esc(c.quote)}</span>” "
        f"<a href='cite:{c.pk}'>[{esc(_short_source(c))}{date}, {where}]</a>{note}</div>"
    )


def _short_source(c: CiteT) -> str:
    title = c.source_title or c.source_id or ""
    return title if len(title) <= 36 else title[:34].rstrip() + "…"


def _cites(cites: Sequence[CiteT]) -> str:
    return "".join(_cite_line(c) for c in cites)


def _section(title: str, body: str) -> str:
    return f"<h2>{esc(title)}</h2>{body}" if body else ""


def _list(items: Iterable[str], ordered: bool = False) -> str:
    body = "".join(f"<li>{i}</li>" for i in items)
    tag = "ol" if ordered else "ul"
    return f"<{tag}>{body}</{tag}>" if body else ""


def _more(shown: int, total: int, what: str) -> str:
    from model.records.details import COUNT_CAP

    of = f"more than {COUNT_CAP:,}" if total > COUNT_CAP else f"{total:,}"
    return f"<p class='muted'>Showing {shown} of {of} {esc(what)}.</p>" if total > shown else ""


def _status(status: str | None, as_of: str | None) -> str:
    if not status:
        return ""
    cls = "notheld" if status in _NOT_HELD else ""
    text = f"<span class='{cls}'>{esc(status)}</span>"
    return f"{text} (as of {esc(dates.human(as_of))})" if as_of else text


def _venue(city: str | None, country: Ref | None) -> str:
    return ", ".join(x for x in (esc(city), link(country)) if x)


def _header(d: Detail) -> str:
    kind = TYPE_LABELS.get(d.type, d.type)
    return (
        f"<h1>{esc(d.title)}</h1><p><span class='kind'>{esc(kind)}</span> · id <span class='id'>{esc(d.id)}</span></p>"
    )


def _sources(d: Detail) -> str:
    """The record's citations, grouped by source document, each source named in full once and each passage
    shown once (several facts citing one sentence list it once)."""
    groups: dict[str | None, list[CiteT]] = {}
    for c in d.passages:
        groups.setdefault(c.source_id, []).append(c)
    body = ""
    for source_id, cites in groups.items():
        if source_id is None:
            body += "<p><b>Not from a source</b></p>" + _cites(cites)
            continue
        first = cites[0]
        date = f", {esc(dates.human(first.source_date))}" if first.source_date else ""
        body += (
            f"<p><a href='record:{esc(source_id)}'><b>{esc(first.source_title or source_id)}</b></a>{date}</p>"
            + _cites(cites)
        )
    return _section("Sources", body)


def _meeting(d: MeetingDetail) -> str:
    forum = " ▸ ".join(link(r) for r in d.forum_path)
    ordinal = f"{d.ordinal}" if d.ordinal else ""
    out = _rows(
        [
            ("Forum", forum),
            ("Ordinal", esc(ordinal)),
            ("Level", esc(d.level)),
            ("Date", esc(dates.human(d.date)) or "<span class='muted'>not stated</span>"),
            ("Venue", _venue(d.city, d.country)),
            ("Status", _status(d.status, d.status_as_of)),
        ]
    )
    if d.description:
        out += f"<p>{esc(d.description)}</p>"
    heads = [p for p in d.participants if p.head]
    out += _section(
        "Heads of delegation",
        _list(
            f"{link(p.country) or esc(p.organisation)}: {esc(p.head_title)} {esc(p.head)}{_cites(p.cites)}"
            for p in heads
        ),
    )
    out += _section(
        "Participants",
        ", ".join(link(p.country) or esc(p.organisation) for p in d.participants),
    )
    agenda = (
        f"<b>{esc(a.title)}</b>"
        + (f"<br/>{esc(a.description)}" if a.description else "")
        + (f"<br/><span class='muted'>Topics:</span> {', '.join(link(t) for t in a.topics)}" if a.topics else "")
        + _cites(a.cites)
        for a in d.agenda
    )
    # Numbered, as in the printed brief and `summitry show`: people refer to "item 3".
    out += _section("Agenda", _list(agenda, ordered=True))
    out += _section("Outcomes", _list(link(o) for o in d.outcomes))
    related = [
        *(f"Process: {link(p)}" for p in d.processes),
        *(f"Round before: {link(r, with_date=True)}" for r in d.rounds_before),
        *(f"Round after: {link(r, with_date=True)}" for r in d.rounds_after),
        f"Previous meeting: {link(d.previous, with_date=True)}" if d.previous else "",
        f"Next meeting: {link(d.next, with_date=True)}" if d.next else "",
    ]
    out += _section("Related", _list(r for r in related if r))
    if d.sidelines:
        out += _section("On the sidelines", f"<p>{esc(d.sidelines)}</p>")
    return out


def _member_line(m: Member) -> str:
    period = []
    if m.since:
        period.append(f"since {esc(dates.human(m.since))}")
    if m.until:
        period.append(f"until {esc(dates.human(m.until))}")
    if m.joined_at:
        period.append(f"joined at {link(m.joined_at)}")
    role = f" <span class='muted'>{esc(m.role)}</span>" if m.role else ""
    when = f" — {', '.join(period)}" if period else ""
    return f"{link(m.country)}{role}{when}"


def _forum(d: ForumDetail) -> str:
    out = _rows(
        [
            ("Abbreviation", esc(d.abbreviation)),
            ("Also called", esc("; ".join(d.aliases))),
            ("Kind", esc(d.kind)),
            ("Founded", esc(dates.human(d.founded))),
            ("Part of", link(d.parent)),
            ("Participants", esc(d.participant_count)),
        ]
    )
    if d.description:
        out += f"<p>{esc(d.description)}</p>"
    out += _section(
        "Key figures",
        _list(
            f"{esc(f.label)}: <b>{esc(f.value)}</b>"
            + (f" <span class='muted'>(as of {esc(dates.human(f.as_of))})</span>" if f.as_of else "")
            + _cites(f.cites)
            for f in d.figures
        ),
    )
    out += _section("Platforms", _list(link(s) for s in d.subforums))
    out += _section("Members over time", _list(_member_line(m) for m in d.members))
    out += _section("Processes", _list(link(p) for p in d.processes))
    out += _section(
        "Meetings (latest first)",
        _list(link(m, with_date=True) for m in d.meetings) + _more(len(d.meetings), d.meeting_count, "meetings"),
    )
    return out


def _process(d: ProcessDetail) -> str:
    out = _rows([("Forum", link(d.forum)), ("Goal", esc(d.goal))])
    if d.description:
        out += f"<p>{esc(d.description)}</p>"
    out += _section("Rounds", _list((link(r, with_date=True) for r in d.rounds), ordered=True))
    return out


def _round(d: RoundDetail) -> str:
    return _rows(
        [
            ("Process", link(d.process)),
            ("Round", esc(f"round {d.number} of {d.of}")),
            ("Date", esc(dates.human(d.date))),
            ("Venue", _venue(d.city, d.country)),
            ("Status", _status(d.status, None)),
            ("Previous round", link(d.previous, with_date=True)),
            ("Next round", link(d.next, with_date=True)),
        ]
    ) + (f"<p>{esc(d.description)}</p>" if d.description else "")


def _outcome(d: OutcomeDetail) -> str:
    out = _rows(
        [
            ("Kind", esc(d.kind.replace("-", " "))),
            ("Status", _status(d.status, d.status_as_of)),
            ("Adopted at", link(d.meeting, with_date=True)),
            ("Date", esc(dates.human(d.date))),
            ("Period covered", esc(dates.human(d.period))),
        ]
    )
    if d.description:
        out += f"<p>{esc(d.description)}</p>"
    out += _section(
        "Related documents",
        _list(f"{esc((r.relation or 'related').replace('-', ' '))}: {link(r.target)}" for r in d.related),
    )
    return out


def _country(d: CountryDetail) -> str:
    out = _rows([("ISO code", esc(d.code)), ("ISO alpha-3", esc(d.alpha3)), ("Also called", esc("; ".join(d.aliases)))])
    out += _section("Member of", _list(_member_line(m) for m in d.memberships))
    out += _section(
        "Meetings held here",
        _list(link(m, with_date=True) for m in d.hosted) + _more(len(d.hosted), d.hosted_count, "meetings"),
    )
    return out


def _topic(d: TopicDetail) -> str:
    out = f"<p>{esc(d.description)}</p>" if d.description else ""
    out += _section(
        "On the agenda of",
        _list(link(m, with_date=True) for m in d.meetings) + _more(len(d.meetings), d.meeting_count, "meetings"),
    )
    return out


def _source(d: SourceDetail) -> str:
    out = _rows(
        [
            ("Publisher", esc(d.publisher)),
            ("Date", esc(dates.human(d.date))),
            ("Languages", esc(", ".join(d.languages))),
            ("Address", esc(d.url)),
            ("Length", esc(f"{d.length:,} characters")),
        ]
    )
    out += _section("Cited by", _list(link(r) for r in d.citing) + _more(len(d.citing), d.citing_count, "records"))
    return out


# By class name, so this module needs model.records.details only for type checking.
_RENDERERS: dict[str, Any] = {
    "MeetingDetail": _meeting,
    "ForumDetail": _forum,
    "ProcessDetail": _process,
    "RoundDetail": _round,
    "OutcomeDetail": _outcome,
    "CountryDetail": _country,
    "TopicDetail": _topic,
    "SourceDetail": _source,
}


def render(d: Detail) -> str:
    """The full HTML document for one record."""
    body = _header(d) + _RENDERERS[type(d).__name__](d) + _sources(d)
    return f"<html><head><style>{CSS}</style></head><body>{body}</body></html>"


def render_message(title: str, text: str) -> str:
    """A page with a heading and a line of text (no record selected, a group, an error)."""
    return f"<html><head><style>{CSS}</style></head><body><h1>{esc(title)}</h1><p>{esc(text)}</p></body></html>"
