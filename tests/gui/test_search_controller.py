"""Search end to end in widgets: type, the background search finishes, results and matches arrive."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from gui.search_controller import SearchController
from model.db import Database


def make(qtbot: QtBot, db: Database) -> SearchController:
    c = SearchController()
    for w in (c.bar, c.filters, c.results):
        qtbot.addWidget(w)
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
