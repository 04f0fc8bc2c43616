"""Curating in the main window: New, Edit, Delete, Undo/Redo, New Source…, notes, history and Cite for ….

:func:`install_editing` puts the actions in the window's menus (File ▸ New ▸ every record type, New Meeting
Ctrl+N in the selected forum, New Source…; Edit ▸ Undo/Redo naming the step, Edit Record F2, Delete Record Del,
Cite Selection) and keeps the detail pane's note and History tab on the shown record. Every save, delete,
restore and note goes through :mod:`model.edits`, each one transaction and one undo step
(``edits.UndoStack``); afterwards the tree, the timeline and the pane show the change at once.

The window comes as ``Any`` (as to the printing room): its ``database``, ``current_record_id()``,
``select_record()``, ``reload()``, ``source_viewer``, ``record_pane``, menus and status bar are used.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton, QWidget

from model.i18n import translate
from model.records.fields import RECORD_TYPES

if TYPE_CHECKING:  # the record form's modules load with the first form opened, not with the window
    from gui.editing.editor_window import CiteTarget, RecordEditor

#: The record types New ▸ offers, in menu order (rounds are edited inside their process).
NEW_KINDS = ("meeting", "forum", "process", "outcome", "source", "country", "topic")


class EditingController(QObject):
    """The editing actions of one main window, and the editors it has open."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.stack: Any = None
        self._stack_db: Any = None
        self.editors: list[RecordEditor] = []
        self._build_actions()
        pane = window.record_pane
        pane.note.saveRequested.connect(self._save_note)
        pane.history.restoreRequested.connect(self._restore)
        pane.currentChanged.connect(lambda _index: self._show_history())
        window.recordSelected.connect(lambda _rid: self._show_record_extras())
        window.databaseChanged.connect(lambda _db: self._database_changed())
        self._follows_live = False
        self._follow_live()
        viewer_text = window.source_viewer.text
        viewer_text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        viewer_text.customContextMenuRequested.connect(self._source_menu)
        viewer_text.selectionChanged.connect(self._update_actions)
        self._update_actions()

    # --- actions -----------------------------------------------------------------------------------------

    def _action(self, text: str, slot: Any, shortcut: Any = None, tip: str = "") -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda: slot())  # never the "checked" flag triggered(bool) sends
        return action

    def _build_actions(self) -> None:
        w = self.window
        self.new_actions: dict[str, QAction] = {}
        self.new_menu = QMenu(self.tr("Ne&w"), w)
        self.new_menu.setObjectName("newMenu")
        for kind in NEW_KINDS:
            label = translate("FieldLabel", RECORD_TYPES[kind].label)
            key = QKeySequence("Ctrl+N") if kind == "meeting" else None
            tip = (
                self.tr("A new meeting in the selected forum")
                if kind == "meeting"
                else self.tr("A new record: {label}").format(label=label)
            )
            action = self._action(f"{label[:1].upper()}{label[1:]}…", lambda k=kind: self.new_record(k), key, tip)
            action.setObjectName(f"new_{kind}")
            self.new_actions[kind] = action
            self.new_menu.addAction(action)
        self.action_new_source = self._action(
            self.tr("New Sou&rce…"),
            lambda: self.new_record("source"),
            None,
            self.tr("Paste a text, or read a .txt, .html or .pdf file"),
        )
        first = w.file_menu.actions()[0] if w.file_menu.actions() else None
        w.file_menu.insertMenu(first, self.new_menu)
        w.file_menu.insertAction(first, self.action_new_source)
        w.file_menu.insertSeparator(first)

        self.action_undo = self._action(self.tr("&Undo"), self.undo, QKeySequence("Ctrl+Z"))
        self.action_redo = self._action(self.tr("&Redo"), self.redo, QKeySequence("Ctrl+Shift+Z"))
        self.action_edit = self._action(
            self.tr("&Edit Record…"), self.edit_current, QKeySequence("F2"), self.tr("Edit the shown record")
        )
        self.action_delete = self._action(
            self.tr("&Delete Record…"),
            self.delete_current,
            QKeySequence(Qt.Key.Key_Delete),
            self.tr("Delete the shown record"),
        )
        self.action_cite = self._action(
            self.tr("&Cite Selection"),
            self.cite_selection,
            QKeySequence("Ctrl+Shift+T"),
            self.tr("Cite the passage selected in the source"),
        )
        self.action_note = self._action(self.tr("Edit No&te"), self._focus_note, QKeySequence("Ctrl+Shift+N"))
        for a in (self.action_edit, self.action_delete):
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        first = w.edit_menu.actions()[0] if w.edit_menu.actions() else None
        for a in (self.action_undo, self.action_redo):
            w.edit_menu.insertAction(first, a)
        w.edit_menu.insertSeparator(first)
        edit_new = w.edit_menu.addMenu(self.tr("Ne&w"))
        for a in self.new_actions.values():
            edit_new.addAction(a)
        for a in (self.action_edit, self.action_delete, self.action_note, self.action_cite):
            w.edit_menu.addAction(a)

    def _update_actions(self) -> None:
        db = self.window.database
        writable = db is not None and db.can_write  # a server's reader may not write: nothing is offered
        rid = self.window.current_record_id()
        for a in (*self.new_actions.values(), self.action_new_source):
            a.setEnabled(writable)
        self.action_edit.setEnabled(writable and rid is not None)
        self.action_delete.setEnabled(writable and rid is not None)
        self.action_note.setEnabled(writable and rid is not None)
        stack = self.stack
        self.action_undo.setEnabled(bool(writable and stack is not None and stack.can_undo))
        self.action_redo.setEnabled(bool(writable and stack is not None and stack.can_redo))
        # The stack names the step: "Undo Edit 23rd ASEAN Regional Forum".
        self.action_undo.setText(stack.undo_text if stack is not None and stack.can_undo else self.tr("&Undo"))
        self.action_redo.setText(stack.redo_text if stack is not None and stack.can_redo else self.tr("&Redo"))
        targets = self.cite_targets() if self._selected_passage() is not None else []
        self.action_cite.setEnabled(bool(targets))  # named for where it goes only once there is a passage
        self.action_cite.setText(
            self.tr("&Cite Selection for {target}").format(target=targets[0].label)
            if targets
            else self.tr("&Cite Selection")
        )

    # --- the database and its undo stack -----------------------------------------------------------------

    def _undo_stack(self) -> Any:
        from model import edits

        db = self.window.database
        if self.stack is None or self._stack_db is not db:
            self.stack = edits.UndoStack(db)
            self._stack_db = db
        return self.stack

    def _follow_live(self) -> None:
        """Hear the window's live updates (installed after the editing room, hence also tried per database):
        when another program changed the archive, the open forms are told at once."""
        live = getattr(self.window, "live", None)
        if live is not None and not self._follows_live:
            live.changed.connect(lambda _change: self._changed_elsewhere())
            self._follows_live = True

    def _database_changed(self) -> None:
        self._follow_live()
        if self._stack_db is not self.window.database:
            self.stack = None
            self._stack_db = None
        self._show_record_extras()

    def choices(self, kind: str) -> list[tuple[str, str]]:
        from model.reads import queries

        db = self.window.database
        if db is None:
            return []
        with db.reader() as conn:
            return [(c.id, c.label) for c in queries.records_of_type(conn, kind)]

    def check(self, kind: str, form: dict[str, Any], new: bool) -> list[tuple[str, str]]:
        from model import edits

        return [(p.path, p.message) for p in edits.check(self.window.database, kind, form, new=new)]

    def _load(self, rid: str) -> Any:
        """The record's editable form, or None when it is gone."""
        from model import edits

        try:
            return edits.load(self.window.database, rid)
        except KeyError:
            return None

    def save(self, kind: str, form: dict[str, Any], expected_version: int | None) -> Any:
        result = self._undo_stack().save(kind, form, expected_version=expected_version)
        self._after_change(str(result.id))
        return result

    def _after_change(self, show: str | None) -> None:
        """Show the change everywhere: tree, timeline, counts, the pane, its note and history."""
        w = self.window
        w.reload()
        if show is not None and w.current_record_id() != show:
            w.select_record(show, report_missing=False)
        self._show_record_extras()

    # --- new, edit, delete -------------------------------------------------------------------------------

    def new_record(self, kind: str) -> RecordEditor | None:
        from model import edits

        if self.window.database is None:
            return None
        prefill: dict[str, Any] = {}
        if kind == "meeting":
            forum = self._selected_forum()
            if forum:
                prefill["forum"] = forum
        return self._open_editor(kind, edits.blank(kind, **prefill), None)

    def _selected_forum(self) -> str | None:
        """The forum shown, or the forum of the meeting or process shown: where Ctrl+N's meeting belongs."""

        rid = self.window.current_record_id()
        if not rid:
            return None
        ed = self._load(rid)
        if ed is None:
            return None
        if ed.kind == "forum":
            return str(ed.id)
        forum = ed.form.get("forum")
        return str(forum) if forum else None

    def edit_current(self) -> RecordEditor | None:

        rid = self.window.current_record_id()
        if not rid or self.window.database is None:
            return None
        for editor in self.editors:
            if editor.record_id == rid and editor.version is not None:
                editor.raise_()
                editor.activateWindow()
                return editor
        ed = self._load(rid)
        if ed is None:
            return None
        return self._open_editor(ed.kind, ed.form, ed.version)

    def _open_editor(self, kind: str, form: dict[str, Any], version: int | None) -> RecordEditor:
        from gui.editing.editor_window import RecordEditor

        read_file = _read_source_file if kind == "source" else None
        editor = RecordEditor(kind, form, version, self, self.choices, self.window, read_file=read_file)
        editor.saved.connect(lambda rid: self._editor_saved(kind, rid))
        editor.closed.connect(lambda e=editor: self._forget(e))
        self.editors.append(editor)
        editor.show()
        self._update_actions()
        return editor

    def _changed_elsewhere(self) -> None:
        """Someone else changed the archive: every open form whose record changed or went says so at once.

        Every open form is asked, not only those the change names: a large import names only some of its
        records, and a process's form also holds its rounds. A few open forms cost a query each."""
        from model import edits

        db = self.window.database
        if db is None:
            return
        for editor in list(self.editors):
            rid = editor.record_id
            if editor.version is None or not rid:
                continue
            overtaken = edits.overtaken(db, rid, editor.version)
            if overtaken is not None:
                editor.changed_elsewhere(overtaken)

    def _forget(self, editor: RecordEditor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)
        self._update_actions()

    def _editor_saved(self, kind: str, rid: str) -> None:
        if kind == "source":
            self.open_source(rid)
        self._update_actions()

    def open_source(self, rid: str) -> None:
        """Show a source's text in the source viewer (a new source opens there, ready to be cited)."""
        from model import dates
        from model.records.read_views import source_text

        db = self.window.database
        with db.reader() as conn:
            source = source_text(conn, rid)
        if source is None:
            return
        when = f" — {dates.human(source.date)}" if source.date else ""
        self.window.source_viewer.show_source(source.id, f"{source.title}{when}", source.text)
        self.window.source_dock.show()
        self.window.source_dock.raise_()

    def delete_current(self) -> bool:
        """Delete the shown record, asking what becomes of the records that refer to it."""
        from model import edits

        w = self.window
        rid = w.current_record_id()
        if not rid or w.database is None:
            return False
        ed = self._load(rid)
        if ed is None:
            return False
        deps = edits.dependents(w.database, rid)
        box = QMessageBox(w)
        box.setObjectName("deleteQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete record"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        title = ed.form.get(RECORD_TYPES[ed.kind].title_field or "title") or rid
        if deps:
            listed = "\n".join(f"• {d.title} ({d.kind}, {d.field})" for d in deps[:12])
            more = "\n" + self.tr("… and %n more", "", len(deps) - 12) if len(deps) > 12 else ""
            box.setText(
                self.tr("Delete “{title}”? %n record(s) refer to it:", "", len(deps)).format(title=title)
                + f"\n{listed}{more}"
            )
            also: QPushButton = box.addButton(self.tr("Delete Them Too"), QMessageBox.ButtonRole.DestructiveRole)
            keep: QPushButton = box.addButton(self.tr("Keep Them, Detached"), QMessageBox.ButtonRole.AcceptRole)
            also.setObjectName("deleteDependents")
            keep.setObjectName("detachDependents")
        else:
            box.setText(self.tr("Delete “{title}”? Undo (Ctrl+Z) brings it back.").format(title=title))
            also = keep = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
            also.setObjectName("deleteRecord")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked not in (also, keep):
            return False
        fate = "detach" if clicked is keep and deps else "delete"
        try:
            self._undo_stack().delete(rid, ed.version, dependents=fate)
        except edits.Conflict as exc:
            self._say(
                self.tr("Not deleted: {who} changed {id} meanwhile. Look at it again first.").format(
                    who=exc.by or self.tr("someone"), id=rid
                )
            )
            self._after_change(rid)
            return False
        w.statusBar().showMessage(self.tr("Deleted {id}").format(id=rid), 5000)
        self._after_change(None)
        return True

    # --- undo, redo, restore, note -----------------------------------------------------------------------

    def undo(self) -> None:
        self._step("undo")

    def redo(self) -> None:
        self._step("redo")

    def _step(self, which: str) -> None:
        from model import edits

        stack = self._undo_stack()
        if not (stack.can_undo if which == "undo" else stack.can_redo):
            return
        words = stack.undo_text if which == "undo" else stack.redo_text
        try:
            result = stack.undo() if which == "undo" else stack.redo()
        except edits.Conflict as exc:
            self._say(
                self.tr("Cannot {step}: {who} changed the record since.").format(
                    step=words, who=exc.by or self.tr("someone")
                )
            )
            return
        self.window.statusBar().showMessage(self.tr("Done: {step}").format(step=words), 5000)
        rid = getattr(result, "id", None)
        self._after_change(str(rid) if rid else None)

    def _restore(self, revision_id: int) -> None:
        from model import edits

        stack = self._undo_stack()
        restore = getattr(stack, "restore", None)
        result = restore(revision_id) if restore is not None else edits.restore(self.window.database, revision_id)
        self.window.statusBar().showMessage(
            self.tr("Restored {id} as it was after that revision").format(id=result.id), 5000
        )
        self._after_change(str(result.id))

    def _save_note(self, text: str) -> None:
        from model import edits

        rid = self.window.current_record_id()
        if rid:
            edits.set_note(self.window.database, rid, text)
            self._show_record_extras()
            self.window.statusBar().showMessage(
                (self.tr("Note saved on {id}") if text.strip() else self.tr("Note removed from {id}")).format(id=rid)
            )

    def _focus_note(self) -> None:
        pane = self.window.record_pane
        pane.setCurrentIndex(0)
        pane.note.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_record_extras(self) -> None:
        """The note of the shown record, and its History when that tab is open.

        The note is read as the pane's record is (model.reads, no SQLAlchemy: the first screen does not wait
        for it); the history only when it is looked at.
        """
        from model.reads import queries

        pane = self.window.record_pane
        rid = self.window.current_record_id()
        db = self.window.database
        if rid is None or db is None:
            pane.note.set_note("", enabled=False)
        else:
            with db.reader() as conn:
                pane.note.set_note(queries.record_note(conn, rid), enabled=db.can_write)
        self._show_history()
        self._update_actions()

    def _show_history(self) -> None:
        pane = self.window.record_pane
        if pane.currentWidget() is not pane.history:
            return
        from model import edits  # here: the first screen never imports SQLAlchemy, which edits uses

        rid = self.window.current_record_id()
        db = self.window.database
        pane.history.show_revisions(rid, edits.history(db, rid) if rid and db is not None else [])

    # --- citing a selected passage -----------------------------------------------------------------------

    def _active_editor(self) -> RecordEditor | None:
        return self.editors[-1] if self.editors else None

    def cite_targets(self) -> list[CiteTarget]:
        """Where the selected passage can go: the open form's part, field or record; else the shown record."""
        editor = self._active_editor()
        if editor is not None:
            return editor.cite_targets()
        rid = self.window.current_record_id()
        if rid and self.window.database is not None and self.window.database.can_write:
            from gui.editing.editor_window import CiteTarget

            return [CiteTarget(f"{rid} (saved at once)", ())]
        return []

    def _selected_passage(self) -> dict[str, Any] | None:
        viewer = self.window.source_viewer
        cursor = viewer.text.textCursor()
        if viewer.source_id is None or not cursor.hasSelection():
            return None
        return passage_at(viewer.source_id, viewer.text.toPlainText(), cursor.selectionStart(), cursor.selectionEnd())

    def cite_selection(self, target: CiteTarget | None = None) -> bool:
        """Cite the passage selected in the source viewer for ``target`` (the first one offered)."""
        cite = self._selected_passage()
        targets = self.cite_targets()
        if cite is None or not targets:
            return False
        target = target or targets[0]
        editor = self._active_editor()
        if editor is not None:
            editor.add_citation(target, cite)
            self.window.statusBar().showMessage(self.tr("Cited for {target}").format(target=target.label), 5000)
            return True
        return self._cite_saved_record(cite)

    def _cite_saved_record(self, cite: dict[str, Any]) -> bool:
        """No form open: add the citation to the shown record and save it (one undo step)."""
        from model import edits

        rid = self.window.current_record_id()
        ed = self._load(rid) if rid else None
        if ed is None:
            return False
        form = dict(ed.form)
        form["citations"] = [*form.get("citations", []), cite]
        try:
            self.save(ed.kind, form, ed.version)
        except edits.Invalid as exc:
            self._say(
                self.tr("Not cited: {id} has problems to fix first ({problem})").format(
                    id=rid, problem=exc.problems[0].message
                )
            )
            return False
        except edits.Conflict as exc:
            self._say(
                self.tr("Not cited: {who} changed {id} meanwhile").format(who=exc.by or self.tr("someone"), id=rid)
            )
            return False
        self.window.statusBar().showMessage(self.tr("Cited for {target}").format(target=rid), 5000)
        return True

    def _source_menu(self, pos: Any) -> None:
        text = self.window.source_viewer.text
        menu = text.createStandardContextMenu(pos)
        if self._selected_passage() is not None:
            menu.addSeparator()
            for target in self.cite_targets():
                action = menu.addAction(self.tr("Cite for {target}").format(target=target.label))
                action.triggered.connect(lambda _c=False, t=target: self.cite_selection(t))
        menu.exec(text.viewport().mapToGlobal(pos))

    def _say(self, text: str) -> None:
        """A one-line message in the status bar (a refusal: nothing was changed)."""
        self.window.statusBar().showMessage(text, 15000)

    # --- closing -----------------------------------------------------------------------------------------

    def close_editors(self) -> bool:
        """Close every open form, each asking about unsaved changes; False when one was kept open."""
        return all(editor.close() for editor in list(self.editors))


def passage_at(source_id: str, text: str, start: int, end: int) -> dict[str, Any]:
    """A citation of ``text`` between two positions of Qt's document (counted in UTF-16 units, which differ
    from Python's characters after an emoji or a rare CJK character): the quote and its offsets."""
    units = text.encode("utf-16-le")
    first = len(units[: 2 * start].decode("utf-16-le", errors="ignore"))
    last = len(units[: 2 * end].decode("utf-16-le", errors="ignore"))
    return {"source": source_id, "quote": text[first:last], "start": first, "end": last}


def _read_source_file(path: Path) -> tuple[str, str]:
    from model.interchange.source_text import from_file

    found = from_file(path)
    return found.text, found.title


def install_editing(window: Any) -> EditingController:
    """Give the window its editing actions (the shell calls this once its panes exist)."""
    controller = EditingController(window)
    window.editing = controller
    return controller


def editor_windows(window: QWidget) -> list[RecordEditor]:
    """The record editors open over ``window``."""
    from gui.editing.editor_window import RecordEditor

    return [w for w in window.findChildren(RecordEditor) if w.isVisible()]
