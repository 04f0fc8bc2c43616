"""Curating in the window, driven as a person does: keys, menu items and buttons (issue 15)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from gui.editing.editor_window import RecordEditor
from tests.gui.answering import dismissing
from tests.gui.conftest import click_tree_row
from tests.gui.menus import choose_in, menu_action

PRESS = (
    "VIENTIANE, 2 June 2026 - The Ministry of Foreign Affairs announces that the 12th ASEAN Regional Forum "
    "Senior Officials' Meeting will be held in Vientiane on 12 June 2026.\n\n"
    "Officials will discuss maritime security and counter-terrorism cooperation. The meeting is expected to "
    "adopt a Vientiane Statement on Maritime Cooperation."
)


def _editor(window: Any) -> RecordEditor:
    editors = window.editing.editors
    assert editors, "a record form is open"
    return editors[-1]


def _type(qtbot: Any, form: Any, name: str, text: str) -> None:
    """Type into a field of a form (a record's, or the form of the part selected in a list)."""
    widget: QWidget = form.editors[name]
    target = getattr(widget, "edit", widget)  # the date field's line
    target.setFocus()
    qtbot.keyClicks(target, text)


def _save(qtbot: Any, editor: RecordEditor) -> None:
    assert editor.save_button.isEnabled(), editor.form.form()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)


def _pane(window: Any) -> str:
    return str(window.detail.toPlainText())


