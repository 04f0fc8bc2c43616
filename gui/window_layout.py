"""The arrangement of the main window's panes and docks: usable minimums, the default layout, Reset Layout.

The tree and the detail pane (the central splitter) never become narrower than a few words: a saved
layout from a larger screen, or docks dragged wide, give way to them instead. View ▸ Reset Layout puts
everything back as on the first start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QToolBar, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSplitter

#: Usable minimum widths, in average characters of the pane's font: a tree row shows the start of a
#: title ("Round 1 — Bandar Seri…") and a short date; the detail pane a title word and a field's value.
TREE_MIN_CHARS = 30
DETAIL_MIN_CHARS = 40
#: The default height of the timeline and the default share (and most) of the width for the side docks.
TIMELINE_HEIGHT = 230
TIMELINE_SHARE = 0.35
SIDE_DOCK_SHARE = 0.24
SIDE_DOCK_MAX = 380
#: The share of the right column's height the source viewer takes when it opens beside search results.
SOURCE_SHARE = 0.7
#: A restored layout leaves the tree and the detail pane at least this share of the window's width.
CENTRAL_SHARE = 0.45
#: The default split between the tree and the detail pane.
TREE_SHARE = 0.45


def min_width(widget: QWidget, chars: int) -> int:
    return widget.fontMetrics().averageCharWidth() * chars + 24  # + scroll bar and frame


def set_minimum_widths(tree: QWidget, detail: QWidget) -> None:
    """Give the tree and the detail pane their usable minimum widths (docks give way to them)."""
    tree.setMinimumWidth(min_width(tree, TREE_MIN_CHARS))
    detail.setMinimumWidth(min_width(detail, DETAIL_MIN_CHARS))


def remember_default(window: QMainWindow) -> None:
    """Keep the freshly built window's arrangement (docks' areas, toolbars) for Reset Layout."""
    window.setProperty("defaultLayout", window.saveState())


def apply_default(
    window: QMainWindow, splitter: QSplitter, timeline_dock: QDockWidget, source_dock: QDockWidget
) -> None:
    """The first-start layout: the timeline along the bottom, search results on the right, no source viewer,
    the tree and the detail pane side by side (in ``splitter``, which the caller has shown), every toolbar shown."""
    state = window.property("defaultLayout")
    if isinstance(state, QByteArray) and not state.isEmpty():
        window.restoreState(state)
    for dock in window.findChildren(QDockWidget):
        dock.setFloating(False)
        dock.setVisible(dock is not source_dock)
    for bar in window.findChildren(QToolBar):
        if bar.parent() is window:
            bar.setVisible(True)
    height = min(TIMELINE_HEIGHT, int(window.height() * TIMELINE_SHARE))  # a small window keeps room for the panes
    window.resizeDocks([timeline_dock], [height], Qt.Orientation.Vertical)
    side = [d for d in _docked(window, Qt.DockWidgetArea.RightDockWidgetArea) if d.isVisibleTo(window)]
    if side:
        width = min(SIDE_DOCK_MAX, int(window.width() * SIDE_DOCK_SHARE))
        window.resizeDocks(side, [width] * len(side), Qt.Orientation.Horizontal)
    _settle(window)
    total = sum(splitter.sizes()) or splitter.width()
    splitter.setSizes([int(total * TREE_SHARE), total - int(total * TREE_SHARE)])


def keep_panes_usable(window: QMainWindow, splitter: QSplitter) -> None:
    """After a saved layout is restored: side docks that crowd the tree and the detail pane into less than
    CENTRAL_SHARE of the window's width (a layout saved on a bigger screen, or by an older version that lost
    the central panes' room on relaunch) go back to their default width."""
    _settle(window)
    if splitter.width() >= window.width() * CENTRAL_SHARE:
        return
    width = min(SIDE_DOCK_MAX, int(window.width() * SIDE_DOCK_SHARE))
    for area in (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea):
        side = [d for d in _docked(window, area) if d.isVisibleTo(window)]
        if side:
            window.resizeDocks(side, [width] * len(side), Qt.Orientation.Horizontal)


def give_source_room(window: QMainWindow, source: QDockWidget) -> None:
    """Let the source viewer (``source``) take most of the right column's height when it shares it with
    other docks."""
    area = window.dockWidgetArea(source)
    orientation = (
        Qt.Orientation.Vertical
        if area in (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)
        else Qt.Orientation.Horizontal
    )
    others = [d for d in _docked(window, area) if d is not source and d.isVisibleTo(window) and not _tabbed(window, d)]
    if not others or _tabbed(window, source):
        return
    _settle(window)
    length = sum(d.height() if orientation == Qt.Orientation.Vertical else d.width() for d in [source, *others])
    mine = int(length * SOURCE_SHARE)
    rest = max((length - mine) // len(others), 1)
    window.resizeDocks([source, *others], [mine, *([rest] * len(others))], orientation)


def _settle(widget: QWidget) -> None:
    """Lay the widget out now, so sizes read next are the ones it will show."""
    layout = widget.layout()
    if layout is not None:
        layout.activate()


def _docked(window: QMainWindow, area: Qt.DockWidgetArea) -> list[QDockWidget]:
    return [d for d in window.findChildren(QDockWidget) if not d.isFloating() and window.dockWidgetArea(d) == area]


def _tabbed(window: QMainWindow, dock: QDockWidget) -> bool:
    return bool(window.tabifiedDockWidgets(dock))
