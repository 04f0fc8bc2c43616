"""An exception anywhere in the interface is logged, shown with copyable details, and the app keeps working."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from gui import crash, crashlog
from model.store import schema
from model.store.database import Database
from model.store.faults import BUSY_ADVICE, DatabaseOpenError

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def handler(tmp_path: Path) -> Iterator[crash.CrashHandler]:
    h = crash.CrashHandler(folder=tmp_path / "log").install()
    yield h
    h.uninstall()
    if h.dialog is not None:
        h.dialog.close()


def _no_write_transaction_open(path: Path) -> bool:
    """Another connection can start writing at once: nobody holds a write transaction."""
    con = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")
        con.execute("ROLLBACK")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        con.close()


def _topic_count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM topic").fetchone()[0]
    finally:
        con.close()


def _add_topic(database: Database, tid: str, fail: bool) -> None:
    with database.transaction() as session:
        session.add(schema.Record(id=tid, type="topic", title=tid, origin="user", fingerprint=tid))
        session.add(schema.Topic(id=tid, label=tid))
        session.flush()
        if fail:
            raise RuntimeError(f"a bug while saving {tid}")


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_is_shown_logged_rolled_back_and_the_app_keeps_working(
    qtbot: QtBot, handler: crash.CrashHandler, empty_db: Database
) -> None:
    assert empty_db.path is not None
    failing, working = QPushButton("Save (buggy)"), QPushButton("Save")
    qtbot.addWidget(failing)
    qtbot.addWidget(working)
    failing.clicked.connect(lambda: _add_topic(empty_db, "broken", fail=True))
    working.clicked.connect(lambda: _add_topic(empty_db, "fine", fail=False))

    failing.click()

    dialog = handler.dialog
    assert dialog is not None and dialog.isVisible()
    assert "nothing half-done was saved" in dialog.heading.text()
    assert "RuntimeError: a bug while saving broken" in dialog.details_text()
    log = (handler.folder / crashlog.CRASH_LOG).read_text("utf-8")
    assert "a bug while saving broken" in log and "Traceback" in log
    assert str(handler.folder) in dialog.where.text()
    assert _no_write_transaction_open(empty_db.path), "the failed slot left no transaction open"
    assert _topic_count(empty_db.path) == 0, "its half-done write was rolled back"

    working.click()  # the app keeps working
    assert _topic_count(empty_db.path) == 1


@pytest.mark.qt_no_exception_capture
def test_details_can_be_shown_and_copied(qtbot: QtBot, handler: crash.CrashHandler) -> None:
    button = QPushButton("Boom")
    qtbot.addWidget(button)
    button.clicked.connect(lambda: 1 / 0)
    button.click()
    dialog = handler.dialog
    assert dialog is not None
    assert not dialog.details.isVisible()
    dialog.toggle_button.click()
    assert dialog.details.isVisible()
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "ZeroDivisionError" in copied and copied == dialog.details_text()


@pytest.mark.qt_no_exception_capture
def test_a_second_error_joins_the_open_dialog(qtbot: QtBot, handler: crash.CrashHandler) -> None:
    button = QPushButton("Boom")
    qtbot.addWidget(button)
    button.clicked.connect(lambda: [][1])
    button.click()
    first = handler.dialog
    button.click()
    assert handler.dialog is first and first is not None
    assert first.details_text().count("IndexError") == 2


def test_exception_in_a_background_thread_is_shown_on_the_gui_thread(qtbot: QtBot, handler: crash.CrashHandler) -> None:
    def work() -> None:
        raise ValueError("background work failed")

    thread = threading.Thread(target=work, name="exporter")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    assert handler.dialog is not None
    assert "thread exporter" in handler.dialog.details_text()
    assert "background work failed" in (handler.folder / crashlog.CRASH_LOG).read_text("utf-8")


@pytest.mark.qt_no_exception_capture
def test_a_database_fault_mid_use_is_shown_in_its_own_words(qtbot: QtBot, handler: crash.CrashHandler) -> None:
    def busy() -> None:
        raise DatabaseOpenError("busy", "summitry.sqlite3 is busy: another program is using it.", BUSY_ADVICE)

    button = QPushButton("Import")
    qtbot.addWidget(button)
    button.clicked.connect(busy)
    button.click()
    assert handler.dialog is not None
    assert "is busy" in handler.dialog.heading.text() and "try again" in handler.dialog.heading.text()


CRASHER = """
import sys
from pathlib import Path
from gui import crashlog
crashlog.enable_fault_log(Path(sys.argv[1]))
import faulthandler
faulthandler._sigsegv()
"""


def test_a_hard_crash_leaves_a_trace_the_next_start_offers_once(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "log"
    result = subprocess.run([sys.executable, "-c", CRASHER, str(folder)], cwd=ROOT, capture_output=True, timeout=60)
    assert result.returncode != 0

    dialog = crash.offer_fatal_trace(None, folder)

    assert dialog is not None
    qtbot.addWidget(dialog)
    assert "closed unexpectedly" in dialog.heading.text()
    assert "Fatal Python error" in dialog.details_text() and "Segmentation fault" in dialog.details_text()
    assert not (folder / crashlog.FATAL_LOG).exists() and list(folder.glob("fatal-*.log"))
    assert crash.offer_fatal_trace(None, folder) is None, "offered once, then archived"


def test_an_orderly_run_leaves_no_trace_to_offer(tmp_path: Path) -> None:
    folder = tmp_path / "log"
    assert crashlog.enable_fault_log(folder) == folder / crashlog.FATAL_LOG
    crashlog.disable_fault_log()
    assert crashlog.take_fatal_trace(folder) is None


def test_logs_go_to_the_users_log_directory(tmp_path: Path) -> None:
    try:
        raise OSError("disk on fire")
    except OSError as exc:
        report = crashlog.describe(type(exc), exc, exc.__traceback__)
    path = crashlog.write_report(report)
    assert path is not None and path.parent == crashlog.log_dir() and "Summitry" in str(path)
    assert "disk on fire" in path.read_text("utf-8")


def test_the_command_line_never_shows_a_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from gui import cli
    from model.cli import commands

    def explode(*_args: object) -> int:
        raise RuntimeError("unexpected bug")

    monkeypatch.setattr(commands, "run", explode)
    code = cli.main(["--database", str(tmp_path / "x.sqlite3"), "db", "check"])
    out, err = capsys.readouterr()
    assert code == 70 and "Traceback" not in out + err
    assert "unexpected error" in err and str(crashlog.log_dir()) in err
    assert "unexpected bug" in (crashlog.log_dir() / crashlog.CRASH_LOG).read_text("utf-8")


def test_an_unexpected_error_about_a_name_that_is_not_utf8_is_still_logged(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from gui import cli
    from model.cli import commands

    def explode(*_args: object) -> int:
        raise RuntimeError("cannot handle m\udcff.json")  # a byte of a file name that is not UTF-8 (PEP 383)

    monkeypatch.setattr(commands, "run", explode)
    code = cli.main(["--database", str(tmp_path / "x.sqlite3"), "import", "m\udcff.json"])
    out, err = capsys.readouterr()
    assert code == 70 and "Traceback" not in out + err
    assert "cannot handle m\\xff.json" in err and str(crashlog.log_dir()) in err
    assert "cannot handle m\\udcff.json" in (crashlog.log_dir() / crashlog.CRASH_LOG).read_text("utf-8")
