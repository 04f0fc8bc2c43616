"""What a database's failures mean to the user: :class:`DatabaseOpenError`, and the one reader of drivers' errors.

A driver's error is classified by its code, never by its words: for SQLite, the result code sqlite3 puts
on its exceptions (``sqlite_errorcode``; SQLAlchemy's errors wrap them as ``.orig``). Its words go into
the message only to say what happened. The same kind of error is worded by what was being done when it
came (:data:`Doing`): a file that cannot be opened while being checked is unreadable, while being set up
it is unwritable.
"""

from __future__ import annotations

import sqlite3
from typing import Literal, overload

from model.i18n import QT_TRANSLATE_NOOP, Words


class OpenText(Words):
    """What is wrong with a database file, and what the user can do, in the interface's language."""


#: Advice kept in constants (several modules give it) is English as written; show it with ``OpenText.tr``.
CORRUPT_ADVICE = QT_TRANSLATE_NOOP(
    "OpenText",
    "The file is damaged. Summitry can restore the newest verified backup, keeping the damaged file aside "
    "(in the app: 'Restore newest verified backup'; on the command line: 'summitry db restore').",
)
BUSY_ADVICE = QT_TRANSLATE_NOOP(
    "OpenText", "Another program is using the database. Close it or wait a moment, then try again."
)
FULL_ADVICE = QT_TRANSLATE_NOOP(
    "OpenText", "Free some space on that disk (or move the database to one with room), then try again."
)
READ_ONLY_ADVICE = QT_TRANSLATE_NOOP("OpenText", "Copy it somewhere writable and open the copy to make changes.")


