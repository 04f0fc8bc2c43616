"""A record's view in a language: its words there where it has them (the bundled Russian names), else the original."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from model.interchange import importer
from model.records import read_views, views
from tests.model.datafiles import small, write


def _view(db: Any, rid: str, lang: str | None = None) -> Any:
    with db.reader() as conn:
        return read_views.view_of(conn, rid, lang)


def _shown(v: views.RecordView) -> dict[str, str]:
    return {f.key: f.text for f in v.facts}


def test_a_meeting_in_russian_shows_its_russian_names_and_its_links_in_russian(bundled_db: Any) -> None:
    v = _view(bundled_db, "arf-23", "ru")
    assert isinstance(v, views.MeetingView)
    assert v.title == "23-я сессия Регионального форума АСЕАН по безопасности"
    assert v.city == "Вьентьян" and v.venue == "Вьентьян, Лаос"
    assert v.subtitle.startswith("Региональный форум АСЕАН по безопасности · ")
    shown = _shown(v)
    assert shown["forum"] == "Ассоциация государств Юго-Восточной Азии ▸ Региональный форум АСЕАН по безопасности"
    assert shown["venue"] == "Вьентьян, Лаос"
    assert shown["heads"] == "Россия: Министр иностранных дел С.В.Лавров"
    assert v.agenda[0].title == "Меры доверия"
    assert [t.title for t in v.agenda[2].topics] == ["Терроризм", "Транснациональная преступность"]
    assert v.description is not None and v.description.startswith("Проходит в один день")
    assert {t.key: t.text[:13] for t in v.texts} == {"summary": "Проходит в од", "sidelines": "Россия: на по"}
    assert v.forum is not None and v.forum.title == "Региональный форум АСЕАН по безопасности"
    assert all(o.title[0] in "ЗП" for o in v.outcomes), [o.title for o in v.outcomes]  # Заявление …, План …
    # The translation's basis is a note of the record, after the source's notes it already had.
    last = v.notes[-1]
    assert last.basis == "general knowledge" and "English version of the comment" in last.comment
    assert v.cited[-1] == last.number
    # What the record has no Russian word for stays as it was.
    assert (v.id, v.date, v.status, v.lower) == ("arf-23", "2016-07-26", "scheduled", "2016-07-26")


def test_the_same_meeting_in_english_is_unchanged_and_does_not_cite_its_translation(bundled_db: Any) -> None:
    original = _view(bundled_db, "arf-23")
    assert _view(bundled_db, "arf-23", "en") == original
    assert original.title == "23rd ASEAN Regional Forum"
    assert original.venue == "Vientiane, Laos"
    assert not any("English version of the comment" in n.comment for n in original.notes)


def test_a_forum_and_a_country_in_russian_list_the_original_among_their_other_names(bundled_db: Any) -> None:
    arf = _view(bundled_db, "arf", "ru")
    assert (arf.title, arf.name, arf.abbreviation) == ("Региональный форум АСЕАН по безопасности",) * 2 + ("АРФ",)
    assert arf.subtitle.startswith("АРФ · ")
    assert "ASEAN Regional Forum" in arf.aliases
    assert _shown(arf)["abbreviation"] == "АРФ"
    russia = _view(bundled_db, "russia", "ru")
    assert russia.title == "Россия" and russia.aliases[:2] == ("Российская Федерация", "РФ")
    assert "Russia" in russia.aliases


def test_a_regional_tag_serves_its_language_and_a_record_without_names_stays_original(
    empty_db: Any, tmp_path: Path
) -> None:
    data = small()
    data["meetings"][0]["names"] = {"ru-RU": {"title": "Первое совещание-пример", "city": "Вьентьян"}}
    importer.import_file(empty_db, write(tmp_path / "ru.json", data))
    v = _view(empty_db, "ex-meeting", "ru")
    assert (v.title, v.city, v.venue) == ("Первое совещание-пример", "Вьентьян", "Вьентьян, Laos")
    assert v.agenda[0].title == "Maritime safety"  # no Russian agenda: the original
    assert _view(empty_db, "ex-forum", "ru").title == "Forum of Examples"
    assert _view(empty_db, "ex-meeting", "lo").title == "First Example Meeting"
    with empty_db.reader() as conn:
        many = list(read_views.views_of(conn, ["ex-forum", "ex-meeting"], "ru"))
    assert [x.title for x in many] == ["Forum of Examples", "Первое совещание-пример"]


def test_a_forums_key_figures_in_russian_keep_their_date(bundled_db: Any) -> None:
    figures = [f for f in _view(bundled_db, "asean", "ru").facts if f.key.startswith("figure/")]
    english = [f for f in _view(bundled_db, "asean").facts if f.key.startswith("figure/")]
    assert [f.label for f in figures] == ["Совокупная численность населения", "Совокупный ВВП"]
    assert figures[0].text.startswith("более 630 млн человек (")
    assert figures[0].text.removeprefix("более 630 млн человек") == english[0].text.removeprefix("over 630 million")
    assert [f.notes for f in figures] == [f.notes for f in english]


def test_a_round_in_russian_is_named_by_its_process_and_city_in_russian(bundled_db: Any) -> None:
    v = _view(bundled_db, "eas-security-architecture-3", "ru")
    process = "Консультации в рамках ВАС по архитектуре региональной безопасности"
    assert v.title == f"{process}: round 3 — Джакарта"  # "round" is the interface's word (English here)
    assert v.related_as("Previous round") is not None
    assert v.related_as("Previous round").title == f"{process}: round 2 — Москва"  # type: ignore[union-attr]
    meeting = _view(bundled_db, "eas-fmm-6", "ru")
    assert [r.title for r in meeting.rounds_before] == [f"{process}: round 5 — Пекин"]
    assert _view(bundled_db, "eas-security-architecture-3").title.endswith(": round 3 — Jakarta")
