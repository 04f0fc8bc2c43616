"""The backups of one database: their names, which files are whose, and their rotation.

A backup lives in the ``backups`` folder beside its database and is named for that database's whole file
name: ``notes.sqlite3-20260101-120000-manual.sqlite3``, so ``notes.sqlite3`` and ``notes.db`` in one folder
never share (or rotate away) each other's backups. Backups made before this naming were called after the
file's stem (``notes-20260101-120000-manual.sqlite3``); they still count as a database's own when that is
unambiguous, that is when no other SQLite file in its folder has the same stem, and are otherwise left alone
(never chosen, never rotated away). Which database a backup belongs to is also recorded inside it (see
:mod:`model.store.backup`), and checked before anything is restored.

Rotation works like a tape set (:func:`rotate_backups`): the last few automatic backups, one a day for a
week, one a week for a month, one a month for half a year, and every safety copy (before an upgrade or a
restore) for a while. Backups the user asks for by name ("manual") are never deleted.
"""

from __future__ import annotations

import datetime as _dt
import glob
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from model.store import location
from model.store.faults import is_not_a_database

#: Labels of backups Summitry takes by itself, rotated by :func:`rotate_backups`.
AUTO_LABELS = ("auto", "before-import")
#: Labels of safety copies taken before a change that cannot be undone; kept for a while, whatever their number.
SAFETY_PREFIXES = ("before-upgrade", "before-restore")
_STAMP = r"(\d{8}-\d{6})(?:\.(\d+))?-([A-Za-z0-9-]+)\.sqlite3"


backup_dir = location.backup_dir


def archive_stem(target: str) -> Path:
    """What a server archive's backups are named after, as a file's are after the file: a name in the user's
    data folder (:func:`model.store.location.archive_file_name`, never with a password), so they go in the
    ``backups`` folder there, ``anna@db.example.org-summitry-20260101-120000-manual.sqlite3``."""
    return location.data_dir() / location.archive_file_name(target)


def backup_path_for(db_path: Path, label: str = "manual", now: _dt.datetime | None = None) -> Path:
    """A new file name in the backups folder: ``<db file name>-<YYYYmmdd-HHMMSS>[.N]-<label>.sqlite3``.

    Never the name of an existing backup: two backups in the same second get ``.2``, ``.3`` …
    """
    stamp = (now or _dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    folder = backup_dir(db_path)
    candidate = folder / f"{db_path.name}-{stamp}-{label}.sqlite3"
    n = 2
    while candidate.exists() or candidate.with_name(candidate.name + ".part").exists():
        candidate = folder / f"{db_path.name}-{stamp}.{n}-{label}.sqlite3"
        n += 1
    return candidate


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


def _stem_is_ambiguous(db_path: Path) -> bool:
    """Whether another SQLite file beside ``db_path`` has its stem (``notes.db`` beside ``notes.sqlite3``)."""
    folder = db_path.parent
    for other in [folder / db_path.stem, *folder.glob(f"{glob.escape(db_path.stem)}.*")]:
        same_stem = other.name == db_path.stem or other.stem == db_path.stem
        if other.name == db_path.name or not same_stem or other.name.endswith(_NOT_DATABASES):
            continue
        if other.is_file() and _is_sqlite(other):
            return True
    return False


#: SQLite's own files beside a database, and half-written copies: never a database of their own.
_NOT_DATABASES = ("-wal", "-shm", "-journal", ".part")


def _is_sqlite(path: Path) -> bool:
    """Asked of SQLite, read-only and without locks: a plain ``open`` and ``close`` of a database file would
    release the locks this process's connections hold on it."""
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            con.execute("PRAGMA schema_version").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return not is_not_a_database(exc)  # unreadable: cannot tell, so better not claim its backups
    return True


def backups_of(db_path: Path) -> list[BackupInfo]:
    """The backups of this database in its backups folder, newest first (dates read from the names).

    Backups named after the file's stem (older Summitry) are included only where the stem is unambiguous.
    """
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    patterns = [re.compile(rf"^{re.escape(db_path.name)}-{_STAMP}$")]
    if db_path.stem != db_path.name and not _stem_is_ambiguous(db_path):
        patterns.append(re.compile(rf"^{re.escape(db_path.stem)}-{_STAMP}$"))
    out = []
    for path in folder.iterdir():
        m = next((m for m in (p.match(path.name) for p in patterns) if m), None)
        if not m:
            continue
        try:
            taken = _dt.datetime.strptime(m.group(1), "%Y%m%d-%H%M%S")
        except ValueError:
            continue
        out.append(BackupInfo(path, taken, m.group(3), int(m.group(2) or 1)))
    return sorted(out, key=lambda b: (b.taken, b.sequence), reverse=True)


def list_backups(db_path: Path) -> list[Path]:
    """The files of :func:`backups_of`, newest first."""
    return [b.path for b in backups_of(db_path)]


# --- rotation -------------------------------------------------------------------------------------------


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
