"""The PostgreSQL side of the backend seam (:mod:`model.store.backend`): one archive, many clients.

A server archive is marked and versioned by a one-row table (:data:`MARKER_TABLE`, see
:mod:`model.store.server_archive`); each user action reads one ``REPEATABLE READ READ ONLY`` snapshot;
imports and other whole-archive writes take a transaction-scoped advisory lock, so a second one waits its
turn (saying so) instead of colliding; foreign keys are ``DEFERRABLE INITIALLY DEFERRED`` in the schema.
Errors are read from their SQLSTATE, or from how a connection failed (:mod:`model.store.server_faults`).

The full-text index is a table like SQLite's FTS5 one (:data:`~model.store.schema_facts.FTS_TABLE`: a record's
rowid, and its title and body as normalised words, :mod:`model.text.normalize`) with a stored, weighted
``tsvector`` computed from them by the ``simple`` configuration (which only splits at the spaces between
the words and keeps each as it is: the normalising was done in Python, the same for both backends), title
weight A and body D, under a GIN index. Queries are ``tsquery`` text rendered from the app's own parsed query
(:mod:`model.search.sql`), read by ``to_tsquery`` with the same configuration; ranking is ``ts_rank`` with the
title weighted ten times the body, as bm25 weights them on SQLite.
"""

from __future__ import annotations

import operator
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from model.store import schema_facts as facts
from model.store.backend import Backend, SearchSql, StoredVersion, WaitFn, WriteCancelled
from model.store.schema_facts import FTS_TABLE

if TYPE_CHECKING:
    from sqlalchemy import Connection, Table

    from model.store.faults import DatabaseOpenError, Doing
    from model.store.pgrun import PgConnection

#: The table that marks a database as a Summitry archive and holds its version (one row).
MARKER_TABLE = "summitry_archive"
#: The advisory lock that whole-archive writes (imports, upgrades, restores) take, one at a time: "SUMMIMPT".
WRITE_LOCK = 0x53554D4D494D5054
#: How often a write waiting for the lock looks again (and tells its caller it is still waiting).
WAIT_STEP_S = 0.2


#: The deferrable foreign keys of the archive's schema, each as ``SET CONSTRAINTS`` names it (schema-qualified,
#: quoted), table by table.
_DEFERRABLE_KEYS = (
    "SELECT quote_ident(n.nspname) || '.' || quote_ident(c.conname) FROM pg_constraint c "
    "JOIN pg_namespace n ON n.oid = c.connamespace "
    "WHERE c.contype = 'f' AND c.condeferrable AND n.nspname = current_schema() "
    "ORDER BY c.conrelid::regclass::text, c.conname"
)

#: The text search configuration of the index and the queries: ``simple`` only lower-cases what its parser
#: finds, and the words arrive lower-case already; no stemming, no stop words (those were Python's to do).
TS_CONFIG = "simple"
#: The index's GIN index over its ``tsvector``.
FTS_GIN = f"{FTS_TABLE}_doc"
#: The index: the normalised title and body (as SQLite's FTS5 table holds them, so ``db check`` reads both the
#: same way) and the weighted ``tsvector`` the server keeps computed from them.
CREATE_FTS = (
    f"CREATE TABLE IF NOT EXISTS {FTS_TABLE} (rowid bigint PRIMARY KEY, title text NOT NULL, body text NOT NULL, "
    f"doc tsvector GENERATED ALWAYS AS (setweight(to_tsvector('{TS_CONFIG}', title), 'A') || "
    f"setweight(to_tsvector('{TS_CONFIG}', body), 'D')) STORED)",
    f"CREATE INDEX IF NOT EXISTS {FTS_GIN} ON {FTS_TABLE} USING gin (doc)",
)


_MARKER_ROW = f"SELECT application, schema_version, needs_summitry, readable_from FROM {MARKER_TABLE}"
_MARKER_PRESENT = (
    "SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
    "WHERE n.nspname = current_schema() AND c.relname = :name AND c.relkind IN ('r', 'p')"
)
_MAY_WRITE = "SELECT has_table_privilege('record', 'INSERT')"


