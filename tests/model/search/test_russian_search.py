"""Search in Russian, end to end: inflected forms find each other, acronyms stay exact, the matched form is
highlighted as it was written, and field filters take Russian words and names in any form.

The corpus is the bundled dataset without its names in other languages (its forums and countries have Russian
aliases: АРФ, АСЕАН, Россия; tests/model/search/test_search_by_names.py searches the Russian names), the
search fixture, and a small Russian one (tests/model/fixtures/search_corpus_ru.json) with a country known
here only by its Russian aliases.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from model.search import engine
from model.store.database import Database
from tests.model.search import corpora

FIXTURES = Path(__file__).parents[1] / "fixtures"
MANILA = {"fx-ru-1", "fx-ru-3"}
FMS = {"fx-ru-1", "fx-ru-2", "fx-ru-3"}


@pytest.fixture(scope="module", params=corpora.BACKENDS)
def corpus(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The corpus on each backend in turn: every test here runs on SQLite and on PostgreSQL. The bundled
    records' Russian names are left out, so that the expected results are about word forms alone."""
    yield from corpora.corpus(
        request.param,
        tmp_path_factory.mktemp("corpus"),
        FIXTURES / "search_corpus.json",
        FIXTURES / "search_corpus_ru.json",
        names=False,
    )


def ids(db: Database, query: str) -> set[str]:
    result = engine.search(db, query, limit=500)
    assert result.total == len(result.hits)
    assert not result.hints, result.hints
    return {h.id for h in result.hits}


FORMS = [
    # The records say "в Маниле" and "Манила" (the city): every form finds both.
    ("Маниле", MANILA),
    ("Манила", MANILA),
    ("Манилы", MANILA),
    ("МАНИЛА", MANILA),
    ("Манил*", MANILA),
    # One record says "консультаций".
    ("консультации", {"fx-ru-1"}),
    ("консультаций", {"fx-ru-1"}),
    ("консультация", {"fx-ru-1"}),
    # "саммита" in one record, "Саммит" in another, "Восточноазиатский саммит" (EAS's alias) in a third.
    ("саммит", {"fx-ru-1", "fx-ru-3", "eas"}),
    ("саммита", {"fx-ru-1", "fx-ru-3", "eas"}),
    # "ещё" in one record, "еще" in another.
    ("еще", {"fx-ru-1", "fx-ru-2"}),
    ("ещё", {"fx-ru-1", "fx-ru-2"}),
    # Acronyms are exact: АРФ is the forum (and its alias), never a harp ("арфа"), which has its own record.
    ("АРФ", {"fx-ru-1", "arf"}),
    ("арфа", {"fx-ru-2"}),
    ("АСЕАН", {"fx-ru-1", "asean", "arf"}),
    ('"морскую безопасность"', {"fx-ru-1"}),
    ('"морская безопасность"', {"fx-ru-1"}),
    ("Маниле -саммит", set()),
    ("Маниле -Саммит type:meeting", set()),
    ("министров OR лидеры", {"fx-ru-1", "fx-ru-3"}),
]


@pytest.mark.parametrize(("query", "expected"), FORMS)
def test_forms_of_a_word_find_each_other(corpus: Database, query: str, expected: set[str]) -> None:
    assert ids(corpus, query) == expected


def test_an_acronym_typed_in_lower_case_finds_the_acronym_and_the_word(corpus: Database) -> None:
    assert ids(corpus, "арф") == {"fx-ru-1", "arf", "fx-ru-2"}


def test_the_form_that_was_written_is_highlighted(corpus: Database) -> None:
    def marked(query: str, rid: str) -> tuple[str, set[str]]:
        hit = next(h for h in engine.search(corpus, query).hits if h.id == rid)
        label = {hit.label[s:e] for s, e in hit.label_highlights}
        return hit.marked(), label

    assert marked("Манила", "fx-ru-1") == ("Venue: [Манила], Philippines", {"Маниле"})
    assert "раунд [консультаций] на полях [саммита]" in marked("консультации саммит", "fx-ru-1")[0]
    assert "стран АРФ и АСЕАН [ещё] раз" in marked("еще", "fx-ru-1")[0]
    assert "стран [АРФ] и АСЕАН" in marked("АРФ", "fx-ru-1")[0]
    assert "прозвучит [арфа], и" in marked("арфа", "fx-ru-2")[0]


RUSSIAN_FIELDS = [
    ("type:встреча forum:ФМС", "type:meeting forum:ФМС"),
    ("type:встречи forum:ФМС", "type:meeting forum:ФМС"),
    ("type:совещание|саммит forum:ФМС", "type:meeting forum:ФМС"),
    ("type:раунды", "type:round"),
    ("type:документ", "type:outcome"),
    ("type:форум|процесс", "type:forum|process"),
    ("status:проведена", "status:held"),
    ("status:проведено", "status:held"),
    ("status:запланирована", "status:scheduled"),
    ("status:планируется", "status:planned"),
    ("status:принята", "status:adopted"),
    ("status:ожидается", "status:expected"),
    ("level:министров", "level:ministers"),
    ("level:министерский", "level:ministerial"),
    ("level:лидеров", "level:leaders"),
    ("level:экспертов", "level:experts"),
    ("country:России", "country:Russia"),
    ("country:Россия", "country:RU"),
    ("forum:АРФ", "forum:ARF"),
    ('forum:"Регионального форума АСЕАН по безопасности"', "forum:ARF"),
    ("forum:арф", "forum:ARF"),
    ("forum:ФМС", "forum:fx-ru-forum"),
    ("country:Мальдивах", "country:Maldives"),
    ('country:"Мальдивской Республики"', "country:MV"),
    ("city:Маниле", "city:Манила"),
]


@pytest.mark.parametrize(("query", "english"), RUSSIAN_FIELDS)
def test_field_values_in_russian_and_in_any_form(corpus: Database, query: str, english: str) -> None:
    found = ids(corpus, query)
    assert found and found == ids(corpus, english)


def test_russian_filters_find_the_russian_records(corpus: Database) -> None:
    assert ids(corpus, "type:встреча forum:ФМС") == FMS
    assert ids(corpus, "status:запланирована forum:ФМС") == {"fx-ru-2"}
    assert ids(corpus, "level:министров forum:ФМС") == {"fx-ru-1"}
    assert ids(corpus, "country:Мальдивах") == {"fx-ru-2"}
    assert ids(corpus, "city:Маниле") == MANILA


def test_an_unknown_russian_value_says_what_would_do(corpus: Database) -> None:
    result = engine.search(corpus, "type:комиссия")
    assert result.total == 0 and "встреча" in result.hints[0]
    assert "No country called 'Атлантида'" in engine.search(corpus, "country:Атлантида").hints[0]
