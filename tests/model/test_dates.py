"""EDTF dates: bounds for sorting and range queries, refusal of impossible dates, human form, and a fast path
for common shapes that gives exactly what the full parser gives."""

from __future__ import annotations

import pytest

from model import dates

SHAPES = [
    "2014",
    "2014-11",
    "2014-11-12",
    "2016-02",
    "2016-02-29",
    "2100-02",
    "2000-02",
    "2014-11?",
    "2014-11~",
    "2014-11-12%",
    "2014?",
    "2014-11-12/2014-11-14",
    "2014-11/2014-12",
    "2016/2020",
    "2014-11-12/2014-12",
    "2014-12-30/2015-01-02",
    "2016-21",
    "2016-22",
    "2016-23",
    "2016-24",
    "2016-23/2017-21",
]


def _full(value: str, monkeypatch: pytest.MonkeyPatch) -> object:
    with monkeypatch.context() as m:
        m.setattr(dates, "_fast", lambda _text: None)
        dates.parse.cache_clear()
        try:
            return dates.parse(value)
        except dates.DateError:
            return "error"
        finally:
            dates.parse.cache_clear()


@pytest.mark.parametrize("value", SHAPES)
def test_common_shapes_have_the_bounds_the_edtf_parser_gives(value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert dates._fast(value) is not None, "this shape should take the fast path"
    assert dates.parse(value) == _full(value, monkeypatch)


@pytest.mark.parametrize(
    "value", ["2014-13", "2014-00", "2014-11-31", "2014-11-12/2014-11-10", "0000", "2014-1", "2016-24~"]
)
def test_impossible_or_unusual_dates_are_left_to_the_edtf_parser(value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert dates._fast(value) is None
    try:
        fast_path_result: object = dates.parse(value)
    except dates.DateError:
        fast_path_result = "error"
    assert fast_path_result == _full(value, monkeypatch)


def test_seasons_still_parse() -> None:
    assert dates.parse("2016-23") == dates.DateBounds("2016-23", "2016-09-01", "2016-11-30")


@pytest.mark.parametrize(
    ("edtf", "lower", "upper"),
    [
        ("2016", "2016-01-01", "2016-12-31"),
        ("2013-11", "2013-11-01", "2013-11-30"),
        ("2016-02", "2016-02-01", "2016-02-29"),
        ("2016-02-29", "2016-02-29", "2016-02-29"),
        ("2016-23", "2016-09-01", "2016-11-30"),
        ("2016-07-25/2016-07-26", "2016-07-25", "2016-07-26"),
        ("2016/2020", "2016-01-01", "2020-12-31"),
        ("../2016", dates.MIN_BOUND, "2016-12-31"),
        ("2016/..", "2016-01-01", dates.MAX_BOUND),
        ("2016?", "2016-01-01", "2016-12-31"),
        ("2016-07~", "2016-07-01", "2016-07-31"),
    ],
)
def test_bounds(edtf: str, lower: str, upper: str) -> None:
    bounds = dates.parse(edtf)
    assert (bounds.lower, bounds.upper) == (lower, upper)
    assert dates.is_valid(edtf)


@pytest.mark.parametrize(
    ("edtf", "words"),
    [
        ("2016-02-30", "does not exist"),
        ("2015-02-29", "does not exist"),  # the edtf package alone accepts it
        ("2016-04-31", "does not exist"),
        ("2015-02-29/2016-01-01", "does not exist"),
        ("2016-13", "not a valid EDTF date"),
        ("2016-00", "not a valid EDTF date"),
        ("July 2016", "not a valid EDTF date"),
        ("", "not an EDTF date"),
        ("2016-07-26/2016-07-25", "ends before it starts"),
        ("-0100", "1 to 9999"),
        ("Y170000002", "1 to 9999"),
    ],
)
def test_invalid_and_impossible_dates_are_refused_in_words(edtf: str, words: str) -> None:
    with pytest.raises(dates.DateError, match=words):
        dates.parse(edtf)
    assert not dates.is_valid(edtf)


def test_bounds_sort_as_text() -> None:
    values = ["2016-23", "2013-11", "2016-07-25/2016-07-26", "2014"]
    by_lower = sorted(values, key=lambda v: dates.parse(v).lower)
    assert by_lower == ["2013-11", "2014", "2016-07-25/2016-07-26", "2016-23"]


@pytest.mark.parametrize(
    ("edtf", "text"),
    [
        ("2013-11", "Nov 2013"),
        ("2016-07-25/2016-07-26", "25–26 Jul 2016"),
        ("2016-07-25/2016-08-02", "25 Jul – 2 Aug 2016"),
        ("2016-23", "autumn 2016"),
        ("2016/2020", "2016–2020"),
        ("2016-07-26", "26 Jul 2016"),
        ("2016?", "2016 (uncertain)"),
        (None, ""),
    ],
)
def test_human(edtf: str | None, text: str) -> None:
    assert dates.human(edtf) == text


@pytest.mark.parametrize(
    ("edtf", "text"),
    [
        ("2016-07-26", "26 июля 2016"),  # a month after its day: genitive
        ("2016-07", "июль 2016"),  # a month alone: nominative
        ("2016-05", "май 2016"),
        ("2016-03-08", "8 марта 2016"),
        ("2016-07-25/2016-07-26", "25–26 июля 2016"),
        ("2016-07-25/2016-08-02", "25 июля – 2 августа 2016"),
        ("2014-12-30/2015-01-02", "30 декабря 2014 – 2 января 2015"),
        ("2014-11/2014-12", "ноябрь–декабрь 2014"),
        ("2014-11-12/2014-12", "12 ноября 2014 – декабрь 2014"),
        ("2016-21", "весна 2016"),
        ("2016-22", "лето 2016"),
        ("2016-23", "осень 2016"),
        ("2016-24", "зима 2016"),
        ("2016-23/2017-21", "осень 2016 – весна 2017"),
        ("2016", "2016"),
        ("2016/2020", "2016–2020"),
        ("../2016", "…–2016"),
        ("2016/..", "2016–…"),
        ("2016-07-25/..", "25 июля 2016 – …"),
        ("2016?", "2016 (предположительно)"),
        ("2016-07~", "июль 2016 (приблизительно)"),
        ("2016-07-26%", "26 июля 2016 (приблизительно, предположительно)"),
        ("2016-07-25/2016-07-26?", "25–26 июля 2016 (предположительно)"),
        ("201X", "2010-е"),
        ("201X/202X", "2010-е – 2020-е"),
        ("2016-07-XX", "2016-07-XX"),  # other unknown digits: the EDTF text, as in English
        ("[2014, 2016]", "[2014, 2016]"),
        (None, ""),
    ],
)
def test_human_in_russian(edtf: str | None, text: str) -> None:
    assert dates.human(edtf, "ru") == text


@pytest.mark.parametrize(
    ("edtf", "text"),
    [
        ("2014-11/2014-12", "Nov–Dec 2014"),
        ("2014-12-30/2015-01-02", "30 Dec 2014 – 2 Jan 2015"),
        ("2014-11-12/2014-12", "12 Nov 2014 – Dec 2014"),
        ("2016-23/2017-21", "autumn 2016 – spring 2017"),
        ("../2016", "…–2016"),
        ("2016/..", "2016–…"),
        ("2016-07-25/..", "25 Jul 2016 – …"),
        ("2016-07~", "Jul 2016 (approx.)"),
        ("2016-07-26%", "26 Jul 2016 (approx., uncertain)"),
        ("201X", "201X"),
        ("[2014, 2016]", "[2014, 2016]"),
    ],
)
def test_human_in_english_for_every_other_shape(edtf: str, text: str) -> None:
    assert dates.human(edtf) == dates.human(edtf, "en") == text


def test_a_language_is_found_by_its_code_and_one_without_words_is_written_in_english() -> None:
    assert dates.human("2016-07-26", "ru_RU") == dates.human("2016-07-26", "ru-RU") == "26 июля 2016"
    assert dates.human("2016-07-26", "de") == "26 Jul 2016"


def test_every_language_has_all_its_words() -> None:
    for words in dates.DATE_WORDS.values():
        assert len(words.months) == len(words.months_alone) == 12
        assert set(words.seasons) == {21, 22, 23, 24}
        assert set(words.qualifiers) == {"?", "~", "%"}
