"""Reading records' views: :func:`view_of` one record, :func:`views_of` many, a batch at a time.

Every output renders what these return (see :mod:`model.records.views`). The reads are declared statements
(:mod:`model.records.views_sql`) that run on a :meth:`model.store.database.Database.reader`: on a SQLite
file straight on the ``sqlite3`` driver with SQL compiled ahead of time (the first screen shows a record
before SQLAlchemy has loaded), elsewhere on an SQLAlchemy session. One batch of records costs a fixed number
of statements per record type, so the detail pane (one record) and a CSV file of 100,000 read alike.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

from model.records import read_forums, read_meetings, read_names, read_processes
from model.records.read_meetings import HEADS, HeadRow
from model.records.reading import Run, chunks, query
from model.records.views import Passage, RecordView, SourceText
from model.store.sqlrun import Reader, runner

_READERS: dict[str, Callable[[Run, Sequence[HeadRow]], dict[str, RecordView]]] = {
    "meeting": read_meetings.meeting_views,  # type: ignore[dict-item]
    "process": read_processes.process_views,  # type: ignore[dict-item]
    "round": read_processes.round_views,  # type: ignore[dict-item]
    "outcome": read_processes.outcome_views,  # type: ignore[dict-item]
    "forum": read_forums.forum_views,  # type: ignore[dict-item]
    "country": read_forums.country_views,  # type: ignore[dict-item]
    "topic": read_forums.topic_views,  # type: ignore[dict-item]
    "source": read_forums.source_views,  # type: ignore[dict-item]
}


def _batch(run: Run, ids: Sequence[str], lang: str | None) -> dict[str, RecordView]:
    heads = HEADS(run, ids=list(ids))
    by_type: dict[str, list[HeadRow]] = {}
    for h in heads:
        by_type.setdefault(h.type, []).append(h)
    out: dict[str, RecordView] = {}
    for kind, found in by_type.items():
        out.update(_READERS[kind](run, found))
    return read_names.in_language(run, out, lang) if lang and out else out


def views_of(conn: Reader, ids: Sequence[str], lang: str | None = None) -> Iterator[RecordView]:
    """The views of the records with these ids, in that order, read a batch at a time.

    Args:
        conn: a reader (:meth:`model.store.database.Database.reader`) or an SQLAlchemy session, held open
            while the views are taken.
        ids: record ids; each must exist.
        lang: the language to show them in (a language tag, "ru"): each record's words, and its links'
            titles, in that language where it has them, else the original (see :mod:`model.records.read_names`).
            None: the original.

    Raises:
        KeyError: when an id names no record (the message names up to five).
    """
    run = runner(conn)
    for chunk in chunks(ids):
        found = _batch(run, list(dict.fromkeys(chunk)), lang)
        missing = [i for i in chunk if i not in found]
        if missing:
            raise KeyError(f"no record with id {', '.join(repr(m) for m in missing[:5])}")
        yield from (found[i] for i in chunk)


def view_of(conn: Reader, rid: str, lang: str | None = None) -> RecordView | None:
    """The view of one record, or None when there is no record with that id (``conn`` and ``lang`` as for
    :func:`views_of`)."""
    return _batch(runner(conn), [rid], lang).get(rid)


class _PassageRow(NamedTuple):
    pk: int
    source_id: str | None
    quote: str | None
    start: int | None
    end: int | None


class _SourceTextRow(NamedTuple):
    id: str
    title: str
    publisher: str | None
    date: str | None
    text: str


_PASSAGE = query("passage", _PassageRow)
_SOURCE_TEXT = query("source_text", _SourceTextRow)


def passage(conn: Reader, pk: int) -> Passage | None:
    """Where one citation (by its key, a note's ``citation``) is in its source, or None."""
    found = _PASSAGE(runner(conn), pk=pk)
    return Passage(*found[0]) if found else None


def source_text(conn: Reader, source_id: str) -> SourceText | None:
    """A source document with its full text, or None."""
    found = _SOURCE_TEXT(runner(conn), rid=source_id)
    return SourceText(*found[0]) if found else None
