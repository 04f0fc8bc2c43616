"""The window in which one record is created or edited: its form, Save (disabled while anything is wrong), Cancel.

It stays open beside the main window (not modal), so a passage can be selected in the source viewer and cited
for the field or agenda item being edited (:meth:`RecordEditor.cite_targets`, :meth:`RecordEditor.add_citation`).
Every change is checked with ``edits.check``, the import's own validation: its problems show beside their
fields and Save stays disabled until there are none. A save that meets a change made meanwhile by someone else
(``edits.Conflict``) keeps the form open and shows the other change; nothing is overwritten. Closing with
unsaved changes asks: Save, Discard or Cancel.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gui.editing.changed_bar import ChangedElsewhereBar, when
from gui.editing.field_editors import Choices
from gui.editing.parts_editor import CitationsEditor, PartsEditor
from gui.editing.record_form import RecordForm
from model.i18n import translate
from model.records.fields import RECORD_TYPES

_NOT_ID = re.compile(r"[^a-z0-9]+")


class Saver(Protocol):
    """What the editor needs of the app: check and save a form (through the window's undo stack)."""

    def check(self, kind: str, form: dict[str, Any], new: bool) -> list[tuple[str, str]]: ...
    def save(self, kind: str, form: dict[str, Any], expected_version: int | None) -> Any: ...


@dataclass(frozen=True)
class CiteTarget:
    """Where a selected passage can be cited: ``path`` is the part's place ("agenda", 1), () the record;
    ``note`` names the field it was selected for ("" for the record or a part as a whole)."""

    label: str
    path: tuple[str | int, ...]
    note: str = ""


def suggested_id(title: str) -> str:
    """An id made of a title's words: "12th ARF Senior Officials' Meeting" → "12th-arf-senior-officials-meeting"."""
    slug = _NOT_ID.sub("-", title.lower().replace("'", "").replace("’", "")).strip("-")
    return slug[:80].rstrip("-")


class RecordEditor(QWidget):
    """Creates or edits one record of ``kind``, starting from ``form`` (a saved record's has its version)."""

    #: Emitted with the record's id after each successful save.
    saved = Signal(str)
    #: Emitted when the form has closed (its changes saved or discarded).
    closed = Signal()

    def __init__(
        self,
        kind: str,
        form: dict[str, Any],
        version: int | None,
        saver: Saver,
        choices: Choices,
        parent: QWidget | None = None,
        *,
        read_file: Callable[[Path], tuple[str, str]] | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.kind = kind
        self.version = version
        self._saver = saver
        self._read_file = read_file
        rtype = RECORD_TYPES[kind]
        self.setObjectName(f"recordEditor_{kind}")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form = RecordForm(rtype, choices)
        self.form.set_form(form)
        self.form.set_id_editable(version is None)
        self._id_typed = bool(form.get("id"))
        self._saved_form = self.form.form() if version is not None else {}
        self._last_field: str | None = None
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(lambda: self.save() and self.close())
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).clicked.connect(lambda: self.close())
        bottom = QHBoxLayout()
        self.file_button: QPushButton | None = None
        if read_file is not None:  # a source: its text from a .txt, .html or .pdf file
            self.file_button = QPushButton(self.tr("Text From File…"))
            self.file_button.clicked.connect(lambda: self._text_from_file())
            bottom.addWidget(self.file_button)
            text = self.form.editors.get("text")
            if text is not None:
                text.setFixedHeight(self.fontMetrics().lineSpacing() * 14)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        #: Says at once that someone else changed the record (see :meth:`changed_elsewhere`).
        self.changed_bar = ChangedElsewhereBar()
        self.changed_bar.show_theirs.clicked.connect(lambda: self._show_theirs())
        self.changed_bar.reload.clicked.connect(lambda: self._reload_theirs())
        self._theirs: Any = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.changed_bar)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        self.form.changed.connect(self._changed)
        self.form.touched.connect(lambda name: setattr(self, "_last_field", name))
        id_editor = self.form.editors.get("id")
        if id_editor is not None and version is None:
            id_editor.textEdited.connect(lambda _t: setattr(self, "_id_typed", True))  # type: ignore[attr-defined]
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        self._update_title()
        self.resize(640, 720)
        self._check()

    # --- state -------------------------------------------------------------------------------------------

    @property
    def record_id(self) -> str | None:
        value = self.form.form().get("id")
        return str(value) if value else None

    def is_dirty(self) -> bool:
        return self.form.form() != self._saved_form

    def forget_changes(self) -> None:
        """Take the form as it stands for saved: closing it will not ask (the window is being torn down)."""
        self._saved_form = self.form.form()

    def _changed(self) -> None:
        title_field = RECORD_TYPES[self.kind].title_field
        if self.version is None and not self._id_typed and title_field:
            title = self.form.form().get(title_field)
            id_editor = self.form.editors.get("id")
            if id_editor is not None:
                id_editor.blockSignals(True)
                id_editor.set_value(suggested_id(str(title or "")) or None)  # type: ignore[attr-defined]
                id_editor.blockSignals(False)
        self._check()
        self._update_title()

    def _check(self) -> None:
        problems = self._saver.check(self.kind, self.form.form(), self.version is None)
        self.form.show_problems(problems)
        self.save_button.setEnabled(not problems)
        if problems:
            self.status.setText(self.tr("%n problem(s) to fix before saving", "", len(problems)))
        else:
            self.status.setText("")

    def _update_title(self) -> None:
        label = translate("FieldLabel", RECORD_TYPES[self.kind].label)
        what = (
            self.tr("New {kind}").format(kind=label)
            if self.version is None
            else self.tr("Edit {kind} {id}").format(kind=label, id=self.record_id)
        )
        self.setWindowTitle(f"{what}{' *' if self.is_dirty() else ''} — Summitry")

    # --- saving ------------------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save the form (one undo step); False when it was refused (the reason is shown)."""
        from model import edits

        form = self.form.form()
        try:
            result = self._saver.save(self.kind, form, self.version)
        except edits.Invalid as exc:
            self.form.show_problems([(p.path, p.message) for p in exc.problems])
            self.save_button.setEnabled(False)
            return False
        except edits.Conflict as exc:
            self._show_conflict(exc)
            return False
        self.version = result.version
        self._saved_form = form
        self.form.set_id_editable(False)
        self._update_title()
        self.status.setText(self.tr("Saved {id}").format(id=result.id))
        self.saved.emit(str(result.id))
        return True

    # --- changed by someone else meanwhile -------------------------------------------------------------------

    def changed_elsewhere(self, conflict: Any) -> None:
        """The change feed says someone else changed or deleted this record (an ``edits.Conflict`` describing
        it as it is now): say so in the bar at once. Without edits here the form simply shows their version;
        with edits they are kept, and Save stays refused (the Conflict rule) until the form is reloaded."""
        label = translate("FieldLabel", RECORD_TYPES[self.kind].label)
        by = getattr(conflict, "by", "") or self.tr("someone")
        at = getattr(conflict, "at", "") or ""
        at_words = self.tr(" at {time}").format(time=when(at)) if at else ""
        current = getattr(conflict, "current", None)
        self._theirs = conflict
        if current is None:
            self.changed_bar.say(
                self.tr(
                    "{who} deleted this {kind}{at} — your edits are kept here, but cannot be saved over the "
                    "deletion; copy what you need."
                ).format(who=by, kind=label, at=at_words),
                choices=False,
            )
        elif not self.is_dirty():
            self._take(current)
            self.changed_bar.say(
                self.tr(
                    "{who} changed this {kind}{at} — you had no edits, so the form now shows their version."
                ).format(who=by, kind=label, at=at_words),
                choices=False,
            )
        else:
            self.changed_bar.say(
                self.tr(
                    "{who} changed this {kind}{at} — your edits are kept, but Save is refused until you reload "
                    "their version."
                ).format(who=by, kind=label, at=at_words),
                choices=True,
            )

    def _take(self, current: Any) -> None:
        """Show ``current`` (an ``edits.Editable``) as the form's saved state."""
        self.form.set_form(current.form)
        self.version = current.version
        self._saved_form = self.form.form()
        self._check()
        self._update_title()

    def _show_theirs(self) -> None:
        if self._theirs is not None:
            self._show_conflict(self._theirs, saving=False)

    def _reload_theirs(self) -> None:
        conflict = self._theirs
        current = getattr(conflict, "current", None)
        if current is None:
            return
        self._take(current)
        by = getattr(conflict, "by", "") or self.tr("someone")
        self.changed_bar.say(
            self.tr("Reloaded: the form shows the version by {who}; your edits were discarded.").format(who=by),
            choices=False,
        )

    def _show_conflict(self, conflict: Any, *, saving: bool = True) -> None:
        """Someone changed the record since it was opened: say who and what, overwrite nothing."""
        import json

        other = getattr(conflict, "current", None)
        other_form = getattr(other, "form", None)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Changed meanwhile"))
        by = getattr(conflict, "by", "") or self.tr("someone")
        at = getattr(conflict, "at", "") or ""
        changed = (
            self.tr("{who} changed this record at {at} after you opened it.").format(who=by, at=at)
            if at
            else self.tr("{who} changed this record after you opened it.").format(who=by)
        )
        done = (
            self.tr(
                "Your changes were not saved, and theirs were not overwritten: compare them below, copy what you "
                "need, and edit it again."
            )
            if saving
            else self.tr("Your edits are kept: compare them below, copy what you need, and edit it again.")
        )
        box.setText(changed + " " + done)
        box.setDetailedText(
            json.dumps(other_form, ensure_ascii=False, indent=2) if other_form else self.tr("(deleted)")
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        if saving:
            self.status.setText(self.tr("Not saved: {who} changed it meanwhile").format(who=by))
        self.conflict_box = box
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save the changes to this record ({kind})?").format(
                    kind=translate("FieldLabel", RECORD_TYPES[self.kind].label)
                ),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                event.ignore()
                return
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._focus_moved)
        event.accept()
        self.closed.emit()

    # --- citing ------------------------------------------------------------------------------------------

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.isAncestorOf(new):
            self._last_field = self.form.field_of(new)

    def cite_targets(self) -> list[CiteTarget]:
        """What a selected passage can be cited for: the part selected in the list last worked in, the field
        last edited, and the record."""
        label = RECORD_TYPES[self.kind].label
        targets: list[CiteTarget] = []
        name = self._last_field
        editor = self.form.editors.get(name) if name else None
        if isinstance(editor, PartsEditor) and editor.current() >= 0 and name:
            row = editor.current()
            title = editor.list.item(row).text().split(". ", 1)[-1]
            targets.append(CiteTarget(f"{editor.part.label} {row + 1} “{title}”", (name, row)))
        elif name and editor is not None and not isinstance(editor, CitationsEditor) and name != "id":
            targets.append(CiteTarget(f"{self.form.ptype.field(name).label} of the {label}", (), name))
        if "citations" in self.form.editors:  # a source or a topic cites nothing itself
            targets.append(CiteTarget(f"the {label}", ()))
        return targets

    def add_citation(self, target: CiteTarget, cite: dict[str, Any]) -> None:
        """Add a citation to the record or to one of its parts, at once visible in the form."""
        cite = dict(cite, note=target.note) if target.note else dict(cite)
        if not target.path:
            editor = self.form.editors["citations"]
            assert isinstance(editor, CitationsEditor)
            editor.add(cite)
            return
        name, row = target.path
        parts = self.form.editors[str(name)]
        assert isinstance(parts, PartsEditor) and isinstance(row, int)
        item = parts.item(row)
        item["citations"] = [*item.get("citations", []), cite]
        parts.replace(row, item)

    def _text_from_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Text from a file"),
            "",
            self.tr("Documents (*.txt *.html *.htm *.pdf);;All files (*)"),
        )
        if path and self._read_file is not None:
            self.load_text_file(Path(path))

    def load_text_file(self, path: Path) -> bool:
        """Fill the text (and an empty title) from a file; a file without usable text is said in one line."""
        assert self._read_file is not None
        try:
            text, title = self._read_file(path)
        except ValueError as exc:
            self.status.setText(str(exc))
            return False
        self.form.editors["text"].set_value(text)  # type: ignore[attr-defined]
        if title and not self.form.form().get("title"):
            self.form.editors["title"].set_value(title)  # type: ignore[attr-defined]
        self.status.setText(self.tr("Text of {file}: %Ln character(s)", "", len(text)).format(file=path.name))
        return True
