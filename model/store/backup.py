"""Backups with SQLite's backup API: marked with their database's identity, verified, rotated.

Automatic backups are taken before every schema upgrade and every import (:func:`auto_backup`) and
rotated (see :mod:`model.store.backup_set`, which also names them). A backup is written as ``NAME.part`` with
its database's permission bits, checked (SQLite's integrity check, Summitry's mark) and only then moved
into place. It is read from the database through a read-only connection, so a database on read-only
media can be backed up too.

Each database gets an identity (a random id, kept in the ``store_identity`` table) before its first
backup; the backup carries it, and :func:`refuse_if_foreign` will not restore a backup of one database
over another.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no flock; two backups in one second there still get their own names
    fcntl = None  # type: ignore[assignment]

from model.i18n import Words
from model.store import backup_set, partfiles
from model.store import schema_facts as schema
from model.store.database import Database
from model.store.faults import FULL_ADVICE, DatabaseOpenError, OpenText, fault_from, kind_of
from model.store.files import BUSY_TIMEOUT_MS, check_file, connect_readonly, quick_check

IDENTITY_TABLE = "store_identity"
#: What an OS error says when a file cannot grow for want of room (a full disk, a used-up quota).
_NO_ROOM = (errno.ENOSPC, errno.EDQUOT)


class BackupError(Exception):
    """A backup or restore that could not be done; the message says why."""


class BackupText(Words):
    """What backups and restores say, in the interface's language."""


# --- identity ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Identity:
    """Which database a file is (or is a backup of).

    Attributes:
        id: a random id given to the database before its first backup; copies and backups share it.
        path: where the database was when it got its id (for messages only: files move).
    """

    id: str
    path: str


def read_identity(path: Path) -> Identity | None:
    """The identity recorded in a database or backup; None when it has none (older Summitry, never backed up).

    Raises:
        sqlite3.Error: when the file cannot be read.
    """
    con = connect_readonly(path)
    try:
        if not con.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (IDENTITY_TABLE,)
        ).fetchone():
            return None
        row = con.execute(f"SELECT id, path FROM {IDENTITY_TABLE}").fetchone()
    finally:
        con.close()
    return Identity(row[0], row[1]) if row else None


def write_identity(path: Path, identity: Identity | None = None) -> Identity:
    """Give the database at ``path`` an identity (``identity``, or a new random one) unless it has one.

    Returns the identity it has afterwards.

    Raises:
        DatabaseOpenError: "busy" when another program is writing to it.
        BackupError: when it cannot be written.
    """
    con = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")
        con.execute(f"CREATE TABLE IF NOT EXISTS {IDENTITY_TABLE} (id TEXT PRIMARY KEY, path TEXT NOT NULL)")
        row = con.execute(f"SELECT id, path FROM {IDENTITY_TABLE}").fetchone()
        if row is None:
            new = identity or Identity(uuid.uuid4().hex, str(path.resolve()))
            con.execute(f"INSERT INTO {IDENTITY_TABLE} (id, path) VALUES (?, ?)", (new.id, new.path))
            row = (new.id, new.path)
        con.execute("COMMIT")
    except sqlite3.Error as exc:
        if con.in_transaction:
            con.rollback()
        fault = fault_from(exc, path)
        if fault is not None and fault.reason in ("busy", "full"):
            raise fault from exc
        raise BackupError(
            BackupText.tr("Cannot record which database {path} is, before backing it up: {reason}.").format(
                path=path, reason=exc
            )
        ) from exc
    finally:
        con.close()
    return Identity(row[0], row[1])


def _has_records(path: Path) -> bool:
    con = connect_readonly(path)
    try:
        return bool(con.execute("SELECT EXISTS (SELECT 1 FROM record)").fetchone()[0])
    finally:
        con.close()


