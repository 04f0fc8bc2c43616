"""The main window as a user meets it: tree → detail → citation → timeline and back, keys, restored state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt

from tests.gui.conftest import click_link, click_tree_row


def _detail_text(win: Any) -> str:
    return win.detail.toPlainText()


def test_tree_detail_citation_timeline_and_back(qtbot: Any, window: Any) -> None:
    win = window
    seen: list[str] = []
    win.recordSelected.connect(seen.append)

    click_tree_row(qtbot, win, "eas-security-architecture-3")
    assert win.current_record_id() == "eas-security-architecture-3"
    text = _detail_text(win)
    assert "Round 3 of 5" in text and "Jakarta" in text and "Oct 2014" in text
    assert win.timeline.view.selected() == "eas-security-architecture-3"

    # A cited passage opens the source with the passage highlighted and in view.
    click_link(qtbot, win.detail, "cite:", "Comment by the Information")
    qtbot.waitUntil(lambda: win.source_dock.isVisible())
    start, end = win.source_viewer.passage
    assert win.source_viewer.text.toPlainText()[start:end] in {
        "Five rounds of relevant consultations have taken place",
        "in Jakarta (October 2014)",
    }
    assert win.source_viewer.passage_visible()

    # Clicking round 5 on the timeline selects it in the tree and the detail pane.
    rect = win.timeline.view.event_rect("eas-security-architecture-5")
    assert rect is not None
    qtbot.mouseClick(win.timeline.view, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert win.current_record_id() == "eas-security-architecture-5"
    assert "Round 5 of 5" in _detail_text(win)
    current = win.tree.currentIndex()
    assert current.data(Qt.ItemDataRole.DisplayRole) == "Round 5 — Beijing, Jun 2016"

    # A link in the detail pane goes to the record.
    click_link(qtbot, win.detail, "record:eas-security-architecture-4")
    assert win.current_record_id() == "eas-security-architecture-4"
    assert win.timeline.view.selected() == "eas-security-architecture-4"

    # Back and Forward (Alt+Left / Alt+Right) walk the history.
    win.tree.setFocus()
    qtbot.keyClick(win.tree, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert win.current_record_id() == "eas-security-architecture-5"
    qtbot.keyClick(win.tree, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert win.current_record_id() == "eas-security-architecture-3"
    assert win.tree.currentIndex().data() == "Round 3 — Jakarta, Oct 2014"
    qtbot.keyClick(win.tree, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert win.current_record_id() == "eas-security-architecture-5"
    assert seen[:3] == ["eas-security-architecture-3", "eas-security-architecture-5", "eas-security-architecture-4"]


def test_keyboard_navigation(qtbot: Any, window: Any) -> None:
    win = window
    win.tree.setFocus()
    win.select_record("eas")
    qtbot.keyClick(win.tree, Qt.Key.Key_Right)  # expand EAS
    qtbot.keyClick(win.tree, Qt.Key.Key_Down)  # its first child: the process
    assert win.current_record_id() == "eas-security-architecture"
    qtbot.keyClick(win.tree, Qt.Key.Key_Down)
    assert win.current_record_id() == "eas-5"
    assert "5th East Asia Summit" in _detail_text(win)
    qtbot.keyClick(win.tree, Qt.Key.Key_End)
    assert win.current_record_id() is None  # the last row is a group node
    assert "Source documents" in _detail_text(win)

    # Ctrl+3 focuses the timeline; arrows move between rounds and the tree follows.
    win.select_record("eas-security-architecture-1")
    qtbot.keyClick(win, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert win.timeline.view.hasFocus()
    qtbot.keyClick(win.timeline.view, Qt.Key.Key_Right)
    assert win.current_record_id() == "eas-security-architecture-2"
    qtbot.keyClick(win, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert win.tree.hasFocus()
    assert win.tree.currentIndex().data() == "Round 2 — Moscow, Apr 2014"


def test_multi_selection_and_copy_id(qtbot: Any, window: Any) -> None:
    from PySide6.QtGui import QGuiApplication

    win = window
    win.select_record("eas-5")
    index = win.tree_model.index_for_id("eas-11")
    rect = win.tree.visualRect(index)
    qtbot.mouseClick(win.tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, rect.center())
    assert set(win.selected_record_ids()) == {"eas-5", "eas-11"}
    win.action_copy_id.trigger()
    assert QGuiApplication.clipboard().text() == win.current_record_id()


def test_state_restored_across_restarts(qtbot: Any, bundled_db: Any) -> None:
    from gui.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.resize(733, 555)  # within the offscreen screen (800×600)
    first.set_database(bundled_db)
    first.select_record("arf-23")
    first.splitter.setSizes([300, 800])
    sizes = first.splitter.sizes()
    first.timeline.set_forum_lanes(["arf"])
    first.action_show_tree.trigger()  # hide the tree
    first.close()

    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    second.set_database(bundled_db)
    assert (second.size().width(), second.size().height()) == (733, 555)
    assert second.current_record_id() == "arf-23"
    assert not second.tree.isVisibleTo(second)
    assert not second.action_show_tree.isChecked()
    assert second.timeline.forum_lanes() == ["arf"]
    second.action_show_tree.trigger()
    assert second.splitter.sizes()[0] > 0 and abs(second.splitter.sizes()[0] - sizes[0]) < 40
    second.close()


def test_menus_toolbar_and_status_bar(qtbot: Any, window: Any) -> None:
    win = window
    titles = [a.text() for a in win.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Go", "&Help"]
    file_items = [a.text() for a in win.file_menu.actions() if a.text()]
    assert file_items[:7] == [
        "&Import…",
        "&Open Database…",
        "&Connect to a Server…",
        "&New Database…",
        "&Export to PDF…",
        "&Print…",
        "Print Pre&view…",
    ]
    assert win.action_find.shortcut().toString() == "Ctrl+F"
    assert win.action_back.shortcut().toString() == "Alt+Left"
    qtbot.waitUntil(lambda: "9 meetings" in win.counts_label.text())  # counted on a worker thread
    assert win.is_ready()
    assert win.main_toolbar.actions()


def test_placeholder_actions_can_be_given_behaviour(window: Any) -> None:
    calls: list[str] = []
    window.set_handler(window.action_export_pdf, lambda: calls.append("pdf"))
    window.action_export_pdf.trigger()
    assert calls == ["pdf"]


def test_view_menu_hides_and_shows_panes(window: Any) -> None:
    win = window
    win.action_show_detail.trigger()
    assert not win.detail.isVisibleTo(win)
    win.action_show_detail.trigger()
    assert win.detail.isVisibleTo(win)
    toggle = win.timeline_dock.toggleViewAction()
    toggle.trigger()
    assert not win.timeline_dock.isVisibleTo(win)


def test_unknown_id_is_reported_not_raised(window: Any) -> None:
    assert window.select_record("no-such-record") is False
    assert "No record" in window.statusBar().currentMessage()


def test_wheel_over_tree_does_not_zoom_timeline(window: Any) -> None:
    before = window.timeline.view.visible_range()
    window.timeline.view.zoom(2.0, QPoint(400, 10).x())
    assert window.timeline.view.visible_range() != before


def test_the_date_column_shows_a_day_range_in_full_and_the_tooltip_the_rest(qtbot: Any, window: Any) -> None:
    held = window.tree_model.index_for_id("asean-russia-summit-2016")
    window.tree.scrollTo(held)
    date = window.tree_model.index(held.row(), 1, held.parent())
    assert date.data() == "19–20 May 2016"
    assert window.tree.visualRect(date).width() >= window.tree.fontMetrics().horizontalAdvance(date.data()) + 8
    scheduled = window.tree_model.index_for_id("eas-11")
    assert "8 Sep 2016" in scheduled.data(Qt.ItemDataRole.ToolTipRole)
    assert "scheduled" in scheduled.data(Qt.ItemDataRole.ToolTipRole)


def test_shown_record_is_remembered_soon_without_closing(qtbot: Any, window: Any) -> None:
    # Written a moment after the clicks stop (not on each click), so a crash still restores it.
    window.select_record("eas-11")
    window.select_record("arf-23")
    qtbot.waitUntil(lambda: window._settings.value("selection/last_record") == "arf-23", timeout=3000)
