"""Saved searches (in the database) and recent searches (per database, in the data folder)."""

from __future__ import annotations

import pytest

from model.reads import saved_searches as ss
from model.store.database import Database


def test_save_list_replace_remove(empty_db: Database) -> None:
    ss.save(empty_db, "ARF in 2016", "forum:ARF year:2016")
    ss.save(empty_db, "  piracy   watch ", "piracy OR topic:maritime-piracy")
    assert [(s.name, s.query) for s in ss.list_saved(empty_db)] == [
        ("ARF in 2016", "forum:ARF year:2016"),
        ("piracy watch", "piracy OR topic:maritime-piracy"),
    ]
    ss.save(empty_db, "ARF in 2016", "forum:ARF year:2016 type:meeting")
    assert ss.list_saved(empty_db)[0].query == "forum:ARF year:2016 type:meeting"
    assert ss.remove(empty_db, "piracy watch")
    assert not ss.remove(empty_db, "piracy watch")
    assert [s.name for s in ss.list_saved(empty_db)] == ["ARF in 2016"]


@pytest.mark.parametrize(
    ("name", "query", "word"), [("", "x", "name"), ("n", "  ", "type a query"), ("n" * 300, "x", "200")]
)
def test_save_refuses_with_a_reason(empty_db: Database, name: str, query: str, word: str) -> None:
    with pytest.raises(ss.SavedSearchError, match=word):
        ss.save(empty_db, name, query)


def test_saved_searches_survive_reopening(empty_db: Database) -> None:
    from model.store.opening import open_database

    ss.save(empty_db, "Jakarta", "city:Jakarta")
    empty_db.close()
    again = open_database(empty_db.target)
    try:
        assert [s.query for s in ss.list_saved(again)] == ["city:Jakarta"]
    finally:
        again.close()


def test_recent_searches_newest_first_without_duplicates(empty_db: Database) -> None:
    assert ss.recent(empty_db) == []
    for q in ["piracy", "forum:ARF", "piracy", "  ", *[f"q{i}" for i in range(20)]]:
        ss.add_recent(empty_db, q)
    items = ss.recent(empty_db)
    assert items[0] == "q19"
    assert len(items) == ss.RECENT_LIMIT
    assert len(set(items)) == len(items)
    ss.clear_recent(empty_db)
    assert ss.recent(empty_db) == []


def test_a_damaged_recent_file_is_an_empty_list(empty_db: Database) -> None:
    ss.add_recent(empty_db, "piracy")
    ss._recent_file(empty_db).write_text("{not json", encoding="utf-8")
    assert ss.recent(empty_db) == []
    assert ss.add_recent(empty_db, "terrorism") == ["terrorism"]
