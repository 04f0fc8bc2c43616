"""One editor per kind of field in the field map (:class:`model.records.field_types.Kind`).

Each editor is a widget with ``value()`` (what goes into the record's interchange form: None when empty),
``set_value()`` and a ``changed`` signal. :func:`editor_for` picks the editor a field's kind needs; the
form (:mod:`gui.editing.record_form`) lays them out. References show the record's title with its id in
brackets ("ASEAN Regional Forum (arf)") and complete on either; the form holds the id.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QPlainTextEdit, QWidget

from gui.editing.date_field import DateField
from model.records.fields import Field, Kind

#: What a form asks for the records a reference may name: (id, title) pairs of one record type.
Choices = Callable[[str], Sequence[tuple[str, str]]]
_ID_IN_BRACKETS = re.compile(r"\(([a-z0-9][a-z0-9-]*)\)\s*$")


def shown_ref(rid: str, titles: dict[str, str]) -> str:
    """How a reference reads in its field: "ASEAN Regional Forum (arf)", or the bare id when unknown."""
    title = titles.get(rid)
    return f"{title} ({rid})" if title and title != rid else rid


def ref_id(text: str) -> str | None:
    """The id a reference field holds: the one in brackets at the end, or the text itself."""
    text = text.strip()
    if not text:
        return None
    found = _ID_IN_BRACKETS.search(text)
    return found.group(1) if found else text


class TextEditor(QLineEdit):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textChanged.connect(lambda _text: self.changed.emit())

    def value(self) -> Any:
        return self.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))


class LongTextEditor(QPlainTextEdit):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.textChanged.connect(self.changed.emit)

    def value(self) -> Any:
        return self.toPlainText().strip() or None

    def set_value(self, value: Any) -> None:
        self.setPlainText("" if value is None else str(value))


class NamesEditor(LongTextEditor):
    """A record's names in other languages, edited as the data file writes them (JSON, by language tag).

    Text that is not JSON comes back as text, which the check refuses beside the field ("should be an
    object, not text"), so nothing is lost or guessed.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 6 + 12)

    def value(self) -> Any:
        text = self.toPlainText().strip()
        if not text:
            return None
        try:
            return json.loads(text)
        except ValueError:
            return text

    def set_value(self, value: Any) -> None:
        self.setPlainText("" if value is None else json.dumps(value, ensure_ascii=False, indent=1))


class IntegerEditor(TextEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(QIntValidator(0, 100000000, self))

    def value(self) -> Any:
        text = self.text().strip()
        return int(text) if text.isdigit() else None


class ChoiceEditor(QComboBox):
    """One of the field's choices, or none (the first, empty entry) when the field may be left out."""

    changed = Signal()

    def __init__(self, choices: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem("")
        for choice in choices:
            self.addItem(choice.replace("-", " "), choice)
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        index = self.findData(value) if value is not None else 0
        if index < 0:  # a value the map does not know (an older file): keep it, so saving reports it
            self.addItem(str(value), value)
            index = self.count() - 1
        self.setCurrentIndex(index)


class RefEditor(TextEditor):
    """The id of a record of one type, completed from the records' titles and ids."""

    def __init__(self, kind: str, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pairs = list(choices(kind))
        self.titles = dict(pairs)
        completer = QCompleter([shown_ref(rid, self.titles) for rid, _title in pairs], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        # Written here too: QLineEdit takes the chosen entry only while it has the keyboard focus.
        completer.activated.connect(self.setText)
        self.setPlaceholderText(self.tr("type a name or an id"))

    def value(self) -> Any:
        return ref_id(self.text())

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else shown_ref(str(value), self.titles))


class _ListCompleter(QCompleter):
    """Completes the last entry of a comma-separated list, inserting the chosen record's id."""

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return self.completed(str(index.data()))

    def completed(self, entry: str) -> str:
        """The list with its last entry replaced by the chosen record's id."""
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        before = text.rsplit(",", 1)[0] + ", " if "," in text else ""
        return f"{before}{ref_id(entry) or ''}"


class RefsEditor(TextEditor):
    """Ids of records of one type, separated by commas (an agenda item's topics), each completed."""

    def __init__(self, kind: str, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pairs = list(choices(kind))
        completer = _ListCompleter(self)
        completer.setModel(QStringListModel([shown_ref(rid, dict(pairs)) for rid, _t in pairs], completer))
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        completer.activated.connect(self.setText)  # the whole list, as pathFromIndex makes it
        self.setPlaceholderText(f"{kind} ids, separated by commas")

    def value(self) -> Any:
        ids = [ref_id(part) for part in self.text().split(",")]
        return [i for i in ids if i] or None

    def set_value(self, value: Any) -> None:
        self.setText(", ".join(str(v) for v in value) if value else "")


class CodesEditor(TextEditor):
    """Short codes separated by commas (a source's languages: "en, lo")."""

    def value(self) -> Any:
        codes = [part.strip() for part in self.text().split(",")]
        return [c for c in codes if c] or None

    def set_value(self, value: Any) -> None:
        self.setText(", ".join(str(v) for v in value) if value else "")


class DateEditor(DateField):
    """The EDTF date field as a form editor."""


def editor_for(field: Field, choices: Choices) -> QWidget | None:
    """The editor of a field of one value (None for lists of parts, records and citations: the form's own)."""
    if field.kind in (Kind.ID, Kind.TEXT):
        return TextEditor()
    if field.kind is Kind.LONG_TEXT:
        return LongTextEditor()
    if field.kind is Kind.INTEGER:
        return IntegerEditor()
    if field.kind is Kind.CHOICE:
        return ChoiceEditor(field.choices)
    if field.kind is Kind.DATE:
        return DateEditor()
    if field.kind is Kind.REF and field.ref:
        return RefEditor(field.ref, choices)
    if field.kind is Kind.REFS and field.ref:
        return RefsEditor(field.ref, choices)
    if field.kind is Kind.CODES:
        return CodesEditor()
    if field.kind is Kind.NAMES:
        return NamesEditor()
    return None
