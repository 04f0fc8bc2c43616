"""A session with a password, on the command line and in the window (typed at the prompt), leaves it in no file
Summitry wrote: the settings, the recent servers, the crash log (after an unexpected error), a backup (which
records whose archive it is), an export, nothing else."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.engine import make_url

import gui.app
from gui import cli, crash, crashlog, settings
from gui.dialogs.server_connect import ConnectServerDialog
from gui.dialogs.server_login import PasswordPrompt, forget_all
from gui.main_window import MainWindow
from model.cli import commands
from tests.backends import TestBackend
from tests.gui.menus import menu_action
from tests.gui.scripted import always, fill_address, script
from tests.model.datafiles import run
from tests.postgres import grant, password_login


@pytest.mark.qt_no_exception_capture
def test_no_file_summitry_writes_holds_the_password(
    qtbot: Any, server: TestBackend, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    home = Path(os.environ["HOME"])
    forget_all()
    with password_login(server) as login:
        url = server.new_target("bundled")
        grant(url, login.user, tables=True)
        parts = make_url(url)
        shown = (
            f"postgresql+psycopg://{login.user}@/{parts.database}?host={parts.query['host']}"  # as the dialog writes it
        )
        with_password = login.url(url)

        # the command line, the password in the URL; then a bug whose words hold that URL
        exported = home / "Documents" / "arf.json"
        exported.parent.mkdir()
        for args in (
            ("show", "arf-23"),
            ("db", "path"),
            ("db", "check"),
            ("export", "-o", str(exported), "--id", "arf-23"),
            ("db", "backup"),  # a verified SQLite snapshot in the data folder's backups, which records whose it is
        ):
            code, _out, err = run(capsys, with_password, *args)
            assert code == 0, (args, err)

        def fails(*_args: object) -> int:
            raise RuntimeError(f"a bug while reading {with_password}")

        with monkeypatch.context() as patched:
            patched.setitem(commands.HANDLERS, "show", fails)
            assert cli.main(["--database", with_password, "show", "arf-23"]) == 70
        capsys.readouterr()

        # the window: File ▸ Connect to a Server…, the password typed at the prompt; then a bug in the window
        def buggy_go_to_id(window: MainWindow) -> None:
            database = window.database
            raise RuntimeError(f"a bug while going to a record of {database.target if database else ''}")

        monkeypatch.setattr(MainWindow, "go_to_id", buggy_go_to_id)
        handler = crash.CrashHandler().install()
        _app, window = gui.app.start_app(server.new_target("bundled"))
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.database is not None, timeout=30000)

        def type_password(prompt: PasswordPrompt) -> None:
            qtbot.keyClicks(prompt.password, login.password)
            prompt.remember.click()  # kept in memory for this session: still never written
            qtbot.mouseClick(prompt.connect_button, Qt.MouseButton.LeftButton)

        def connect(dialog: ConnectServerDialog) -> None:
            fill_address(qtbot, dialog, str(parts.query["host"]), str(parts.database), login.user)
            qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)

        with script((ConnectServerDialog, always, connect), (PasswordPrompt, always, type_password)):
            menu_action(qtbot, window, "File", "Connect to a Server…").trigger()
            qtbot.waitUntil(lambda: window.database_label.text() == shown, timeout=30000)
        menu_action(qtbot, window, "Go", "Go to Record Id…").trigger()
        assert handler.dialog is not None and "a bug while going to a record" in handler.dialog.details_text()
        texts = [handler.dialog.details_text(), window.windowTitle(), window.statusBar().currentMessage()]
        handler.dialog.close()
        handler.uninstall()
        window.close()
        window.close_database()
        forget_all()

        written = [path for path in home.rglob("*") if path.is_file()]
        crash_log = crashlog.log_dir() / crashlog.CRASH_LOG
        assert settings.settings_path() in written and crash_log in written, written  # the grep below sees them
        assert any(path.parent.name == "backups" and path.suffix == ".sqlite3" for path in written), written
        assert shown in settings.settings_path().read_text("utf-8")  # the recent servers: without the password
        assert "a bug while reading postgresql+psycopg://" in crash_log.read_text("utf-8")
        assert f"a bug while going to a record of {shown}" in crash_log.read_text("utf-8")
        for text in texts:
            assert login.password not in text
        for path in written:
            assert login.password.encode() not in path.read_bytes(), path
