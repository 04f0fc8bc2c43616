"""Running a search: ranked results with highlighted snippets, a count, and pages.

The window, the ``summitry search`` command and saved searches all come through :func:`search`.
Ranking is FTS5's bm25 with the title weighted ten times the body, and it happens inside FTS5
(``ORDER BY rank`` with a LIMIT), so a word matching most records costs one scoring pass and a top-N
sort, never a full sort of every hit in Python or SQL.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, text

from model import dates, schema, textindex
from model.db import Database
from model.search.fields import FieldResolver
from model.search.parser import parse_query
from model.search.sql import Plan, plan

#: Results per page (the first page comes with the count).
PAGE = 50
#: Counting stops here; the window says "10,000+".
COUNT_CAP = 10_000
#: bm25 weights: (title, body).
RANK = "bm25(10.0, 1.0)"
_OPEN, _CLOSE = "\x02", "\x03"
_TYPES = "('" + "', '".join(schema.SEARCHABLE_TYPES) + "')"


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

    @property
    def count_text(self) -> str:
        """'No results', '1 result', '12 results' or '10,000+ results'."""
        if not self.searched:
            return ""
        if self.total == 0:
            return "No results"
        plus = "+" if self.more else ""
        return f"{self.total:,}{plus} result{'s' if self.total != 1 or self.more else ''}"


def _from(p: Plan) -> tuple[str, str]:
    """FROM and WHERE clauses for a plan."""
    if p.match is not None:
        frm = f"{textindex.FTS_TABLE} JOIN record r ON r.rowid = {textindex.FTS_TABLE}.rowid"
        where = f"{textindex.FTS_TABLE} MATCH :match AND {textindex.FTS_TABLE}.rank MATCH '{RANK}' AND ({p.where})"
    else:
        frm = "record r"
        where = f"r.type IN {_TYPES} AND ({p.where})"
    return frm, where


def _order(p: Plan) -> str:
    # Without words to rank by, newest first (undated records last: NULL sorts lowest).
    return f"{textindex.FTS_TABLE}.rank" if p.match is not None else "r.date_lower DESC, r.rowid"


def make_plan(conn: Connection, query: str) -> Plan:
    """Parse and render a query against this connection's forums, countries and topics."""
    full_text = conn.dialect.name == "sqlite"
    return plan(parse_query(query), FieldResolver(conn), full_text)


def search(db: Database, query: str, *, limit: int = PAGE, offset: int = 0) -> SearchResult:
    """Run a query of the search language; never raises for any query text.

    Args:
        db: the open database.
        query: what the person typed.
        limit: results on the page returned.
        offset: where the page starts among all results (best first).
    """
    with db.session() as session:
        conn = session.connection()
        p = make_plan(conn, query)
        if p.empty:
            return SearchResult(query, (), 0, False, p.hints, offset, searched=False)
        ids = _ids(conn, p, limit, offset)
        if offset == 0 and len(ids) < limit:
            total, more = len(ids), False
        else:
            total, more = _count(conn, p)
        return SearchResult(query, tuple(_hits(conn, p, ids)), total, more, p.hints, offset)


def page(db: Database, query: str, offset: int, limit: int = PAGE) -> tuple[Hit, ...]:
    """Results ``offset .. offset+limit`` of a query (for a list that fetches as it scrolls)."""
    return search(db, query, limit=limit, offset=offset).hits


def match_ids(db: Database, query: str, cap: int = COUNT_CAP) -> tuple[list[str], bool]:
    """The ids of every matching record (in no particular order) up to ``cap``, and whether that is all."""
    with db.session() as session:
        conn = session.connection()
        p = make_plan(conn, query)
        if p.empty:
            return [], True
        frm, where = _from(p)
        where = where.replace(f" AND {textindex.FTS_TABLE}.rank MATCH '{RANK}'", "")
        rows = conn.execute(text(f"SELECT r.id FROM {frm} WHERE {where} LIMIT {int(cap) + 1}"), p.params).all()
        ids = [r[0] for r in rows]
        return ids[:cap], len(ids) <= cap


def _ids(conn: Connection, p: Plan, limit: int, offset: int) -> list[str]:
    frm, where = _from(p)
    sql = f"SELECT r.id FROM {frm} WHERE {where} ORDER BY {_order(p)} LIMIT {int(limit)} OFFSET {int(offset)}"
    return [r[0] for r in conn.execute(text(sql), p.params).all()]


def _count(conn: Connection, p: Plan) -> tuple[int, bool]:
    frm, where = _from(p)
    where = where.replace(f" AND {textindex.FTS_TABLE}.rank MATCH '{RANK}'", "")
    sql = f"SELECT count(*) FROM (SELECT 1 FROM {frm} WHERE {where} LIMIT {COUNT_CAP + 1})"
    n = int(conn.execute(text(sql), p.params).scalar() or 0)
    return min(n, COUNT_CAP), n > COUNT_CAP


def _hits(conn: Connection, p: Plan, ids: Sequence[str]) -> list[Hit]:
    if not ids:
        return []
    names = {f"i{n}": rid for n, rid in enumerate(ids)}
    marks = ", ".join(f":{k}" for k in names)
    rows = conn.execute(text(f"SELECT rowid, id, type, title, date FROM record WHERE id IN ({marks})"), names).all()
    by_id = {r.id: r for r in rows}
    snippets = _snippets(conn, p, [r.rowid for r in rows])
    out = []
    for rid in ids:
        r = by_id.get(rid)
        if r is None:
            continue
        snippet, spans = _clean_snippet(snippets.get(r.rowid, ""))
        out.append(Hit(r.id, r.type, r.title, r.date, dates.human(r.date) if r.date else "", snippet, spans))
    return out


def _snippets(conn: Connection, p: Plan, rowids: list[int]) -> dict[int, str]:
    """Snippets of the body around the matched words, for these rows only."""
    if p.match is None or not rowids or conn.dialect.name != "sqlite":
        return {}
    t = textindex.FTS_TABLE
    marks = ", ".join(str(int(r)) for r in rowids)
    sql = (
        f"SELECT rowid, snippet({t}, 1, '{_OPEN}', '{_CLOSE}', '…', 14) FROM {t} "
        f"WHERE {t} MATCH :match AND rowid IN ({marks})"
    )
    return {int(r[0]): str(r[1] or "") for r in conn.execute(text(sql), {"match": p.match}).all()}


_SPACE = re.compile(r"\s+")


def _clean_snippet(raw: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Snippet text without index artefacts, and the ranges to highlight."""
    raw = textindex.unprepare(raw)
    raw = raw.replace(_CLOSE + _OPEN, "")  # characters of one word in a script without spaces
    raw = _SPACE.sub(" ", raw).strip()
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    start = 0
    length = 0
    for ch in raw:
        if ch == _OPEN:
            start = length
        elif ch == _CLOSE:
            spans.append((start, length))
        else:
            out.append(ch)
            length += 1
    return "".join(out), tuple(spans)
