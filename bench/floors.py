"""Floors: the same work done the most direct way, on the same database, in the same run.

Each floor is what a figure is compared against: raw ``sqlite3`` queries and ``executemany``, with none of
Summitry's layers. They use the standard library only, so they measure SQLite, not our code.
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


def connect(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
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
    tree order (sub-forums by name, then meetings by date), with what each row displays.

    A page, not every child: the tree reads a page at a time, so comparing it with reading all
    children would flatter it.
    """
    count = con.execute(
        "SELECT (SELECT count(*) FROM forum WHERE parent_id = ?) + (SELECT count(*) FROM meeting WHERE forum_id = ?)",
        (forum_id, forum_id),
    ).fetchone()
    rows = con.execute(
        "SELECT id, name, founded FROM forum WHERE parent_id = ? ORDER BY name, id LIMIT ?", (forum_id, page)
    ).fetchall()
    rows += con.execute(
        "SELECT id, title, date, status FROM meeting WHERE forum_id = ? ORDER BY date_lower, date_upper, id LIMIT ?",
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


def meeting_detail(con: sqlite3.Connection, meeting_id: str) -> list[list[tuple[Any, ...]]]:
    """The raw SQL for a meeting and its children: agenda with topics, participants, outcomes, citations."""
    return [
        con.execute(
            "SELECT r.*, m.* FROM record r JOIN meeting m ON m.id = r.id WHERE r.id = ?", (meeting_id,)
        ).fetchall(),
        con.execute(
            "SELECT a.position, a.title, a.description, group_concat(t.topic_id) FROM agenda_item a "
            "LEFT JOIN agenda_topic t ON t.agenda_item_pk = a.pk WHERE a.meeting_id = ? "
            "GROUP BY a.pk ORDER BY a.position",
            (meeting_id,),
        ).fetchall(),
        con.execute("SELECT * FROM participant WHERE meeting_id = ? ORDER BY position", (meeting_id,)).fetchall(),
        con.execute(
            "SELECT id, title, kind, status, date FROM outcome WHERE meeting_id = ? ORDER BY id", (meeting_id,)
        ).fetchall(),
        con.execute("SELECT * FROM citation WHERE record_id = ? ORDER BY path, position", (meeting_id,)).fetchall(),
    ]


def fts_query(con: sqlite3.Connection, match: str, limit: int = 50) -> list[tuple[Any, ...]]:
    """The raw FTS5 query: the first page of best-ranked matches with their ids and titles."""
    return con.execute(
        "SELECT r.id, r.type, r.title FROM record_fts JOIN record r ON r.rowid = record_fts.rowid "
        "WHERE record_fts MATCH ? ORDER BY rank LIMIT ?",
        (match, limit),
    ).fetchall()


def raw_import(source_db: Path, fresh_db: Path) -> float:
    """Seconds to write every row of ``source_db`` into ``fresh_db`` (same schema, empty) with plain
    ``executemany`` in one transaction, and fill the full-text index with the same text.

    The rows are read beforehand (not timed): this is the cost of the writes alone.
    """
    src = sqlite3.connect(source_db)
    tables = [
        name
        for (name,) in src.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'record_fts%' "
            "AND name NOT LIKE 'sqlite_%'"
        )
    ]
    order = _parents_first(src, tables)
    rows = {t: src.execute(f"SELECT * FROM {t}").fetchall() for t in order}
    fts = src.execute("SELECT rowid, title, body FROM record_fts").fetchall()
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
    con.executemany("INSERT INTO record_fts(rowid, title, body) VALUES (?, ?, ?)", fts)
    con.execute("COMMIT")
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


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
