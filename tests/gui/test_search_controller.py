"""Search end to end in widgets: type, the background search finishes, results and matches arrive."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from gui.search_controller import SearchController
from model.db import Database


def make(qtbot: QtBot, db: Database) -> SearchController:
    c = SearchController()
    for w in (c.bar, c.filters, c.results):
        qtbot.addWidget(w)
    with qtbot.waitSignal(c.choicesLoaded, timeout=10000):  # the filter lists are read on a worker thread
        c.set_database(db)
    return c


def test_typing_finds_records_off_the_gui_thread(qtbot: QtBot, bundled_db: Database) -> None:
    c = make(qtbot, bundled_db)
    counts: list[str] = []
    c.countChanged.connect(counts.append)
    with qtbot.waitSignal(c.matchesChanged, timeout=5000) as blocker:
        qtbot.keyClicks(c.bar.edit, "city:Jakarta")
    assert blocker.args == [{"eas-security-architecture-3"}]
    assert counts[-1] == "1 result"
    assert c.results.model.hit(0).id == "eas-security-architecture-3"  # type: ignore[union-attr]
    assert c.filters.combos["type"].currentIndex() == 0


def test_broken_query_shows_a_hint_and_still_searches(qtbot: QtBot, bundled_db: Database) -> None:
    c = make(qtbot, bundled_db)
    c.bar.show()
    with qtbot.waitSignal(c.countChanged, timeout=5000):
        c.bar.set_query('(piracy OR "terrorism')
    c.wait()
    qtbot.waitUntil(lambda: c.bar.hint.isVisible())
    assert "not closed" in c.bar.hint.text()
    assert c.results.model.rowCount() == 3


def test_filter_writes_into_the_box_and_searches(qtbot: QtBot, bundled_db: Database) -> None:
    c = make(qtbot, bundled_db)
    combo = c.filters.combos["type"]
    row = combo.findText("Consultation rounds")
    combo.setCurrentIndex(row)
    with qtbot.waitSignal(c.matchesChanged, timeout=5000) as blocker:
        combo.activated.emit(row)
    assert c.bar.query() == "type:round"
    assert len(blocker.args[0]) == 5


def test_clearing_the_box_clears_the_matches(qtbot: QtBot, bundled_db: Database) -> None:
    c = make(qtbot, bundled_db)
    with qtbot.waitSignal(c.matchesChanged, timeout=5000):
        c.bar.set_query("piracy")
    with qtbot.waitSignal(c.matchesChanged, timeout=5000) as blocker:
        c.bar.set_query("")
    assert blocker.args == [None]
    assert c.results.model.rowCount() == 0


def test_choosing_a_result_asks_to_show_the_record(qtbot: QtBot, bundled_db: Database) -> None:
    c = make(qtbot, bundled_db)
    with qtbot.waitSignal(c.countChanged, timeout=5000):
        c.bar.set_query("forum:ARF type:forum")
    with qtbot.waitSignal(c.recordActivated, timeout=1000) as blocker:
        c.results.list.setCurrentIndex(c.results.model.index(0))
    assert blocker.args == ["arf"]


def test_in_the_main_window(qtbot: QtBot, window: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from tests.gui.conftest import click_tree_row

    search = window.search
    window.action_find.trigger()
    qtbot.waitUntil(lambda: search.bar.edit.hasFocus())
    with qtbot.waitSignal(search.matchesChanged, timeout=5000):
        qtbot.keyClicks(search.bar.edit, "consultations year:2014")
        qtbot.keyClick(search.bar.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: search.results.model.rowCount() == 2)
    expected = {"eas-security-architecture-2", "eas-security-architecture-3"}
    assert window.tree_model.is_filtered()
    assert window.timeline.view.highlighted() == expected
    count = window.statusBar().findChild(QLabel, "searchCount")
    assert count.text() == "Search: 2 results"
    # Choosing a result shows the record.
    search.results.list.setCurrentIndex(search.results.model.index(1))
    assert window.current_record_id() == search.results.model.hit(1).id
    # Clearing the box shows the whole tree again.
    with qtbot.waitSignal(search.matchesChanged, timeout=5000) as blocker:
        search.bar.set_query("")
    assert blocker.args == [None]
    assert not window.tree_model.is_filtered()
    assert window.timeline.view.highlighted() == set()
    # Choosing a forum writes its filter into the empty box, ready for Enter.
    click_tree_row(qtbot, window, "arf")
    assert search.bar.query() == "forum:ARF"
    with qtbot.waitSignal(search.countChanged, timeout=5000) as blocker:
        qtbot.keyClick(search.bar.edit, Qt.Key.Key_Return)
    assert blocker.args == ["8 results"]


def test_the_filter_lists_fill_in_after_the_database_is_set(qtbot: QtBot, bundled_db: Database) -> None:
    c = SearchController()
    for w in (c.bar, c.filters, c.results):
        qtbot.addWidget(w)
    with qtbot.waitSignal(c.choicesLoaded, timeout=10000):
        c.set_database(bundled_db)
    forums = c.filters.combos["forum"]
    assert "EAS — East Asia Summit" in [forums.itemText(i) for i in range(forums.count())]
    statuses = c.filters.combos["status"]
    assert "Scheduled" in [statuses.itemText(i) for i in range(statuses.count())]
