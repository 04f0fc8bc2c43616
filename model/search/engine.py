"""Running a search: ranked results with highlighted snippets, a count, and pages.

The window, the ``summitry search`` command and saved searches all come through :func:`search`.
Ranking is the index's own (FTS5's bm25 on SQLite, ``ts_rank`` on PostgreSQL) with the title weighted ten
times the body, computed in SQL with a LIMIT (a top-N sort) for the rows that pass the field filters only.
A word matching most of a big archive is not scored everywhere: only its RANK_CANDIDATES newest matches are
ranked (see ``_rank_floor``).
"""

from __future__ import annotations

from dataclasses import dataclass

from model import dates, i18n
from model.i18n import Words
from model.search import highlight, passages
from model.search.fields import EVERYTHING, FieldResolver
from model.search.parser import parse_query
from model.search.sql import Plan, plan
from model.store import schema_facts as facts
from model.store.backend import SearchSql
from model.store.database import Database
from model.store.sqlite_backend import SQLITE
from model.store.sqlrun import LiteConnection, Reader, text_rows

#: Results per page (the first page comes with the count).
PAGE = 50
#: Counting stops here; the window says "10,000+".
COUNT_CAP = 10_000
#: Above this many matches, only the newest this many are ranked (see ``_rank_floor``).
RANK_CANDIDATES = 2_000
#: Rank weights: (title, body).
RANK_WEIGHTS = (10.0, 1.0)
_TYPES = "('" + "', '".join(facts.SEARCHABLE_TYPES) + "')"


class SearchText(Words):
    """What a search says about its results, in the interface's language."""


@dataclass(frozen=True)
class Hit:
    """One search result as the results list and the command line show it."""

    id: str
    type: str
    title: str
    date: str | None
    when: str
    snippet: str
    #: (start, end) character ranges of ``snippet`` that matched the query.
    highlights: tuple[tuple[int, int], ...] = ()
    #: The title to show in a list, telling the record from its siblings first ("Round 3 — Jakarta · …");
    #: the record's own title for most records.
    label: str = ""
    #: (start, end) ranges of ``label`` that matched the query.
    label_highlights: tuple[tuple[int, int], ...] = ()

    def marked(self, before: str = "[", after: str = "]") -> str:
        """The snippet with each highlighted range wrapped in ``before``/``after``."""
        out, last = [], 0
        for start, end in self.highlights:
            out += [self.snippet[last:start], before, self.snippet[start:end], after]
            last = end
        out.append(self.snippet[last:])
        return "".join(out)


@dataclass(frozen=True)
class SearchResult:
    """What a search found: its first page, how many in all, and hints about the query."""

    query: str
    hits: tuple[Hit, ...]
    total: int
    #: True when counting stopped at COUNT_CAP (there are more).
    more: bool
    hints: tuple[str, ...]
    #: Offset of ``hits`` among all results.
    offset: int = 0
    #: False when nothing was searched for (an empty query, or one whose every part was ignored).
    searched: bool = True
    #: When a query matches very many records, the best are chosen among this many newest matches.
    ranked_among: int | None = None

    @property
    def count_text(self) -> str:
        """'No results', '1 result', '12 results' or '10,000+ results'."""
        if not self.searched:
            return ""
        if self.total == 0:
            return SearchText.tr("No results")
        if self.more:
            return SearchText.tr("%Ln+ result(s)", "counting stopped: there are more", self.total)
        return SearchText.tr("%Ln result(s)", "", self.total)


def _from(index: SearchSql, p: Plan) -> tuple[str, str]:
    """FROM and WHERE clauses for a plan (without ranking)."""
    if p.match is not None:
        frm = index.joined()
        where = index.matches("match") if p.where == EVERYTHING else f"{index.matches('match')} AND ({p.where})"
    else:
        frm = "record r"
        # The type test must not pick the index (it matches nearly every row); a filter should.
        where = f"{index.unindexed('r.type')} IN {_TYPES} AND ({p.where})"
    return frm, where


def make_plan(conn: Reader, query: str) -> Plan:
    """Parse and render a query against this reader's forums, countries and topics."""
    index = search_sql(conn)
    return plan(parse_query(query), FieldResolver(conn, index), index)


def search_sql(conn: Reader) -> SearchSql:
    """The search SQL of the reader's backend: FTS5 on a SQLite file, a ``tsvector`` on PostgreSQL.

    ``conn`` is a :class:`~model.store.sqlrun.LiteConnection` (a SQLite file), an SQLAlchemy session (what
    :meth:`~model.store.database.Database.reader` gives for PostgreSQL or an in-memory database) or an SQLAlchemy
    connection (as the benchmarks pass).
    """
    found: SearchSql | None
    if isinstance(conn, LiteConnection):
        found = SQLITE.search_sql
    else:
        from model.store import backends

        bind = conn.get_bind() if hasattr(conn, "get_bind") else conn
        found = backends.of(bind).search_sql  # type: ignore[arg-type]  # an Engine has a dialect too
    assert found is not None, "every backend keeps a full-text index"
    return found


