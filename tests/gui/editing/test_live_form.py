"""A record open in a form that someone else changes or deletes meanwhile: the form says so at once (issue 16).

Another process changes the record (``model.edits`` run by another Python, as another analyst on a server);
the window's change feed reports it and the form's bar names the author at once, before any Save. Save is
still refused by the Conflict rule; Reload shows their version. A reader is offered no editing action at all.
"""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from PySide6.QtCore import Qt

from gui.editing.editor_window import RecordEditor
from tests.backends import TestBackend
from tests.gui.answering import dismissing
from tests.gui.conftest import click_tree_row
from tests.gui.menus import choose_in, menu_action
from tests.gui.test_live_updates import ROOT, WAIT_MS, _another_analyst

pytestmark = pytest.mark.both_backends

_ELSEWHERE = """
import sys
from model import edits
from model.store.opening import open_database

database = open_database(sys.argv[1])
ed = edits.load(database, "arf-23")
if sys.argv[2] == "delete":
    edits.delete(database, "arf-23", ed.version, dependents="detach")
else:
    edits.save(database, ed.kind, {**ed.form, "city": "Luang Prabang"}, ed.version)  # by whoever runs it
database.close()
"""


def _open_form(qtbot: Any, window: Any) -> RecordEditor:
    click_tree_row(qtbot, window, "arf-23")
    qtbot.keyClick(window.tree, Qt.Key.Key_F2)
    editor: RecordEditor = window.editing.editors[-1]
    assert editor.form.form()["id"] == "arf-23" and editor.form.form().get("city") != "Luang Prabang"
    return editor


def _elsewhere(qtbot: Any, target: str, what: str, until: Any) -> None:
    """Change (or delete) arf-23 in another process and wait until the window shows ``until``."""
    done = subprocess.Popen(
        [sys.executable, "-c", _ELSEWHERE, target, what], cwd=ROOT, stderr=subprocess.PIPE, text=True
    )
    try:
        qtbot.waitUntil(until, timeout=WAIT_MS)
    finally:
        _out, err = done.communicate(timeout=60)
    assert done.returncode == 0, err


def test_a_form_with_edits_is_told_at_once_keeps_them_refuses_save_and_reloads(
    qtbot: Any, window: Any, backend: TestBackend, db_target: str
) -> None:
    from model import edits

    editor = _open_form(qtbot, window)
    choose_in(qtbot, editor.form.editors["status"], "postponed")  # type: ignore[arg-type]
    bar = editor.changed_bar
    assert not bar.isVisible()
    with _another_analyst(backend, db_target, qtbot, window) as (target, author):
        _elsewhere(qtbot, target, "edit", lambda: bar.isVisible())
        words = bar.label.text()
        assert words.startswith(f"{author} changed this meeting at ") and "your edits are kept" in words
        assert bar.show_theirs.isVisible() and bar.reload.isVisible()
        assert editor.form.form()["status"] == "postponed", "the person's edits are kept"

        with dismissing(**{"Changed meanwhile": lambda d: d.close()}) as seen:
            qtbot.mouseClick(bar.show_theirs, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: bool(seen.seen))
        assert "Luang Prabang" in editor.conflict_box.detailedText()

        with dismissing(**{"Changed meanwhile": lambda d: d.close()}) as seen:
            qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: bool(seen.seen))
        now = edits.load(window.database, "arf-23")
        assert now.form["city"] == "Luang Prabang" and now.form.get("status") != "postponed", "nothing overwritten"
        assert editor.isVisible() and editor.form.form()["status"] == "postponed"

        qtbot.mouseClick(bar.reload, Qt.MouseButton.LeftButton)
        assert editor.form.form()["city"] == "Luang Prabang" and editor.form.form().get("status") != "postponed"
        assert not editor.is_dirty() and "discarded" in bar.label.text() and not bar.reload.isVisible()


def test_a_form_without_edits_simply_shows_the_new_version_and_says_so(
    qtbot: Any, window: Any, backend: TestBackend, db_target: str
) -> None:
    editor = _open_form(qtbot, window)
    with _another_analyst(backend, db_target, qtbot, window) as (target, author):
        _elsewhere(qtbot, target, "edit", lambda: editor.form.form().get("city") == "Luang Prabang")
    assert editor.changed_bar.isVisible()
    assert editor.changed_bar.label.text().startswith(f"{author} changed this meeting at ")
    assert "you had no edits" in editor.changed_bar.label.text()
    assert not editor.is_dirty() and "*" not in editor.windowTitle()


def test_a_form_whose_record_is_deleted_elsewhere_says_so_and_keeps_the_edits(
    qtbot: Any, window: Any, backend: TestBackend, db_target: str
) -> None:
    from model import edits

    editor = _open_form(qtbot, window)
    choose_in(qtbot, editor.form.editors["status"], "postponed")  # type: ignore[arg-type]
    with _another_analyst(backend, db_target, qtbot, window) as (target, author):
        _elsewhere(qtbot, target, "delete", lambda: editor.changed_bar.isVisible())
        assert editor.changed_bar.label.text().startswith(f"{author} deleted this meeting at ")
        assert editor.form.form()["status"] == "postponed"
        with dismissing(**{"Changed meanwhile": lambda d: d.close()}) as seen:
            qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: bool(seen.seen))
        with pytest.raises(KeyError):
            edits.load(window.database, "arf-23")  # the deletion stands: Save did not bring it back


def test_a_reader_is_offered_no_editing_action(qtbot: Any, server: TestBackend) -> None:
    import gui.app
    from model.store import roles
    from model.store.database import READER_WORDS
    from tests import postgres

    url = server.new_target("bundled")
    with postgres.analysts(server, "carol") as people:
        roles.grant(url, "reader", people["carol"].user)
        _app, window = gui.app.start_app(people["carol"].url(url))
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.database is not None, timeout=30000)
        qtbot.waitUntil(lambda: READER_WORDS in window.statusBar().currentMessage(), timeout=30000)
        click_tree_row(qtbot, window, "arf-23")
        for path in (
            ("File", "New", "Meeting…"),
            ("File", "New Source…"),
            ("Edit", "Edit Record…"),
            ("Edit", "Delete Record…"),
            ("Edit", "Edit Note"),
            ("Edit", "Cite Selection"),
            ("Edit", "Undo"),
            ("Edit", "Redo"),
        ):
            assert not menu_action(qtbot, window, *path).isEnabled(), path
        qtbot.keyClick(window.tree, Qt.Key.Key_F2)
        assert not window.editing.editors, "F2 opens no form for a reader"
        window.close()
