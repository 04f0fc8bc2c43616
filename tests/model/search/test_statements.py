"""How many statements one search sends to the database (issue 14 item 9, issue 16 item 5).

On a server every statement is a round trip, and with 20 people searching they queue: a keystroke's search
reads its ranked page with the count, then one statement holds every text its snippets and labels are cut
from, whatever types the page holds. The statements are counted where they leave for the database (SQLite's
trace of the reader's connection, psycopg's cursor), so a read added anywhere on the way shows here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from model.search import engine
from model.store.database import Database
from model.store.sqlrun import LiteConnection
from tests.model.search import corpora


@pytest.fixture(scope="module", params=corpora.BACKENDS)
def corpus(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    yield from corpora.corpus(request.param, tmp_path_factory.mktemp("statements"), *corpora.RUSSIAN)


def _ours(sql: str) -> bool:
    """A statement Summitry sent: not a transaction's BEGIN or end, nor one SQLite's FTS5 runs on its own
    tables ("-- " for those it runs inside a statement, ``'main'.`` in those it runs first)."""
    return sql.lstrip().upper().startswith(("SELECT", "WITH")) and "'main'." not in sql


@contextmanager
def sent(db: Database) -> Iterator[list[str]]:
    """The statements the database receives meanwhile."""
    seen: list[str] = []
    with db.reader() as conn:
        lite = conn if isinstance(conn, LiteConnection) else None
    if lite is not None:  # this thread's read connection, which the search will use
        lite.raw.set_trace_callback(seen.append)
        try:
            yield seen
        finally:
            lite.raw.set_trace_callback(None)
        return
    import psycopg

    execute = psycopg.Cursor.execute

    def traced(cursor: Any, query: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(str(query))
        return execute(cursor, query, *args, **kwargs)

    setattr(psycopg.Cursor, "execute", traced)  # noqa: B010  # a method of the class, for every cursor
    try:
        yield seen
    finally:
        setattr(psycopg.Cursor, "execute", execute)  # noqa: B010


def statements(db: Database, query: str, **page: int) -> int:
    with sent(db) as seen:
        result = engine.search(db, query, **page)
    assert result.searched, query
    ours = [s for s in seen if _ours(s)]
    assert ours, "the hook saw the search's statements"
    return len(ours)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("security", 2),  # words: the ranked page with its count, then the page's texts
        ("consult*", 2),  # rounds, labelled with their processes' names
        ("type:meeting", 2),  # filters only: the page newest first with its count, then the texts
        ("forum:ARF security", 3),  # the forums' names, read to resolve the filter
        ("terrorism", 3),  # a word only in an agenda item's topic: the further passages
        ("Dhaka", 1),  # nothing found: nothing to read
    ],
)
def test_a_search_sends_the_fewest_statements(corpus: Database, query: str, expected: int) -> None:
    assert statements(corpus, query) == expected


def test_the_count_comes_with_the_page_when_only_the_newest_matches_are_ranked(
    corpus: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    every = engine.search(corpus, "security", limit=1_000)
    monkeypatch.setattr(engine, "RANK_CANDIDATES", 3)
    result = engine.search(corpus, "security", limit=2)
    assert result.ranked_among == 3 and len(every.hits) > 3
    assert (result.total, result.more) == (every.total, False)  # every match counted, the newest three ranked
    assert statements(corpus, "security", limit=2) == 2
    assert statements(corpus, "type:meeting", limit=2, offset=4) == 2