def search(db: Database, query: str, *, limit: int = PAGE, offset: int = 0) -> SearchResult:
    """Run a query of the search language; never raises for any query text.

    Args:
        db: the open database.
        query: what the person typed.
        limit: results on the page returned.
        offset: where the page starts among all results (best first).
    """
    if db.no_search is not None:  # a server archive from before its index: it says what to do
        return SearchResult(query, (), 0, False, (db.no_search,), offset, searched=False)
    with db.reader() as conn:
        p = make_plan(conn, query)
        if p.empty:
            return SearchResult(query, (), 0, False, p.hints, offset, searched=False)
        found = _first(conn, p, limit, offset)
        counted, ranked, count = found.counted, found.ranked, found.count
        if not found.rows and (offset > 0 or limit <= 0):  # past the end: no row came back to say how many
            floor, counted = _rank_floor(conn, p)
            ranked = floor is not None
        hits = _hits(conn, p, found.rows)
        if counted is not None:
            total, more = counted, False
        elif offset == 0 and len(hits) < limit:
            total, more = len(hits), False
        else:
            total, more = count if count is not None else _count(conn, p)
        ranked_among = RANK_CANDIDATES if ranked else None
        return SearchResult(query, tuple(hits), total, more, p.hints, offset, ranked_among=ranked_among)


def page(db: Database, query: str, offset: int, limit: int = PAGE) -> tuple[Hit, ...]:
    """Results ``offset .. offset+limit`` of a query (for a list that fetches as it scrolls)."""
    return search(db, query, limit=limit, offset=offset).hits


def match_ids(db: Database, query: str, cap: int = COUNT_CAP) -> tuple[list[str], bool]:
    """The ids of every matching record (in no particular order) up to ``cap``, and whether that is all."""
    if db.no_search is not None:
        return [], True
    with db.reader() as conn:
        p = make_plan(conn, query)
        if p.empty:
            return [], True
        frm, where = _from(search_sql(conn), p)
        rows = text_rows(conn, f"SELECT r.id FROM {frm} WHERE {where} LIMIT {int(cap) + 1}", p.params)
        ids = [r[0] for r in rows]
        return ids[:cap], len(ids) <= cap


def _rank_floor(conn: Reader, p: Plan) -> tuple[int | None, int | None]:
    """The rowid above which the RANK_CANDIDATES newest matches lie, and the exact count if fewer match.

    Scoring a hit costs FTS5 about ten microseconds; a word in most of a million records would take
    seconds to rank. Above RANK_CANDIDATES matches only the newest are ranked: the index is walked newest
    first without scoring to find where they start (FTS5 walks its doclists so; the server reads its GIN
    index's matches and keeps the top rowids), then only that rowid range is ranked. Below it, the same
    walk has counted the matches.
    """
    if p.match is None:
        return None, None
    frm, where = _from(search_sql(conn), p)
    t = facts.FTS_TABLE  # the index's rowid (the record's): FTS5 walks its doclists in that order
    sql = f"SELECT {t}.rowid FROM {frm} WHERE {where} ORDER BY {t}.rowid DESC LIMIT {RANK_CANDIDATES}"
    rows = text_rows(conn, sql, p.params)
    if len(rows) < RANK_CANDIDATES:
        return None, len(rows)
    return int(rows[-1][0]), None


@dataclass(frozen=True)
class _Found:
    """What the first statement of a search found (see :func:`_first`)."""

    #: The page: (id, type, title, date), best first.
    rows: list[tuple[str, str, str, str | None]]
    #: How many records match, when fewer than RANK_CANDIDATES do (as :func:`_rank_floor` says).
    counted: int | None
    #: Whether only the RANK_CANDIDATES newest matches were ranked.
    ranked: bool
    #: The capped count (:func:`_count`), when the page's rows came with it.
    count: tuple[int, bool] | None


