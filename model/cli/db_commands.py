"""``summitry db``: where the database is, checking and repairing it, backing it up and restoring it, copying it."""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import TextIO

from model.cli.arguments import open_for
from model.cli.output import RowsProgress, err
from model.i18n import Words, translate
from model.maintenance import check, reindex
from model.store import backup, backup_set, instance_lock, restore, server_backup
from model.store.backend import WaitFn
from model.store.backup import BackupText
from model.store.copy import Copied, copy_archive
from model.store.location import data_dir, display_target, is_server, resolve_target, sqlite_path
from model.store.opening import upgrade_database


class DbText(Words):
    """What ``summitry db`` says of checks, backups and restores, in the interface's language."""


def cmd_db(args: argparse.Namespace, out: TextIO) -> int:
    if args.db_command == "path":
        print(display_target(resolve_target(args.database)), file=out)  # a server's URL without its password
        return 0
    if args.db_command == "copy":
        return cmd_copy(args, out)
    if args.db_command == "restore":
        return cmd_restore(args, out)
    if args.db_command == "upgrade":
        return cmd_upgrade(args, out)
    if args.db_command == "grant":
        return cmd_grant(args, out)
    if args.db_command == "backup" and is_server(resolve_target(args.database)):
        return cmd_backup_server(args, out)
    database = open_for(args, load_bundled=False)
    try:
        if args.db_command == "check":
            findings = check.check_database(database)
            if args.repair and any(f.repair == "bounds" for f in findings):
                fixed = check.repair_date_bounds(database)
                print(DbText.tr("Set the date bounds of %n record(s) from their dates.", "", fixed), file=out)
                findings = check.check_database(database)
            if args.repair and any(f.repair == "citations" for f in findings):
                moved = check.repair_citations(database)
                print(DbText.tr("Moved %n citation(s) to where their quoted passages now are.", "", moved), file=out)
                findings = check.check_database(database)
            if args.repair and any(f.repair == "index" for f in findings):
                reindex.rebuild(database)
                print(DbText.tr("Rebuilt the search index."), file=out)
                findings = check.check_database(database)
            skipped = check.not_checked(database)
            if not findings:
                print(DbText.tr("{database}: no problems found.").format(database=database.shown), file=out)
            for f in findings:
                print(f, file=out)
            for what in skipped:
                print(DbText.tr("not checked: {what}").format(what=what), file=out)
            return 1 if findings else 0
        if args.db_command == "backup":
            if database.path is None:
                err(BackupText.tr("Backups are made of SQLite database files only."))
                return 1
            dest = args.output or backup_set.backup_path_for(database.path)
            backup.backup_database(database, dest, force=args.force)
            print(DbText.tr("Backup written and verified: {path}").format(path=dest), file=out)
            return 0
    except backup.BackupError as exc:
        err(str(exc))
        return 1
    except OSError as exc:
        err(
            DbText.tr("{reason}: {file}. The database is unchanged.").format(
                reason=exc.strerror or exc, file=exc.filename or ""
            )
        )
        return 1
    finally:
        database.close()
    return 2


def _waiting_for_an_import(shown: str) -> WaitFn:
    """What a copy into a server says, once, while an import there keeps it waiting."""
    said = False

    def waiting() -> bool:
        nonlocal said
        if not said:
            err(DbText.tr("Waiting for another import into {archive} to finish…").format(archive=shown))
            said = True
        return True

    return waiting


def _copied(source: str, target: str, done: Copied, began: float) -> str:
    """The line that ends a copy: what it copied, how many records and rows, how long it took."""
    return DbText.tr("Copied {source} to {target}: {records} ({rows}) in {seconds} s.").format(
        source=source,
        target=target,
        records=DbText.tr("%n record(s)", "", done.records),
        rows=DbText.tr("%n row(s)", "", done.rows),
        seconds=f"{time.monotonic() - began:.1f}",
    )


def cmd_copy(args: argparse.Namespace, out: TextIO) -> int:
    """Copy a whole archive from SOURCE to TARGET (see :mod:`model.store.copy`)."""
    source, target = display_target(args.source), display_target(args.target)
    began = time.monotonic()
    with RowsProgress() as progress:
        done = copy_archive(
            args.source,
            args.target,
            index=reindex.refill,
            replace=args.replace,
            progress=progress,
            on_wait=_waiting_for_an_import(target),
        )
    print(_copied(source, target, done, began), file=out)
    if done.safety is not None:
        kept = DbText.tr("What {archive} held before is kept, verified, at {path}.")
        print(kept.format(archive=target, path=done.safety), file=out)
    if done.note:
        err(DbText.tr("Note: {note}").format(note=done.note))
    return _check_copy(args.target, target, out)


def _check_copy(where: str, shown: str, out: TextIO) -> int:
    """``db check`` of a copy just made (its rows were counted against the source's already): what it finds
    was in the source too, so it is said, not undone."""
    from model.store.opening import open_database

    database = open_database(where, readonly=True)
    try:
        findings = check.check_database(database)
    finally:
        database.close()
    if not findings:
        print(DbText.tr("Checked {database}: no problems found.").format(database=shown), file=out)
        return 0
    for f in findings:
        print(f, file=out)
    err(DbText.tr("'summitry db check' found %n problem(s) in the copy, as in its source.", "", len(findings)))
    return 1


