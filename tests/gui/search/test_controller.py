"""Search end to end in widgets: type, the background search finishes, results and matches arrive."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gui.search.controller import SearchController
from model.reads import saved_searches
from model.store.database import Database
from tests.gui.menus import choose_in


def make(qtbot: QtBot, db: Database) -> SearchController:
    c = SearchController()
    for w in (c.bar, c.filters, c.results):
        qtbot.addWidget(w)
        w.show()
    with qtbot.waitSignal(c.choicesLoaded, timeout=10000):  # the filter lists are read on a worker thread
        c.set_database(db)
    return c


def type_query(qtbot: QtBot, c: SearchController, query: str, enter: bool = True) -> None:
    """Type over what the box holds (and press Enter), and wait for that search to finish."""
    c.bar.edit.setFocus()
    c.bar.edit.selectAll()
    with qtbot.waitSignal(c.searchFinished, timeout=10000, check_params_cb=lambda o: _query_of(o) == query):
        if query:
            qtbot.keyClicks(c.bar.edit, query)
        else:
            qtbot.keyClick(c.bar.edit, Qt.Key.Key_Delete)
        if enter:
            qtbot.keyClick(c.bar.edit, Qt.Key.Key_Return)


def _query_of(outcome: Any) -> str:
    return outcome.query if outcome is not None else ""


def click_result(qtbot: QtBot, c: SearchController, row: int) -> None:
    index = c.results.model.index(row)
    c.results.list.scrollTo(index)
    qtbot.mouseClick(
        c.results.list.viewport(), Qt.MouseButton.LeftButton, pos=c.results.list.visualRect(index).center()
    )


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
    type_query(qtbot, c, '(piracy OR "terrorism')
    qtbot.waitUntil(lambda: c.bar.hint.isVisible())
    assert "not closed" in c.bar.hint.text()
    assert c.results.model.rowCount() == 3


def test_filter_writes_into_the_box_and_searches(qtbot: QtBot, bundled_db: Database) -> None:
    c = make(qtbot, bundled_db)
    with qtbot.waitSignal(c.matchesChanged, timeout=5000) as blocker:
        choose_in(qtbot, c.filters.combos["type"], "Consultation rounds")
    assert c.bar.query() == "type:round"
    assert len(blocker.args[0]) == 5


def test_clearing_the_box_clears_the_matches(qtbot: QtBot, bundled_db: Database) -> None:
    c = make(qtbot, bundled_db)
    type_query(qtbot, c, "piracy")
    with qtbot.waitSignal(c.matchesChanged, timeout=5000) as blocker:
        type_query(qtbot, c, "", enter=False)
    assert blocker.args == [None]
    assert c.results.model.rowCount() == 0


def test_choosing_a_result_asks_to_show_the_record(qtbot: QtBot, bundled_db: Database) -> None:
    c = make(qtbot, bundled_db)
    type_query(qtbot, c, "forum:ARF type:forum")
    with qtbot.waitSignal(c.recordActivated, timeout=1000) as blocker:
        click_result(qtbot, c, 0)
    assert blocker.args == ["arf"]


def test_recent_searches_keep_what_parsed_and_ran(qtbot: QtBot, bundled_db: Database) -> None:
    c = make(qtbot, bundled_db)
    type_query(qtbot, c, '(piracy OR "terrorism')  # an unclosed quote and parenthesis: repaired, with a hint
    type_query(qtbot, c, "forum:Nowhere")  # no such forum
    type_query(qtbot, c, "year:14")  # not a year
    type_query(qtbot, c, "pira", enter=False)  # typed on the way to a word, never settled on
    type_query(qtbot, c, "piracy")
    assert saved_searches.recent(bundled_db) == ["piracy"]
    type_query(qtbot, c, "consultations")
    click_result(qtbot, c, 0)  # choosing a result settles on its query too
    assert saved_searches.recent(bundled_db) == ["consultations", "piracy"]


def test_recent_searches_keep_the_last_of_several_filter_steps(qtbot: QtBot, bundled_db: Database) -> None:
    c = make(qtbot, bundled_db)
    type_query(qtbot, c, "security")
    steps = [("forum", "ARF — ASEAN Regional Forum"), ("type", "Meetings"), ("forum", "EAS — East Asia Summit")]
    for name, label in steps:
        with qtbot.waitSignal(c.searchFinished, timeout=10000):
            choose_in(qtbot, c.filters.combos[name], label)
    assert c.bar.query() == "security type:meeting forum:EAS"
    assert saved_searches.recent(bundled_db) == ["security type:meeting forum:EAS", "security"]
    # Typing starts a new trail: the next filter step is a search of its own.
    type_query(qtbot, c, "security forum:EAS")
    with qtbot.waitSignal(c.searchFinished, timeout=10000):
        choose_in(qtbot, c.filters.combos["type"], "Outcome documents")
    assert saved_searches.recent(bundled_db) == [
        "security forum:EAS type:outcome",
        "security forum:EAS",
        "security type:meeting forum:EAS",
        "security",
    ]


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
