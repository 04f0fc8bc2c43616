"""Which database the window shows: File ▸ Open Database…, New Database…, Connect to a Server…, and the one remembered.

The database chosen in the window is remembered in the settings and opened again at the next start,
unless ``--database`` or ``$SUMMITRY_DATABASE`` names another. A remembered file that has gone (deleted,
moved, on a drive no longer connected) is forgotten: the default database opens instead and the status
bar says why, so start-up never stops on it.

A new database starts with the bundled dataset, as every new database does (``--database NEW_FILE`` on
the command line too); records imported later sit beside it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings

from gui import settings as settings_mod
from model.store import location

if TYPE_CHECKING:  # the dialogs' classes load when used: start-up reads the remembered database only
    from PySide6.QtWidgets import QMainWindow

    from gui.single_instance import SingleInstance
    from model.store.database import Database

#: The settings key holding the database last opened in the window (absent: the default one).
LAST_DATABASE = "database/last"

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
        QCoreApplication.translate(
            "DatabaseChoice",
            "The database opened last time, {last}, is no longer there (moved, deleted, or on a drive that is not "
            "connected); Summitry opened the default database, {default}, instead.",
        ).format(last=last, default=location.default_database_path())
    )
    return None


def remember(settings: QSettings, target: str) -> None:
    """Open ``target`` at the next start (the default database is remembered as no choice at all).

    A server's URL is remembered without its password: the settings file is no place for one (the next
    start finds it in ~/.pgpass or a service file, or asks). It also goes first in the recent servers that
    File ▸ Connect to a Server… lists.
    """
    from gui.dialogs.recent_servers import note_server

    if Path(target).expanduser() == location.default_database_path():
        settings.remove(LAST_DATABASE)
    else:
        settings.setValue(LAST_DATABASE, location.display_target(target))
    note_server(settings, target)
    settings.sync()


@dataclass(frozen=True)
class Chosen:
    """A database the person chose and that opened: the window shows it and remembers ``target``."""

    database: Database
    target: str
    #: For the status bar: what happened, and why the database is read-only if it is.
    message: str


def _start_folder(current: Database | None) -> str:
    return str(current.path.parent) if current is not None and current.path else ""


def open_existing(window: QMainWindow, current: Database | None, guard: SingleInstance | None = None) -> Chosen | None:
    """File ▸ Open Database…: choose an existing Summitry database and open it (the dialog starts in the folder
    of ``current``). None when nothing was chosen, or the person went back to ``current``."""
    from gui.dialogs.database_files import choose_existing

    path = choose_existing(window, _start_folder(current))
    opened = QCoreApplication.translate("DatabaseChoice", "Opened {path}.")
    return _open(window, path, current, guard, opened) if path is not None else None


def create_new(window: QMainWindow, current: Database | None, guard: SingleInstance | None = None) -> Chosen | None:
    """File ▸ New Database…: choose a name for a new database and start it with the bundled dataset."""
    from gui.dialogs.database_files import choose_new

    path = choose_new(window, _start_folder(current))
    if path is None:
        return None
    started = QCoreApplication.translate("DatabaseChoice", "Started a new database at {path} with the bundled dataset.")
    return _open(window, path, current, guard, started)


def connect_server(window: QMainWindow, current: Database | None, guard: SingleInstance | None = None) -> Chosen | None:
    """File ▸ Connect to a Server…: give a server archive's address, test it, and open it (see
    :mod:`gui.dialogs.server_connect`); the dialog starts at the server shown, else the one opened last."""
    from gui.dialogs.server_connect import ask_for_server

    start = current.target if current is not None and location.is_server(current.target) else None
    target = ask_for_server(window, start)
    connected = QCoreApplication.translate("DatabaseChoice", "Connected to {path}.")
    return _open(window, target, current, guard, connected) if target is not None else None


def _open(
    window: QMainWindow, path: str, current: Database | None, guard: SingleInstance | None, done: str
) -> Chosen | None:
    """Open ``path`` (a file, or a server's URL) off the GUI thread (loading the bundled dataset into a new one).
    When it cannot be opened, the dialog every start shows says why and offers the ways out (a damaged file:
    Restore), with going back to ``current`` in place of Quit. A server's URL is shown without its password."""
    from gui.dialogs.open_error_dialog import open_interactively

    opening = QCoreApplication.translate("DatabaseChoice", "Opening {path}…")
    window.statusBar().showMessage(opening.format(path=location.display_target(path)))
    keep = _name(current) if current is not None else None
    opened = open_interactively(path, window, keep=keep, guard=guard)
    window.statusBar().clearMessage()
    if opened is None:
        return None
    database = opened.database
    if location.is_url(path):  # with or without a password (one typed at the prompt joins the URL)
        asked = location.display_target(database.target) == location.display_target(path)
    else:
        asked = database.path == Path(path).expanduser()
    if not asked:  # the person chose another database in the dialog
        done = QCoreApplication.translate("DatabaseChoice", "Opened {path}.")
    return Chosen(database, database.target, " ".join([done.format(path=database.shown), *opened.notes]))


def _name(database: Database) -> str:
    return database.path.name if database.path else location.short_name(database.target)