def cmd_backup_server(args: argparse.Namespace, out: TextIO) -> int:
    """A verified SQLite backup of a server archive, by the copy."""
    target = resolve_target(args.database)
    with RowsProgress() as progress:
        dest = server_backup.backup_archive(
            target, args.output, index=reindex.refill, force=args.force, progress=progress
        )
    print(DbText.tr("Backup written and verified: {path}").format(path=dest), file=out)
    return 0


def cmd_upgrade(args: argparse.Namespace, out: TextIO) -> int:
    """Upgrade the database to this Summitry's schema version, after a verified backup (a server archive's too:
    a SQLite snapshot taken in the upgrade's transaction, so it holds exactly what was upgraded)."""
    target = resolve_target(args.database)
    written: list[Path] = []
    with RowsProgress() as progress:
        before = None
        if is_server(target):
            before = server_backup.backup_before_upgrade(target, reindex.refill, written, progress)
        done = upgrade_database(target, before, index_entries=reindex.index_entries)
    shown = display_target(target)
    if done.before == done.after:
        already = DbText.tr("{database} is at database version {version} already: nothing to upgrade.")
        print(already.format(database=shown, version=done.after), file=out)
    else:
        upgraded = DbText.tr("{database} upgraded from database version {before} to {after}.").format(
            database=shown, before=done.before, after=done.after
        )
        if written:
            kept = DbText.tr("The archive as it was is backed up, verified, at {path}.")
            upgraded += " " + kept.format(path=written[0])
        print(upgraded, file=out)
    return 0


def cmd_restore_server(args: argparse.Namespace, out: TextIO) -> int:
    """Put a backup back in place of a server archive, after a verified safety copy, in one transaction."""
    target = resolve_target(args.database)
    shown = display_target(target)
    chosen: Path = args.backup or server_backup.newest_backup(target)
    with RowsProgress() as progress:
        done = server_backup.restore_archive(
            target,
            chosen,
            index=reindex.refill,
            force=args.force,
            progress=progress,
            on_wait=_waiting_for_an_import(shown),
        )
    restored = DbText.tr("Restored {archive} from {backup}.").format(archive=shown, backup=chosen)
    if done.safety:
        restored += " " + DbText.tr("The archive as it was is kept at {path}.").format(path=done.safety)
    print(restored, file=out)
    if done.note:
        err(DbText.tr("Note: {note}").format(note=done.note))
    if done.safety:
        _record_restore(target, done.safety, out)
    return 0


def cmd_grant(args: argparse.Namespace, out: TextIO) -> int:
    """Make a user of the server a reader or an editor of the archive, or neither (the owner runs it)."""
    from model.store import roles

    target = resolve_target(args.database)
    if not is_server(target):
        err(translate("GrantText", roles.FOR_SERVERS))
        return 1
    what: roles.Grant = "reader" if args.reader else "editor" if args.editor else "revoke"
    name = args.reader or args.editor or args.revoke
    print(roles.grant(target, what, name).words, file=out)
    return 0


def cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    """Restore a backup in place of the database, whether it opens or is damaged, however large."""
    if is_server(resolve_target(args.database)):
        return cmd_restore_server(args, out)
    if args.force:
        err(
            DbText.tr(
                "--force is for an archive on a server: a backup of another database is never restored over a file."
            )
        )
        return 2
    path = sqlite_path(resolve_target(args.database))
    if path is None:
        err(BackupText.tr("Backups are made of SQLite database files only."))
        return 1
    chosen: Path = args.backup or restore.newest(path)
    held: list[instance_lock.InstanceLock] = []

    def waiting() -> None:
        err(DbText.tr("Waiting for another program to finish writing to {path} …").format(path=path))

    def not_open_in_the_app() -> None:
        """A damaged file is replaced by a new one: a window still using the old one would go on writing there."""
        try:
            held.append(instance_lock.acquire(data_dir(), instance_lock.lock_key(str(path))))
        except instance_lock.AlreadyRunning as exc:
            who = exc.holder.describe() if exc.holder else DbText.tr("another process")
            raise backup.BackupError(
                DbText.tr(
                    "Summitry is running with {path} ({who}). Use 'Restore newest verified backup' in its window, "
                    "or close it and try again."
                ).format(path=path, who=who)
            ) from exc
        except OSError:
            pass  # no lock folder to look in: no window can be using it either

    try:
        done = restore.restore(path, chosen, on_wait=waiting, before_replacing=not_open_in_the_app)
    finally:
        for lock in held:
            lock.release()
    print(done.summary(path), file=out)
    if done.safety is not None:
        _record_restore(str(path), done.safety, out)
    return 0


def _record_restore(target: str, safety: Path, out: TextIO) -> None:
    """Keep every record's history across a restore (see :func:`model.edits.whole.after_restore`)."""
    from model.edits import whole
    from model.store.faults import DatabaseOpenError
    from model.store.opening import open_database

    try:
        was = open_database(str(safety), readonly=True)
    except DatabaseOpenError as exc:  # a copy from another schema version: the history stays as restored
        err(
            DbText.tr("Note: the records' history was not carried over from the database as it was: {reason}").format(
                reason=exc.message
            )
        )
        return
    try:
        now = open_database(target)
        try:
            changed = whole.after_restore(now, was)
        finally:
            now.close()
    finally:
        was.close()
    if changed:
        words = DbText.tr(
            "%n record(s) changed by the restore; each has a revision ('summitry history ID').", "", changed
        )
        print(words, file=out)
