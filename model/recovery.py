"""Getting a user going again after a database cannot be opened, without losing anything.

Only ever called when the user chooses it (the open-error dialog, ``summitry db restore``):
the damaged file is set aside under a new name, never deleted or overwritten, and then
either the newest verified backup is copied into its place or a new empty database is
started there.
"""

from __future__ import annotations

import datetime as _dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from model.backup import BackupError, backup_dir, newest_verified_backup, verify

#: SQLite's companion files, which belong to the main file and must move with it.
COMPANIONS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Recovery:
    """What a recovery did, for telling the user.

    Attributes:
        set_aside: where the damaged file now is (None if there was no file).
        restored_from: the backup copied into place, or None for a new empty database.
    """

    set_aside: Path | None
    restored_from: Path | None

    def summary(self, db_path: Path) -> str:
        kept = f" The damaged file is kept as {self.set_aside}." if self.set_aside else ""
        if self.restored_from:
            return f"Restored {db_path} from the backup {self.restored_from.name}.{kept}"
        return f"Started a new empty database at {db_path}.{kept}"


def set_aside(path: Path, now: _dt.datetime | None = None) -> Path | None:
    """Rename ``path`` (and its -wal/-shm/-journal files) to ``<name>.damaged-<stamp>``; None if it is absent.

    The companions move too: a new database must never pick up the damaged file's write-ahead log.
    """
    if not path.exists():
        return None
    stamp = (now or _dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    dest = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 2
    while dest.exists():
        dest = path.with_name(f"{path.name}.damaged-{stamp}.{n}")
        n += 1
    for suffix in COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, dest.with_name(dest.name + suffix))
    os.replace(path, dest)
    return dest


def restore_file(db_path: Path, backup: Path) -> Recovery:
    """Set the file at ``db_path`` aside and put a copy of the verified ``backup`` in its place.

    Raises:
        BackupError: when the backup does not verify (nothing has been moved then).
    """
    verify(backup)
    aside = set_aside(db_path)
    tmp = db_path.with_name(db_path.name + ".restoring")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
        finally:
            dst.close()
        verify(tmp)
    except (sqlite3.Error, BackupError) as exc:
        tmp.unlink(missing_ok=True)
        raise BackupError(f"Could not restore from {backup}: {exc}. The damaged file is kept as {aside}.") from exc
    finally:
        src.close()
    os.replace(tmp, db_path)
    return Recovery(aside, backup)


def restore_newest(db_path: Path) -> Recovery:
    """Restore the newest backup that verifies, setting the damaged file aside first.

    Raises:
        BackupError: when no backup in the backups folder verifies (nothing has been moved then).
    """
    backup = newest_verified_backup(db_path)
    if backup is None:
        raise BackupError(f"There is no usable backup of {db_path.name} in {backup_dir(db_path)}.")
    return restore_file(db_path, backup)


def start_fresh(db_path: Path) -> Recovery:
    """Set the damaged file aside so that the next open starts a new empty database there."""
    return Recovery(set_aside(db_path), None)
