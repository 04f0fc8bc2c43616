"""Putting a verified backup back in place of a database, losing nothing that was in it.

A database that is healthy (and may be in use by another Summitry: an import, the app) is restored in
place, through SQLite's backup API, while holding its write lock from before the safety copy of the
database as it was until the restored pages are committed. An import that was writing finishes first
and is in the safety copy; one that starts meanwhile waits (and then applies over the restored data, or
says the database was busy). The lock is the destination lock of the backup API itself: its first step
takes the write lock and keeps it until the last, and the safety copy is taken, through another
connection that reads what is committed, right after that first step.

A damaged database (found at open, or by the safety copy, whatever the file's size) is replaced instead:
the backup is copied beside it and verified, and only then is the damaged file set aside under a new
name (see :mod:`model.store.recovery`). If anything fails before that, the database is as it was.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from model.store import backup_set, recovery
from model.store.backup import (
    BackupError,
    BackupText,
    Identity,
    copy_verified,
    newest_verified_backup,
    read_identity,
    refuse_if_foreign,
    verify,
    write_identity,
)
from model.store.faults import BUSY_ADVICE, DatabaseOpenError, OpenText
from model.store.files import check_file, quick_check

#: How long a restore waits for another program (an import) to finish writing before it gives up.
WRITER_WAIT_S = 300.0
#: Pages copied per step of the backup API once the write lock is held.
STEP_PAGES = 1024
_WAITING = (getattr(sqlite3, "SQLITE_BUSY", 5), getattr(sqlite3, "SQLITE_LOCKED", 6))
_OK = getattr(sqlite3, "SQLITE_OK", 0)


@dataclass(frozen=True)
class Restored:
    """What a restore did, for telling the user.

    Attributes:
        backup: the backup put back.
        safety: the verified copy of the database as it was, for a database restored in place.
        set_aside: where a damaged database now is, for one replaced instead.
    """

    backup: Path
    safety: Path | None = None
    set_aside: Path | None = None

    def summary(self, db_path: Path) -> str:
        if self.safety is not None:
            return BackupText.tr("Restored from {backup}. The database as it was is kept at {safety}.").format(
                backup=self.backup, safety=self.safety
            )
        kept = (
            BackupText.tr(" The damaged file is kept as {aside}.").format(aside=self.set_aside)
            if self.set_aside
            else ""
        )
        return BackupText.tr("Restored {db_path} from the backup {backup}.{kept}").format(
            db_path=db_path, backup=self.backup.name, kept=kept
        )


def restore(
    db_path: Path,
    backup: Path,
    on_wait: Callable[[], object] | None = None,
    before_replacing: Callable[[], object] | None = None,
) -> Restored:
    """Put ``backup`` back in place of the database at ``db_path``.

    ``on_wait`` is called once if the restore has to wait for another program to finish writing;
    ``before_replacing`` before a damaged file is replaced (it may raise BackupError to refuse).

    Raises:
        BackupError: when the backup does not verify, belongs to another database, or cannot be put
            back; the database is then as it was.
        DatabaseOpenError: when the file at ``db_path`` is not a Summitry database ("foreign", …; it is
            left alone) or stays busy.
    """
    verify(backup)
    refuse_if_foreign(backup, db_path)
    try:
        info = check_file(db_path)
        if info is None:
            return _replace(db_path, backup, before_replacing)  # no database yet: nothing to keep
        quick_check(db_path, whole=not info.wal)  # before anything is written; a whole check before WAL is set
        return Restored(backup, safety=_restore_in_place(db_path, backup, on_wait))
    except DatabaseOpenError as exc:
        if exc.reason != "corrupt":
            raise
    return _replace(db_path, backup, before_replacing)


def _replace(db_path: Path, backup: Path, before: Callable[[], object] | None) -> Restored:
    """Replace a damaged (or missing) database file with a verified copy of the backup."""
    if before is not None:
        before()
    ours = _identity_or_none(db_path)
    done = recovery.restore_file(db_path, backup, ours)
    return Restored(backup, set_aside=done.set_aside)


def _identity_or_none(path: Path) -> Identity | None:
    try:
        return read_identity(path) if path.exists() else None
    except sqlite3.Error:
        return None  # damaged where it is kept: the backup's own identity will do


def _restore_in_place(db_path: Path, backup: Path, on_wait: Callable[[], object] | None) -> Path:
    """Restore a healthy database in place under its write lock; returns the safety copy.

    Raises:
        DatabaseOpenError: "corrupt" when the safety copy shows the database is damaged (nothing changed).
    """
    ours = read_identity(db_path)
    src = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(str(db_path), timeout=0)  # the waiting is done below, so it can be announced
    safety: list[Path] = []
    deadline = time.monotonic() + WRITER_WAIT_S
    told = False

    def step(status: int, _remaining: int, _total: int) -> None:
        nonlocal told
        if safety:
            return
        if status in _WAITING:  # another connection is writing: the backup API retries every 250 ms
            if not told and on_wait is not None:
                on_wait()
            told = True
            if time.monotonic() > deadline:
                raise DatabaseOpenError(
                    "busy",
                    OpenText.tr("{where} is busy: another program is writing to it.").format(where=db_path),
                    OpenText.tr(BUSY_ADVICE),
                )
            return
        if status != _OK:
            return  # an error: the backup stops, and it is raised below
        # The first pages are written (not committed): the write lock is ours until the end. What is
        # committed now is the database as it was, and nothing can change it any more.
        safety.append(copy_verified(db_path, backup_set.backup_path_for(db_path, "before-restore")))

    try:
        pages = src.execute("PRAGMA page_count").fetchone()[0]
        dst.execute("PRAGMA journal_mode=WAL").fetchone()  # a reader must be able to read beside the writer
        src.backup(dst, pages=max(1, min(STEP_PAGES, pages - 1)), progress=step)  # never all in the first step
    except sqlite3.Error as exc:
        kept = (
            BackupText.tr(" A copy of the database as it was is at {safety}.").format(safety=safety[0])
            if safety
            else ""
        )
        raise BackupError(
            BackupText.tr("Could not restore {db_path} from {backup}: {reason}.{kept}").format(
                db_path=db_path, backup=backup, reason=exc, kept=kept
            )
        ) from exc
    finally:
        src.close()
        dst.close()
    if not safety:  # cannot happen: a Summitry database has more pages than one step copies
        raise BackupError(
            BackupText.tr("Could not restore {db_path} from {backup}: the backup is too small to be one.").format(
                db_path=db_path, backup=backup
            )
        )
    if ours is not None:
        write_identity(db_path, ours)  # a backup from before identities: the database stays itself
    _checkpoint(db_path)
    return safety[0]


def _checkpoint(path: Path) -> None:
    """Fold the restored pages into the file itself, so a copy of the file alone has them."""
    try:
        con = sqlite3.connect(str(path))
        try:
            con.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        pass  # the restored data is committed in the write-ahead log: safe, and folded in later


def newest(db_path: Path) -> Path:
    """The newest verified backup of the database at ``db_path``.

    Raises:
        BackupError: when there is none.
    """
    found = newest_verified_backup(db_path)
    if found is None:
        raise BackupError(
            BackupText.tr("There is no usable backup of {name} in {folder}.").format(
                name=db_path.name, folder=backup_set.backup_dir(db_path)
            )
        )
    return found
