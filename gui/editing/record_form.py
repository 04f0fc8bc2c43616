"""The form of a record or part, generated from the field map: one row per field, its problem beside it.

:class:`RecordForm` lays out a record type's (or a part type's) fields in the map's order, each with the
editor its kind needs (:mod:`gui.editing.field_editors`), lists of parts with a :class:`PartsEditor` whose
item form is again a ``RecordForm``, and the citations with a :class:`CitationsEditor`. It reads and writes the
record's interchange form: :meth:`set_form` fills it, :meth:`form` gives it back (keys the map does not show
are kept as they were), :meth:`show_problems` puts each of ``edits.check``'s problems beside its field.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from gui.editing.date_field import DateField
from gui.editing.field_editors import Choices, editor_for
from gui.editing.parts_editor import CitationsEditor, PartsEditor
from model.records.fields import RECORD_TYPES, Field, Kind, PartType

ERROR_STYLE = "color: #b00020;"
_STEP = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")


def path_steps(path: str) -> list[str | int]:
    """``agenda[1].topics[0]`` as ["agenda", 1, "topics", 0]."""
    return [name or int(index) for name, index in _STEP.findall(path)]


class RecordForm(QWidget):
    """Every field of one record or part type, as the field map declares them."""

    changed = Signal()
    #: A field was edited, or a part chosen in its list, by name: what "Cite for …" offers first.
    touched = Signal(str)

    def __init__(self, ptype: PartType, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ptype = ptype
        self._choices = choices
        self._original: dict[str, Any] = {}
        self.editors: dict[str, QWidget] = {}
        self.problems: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.record_problem = QLabel()
        self.record_problem.setTextFormat(Qt.TextFormat.PlainText)
        self.record_problem.setWordWrap(True)
        self.record_problem.setStyleSheet(ERROR_STYLE)
        self.record_problem.hide()
        rows = QFormLayout()
        rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for f in ptype.fields:
            editor = self._editor(f)
            if editor is None:
                continue
            editor.setObjectName(f"field_{f.name}")
            editor.setAccessibleName(f.label)
            problem = QLabel()
            problem.setTextFormat(Qt.TextFormat.PlainText)
            problem.setWordWrap(True)
            problem.setStyleSheet(ERROR_STYLE)
            problem.setObjectName(f"problem_{f.name}")
            problem.hide()
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(1)
            box.setAlignment(Qt.AlignmentFlag.AlignTop)  # a taller editor set later grows down, not apart
            box.addWidget(editor)
            box.addWidget(problem)
            label = QLabel(f"{f.label.capitalize()}{' *' if f.required else ''}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(editor)
            if f.description:
                label.setToolTip(f.description)
                editor.setToolTip(f.description)
            rows.addRow(label, cell)
            self.editors[f.name] = editor
            self.problems[f.name] = problem
            self.labels[f.name] = label
            editor.changed.connect(self.changed.emit)  # type: ignore[attr-defined]
            if isinstance(editor, PartsEditor):
                editor.selectionChanged.connect(lambda _row, name=f.name: self.touched.emit(name))
                editor.changed.connect(lambda name=f.name: self.touched.emit(name))
            elif not isinstance(editor, CitationsEditor):
                editor.changed.connect(lambda name=f.name: self.touched.emit(name))  # type: ignore[attr-defined]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.record_problem)
        layout.addLayout(rows)

    def _editor(self, f: Field) -> QWidget | None:
        if f.kind is Kind.PARTS and f.part is not None:
            return PartsEditor(f.part, self._item_form)
        if f.kind is Kind.RECORDS and f.holds:
            return PartsEditor(RECORD_TYPES[f.holds], self._item_form)
        if f.kind is Kind.CITATIONS:
            return CitationsEditor()
        return editor_for(f, self._choices)

    def _item_form(self, part: PartType) -> QWidget:
        return RecordForm(part, self._choices)

    # --- the interchange form ----------------------------------------------------------------------------

    def set_form(self, form: dict[str, Any]) -> None:
        self._original = copy.deepcopy(form)
        for name, editor in self.editors.items():
            editor.blockSignals(True)
            try:
                editor.set_value(form.get(name))  # type: ignore[attr-defined]
            finally:
                editor.blockSignals(False)

    def form(self) -> dict[str, Any]:
        """The form as edited, in the field map's order; empty fields left out."""
        out = copy.deepcopy(self._original)
        for name, editor in self.editors.items():
            value = editor.value()  # type: ignore[attr-defined]
            if value is None:
                out.pop(name, None)
            else:
                out[name] = value
        order = {f.name: n for n, f in enumerate(self.ptype.fields)}
        return dict(sorted(out.items(), key=lambda kv: order.get(kv[0], len(order))))

    def set_id_editable(self, editable: bool) -> None:
        """A saved record's id never changes (others refer to it by it); a new record's is chosen."""
        editor = self.editors.get("id")
        if editor is not None:
            editor.setReadOnly(not editable)  # type: ignore[attr-defined]

    # --- problems ----------------------------------------------------------------------------------------

    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        """Show each (path, message) beside its field; clear every other field's problem."""
        by_field: dict[str, list[str]] = {}
        top: list[str] = []
        for path, message in problems:
            steps = path_steps(path)
            name = steps[0] if steps and isinstance(steps[0], str) else None
            if name in self.editors:
                editor = self.editors[name]
                if isinstance(editor, DateField) and editor.hint.text() == message:
                    continue  # the date field already says it, as it is typed
                if isinstance(editor, PartsEditor) and len(steps) > 1 and isinstance(steps[1], int):
                    inner = ".".join(str(s) for s in steps[2:] if isinstance(s, str))
                    item = f"{editor.part.label} {steps[1] + 1}"
                    message = f"{item}, {inner.replace('_', ' ')}: {message}" if inner else f"{item}: {message}"
                by_field.setdefault(name, []).append(message)
            else:
                top.append(f"{path}: {message}" if path else message)
        for name, label in self.problems.items():
            text = "\n".join(by_field.get(name, []))
            label.setText(text)
            label.setVisible(bool(text))
        self.record_problem.setText("\n".join(top))
        self.record_problem.setVisible(bool(top))

    def problem_text(self, name: str) -> str:
        """What is shown beside a field ("" when nothing is wrong with it)."""
        label = self.problems.get(name)
        return label.text() if label is not None and label.isVisibleTo(self) else ""

    # --- where the person is -----------------------------------------------------------------------------

    def field_of(self, widget: QWidget | None) -> str | None:
        """The name of the field whose editor holds ``widget`` (the focus), if any."""
        while widget is not None:
            for name, editor in self.editors.items():
                if widget is editor:
                    return name
            widget = widget.parentWidget()
        return None