class DatabaseOpenError(Exception):
    """A database that cannot be opened, with words for the user.

    Attributes:
        reason: a short code ("not-sqlite", "foreign", "too-new", "corrupt",
            "unwritable", "unreadable", "missing", "busy", "read-only", "full", "old"). Raised at
            open, and by :meth:`Database.session`/:meth:`Database.transaction` when a query
            later finds the file damaged ("corrupt"), locked ("busy"), read-only ("read-only")
            or its disk full ("full"). A server's refusals have their own
            (:mod:`model.store.server_faults`: "unreachable", "not-ready", "bad-address",
            "password-needed", "refused", "no-database", "no-permission", "connection-lost",
            "server-damaged", "server-error"; and "unsupported" without the driver): none is damage.
        message: what is wrong, naming the file.
        advice: what the user can do.
    """

    def __init__(self, reason: str, message: str, advice: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.advice = advice

    def __str__(self) -> str:
        return f"{self.message}\n{self.advice}" if self.advice else self.message


#: What a driver's error means to the user, whichever the database.
Kind = Literal["full", "corrupt", "busy", "read-only", "cannot-open"]

#: SQLite's primary result codes (the low byte of ``sqlite_errorcode``) that mean something to the user.
#: FTS5 reports a damaged index page as "vtable constructor failed": its code is SQLITE_CORRUPT_VTAB.
_SQLITE_KINDS: dict[int, Kind] = {
    sqlite3.SQLITE_FULL: "full",
    sqlite3.SQLITE_CORRUPT: "corrupt",
    sqlite3.SQLITE_NOTADB: "corrupt",
    sqlite3.SQLITE_BUSY: "busy",
    sqlite3.SQLITE_LOCKED: "busy",
    sqlite3.SQLITE_PROTOCOL: "busy",  # "locking protocol": a lock that could not be settled
    sqlite3.SQLITE_READONLY: "read-only",
    sqlite3.SQLITE_CANTOPEN: "cannot-open",
}
#: Extended result codes whose primary code says something else. A shared-memory index (``-shm``) that
#: cannot grow is an I/O error ("disk I/O error"), met even by a read, but it means the disk is full.
_SQLITE_EXTENDED_KINDS: dict[int, Kind] = {sqlite3.SQLITE_IOERR_SHMSIZE: "full"}


def _driver_error(error: BaseException) -> BaseException:
    """The driver's own exception (SQLAlchemy's DBAPIError keeps it as ``.orig``)."""
    orig = getattr(error, "orig", None)
    return orig if isinstance(orig, BaseException) else error


def kind_of(error: BaseException) -> Kind | None:
    """What a database driver's error means, read from its code; None for anything else (a bug, a constraint).

    ``error`` is the driver's exception or SQLAlchemy's wrapping of it.
    """
    driver_error = _driver_error(error)
    code = getattr(driver_error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return _SQLITE_EXTENDED_KINDS.get(code) or _SQLITE_KINDS.get(code & 0xFF)
    return None  # a server's errors are read by its backend (model.store.server_faults)


def is_not_a_database(error: BaseException) -> bool:
    """Whether SQLite said the file is not a database at all (SQLITE_NOTADB), rather than damaged inside."""
    code = getattr(_driver_error(error), "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF == sqlite3.SQLITE_NOTADB


#: What was being done when an error came, which decides its words: checking a file before trusting it (a
#: file SQLite cannot read is damaged), using an open database (only what the user can act on is worded),
#: or setting a file up (creating it, switching its journal, upgrading it: a file that cannot be opened or
#: written is unwritable).
Doing = Literal["checking", "using", "setting up"]


@overload
def fault_from(error: BaseException, where: object, doing: Literal["checking", "setting up"]) -> DatabaseOpenError: ...
@overload
def fault_from(error: BaseException, where: object, doing: Literal["using"] = "using") -> DatabaseOpenError | None: ...
def fault_from(error: BaseException, where: object, doing: Doing = "using") -> DatabaseOpenError | None:
    """A user-worded error for a driver's error met while ``doing`` something with the database at ``where``.

    While checking or setting up, every error is worded (one SQLite cannot place means the file is damaged);
    while using, None for an error that means nothing the user can act on (it is then re-raised).
    """
    kind = kind_of(error)
    words = str(_driver_error(error))
    if kind == "full":
        return DatabaseOpenError(
            "full",
            OpenText.tr("{where} cannot be used: the disk that holds it is full.").format(where=where),
            OpenText.tr(FULL_ADVICE),
        )
    if kind == "busy":
        return DatabaseOpenError(
            "busy",
            OpenText.tr("{where} is busy: another program is using it.").format(where=where),
            OpenText.tr(BUSY_ADVICE),
        )
    if doing == "using":
        if kind == "corrupt":
            return DatabaseOpenError(
                "corrupt",
                OpenText.tr("{where} is damaged: {words}.").format(where=where, words=words),
                OpenText.tr(CORRUPT_ADVICE),
            )
        if kind == "read-only":
            return DatabaseOpenError(
                "read-only",
                OpenText.tr("{where} cannot be changed: it is read-only.").format(where=where),
                OpenText.tr(READ_ONLY_ADVICE),
            )
        return None
    if doing == "checking":
        if kind in ("cannot-open", "read-only"):
            return DatabaseOpenError(
                "unreadable",
                OpenText.tr("Cannot open {where}: {words}.").format(where=where, words=words),
                OpenText.tr("Check that the file and its folder can be read."),
            )
        return DatabaseOpenError(
            "corrupt",
            OpenText.tr("{where} is damaged: SQLite cannot read it ({words}).").format(where=where, words=words),
            OpenText.tr(CORRUPT_ADVICE),
        )
    if kind in ("cannot-open", "read-only"):
        return DatabaseOpenError(
            "unwritable",
            OpenText.tr("Cannot write to {where}: {words}.").format(where=where, words=words),
            OpenText.tr("Open it read-only, or copy it somewhere writable."),
        )
    return DatabaseOpenError(
        "corrupt",
        OpenText.tr("Cannot use {where}: {words}.").format(where=where, words=words),
        OpenText.tr(CORRUPT_ADVICE),
    )