def _new_source(qtbot: Any, window: Any) -> RecordEditor:
    """File ▸ New Source…: paste a press release, name it, save; it opens in the source viewer."""
    menu_action(qtbot, window, "File", "New Source…").trigger()
    editor = _editor(window)
    assert editor.kind == "source"
    text = editor.form.editors["text"]
    text.setFocus()
    QApplication.clipboard().setText(PRESS)
    qtbot.keyClick(text, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    _type(qtbot, editor.form, "title", "Press release: 12th ARF SOM")
    _type(qtbot, editor.form, "publisher", "Lao Ministry of Foreign Affairs")
    _type(qtbot, editor.form, "date", "2026-06-02")
    _type(qtbot, editor.form, "languages", "en")
    assert editor.form.form()["id"] == "press-release-12th-arf-som"
    _save(qtbot, editor)
    return editor


def _select_in_source(window: Any, words: str) -> None:
    """Select ``words`` in the source viewer, as a drag over them would."""
    text = window.source_viewer.text
    start = text.toPlainText().index(words)
    cursor = QTextCursor(text.document())
    cursor.setPosition(start)
    cursor.setPosition(start + len(words), QTextCursor.MoveMode.KeepAnchor)
    text.setTextCursor(cursor)


def test_new_source_from_pasted_text_opens_in_the_source_viewer(qtbot: Any, window: Any) -> None:
    _new_source(qtbot, window)
    assert window.source_dock.isVisible()
    assert window.source_viewer.source_id == "press-release-12th-arf-som"
    assert window.source_viewer.text.toPlainText() == PRESS
    assert not window.editing.editors, "Save closes the form"


def test_ctrl_n_starts_a_meeting_in_the_selected_forum_and_saves_it(qtbot: Any, window: Any) -> None:
    click_tree_row(qtbot, window, "arf")
    qtbot.keyClick(window.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = _editor(window)
    assert editor.kind == "meeting" and editor.form.form()["forum"] == "arf"
    assert not editor.save_button.isEnabled(), "a meeting needs a title"
    assert "title" in editor.form.problem_text("title")
    _type(qtbot, editor.form, "title", "12th ARF Senior Officials' Meeting")
    _type(qtbot, editor.form, "date", "2026-06-12")
    assert editor.form.editors["date"].hint.text() == "12 Jun 2026"  # type: ignore[attr-defined]
    _type(qtbot, editor.form, "city", "Vientiane")
    choose_in(qtbot, editor.form.editors["status"], "scheduled")  # type: ignore[arg-type]
    _save(qtbot, editor)
    rid = "12th-arf-senior-officials-meeting"
    assert window.current_record_id() == rid
    assert "12th ARF Senior Officials' Meeting" in _pane(window)
    assert "uncited" in _pane(window)
    assert window.tree_model.index_for_id(rid).isValid(), "the tree shows the new meeting"
    assert menu_action(qtbot, window, "Edit", "Undo New 12th ARF Senior Officials' Meeting").isEnabled()


def test_an_impossible_date_is_shown_beside_its_field_and_blocks_save(qtbot: Any, window: Any) -> None:
    click_tree_row(qtbot, window, "arf")
    menu_action(qtbot, window, "File", "New", "Meeting…").trigger()
    editor = _editor(window)
    _type(qtbot, editor.form, "title", "A meeting")
    _type(qtbot, editor.form, "date", "2016-02-30")
    assert "names a day that does not exist" in editor.form.editors["date"].hint.text()  # type: ignore[attr-defined]
    assert editor.form.problem_text("date") == "", "said once, by the date field itself"
    assert not editor.save_button.isEnabled()
    with dismissing(**{"Unsaved changes": _answer(QMessageBox.StandardButton.Discard)}):
        editor.close()
    assert window.database is not None and window.tree_model.index_for_id("a-meeting").isValid() is False


def _answer(button: QMessageBox.StandardButton) -> Any:
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        dialog.button(button).click()

    return answer


def _click_named(name: str) -> Any:
    def answer(dialog: QWidget) -> None:
        found = dialog.findChild(QPushButton, name)
        assert found is not None, name
        found.click()

    return answer


def test_f2_corrects_the_status_and_undo_redo_name_the_step(qtbot: Any, window: Any) -> None:
    click_tree_row(qtbot, window, "arf-23")
    before = _pane(window)
    qtbot.keyClick(window.tree, Qt.Key.Key_F2)
    editor = _editor(window)
    assert editor.version is not None and editor.form.form()["id"] == "arf-23"
    choose_in(qtbot, editor.form.editors["status"], "postponed")  # type: ignore[arg-type]
    _save(qtbot, editor)
    assert "Postponed" in _pane(window)
    undo = window.editing.action_undo
    assert undo.text() == "Undo Edit 23rd ASEAN Regional Forum" and undo.isEnabled()
    qtbot.keyClick(window.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # The record reads as before; only the line saying who changed it last is new (the undo is a change too).
    after_undo = _pane(window).splitlines()
    changed = [line for line in after_undo if line.startswith("Last changed by ")]
    assert len(changed) == 1
    assert [line for line in after_undo if line not in changed] == before.splitlines()
    redo = window.editing.action_redo
    assert redo.isEnabled() and redo.text() == "Redo Edit 23rd ASEAN Regional Forum"
    qtbot.keyClick(window.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "Postponed" in _pane(window)


def test_history_tab_lists_the_revisions_and_restores_one(qtbot: Any, window: Any) -> None:
    click_tree_row(qtbot, window, "arf-23")
    for status in ("postponed", "cancelled"):
        qtbot.keyClick(window.tree, Qt.Key.Key_F2)
        editor = _editor(window)
        choose_in(qtbot, editor.form.editors["status"], status)  # type: ignore[arg-type]
        _save(qtbot, editor)
    history = window.record_pane.history
    window.record_pane.setCurrentWidget(history)
    rows = history.revision_rows()
    assert len(rows) == 2 and all(r[2] == "edit" and "status" in r[3] for r in rows)
    older = history.tree.topLevelItem(1)
    history.tree.setCurrentItem(older)
    qtbot.mouseClick(history.restore_button, Qt.MouseButton.LeftButton)
    assert "Postponed" in _pane(window)
    assert len(history.revision_rows()) == 3


def test_a_private_note_is_saved_and_shown_again(qtbot: Any, window: Any) -> None:
    click_tree_row(qtbot, window, "arf-23")
    note = window.record_pane.note
    note.edit.setFocus()
    qtbot.keyClicks(note.edit, "Ask the Lao desk about the venue.")
    qtbot.mouseClick(note.save_button, Qt.MouseButton.LeftButton)
    click_tree_row(qtbot, window, "arf")
    assert note.edit.toPlainText() == ""
    click_tree_row(qtbot, window, "arf-23")
    assert note.edit.toPlainText() == "Ask the Lao desk about the venue."


def test_delete_asks_about_outcomes_and_keeps_them_detached(qtbot: Any, window: Any) -> None:
    from model import edits

    click_tree_row(qtbot, window, "arf-23")
    outcomes = [d.id for d in edits.dependents(window.database, "arf-23") if d.kind == "outcome"]
    assert outcomes
    with dismissing(**{"Delete record": _click_named("detachDependents")}) as seen:
        qtbot.keyClick(window.tree, Qt.Key.Key_Delete)
    assert seen.seen == [("QMessageBox", "Delete record")]
    assert not window.tree_model.index_for_id("arf-23").isValid()
    for oid in outcomes:
        kept = edits.load(window.database, oid)
        assert kept is not None and "meeting" not in kept.form
    menu_action(qtbot, window, "Edit", "Undo Delete 23rd ASEAN Regional Forum").trigger()
    assert window.statusBar().currentMessage() == "Done: Undo Delete 23rd ASEAN Regional Forum"
    assert window.tree_model.index_for_id("arf-23").isValid(), "undo brings the meeting back"


def test_cite_selection_for_the_agenda_item_being_edited(qtbot: Any, window: Any) -> None:
    _new_source(qtbot, window)
    click_tree_row(qtbot, window, "arf")
    qtbot.keyClick(window.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = _editor(window)
    _type(qtbot, editor.form, "title", "12th ARF Senior Officials' Meeting")
    _type(qtbot, editor.form, "date", "2026-06-12")
    _select_in_source(window, "will be held in Vientiane on 12 June 2026")
    cite = window.editing.action_cite
    assert cite.isEnabled() and cite.text() == "&Cite Selection for date of the meeting"
    cite.trigger()
    agenda = editor.form.editors["agenda"]
    qtbot.mouseClick(agenda.add_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    _type(qtbot, agenda.item_form, "title", "Maritime security")  # type: ignore[attr-defined]
    agenda.list.setFocus()  # type: ignore[attr-defined]
    _select_in_source(window, "maritime security")
    assert "agenda item 1 “Maritime security”" in cite.text()
    cite.trigger()
    form = editor.form.form()
    source = "press-release-12th-arf-som"
    held = "will be held in Vientiane on 12 June 2026"
    start = PRESS.index(held)
    assert form["citations"] == [
        {"source": source, "quote": held, "start": start, "end": start + len(held), "note": "date"}
    ]
    start = PRESS.index("maritime security")
    assert form["agenda"][0]["citations"] == [
        {"source": source, "quote": "maritime security", "start": start, "end": start + len("maritime security")}
    ]
    _save(qtbot, editor)
    pane = _pane(window)
    assert "“will be held in Vientiane on 12 June 2026”" in pane and "“maritime security”" in pane
    assert "uncited" not in pane


def test_cite_selection_with_no_form_open_saves_at_once(qtbot: Any, window: Any) -> None:
    _new_source(qtbot, window)
    click_tree_row(qtbot, window, "arf-23")
    _select_in_source(window, "Officials will discuss maritime security")
    window.editing.action_cite.trigger()
    assert window.statusBar().currentMessage() == "Cited for arf-23"
    assert "“Officials will discuss maritime security”" in _pane(window)


def test_a_save_over_a_change_made_meanwhile_is_refused_and_shows_it(qtbot: Any, window: Any) -> None:
    from model import edits

    click_tree_row(qtbot, window, "arf-23")
    qtbot.keyClick(window.tree, Qt.Key.Key_F2)
    editor = _editor(window)
    theirs = edits.load(window.database, "arf-23")
    assert theirs is not None
    edits.save(window.database, "meeting", dict(theirs.form, city="Kuala Lumpur"), expected_version=theirs.version)
    choose_in(qtbot, editor.form.editors["status"], "postponed")  # type: ignore[arg-type]
    with dismissing(**{"Changed meanwhile": lambda d: d.close()}) as seen:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(seen.seen))
    assert "Kuala Lumpur" in editor.conflict_box.detailedText()
    now = edits.load(window.database, "arf-23")
    assert now is not None and now.form["city"] == "Kuala Lumpur" and now.form.get("status") != "postponed"
    assert editor.isVisible(), "the form stays open with the person's changes"


def test_closing_a_form_with_unsaved_changes_asks(qtbot: Any, window: Any) -> None:
    click_tree_row(qtbot, window, "arf-23")
    qtbot.keyClick(window.tree, Qt.Key.Key_F2)
    editor = _editor(window)
    _type(qtbot, editor.form, "city", " (old town)")
    with dismissing(**{"Unsaved changes": _answer(QMessageBox.StandardButton.Cancel)}) as seen:
        window.close()
    assert seen.seen == [("QMessageBox", "Unsaved changes")]
    assert editor.isVisible() and window.isVisible(), "Cancel keeps both open"
    with dismissing(**{"Unsaved changes": _answer(QMessageBox.StandardButton.Discard)}):
        editor.close()
    assert not window.editing.editors
