"""Start-up when things are wrong: a damaged database, damaged settings, a lost monitor, a second instance."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

import gui.app
from gui import settings as settings_mod
from gui.dialogs.open_error_dialog import Choice
from gui.geometry import is_on_a_screen
from model.store import backup, backup_set, engine, files
from model.store import opening as db
from tests.gui.answering import answering
from tests.gui.conftest import click_tree_row
from tests.model.faults import damage_middle, damage_table
from tests.model.generated import forum_with_meetings, write

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def damaged_with_backup(bundled_db: db.Database) -> Path:
    assert bundled_db.path is not None
    backup.auto_backup(bundled_db, "auto")
    bundled_db.close()
    damage_middle(bundled_db.path)
    return bundled_db.path


def test_a_damaged_database_at_start_is_restored_from_the_dialog(qtbot: QtBot, damaged_with_backup: Path) -> None:
    with answering(Choice.RESTORE) as answers:
        _app, window = gui.app.start_app(str(damaged_with_backup))
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.database is not None, timeout=30000)
    assert "damaged" in answers.texts[0]
    assert "kept as" in window.statusBar().currentMessage()
    assert window.current_record_id() is not None
    window.close()


@pytest.fixture
def large_and_damaged(bundled_db: db.Database, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], Path]:
    """A database with a verified backup, larger than the check at open: damage is found when it is read."""
    assert bundled_db.path is not None
    backup.auto_backup(bundled_db, "auto")
    bundled_db.close()
    monkeypatch.setattr(files, "QUICK_CHECK_MAX_BYTES", 0)
    path = bundled_db.path

    def damage(table: str) -> Path:
        damage_table(path, table)
        return path

    return damage


def _crash_dialogs() -> list[QWidget]:
    from gui.crash import CrashDialog

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()]


def test_damage_in_a_large_file_met_at_start_gets_the_damage_dialog(
    qtbot: QtBot, large_and_damaged: Callable[[str], Path]
) -> None:
    path = large_and_damaged("citation")  # read by the first screen
    with answering(Choice.RESTORE) as answers:
        _app, window = gui.app.start_app(str(path))
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.database is not None, timeout=30000)
    assert answers.texts and "damaged" in answers.texts[0]
    assert "kept as" in window.statusBar().currentMessage()
    assert window.current_record_id() is not None and not _crash_dialogs()
    window.close()


def test_damage_in_a_large_file_met_while_browsing_gets_the_damage_dialog(
    qtbot: QtBot, large_and_damaged: Callable[[str], Path]
) -> None:
    path = large_and_damaged("agenda_item")  # read only when a meeting is opened
    _app, window = gui.app.start_app(str(path))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.database is not None and window.current_record_id() is not None, timeout=30000)
    with answering(Choice.RESTORE) as answers:
        click_tree_row(qtbot, window, "arf-23")  # its agenda is on the damaged page
        qtbot.waitUntil(lambda: bool(answers.seen) and window.database is not None, timeout=30000)
    assert "damaged" in answers.texts[0] and not _crash_dialogs()
    assert "kept as" in window.statusBar().currentMessage()
    assert [p for p in path.parent.iterdir() if ".damaged-" in p.name]
    click_tree_row(qtbot, window, "arf-23")
    qtbot.waitUntil(lambda: window.current_record_id() == "arf-23", timeout=30000)
    assert window.database.damage is None
    window.close()


def test_quit_from_the_open_error_dialog_closes_the_window(qtbot: QtBot, damaged_with_backup: Path) -> None:
    before = damaged_with_backup.read_bytes()
    with answering(Choice.QUIT):
        _app, window = gui.app.start_app(str(damaged_with_backup))
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=30000)
    assert window.database is None and damaged_with_backup.read_bytes() == before


def test_damaged_settings_fall_back_to_defaults_and_the_user_is_told(qtbot: QtBot, db_path: Path) -> None:
    path = settings_mod.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"[window\ngeometry=zz\n=\n\n\xff\xfe\x00garbage")
    _app, window = gui.app.start_app(str(db_path))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.database is not None, timeout=30000)
    assert "started with its defaults" in window.statusBar().currentMessage()
    assert list(path.parent.glob("summitry.ini.damaged-*"))
    window.close()


def test_a_window_saved_on_a_monitor_that_is_gone_opens_on_screen(qtbot: QtBot, tmp_path: Path) -> None:
    from gui.main_window import MainWindow

    far = QMainWindow()
    qtbot.addWidget(far)
    far.setGeometry(-8000, -8000, 900, 700)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("window/geometry", far.saveGeometry())
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert is_on_a_screen(window.frameGeometry())


HOLD = """
import sys
from model.store import instance_lock
from model.store import location as db
lock = instance_lock.acquire(db.data_dir(), instance_lock.lock_key(db.resolve_target(sys.argv[1])))
print("held", flush=True)
sys.stdin.readline()
"""


def test_a_second_start_that_cannot_hand_over_says_who_has_the_database(qtbot: QtBot, db_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db_path)], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    said: list[str] = []

    def read_and_close() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QMessageBox) and w.isVisible():
                said.append(w.text() + " " + w.informativeText())
                w.accept()

    timer = QTimer()
    timer.timeout.connect(read_and_close)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        timer.start(20)
        assert gui.app.run_app(str(db_path)) == 1
    finally:
        timer.stop()
        holder.communicate("\n", timeout=30)
    assert said and f"process {holder.pid}" in said[0] and "Close it first" in said[0]
    assert "CrashHandler" not in repr(sys.excepthook), "run_app leaves the process as it found it"


def test_an_import_from_the_window_takes_a_verified_backup_first(qtbot: QtBot, window: Any, tmp_path: Path) -> None:
    from gui.dialogs.import_dialog import import_files

    data = write(tmp_path / "new.json", forum_with_meetings("genf", 3))
    dialog = import_files(window, [data])
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.done_text is not None, timeout=30000)
    dialog.wait()
    assert "4 added" in (dialog.done_text or "")
    (taken,) = backup_set.backups_of(window.database.path)
    assert taken.label == "before-import"
    backup.verify(taken.path)
    dialog.close()


def test_an_import_into_a_busy_database_says_try_again(
    qtbot: QtBot, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gui.dialogs.import_dialog import import_files

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)
    data = write(tmp_path / "new.json", forum_with_meetings("genf", 3))
    other = sqlite3.connect(window.database.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program in the middle of a write
    try:
        dialog = import_files(window, [data])
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.done_text is not None, timeout=30000)
        dialog.wait()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "busy" in (dialog.done_text or "") and "try again" in (dialog.done_text or "")
    dialog.close()
