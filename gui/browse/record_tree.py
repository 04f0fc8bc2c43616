"""The tree of forums and meetings: a QTreeView whose two columns share the width there is.

The title takes what the date does not need. The date column is as wide as the widest date it shows
("26 Sept 2016 (scheduled)") when the tree has room, and narrows, down to a month and year, only when
titles would otherwise lose theirs; in a very narrow tree it steps aside and the titles get the whole
width. What is cut is whole in the row's tooltip. The column follows the tree's width, not the rows':
measuring the rows on screen at every expand and scroll was what made the tree slow.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

#: The widest dates the column shows in full, and the least it keeps (a month and year).
WIDE_DATES = ("25–26 Sept 2016", "26 Sept 2016 (scheduled)")
SHORT_DATE = "Sept 2016"
#: The most of the tree's width the date column takes from the titles.
DATE_SHARE = 0.3
#: Room around a cell's text (margins, and a little air before the next column).
PADDING = 20


class RecordTree(QTreeView):
    """The record tree; set a :class:`gui.browse.tree_model.ForumTreeModel` with ``setModel``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordTree")
        self.setAccessibleName(self.tr("Forums and meetings"))
        self.setUniformRowHeights(True)  # lets the view skip measuring rows: thousands stay fast
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAllColumnsShowFocus(True)
        self.setAlternatingRowColors(True)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        header = self.header()
        header.setStretchLastSection(False)
        if model is None or model.columnCount() < 2:
            return
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)  # people may drag it wider
        self.fit_date_column()

    def date_column_width(self, tree_width: int) -> int:
        """How wide the date column is in a tree ``tree_width`` pixels wide."""
        metrics = self.fontMetrics()
        full = max(metrics.horizontalAdvance(text) for text in WIDE_DATES) + PADDING
        least = metrics.horizontalAdvance(SHORT_DATE) + PADDING
        return max(least, min(full, int(tree_width * DATE_SHARE)))

    def fit_date_column(self) -> None:
        """Size the date column for the tree's width; hide it when even a month and year would crowd the titles."""
        if self.model() is None or self.model().columnCount() < 2:
            return
        width = self.viewport().width()
        date = self.date_column_width(width)
        header = self.header()
        header.setSectionHidden(1, date > width * DATE_SHARE)  # the date is in each row's tooltip too
        header.resizeSection(1, date)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_date_column()
