"""Making briefs and dossiers: one record's brief, several records' dossier, or the records a search finds.

A brief is the record's view (:func:`model.records.read_views.views_of`), read in one read view of the
database, a batch of records at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from model import dates, i18n
from model.i18n import Words
from model.records.read_views import views_of
from model.records.views import RecordView
from model.report.content import Brief, ChronologyRow, Dossier, Header, ReportError
from model.store.database import Database
from model.store.sqlrun import Reader, text_rows


class BriefText(Words):
    """The words of a printed brief or dossier, in the interface's language (its record text stays as written)."""


#: Called with (records done, records in all, the record's id); returns False to cancel.
ProgressFn = Callable[[int, int, str], bool]


def build_briefs(
    conn: Reader, ids: Sequence[str], progress: ProgressFn | None = None, *, notes: bool = False
) -> list[Brief]:
    """Briefs for the given record ids, in the given order (duplicates dropped).

    Args:
        conn: a reader (:meth:`model.store.database.Database.reader`) or an SQLAlchemy session.
        notes: include the user's private notes (chosen at export; they are private, so off unless asked).

    Raises:
        ReportError: when an id names no record, or the export was cancelled.
    """
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        raise ReportError(BriefText.tr("Choose at least one record to export."))
    briefs = []
    private = private_notes(conn, wanted) if notes else {}
    try:
        # The records' names in the interface's language, where they have them, as its words are.
        for done, view in enumerate(views_of(conn, wanted, i18n.language())):
            if progress is not None and not progress(done, len(wanted), view.id):
                raise ReportError(BriefText.tr("Export cancelled."))
            briefs.append(replace(brief_of(view), private_note=private.get(view.id, "")))
    except KeyError as exc:
        raise ReportError(BriefText.tr("Cannot export: {reason}.").format(reason=exc.args[0])) from exc
    if progress is not None:
        progress(len(wanted), len(wanted), "")
    return briefs


def build_brief(conn: Reader, record_id: str) -> Brief:
    """The brief of one record of any type.

    Raises:
        ReportError: when no record has this id.
    """
    return build_briefs(conn, [record_id])[0]


def private_notes(conn: Reader, ids: Sequence[str]) -> dict[str, str]:
    """The private notes of these records, by id (records without one are absent)."""
    wanted = set(ids)
    # Notes are few (one person's, by hand): reading them all beats a parameter per id in a long dossier.
    return {
        str(r[0]): str(r[1]) for r in text_rows(conn, "SELECT record_id, text FROM note") if r[0] in wanted and r[1]
    }


def brief_of(view: RecordView) -> Brief:
    """A record's brief: its view under the header of its pages."""
    return Brief(
        Header("Summitry", BriefText.tr("{type} brief").format(type=view.type_label), view.as_of, view.dataset), view
    )


def _period(rows: Sequence[ChronologyRow]) -> str:
    """ "Nov 2013 – 26 Jul 2016": from the earliest record's date to the latest's, at their own precision."""
    bounded = [r for r in rows if r.date_lower and r.date_upper and r.date_lower != dates.MIN_BOUND]
    if not bounded:
        return ""
    first = min(bounded, key=lambda r: (r.date_lower or "", r.date_upper or ""))
    last = max(bounded, key=lambda r: (r.date_upper or "", r.date_lower or ""))
    return first.date if first is last or first.date == last.date else f"{first.date} – {last.date}"


def build_dossier(
    conn: Reader, ids: Sequence[str], title: str = "", progress: ProgressFn | None = None, *, notes: bool = False
) -> Dossier:
    """A dossier of several records: their briefs in the given order and a chronology sorted by date bounds.

    Raises:
        ReportError: when an id names no record, or the export was cancelled.
    """
    briefs = build_briefs(conn, ids, progress, notes=notes)
    rows = [
        ChronologyRow(v.when, v.lower, v.upper, v.title, v.type_label, v.venue, v.status_text, v.id)
        for v in (b.view for b in briefs)
        if v.when
    ]
    # Undated records (forums without a founding date, topics) have no place in a chronology.
    rows.sort(key=lambda r: (r.date_lower or dates.MAX_BOUND, r.date_upper or dates.MAX_BOUND, r.title))
    as_ofs = sorted({b.header.as_of for b in briefs if b.header.as_of})
    datasets = sorted({b.header.dataset for b in briefs if b.header.dataset})
    count = len(briefs)
    header = Header("Summitry", BriefText.tr("Dossier"), as_ofs[-1] if as_ofs else "", "; ".join(datasets))
    return Dossier(
        header=header,
        title=title or BriefText.tr("Dossier of %n record(s)", "", count),
        subtitle=", ".join(sorted({b.view.type_label for b in briefs})),
        period=_period(rows),
        briefs=tuple(briefs),
        chronology=tuple(rows),
    )


def read_report(
    db: Database, ids: Sequence[str], title: str = "", progress: ProgressFn | None = None, *, notes: bool = False
) -> Brief | Dossier:
    """One record's brief, or a dossier when several ids are given, read in one read view; ``notes``
    includes the user's private notes.

    Raises:
        ReportError: when an id names no record, none is given, or the export was cancelled.
    """
    wanted = list(dict.fromkeys(ids))
    with db.reader() as conn:
        if len(wanted) == 1:
            return build_briefs(conn, wanted, progress, notes=notes)[0]
        return build_dossier(conn, wanted, title, progress, notes=notes)


#: The most records one dossier holds; a query that finds more is asked to be narrowed.
MAX_DOSSIER = 1000


@dataclass(frozen=True)
class QueryRecords:
    """The records a search finds for a dossier, best first, with the search's hints about the query."""

    ids: tuple[str, ...]
    title: str
    hints: tuple[str, ...]


def records_for_query(db: Database, query: str) -> QueryRecords:
    """The ids a query of the search language finds, for ``export --query`` and the window's results.

    Raises:
        ReportError: when the query searches for nothing, finds nothing, or finds more than a dossier holds.
    """
    from model.search import engine

    result = engine.search(db, query, limit=MAX_DOSSIER + 1)
    hints = tuple(result.hints)
    if not result.searched:
        raise ReportError(BriefText.tr("Nothing to search for. Example: --query 'forum:ARF year:2016'."))
    if not result.hits:
        raise ReportError(
            BriefText.tr("The search '{query}' finds no records, so there is nothing to print.").format(query=query)
        )
    if len(result.hits) > MAX_DOSSIER:
        too_many = BriefText.tr(
            "The search '{query}' finds {count}; a dossier holds at most %Ln. "
            "Narrow the query (for example add year:2016 or forum:ARF).",
            "",
            MAX_DOSSIER,
        )
        raise ReportError(too_many.format(query=query, count=result.count_text.lower()))
    return QueryRecords(tuple(h.id for h in result.hits), BriefText.tr("Search: {query}").format(query=query), hints)
