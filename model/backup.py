"""Backups with SQLite's backup API, verified after writing, rotated, and restores.

Automatic backups are taken before every schema upgrade and every import
(:func:`auto_backup`) and rotated like a tape set (:func:`rotate_backups`): the
last few, one a day for a week, one a week for a month, one a month for half a
year, and every safety copy (before an upgrade or a restore) for a while.
Backups the user asks for by name ("manual") are never deleted.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from model import schema_facts as schema
from model.db import BUSY_ADVICE, BUSY_TIMEOUT_MS, Database, DatabaseOpenError, check_file


class BackupError(Exception):
    """A backup or restore that could not be done; the message says why."""


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def backup_path_for(db_path: Path, label: str = "manual", now: _dt.datetime | None = None) -> Path:
    """A new file name in the backups folder: ``<db stem>-<YYYYmmdd-HHMMSS>[.N]-<label>.sqlite3``.

    Never the name of an existing backup: two backups in the same second get ``.2``, ``.3`` …
    """
    stamp = (now or _dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    folder = backup_dir(db_path)
    candidate = folder / f"{db_path.stem}-{stamp}-{label}.sqlite3"
    n = 2
    while candidate.exists() or candidate.with_name(candidate.name + ".part").exists():
        candidate = folder / f"{db_path.stem}-{stamp}.{n}-{label}.sqlite3"
        n += 1
    return candidate


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
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseOpenError("busy", f"{db.path} is busy: another program is using it.", BUSY_ADVICE) from exc
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
    db.release_connections()  # no connection may hold a read snapshot while pages are replaced
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


# --- automatic backups and rotation ---------------------------------------------------------------------

#: Labels of backups Summitry takes by itself, rotated by :func:`rotate_backups`.
AUTO_LABELS = ("auto", "before-import")
#: Labels of safety copies taken before a change that cannot be undone; kept for a while, whatever their number.
SAFETY_PREFIXES = ("before-upgrade", "before-restore")


@dataclass(frozen=True)
class RotationPolicy:
    """How many automatic backups to keep (the newest of each day, week and month, like a tape set).

    Attributes:
        last: the newest N automatic backups, whatever their dates (undo the last few imports).
        daily: the newest backup of each of the last N days that have one.
        weekly: the newest backup of each of the last N ISO weeks that have one.
        monthly: the newest backup of each of the last N months that have one.
        safety_days: safety copies (before an upgrade or a restore) younger than this are kept.
        safety_min: and the newest N safety copies are kept however old.
    """

    last: int = 5
    daily: int = 7
    weekly: int = 4
    monthly: int = 6
    safety_days: int = 90
    safety_min: int = 3


DEFAULT_POLICY = RotationPolicy()


@dataclass(frozen=True)
class BackupInfo:
    """One file in the backups folder, as its name describes it."""

    path: Path
    taken: _dt.datetime
    label: str
    sequence: int = 1

    @property
    def automatic(self) -> bool:
        return self.label in AUTO_LABELS

    @property
    def safety(self) -> bool:
        return self.label.startswith(SAFETY_PREFIXES)


def backups_of(db_path: Path) -> list[BackupInfo]:
    """The backups of this database in its backups folder, newest first (dates read from the names)."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    pattern = re.compile(rf"^{re.escape(db_path.stem)}-(\d{{8}}-\d{{6}})(?:\.(\d+))?-([A-Za-z0-9-]+)\.sqlite3$")
    out = []
    for path in folder.iterdir():
        m = pattern.match(path.name)
        if not m:
            continue
        try:
            taken = _dt.datetime.strptime(m.group(1), "%Y%m%d-%H%M%S")
        except ValueError:
            continue
        out.append(BackupInfo(path, taken, m.group(3), int(m.group(2) or 1)))
    return sorted(out, key=lambda b: (b.taken, b.sequence), reverse=True)


def backups_to_keep(
    backups: list[BackupInfo], policy: RotationPolicy = DEFAULT_POLICY, now: _dt.datetime | None = None
) -> set[Path]:
    """Which backups rotation keeps; anything neither automatic nor a safety copy is always kept."""
    now = now or _dt.datetime.now()
    keep = {b.path for b in backups if not (b.automatic or b.safety)}
    auto = [b for b in backups if b.automatic]  # newest first
    keep.update(b.path for b in auto[: policy.last])
    for count, period in (
        (policy.daily, lambda t: t.date()),
        (policy.weekly, lambda t: t.isocalendar()[:2]),
        (policy.monthly, lambda t: (t.year, t.month)),
    ):
        seen: list[object] = []
        for b in auto:
            key = period(b.taken)
            if key not in seen:
                if len(seen) == count:
                    break
                seen.append(key)
                keep.add(b.path)  # the newest of its period, since ``auto`` is newest first
    safety = [b for b in backups if b.safety]
    keep.update(b.path for b in safety[: policy.safety_min])
    keep.update(b.path for b in safety if now - b.taken <= _dt.timedelta(days=policy.safety_days))
    return keep


def rotate_backups(
    db_path: Path, policy: RotationPolicy = DEFAULT_POLICY, now: _dt.datetime | None = None
) -> list[Path]:
    """Delete the automatic backups and old safety copies the policy no longer keeps; returns them."""
    backups = backups_of(db_path)
    keep = backups_to_keep(backups, policy, now)
    removed = []
    for b in backups:
        if b.path not in keep:
            try:
                b.path.unlink()
            except OSError:
                continue  # a backup we cannot delete costs space, not data; try again next time
            removed.append(b.path)
    return removed


def has_records(db: Database) -> bool:
    """Whether there is anything to lose (the first load into an empty database needs no backup)."""
    con = _raw(db)
    try:
        return con.execute("SELECT EXISTS (SELECT 1 FROM record)").fetchone()[0] == 1
    except sqlite3.Error:
        return True  # unsure: better one backup too many
    finally:
        con.close()


def auto_backup(db: Database, label: str = "auto", *, only_if_data: bool = True) -> Path | None:
    """A verified backup before something risky, then rotation; None when there is nothing to back up.

    Nothing to back up: a database that is not a SQLite file, is read-only, or (with
    ``only_if_data``) has no records yet.

    Raises:
        BackupError: when the backup cannot be written or does not verify; the caller should not go on.
    """
    if not db.is_sqlite or db.path is None or db.readonly:
        return None
    if only_if_data and not has_records(db):
        return None
    try:
        dest = backup_database(db, backup_path_for(db.path, label))
    except OSError as exc:
        raise BackupError(f"Could not write a backup in {backup_dir(db.path)}: {exc.strerror or exc}.") from exc
    rotate_backups(db.path)
    return dest


def newest_verified_backup(db_path: Path) -> Path | None:
    """The newest backup of this database that opens and passes SQLite's integrity check."""
    for b in backups_of(db_path):
        try:
            verify(b.path)
        except BackupError:
            continue
        return b.path
    return None
