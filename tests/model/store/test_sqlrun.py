"""Reads straight on SQLite (model.store.sqlrun): the same answers as through SQLAlchemy, without importing it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from model.reads import queries
from model.reads.queries import TreeNode
from model.store import sqlrun
from model.store.database import Database


def _whole_tree(conn: sqlrun.Reader) -> list[tuple[int, TreeNode, int]]:
    """Every node of the tree, depth first, each with its depth and its child count, read page by page."""
    out: list[tuple[int, TreeNode, int]] = []

    def walk(parent: str | None, kind: str | None, depth: int) -> None:
        counts = queries.section_counts(conn, parent, kind) if parent is not None else None
        total = queries.child_count(conn, parent, kind)
        offset = 0
        while offset < total:
            page = queries.children(conn, parent, offset, 7, kind, counts)  # small pages: offsets matter
            assert page, f"{parent} says it has {total} children but page {offset} is empty"
            for child in page:
                out.append((depth, child, queries.child_count(conn, child.id, child.type)))
                if child.has_children:
                    walk(child.id, child.type, depth + 1)
            offset += len(page)

    walk(None, None, 0)
    return out


def test_the_tree_reads_the_same_straight_on_sqlite_as_through_sqlalchemy(bundled_db: Database) -> None:
    with bundled_db.reader() as conn:
        assert isinstance(conn, sqlrun.LiteConnection)
        lite = _whole_tree(conn)
    with bundled_db.session() as session:
        orm = _whole_tree(session)
    assert lite == orm
    assert len(lite) > 50 and {n.type for _, n, _ in lite} >= {"forum", "meeting", "process", "round", "group"}


def test_positions_paths_and_lookups_agree_both_ways(bundled_db: Database) -> None:
    with bundled_db.reader() as conn, bundled_db.session() as session:
        nodes = _whole_tree(conn)
        ids = [n.id for _, n, _ in nodes if not n.id.startswith("@")]
        assert queries.tree_paths(conn, ids) == queries.tree_paths(session, ids)
        for rid in ids[::5]:
            path = queries.tree_paths(conn, [rid])[rid]
            parent = path[-1] if path else None
            position = queries.child_position(conn, parent, rid)
            assert position == queries.child_position(session, parent, rid)
            assert position is not None
            assert queries.children(conn, parent, position, 1)[0].id == rid
            assert queries.node(conn, rid) == queries.node(session, rid)
            assert queries.record_type(conn, rid) == queries.record_type(session, rid)
        some = ids[:40:3]
        assert queries.nodes_in_order(conn, None, some) == queries.nodes_in_order(session, None, some)
        assert queries.record_counts(conn) == queries.record_counts(session)
        assert queries.source_summaries(conn, 3) == queries.source_summaries(session, 3)


def test_the_timeline_reads_the_same_both_ways(bundled_db: Database) -> None:
    with bundled_db.reader() as conn, bundled_db.session() as session:
        forums = [c.id for c in queries.forums(conn)]
        assert queries.forums(conn) == queries.forums(session)
        assert queries.processes(conn) == queries.processes(session)
        process = queries.default_process(conn)
        assert process == queries.default_process(session) == queries.DEFAULT_PROCESS
        timeline = queries.process_timeline(conn, process)
        assert timeline is not None and timeline.events and timeline.as_of
        assert timeline == queries.process_timeline(session, process)
        assert queries.meeting_extents(conn, forums) == queries.meeting_extents(session, forums)
        first, last = queries.date_extent(conn, forums) or ("", "")
        assert (first, last) == queries.date_extent(session, forums)
        events = queries.meeting_events(conn, forums, first, last, 50)
        assert events == queries.meeting_events(session, forums, first, last, 50)
        assert len(events) > 3
        assert queries.meeting_events(conn, forums, first, last, 3) == events[:3]  # the limit is a parameter


def test_a_reader_sees_what_a_transaction_wrote_once_it_is_committed(bundled_db: Database) -> None:
    from sqlalchemy import update

    from model.store import schema

    forum = schema.table(schema.Forum)
    with bundled_db.reader() as conn:
        before = queries.children(conn, None, 0, 1)[0]
    with bundled_db.transaction() as session:
        session.execute(update(forum).where(forum.c.id == before.id).values(name="Aaa renamed forum"))
    with bundled_db.reader() as conn:
        assert queries.children(conn, None, 0, 1)[0].label.startswith("Aaa renamed forum")


def test_a_reader_cannot_write(bundled_db: Database) -> None:
    with bundled_db.reader() as conn, pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.raw.execute("DELETE FROM forum")


def test_an_existing_database_opens_without_sqlalchemy(tmp_path: Path, bundled_db: Database) -> None:
    path = bundled_db.path
    bundled_db.close()
    code = (
        "import sys; from model.interchange import bundled; from model.reads import queries; "
        "from model.store.opening import open_database; "
        f"d = open_database({str(path)!r}); bundled.ensure_bundled(d); "
        "r = d.reader().__enter__(); print(len(queries.children(r, None, 0, 50)), queries.default_process(r)); "
        "print('sqlalchemy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=".")
    rows, process, loaded = out.stdout.split()
    assert int(rows) >= 5 and process == queries.DEFAULT_PROCESS
    assert loaded == "False"


def test_expanding_lists_and_missing_parameters() -> None:
    from model.reads.queries import _TYPES_OF

    raw = sqlite3.connect(":memory:")
    raw.execute("CREATE TABLE record (id TEXT, type TEXT)")
    raw.executemany("INSERT INTO record VALUES (?, ?)", [("a", "forum"), ("b", "meeting"), ("c", "topic")])
    conn = sqlrun.LiteConnection(raw)
    assert sorted(sqlrun.rows(conn, _TYPES_OF.sql, ids=["a", "c", "zz"])) == [("a", "forum"), ("c", "topic")]
    assert [(r.id, r.type) for r in _TYPES_OF.read(conn, ids=["b"])] == [("b", "meeting")]  # a named row
    with pytest.raises(KeyError):
        sqlrun.rows(conn, _TYPES_OF.sql)


def test_two_statements_cannot_share_a_key() -> None:
    with pytest.raises(ValueError, match=r"record\.type"):
        sqlrun.Sql("record.type", "model.reads.queries_sql:record_type")


def test_the_frozen_sql_is_up_to_date() -> None:
    from model.store import freeze_sql

    assert freeze_sql.TARGET.read_text(encoding="utf-8") == freeze_sql.render(), (
        "model/store/frozen_sql.py is out of date: run python -m model.store.freeze_sql"
    )


def test_the_sections_named_without_sqlalchemy_are_the_ones_built_with_it() -> None:
    from model.reads import queries_sql

    for parent, kinds in queries.SECTION_KINDS.items():
        assert tuple(s.kind for s in queries_sql.sections(parent)) == kinds


def test_closing_the_database_lets_a_read_on_another_thread_finish(bundled_db: Database) -> None:
    import threading

    started, proceed = threading.Event(), threading.Event()
    result: dict[str, list[TreeNode]] = {}

    def read() -> None:
        with bundled_db.reader() as conn:
            started.set()
            proceed.wait(10)
            result["rows"] = queries.children(conn, None, 0, 3)

    worker = threading.Thread(target=read)
    worker.start()
    assert started.wait(10)
    bundled_db.release_connections()  # what switching databases or a restore does
    proceed.set()
    worker.join(10)
    assert len(result["rows"]) == 3
    with bundled_db.reader() as conn:  # and it reads on, on a fresh connection
        assert queries.children(conn, None, 0, 3) == result["rows"]