def refuse_if_foreign(backup: Path, db_path: Path) -> None:
    """Refuse a backup that belongs to another database than the one at ``db_path``.

    A backup without an identity (made by an older Summitry) cannot be told apart and is allowed; so is
    any backup when the database cannot be read (it is damaged: restoring is the way out) or holds no
    records (there is nothing to lose). A database without an identity has never been backed up since
    backups carry one, so a backup that has one is not its own.

    Raises:
        BackupError: when ``backup`` is a backup of another database.
    """
    try:
        theirs = read_identity(backup)
    except sqlite3.Error as exc:
        raise BackupError(BackupText.tr("Cannot read {backup}: {reason}.").format(backup=backup, reason=exc)) from exc
    if theirs is None or not db_path.exists():
        return
    try:
        ours = read_identity(db_path)
        if (ours is not None and ours.id == theirs.id) or not _has_records(db_path):
            return
    except sqlite3.Error:
        return  # the database cannot be read: it is damaged
    raise BackupError(
        BackupText.tr("{backup} is a backup of another database ({other}), not of {db_path}.").format(
            backup=backup, other=theirs.path, db_path=db_path
        )
    )


# --- writing and checking backups ---------------------------------------------------------------------------


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
        raise BackupError(BackupText.tr("{path} is empty or missing.").format(path=path))
    if info.application_id != schema.APPLICATION_ID:
        raise BackupError(BackupText.tr("{path} is not a Summitry database.").format(path=path))
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        result = con.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        raise BackupError(BackupText.tr("{path} is damaged: {reason}.").format(path=path, reason=exc)) from exc
    finally:
        con.close()
    if result != [("ok",)]:
        raise BackupError(BackupText.tr("{path} is damaged: {reason}.").format(path=path, reason=result[0][0]))


def copy_verified(source: Path, dest: Path) -> Path:
    """Copy the database file ``source`` to ``dest`` with the backup API, then verify the copy.

    The copy is written as ``dest.part`` with the permission bits of ``source`` and moved into place only
    when verified. ``source`` is only read (it may be on read-only media).

    Raises:
        DatabaseOpenError: "corrupt" when ``source`` itself is damaged, "busy" when it is locked.
        BackupError: when the copy cannot be written or does not verify; the message names ``dest``.
    """
    try:
        src = connect_readonly(source)
        mode = partfiles.mode_of(source)
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(
            BackupText.tr("Cannot read {source}: {reason}. No backup was written.").format(
                source=source, reason=_words(exc)
            )
        ) from exc
    try:
        _make_folder(dest.parent)
        with partfiles.writing(dest, mode) as part:
            dst = sqlite3.connect(str(part.path))
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            finally:
                dst.close()
            verify(part.path)
            part.commit()
    except OSError as exc:
        if exc.errno in _NO_ROOM:
            raise BackupError(
                BackupText.tr("Could not write the backup {dest}: the disk is full.").format(dest=dest)
                + "\n"
                + OpenText.tr(FULL_ADVICE)
            ) from exc
        raise BackupError(
            BackupText.tr("Could not write the backup {dest}: {reason}.").format(dest=dest, reason=_words(exc))
        ) from exc
    except (sqlite3.Error, BackupError) as exc:
        _blame_source(source, exc)
        if kind_of(exc) == "full":  # SQLite's "database or disk is full", said of the copy: the disk is
            raise BackupError(
                BackupText.tr("Could not write a verified backup to {dest}: the disk is full.").format(dest=dest)
                + "\n"
                + OpenText.tr(FULL_ADVICE)
            ) from exc
        detail = str(exc).replace(str(partfiles.part_path(dest)), "the copy").rstrip(".")
        raise BackupError(
            BackupText.tr("Could not write a verified backup to {dest}: {reason}.").format(dest=dest, reason=detail)
        ) from exc
    finally:
        src.close()
    return dest


def _words(exc: BaseException) -> str:
    return str(exc.strerror if isinstance(exc, OSError) and exc.strerror else exc)


def _blame_source(source: Path, exc: BaseException) -> None:
    """A copy failed: raise the database's own fault (damaged, busy) if it is one, so it is not blamed on the copy."""
    fault = fault_from(exc, source)
    if fault is not None and fault.reason == "busy":
        raise fault from exc
    quick_check(source, whole=True)  # raises "corrupt" when the database itself is damaged


