"""The detail pane's frame: the record's details with its private note under them, and its History.

:class:`RecordPane` holds the shell's detail view (given to it, so this room never imports the browse room) in
a *Details* tab, with the record's note (plain text, private, saved with Save Note) under it, and a *History*
tab listing the record's revisions, newest first: when, who, what was done and which fields changed, each
change's before and after. Restore puts the record back as it was after the selected revision.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

#: Above this many characters, a value in the history is shortened (the whole one is in its tooltip).
_SHOWN = 120


def _short(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict | list):
        import json

        value = json.dumps(value, ensure_ascii=False)
    text = " ".join(str(value).split())
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def _when(at: str) -> str:
    """ "2026-12-04T23:10:02Z" as "2026-12-04 23:10 UTC"."""
    return f"{at[:10]} {at[11:16]} UTC" if len(at) >= 16 and at[10] == "T" else at


class NoteBox(QWidget):
    """A record's private note: plain text, saved when the person says so."""

    saveRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self.tr("Note (private: yours, not part of the record's data)"))
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("recordNote")
        self.edit.setAccessibleName(self.tr("Note"))
        self.edit.setPlaceholderText(self.tr("Your own note on this record"))
        self.edit.setTabChangesFocus(True)
        self.save_button = QPushButton(self.tr("Save Note"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(lambda: self.saveRequested.emit(self.edit.toPlainText()))
        self.edit.textChanged.connect(lambda: self.save_button.setEnabled(self.is_dirty()))
        row = QHBoxLayout()
        row.addWidget(self.label, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addLayout(row)
        layout.addWidget(self.edit)
        self._saved = ""

    def set_note(self, text: str, enabled: bool = True) -> None:
        self._saved = text
        self.edit.setPlainText(text)
        self.edit.setEnabled(enabled)
        self.save_button.setEnabled(False)

    def is_dirty(self) -> bool:
        return self.edit.toPlainText() != self._saved


class HistoryPanel(QWidget):
    """A record's revisions, newest first, with what changed; Restore puts one back."""

    restoreRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.tree = QTreeWidget()
        self.tree.setObjectName("historyList")
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Changed")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.restore_button = QPushButton(self.tr("Restore This Revision"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(lambda: self._restore())
        self.tree.currentItemChanged.connect(lambda _a, _b: self._update_button())
        row = QHBoxLayout()
        row.addWidget(self.heading, 1)
        row.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.tree)

    def show_revisions(self, record_id: str | None, revisions: Sequence[Any]) -> None:
        """List ``edits.history``'s revisions (newest first), each with its changes as children."""
        self.tree.clear()
        if record_id is None:
            self.heading.setText("")
            self._update_button()
            return
        count = len(revisions)
        self.heading.setText(
            self.tr("%n revision(s) of {id}", "", count).format(id=record_id)
            if count
            else self.tr("No revisions of {id} yet").format(id=record_id)
        )
        for n, rev in enumerate(revisions):
            changed = ", ".join(dict.fromkeys(c.label for c in rev.changes)) or "—"
            item = QTreeWidgetItem([_when(rev.at), rev.author, rev.action, changed])
            item.setData(0, Qt.ItemDataRole.UserRole, rev.id)
            item.setData(1, Qt.ItemDataRole.UserRole, n == 0 and rev.action != "delete")  # already as it is
            item.setToolTip(3, changed)
            for change in rev.changes:
                child = QTreeWidgetItem(["", "", change.label, f"{_short(change.before)} → {_short(change.after)}"])
                child.setToolTip(
                    3,
                    self.tr("before: {before}\nafter: {after}").format(
                        before=_short(change.before), after=_short(change.after)
                    ),
                )
                child.setData(0, Qt.ItemDataRole.UserRole, rev.id)
                item.addChild(child)
            self.tree.addTopLevelItem(item)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self._update_button()

    def revision_rows(self) -> list[tuple[str, str, str, str]]:
        """The rows shown (when, who, what, changed), newest first: what a person reads."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None:
                out.append((item.text(0), item.text(1), item.text(2), item.text(3)))
        return out

    def _selected(self) -> QTreeWidgetItem | None:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        return item

    def _update_button(self) -> None:
        item = self._selected()
        self.restore_button.setEnabled(item is not None and not item.data(1, Qt.ItemDataRole.UserRole))

    def _restore(self) -> None:
        item = self._selected()
        if item is not None:
            self.restoreRequested.emit(int(item.data(0, Qt.ItemDataRole.UserRole)))


class RecordPane(QTabWidget):
    """The detail pane: Details (the given view, the note under it) and History."""

    def __init__(self, details: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordPane")
        self.setDocumentMode(True)
        self.details = details
        self.note = NoteBox()
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("detailNoteSplitter")
        split.addWidget(details)
        split.addWidget(self.note)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        split.setSizes([600, 110])  # the note starts a few lines high: the record is what the pane is for
        self.history = HistoryPanel()
        self.addTab(split, self.tr("Details"))
        self.addTab(self.history, self.tr("History"))
