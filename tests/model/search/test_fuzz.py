"""Any input is safe: generated queries run against a real index of the bundled dataset (FTS5, and PostgreSQL's
``tsvector``).

Every query gives a result (possibly empty) with hints, never an exception.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model.search import engine
from model.search.parser import FIELDS
from model.store.database import Database
from tests.model.search import corpora

FIXTURE = Path(__file__).parents[1] / "fixtures" / "search_corpus.json"

# Pieces of the grammar, real words and the inputs known to break FTS5 when handed over raw.
PIECES = [
    *(f"{f}:" for f in FIELDS),
    "forum:ARF",
    "type:meeting|round",
    "country:LA",
    "year:2014",
    "date:2013-11..2016-06",
    "date:..",
    "year:9999..1",
    "status:held",
    "topic:piracy",
    "level:ministerial",
    'city:"Bandar Seri',
    "x:y",
    "a-b",
    "C++",
    "O'Brien",
    "(",
    ")",
    '"',
    "*",
    "-",
    "NOT",
    "OR",
    "AND",
    "|",
    "NEAR(",
    "^",
    "{title}:",
    "title:",
    "body:",
    "rank:",
    "piracy",
    "consult*",
    "security",
    "ລາວ",
    "ວຽງຈັນ",
    "แม่น้ำโขง",
    "万象",
    "😀",
    "\u202e",
    "مرحبا",
    "\x00",
    "\u200b",
]

queries = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=12).map(" ".join),
    st.lists(st.sampled_from(PIECES), max_size=12).map("".join),
    st.text(max_size=200),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=30).map(
        lambda xs: "".join(xs) if len(xs) % 2 else " ".join(xs)
    ),
)


@pytest.fixture(scope="module", params=corpora.BACKENDS)
def corpus(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    yield from corpora.corpus(request.param, tmp_path_factory.mktemp("fuzz"), *corpora.ENGLISH)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=queries)
def test_any_query_gives_results_or_hints(corpus: Database, query: str) -> None:
    result = engine.search(corpus, query, limit=5)
    assert result.total >= len(result.hits)
    assert all(isinstance(h, str) and h for h in result.hints)
    ids, _ = engine.match_ids(corpus, query, cap=50)
    assert len(ids) <= 50


@pytest.mark.parametrize(
    "query",
    [
        "a" * 10_000,
        "piracy " * 1_500,
        "(" * 5_000 + "piracy" + ")" * 5_000,
        "OR " * 3_000,
        "-" * 10_000,
        '"' * 9_999,
        "year:2014 " * 1_000,
        "\x00\x01\x02\x1b[31m piracy \x7f",
        "piracy 😀🏳️‍🌈 مرحبا بالعالم שלום",
        "\u202eyciparp\u202c",
        "\ud800 lone surrogate",
    ],
)
def test_extreme_inputs(corpus: Database, query: str) -> None:
    result = engine.search(corpus, query)
    assert result.total >= 0


def test_a_hint_for_long_queries(corpus: Database) -> None:
    result = engine.search(corpus, "piracy " * 1_500)
    assert any("first 64" in h for h in result.hints)
    assert {h.id for h in result.hits} == {"asean-russia-fmm-2016", "fx-mrc-1"}
