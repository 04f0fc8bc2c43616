"""Lists inside a record: its parts (agenda items, participants, members …), the rounds of a process, and its
citations.

A :class:`PartsEditor` is a list with Add, Remove, Move Up and Move Down, and under it the form of the item
selected (made by the form module, passed in as ``make_form`` so the two modules do not import each other).
The items are the parts' interchange forms (dicts), kept in order: the order is the record's (agenda items
are numbered by it). A :class:`CitationsEditor` lists the citations of a record or part, each removable;
they are added by selecting a passage in the source viewer (Cite for …).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from model.i18n import translate
from model.records.fields import Kind, PartType


class ItemForm(Protocol):
    """What a parts list needs of the form of one item (:class:`gui.editing.record_form.RecordForm`)."""

    def set_form(self, form: dict[str, Any]) -> None: ...
    def form(self) -> dict[str, Any]: ...


def summary(part: PartType, item: dict[str, Any]) -> str:
    """One line naming an item in its list: its first given text, reference or number."""
    for f in part.fields:
        value = item.get(f.name)
        if value not in (None, "", []) and f.kind in (Kind.TEXT, Kind.REF, Kind.INTEGER, Kind.ID):
            if f.name == "number":
                return f"{part.label} {value}"
            return str(value)
    return f"(new {part.label})"


class PartsEditor(QWidget):
    """An ordered list of parts with the form of the selected one."""

    changed = Signal()
    #: The selected item changed (its index, or -1): Cite for … offers it.
    selectionChanged = Signal(int)

    def __init__(
        self,
        part: PartType,
        make_form: Callable[[PartType], QWidget],
        blank: Callable[[], dict[str, Any]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.part = part
        self._blank = blank or dict
        self._items: list[dict[str, Any]] = []
        self._loading = False
        self.list = QListWidget()
        self.list.setAccessibleName(f"{part.label}s")
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 8)
        self.list.currentRowChanged.connect(self._show_item)
        self.add_button = QPushButton(self.tr("Add: {part}").format(part=translate("FieldLabel", part.label)))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move Up"))
        self.down_button = QPushButton(self.tr("Move Down"))
        self.add_button.clicked.connect(lambda: self.add())
        self.remove_button.clicked.connect(lambda: self._remove())
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.item_form = make_form(part)
        self.item_form.setVisible(False)
        changed = getattr(self.item_form, "changed", None)
        if changed is not None:
            changed.connect(self._item_edited)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.item_form)
        self._update_buttons()

    # --- the value ---------------------------------------------------------------------------------------

    def value(self) -> Any:
        return [copy.deepcopy(i) for i in self._items] or None

    def set_value(self, value: Any) -> None:
        self._items = [copy.deepcopy(i) for i in value or [] if isinstance(i, dict)]
        self._refill(0 if self._items else -1)

    def current(self) -> int:
        return self.list.currentRow()

    def select(self, row: int) -> None:
        self.list.setCurrentRow(row)

    def item(self, row: int) -> dict[str, Any]:
        return self._items[row]

    def replace(self, row: int, item: dict[str, Any]) -> None:
        """Put a changed item back (a citation added to it), showing it if it is the selected one."""
        self._items[row] = copy.deepcopy(item)
        self._refill(self.current())
        self.changed.emit()

    def add(self) -> None:
        self._items.append(self._blank())
        self._refill(len(self._items) - 1)
        self.changed.emit()
        self.item_form.setFocus(Qt.FocusReason.OtherFocusReason)

    def _remove(self) -> None:
        row = self.current()
        if row < 0:
            return
        del self._items[row]
        self._refill(min(row, len(self._items) - 1))
        self.changed.emit()

    def _move(self, step: int) -> None:
        row = self.current()
        to = row + step
        if row < 0 or not 0 <= to < len(self._items):
            return
        self._items[row], self._items[to] = self._items[to], self._items[row]
        self._refill(to)
        self.changed.emit()

    # --- showing -----------------------------------------------------------------------------------------

    def _refill(self, row: int) -> None:
        self._loading = True
        try:
            self.list.clear()
            for n, item in enumerate(self._items, start=1):
                self.list.addItem(QListWidgetItem(f"{n}. {summary(self.part, item)}"))
            self.list.setCurrentRow(row)
        finally:
            self._loading = False
        self._show_item(row)

    def _show_item(self, row: int) -> None:
        form = self.item_form
        shown = 0 <= row < len(self._items)
        form.setVisible(shown)
        if shown:
            self._loading = True
            try:
                form.set_form(self._items[row])  # type: ignore[attr-defined]
            finally:
                self._loading = False
        self._update_buttons()
        self.selectionChanged.emit(row if shown else -1)

    def _item_edited(self) -> None:
        row = self.current()
        if self._loading or row < 0:
            return
        self._items[row] = self.item_form.form()  # type: ignore[attr-defined]
        list_item = self.list.item(row)
        if list_item is not None:
            list_item.setText(f"{row + 1}. {summary(self.part, self._items[row])}")
        self.changed.emit()

    def _update_buttons(self) -> None:
        row = self.current()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self._items) - 1)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))


def citation_text(cite: dict[str, Any]) -> str:
    """A citation in one line: “the quote” — source (or the basis and its note)."""
    if "source" in cite:
        quote = " ".join(str(cite.get("quote", "")).split())
        quote = quote if len(quote) <= 90 else quote[:89] + "…"
        where = f", at {cite['start']}" if cite.get("start") is not None else ""
        note = f" ({cite['note']})" if cite.get("note") else ""
        return f"“{quote}” — {cite['source']}{where}{note}"
    return f"{cite.get('basis', '')}: {cite.get('note', '')}"


class CitationsEditor(QWidget):
    """The citations of a record or part: listed, removable; added by Cite for … in the source viewer."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cites: list[dict[str, Any]] = []
        self.list = QListWidget()
        self.list.setAccessibleName("citations")
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 8)
        self.list.setWordWrap(True)
        self.empty = QLabel(self.tr("Uncited: select a passage in the source viewer and choose Cite for …."))
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)  # longer in Russian: wrapped, not a horizontal scroll bar
        self.empty.setStyleSheet("color: #8a5a00;")
        self.remove_button = QPushButton(self.tr("Remove Citation"))
        self.remove_button.clicked.connect(lambda: self._remove())
        self.list.currentRowChanged.connect(lambda row: self.remove_button.setEnabled(row >= 0))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        self._refill()

    def value(self) -> Any:
        return [dict(c) for c in self._cites] or None

    def set_value(self, value: Any) -> None:
        self._cites = [dict(c) for c in value or [] if isinstance(c, dict)]
        self._refill()

    def add(self, cite: dict[str, Any]) -> None:
        self._cites.append(dict(cite))
        self._refill()
        self.list.setCurrentRow(len(self._cites) - 1)
        self.changed.emit()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        del self._cites[row]
        self._refill()
        self.changed.emit()

    def _refill(self) -> None:
        self.list.clear()
        for cite in self._cites:
            self.list.addItem(citation_text(cite))
        self.list.setVisible(bool(self._cites))
        self.empty.setVisible(not self._cites)
        self.remove_button.setVisible(bool(self._cites))
        self.remove_button.setEnabled(False)
