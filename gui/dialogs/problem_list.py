"""A table of problems found in input files (file, place, what is wrong) that people can read and copy."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from model.i18n import QT_TRANSLATE_NOOP
from model.interchange.problems import Problem

#: At most this many problems are listed (a file with a hundred thousand broken records has as many);
#: copying takes them all.
MAX_LISTED = 1000
COLUMNS = (
    QT_TRANSLATE_NOOP("ProblemList", "File"),
    QT_TRANSLATE_NOOP("ProblemList", "Place"),
    QT_TRANSLATE_NOOP("ProblemList", "Problem"),
)
#: The file and place columns are at most this wide at first (the message wraps in what is left).
MAX_COLUMN_PX = 260


class ProblemList(QTableWidget):
    """Problems as rows: the file (its name; the full path in the tooltip), the place in it, the message.

    Every cell is plain text (never read as markup). Rows are selectable; Ctrl+C copies the selected rows
    as tab-separated text (for a spreadsheet or an e-mail), :meth:`copy_all` every problem as lines.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName("problemList")
        self.setAccessibleName(self.tr("Problems found"))
        self.setHorizontalHeaderLabels([self.tr(column) for column in COLUMNS])
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the message takes the room left
        # A wider message column needs fewer wrapped lines: fit the rows again whenever a column changes width.
        header.sectionResized.connect(lambda *_: self.resizeRowsToContents())
        self._all: list[tuple[str, Problem]] = []
        copy = QShortcut(QKeySequence.StandardKey.Copy, self, context=Qt.ShortcutContext.WidgetShortcut)
        copy.activated.connect(self.copy_selected)

    def set_problems(self, problems: Sequence[tuple[str, Problem]]) -> None:
        """List ``(file path, problem)`` pairs, at most :data:`MAX_LISTED` of them."""
        self.setRowCount(0)
        self._all = list(problems)
        for path, problem in self._all[:MAX_LISTED]:
            self._append(Path(path).name, path, problem.location, problem.message)
        if len(self._all) > MAX_LISTED:
            more = self.tr("… and %n more: Copy All copies every one of them.", "", len(self._all) - MAX_LISTED)
            self._append("", "", "", more)
        for column in (0, 1):  # as wide as their text, but never crowding out the message
            self.resizeColumnToContents(column)
            self.setColumnWidth(column, min(self.columnWidth(column), MAX_COLUMN_PX))
        self.resizeRowsToContents()

    def _append(self, name: str, path: str, place: str, message: str) -> None:
        row = self.rowCount()
        self.insertRow(row)
        for column, text in enumerate((name, place, message)):
            item = QTableWidgetItem(text)  # plain text: a cell never interprets markup
            item.setToolTip(path if column == 0 else text)
            self.setItem(row, column, item)

    def problem_count(self) -> int:
        return len(self._all)

    def row_texts(self, row: int) -> tuple[str, ...]:
        """What a row shows, column by column."""
        return tuple(item.text() if (item := self.item(row, c)) else "" for c in range(self.columnCount()))

    def copy_selected(self) -> None:
        """Put the selected rows on the clipboard, tab-separated, with the file's full path."""
        rows = sorted({i.row() for i in self.selectedIndexes()})
        listed = self._all[:MAX_LISTED]
        lines = [f"{listed[r][0]}\t{listed[r][1].location}\t{listed[r][1].message}" for r in rows if r < len(listed)]
        if lines:
            QGuiApplication.clipboard().setText("\n".join(lines) + "\n")

    def copy_all(self) -> None:
        """Put every problem on the clipboard, one "file: place: message" line each."""
        QGuiApplication.clipboard().setText("".join(f"{path}: {p}\n" for path, p in self._all))