def _first(conn: Reader, p: Plan, limit: int, offset: int) -> _Found:
    """A page of the plan's results, best first, with how many there are, in one statement.

    On a server every statement is a round trip, so the rank floor (:func:`_rank_floor`) and the count
    (:func:`_count`) come as scalar subqueries beside the page's rows: the RANK_CANDIDATES newest matches
    once (a common table expression), the rank computed only for those (a rowid range the index is
    walked in), the capped count only when there are that many. No row comes back for a page past the
    end; the caller then asks how many there are.
    """
    index = search_sql(conn)
    frm, where = _from(index, p)
    counting = f"(SELECT count(*) FROM (SELECT 1 FROM {frm} WHERE {where} LIMIT {COUNT_CAP + 1}) AS found)"
    if p.match is None:
        sql = (
            f"SELECT r.id, r.type, r.title, r.date, NULL, {counting} FROM {frm} WHERE {where} "
            f"ORDER BY r.date_lower DESC NULLS LAST, r.rowid LIMIT {int(limit)} OFFSET {int(offset)}"
        )
    else:
        t = facts.FTS_TABLE  # the index's rowid (the record's): FTS5 walks its doclists in that order
        newest = f"SELECT {t}.rowid AS rowid FROM {frm} WHERE {where} ORDER BY {t}.rowid DESC LIMIT {RANK_CANDIDATES}"
        # The rank as a sort key is computed only for rows that pass the field filters, and only within the
        # rank floor (FTS5's own ORDER BY rank would score every text match first).
        words_only = p.where == EVERYTHING
        order = index.rank("match", *RANK_WEIGHTS, words_only=words_only)
        # FTS5 walks only a rowid range of its index (and scores only that); the server's planner, not knowing
        # the range's bound when it plans, may read its whole primary key for it, so there the page is drawn
        # from the candidates themselves (at most RANK_CANDIDATES rows): the same rows either way.
        if index.syntax == "fts5":
            ranked_where = f"{where} AND {t}.rowid >= (SELECT floor FROM candidates)"
        else:
            ranked_where = f"{where} AND {t}.rowid IN (SELECT rowid FROM newest)"
        if words_only and (condition := index.rank_condition(*RANK_WEIGHTS)):
            ranked_where += f" AND {condition}"
        sql = (
            f"WITH newest AS ({newest}), candidates AS (SELECT count(*) AS n, min(rowid) AS floor FROM newest) "
            f"SELECT r.id, r.type, r.title, r.date, (SELECT n FROM candidates), "
            f"CASE WHEN (SELECT n FROM candidates) < {RANK_CANDIDATES} THEN NULL ELSE {counting} END "
            f"FROM {frm} WHERE {ranked_where} ORDER BY {order} LIMIT {int(limit)} OFFSET {int(offset)}"
        )
    rows = text_rows(conn, sql, p.params)
    page = [(str(rid), str(kind), str(title), date) for rid, kind, title, date, _n, _count in rows]
    if not rows:  # nothing at all matches when the first page is empty
        return _Found(page, 0 if p.match is not None and offset == 0 and limit > 0 else None, False, None)
    n, counted = rows[0][4], rows[0][5]
    count = None if counted is None else (min(int(counted), COUNT_CAP), int(counted) > COUNT_CAP)
    if p.match is None:
        return _Found(page, None, False, count)
    return _Found(page, int(n) if n < RANK_CANDIDATES else None, n >= RANK_CANDIDATES, count)


def _hits(conn: Reader, p: Plan, rows: list[tuple[str, str, str, str | None]]) -> list[Hit]:
    """Hits for (id, type, title, date) rows: a distinguishing label, and a snippet of the record's own
    text (not the index's lower-cased, id-strewn body) around the words that matched."""
    records = [(rid, kind) for rid, kind, _title, _date in rows]
    page = passages.page_text(conn, records, i18n.language())
    # Titles in the interface's language where the records have them (rounds keep their composed label).
    rows = [(rid, kind, page.titles.get(rid, title), date) for rid, kind, title, date in rows]
    label_texts = [page.labels.get(rid, title) for rid, _kind, title, _date in rows]
    texts = page.passages
    highlighter = highlight.Highlighter(p.terms)
    label_spans, found = _match(highlighter, label_texts, texts)
    if highlighter:  # the words may be only in a topic's label, a delegation, a figure: read those too
        unseen = [
            (rid, kind)
            for (rid, kind), spans in zip(records, label_spans, strict=True)
            if not (spans or any(found[rid]))
        ]
        if unseen:
            more = passages.more_passages(conn, unseen)
            _none, extra = _match(highlighter, [], more)
            for rid, _kind in unseen:
                texts[rid] += more[rid]
                found[rid] += extra[rid]
    out = []
    for i, (rid, kind, title, date) in enumerate(rows):
        snippet = highlight.best_snippet(texts[rid], found[rid])
        when = dates.human(date) if date else ""
        out.append(Hit(rid, kind, title, date, when, snippet.text, snippet.highlights, label_texts[i], label_spans[i]))
    return out


def _match(
    highlighter: highlight.Highlighter, labels: list[str], texts: dict[str, list[str]]
) -> tuple[list[tuple[highlight.Span, ...]], dict[str, list[tuple[highlight.Span, ...]]]]:
    """The query's words in the labels and in each record's passages, found in one pass over them all."""
    flat = [*labels, *(t for passages_ in texts.values() for t in passages_)]
    spans = highlighter.spans(flat)
    found: dict[str, list[tuple[highlight.Span, ...]]] = {}
    at = len(labels)
    for rid, passages_ in texts.items():
        found[rid] = spans[at : at + len(passages_)]
        at += len(passages_)
    return spans[: len(labels)], found


def _count(conn: Reader, p: Plan) -> tuple[int, bool]:
    frm, where = _from(search_sql(conn), p)
    sql = f"SELECT count(*) FROM (SELECT 1 FROM {frm} WHERE {where} LIMIT {COUNT_CAP + 1}) AS found"
    n = int(text_rows(conn, sql, p.params)[0][0] or 0)  # count(*) gives one row
    return min(n, COUNT_CAP), n > COUNT_CAP
