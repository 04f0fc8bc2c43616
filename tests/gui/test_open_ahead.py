"""A server archive opens on a worker while the window is made (gui.open_ahead): the window shows the archive
opened ahead, a refusal met ahead gets the same words and dialog as one met by the window, an archive opened
ahead and not taken holds no connection, and a file's start opens nothing ahead."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

from sqlalchemy.engine import make_url

import gui.app
from gui.open_ahead import open_ahead
from tests import postgres
from tests.backends import TestBackend
from tests.gui.scripted import always, script


def test_the_window_shows_the_archive_opened_ahead_without_opening_it_again(
    qtbot: Any, server: TestBackend, monkeypatch: Any
) -> None:
    from gui.dialogs import open_error_dialog

    url = server.new_target("bundled")
    opened_again: list[str] = []
    real = open_error_dialog.open_and_load
    monkeypatch.setattr(open_error_dialog, "open_and_load", lambda target: opened_again.append(target) or real(target))
    ahead = open_ahead(url)
    assert ahead is not None
    _app, window = gui.app.start_app(url, ahead=ahead)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.database is not None and window.current_record_id() == "asean", timeout=30000)
    assert window.tree_model.rowCount() >= 5
    assert opened_again == []  # the window took the archive opened ahead: one open, not two
    window.close()


def test_a_refusal_met_ahead_gets_the_windows_own_words_and_dialog(qtbot: Any, server: TestBackend) -> None:
    from gui.dialogs.open_error_dialog import Choice, OpenErrorDialog

    url = server.new_target("bundled")
    missing = url.replace(str(make_url(url).database), "no_such_archive", 1)
    shown: list[str] = []

    def read_and_quit(dialog: OpenErrorDialog) -> None:
        shown.append(dialog.message.text())
        dialog.buttons[Choice.QUIT].click()

    ahead = open_ahead(missing)
    assert ahead is not None
    with script((OpenErrorDialog, always, read_and_quit)):
        _app, window = gui.app.start_app(missing, ahead=ahead)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    assert "/no_such_archive" in shown[0] and "has no such database" in shown[0] and "createdb" in shown[0]
    assert "damaged" not in shown[0]


def test_an_archive_opened_ahead_and_not_taken_holds_no_connection(server: TestBackend) -> None:
    url = server.new_target("bundled")
    other = server.new_target("bundled")
    ahead = open_ahead(url)
    assert ahead is not None
    ahead._thread.join()  # opened, and waiting to be taken
    assert postgres.connections_to(url) >= 1
    fallback: list[str] = []
    opener = ahead.opener(lambda target: fallback.append(target))  # type: ignore[arg-type,func-returns-value]
    opener(other)  # the window opens another archive: that one is opened as usual, this one given up
    assert fallback == [other]
    assert postgres.connections_to(url, 0) == 0


def test_an_archive_still_opening_when_given_up_is_closed_once_it_has_opened(server: TestBackend) -> None:
    url = server.new_target("bundled")
    ahead = open_ahead(url)
    assert ahead is not None
    ahead.discard()  # at once: the worker is most likely still importing the driver or connecting
    ahead._thread.join()
    assert postgres.connections_to(url, 0) == 0


def test_a_files_start_opens_nothing_ahead_and_loads_no_server_driver() -> None:
    code = (
        "import sys; from gui.open_ahead import open_ahead; "
        "print(open_ahead('/tmp/archive.sqlite3'), open_ahead(None), 'psycopg' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=".")
    assert out.stdout.split() == ["None", "None", "False"]


_RUN_APP = """
import sys
import gui.app
from gui.dialogs import open_error_dialog
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])  # run_app takes this one
opened_again = []
real = open_error_dialog.open_and_load
open_error_dialog.open_and_load = lambda target: opened_again.append(target) or real(target)
def check():
    windows = [w for w in QApplication.topLevelWidgets() if hasattr(w, 'tree_model') and w.isVisible()]
    if not windows or windows[0].database is None or windows[0].tree_model is None:
        QTimer.singleShot(10, check)
        return
    quick = getattr(sys.modules['PySide6.support.feature']._mod_uses_pyside, 'summitry', False)
    print(len(opened_again), windows[0].tree_model.rowCount() >= 5, quick)
    app.quit()
QTimer.singleShot(10, check)
QTimer.singleShot(30000, app.quit)
sys.exit(gui.app.run_app(sys.argv[1]))
"""


def test_the_app_started_on_a_server_archive_opens_it_once_ahead(server: TestBackend) -> None:
    # What `summitry --database postgresql+psycopg://…` runs: the archive is opened ahead, and the window takes it
    # (and PySide6's check of each new module is the quick one: gui.app.quicken_import_hook).
    out = subprocess.run(
        [sys.executable, "-c", _RUN_APP, server.new_target("bundled")],
        capture_output=True,
        text=True,
        check=False,  # its exit code says whether a database was open at the end; the window's words are below
        cwd=".",
        timeout=120,
    )
    assert out.stdout.split() == ["0", "True", "True"], out.stderr[-2000:]
