"""The server's query text: the parsed query in ``tsquery`` syntax, every word in the index's normal form."""

from __future__ import annotations

import pytest

from model.search.parser import parse_query
from model.search.sql import SYNTAXES, _lexeme


def tsquery(query: str) -> str | None:
    tree = parse_query(query).tree
    assert tree is not None
    return SYNTAXES["tsquery"].expression(tree)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("consultations", "'consult'"),  # stemmed as the index holds it
        ("consult*", "'consult':*"),  # a prefix
        ("Маниле", "'манила'"),  # a Russian form, lemmatised
        ("ещё", "'еще'"),
        ("АРФ", "'арф'"),  # an acronym typed in capitals: only itself
        ("арф", "('арфа' | 'арф')"),  # in lower case: the word or the acronym
        # A phrase stands within the title (weight A) or within the body (D), never across the two.
        ('"regional security"', "(('region':A <-> 'secur':A) | ('region':D <-> 'secur':D))"),
        ('"regional secur"*', "(('region':A <-> 'secur':*A) | ('region':D <-> 'secur':*D))"),
        ("hydropower -guidelines", "('hydropow' & !'guidelin')"),
        ("hydropower OR sediment", "('hydropow' | 'sediment')"),
        # "dams" may be the word or an acronym, DAMS, as in FTS5's expression
        ("(hydropower OR sediment) NOT dams", "(('hydropow' | 'sediment') & !('dam' | 'dams'))"),
        ("C++", "'c'"),
        ("forum:ARF piracy", None),  # a field filter is SQL, not text search
    ],
)
def test_queries_become_tsquery_text(query: str, expected: str | None) -> None:
    assert tsquery(query) == expected


def test_a_lexeme_is_always_quoted_so_nothing_in_it_is_read_as_syntax() -> None:
    assert _lexeme("it's", False, "") == "'it''s'"
    assert _lexeme("a\\b", True, "A") == "'a\\\\b':*A"
