"""The tree's columns share the width there is: dates whole when there is room, titles first when there is not."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt


def _cell_fits(win: Any, rid: str, column: int) -> bool:
    """Whether the cell's text is shown whole (its column is at least as wide as the text and margins)."""
    index = win.tree_model.index_for_id(rid)
    win.tree.scrollTo(index)
    cell = win.tree_model.index(index.row(), column, index.parent())
    text = str(cell.data(Qt.ItemDataRole.DisplayRole))
    return win.tree.visualRect(cell).width() >= win.tree.fontMetrics().horizontalAdvance(text) + 8


def test_a_wide_tree_shows_the_longest_dates_whole(qtbot: Any, window: Any) -> None:
    win = window
    win.resize(1900, 1000)  # maximised on a large screen
    win.splitter.setSizes([800, 800])
    qtbot.waitUntil(lambda: win.tree.width() > 600)
    # "8 Sep 2016 (scheduled)" and "26 Jul 2016 (scheduled)" were cut to "8 Sep 2016 (sche…" with room to spare.
    assert _cell_fits(win, "eas-11", 1)
    assert _cell_fits(win, "eas-fmm-6", 1)
    assert _cell_fits(win, "eas-security-architecture-1", 0)  # "Round 1 — Bandar Seri Begawan, Nov 2013"


def test_a_narrow_tree_keeps_room_for_the_titles(qtbot: Any, window: Any) -> None:
    win = window
    win.resize(720, 450)
    qtbot.waitUntil(lambda: win.width() <= 730)
    tree = win.tree
    title_width = tree.header().sectionSize(0)
    # At least a dozen characters of "Association of Southeast Asian Nations (ASEAN)" after its indentation.
    assert title_width >= tree.indentation() * 2 + tree.fontMetrics().averageCharWidth() * 12, title_width
    index = win.tree_model.index_for_id("eas-11")
    assert "8 Sep 2016" in index.data(Qt.ItemDataRole.ToolTipRole)  # what is cut is whole in the tooltip
