"""EDTF dates: the fast path for common shapes gives exactly what the full parser gives."""

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