class _TsvectorSql(SearchSql):
    """The ``tsvector`` index's search fragments: ``@@`` against ``to_tsquery``, ``ts_rank`` for rank."""

    syntax = "tsquery"

    def joined(self) -> str:
        return f"{FTS_TABLE} JOIN record r ON r.rowid = {FTS_TABLE}.rowid"

    def matches(self, param: str) -> str:
        return f"{FTS_TABLE}.doc @@ to_tsquery('{TS_CONFIG}', :{param})"

    def contains(self, param: str) -> str:
        return f"r.rowid IN (SELECT rowid FROM {FTS_TABLE} WHERE doc @@ to_tsquery('{TS_CONFIG}', :{param}))"

    def rank(self, param: str, title_weight: float, body_weight: float, *, words_only: bool) -> str:
        """``ts_rank`` (higher is better), its weights ({D, C, B, A}: body, -, -, title) scaled to at most 1,
        as the server requires; ties in record order, as FTS5 leaves them."""
        top = max(title_weight, body_weight)
        weights = f"{{{body_weight / top}, 0, 0, {title_weight / top}}}"
        query = f"to_tsquery('{TS_CONFIG}', :{param})"
        return f"ts_rank(CAST('{weights}' AS real[]), {FTS_TABLE}.doc, {query}) DESC, r.rowid"


