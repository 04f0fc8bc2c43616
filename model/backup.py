"""Backups with SQLite's backup API, verified after writing, and restores."""

from __future__ import annotations

import datetime as _dt
import os
import sqlite3
from pathlib import Path

from model import schema
from model.db import BUSY_TIMEOUT_MS, Database, DatabaseOpenError, check_file


class BackupError(Exception):
    """A backup or restore that could not be done; the message says why."""


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def backup_path_for(db_path: Path, label: str = "manual") -> Path:
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_dir(db_path) / f"{db_path.stem}-{stamp}-{label}.sqlite3"


def verify(path: Path) -> None:
    """Open a backup and check it: SQLite integrity, Summitry's mark, a version we can read.

    Raises:
        BackupError: when the file would not restore a usable database.
    """
    try:
        info = check_file(path)
    except DatabaseOpenError as exc:
        raise BackupError(exc.message) from exc
    if info is None:
        raise BackupError(f"{path} is empty or missing.")
    if info.application_id != schema.APPLICATION_ID:
        raise BackupError(f"{path} is not a Summitry database.")
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        result = con.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path} is damaged: {exc}.") from exc
    finally:
        con.close()
    if result != [("ok",)]:
        raise BackupError(f"{path} is damaged: {result[0][0]}.")


def _raw(db: Database) -> sqlite3.Connection:
    if not db.is_sqlite or db.path is None:
        raise BackupError("Backups are made of SQLite database files only.")
    return sqlite3.connect(str(db.path), timeout=BUSY_TIMEOUT_MS / 1000)


def backup_database(db: Database, dest: Path) -> Path:
    """Copy the live database to ``dest`` with the backup API, then verify the copy.

    The copy is written beside ``dest`` first and moved into place only when verified.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    src = _raw(db)
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise BackupError(f"Could not write the backup {dest}: {exc}.") from exc
    finally:
        src.close()
    try:
        verify(tmp)
    except BackupError:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, dest)
    return dest


def restore_database(db: Database, backup: Path) -> Path:
    """Replace the live database's content with a verified backup, after backing up the current one.

    Returns the path of the safety backup of the database as it was.
    """
    verify(backup)
    assert db.path is not None
    safety = backup_database(db, backup_path_for(db.path, "before-restore"))
    db.engine.dispose()  # no pooled connection may hold a read snapshot while pages are replaced
    src = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    dst = _raw(db)
    try:
        src.backup(dst)
    except sqlite3.Error as exc:
        raise BackupError(
            f"Could not restore from {backup}: {exc}. Your database is unchanged; a copy is at {safety}."
        ) from exc
    finally:
        src.close()
        dst.close()
    return safety


def list_backups(db_path: Path) -> list[Path]:
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.sqlite3"), key=lambda p: p.stat().st_mtime, reverse=True)
