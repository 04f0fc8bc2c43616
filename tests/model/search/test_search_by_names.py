"""Search finds records by their names in other languages: the bundled Russian names are indexed, and field
values accept them (``country:РФ``, ``forum:ВАС``, ``topic:терроризм``, ``city:Вьентьян``), in any form."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from model.interchange import importer
from model.search import engine
from tests.model.datafiles import small, write

pytestmark = [pytest.mark.both_backends]

VIENTIANE = {"arf-23", "asean-russia-fmm-2016", "eas-11", "eas-fmm-6"}
SOCHI = {"asean-russia-cpa-2016-2020", "asean-russia-summit-2016", "sochi-declaration-2016"}


def ids(db: Any, query: str) -> set[str]:
    result = engine.search(db, query, limit=500)
    assert not result.hints, result.hints
    return {h.id for h in result.hits}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # Only the Russian names say Вьентьян (the English ones say Vientiane): every form finds them.
        ("Вьентьян", VIENTIANE),
        ("Вьентьяне", VIENTIANE),
        ("ВЬЕНТЬЯНА", VIENTIANE),
        ("Сочинская декларация", SOCHI),
        ("декларации", SOCHI),
        ("консультаций", {"eas-security-architecture"}),
    ],
)
def test_records_are_found_by_their_russian_names_in_any_form(bundled_db: Any, query: str, expected: set[str]) -> None:
    assert ids(bundled_db, query) == expected


def test_a_snippet_shows_the_russian_words_that_matched(bundled_db: Any) -> None:
    (hit,) = [h for h in engine.search(bundled_db, "Сочинской декларации").hits if h.id == "sochi-declaration-2016"]
    assert hit.marked("[", "]") == "[Сочинская] [декларация]"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # Russia's Russian name and other names, inflected too (РФ is only a Russian other name).
        ("country:РФ", {"asean-russia-summit-2016", "eas-security-architecture-2", "sochi-declaration-2016"}),
        ("country:России", {"asean-russia-summit-2016", "eas-security-architecture-2", "sochi-declaration-2016"}),
        ("type:встреча country:РФ", {"asean-russia-summit-2016"}),
        ("forum:ВАС type:встреча status:проведена", {"eas-5"}),
        ("forum:АРФ type:встреча", {"arf-23", "arf-space-security-2015", "arf-space-security-2016"}),
        ("topic:терроризм", {"arf-23", "asean-russia-fmm-2016", "eas-fmm-6"}),
        ("city:Вьентьян type:встреча", VIENTIANE),
        ("city:Джакарте", {"eas-security-architecture-3"}),
    ],
)
def test_field_values_accept_russian_names(bundled_db: Any, query: str, expected: set[str]) -> None:
    assert ids(bundled_db, query) == expected


def test_a_name_given_in_a_users_file_is_found_and_gone_when_the_file_drops_it(empty_db: Any, tmp_path: Path) -> None:
    data = small()
    data["countries"][0]["names"] = {"ru": {"name": "Лаос", "aliases": [{"name": "ЛНДР"}]}}
    data["meetings"][0]["names"] = {"ru": {"title": "Первое совещание-образец"}}
    importer.import_file(empty_db, write(tmp_path / "ru.json", data))
    assert ids(empty_db, "совещания-образца") == {"ex-meeting"}
    laos = ids(empty_db, "country:Laos")
    assert laos and ids(empty_db, "country:ЛНДР") == ids(empty_db, "country:Лаосе") == laos
    del data["meetings"][0]["names"]
    importer.import_file(empty_db, write(tmp_path / "again.json", data))
    assert ids(empty_db, "совещания-образца") == set()


def test_under_russian_the_results_are_titled_by_their_russian_names(bundled_db: Any) -> None:
    from model import i18n

    i18n.install(lambda _context, source, _d, n: i18n.english(source, n), "ru")  # the interface in Russian
    try:
        hits = {h.id: h for h in engine.search(bundled_db, "Вьентьян").hits}
    finally:
        i18n.install(None)
    assert hits["arf-23"].title == hits["arf-23"].label == "23-я сессия Регионального форума АСЕАН по безопасности"
    english = {h.id: h for h in engine.search(bundled_db, "Вьентьян").hits}
    assert english["arf-23"].title == "23rd ASEAN Regional Forum"


def test_under_russian_the_filter_lists_name_forums_countries_and_topics_in_russian(bundled_db: Any) -> None:
    from model import i18n
    from model.search import choices

    english = choices.filter_choices(bundled_db)
    i18n.install(lambda _context, source, _d, n: i18n.english(source, n), "ru")  # the interface in Russian
    try:
        russian = choices.filter_choices(bundled_db)
    finally:
        i18n.install(None)
    forums = {c.value: c.label for c in russian.forums}
    assert forums["ARF"] == "АРФ — Региональный форум АСЕАН по безопасности"
    assert {c.value: c.label for c in russian.countries}["Russia"] == "Россия (RU)"
    assert {c.value: c.label for c in russian.topics}["terrorism"] == "Терроризм"
    # The values stay what the filters read, so a choice finds the same records in either language.
    assert {c.value for c in russian.forums} == {c.value for c in english.forums}
    assert {c.value: c.label for c in english.forums}["ARF"] == "ARF — ASEAN Regional Forum"


def test_under_russian_a_round_result_is_labelled_with_its_city_and_process_in_russian(bundled_db: Any) -> None:
    from model import i18n

    i18n.install(lambda _context, source, _d, n: i18n.english(source, n), "ru")  # the interface in Russian
    try:
        hits = {h.id: h for h in engine.search(bundled_db, "city:Джакарта").hits}
    finally:
        i18n.install(None)
    label = hits["eas-security-architecture-3"].label
    assert label == "Round 3 — Джакарта · Консультации в рамках ВАС по архитектуре региональной безопасности"
    english = {h.id: h.label for h in engine.search(bundled_db, "city:Jakarta").hits}
    assert english["eas-security-architecture-3"].startswith("Round 3 — Jakarta · EAS consultations")
