"""Floors on a PostgreSQL server: the same work as :mod:`bench.floors`, with raw psycopg and no Summitry layer.

:class:`ServerConnection` reads the floors' SQL as ``sqlite3`` does (``?`` placeholders, ``fetchall``), so the
tree page's and the detail pane's statements are the very ones :mod:`bench.floors` runs on a file (SQLite's
``IS ?`` written as the server's ``IS NOT DISTINCT FROM``). Search and import have their own: the raw ranked
``tsvector`` query, and plain ``executemany`` of every row plus the index rows.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

#: The title ten times the body, as the app ranks ({D, C, B, A}).
RANK_WEIGHTS = "{0.1, 0, 0, 1}"


def conninfo(url: str) -> str:
    """libpq's keywords for a SQLAlchemy URL (as the tests' :func:`tests.postgres.conninfo`)."""
    from tests.postgres import conninfo as of_url

    return of_url(url)


class ServerConnection:
    """A psycopg connection (autocommit: every statement its own snapshot, as a raw client reads) that takes the
    floors' SQLite-flavoured SQL."""

    def __init__(self, url: str) -> None:
        import psycopg

        self._con = psycopg.connect(conninfo(url), autocommit=True)

    def execute(self, sql: str, params: Any = ()) -> Any:
        sql = sql.replace(" IS ?", " IS NOT DISTINCT FROM ?").replace("?", "%s")
        return self._con.execute(sql, tuple(params))  # type: ignore[arg-type]

    def close(self) -> None:
        self._con.close()


def ts_query(con: ServerConnection, tsquery: str, limit: int = 50) -> list[tuple[Any, ...]]:
    """The raw ranked ``tsvector`` query: the first page of best-ranked matches with their ids and titles."""
    return list(
        con.execute(
            "SELECT r.id, r.type, r.title FROM record_fts JOIN record r ON r.rowid = record_fts.rowid "
            "WHERE record_fts.doc @@ to_tsquery('simple', ?) "
            f"ORDER BY ts_rank('{RANK_WEIGHTS}', record_fts.doc, to_tsquery('simple', ?)) DESC LIMIT ?",
            (tsquery, tsquery, limit),
        ).fetchall()
    )


def raw_import(
    source_url: str, fresh_url: str, index_text: list[tuple[int, str, str]], normalise: Callable[[str], str]
) -> tuple[float, float, int]:
    """Seconds to write every row of the archive at ``source_url`` into the empty one at ``fresh_url`` (the same
    schema) with plain ``executemany`` in one transaction, its foreign keys checked at commit, and the search
    index's rows (their words normalised as the app does, timed; the server computes each row's ``tsvector``
    and GIN entries as the app's import has it do). See :func:`bench.floors.raw_import`.

    Returns the seconds, the seconds of them spent normalising, and how many words were normalised.
    """
    import psycopg
    from psycopg.types.json import Json

    skip = ("record_fts", "summitry_archive", "store_identity")
    with psycopg.connect(conninfo(source_url), autocommit=True) as src:
        tables = [
            t
            for (t,) in src.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
            if t not in skip
        ]
        rows: dict[str, tuple[list[str], list[tuple[Any, ...]]]] = {}
        for t in tables:
            cursor = src.execute(f'SELECT * FROM "{t}"')
            names = [c.name for c in cursor.description or ()]
            json_columns = {i for i, c in enumerate(cursor.description or ()) if c.type_code in (114, 3802)}
            data = [
                tuple(Json(v) if i in json_columns and v is not None else v for i, v in enumerate(row))
                for row in cursor.fetchall()
            ]
            rows[t] = (names, data)
    with psycopg.connect(conninfo(fresh_url)) as con:
        start = time.perf_counter()
        con.execute("SET CONSTRAINTS ALL DEFERRED")
        with con.cursor() as cursor:
            for t, (names, data) in rows.items():
                if data:
                    columns = ", ".join(f'"{n}"' for n in names)
                    marks = ", ".join(["%s"] * len(names))
                    cursor.executemany(f'INSERT INTO "{t}" ({columns}) VALUES ({marks})', data)
            begun = time.perf_counter()
            fts = [(rowid, normalise(title), normalise(body)) for rowid, title, body in index_text]
            normalising = time.perf_counter() - begun
            cursor.executemany("INSERT INTO record_fts (rowid, title, body) VALUES (%s, %s, %s)", fts)
        con.commit()
        elapsed = time.perf_counter() - start
    return elapsed, normalising, sum(len(t.split()) + len(b.split()) for _r, t, b in fts)


class Server:
    """The benchmark's own throwaway server (:mod:`tests.pgcluster`) and fresh databases on it."""

    def __init__(self) -> None:
        from tests import pgcluster

        self.cluster = pgcluster.start()
        self.version = self._version()  # for the table's heading, printed once the server has stopped

    def fresh(self, name: str) -> str:
        """The URL of a new, empty database ``name`` (dropped first if a run left one)."""
        import psycopg

        with psycopg.connect(conninfo(self.cluster.url), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.execute(f'CREATE DATABASE "{name}"')
        return self.cluster.url.replace("@/postgres?", f"@/{name}?")

    def _version(self) -> str:
        import psycopg

        with psycopg.connect(conninfo(self.cluster.url), autocommit=True) as admin:
            row = admin.execute("SHOW server_version").fetchone()
        return str(row[0]) if row else "?"

    def stop(self) -> None:
        self.cluster.stop()
