"""When the database cannot be opened: what is wrong, and what the user can do about it.

:func:`open_interactively` opens a database off the GUI thread (a database kept busy by
another program waits without freezing the window) and, when that fails, shows an
:class:`OpenErrorDialog` offering what fits the fault: restore the newest verified backup
or start a new database in its place (the damaged file is set aside, never deleted), open
another database or start one elsewhere, try again, or quit (in a window that still shows
a database: go back to it). It is the one dialog for every way a database is opened: at
start, File ▸ Open Database… and New Database…, and damage met while in use.

The single-instance lock moves with the database: another database's lock is taken before it
is opened (one another Summitry has open is not opened twice) and the old one let go once the
new one is shown.

A damaged file larger than the check at open (``model.store.files.QUICK_CHECK_MAX_BYTES``) is found by
the first read that meets the damage, at start or later: :class:`DamageWatch` sends that to
the same dialog, whatever the file's size, instead of the crash dialog.
"""

from __future__ import annotations

import functools
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QMetaObject, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QCommandLinkButton, QDialog, QLabel, QVBoxLayout, QWidget

from gui.dialogs import server_login
from gui.dialogs.database_files import choose_existing, choose_new
from model.i18n import QT_TRANSLATE_NOOP
from model.interchange import bundled
from model.store import backup, backup_set, location, recovery, server_address
from model.store import opening as db

if TYPE_CHECKING:
    from gui.single_instance import SingleInstance


class Choice(StrEnum):
    RESTORE = "restore"
    OPEN_OTHER = "open-other"
    CONNECT_SERVER = "connect-server"
    NEW_OTHER = "new-other"
    START_FRESH = "start-fresh"
    TRY_AGAIN = "try-again"
    QUIT = "quit"
    KEEP = "keep"  # in place of Quit when the window still shows a database: go back to it


#: Each fault's heading (translated where shown).
_TITLES = {
    "corrupt": QT_TRANSLATE_NOOP("OpenErrorDialog", "The database is damaged"),
    "not-sqlite": QT_TRANSLATE_NOOP("OpenErrorDialog", "This file is not a database"),
    "foreign": QT_TRANSLATE_NOOP("OpenErrorDialog", "This database belongs to another application"),
    "too-new": QT_TRANSLATE_NOOP("OpenErrorDialog", "This database is from a newer Summitry"),
    "busy": QT_TRANSLATE_NOOP("OpenErrorDialog", "The database is busy"),
    "unwritable": QT_TRANSLATE_NOOP("OpenErrorDialog", "The database cannot be created or written here"),
    "unreadable": QT_TRANSLATE_NOOP("OpenErrorDialog", "The database cannot be read"),
    "missing": QT_TRANSLATE_NOOP("OpenErrorDialog", "The database does not exist"),
    "full": QT_TRANSLATE_NOOP("OpenErrorDialog", "The disk is full"),
    "unreachable": QT_TRANSLATE_NOOP("OpenErrorDialog", "The database server cannot be reached"),
    "tls-unavailable": QT_TRANSLATE_NOOP("OpenErrorDialog", "The database server offers no encrypted connection"),
    "tls-unverified": QT_TRANSLATE_NOOP("OpenErrorDialog", "The database server's certificate could not be verified"),
    "bad-address": QT_TRANSLATE_NOOP("OpenErrorDialog", "The server's address is not usable"),
    "not-ready": QT_TRANSLATE_NOOP("OpenErrorDialog", "The database server is not ready"),
    "password-needed": QT_TRANSLATE_NOOP("OpenErrorDialog", "The database server asks for a password"),
    "refused": QT_TRANSLATE_NOOP("OpenErrorDialog", "The database server refused the login"),
    "no-database": QT_TRANSLATE_NOOP("OpenErrorDialog", "The database is not on the server"),
    "no-permission": QT_TRANSLATE_NOOP("OpenErrorDialog", "No permission to use this archive"),
    "connection-lost": QT_TRANSLATE_NOOP("OpenErrorDialog", "The connection to the server was lost"),
    "server-damaged": QT_TRANSLATE_NOOP("OpenErrorDialog", "The server reports damaged data"),
    "server-error": QT_TRANSLATE_NOOP("OpenErrorDialog", "The database server refused"),
    "unsupported": QT_TRANSLATE_NOOP("OpenErrorDialog", "PostgreSQL support is not installed"),
    "in-use": QT_TRANSLATE_NOOP("OpenErrorDialog", "The database is open in another Summitry window"),
}
#: A server's refusals: none is damage; each may pass (the server comes back, a password file is fixed).
_SERVER_REASONS = frozenset(
    {"unreachable", "not-ready", "password-needed", "refused", "no-database", "no-permission", "connection-lost"}
    | {"server-damaged", "server-error", "tls-unavailable", "tls-unverified", "bad-address"}
)

