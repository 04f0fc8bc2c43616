"""One user action reads one snapshot: what another process commits meanwhile shows in the next action, not
halfway through this one; and an action's reads cannot write."""

from __future__ import annotations

from pathlib import Path

import pytest

from model.interchange import importer
from model.reads import queries
from model.store import sqlrun
from model.store.database import Database
from model.store.faults import DatabaseOpenError
from model.store.opening import open_database
from tests.backends import TestBackend
from tests.model.generated import forum_with_meetings, write

pytestmark = pytest.mark.both_backends


def test_an_action_reads_one_snapshot_and_the_next_sees_what_was_committed(
    backend: TestBackend, bundled_db: Database, tmp_path: Path
) -> None:
    colleague = open_database(bundled_db.target)  # another analyst's Summitry on the same archive
    try:
        with bundled_db.reader() as conn:
            before = queries.record_counts(conn).by_type["forum"]
            importer.import_file(colleague, write(tmp_path / "theirs.json", forum_with_meetings("theirs", 3)))
            with bundled_db.reader() as nested:  # a read the same action makes further down
                assert queries.record_counts(nested).by_type["forum"] == before
            assert queries.record_counts(conn).by_type["forum"] == before
            assert queries.node(conn, "theirs") is None
        with bundled_db.reader() as conn:
            assert queries.record_counts(conn).by_type["forum"] == before + 1
            assert queries.node(conn, "theirs") is not None
    finally:
        colleague.close()


def test_an_actions_reads_cannot_write(backend: TestBackend, bundled_db: Database) -> None:
    """A file's reader is query-only; a server's snapshot is READ ONLY (SQLSTATE 25006): both refuse."""
    with pytest.raises(DatabaseOpenError) as refused, bundled_db.reader() as conn:
        sqlrun.text_rows(conn, "DELETE FROM saved_search")
    assert refused.value.reason == "read-only"


def test_on_a_server_the_searchs_plain_sql_is_never_a_prepared_statement(server: TestBackend) -> None:
    """psycopg prepares a statement it has run five times; the generic plan then kept ignores the values
    bound, which made a common word's search five times slower. The declared statements (tree, detail
    pane) keep theirs: they are looked up by key, and the same plan serves every value."""
    database = open_database(server.new_target("bundled"))
    search_like = "SELECT r.id FROM record r WHERE r.title LIKE :words AND r.type IN ('meeting', 'forum') LIMIT 50"
    try:
        with database.reader() as conn:
            for _ in range(8):
                sqlrun.text_rows(conn, search_like, {"words": "%Forum%"})
                queries.record_type(conn, "arf-23")
            prepared = [row[0] for row in sqlrun.text_rows(conn, "SELECT statement FROM pg_prepared_statements")]
    finally:
        database.close()
    assert not any("LIKE" in statement for statement in prepared)
    assert any("FROM record" in statement and "record.id" in statement for statement in prepared)