class PostgresqlBackend(Backend):
    name = "postgresql"
    has_text_index = True
    search_sql = _TsvectorSql()

    def stored_version(self, conn: Connection) -> StoredVersion:
        from sqlalchemy import inspect, text

        names = inspect(conn).get_table_names()
        if MARKER_TABLE not in names:
            return StoredVersion(False, 0, len(names))
        row = conn.execute(text(_MARKER_ROW)).first()
        if row is None or row[0] != facts.APPLICATION_NAME:
            return StoredVersion(False, 0, len(names))
        return StoredVersion(True, int(row[1]), len(names), str(row[2]), int(row[3]))

    def mark(self, conn: Connection, version: int) -> None:
        from sqlalchemy import text

        conn.execute(
            text(
                f"CREATE TABLE IF NOT EXISTS {MARKER_TABLE} (one integer PRIMARY KEY CHECK (one = 1), "
                "application text NOT NULL, schema_version integer NOT NULL, needs_summitry text NOT NULL, "
                "readable_from integer NOT NULL)"
            )
        )
        conn.execute(
            text(
                f"INSERT INTO {MARKER_TABLE} VALUES (1, :app, :version, :needs, :readable) ON CONFLICT (one) DO "
                "UPDATE SET application = :app, schema_version = :version, needs_summitry = :needs, "
                "readable_from = :readable"
            ),
            {
                "app": facts.APPLICATION_NAME,
                "version": version,
                "needs": facts.SCHEMA_RELEASES[version],
                "readable": facts.readable_from(version),
            },
        )

    def read_options(self) -> dict[str, Any]:
        return {"isolation_level": "REPEATABLE READ", "postgresql_readonly": True}

    def begin_write(self, conn: Connection, *, whole_archive: bool, on_wait: WaitFn | None) -> None:
        """Take the whole-archive write lock (released when the transaction ends), waiting for the holder.

        While another import holds it, ``on_wait`` hears every :data:`WAIT_STEP_S` that this one is
        waiting; returning False gives up (:class:`~model.store.backend.WriteCancelled`). Without
        ``on_wait`` it waits as long as it takes.
        """
        if not whole_archive:
            return
        from sqlalchemy import text

        if on_wait is None:
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK})
            return
        try_lock = text("SELECT pg_try_advisory_xact_lock(:key)")
        while not conn.execute(try_lock, {"key": WRITE_LOCK}).scalar():
            if not on_wait():
                raise WriteCancelled()
            time.sleep(WAIT_STEP_S)

    def text_rows(self, conn: Connection, sql: str, params: dict[str, Any]) -> list[Any]:
        """On psycopg, inside the connection's transaction, rows as tuples (:class:`~model.store.pgrun.PgConnection`).

        Never as a prepared statement: psycopg prepares a query it has run five times, and the generic plan
        the server then keeps for it ignores the values bound; for a search of a common word that plan was
        five times slower in a probe. Plain SQL text here is the search's, which has no plan worth keeping."""
        from model.store.pgrun import on_session

        return on_session(conn)(lambda pg: pg.text(sql, params))

    def defer_constraints(self, conn: Connection) -> None:
        from sqlalchemy import text

        conn.execute(text("SET CONSTRAINTS ALL DEFERRED"))

    def check_deferred(self, conn: Connection, step: Callable[[int, int], None]) -> None:
        """One foreign key at a time, each by ``SET CONSTRAINTS … IMMEDIATE``, which checks at once the rows
        this transaction queued for it: the same checks the commit would run in one go (at 100k meetings,
        a quarter of a minute without a word), split where the server lets them be split."""
        from sqlalchemy import text

        names = conn.execute(text(_DEFERRABLE_KEYS)).scalars().all()
        step(0, len(names))
        for done, name in enumerate(names, 1):
            conn.exec_driver_sql(f"SET CONSTRAINTS {name} IMMEDIATE")
            step(done, len(names))

    def author(self, conn: Connection) -> str:
        """The database user: what the server knows the writer as, whoever runs the program."""
        from sqlalchemy import text

        return str(conn.execute(text("SELECT current_user")).scalar())

    def announce(self, conn: Connection, channel: str, payload: str) -> None:
        from sqlalchemy import text

        conn.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": channel, "payload": payload})

    def can_write(self, conn: Connection) -> bool:
        """Whether the user may add records (a ``summitry_reader`` may only select: :mod:`model.store.roles`)."""
        from sqlalchemy import text

        return bool(conn.execute(text(_MAY_WRITE)).scalar())

    # --- the same checks on psycopg, for opening an archive at this version without SQLAlchemy -----------------

    def is_current_archive(self, conn: PgConnection) -> bool:
        """Whether the database is a Summitry archive at this Summitry's schema version: its marker table where
        :meth:`stored_version` looks (SQLAlchemy lists the tables of the default schema), saying so."""
        if not conn.text(_MARKER_PRESENT, {"name": MARKER_TABLE}):
            return False
        row = conn.text(_MARKER_ROW)
        return bool(row) and row[0][0] == facts.APPLICATION_NAME and int(row[0][1]) == facts.SCHEMA_VERSION

    def may_write(self, conn: PgConnection) -> bool:
        """:meth:`can_write`, on psycopg."""
        return bool(conn.text(_MAY_WRITE)[0][0])

    def insert_rows(self, conn: Connection, table: Table, batch: list[dict[str, Any]]) -> None:
        """Tables of plain columns by ``COPY … FROM STDIN`` (psycopg's ``cursor.copy``), in the caller's
        transaction. About four times faster than executemany: copying the bench's 10k archive (363,278 rows)
        onto a local server, its rows took 3.9-5.5 s against 15.9-19.6 s (the whole copy 7-9 s against
        19-25 s), on a busy 2-core machine; an import of the bench's 1k archive, 2.3-2.7 s against 5.0-5.9 s.
        Tables with JSON columns (few rows) keep Core, which serialises them. An error comes back as
        SQLAlchemy's, as an executemany's would (its SQLSTATE read the same way)."""
        from sqlalchemy import JSON
        from sqlalchemy.exc import DBAPIError

        if not batch or any(isinstance(c.type, JSON) for c in table.columns):
            super().insert_rows(conn, table, batch)
            return
        import psycopg

        keys = list(batch[0])
        columns = ", ".join(f'"{k}"' for k in keys)
        statement = f'COPY "{table.name}" ({columns}) FROM STDIN'
        row_of = operator.itemgetter(*keys)
        driver = conn.connection.driver_connection
        try:
            with driver.cursor() as cursor, cursor.copy(statement) as copy:  # type: ignore[union-attr]
                for row in batch:
                    copy.write_row(row_of(row) if len(keys) > 1 else (row_of(row),))
        except psycopg.Error as exc:
            raise DBAPIError.instance(statement, None, exc, psycopg.Error) from exc

    def keep_writers_out(self, conn: Connection, tables: Iterable[Table]) -> None:
        """``EXCLUSIVE`` locks: every INSERT, UPDATE and DELETE elsewhere waits for this transaction, while
        plain reads (``ACCESS SHARE``) go on and see the archive as it was until it commits."""
        from sqlalchemy import text

        names = ", ".join(f'"{t.name}"' for t in tables)
        if names:
            conn.execute(text(f"LOCK TABLE {names} IN EXCLUSIVE MODE"))

    def reset_identities(self, conn: Connection, tables: Iterable[Table]) -> None:
        """Each identity column's sequence continues after the largest key in its table."""
        from sqlalchemy import text

        for table in tables:
            for column in table.columns:
                if column.identity is not None:
                    conn.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence(:table, :column), "
                            f'COALESCE((SELECT max("{column.name}") FROM "{table.name}"), 0) + 1, false)'
                        ),
                        {"table": f'"{table.name}"', "column": column.name},
                    )

    def refresh_statistics(self, conn: Connection, tables: Iterable[str]) -> None:
        """``VACUUM (ANALYZE)`` of the archive's tables, its index and its marker, by name: other tables the
        database holds (its administrator's) are left to them. A freshly copied table has no planner statistics
        and no visibility map until autovacuum comes round to it; without them a new 100k archive's window took
        ~700 ms to be ready, with them ~380 ms (the vacuum took 1.9 s there).

        ``SKIP_LOCKED``: a table another session holds a conflicting lock on (a restore keeping writers out,
        autovacuum already at it) is skipped, never waited for. A table this user may not vacuum (not its
        owner's, nor the database's) is skipped by the server itself with a warning, which goes no further than
        SQLAlchemy's log of server notices (at INFO, not shown): the copy stands either way, and autovacuum
        does the rest in its time."""
        quote = conn.dialect.identifier_preparer.quote
        names = ", ".join(quote(name) for name in [*tables, FTS_TABLE, MARKER_TABLE])
        conn.exec_driver_sql(f"VACUUM (ANALYZE, SKIP_LOCKED) {names}")

    def violation(self, error: BaseException) -> tuple[str, tuple[str, ...]] | None:
        """By SQLSTATE; the columns of a unique one from its constraint's name, which the server makes from
        them (``round_process_id_number_key``) for the schema's unnamed constraints."""
        orig = getattr(error, "orig", None)
        state = getattr(orig, "sqlstate", None)
        if state == "23503":  # foreign_key_violation
            return "reference", ()
        if state != "23505":  # unique_violation
            return None
        diag = getattr(orig, "diag", None)
        table, name = getattr(diag, "table_name", None), getattr(diag, "constraint_name", None)
        return "unique", _unique_columns(table, name)

    def create_text_index(self, conn: Connection) -> None:
        for statement in CREATE_FTS:
            conn.exec_driver_sql(statement)

    def drop_text_index(self, conn: Connection) -> None:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")

    def write_index(self, conn: Connection, rows: Iterable[tuple[int, str, str]]) -> None:
        """By COPY, in this transaction: an import writes a row per record, and COPY takes them as one stream
        (the server computes each row's ``tsvector`` as it comes)."""
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        with cursor.copy(f"COPY {FTS_TABLE} (rowid, title, body) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def delete_index(self, conn: Connection, rowids: Iterable[int]) -> None:
        from sqlalchemy import text

        ids = list(rowids)
        if ids:
            conn.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = ANY(:ids)"), {"ids": ids})

    def storage_check(self, conn: Connection) -> tuple[list[str], list[str]]:
        from model.store.server_faults import ServerText

        return [], [
            ServerText.tr(
                "the server's own storage (its pages and indexes): that is the server's to check; its administrator "
                "can run pg_amcheck"
            )
        ]

    def fault(self, error: BaseException, where: str, doing: Doing = "using") -> DatabaseOpenError | None:
        from model.store.server_faults import server_fault

        return server_fault(error, where, doing)


def _unique_columns(table: str | None, constraint: str | None) -> tuple[str, ...]:
    """The columns of the schema's unique constraint (or primary key) the server named ``constraint``."""
    from model.store import schema

    found = schema.Base.metadata.tables.get(table or "")
    if found is None:
        return ()
    for candidate in found.constraints:
        columns = [c.name for c in candidate.columns]  # type: ignore[attr-defined]
        server_name = f"{table}_pkey" if candidate is found.primary_key else f"{table}_{'_'.join(columns)}_key"
        if constraint in (candidate.name, server_name):
            return tuple(f"{table}.{c}" for c in columns)
    return ()


POSTGRESQL = PostgresqlBackend()
