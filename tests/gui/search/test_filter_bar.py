"""Filter controls write the equivalent query into the box, and follow what is typed there: driven in the
window as a person does, by typing in the search box and clicking choices in the lists."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from tests.gui.menus import choose_in


def _ready(qtbot: QtBot, window: Any) -> Any:
    """The window's filter bar, once its lists are filled (they are read on a worker thread)."""
    bar = window.search.filters
    qtbot.waitUntil(lambda: bar.combos["forum"].count() > 1 and bar.combos["topic"].count() > 1)
    return bar


def _type(qtbot: QtBot, edit: QLineEdit, text: str, enter: bool = True) -> None:
    """Click into a text box, replace what it holds with ``text`` and (by default) press Enter."""
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)
    if enter:
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def _box(window: Any) -> QLineEdit:
    box: QLineEdit = window.search.bar.edit
    return box


def test_choosing_writes_the_query(qtbot: QtBot, window: Any) -> None:
    bar = _ready(qtbot, window)
    _type(qtbot, _box(window), "piracy")
    choose_in(qtbot, bar.combos["forum"], "ARF — ASEAN Regional Forum")
    assert _box(window).text() == "piracy forum:ARF"
    choose_in(qtbot, bar.combos["country"], "Laos (LA)")
    assert _box(window).text() == "piracy forum:ARF country:Laos"
    choose_in(qtbot, bar.combos["forum"], "EAS — East Asia Summit")
    assert _box(window).text() == "piracy country:Laos forum:EAS"


def test_any_removes_the_filter(qtbot: QtBot, window: Any) -> None:
    bar = _ready(qtbot, window)
    _type(qtbot, _box(window), "piracy topic:terrorism")
    assert bar.combos["topic"].currentText() == "Terrorism"
    choose_in(qtbot, bar.combos["topic"], "Any topic")
    assert _box(window).text() == "piracy"


def test_dates_write_a_range(qtbot: QtBot, window: Any) -> None:
    bar = _ready(qtbot, window)
    _type(qtbot, _box(window), "type:round")
    _type(qtbot, bar.date_from, "2013-11", enter=False)
    _type(qtbot, bar.date_to, "2016-06")
    assert _box(window).text() == "type:round date:2013-11..2016-06"


def test_controls_follow_the_typed_query(qtbot: QtBot, window: Any) -> None:
    bar = _ready(qtbot, window)
    _type(qtbot, _box(window), "forum:eas type:round status:held date:2014")
    assert bar.combos["forum"].currentText() == "EAS — East Asia Summit"
    assert bar.combos["type"].currentText() == "Consultation rounds"
    assert bar.combos["status"].currentText() == "Held"
    assert (bar.date_from.text(), bar.date_to.text()) == ("2014", "2014")
    _type(qtbot, _box(window), "")
    assert all(c.currentIndex() == 0 for c in bar.combos.values())
    assert (bar.date_from.text(), bar.date_to.text()) == ("", "")


def test_the_lists_show_every_choice_whole_and_the_boxes_use_the_room(qtbot: QtBot, window: Any) -> None:
    bar = _ready(qtbot, window)
    forum = bar.combos["forum"]
    longest = max(forum.fontMetrics().horizontalAdvance(forum.itemText(i)) for i in range(forum.count()))
    # The drop-down list is wide enough for "ASEAN–Russia Dialogue Partnership", not cut to the box ("EAS — East As").
    assert forum.view().minimumWidth() >= longest
    row = forum.findText("ARF — ASEAN Regional Forum")
    assert forum.itemData(row, Qt.ItemDataRole.ToolTipRole) == "ARF — ASEAN Regional Forum"
    # In a wide window the box itself shows the chosen forum whole, and says it in its tooltip.
    window.resize(1900, 1000)
    qtbot.waitUntil(lambda: forum.width() >= forum.fontMetrics().horizontalAdvance("EAS — East Asia Summit") + 30)
    _type(qtbot, _box(window), "forum:EAS")
    assert forum.toolTip() == "EAS — East Asia Summit"
