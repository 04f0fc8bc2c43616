"""The window's layout across a relaunch, View ▸ Reset Layout, and the room the source viewer gets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from gui.timeline.view import AXIS_HEIGHT, LANE_HEIGHT
from gui.window_layout import DETAIL_MIN_CHARS, TREE_MIN_CHARS
from tests.gui.conftest import click_link, click_tree_row


def _launch(qtbot: Any, db_path: Any) -> Any:
    """Start the app as ``summitry`` does: the shell, then the panes, then the database."""
    import gui.app

    _app, window = gui.app.start_app(str(db_path))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.database is not None and window.current_record_id() is not None, timeout=30000)
    return window


def _chars(widget: Any, n: int) -> int:
    return widget.fontMetrics().averageCharWidth() * n


def _open_a_citation(qtbot: Any, win: Any) -> None:
    click_tree_row(qtbot, win, "eas-security-architecture-3")
    click_link(qtbot, win.detail, "cite:", "Comment by the Information")
    qtbot.waitUntil(lambda: win.source_dock.isVisible())


def test_relaunch_after_opening_the_source_viewer_leaves_the_tree_and_details_their_room(
    qtbot: Any, db_path: Any
) -> None:
    first = _launch(qtbot, db_path)
    first.resize(780, 560)
    qtbot.waitUntil(lambda: first.width() == 780)
    _open_a_citation(qtbot, first)
    tree_width = first.tree.width()
    first.close()  # saves the layout, as quitting does

    second = _launch(qtbot, db_path)
    win = second
    qtbot.waitUntil(lambda: win.tree.width() > 0)
    assert win.tree.width() >= _chars(win.tree, TREE_MIN_CHARS)
    assert win.detail.width() >= _chars(win.detail, DETAIL_MIN_CHARS)
    assert abs(win.tree.width() - tree_width) < 40  # what was left, not the docks' idea of it
    # A dock with nothing to show does not come back empty.
    assert not win.source_dock.isVisible()
    second.close()


def test_reset_layout_puts_the_docks_back_and_gives_the_panes_their_room(qtbot: Any, window: Any) -> None:
    win = window
    search = win.findChild(QDockWidget, "searchDock")
    win.resizeDocks([search], [900], Qt.Orientation.Horizontal)
    win.timeline_dock.setFloating(True)
    win.source_dock.show()
    win.action_show_tree.trigger()  # hide the tree
    reset = next(a for a in win.view_menu.actions() if a.text().replace("&", "") == "Reset Layout")
    assert reset.shortcut().toString()
    reset.trigger()
    qtbot.waitUntil(lambda: win.tree.isVisible())
    assert not win.timeline_dock.isFloating() and win.timeline_dock.isVisible()
    assert search.isVisible() and search.width() <= 400 and not win.source_dock.isVisible()
    assert win.action_show_tree.isChecked()
    assert win.tree.width() >= _chars(win.tree, TREE_MIN_CHARS)
    assert win.detail.width() >= _chars(win.detail, DETAIL_MIN_CHARS)
    assert win.tree.width() + win.detail.width() >= win.width() * 0.5


def test_the_source_viewer_opens_with_room_and_the_passage_in_the_middle(qtbot: Any, window: Any) -> None:
    win = window
    _open_a_citation(qtbot, win)
    text = win.source_viewer.text
    qtbot.waitUntil(lambda: text.viewport().height() >= 12 * text.fontMetrics().lineSpacing())
    start, end = win.source_viewer.passage
    cursor = text.textCursor()
    cursor.setPosition((start + end) // 2)
    middle = text.cursorRect(cursor).center().y()
    height = text.viewport().height()
    assert height / 4 < middle < height * 3 / 4
    # The long title takes at most two lines; the whole of it is in the tooltip.
    header = win.source_viewer.header
    assert header.text().count("\n") <= 1
    assert header.height() <= 2 * header.fontMetrics().lineSpacing() + 12
    assert header.toolTip().startswith("Comment by the Information and Press Department")


def test_the_timeline_keeps_one_whole_lane_however_small_the_window_was_made(qtbot: Any, window: Any) -> None:
    window.resize(1280, 800)
    window.resize(200, 200)  # dragged to its smallest: the docks give way …
    qtbot.waitUntil(lambda: window.height() < 500)
    window.resize(1280, 800)  # … and stay small when it is made large again (Qt grows the centre)
    qtbot.waitUntil(lambda: window.height() == 800)
    # The axis and a whole lane, the marks with the labels under them, still show.
    assert window.timeline.lane_scroll.viewport().height() >= AXIS_HEIGHT + LANE_HEIGHT
