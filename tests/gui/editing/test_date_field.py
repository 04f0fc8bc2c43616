"""The EDTF date field says, as one types, what the date means or what is wrong with it."""

from __future__ import annotations

from typing import Any

from gui.editing.date_field import DateField


def _typed(qtbot: Any, text: str) -> DateField:
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClicks(field.edit, text)
    return field


def test_month_shows_its_words_and_the_days_it_can_mean(qtbot: Any) -> None:
    field = _typed(qtbot, "2013-11")
    assert field.hint.text() == "Nov 2013 · 1–30 Nov 2013"
    assert field.is_valid() and field.value() == "2013-11"


def test_meaning_follows_each_key(qtbot: Any) -> None:
    field = _typed(qtbot, "2013")
    assert field.hint.text() == "2013 · 1 Jan – 31 Dec 2013"
    qtbot.keyClicks(field.edit, "-23")
    assert field.hint.text() == "autumn 2013 · 1 Sep – 30 Nov 2013"


def test_one_day_and_a_range_read_as_themselves(qtbot: Any) -> None:
    assert _typed(qtbot, "2026-06-12").hint.text() == "12 Jun 2026"
    assert _typed(qtbot, "2016-07-25/2016-07-26").hint.text() == "25–26 Jul 2016"


def test_impossible_day_says_what_is_wrong(qtbot: Any) -> None:
    field = _typed(qtbot, "2016-02-30")
    assert "'2016-02-30' names a day that does not exist" in field.hint.text()
    assert not field.is_valid()


def test_empty_field_is_valid_and_says_nothing(qtbot: Any) -> None:
    field = _typed(qtbot, "")
    assert field.is_valid() and field.value() is None and field.hint.isHidden()
