"""Floors: the same work done the most direct way, on the same database, in the same run.

Each floor is what a figure is compared against: raw ``sqlite3`` queries and ``executemany``, with none of
Summitry's layers. They use the standard library only, so they measure SQLite, not our code; the import's
floor also normalises the search index's words with the function it is handed (see :func:`raw_import`). On
a server the same SQL runs through raw psycopg (:mod:`bench.floors_server`).
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def best_of(fn: Callable[[], Any], repeat: int = 5) -> float:
    """Median seconds of ``repeat`` calls after one warm-up call (caches warm, as in a running app)."""
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def connect(target: Path | str) -> Any:
    """A raw connection to the benchmark's database: read-only ``sqlite3`` to a file, or for a server's URL a
    psycopg one that takes the same SQL (:class:`bench.floors_server.ServerConnection`)."""
    if "://" in str(target):
        from bench.floors_server import ServerConnection

        return ServerConnection(str(target))
    con = sqlite3.connect(f"{Path(target).resolve().as_uri()}?mode=ro", uri=True)
    con.execute("PRAGMA foreign_keys=ON")
    return con


def largest_forum(con: sqlite3.Connection) -> tuple[str, int]:
    """The forum with the most meetings: (id, meeting count)."""
    row = con.execute(
        "SELECT forum_id, count(*) AS n FROM meeting GROUP BY forum_id ORDER BY n DESC, forum_id LIMIT 1"
    ).fetchone()
    return row[0], row[1]


def top_forums(con: sqlite3.Connection, n: int) -> list[str]:
    """The ``n`` forums with the most meetings, largest first."""
    rows = con.execute(
        "SELECT forum_id FROM meeting GROUP BY forum_id ORDER BY count(*) DESC, forum_id LIMIT ?", (n,)
    ).fetchall()
    return [r[0] for r in rows]


def forum_children(con: sqlite3.Connection, forum_id: str, page: int = 200) -> list[tuple[Any, ...]]:
    """The raw SQL for what expanding a forum shows: how many children, and the first page of them in
    tree order (sub-forums by name, its processes by title, then meetings by date), with what each row
    displays: its title and date, and whether it can be expanded in turn (the arrow beside it).

    A page, not every child: the tree reads a page at a time, so comparing it with reading all
    children would flatter it.
    """
    count = con.execute(
        "SELECT (SELECT count(*) FROM forum WHERE parent_id = ?) + (SELECT count(*) FROM process WHERE forum_id = ?)"
        " + (SELECT count(*) FROM meeting WHERE forum_id = ?)",
        (forum_id, forum_id, forum_id),
    ).fetchone()
    rows = con.execute(
        "SELECT f.id, f.name, EXISTS (SELECT 1 FROM forum s WHERE s.parent_id = f.id)"
        " OR EXISTS (SELECT 1 FROM meeting m WHERE m.forum_id = f.id)"
        " FROM forum f WHERE f.parent_id = ? ORDER BY f.name, f.id LIMIT ?",
        (forum_id, page),
    ).fetchall()
    if len(rows) < page:
        rows += con.execute(
            "SELECT p.id, p.title, EXISTS (SELECT 1 FROM round r WHERE r.process_id = p.id)"
            " FROM process p WHERE p.forum_id = ? ORDER BY p.title, p.id LIMIT ?",
            (forum_id, page - len(rows)),
        ).fetchall()
    if len(rows) < page:
        rows += con.execute(
            "SELECT m.id, m.title, m.date, m.status, EXISTS (SELECT 1 FROM outcome o WHERE o.meeting_id = m.id)"
            " FROM meeting m WHERE m.forum_id = ? ORDER BY m.date_lower, m.date_upper, m.id LIMIT ?",
            (forum_id, page - len(rows)),
        ).fetchall()
    return [count, *rows]


def busiest_meetings(con: sqlite3.Connection, forum_id: str, n: int = 2) -> list[str]:
    """Meetings of a forum with the most agenda items (detail panes with much to show)."""
    rows = con.execute(
        "SELECT m.id FROM meeting m JOIN agenda_item a ON a.meeting_id = m.id WHERE m.forum_id = ? "
        "GROUP BY m.id ORDER BY count(*) DESC, m.id LIMIT ?",
        (forum_id, n),
    ).fetchall()
    return [str(r[0]) for r in rows]


def meeting_detail(con: sqlite3.Connection, meeting_id: str) -> list[Any]:
    """The raw SQL for everything a meeting's detail pane shows, each part read the most direct way.

    The record and its meeting row with the host country's name and its dataset's date; the forum chain for
    the breadcrumb (one recursive query); the agenda with its topics' labels; the participants with their
    countries' names; the outcomes with their kinds; the citations of the meeting and its outcomes with
    their sources' titles, dates and publishers; the previous and next meeting of its series (the same
    forum and level, ordered by date, then ordinal, then last day and id; one query); the forum's processes
    with the rounds just before and after the meeting (one query); the countries that joined the forum
    there. Nothing the pane does not show.
    """
    head = con.execute(
        "SELECT r.type, r.title, m.forum_id, m.ordinal, m.level, m.date, m.date_lower, m.date_upper, m.city, "
        "m.country_id, c.name, m.status, m.status_as_of, m.description, m.sidelines, d.as_of FROM record r "
        "JOIN meeting m ON m.id = r.id LEFT JOIN country c ON c.id = m.country_id "
        "LEFT JOIN dataset d ON d.id = r.origin WHERE r.id = ?",
        (meeting_id,),
    ).fetchone()
    forum_id, ordinal, level, lower, upper = head[2], head[3], head[4], head[6], head[7]
    out: list[Any] = [head]
    out.append(
        con.execute(
            "WITH RECURSIVE up(id, name, parent_id, depth) AS (SELECT id, name, parent_id, 0 FROM forum "
            "WHERE id = ? UNION ALL SELECT f.id, f.name, f.parent_id, up.depth + 1 FROM forum f "
            "JOIN up ON f.id = up.parent_id WHERE up.depth < 32) SELECT id, name FROM up ORDER BY depth DESC",
            (forum_id,),
        ).fetchall()
    )
    out.append(
        con.execute(
            "SELECT a.pk, a.position, a.title, a.description, t.id, t.label FROM agenda_item a "
            "LEFT JOIN agenda_topic x ON x.agenda_item_pk = a.pk LEFT JOIN topic t ON t.id = x.topic_id "
            "WHERE a.meeting_id = ? ORDER BY a.position, x.position",
            (meeting_id,),
        ).fetchall()
    )
    out.append(
        con.execute(
            "SELECT p.position, p.country_id, c.name, p.organisation, p.head, p.head_title FROM participant p "
            "LEFT JOIN country c ON c.id = p.country_id WHERE p.meeting_id = ? ORDER BY p.position",
            (meeting_id,),
        ).fetchall()
    )
    outcomes = con.execute(
        "SELECT id, title, kind, status, status_as_of FROM outcome WHERE meeting_id = ? ORDER BY title", (meeting_id,)
    ).fetchall()
    out.append(outcomes)
    cited = [meeting_id, *(o[0] for o in outcomes)]
    out.append(
        con.execute(
            "SELECT c.record_id, c.pk, c.path, c.source_id, s.title, s.date, s.publisher, c.quote, c.paragraph, "
            "c.basis, c.note FROM citation c LEFT JOIN source s ON s.id = c.source_id "
            f"WHERE c.record_id IN ({', '.join('?' * len(cited))}) ORDER BY c.pk",
            cited,
        ).fetchall()
    )
    if lower:
        same = "forum_id = ? AND level IS ?"
        key = "(date_lower, coalesce(ordinal, 2147483647), date_upper, id)"
        mine = (lower, ordinal if ordinal is not None else 2147483647, upper, meeting_id)
        out.append(
            con.execute(
                f"SELECT * FROM (SELECT 0, id, title, date, status FROM meeting WHERE {same} AND date_lower <= ? "
                f"AND {key} < (?, ?, ?, ?) ORDER BY date_lower DESC, coalesce(ordinal, 2147483647) DESC, "
                f"date_upper DESC, id DESC LIMIT 1) AS before UNION ALL SELECT * FROM (SELECT 1, id, title, date, "
                f"status FROM meeting WHERE {same} AND date_lower >= ? AND {key} > (?, ?, ?, ?) ORDER BY "
                "date_lower, coalesce(ordinal, 2147483647), date_upper, id LIMIT 1) AS after",
                (forum_id, level, lower, *mine, forum_id, level, lower, *mine),
            ).fetchall()
        )
    out.append(
        con.execute(
            "SELECT p.id, p.title, b.id, b.number, b.city, b.date, b.status, a.id, a.number, a.city, a.date, "
            "a.status FROM process p "
            "LEFT JOIN round b ON b.id = (SELECT id FROM round WHERE process_id = p.id AND date_upper < ? "
            "ORDER BY number DESC LIMIT 1) "
            "LEFT JOIN round a ON a.id = (SELECT id FROM round WHERE process_id = p.id AND date_lower > ? "
            "ORDER BY number LIMIT 1) WHERE p.forum_id = ? ORDER BY p.title",
            (lower, upper, forum_id),
        ).fetchall()
    )
    out.append(
        con.execute(
            "SELECT m.country_id, c.name FROM membership m JOIN country c ON c.id = m.country_id "
            "WHERE m.forum_id = ? AND m.joined_at = ? ORDER BY m.position",
            (forum_id, meeting_id),
        ).fetchall()
    )
    return out


def fts_query(con: sqlite3.Connection, match: str, limit: int = 50) -> list[tuple[Any, ...]]:
    """The raw FTS5 query: the first page of best-ranked matches with their ids and titles."""
    return con.execute(
        "SELECT r.id, r.type, r.title FROM record_fts JOIN record r ON r.rowid = record_fts.rowid "
        "WHERE record_fts MATCH ? ORDER BY rank LIMIT ?",
        (match, limit),
    ).fetchall()


def raw_import(
    source_db: Path, fresh_db: Path, index_text: list[tuple[int, str, str]], normalise: Callable[[str], str]
) -> tuple[float, float, int]:
    """Seconds to write every row of ``source_db`` into ``fresh_db`` (same schema, empty) with plain
    ``executemany`` in one transaction, and fill the full-text index with the same tokens.

    The rows are read beforehand (not timed): this is the cost of the writes alone. The index is filled as
    the app fills it: ``index_text`` holds each searchable record's (rowid, title, body) as people wrote
    them, and ``normalise`` (the app's :func:`model.text.normalize.index_text`, the one call here that is not
    the standard library) turns them into the tokens ``source_db`` indexed. It is timed with the writes:
    those tokens cannot be made any more directly, and while FTS5's porter tokenizer stemmed the words, the
    same work was inside SQLite's insert, and so inside this floor.

    Returns the seconds, the seconds of them spent normalising, and how many words were normalised.
    """
    src = sqlite3.connect(source_db)
    tables = [
        name
        for (name,) in src.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'record_fts%' "
            "AND name NOT LIKE 'sqlite_%' AND name != 'store_identity'"  # which database it is, not records
        )
    ]
    order = _parents_first(src, tables)
    rows = {t: src.execute(f"SELECT * FROM {t}").fetchall() for t in order}
    src.close()
    con = sqlite3.connect(fresh_db, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA foreign_keys=ON")
    start = time.perf_counter()
    con.execute("BEGIN")
    con.execute("PRAGMA defer_foreign_keys=ON")
    for t in order:
        if rows[t]:
            marks = ",".join("?" * len(rows[t][0]))
            con.executemany(f"INSERT INTO {t} VALUES ({marks})", rows[t])
    begun = time.perf_counter()
    fts = [(rowid, normalise(title), normalise(body)) for rowid, title, body in index_text]
    normalising = time.perf_counter() - begun
    con.executemany("INSERT INTO record_fts(rowid, title, body) VALUES (?, ?, ?)", fts)
    con.execute("COMMIT")
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed, normalising, sum(len(t.split()) + len(b.split()) for _r, t, b in fts)


def _parents_first(con: sqlite3.Connection, tables: list[str]) -> list[str]:
    deps = {t: {row[2] for row in con.execute(f"PRAGMA foreign_key_list({t})")} - {t} for t in tables}
    order: list[str] = []
    while deps:
        ready = sorted(t for t, d in deps.items() if not (d - set(order)))
        if not ready:  # a cycle: foreign keys are deferred anyway
            ready = sorted(deps)
        order += ready
        for t in ready:
            deps.pop(t)
    return order
