"""Getting a user going again after a database cannot be opened, without losing anything.

Only ever called when the user chooses it (the open-error dialog, ``summitry db restore``): the damaged
file is set aside under a new name, never deleted or overwritten, and then either a verified copy of the
newest backup takes its place or a new database is started there (with the bundled dataset, as every new
database begins). The copy is written and verified
beside the damaged file first: if that fails (a full disk), the damaged file has not moved.
"""

from __future__ import annotations

import datetime as _dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from model.store import partfiles
from model.store.backup import BackupError, BackupText, Identity, newest_verified_backup, verify, write_identity
from model.store.backup_set import backup_dir

#: SQLite's companion files, which belong to the main file and must move with it.
COMPANIONS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Recovery:
    """What a recovery did, for telling the user.

    Attributes:
        set_aside: where the damaged file now is (None if there was no file).
        restored_from: the backup copied into place, or None for a new database.
    """

    set_aside: Path | None
    restored_from: Path | None

    def summary(self, db_path: Path) -> str:
        kept = (
            BackupText.tr(" The damaged file is kept as {aside}.").format(aside=self.set_aside)
            if self.set_aside
            else ""
        )
        if self.restored_from:
            return BackupText.tr("Restored {db_path} from the backup {backup}.{kept}").format(
                db_path=db_path, backup=self.restored_from.name, kept=kept
            )
        return BackupText.tr("Started a new database at {db_path} with the bundled dataset.{kept}").format(
            db_path=db_path, kept=kept
        )


def _aside_name(path: Path, now: _dt.datetime | None) -> Path:
    stamp = (now or _dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    dest = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 2
    while dest.exists():
        dest = path.with_name(f"{path.name}.damaged-{stamp}.{n}")
        n += 1
    return dest


def _move_companions(path: Path, dest: Path) -> None:
    for suffix in COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, dest.with_name(dest.name + suffix))


def set_aside(path: Path, now: _dt.datetime | None = None) -> Path | None:
    """Rename ``path`` (and its -wal/-shm/-journal files) to ``<name>.damaged-<stamp>``; None if it is absent.

    The companions move first: a new database must never pick up the damaged file's write-ahead log.
    """
    if not path.exists():
        return None
    dest = _aside_name(path, now)
    _move_companions(path, dest)
    os.replace(path, dest)
    return dest


def _put_in_place(part: partfiles.PartFile, path: Path) -> Path | None:
    """Move the complete replacement to ``path``, setting the file there aside first.

    The file at ``path`` gets its new name as a second link before its companions move, and is then
    replaced in one step, so there is never a moment without a database at ``path``. (Where the file
    system has no hard links it is renamed instead, a moment before the replacement arrives.)
    """
    if not path.exists():
        part.commit()
        return None
    dest = _aside_name(path, None)
    try:
        os.link(path, dest)
        linked = True
    except OSError:
        linked = False
    _move_companions(path, dest)
    if not linked:
        os.replace(path, dest)
    part.commit()
    return dest


def restore_file(db_path: Path, backup: Path, identity: Identity | None = None) -> Recovery:
    """Put a verified copy of ``backup`` at ``db_path``, setting the file there aside once the copy is complete.

    The copy keeps the permission bits of the file it replaces, and ``identity`` (the replaced database's,
    when it could be read) if the backup has none.

    Raises:
        BackupError: when the backup does not verify or the copy cannot be written (nothing has changed then).
    """
    verify(backup)
    mode = partfiles.mode_of(db_path) if db_path.exists() else partfiles.mode_of(backup)
    try:
        with partfiles.writing(db_path, mode) as part:
            src = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
            try:
                dst = sqlite3.connect(str(part.path))
                try:
                    src.backup(dst)
                    dst.execute("PRAGMA journal_mode=WAL").fetchone()
                finally:
                    dst.close()
            finally:
                src.close()
            verify(part.path)
            if identity is not None:
                write_identity(part.path, identity)
            aside = _put_in_place(part, db_path)
    except (sqlite3.Error, OSError, BackupError) as exc:
        detail = str(exc.strerror if isinstance(exc, OSError) and exc.strerror else exc).rstrip(".")
        detail = detail.replace(str(partfiles.part_path(db_path)), "the copy")
        raise BackupError(
            BackupText.tr("Could not restore {db_path} from {backup}: {reason}.").format(
                db_path=db_path, backup=backup, reason=detail
            )
        ) from exc
    return Recovery(aside, backup)


def restore_newest(db_path: Path) -> Recovery:
    """Restore the newest backup that verifies, setting the damaged file aside once its copy is in place.

    Raises:
        BackupError: when no backup in the backups folder verifies (nothing has been moved then).
    """
    backup = newest_verified_backup(db_path)
    if backup is None:
        raise BackupError(
            BackupText.tr("There is no usable backup of {name} in {folder}.").format(
                name=db_path.name, folder=backup_dir(db_path)
            )
        )
    return restore_file(db_path, backup)


def start_fresh(db_path: Path) -> Recovery:
    """Set the damaged file aside so that the next open starts a new database there (and loads the bundled
    dataset into it, as into every new database)."""
    return Recovery(set_aside(db_path), None)
