"""The tree's order in the reader's language: runs ordered by name follow the names the tree shows."""

from __future__ import annotations

from typing import Any

from model.reads import queries

#: ASEAN's platforms as the tree shows them in Russian, in Russian alphabetical order.
ASEAN_IN_RUSSIAN = ["eas", "asean-russia", "arf", "admm-plus"]  # Восточно…, Диалогов…, Регионал…, Совещание…


def _children(conn: Any, parent: str | None, lang: str | None) -> list[queries.TreeNode]:
    return queries.children(conn, parent, 0, 500, lang=lang)


def test_in_russian_forums_are_in_the_order_of_their_russian_names(bundled_db: Any, read_path: str) -> None:
    with bundled_db.reader() as conn:
        asean = _children(conn, "asean", "ru")
        positions = [queries.child_position(conn, "asean", rid, "forum", "ru") for rid in ASEAN_IN_RUSSIAN]
        among = queries.nodes_in_order(conn, "asean", ["admm-plus", "eas", "arf"], lang="ru")
        pages = [n.id for offset in range(4) for n in queries.children(conn, "asean", offset, 1, lang="ru")]
    assert [n.id for n in asean] == ASEAN_IN_RUSSIAN
    assert asean[0].label == "Восточноазиатский саммит (ВАС)"
    assert positions == [0, 1, 2, 3]  # where the tree looks for a record it selects
    assert [n.id for n in among] == ["eas", "arf", "admm-plus"]  # the tree narrowed to search results
    assert pages == ASEAN_IN_RUSSIAN  # read a page at a time


def test_in_russian_case_does_not_decide_the_order(bundled_db: Any, read_path: str) -> None:
    with bundled_db.reader() as conn:
        countries = [n.label for n in _children(conn, "@countries", "ru")]
    assert countries.index("Камбоджа") < countries.index("Китай") < countries.index("КНДР") < countries.index("Лаос")
    assert countries.index("Сингапур") < countries.index("США") < countries.index("Таиланд")
    assert countries == sorted(countries, key=lambda name: name.lower())


def test_english_keeps_the_order_as_written(bundled_db: Any, read_path: str) -> None:
    with bundled_db.reader() as conn:
        english = [n.id for n in _children(conn, "asean", "en")]
        no_language = [n.id for n in _children(conn, "asean", None)]
        position = queries.child_position(conn, "asean", "eas", "forum", "en")
    assert english == no_language == ["admm-plus", "arf", "asean-russia", "eas"]
    assert position == 3
