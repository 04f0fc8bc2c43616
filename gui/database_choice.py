"""Which database the window shows: File ▸ Open Database…, File ▸ New Database…, and the one remembered.

The database chosen in the window is remembered in the settings and opened again at the next start,
unless ``--database`` or ``$SUMMITRY_DATABASE`` names another. A remembered file that has gone (deleted,
moved, on a drive no longer connected) is forgotten: the default database opens instead and the status
bar says why, so start-up never stops on it.

A new database starts with the bundled dataset, as every new database does (``--database NEW_FILE`` on
the command line too); records imported later sit beside it.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from gui import settings as settings_mod
from model.store import location

if TYPE_CHECKING:  # the dialogs' classes load when used: start-up reads the remembered database only
    from PySide6.QtWidgets import QWidget

    from gui.main_window import MainWindow

#: The settings key holding the database last opened in the window (absent: the default one).
LAST_DATABASE = "database/last"
FILTER = "Summitry databases (*.sqlite3 *.sqlite *.db);;All files (*)"

#: Notes for the status bar once the window is up (a remembered database that is gone).
_notes: list[str] = []


def take_notes() -> list[str]:
    notes = list(_notes)
    _notes.clear()
    return notes


def startup_target(explicit: str | None, settings: QSettings | None = None) -> str | None:
    """The database to open at start: ``explicit`` (``--database``) or ``$SUMMITRY_DATABASE`` when given,
    else the one last opened in the window, else None (the default database).

    A remembered file that no longer exists is forgotten, with a note for the status bar (see
    :func:`take_notes`); it is not created again empty where it was.
    """
    if explicit or os.environ.get(location.ENV_VAR):
        return explicit
    settings = settings if settings is not None else settings_mod.open_settings()
    last = settings.value(LAST_DATABASE)
    if not isinstance(last, str) or not last:
        return None
    if location.is_url(last) or Path(last).expanduser().is_file():
        return last
    settings.remove(LAST_DATABASE)
    settings.sync()
    _notes.append(
        f"The database opened last time, {last}, is no longer there (moved, deleted, or on a drive that is not "
        f"connected); Summitry opened the default database, {location.default_database_path()}, instead."
    )
    return None


def remember(settings: QSettings, target: str) -> None:
    """Open ``target`` at the next start (the default database is remembered as no choice at all)."""
    if Path(target).expanduser() == location.default_database_path():
        settings.remove(LAST_DATABASE)
    else:
        settings.setValue(LAST_DATABASE, target)
    settings.sync()


def _file_dialog(parent: QWidget | None, title: str, start: str, button: str, *, new: bool) -> str | None:
    """A file dialog whose button says what happens ("Open", "Create"); the chosen path, or None."""
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(parent, title, start, FILTER)
    dialog.setObjectName("newDatabaseDialog" if new else "openDatabaseDialog")
    if new:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix("sqlite3")
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)  # an existing file is refused, never replaced
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, button)
    if not dialog.exec():
        return None
    chosen = dialog.selectedFiles()
    return chosen[0] if chosen else None


def _start_folder(window: MainWindow) -> str:
    database = window.database
    return str(database.path.parent) if database is not None and database.path else ""


def open_existing(window: MainWindow) -> bool:
    """File ▸ Open Database…: choose an existing Summitry database and show it. True when one was opened."""
    path = _file_dialog(window, "Open Database", _start_folder(window), "Open", new=False)
    return path is not None and _switch(window, path, f"Opened {path}.")


def create_new(window: MainWindow) -> bool:
    """File ▸ New Database…: choose a name for a new database, start it with the bundled dataset and show it."""
    path = _file_dialog(window, "New Database", _start_folder(window), "Create", new=True)
    if path is None:
        return False
    if Path(path).exists():
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            window,
            "The file already exists",
            f"{path} already exists and was left as it is.\n\n"
            "Choose another name, or open it with File ▸ Open Database….",
        )
        return False
    return _switch(window, path, f"Started a new database at {path} with the bundled dataset.")


def _switch(window: MainWindow, path: str, done: str) -> bool:
    """Open ``path`` off the GUI thread (loading the bundled dataset into a new one) and show it; the current
    database stays when it cannot be opened, and the user is told why."""
    from PySide6.QtWidgets import QMessageBox

    from gui.open_error_dialog import open_and_load, run_in_background
    from model.store import opening as db

    window.statusBar().showMessage(f"Opening {path}…")
    try:
        database: db.Database = run_in_background(functools.partial(open_and_load, path))
    except db.DatabaseOpenError as exc:
        window.statusBar().clearMessage()
        QMessageBox.warning(window, "Cannot open the database", f"{exc.message}\n\n{exc.advice}".strip())
        return False
    window.set_database(database)
    remember(window.settings, path)
    note = f" {database.readonly_reason}" if database.readonly_reason else ""
    window.statusBar().showMessage(done + note, 10000)
    return True
