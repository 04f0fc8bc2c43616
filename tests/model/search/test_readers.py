"""The search runs on every kind of reader alike, and loads no SQLAlchemy to do it.

A SQLite file is read straight on the sqlite3 driver (a LiteConnection); elsewhere (in memory, PostgreSQL)
through an SQLAlchemy session; the benchmarks pass an SQLAlchemy connection. Each must find, rank, snip
and count the same.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from model.interchange import bundled, importer
from model.search import choices, engine
from model.store.database import Database
from model.store.opening import open_database
from model.store.sqlrun import LiteConnection

FIXTURE = Path(__file__).parents[1] / "fixtures" / "search_corpus.json"
QUERIES = [
    "piracy",  # words only: FTS5's own rank
    "consult*",
    '"regional security"',
    "ວຽງຈັນ",  # a snippet inside a run without spaces
    "security forum:ARF -type:outcome",  # words and fields: bm25 through SQL
    "piracy OR city:Jakarta",
    "type:meeting|outcome",  # fields only: newest first
    "year:2014 type:round",
    "forum:XYZ",  # matches nothing, with a hint
    "   ",  # nothing to search for
]


def _load(database: Database) -> Database:
    bundled.ensure_bundled(database)
    importer.import_file(database, FIXTURE)
    return database


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = _load(open_database(str(tmp_path_factory.mktemp("readers") / "corpus.sqlite3")))
    yield database
    database.close()


@pytest.fixture(scope="module")
def in_memory() -> Iterator[Database]:
    """The same data where ``reader()`` gives an SQLAlchemy session (as on PostgreSQL)."""
    database = _load(open_database(":memory:"))
    yield database
    database.close()


def _parts(conn: Any, query: str) -> tuple[Any, ...]:
    """Everything a search computes, step by step: plan, rank floor, pages (with how many match) and their
    snippets, count."""
    p = engine.make_plan(conn, query)
    if p.empty:
        return (p,)
    floor, counted = engine._rank_floor(conn, p)
    first, second = engine._first(conn, p, 500, 0), engine._first(conn, p, 3, 2)
    return (
        p,
        floor,
        counted,
        first,
        engine._hits(conn, p, first.rows),
        second,
        engine._hits(conn, p, second.rows),
        engine._count(conn, p),
    )


@pytest.mark.parametrize("candidates", [engine.RANK_CANDIDATES, 3])  # 3: rank only the newest matches
@pytest.mark.parametrize("query", QUERIES)
def test_the_driver_and_sqlalchemy_find_the_same(
    corpus: Database, query: str, candidates: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "RANK_CANDIDATES", candidates)
    with corpus.reader() as lite:
        assert isinstance(lite, LiteConnection)
        on_driver = _parts(lite, query)
    with corpus.engine.connect() as conn:
        assert _parts(conn, query) == on_driver
    with corpus.session() as session:
        assert _parts(session, query) == on_driver
    if query == "consult*" and candidates == 3:
        assert on_driver[1] is not None  # the newest matches only were ranked


@pytest.mark.parametrize("query", QUERIES)
def test_a_session_reader_searches_like_the_file(corpus: Database, in_memory: Database, query: str) -> None:
    with in_memory.reader() as conn:
        assert not isinstance(conn, LiteConnection)
    assert engine.search(in_memory, query, limit=500) == engine.search(corpus, query, limit=500)
    assert engine.search(in_memory, query, limit=3, offset=2) == engine.search(corpus, query, limit=3, offset=2)
    assert engine.match_ids(in_memory, query) == engine.match_ids(corpus, query)


def test_filter_choices_are_the_same_on_either_reader(corpus: Database, in_memory: Database) -> None:
    assert choices.filter_choices(in_memory) == choices.filter_choices(corpus)
    for rid, expected in [("arf", "forum:ARF"), ("terrorism", "topic:terrorism"), ("arf-23", None), ("no", None)]:
        assert choices.query_for_record(corpus, rid) == choices.query_for_record(in_memory, rid) == expected


def test_searching_loads_no_sqlalchemy() -> None:
    # The search box and filter lists work before SQLAlchemy has loaded (see model.store.sqlrun).
    code = (
        "import sys; import model.search.engine, model.search.choices; "
        "print(','.join(m for m in ('sqlalchemy', 'model.store.schema') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=".")
    assert out.stdout.strip() == ""
