"""Exporting meetings and rounds to an iCalendar file (RFC 5545) for calendar apps.

Every dated meeting and round becomes an all-day VEVENT spanning the days its date can mean: DTEND is
the day after the last day, as RFC 5545 wants for all-day events. A date known only to the month, or
marked uncertain, still spans its whole range, and the description says so. A date vaguer than a month
(a season, a year, "2016/2020") is left out and counted: in a calendar it would be an all-day event
filling a whole season or year, covering every real meeting in it. A stated range of days stays, however
long. UIDs are
``<record id>@summitry``, so importing a newer export updates the events instead of duplicating them.

Written with the standard library: the output is a few fixed properties, and text escaping and line
folding are the only subtle parts, both small and tested here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from model import __version__, i18n
from model.exports.selection import first_day, last_day, ordered_ids, record_count, with_rounds
from model.i18n import Words
from model.interchange import exporter
from model.records.read_views import views_of
from model.records.reading import code_word
from model.records.views import Note, RecordView, RoundView
from model.store.database import Database

#: The record types that are events in a calendar.
EVENT_TYPES = ("meeting", "round")
#: Lines are folded to at most this many octets, CRLF not counted (RFC 5545 section 3.1).
MAX_OCTETS = 75
#: iCalendar STATUS by the record's status; a status not listed here (or none) is CONFIRMED.
STATUS = {
    "scheduled": "TENTATIVE",
    "planned": "TENTATIVE",
    "expected": "TENTATIVE",
    "postponed": "CANCELLED",
    "cancelled": "CANCELLED",
}
# EDTF dates that name exact days: one day, or a range of days, with no uncertainty mark.
_EXACT = re.compile(r"^\d{4}-\d{2}-\d{2}(/\d{4}-\d{2}-\d{2})?$")
#: The longest span, in days, of a date that is not a stated range of days and still makes an event: a month.
MAX_VAGUE_DAYS = 31


@dataclass(frozen=True)
class IcsResult:
    """What an ICS export wrote: ``events`` dated meetings and rounds; left out, ``undated`` meetings and
    rounds without a (closed) date, ``vague`` ones dated less precisely than a month, and ``other``
    records of other types."""

    events: int
    undated: int
    other: int
    rounds: int = 0
    vague: int = 0

    @property
    def meetings(self) -> int:
        """How many of the events are meetings (the rest are rounds)."""
        return self.events - self.rounds

    def left_out(self) -> str:
        """What was left out and why, in words ("" when nothing was): for the command line and the window."""
        counts = (
            (
                self.vague,
                "meeting or round dated less precisely than a month",
                "meetings and rounds dated less precisely than a month",
            ),
            (self.undated, "meeting or round without a date", "meetings and rounds without a date"),
            (self.other, "record that is not a meeting or round", "other records"),
        )
        parts = [f"{n} {one if n == 1 else many}" for n, one, many in counts if n]
        return " and ".join(parts) if len(parts) < 3 else f"{', '.join(parts[:-1])} and {parts[-1]}"


def escape(text: str) -> str:
    """TEXT value escaping (RFC 5545 section 3.3.11): backslash, semicolon, comma and line breaks."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """One content line folded to :data:`MAX_OCTETS` octets a line, joined by CRLF and a space.

    Splits only between characters, never inside a UTF-8 sequence; the space that starts a continuation
    line counts towards its 75 octets.
    """
    parts: list[str] = []
    current: list[str] = []
    size, limit = 0, MAX_OCTETS
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            parts.append("".join(current))
            current, size, limit = [], 0, MAX_OCTETS - 1
        current.append(ch)
        size += width
    parts.append("".join(current))
    return "\r\n ".join(parts)


class CalendarText(Words):
    """The words of an event's description, in the interface's language (the iCalendar fields stay as the
    standard names them)."""


def _day(iso: str, shift: int = 0) -> str:
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=shift)).strftime("%Y%m%d")


def _citations(cited: tuple[Note, ...]) -> list[str]:
    """ "Source: title (publisher, date) url" once per source, then each passage cited from it on its own line."""
    by_source: dict[str, list[Note]] = {}
    for n in cited:
        if n.source:
            by_source.setdefault(n.source.id, []).append(n)
    lines: list[str] = []
    for group in by_source.values():
        n = group[0]
        assert n.source is not None
        about = ", ".join(p for p in (n.publisher, n.source.when) if p)
        source = CalendarText.tr("Source: {title}").format(title=n.source.title)
        lines.append(source + (f" ({about})" if about else "") + (f" {n.url}" if n.url else ""))
        lines.extend(f"  “{quote}”" for quote in dict.fromkeys(q.quote for q in group if q.quote))  # each once
    return lines


def description(v: RecordView) -> str:
    """The event's description: forum, round, the date as stated when it is not exact, status, sources."""
    lines = []
    if v.forum:
        lines.append(CalendarText.tr("Forum: {title}").format(title=v.forum.title))
    if isinstance(v, RoundView) and v.process:
        round_of = CalendarText.tr("Round {number} of {count} of {process}")
        lines.append(round_of.format(number=v.number, count=v.of, process=v.process.title))
    if v.date and not _EXACT.match(v.date):
        stated = CalendarText.tr(
            "Date as stated: {date} (EDTF {edtf}); this all-day entry spans every day the date may mean."
        )
        lines.append(stated.format(date=v.when, edtf=v.date))
    if v.status:
        lines.append(CalendarText.tr("Status: {status}").format(status=code_word(v.status, v.type)))
    lines.extend(_citations(v.cited_sources()))
    lines.append(CalendarText.tr("Summitry record: {id}").format(id=v.id))
    return "\n".join(lines)


