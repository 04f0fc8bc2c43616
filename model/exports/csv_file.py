"""Exporting records to CSV for spreadsheets: one row per record's view, one flat column set for every type.

The file is UTF-8 with a byte-order mark (without it Excel reads UTF-8 as the local code page and
Cyrillic, Lao or Khmer names turn to mojibake), comma-separated with CRLF line ends and quoting as
RFC 4180 describes (Python's :mod:`csv` module), with a header row. Cells a record type has no value
for are empty.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from model import i18n
from model.exports.selection import first_day, last_day, ordered_ids, with_rounds
from model.interchange import exporter
from model.records.read_views import views_of
from model.records.views import MeetingView, RecordView, RoundView
from model.store.database import Database

#: The columns, in order, with what each holds (the README lists them too).
COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "the record's id, as on the command line"),
    ("type", "forum, meeting, process, round, outcome, country, topic or source"),
    ("title", "title or name (a round's title names its process, number and city)"),
    ("date", "the date as stored, in EDTF (2013-11, 2016-23 for autumn 2016, 2016-07-25/2016-07-26)"),
    ("date_text", "the date as a person reads it (Nov 2013, 25–26 Jul 2016)"),
    ("start", "the first day the date can mean (YYYY-MM-DD)"),
    ("end", "the last day the date can mean (YYYY-MM-DD)"),
    ("status", "held, scheduled, planned … for meetings and rounds; adopted, expected … for outcomes"),
    ("forum_id", "the forum of a meeting or process, of a round's process, or of an outcome's adopting meeting"),
    ("forum", "that forum's name"),
    ("process_id", "a round's process"),
    ("round", "a round's number, as 'N of M'"),
    ("city", "a meeting's or round's city"),
    ("country", "a meeting's or round's country (name)"),
    ("source", "title of the first source the record cites"),
    ("source_quote", "the passage of that source it cites"),
)
HEADER = tuple(name for name, _what in COLUMNS)

# A cell starting with one of these is run as a formula by Excel and LibreOffice ("CSV injection"); data
# files come from other people, so such cells are prefixed with an apostrophe, which spreadsheets hide.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    if value is None:
        return ""
    text = str(value)
    return f"'{text}" if text.startswith(_FORMULA_START) else text


def row_of(v: RecordView) -> list[str]:
    """The CSV cells of one record's view, in :data:`HEADER` order."""
    first = next(iter(v.cited_sources()), None)
    place = v if isinstance(v, MeetingView | RoundView) else None
    rnd = v if isinstance(v, RoundView) else None
    values = (
        v.id,
        v.type,
        v.title,
        v.date,
        v.when,
        first_day(v.lower),
        last_day(v.upper),
        v.status,
        v.forum.id if v.forum else None,
        v.forum.title if v.forum else None,
        rnd.process.id if rnd and rnd.process else None,
        f"{rnd.number} of {rnd.of}" if rnd else None,
        place.city if place else None,
        place.country.title if place and place.country else None,
        first.source.title if first and first.source else None,
        first.quote if first else None,
    )
    return [_cell(value) for value in values]


def csv_bytes(records: Iterable[RecordView]) -> tuple[bytes, int]:
    """The whole file for ``records`` (header first) and how many rows it holds."""
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")  # RFC 4180 ends records with CRLF
    writer.writerow(HEADER)
    count = 0
    for rec in records:
        writer.writerow(row_of(rec))
        count += 1
    return buf.getvalue().encode("utf-8-sig"), count


def export_csv(db: Database, path: Path, ids: list[str] | None = None) -> int:
    """Export records (all when ``ids`` is None; a process brings its rounds) to a CSV file.

    Rows are ordered by type, then date (undated last), then id. Returns the number of rows.

    Raises:
        KeyError: when an id names no record (nothing is written).
        OSError: when the file cannot be written; a file already at ``path`` is left as it was.
    """
    exporter.require_folder(path)
    with db.session() as session:
        conn = session.connection()
        order = ordered_ids(conn, None if ids is None else with_rounds(conn, ids))
        blob, count = csv_bytes(views_of(session, order, i18n.language()))  # names as people read them
    exporter.write_atomically(path, blob)
    return count
