"""Backups and restores of an archive on a server: SQLite files written and read back by the copy.

A server archive's backup is a verified SQLite snapshot of it (:func:`backup_archive`), written by
:mod:`model.store.copy` from one ``REPEATABLE READ READ ONLY`` snapshot: the same file a file's backup is
(rollback-journal mode, Summitry's mark, the archive's identity), so ``summitry db restore`` can check whose it
is and any Summitry can open it. By default it goes to the user's data folder's ``backups``, named after the
archive without its password (:func:`model.store.backup_set.archive_stem`), where the safety copies taken
before a restore or an upgrade go too. Putting one back (:func:`restore_archive`) keeps a verified safety
copy of the archive as it was, then replaces it in one transaction: colleagues see the archive as it was or
as restored, never half of it. The server as a whole (its roles, its other databases) stays its
administrator's, with ``pg_dump``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from model.store import backends, backup_set
from model.store import schema_facts as facts
from model.store.backup import BackupError, BackupText, Identity, read_identity, verify
from model.store.copy import Copied, CopyRefused, copy_archive, safety_copy_of_server
from model.store.copy_source import (
    IndexFn,
    ProgressFn,
    SourceState,
    archive_tables,
    identity_of,
    raise_fault,
    read_snapshot,
    set_identity,
    source_state,
)
from model.store.copy_target import holdings, write_file
from model.store.faults import DatabaseOpenError
from model.store.files import check_file
from model.store.location import display_target

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from model.store.backend import WaitFn
    from model.store.server_archive import BeforeUpgrade


def ensure_identity(target: str) -> Identity | None:
    """Give the server archive at ``target`` its identity if it has none (once), so its backups carry it;
    None where this user may not write it (they may still back it up)."""
    from sqlalchemy.exc import DBAPIError

    from model.store.server_archive import archive_engine

    shown = display_target(target)
    engine = archive_engine(target, shown, readonly=False)
    try:
        with engine.begin() as conn:
            return identity_of(conn) or set_identity(conn, None, shown)
    except DBAPIError as exc:
        fault = backends.backend_for(target).fault(exc, shown)
        if fault is not None and fault.reason in ("no-permission", "read-only"):
            return None
        raise_fault(exc, shown, "using")
        raise
    finally:
        engine.dispose()


def default_backup_path(target: str, label: str = "manual") -> Path:
    """A new backup's file for the server archive at ``target``, in the user's data folder's backups."""
    return backup_set.backup_path_for(backup_set.archive_stem(target), label)


def backup_archive(
    target: str, dest: Path | None = None, *, index: IndexFn, force: bool = False, progress: ProgressFn | None = None
) -> Path:
    """Write a verified SQLite backup of the server archive at ``target`` to ``dest`` (or the default place).

    An existing ``dest`` is replaced only with ``force``, and only when it is an earlier backup of this same
    archive (never anything else).

    Raises:
        BackupError: when ``dest`` is in the way, or cannot be written or verified.
        DatabaseOpenError: when the archive cannot be read.
    """
    shown = display_target(target)
    ensure_identity(target)
    dest = dest or default_backup_path(target)
    with read_snapshot(target) as src:
        state = source_state(src, shown)
        _refuse_to_replace(dest, state, force=force)
        write_file(src, state, dest, index, progress, as_backup=True)
    return dest


def _refuse_to_replace(dest: Path, state: SourceState, *, force: bool) -> None:
    """Refuse to write a backup over an existing file, unless ``force`` and it is a backup of this archive
    (a Summitry file in rollback-journal mode, as backups are, carrying this archive's identity)."""
    if not dest.exists():
        return
    if dest.is_dir():
        raise BackupError(
            BackupText.tr("{dest} is a folder. Give the backup a file name, for example {example}.").format(
                dest=dest, example=dest / "summitry.sqlite3"
            )
        )
    if not force:
        raise BackupError(
            BackupText.tr(
                "{dest} already exists. Choose another name, or add --force to replace it if it is an earlier "
                "backup of this archive."
            ).format(dest=dest)
        )
    try:
        info = check_file(dest)
        is_backup = info is not None and info.application_id == facts.APPLICATION_ID and not info.wal
        theirs = read_identity(dest) if is_backup else None
    except (DatabaseOpenError, sqlite3.Error):
        theirs = None
    if theirs is None or state.identity is None or theirs.id != state.identity.id:
        raise BackupError(
            BackupText.tr(
                "{dest} is not a backup of this archive, so it is left as it is, even with --force. "
                "Choose another name."
            ).format(dest=dest)
        )


def restore_archive(
    target: str,
    backup: Path,
    *,
    index: IndexFn,
    force: bool = False,
    progress: ProgressFn | None = None,
    on_wait: WaitFn | None = None,
) -> Copied:
    """Put the backup file ``backup`` back in place of the server archive at ``target``.

    The backup is verified first; a backup of another archive is refused unless ``force`` (or the archive
    holds nothing). Under the archive's write lock, writers kept out, a verified safety copy of the archive
    as it is goes to the backups folder (``before-restore``); then its rows are replaced by the backup's in
    the same transaction. The archive keeps its own identity.

    Raises:
        BackupError: when the backup does not verify, or the safety copy cannot be written.
        CopyRefused: when it is a backup of another archive (and not ``force``); nothing is changed.
    """
    shown = display_target(target)
    verify(backup)
    try:
        theirs = read_identity(backup)
    except sqlite3.Error as exc:
        raise BackupError(BackupText.tr("Cannot read {backup}: {reason}.").format(backup=backup, reason=exc)) from exc

    def accept(conn: Connection, _state: SourceState) -> None:
        if force or theirs is None:  # a backup from before identities cannot be told apart
            return
        ours = identity_of(conn)
        if (ours is not None and ours.id == theirs.id) or not holdings(conn):
            return
        raise CopyRefused(
            BackupText.tr(
                "{backup} is a backup of another archive ({other}), not of {archive}; nothing was changed. "
                "Add --force to replace this archive with it all the same (a safety copy of it is kept first)."
            ).format(backup=backup, other=theirs.path, archive=shown)
        )

    return copy_archive(
        str(backup),
        target,
        index=index,
        replace=True,
        progress=progress,
        on_wait=on_wait,
        safety_label="before-restore",
        accept=accept,
        keep_identity=True,
    )


def newest_backup(target: str) -> Path:
    """The newest backup of the server archive at ``target`` in its backups folder that verifies and is its own.

    Raises:
        BackupError: when there is none.
    """
    stem = backup_set.archive_stem(target)
    ours = ensure_identity(target)
    for found in backup_set.backups_of(stem):
        try:
            verify(found.path)
            theirs = read_identity(found.path)
        except (BackupError, sqlite3.Error):
            continue
        if ours is None or theirs is None or theirs.id == ours.id:
            return found.path
    raise BackupError(
        BackupText.tr("There is no usable backup of {archive} in {folder}.").format(
            archive=display_target(target), folder=backup_set.backup_dir(stem)
        )
    )


def backup_before_upgrade(
    target: str, index: IndexFn, written: list[Path], progress: ProgressFn | None = None
) -> BeforeUpgrade:
    """What ``summitry db upgrade`` runs in the upgrade's transaction before its first step: a verified backup
    of exactly the archive it upgrades (writers kept out), appended to ``written``."""
    ensure_identity(target)

    def before(conn: Connection, version: int) -> None:
        backends.of(conn).keep_writers_out(conn, archive_tables())
        written.append(safety_copy_of_server(conn, target, f"before-upgrade-v{version}", index, progress))

    return before