def backup_database(db: Database, dest: Path, *, force: bool = False) -> Path:
    """Write a verified backup of the open database to ``dest`` (see :func:`copy_verified`).

    The database is given its identity first if it has none (unless it is read-only), so the backup
    carries it. An existing ``dest`` is replaced only with ``force``, and only when it is an earlier
    backup of this same database (:func:`refuse_to_replace`).
    """
    if not db.is_sqlite or db.path is None:
        raise BackupError(BackupText.tr("Backups are made of SQLite database files only."))
    refuse_to_replace(dest, db.path, force=force)
    _make_folder(dest.parent)  # before the database is touched: the usual reason a backup cannot be written
    if not db.readonly:
        write_identity(db.path)
    return copy_verified(db.path, dest)


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        why = BackupText.tr("a file is in the way") if folder.is_file() else _words(exc)
        raise BackupError(
            BackupText.tr("Could not write a backup in {folder}: {reason}.").format(folder=folder, reason=why)
        ) from exc


def refuse_to_replace(dest: Path, db_path: Path, *, force: bool) -> None:
    """Refuse to write a backup over an existing file, unless ``force`` and it is a backup of this database.

    A backup of this database is a Summitry file with its identity that is still in rollback-journal mode,
    as backups are written: every database Summitry opens for writing is switched to WAL, so a copy of this
    database that has been used as a database since (or restored into one) is never taken for a backup.

    Raises:
        BackupError: saying why ``dest`` is left as it is.
    """
    if not dest.exists():
        return
    if dest.is_dir():
        raise BackupError(
            BackupText.tr("{dest} is a folder. Give the backup a file name, for example {example}.").format(
                dest=dest, example=dest / db_path.name
            )
        )
    if dest.resolve() == db_path.resolve():
        raise BackupError(
            BackupText.tr("{dest} is the database itself. Write the backup to another file.").format(dest=dest)
        )
    if not force:
        raise BackupError(
            BackupText.tr(
                "{dest} already exists. Choose another name, or add --force to replace it if it is an earlier "
                "backup of this database."
            ).format(dest=dest)
        )
    try:
        info = check_file(dest)
        is_backup = info is not None and info.application_id == schema.APPLICATION_ID and not info.wal
        theirs = read_identity(dest) if is_backup else None
        ours = read_identity(db_path)
    except (DatabaseOpenError, sqlite3.Error):
        theirs = ours = None
    if theirs is None or ours is None or theirs.id != ours.id:
        raise BackupError(
            BackupText.tr(
                "{dest} is not a backup of this database, so it is left as it is, even with --force. "
                "Choose another name."
            ).format(dest=dest)
        )


def has_records(db: Database) -> bool:
    """Whether there is anything to lose (the first load into an empty database needs no backup)."""
    if db.path is None:
        return True
    try:
        return _has_records(db.path)
    except sqlite3.Error:
        return True  # unsure: better one backup too many


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
    with _one_backup_at_a_time(db.path):
        dest = backup_database(db, backup_set.backup_path_for(db.path, label))
        backup_set.rotate_backups(db.path)
    return dest


@contextmanager
def _one_backup_at_a_time(db_path: Path) -> Iterator[None]:
    """Hold an exclusive ``flock`` on the database file while one of its backups is named, written and rotated.

    Two imports started in the same second both back up first: without this they chose the same name, and the
    first to finish removed SQLite's files beside the ``.part`` the other was still writing (a "disk I/O error").
    ``flock`` is apart from the POSIX locks SQLite takes on the same file, so readers and writers are not held.
    """
    if fcntl is None:
        yield
        return
    fd = os.open(db_path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def newest_verified_backup(db_path: Path) -> Path | None:
    """The newest backup of this database that opens, passes SQLite's integrity check and is its own."""
    for b in backup_set.backups_of(db_path):
        try:
            verify(b.path)
            refuse_if_foreign(b.path, db_path)
        except BackupError:
            continue
        return b.path
    return None
