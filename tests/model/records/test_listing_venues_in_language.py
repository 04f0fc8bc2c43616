"""A listing's venue column in a language: a process's rounds and a forum's meetings, where they were held."""

from __future__ import annotations

from typing import Any

from model.records import read_views


def _venues(db: Any, rid: str, table: str, lang: str | None) -> list[str]:
    with db.reader() as conn:
        view = read_views.view_of(conn, rid, lang)
    assert view is not None
    return [row.cells[2] for t in view.tables if t.key == table for row in t.rows]


def test_a_process_lists_where_its_rounds_were_held_in_russian(bundled_db: Any, read_path: str) -> None:
    assert _venues(bundled_db, "eas-security-architecture", "rounds", "ru") == [
        "Бандар-Сери-Бегаван, Бруней",
        "Москва, Россия",
        "Джакарта, Индонезия",
        "Пномпень, Камбоджа",
        "Пекин, Китай",
    ]
    assert _venues(bundled_db, "eas-security-architecture", "rounds", None)[0] == "Bandar Seri Begawan, Brunei"


def test_a_forum_lists_where_its_meetings_were_held_in_russian(bundled_db: Any, read_path: str) -> None:
    assert "Вьентьян, Лаос" in _venues(bundled_db, "arf", "forum_meetings", "ru")
    assert "Vientiane, Laos" in _venues(bundled_db, "arf", "forum_meetings", "en")
