"""model/'s words without Qt: English as written, with English plurals, until a translating function is installed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from model import i18n
from model.search.engine import SearchResult


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    i18n.install(None)
    yield
    i18n.install(None)


def _counted(total: int, more: bool = False) -> str:
    return SearchResult("piracy", (), total, more, ()).count_text


def test_the_result_count_reads_as_it_always_did_in_english() -> None:
    assert [_counted(0), _counted(1), _counted(21), _counted(1234)] == [
        "No results",
        "1 result",
        "21 results",
        "1,234 results",
    ]
    assert _counted(10_000, more=True) == "10,000+ results"


def test_english_plurals_are_the_bracketed_endings() -> None:
    assert i18n.english("%n record(s)", 1) == "1 record"
    assert i18n.english("%n record(s)", 0) == "0 records"
    assert i18n.english("%Ln process(es) in {forum}", 12_000) == "12,000 processes in {forum}"
    assert i18n.english("a (note) on %n round(s)", 2) == "a (note) on 2 rounds"  # a bracketed word is not an ending
    assert i18n.english("Saved (s) as is") == "Saved (s) as is"  # no number: text as written


class _Words(i18n.Words):
    """A context for the test."""


def test_an_installed_function_translates_with_the_class_name_as_context() -> None:
    asked: list[tuple[str, str, str | None, int]] = []

    def fake(context: str, source: str, disambiguation: str | None, n: int) -> str:
        asked.append((context, source, disambiguation, n))
        return f"<{source}>"

    i18n.install(fake)
    assert _Words.tr("%n thing(s)", "", 3) == "<%n thing(s)>"
    assert _counted(5) == "<%Ln result(s)>"
    assert asked == [("_Words", "%n thing(s)", None, 3), ("SearchText", "%Ln result(s)", None, 5)]
    i18n.install(None)
    assert _Words.tr("%n thing(s)", "", 3) == "3 things"


def test_a_marked_constant_is_the_text_itself() -> None:
    assert i18n.QT_TRANSLATE_NOOP("Context", "Any forum") == "Any forum"


def test_dates_follow_the_language_installed_with_the_words() -> None:
    from model import dates

    def same(context: str, source: str, disambiguation: str | None, n: int) -> str:
        return i18n.english(source, n)

    i18n.install(same, "ru")
    assert i18n.language() == "ru"
    assert dates.human("2016-07-26") == "26 июля 2016"
    assert dates.human("2016-07") == "июль 2016"  # the month alone: nominative
    assert dates.human("2016-07-25/2016-07-26?") == "25–26 июля 2016 (предположительно)"
    assert dates.human("2016-23") == "осень 2016"
    assert dates.human_day(dt.date(2026, 12, 4)) == "4 декабря 2026"
    assert dates.human("2016-07-26", "en") == "26 Jul 2016", "a language asked for wins"
    i18n.install(None)
    assert i18n.language() == "en"
    assert dates.human("2016-07-26") == "26 Jul 2016"
    assert dates.human_day(dt.date(2026, 12, 4)) == "4 Dec 2026"