def vevent(v: RecordView, stamp: str) -> list[str]:
    """The unfolded content lines of one event (``v`` must have both date bounds)."""
    first, last = first_day(v.lower), last_day(v.upper)
    assert first and last
    lines = [
        "BEGIN:VEVENT",
        f"UID:{v.id}@summitry",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{_day(first)}",
        f"DTEND;VALUE=DATE:{_day(last, 1)}",  # exclusive: the day after the last day
        f"SUMMARY:{escape(v.title)}",
    ]
    if v.venue:
        lines.append(f"LOCATION:{escape(v.venue)}")
    lines.append(f"STATUS:{STATUS.get(v.status or '', 'CONFIRMED')}")
    lines.append(f"DESCRIPTION:{escape(description(v))}")
    lines.append("TRANSP:TRANSPARENT")  # a meeting abroad is not the reader's own busy time
    lines.append("END:VEVENT")
    return lines


def calendar_text(events: Iterable[RecordView], now: dt.datetime) -> tuple[str, int]:
    """The whole calendar (folded lines ending in CRLF) and how many events it holds.

    ``events`` may be a generator: each event is turned into text as it comes, so a calendar of
    100,000 meetings is held as text, not as views.
    """
    stamp = now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//Summitry//Summitry {__version__}//EN"]
    lines += ["CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:Summitry"]
    count = 0
    for rec in events:
        lines.extend(fold(line) for line in vevent(rec, stamp))
        count += 1
    lines.append("END:VCALENDAR")
    return "".join(f"{line}\r\n" for line in lines), count


def is_event(v: RecordView) -> bool:
    """Whether a record goes into a calendar: a meeting or round with a date closed at both ends."""
    return v.type in EVENT_TYPES and first_day(v.lower) is not None and last_day(v.upper) is not None


def is_too_vague(v: RecordView) -> bool:
    """Whether an event's date is vaguer than a month (a season, a year, a span of months or years).

    A range of exact days ("2016-07-25/2016-08-30") is what the source states, however long, and stays.
    """
    first, last = first_day(v.lower), last_day(v.upper)
    if v.date is None or first is None or last is None or _EXACT.match(v.date):
        return False
    span = dt.date.fromisoformat(last) - dt.date.fromisoformat(first)
    return span.days + 1 > MAX_VAGUE_DAYS


def export_ics(db: Database, path: Path, ids: list[str] | None = None, now: dt.datetime | None = None) -> IcsResult:
    """Export the dated meetings and rounds among ``ids`` (all when None; a process brings its rounds),
    leaving out those dated less precisely than a month (:func:`is_too_vague`).

    Writes nothing when there is no event to write (:attr:`IcsResult.events` is 0).

    Raises:
        KeyError: when an id names no record (nothing is written).
        OSError: when the file cannot be written; a file already at ``path`` is left as it was.
    """
    exporter.require_folder(path)
    now = now or dt.datetime.now(dt.UTC)
    with db.session() as session:
        conn = session.connection()
        if ids is None:
            total = record_count(conn)
            order = ordered_ids(conn, None, types=EVENT_TYPES)
        else:
            chosen = ordered_ids(conn, with_rounds(conn, ids))
            total = len(chosen)
            order = ordered_ids(conn, chosen, types=EVENT_TYPES)
        rounds = vague = 0

        def dated() -> Iterator[RecordView]:
            nonlocal rounds, vague
            for view in views_of(session, order, i18n.language()):  # names as people read them
                if is_event(view) and is_too_vague(view):
                    vague += 1
                elif is_event(view):
                    rounds += view.type == "round"
                    yield view

        text, events = calendar_text(dated(), now)
    undated = len(order) - events - vague
    result = IcsResult(events=events, undated=undated, other=total - len(order), rounds=rounds, vague=vague)
    if events:
        exporter.write_atomically(path, text.encode("utf-8"))
    return result
