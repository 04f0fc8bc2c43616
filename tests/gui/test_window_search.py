"""Search in the main window: the box, the tree, the detail pane and the results list, as a person uses them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel

from gui.search.highlight import MATCH_BACKGROUND
from tests.gui.conftest import click_link, click_tree_row

TYPE_HERE = "Type in the search box to find records."


def search(qtbot: Any, window: Any, query: str, enter: bool = True) -> None:
    """Type over the box's text (Ctrl+F selects it) and wait for that search to finish."""
    bar = window.search.bar
    window.action_find.trigger()
    with qtbot.waitSignal(
        window.search.searchFinished, timeout=10000, check_params_cb=lambda o: (o.query if o else "") == query
    ):
        if query:
            qtbot.keyClicks(bar.edit, query)
        else:
            qtbot.keyClick(bar.edit, Qt.Key.Key_Delete)
        if enter:
            qtbot.keyClick(bar.edit, Qt.Key.Key_Return)


def click_result(qtbot: Any, window: Any, row: int) -> None:
    results = window.search.results
    index = results.model.index(row)
    results.list.scrollTo(index)
    qtbot.mouseClick(results.list.viewport(), Qt.MouseButton.LeftButton, pos=results.list.visualRect(index).center())


def test_in_the_main_window(qtbot: Any, window: Any) -> None:
    search_ = window.search
    search(qtbot, window, "consultations year:2014")
    qtbot.waitUntil(lambda: search_.results.model.rowCount() == 2)
    expected = {"eas-security-architecture-2", "eas-security-architecture-3"}
    assert window.tree_model.is_filtered()
    assert window.timeline.view.highlighted() == expected
    count = window.statusBar().findChild(QLabel, "searchCount")
    assert count.text() == "Search: 2 results"
    # Choosing a result shows the record.
    click_result(qtbot, window, 1)
    assert window.current_record_id() == search_.results.model.hit(1).id
    # Clearing the box shows the whole tree again.
    search(qtbot, window, "", enter=False)
    assert not window.tree_model.is_filtered()
    assert window.timeline.view.highlighted() == set()
    # Choosing a forum writes its filter into the empty box, ready for Enter.
    click_tree_row(qtbot, window, "arf")
    assert search_.bar.query() == "forum:ARF"
    with qtbot.waitSignal(search_.countChanged, timeout=5000) as blocker:
        qtbot.keyClick(search_.bar.edit, Qt.Key.Key_Return)
    assert blocker.args == ["8 results"]


def test_the_box_is_empty_at_launch_and_after_a_relaunch(qtbot: Any, bundled_db: Any) -> None:
    from gui.main_window import MainWindow

    for _launch in range(2):
        win = MainWindow()
        qtbot.addWidget(win)
        win.show()
        win.set_database(bundled_db)  # shows the first forum, then (second launch) the forum left shown
        assert win.current_record_id() == ("asean" if _launch == 0 else "eas")
        assert win.search.bar.query() == ""
        assert win.search.results.heading.text() == TYPE_HERE
        win.select_record("eas")
        win.close()


def test_a_click_never_writes_over_what_was_typed(qtbot: Any, window: Any) -> None:
    bar = window.search.bar
    window.action_find.trigger()
    qtbot.keyClicks(bar.edit, "pira")  # typed, not yet searched
    click_tree_row(qtbot, window, "arf")
    assert bar.query() == "pira"
    search(qtbot, window, "security")  # typed and searched
    window.select_record("arf-23")
    click_link(qtbot, window.detail, "record:laos")  # a country
    assert window.current_record_id() == "laos"
    assert bar.query() == "security"
    window.select_record("arf-23")
    click_link(qtbot, window.detail, "record:maritime")  # a topic
    assert bar.query() == "security"


def test_a_suggestion_follows_what_is_shown(qtbot: Any, window: Any) -> None:
    bar, heading = window.search.bar, window.search.results.heading
    click_tree_row(qtbot, window, "arf")
    assert bar.query() == "forum:ARF"
    assert "Press Enter" in heading.text()
    click_tree_row(qtbot, window, "eas")
    assert bar.query() == "forum:EAS"
    click_tree_row(qtbot, window, "eas-5")  # a meeting: no filter of its own, so the suggestion goes
    assert bar.query() == ""
    assert heading.text() == TYPE_HERE
    click_tree_row(qtbot, window, "eas")
    assert bar.query() == "forum:EAS"
    qtbot.keyClicks(bar.edit, " summit")  # edited: the person's now
    click_tree_row(qtbot, window, "arf")
    assert bar.query() == "forum:EAS summit"


