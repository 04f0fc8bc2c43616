"""Filter controls write the equivalent query into the box, and follow what is typed there."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gui.search.filter_bar import FilterBar
from model.search.choices import filter_choices
from model.store.database import Database


def make(qtbot: QtBot, db: Database) -> FilterBar:
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.set_choices(filter_choices(db))
    return bar


def choose(bar: FilterBar, name: str, label: str) -> None:
    combo = bar.combos[name]
    row = combo.findText(label)
    assert row > 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(row)
    combo.activated.emit(row)


def test_choosing_writes_the_query(qtbot: QtBot, bundled_db: Database) -> None:
    bar = make(qtbot, bundled_db)
    bar.sync_from_query("piracy")
    with qtbot.waitSignal(bar.queryEdited, timeout=500) as blocker:
        choose(bar, "forum", "ARF — ASEAN Regional Forum")
    assert blocker.args == ["piracy forum:ARF"]
    bar.sync_from_query(blocker.args[0])
    with qtbot.waitSignal(bar.queryEdited, timeout=500) as blocker:
        choose(bar, "country", "Laos (LA)")
    assert blocker.args == ["piracy forum:ARF country:Laos"]
    bar.sync_from_query(blocker.args[0])
    with qtbot.waitSignal(bar.queryEdited, timeout=500) as blocker:
        choose(bar, "forum", "EAS — East Asia Summit")
    assert blocker.args == ["piracy country:Laos forum:EAS"]


def test_any_removes_the_filter(qtbot: QtBot, bundled_db: Database) -> None:
    bar = make(qtbot, bundled_db)
    bar.sync_from_query("piracy topic:terrorism")
    assert bar.combos["topic"].currentText() == "Terrorism"
    bar.combos["topic"].setCurrentIndex(0)
    with qtbot.waitSignal(bar.queryEdited, timeout=500) as blocker:
        bar.combos["topic"].activated.emit(0)
    assert blocker.args == ["piracy"]


def test_dates_write_a_range(qtbot: QtBot, bundled_db: Database) -> None:
    bar = make(qtbot, bundled_db)
    bar.sync_from_query("type:round")
    bar.date_from.setText("2013-11")
    bar.date_to.setText("2016-06")
    with qtbot.waitSignal(bar.queryEdited, timeout=500) as blocker:
        bar.date_to.editingFinished.emit()
    assert blocker.args == ["type:round date:2013-11..2016-06"]


def test_controls_follow_the_typed_query(qtbot: QtBot, bundled_db: Database) -> None:
    bar = make(qtbot, bundled_db)
    bar.sync_from_query("forum:eas type:round status:held date:2014")
    assert bar.combos["forum"].currentText() == "EAS — East Asia Summit"
    assert bar.combos["type"].currentText() == "Consultation rounds"
    assert bar.combos["status"].currentText() == "Held"
    assert (bar.date_from.text(), bar.date_to.text()) == ("2014", "2014")
    bar.sync_from_query("")
    assert all(c.currentIndex() == 0 for c in bar.combos.values())


def test_the_lists_show_every_choice_whole_and_the_boxes_use_the_room(qtbot: QtBot, window: Any) -> None:
    bar = window.search.filters
    qtbot.waitUntil(lambda: bar.combos["forum"].count() > 1)  # the choices are read on a worker thread
    forum = bar.combos["forum"]
    longest = max(forum.fontMetrics().horizontalAdvance(forum.itemText(i)) for i in range(forum.count()))
    # The drop-down list is wide enough for "ASEAN–Russia Dialogue Partnership", not cut to the box ("EAS — East As").
    assert forum.view().minimumWidth() >= longest
    row = forum.findText("ARF — ASEAN Regional Forum")
    assert forum.itemData(row, Qt.ItemDataRole.ToolTipRole) == "ARF — ASEAN Regional Forum"
    # In a wide window the box itself shows the chosen forum whole, and says it in its tooltip.
    window.resize(1900, 1000)
    qtbot.waitUntil(lambda: forum.width() >= forum.fontMetrics().horizontalAdvance("EAS — East Asia Summit") + 30)
    bar.sync_from_query("forum:EAS")
    assert forum.toolTip() == "EAS — East Asia Summit"
