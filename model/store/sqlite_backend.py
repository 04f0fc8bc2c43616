"""The SQLite side of the backend seam (:mod:`model.store.backend`): one file, one writer at a time.

A SQLite file is marked with ``PRAGMA application_id`` and versioned with ``PRAGMA user_version``; a write
transaction takes the file's write lock when it begins (``BEGIN IMMEDIATE``, :mod:`model.store.engine`),
which serialises imports by itself; the full-text index is an FTS5 table. Errors are read from SQLite's
result codes (:mod:`model.store.faults`).
"""

from __future__ import annotations

import operator
import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from model.store import faults
from model.store import schema_facts as facts
from model.store.backend import Backend, SearchSql, StoredVersion, WaitFn
from model.store.faults import OpenText

if TYPE_CHECKING:
    from sqlalchemy import Connection, Table

    from model.store.faults import DatabaseOpenError, Doing


_UNIQUE_CODES = (
    getattr(sqlite3, "SQLITE_CONSTRAINT_UNIQUE", 2067),
    getattr(sqlite3, "SQLITE_CONSTRAINT_PRIMARYKEY", 1555),
)
_FOREIGN_KEY_CODE = getattr(sqlite3, "SQLITE_CONSTRAINT_FOREIGNKEY", 787)


class _Fts5Sql(SearchSql):
    """FTS5's search fragments: ``MATCH`` on the table, rowids shared with ``record``, ``bm25`` for rank."""

    syntax = "fts5"

    def joined(self) -> str:
        return f"{facts.FTS_TABLE} JOIN record r ON r.rowid = {facts.FTS_TABLE}.rowid"

    def matches(self, param: str) -> str:
        return f"{facts.FTS_TABLE} MATCH :{param}"

    def contains(self, param: str) -> str:
        t = facts.FTS_TABLE
        return f"r.rowid IN (SELECT rowid FROM {t} WHERE {t} MATCH :{param})"

    def rank(self, param: str, title_weight: float, body_weight: float, *, words_only: bool) -> str:
        """bm25 (lower is better). With words only, FTS5's own ``rank`` (set to these weights by a condition
        :meth:`matches` does not add: see :meth:`rank_condition`) sorts faster than bm25() through SQL's sorter."""
        t = facts.FTS_TABLE
        return f"{t}.rank" if words_only else f"bm25({t}, {float(title_weight)}, {float(body_weight)})"

    def rank_condition(self, title_weight: float, body_weight: float) -> str:
        """What makes ``rank`` bm25 with these weights, for a query of words only."""
        return f"{facts.FTS_TABLE}.rank MATCH 'bm25({float(title_weight)}, {float(body_weight)})'"

    def unindexed(self, column: str) -> str:
        return f"+{column}"


class SqliteBackend(Backend):
    name = "sqlite"
    has_text_index = True
    search_sql = _Fts5Sql()

    def stored_version(self, conn: Connection) -> StoredVersion:
        app_id = conn.exec_driver_sql("PRAGMA application_id").scalar() or 0
        version = conn.exec_driver_sql("PRAGMA user_version").scalar() or 0
        tables = conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE type = 'table'").scalar() or 0
        return StoredVersion(app_id == facts.APPLICATION_ID, int(version), int(tables))

    def mark(self, conn: Connection, version: int) -> None:
        conn.exec_driver_sql(f"PRAGMA application_id={int(facts.APPLICATION_ID)}")
        conn.exec_driver_sql(f"PRAGMA user_version={int(version)}")

    def begin_write(self, conn: Connection, *, whole_archive: bool, on_wait: WaitFn | None) -> None:
        """Nothing to do: the transaction began IMMEDIATE, holding the file's one write lock."""

    def defer_constraints(self, conn: Connection) -> None:
        conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")

    def author(self, conn: Connection) -> str:
        """The operating system's user: a file is one person's, whoever the file's owner is."""
        from model.store.users import os_author

        return os_author()

    def insert_rows(self, conn: Connection, table: Table, batch: list[dict[str, Any]]) -> None:
        """Tables of plain columns go straight to the driver as tuples: SQLAlchemy's per-row parameter
        processing cost more than SQLite's own work on a million agenda items and citations. Tables with
        JSON columns (few rows) keep Core, which serialises them."""
        from sqlalchemy import JSON

        if not batch or any(isinstance(c.type, JSON) for c in table.columns):
            super().insert_rows(conn, table, batch)
            return
        keys = list(batch[0])
        columns = ", ".join(f'"{k}"' for k in keys)
        marks = ", ".join("?" * len(keys))
        row_of = operator.itemgetter(*keys)  # a tuple per row, built in C
        rows = list(map(row_of, batch)) if len(keys) > 1 else [(row_of(row),) for row in batch]
        conn.exec_driver_sql(f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks})', rows)  # type: ignore[arg-type]

    def violation(self, error: BaseException) -> tuple[str, tuple[str, ...]] | None:
        """By SQLite's extended result code; the columns of a unique one from its words ("table.column, …")."""
        orig = getattr(error, "orig", None)
        code = getattr(orig, "sqlite_errorcode", None)
        if code in _UNIQUE_CODES:
            _, _, columns = str(orig).partition(": ")
            return "unique", tuple(c.strip() for c in columns.split(","))
        if code == _FOREIGN_KEY_CODE:
            return "reference", ()
        return None

    def create_text_index(self, conn: Connection) -> None:
        from model.store import schema  # SQLAlchemy's schema: loaded by now, as conn is one of its objects

        schema.create_text_index(conn)

    def drop_text_index(self, conn: Connection) -> None:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {facts.FTS_TABLE}")

    def write_index(self, conn: Connection, rows: Iterable[tuple[int, str, str]]) -> None:
        batch = [(r, t, b) for r, t, b in rows]
        if batch:
            conn.exec_driver_sql(f"INSERT INTO {facts.FTS_TABLE}(rowid, title, body) VALUES (?, ?, ?)", batch)

    def delete_index(self, conn: Connection, rowids: Iterable[int]) -> None:
        ids = [(r,) for r in rowids]
        if ids:
            conn.exec_driver_sql(f"DELETE FROM {facts.FTS_TABLE} WHERE rowid = ?", ids)

    def index_damage(self, conn: Connection) -> str | None:
        """FTS5's own check that its index matches its stored text; None when it does (or cannot tell: a file
        open read-only cannot run it)."""
        from sqlalchemy.exc import DBAPIError

        try:
            with conn.begin_nested():
                conn.exec_driver_sql(f"INSERT INTO {facts.FTS_TABLE}({facts.FTS_TABLE}) VALUES ('integrity-check')")
        except DBAPIError as exc:
            return None if faults.kind_of(exc) == "read-only" else str(exc.orig or exc)
        return None

    def storage_check(self, conn: Connection) -> tuple[list[str], list[str]]:
        """SQLite's integrity check (pages, indexes) and its foreign key check, as (table, row, parent) words."""
        rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
        problems = (
            []
            if rows == ["ok"]
            else [OpenText.tr("SQLite integrity check: {problem}").format(problem=r) for r in rows[:20]]
        )
        return problems, []

    def dangling_rows(self, conn: Connection) -> list[tuple[str, int, str]]:
        """As SQLite's ``foreign_key_check`` finds them (at most 50)."""
        return [(r[0], r[1], r[2]) for r in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()[:50]]

    def fault(self, error: BaseException, where: str, doing: Doing = "using") -> DatabaseOpenError | None:
        return faults.fault_from(error, where, doing)


SQLITE = SqliteBackend()