#: A database another Summitry has open (its single-instance lock is held): a fault met before opening it.
IN_USE = "in-use"


def choices_for(reason: str) -> list[Choice]:
    """The ways out that make sense for a fault, most helpful first."""
    if reason == "corrupt":
        return [Choice.RESTORE, Choice.OPEN_OTHER, Choice.START_FRESH, Choice.QUIT]
    if reason in ("busy", IN_USE):
        return [Choice.TRY_AGAIN, Choice.OPEN_OTHER, Choice.QUIT]
    if reason in ("unwritable", "unreadable", "missing", "full"):
        return [Choice.OPEN_OTHER, Choice.NEW_OTHER, Choice.TRY_AGAIN, Choice.QUIT]
    if reason in _SERVER_REASONS:
        return [Choice.TRY_AGAIN, Choice.CONNECT_SERVER, Choice.OPEN_OTHER, Choice.QUIT]
    return [Choice.OPEN_OTHER, Choice.NEW_OTHER, Choice.QUIT]  # not ours, or too new: leave the file alone


def title_for(reason: str) -> str:
    """The heading of a fault, in a few words ("The connection to the server was lost"), as the dialog shows it."""
    return _TITLES.get(reason, "The database cannot be opened")


class OpenErrorDialog(QDialog):
    """Says what is wrong with the database and offers the ways out; :attr:`choice` is what the user picked."""

    def __init__(
        self,
        error: db.DatabaseOpenError,
        path: Path | None,
        parent: QWidget | None = None,
        note: str | None = None,
        keep: str | None = None,
    ) -> None:
        """``keep``: the name of the database the window still shows; going back to it replaces Quit."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Summitry — cannot open the database"))
        self.error = error
        self.keep = keep
        self.leave = Choice.KEEP if keep else Choice.QUIT
        self.choice = self.leave
        self.newest_backup = backup.newest_verified_backup(path) if path and error.reason == "corrupt" else None
        heading = _TITLES.get(error.reason)
        title = QLabel(self.tr(heading) if heading else self.tr("The database cannot be opened"))
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        # For a damaged file the buttons below are the advice (the error's own advice is worded for the CLI too).
        advice = "" if error.reason == "corrupt" else error.advice
        self.message = QLabel(f"{error.message}\n\n{advice}".strip())
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.message)
        self.note = QLabel(note or "")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        layout.addWidget(self.note)
        self.buttons: dict[Choice, QCommandLinkButton] = {}
        for choice in choices_for(error.reason):
            choice = self.leave if choice == Choice.QUIT else choice
            button = QCommandLinkButton(*self._words(choice, path))
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            layout.addWidget(button)
            self.buttons[choice] = button
        if Choice.RESTORE in self.buttons and self.newest_backup is None:
            self.buttons[Choice.RESTORE].setEnabled(False)
        # Word-wrapped labels and command links report their height for a width: size for the width we want.
        self.setMinimumWidth(560)
        layout.activate()
        self.resize(560, max(layout.heightForWidth(560), layout.minimumSize().height()))

    def _words(self, choice: Choice, path: Path | None) -> tuple[str, str]:
        if choice == Choice.CONNECT_SERVER:
            return self.tr("Connect to a server…"), self.tr(
                "Check the server's address, user and SSL mode, test them, and connect."
            )
        folder = backup_set.backup_dir(path) if path else None
        if choice == Choice.RESTORE:
            restore = self.tr("Restore newest verified backup")
            if self.newest_backup is None:
                return restore, self.tr("No backup that passes the check was found in {folder}.").format(folder=folder)
            return (
                restore,
                self.tr("Put back {backup}. The damaged file is kept aside, renamed, not deleted.").format(
                    backup=self.newest_backup.name
                ),
            )
        if choice == Choice.START_FRESH:
            return (
                self.tr("Start a new database"),
                self.tr(
                    "In its place, with the bundled dataset, as every new database begins. "
                    "The damaged file is kept aside, renamed, not deleted."
                ),
            )
        if choice == Choice.OPEN_OTHER:
            return self.tr("Open another database…"), self.tr("Choose another Summitry database.")
        if choice == Choice.NEW_OTHER:
            return (
                self.tr("New database…"),
                self.tr("Choose a name and a place for a new database; it begins with the bundled dataset."),
            )
        if choice == Choice.TRY_AGAIN:
            if self.error.reason == IN_USE:
                return self.tr("Try again"), self.tr("Once that window has been closed.")
            return self.tr("Try again"), self.tr("Once the other program has finished, or the problem is fixed.")
        if choice == Choice.KEEP:
            return (
                self.tr("Back to {database}").format(database=self.keep),
                self.tr("Keep working with the database this window shows. Nothing has been changed."),
            )
        return self.tr("Quit"), self.tr("Close Summitry. Nothing has been changed.")

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def ask(self) -> Choice:
        """Show the dialog modally and return the choice (closing it means Quit, or going back)."""
        self.choice = self.leave
        self.exec()
        return self.choice


@dataclass
class Opened:
    """An open database and what the user should be told about how it was opened."""

    database: db.Database
    notes: list[str] = field(default_factory=list)


def open_and_load(target: str) -> db.Database:
    """Open a database and load the bundled dataset into it if it is new (not on read-only media); a new
    file that cannot be filled (a full disk) is removed again."""
    return db.open_database(target, fill=bundled.ensure_bundled)


def run_in_background(work: Callable[[], Any]) -> Any:
    """Run ``work`` in a thread while the window keeps painting (user input waits); return or raise its result."""
    result: dict[str, Any] = {}
    loop = QEventLoop()

    def target() -> None:
        try:
            result["value"] = work()
        except BaseException as exc:  # handed back to the GUI thread below
            result["error"] = exc
        finally:  # the loop ends as soon as the work has (posted to the GUI thread: safe from this one)
            QMetaObject.invokeMethod(loop, "quit", Qt.ConnectionType.QueuedConnection)

    thread = threading.Thread(target=target, name="open-database", daemon=True)
    thread.start()
    timer = QTimer()  # and in any case within 20 ms of it
    timer.setInterval(20)
    timer.timeout.connect(lambda: None if thread.is_alive() else loop.quit())
    timer.start()
    if thread.is_alive():
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    timer.stop()
    thread.join()
    if "error" in result:
        raise result["error"]
    return result.get("value")


def open_interactively(
    target: str | None,
    parent: QWidget | None = None,
    *,
    opener: Callable[[str], db.Database] = open_and_load,
    show: Callable[[db.Database], object] | None = None,
    error: db.DatabaseOpenError | None = None,
    keep: str | None = None,
    guard: SingleInstance | None = None,
) -> Opened | None:
    """Open ``target`` (the default database for None), asking the user what to do while it fails.

    Args:
        show: puts the opened database on screen; a fault its first reads meet (damage in a file too
            large to check at open) is handled like one met at open.
        error: a fault already met with ``target`` (damage found while it was in use): the dialog
            comes first.
        keep: the name of the database the window still shows: the dialog offers going back to it
            instead of quitting.
        guard: this Summitry's single-instance lock, moved to the database opened (a database
            another Summitry has open is not opened: the dialog says so, and that window comes forward).

    A server that asks for a password nothing gave (or refuses one typed at the prompt) gets the password
    prompt (:mod:`gui.dialogs.server_login`); cancelling it goes back to ``keep`` when there is one.

    Returns None when the user chose to quit (or to go back to ``keep``).
    """
    # typed: the password in ``current`` was typed at the prompt (or remembered from it), so a refusal asks again
    current, typed = server_login.with_remembered_password(db.resolve_target(target))
    notes: list[str] = []
    failed: str | None = None
    while True:
        if error is None:  # named without password: the lock's key is the same, and the words show it
            error = _claim(guard, location.display_target(current))
        if error is None:
            try:
                database: db.Database = run_in_background(functools.partial(opener, current))
                if show is not None:
                    _show(show, database)
            except db.DatabaseOpenError as exc:
                error = exc
            else:
                if database.readonly_reason:
                    notes.append(database.readonly_reason)
                if guard is not None:
                    guard.settle(switched=True)
                return Opened(database, notes)
        if server_login.wants_password(error, typed):
            again = server_login.ask_password(error, current, parent, refused=error.reason == "refused")
            if again is not None:
                current, typed, error = again, True, None
                continue
            if keep is not None:  # Cancel: the window keeps the database it shows
                if guard is not None:
                    guard.settle(switched=False)
                return None
        path = db.sqlite_path(current)
        choice = OpenErrorDialog(error, path, parent, note=failed, keep=keep).ask()
        error = failed = None
        if choice in (Choice.QUIT, Choice.KEEP):
            if guard is not None:
                guard.settle(switched=False)
            return None
        start = str(path.parent) if path else ""
        if choice == Choice.OPEN_OTHER:
            current = choose_existing(parent, start) or current
        elif choice == Choice.NEW_OTHER:
            current = choose_new(parent, start) or current
        elif choice == Choice.CONNECT_SERVER:
            from gui.dialogs.server_connect import ask_for_server

            current = ask_for_server(parent, current) or current
            typed = location.is_server(current) and server_address.has_password(current)
        elif choice in (Choice.RESTORE, Choice.START_FRESH) and path is not None:
            try:
                notes.append(_recover(choice, path))
            except (backup.BackupError, OSError) as recovery_error:
                failed = QCoreApplication.translate(
                    "OpenErrorDialog", "Could not recover {name}: {reason} The damaged file has not been moved."
                ).format(name=path.name, reason=recovery_error)


def _claim(guard: SingleInstance | None, target: str) -> db.DatabaseOpenError | None:
    """Take the single-instance lock of ``target`` before opening it; the fault to show when another
    Summitry has it open (whose window is asked to come to the front)."""
    if guard is None or guard.reserve(target):
        return None
    brought = guard.hand_over()
    path = db.sqlite_path(target)
    name = path.name if path else target
    if brought:
        message = QCoreApplication.translate(
            "OpenErrorDialog",
            "{name} is open in another Summitry window ({holder}). That window was brought to the front.",
        )
    else:
        message = QCoreApplication.translate("OpenErrorDialog", "{name} is open in another Summitry window ({holder}).")
    return db.DatabaseOpenError(
        IN_USE,
        message.format(name=name, holder=guard.describe_holder(short=True)),
        QCoreApplication.translate("OpenErrorDialog", "Work with it there, or close that window and try again."),
    )


def _show(show: Callable[[db.Database], object], database: db.Database) -> None:
    try:
        show(database)
    except db.DatabaseOpenError:
        database.close()
        raise


def _recover(choice: Choice, path: Path) -> str:
    done = recovery.restore_newest(path) if choice == Choice.RESTORE else recovery.start_fresh(path)
    return done.summary(path)


class DamageWatch(QObject):
    """Sends a damaged database met while in use to ``on_damage`` (on the GUI thread), not to the crash dialog.

    Installed in front of ``sys.excepthook`` and ``threading.excepthook`` (where PySide6 and threads hand
    exceptions raised in slots and workers); everything else goes on to the hooks it found. Damage is
    handled once at a time; reports arriving meanwhile, or from a database that has been closed since, are
    dropped by ``on_damage`` (see :attr:`model.store.database.Database.damage`).
    """

    _met = Signal(object)

    def __init__(self, on_damage: Callable[[db.DatabaseOpenError], object], parent: QObject) -> None:
        super().__init__(parent)
        self._on_damage = on_damage
        self._handling = False
        self._met.connect(self._handle, Qt.ConnectionType.QueuedConnection)
        self._previous = (sys.excepthook, threading.excepthook)

    def install(self) -> DamageWatch:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook
        hooks = (self._excepthook, self._thread_excepthook)
        previous = self._previous
        parent = self.parent()
        if parent is not None:  # the window goes: leave the hooks as they were (unless replaced since)
            parent.destroyed.connect(lambda: _restore_hooks(hooks, previous))
        return self

    def _excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: Any) -> None:
        if _is_damage(exc):
            self._met.emit(exc)
            return
        self._previous[0](exc_type, exc, tb)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if _is_damage(args.exc_value):
            self._met.emit(args.exc_value)
            return
        self._previous[1](args)

    def _handle(self, error: db.DatabaseOpenError) -> None:
        if self._handling:
            return
        self._handling = True
        try:
            self._on_damage(error)
        finally:
            self._handling = False


def _is_damage(exc: BaseException | None) -> bool:
    return isinstance(exc, db.DatabaseOpenError) and exc.reason == "corrupt"


def _restore_hooks(ours: tuple[Any, Any], previous: tuple[Any, Any]) -> None:
    if sys.excepthook == ours[0]:
        sys.excepthook = previous[0]
    if threading.excepthook == ours[1]:
        threading.excepthook = previous[1]