def test_the_tree_opens_to_the_matches_and_keeps_the_selection(qtbot: Any, window: Any) -> None:
    tree, model = window.tree, window.tree_model
    search(qtbot, window, "consultations year:2014")
    for rid in ("eas-security-architecture-2", "eas-security-architecture-3"):
        index = model.index_for_id(rid)
        assert index.isValid()
        assert tree.visualRect(index).isValid(), f"{rid} is not shown: its parents are closed"
    click_result(qtbot, window, 1)
    chosen = window.current_record_id()
    assert tree.currentIndex().data(0x0101) == chosen
    search(qtbot, window, "", enter=False)  # clear the search
    assert not model.is_filtered()
    current = tree.currentIndex()
    assert current.isValid() and current.data(0x0101) == chosen
    assert tree.selectionModel().isRowSelected(current.row(), current.parent())
    assert tree.visualRect(current).isValid()
    assert window.current_record_id() == chosen


def test_results_show_a_distinguishing_title_and_the_match_in_human_text(qtbot: Any, window: Any) -> None:
    results = window.search.results
    search(qtbot, window, "type:round")
    titles = [results.model.index(r).data() for r in range(results.model.rowCount())]
    assert titles[0].startswith("Round 5 — Beijing")
    assert len({t.split(" · ")[0] for t in titles}) == 5
    search(qtbot, window, "piracy")
    hit = results.model.hit(0)
    assert "maritime piracy and illegal immigration" in hit.snippet  # the agenda item, as written
    assert "[piracy]" in hit.marked()
    # Drawn in a narrow list, the highlighted word is still on screen.
    window.resizeDocks([window.findChild(type(window.timeline_dock), "searchDock")], [260], Qt.Orientation.Horizontal)
    results.list.viewport().repaint()
    image = results.list.viewport().grab().toImage()
    rect = results.list.visualRect(results.model.index(0))
    rect = rect.intersected(image.rect())  # what of the row is on screen
    snippet_line = range(rect.top() + rect.height() // 2, rect.bottom())
    tint = QColor(MATCH_BACKGROUND).rgb()
    assert any(image.pixel(x, y) == tint for y in snippet_line for x in range(rect.left(), rect.right()))


def test_the_detail_pane_marks_the_matched_words(qtbot: Any, window: Any) -> None:
    search(qtbot, window, "consultation")
    click_result(qtbot, window, 0)
    marked = [s.cursor.selectedText() for s in window.detail.extraSelections()]
    assert marked, "no word marked"
    assert {m.lower() for m in marked} <= {"consultation", "consultations"}
    text = window.detail.toPlainText()
    assert text.count("consultation") + text.count("Consultation") >= len(marked)
    # Only whole words: "EAS" finds EAS, never the letters of "East Asia Summit".
    search(qtbot, window, "EAS")
    window.select_record("eas")
    marked = [s.cursor.selectedText() for s in window.detail.extraSelections()]
    assert marked and {m.casefold() for m in marked} == {"eas"}  # the abbreviation and the id, whole
    # Clearing the search takes the marks away.
    search(qtbot, window, "", enter=False)
    assert window.detail.extraSelections() == []


def test_the_detail_pane_marks_the_russian_form_that_was_written(qtbot: Any, bundled_db: Any) -> None:
    """Searching "Манила" finds a meeting "в Маниле": the pane marks "Маниле", as written, and no other word."""
    from gui.main_window import MainWindow
    from model.interchange import importer

    importer.import_file(bundled_db, Path(__file__).parents[1] / "model" / "fixtures" / "search_corpus_ru.json")
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    qtbot.waitExposed(win)
    win.set_database(bundled_db)
    query = "Манила консультации"
    win.action_find.trigger()
    with qtbot.waitSignal(win.search.searchFinished, timeout=10000, check_params_cb=lambda o: o and o.query == query):
        # As a Russian keyboard layout types: key events carrying the letters (QTest types ASCII only).
        for ch in query:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(win.search.bar.edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
        qtbot.keyClick(win.search.bar.edit, Qt.Key.Key_Return)
    assert [win.search.results.model.hit(r).id for r in range(win.search.results.model.rowCount())] == ["fx-ru-1"]
    click_result(qtbot, win, 0)
    assert win.current_record_id() == "fx-ru-1"
    marked = [s.cursor.selectedText() for s in win.detail.extraSelections()]
    assert set(marked) == {"Маниле", "Манила", "консультаций"}, marked
    win.close()


def test_the_group_rows_are_no_suggestion(qtbot: Any, window: Any) -> None:
    model = window.tree_model
    groups = [model.index(r, 0, QModelIndex()) for r in range(model.rowCount())]
    countries = next(i for i in groups if i.data(0x0101) == "@countries")
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=window.tree.visualRect(countries).center())
    assert window.search.bar.query() == ""
