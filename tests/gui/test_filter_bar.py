"""Filter controls write the equivalent query into the box, and follow what is typed there."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from gui.filter_bar import FilterBar
from model.db import Database
from model.search.choices import filter_choices


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
