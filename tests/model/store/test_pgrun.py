"""Reads straight on psycopg (model.store.pgrun): the same answers as through SQLAlchemy, none of its work."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from model.reads import queries
from model.store import pgrun, sqlrun
from model.store.database import Database
from model.store.opening import open_database
from tests.backends import TestBackend
from tests.model.store.test_sqlrun import _whole_tree


@pytest.fixture
def archive(server: TestBackend) -> Iterator[Database]:
    database = open_database(server.new_target("bundled"))
    try:
        yield database
    finally:
        database.close()


def _statements_through_sqlalchemy(database: Database) -> list[str]:
    """The statements SQLAlchemy executes on this database's engine from now on (appended as they run)."""
    from sqlalchemy import event

    seen: list[str] = []
    event.listen(database.engine, "before_cursor_execute", lambda _c, _cur, sql, *_a: seen.append(sql))
    return seen


def test_a_server_archive_reads_the_same_on_psycopg_as_through_sqlalchemy(
    archive: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    through_sqlalchemy = _statements_through_sqlalchemy(archive)
    with archive.reader() as conn:
        frozen = _whole_tree(conn)
        ids = [n.id for _, n, _ in frozen if not n.id.startswith("@")]
        paths = queries.tree_paths(conn, ids)  # an expanding list, as one array
        one = queries.tree_paths(conn, ids[:1])
    assert [s for s in through_sqlalchemy if not s.startswith(("BEGIN", "select pg_catalog.version"))] == []

    monkeypatch.setattr(sqlrun, "FROZEN", False)  # a session's reads built and compiled by SQLAlchemy
    with archive.session() as conn:
        assert _whole_tree(conn) == frozen
        assert queries.tree_paths(conn, ids) == paths
        assert queries.tree_paths(conn, ids[:1]) == one == {ids[0]: paths[ids[0]]}
    assert len(through_sqlalchemy) > 50
    assert len(frozen) > 50 and {n.type for _, n, _ in frozen} >= {"forum", "meeting", "process", "round", "group"}


def test_a_list_parameter_takes_one_placeholder_per_element_with_its_cast(archive: Database) -> None:
    """As SQLAlchemy expands it: the server keeps one plan per length (``= ANY`` of an array it re-plans each time)."""
    with archive.reader() as conn:
        forums = [f.id for f in queries.forums(conn)]
        assert len(forums) >= 3
        each = {f: queries.date_extent(conn, [f]) for f in forums}
        together = [queries.date_extent(conn, forums) for _ in range(7)]  # from the sixth run on, prepared
    sql, values = pgrun.statement(sqlrun.REGISTRY["timeline.date_extent"]).bind({"forums": forums[:3]})
    assert "meeting.forum_id IN (%(forums_1)s::VARCHAR, %(forums_2)s::VARCHAR, %(forums_3)s::VARCHAR)" in sql
    assert values == {"forums_1": forums[0], "forums_2": forums[1], "forums_3": forums[2]}
    spans = [span for span in each.values() if span is not None]
    assert len(spans) >= 2 and together == [(min(s[0] for s in spans), max(s[1] for s in spans))] * 7


def percent_statement() -> Any:
    from sqlalchemy import literal_column, select

    return select(literal_column("'50% done'").label("said"), literal_column("'%(x)s'").label("kept"))


def test_a_literal_percent_survives_on_psycopg(archive: Database) -> None:
    stmt = sqlrun.Sql("test.percent", "tests.model.store.test_pgrun:percent_statement")
    try:
        with archive.reader() as conn:
            assert sqlrun.rows(conn, stmt) == [("50% done", "%(x)s")]
            assert sqlrun.text_rows(conn, "SELECT '50% done', :x", {"x": "a"}) == [("50% done", "a")]
    finally:
        del sqlrun.REGISTRY["test.percent"]  # not one of the app's statements: the frozen table has no place for it


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT r.id FROM record r WHERE r.id = :id",
        "SELECT :a, :b_2, :a FROM x WHERE y::text = :c AND z LIKE '5%' AND w = CAST(:d AS integer)",
        "SELECT '{1.0, 0, 0, 0.1}'::real[], to_tsquery('simple', :q), 'a:b', 'x' || :tail",
        "SELECT 1 WHERE a = :x:: int OR b = \\:notaparam OR c = :x",
        "SELECT e'\\\\:y', '100%%', :über",
    ],
)
def test_plain_sql_gets_the_placeholders_sqlalchemy_would_give_psycopg(sql: str) -> None:
    from sqlalchemy import text
    from sqlalchemy.dialects.postgresql import psycopg

    assert pgrun.driver_sql(sql) == str(text(sql).compile(dialect=psycopg.dialect()))


def test_the_search_engine_sql_gets_the_placeholders_sqlalchemy_would_give(archive: Database) -> None:
    from sqlalchemy import text
    from sqlalchemy.dialects.postgresql import psycopg

    from model.search import engine

    seen: list[str] = []
    real = pgrun.PgConnection.text

    def spy(self: pgrun.PgConnection, sql: str, params: dict[str, Any] | None = None) -> list[Any]:
        seen.append(sql)
        return real(self, sql, params)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pgrun.PgConnection, "text", spy)
        for query in ("asean", '"east asia" NOT 2016', "regional NOT summit", "regio*"):
            assert engine.search(archive, query).total > 0
    assert len(seen) >= 6
    for sql in seen:
        assert pgrun.driver_sql(sql) == str(text(sql).compile(dialect=psycopg.dialect()))


def test_statements_a_window_repeats_stay_prepared_from_one_read_to_the_next(archive: Database) -> None:
    """psycopg prepares a statement on its fifth run, and forgets every one it prepared at a rollback: a read
    action ends by committing its read-only snapshot, so the sixth opening of a record is not planned again."""
    from model.records.read_views import view_of

    for _ in range(6):
        with archive.reader() as conn:
            assert view_of(conn, "arf-23") is not None
    with archive.reader() as conn:
        prepared = sqlrun.text_rows(conn, "SELECT statement FROM pg_prepared_statements")
    texts = [str(row[0]) for row in prepared]
    assert any("FROM participant" in text for text in texts), texts
