"""``summitry db``: where the database is, checking and repairing it, backing it up and restoring it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from model.cli.arguments import open_for
from model.cli.output import err
from model.maintenance import check, reindex
from model.store import backup, backup_set, instance_lock, restore
from model.store.location import data_dir, display_target, is_server, resolve_target, sqlite_path
from model.store.opening import upgrade_database


def cmd_db(args: argparse.Namespace, out: TextIO) -> int:
    if args.db_command == "path":
        print(display_target(resolve_target(args.database)), file=out)  # a server's URL without its password
        return 0
    if args.db_command == "restore":
        return cmd_restore(args, out)
    if args.db_command == "upgrade":
        return cmd_upgrade(args, out)
    database = open_for(args, load_bundled=False)
    try:
        if args.db_command == "check":
            findings = check.check_database(database)
            if args.repair and any(check.BOUNDS_WORDS in f.message for f in findings):
                fixed = check.repair_date_bounds(database)
                print(f"Set the date bounds of {fixed} records from their dates.", file=out)
                findings = check.check_database(database)
            if args.repair and any(check.MOVABLE_WORDS in f.message for f in findings):
                moved = check.repair_citations(database)
                print(f"Moved {moved} citations to where their quoted passages now are.", file=out)
                findings = check.check_database(database)
            if args.repair and any("search index" in f.message for f in findings):
                reindex.rebuild(database)
                print("Rebuilt the search index.", file=out)
                findings = check.check_database(database)
            skipped = check.not_checked(database)
            if not findings:
                print(f"{database.shown}: no problems found.", file=out)
            for f in findings:
                print(f, file=out)
            for what in skipped:
                print(f"not checked: {what}", file=out)
            return 1 if findings else 0
        if args.db_command == "backup":
            if database.path is None:
                err("Backups are made of SQLite database files only.")
                return 1
            dest = args.output or backup_set.backup_path_for(database.path)
            backup.backup_database(database, dest, force=args.force)
            print(f"Backup written and verified: {dest}", file=out)
            return 0
    except backup.BackupError as exc:
        err(str(exc))
        return 1
    except OSError as exc:
        err(f"{exc.strerror or exc}: {exc.filename or ''}. The database is unchanged.")
        return 1
    finally:
        database.close()
    return 2


#: Why ``db upgrade`` of a server archive wants --no-backup for now.
NO_SERVER_BACKUP = (
    "Summitry cannot back up an archive on a server yet. Back it up with the server's own tool first "
    "(pg_dump), then run 'summitry db upgrade --no-backup'. Nothing was changed."
)


def cmd_upgrade(args: argparse.Namespace, out: TextIO) -> int:
    """Upgrade the database to this Summitry's schema version (a file: after a verified backup)."""
    target = resolve_target(args.database)
    if is_server(target) and not args.no_backup:
        err(NO_SERVER_BACKUP)
        return 1
    done = upgrade_database(target)
    shown = display_target(target)
    if done.before == done.after:
        print(f"{shown} is at database version {done.after} already: nothing to upgrade.", file=out)
    else:
        print(f"{shown} upgraded from database version {done.before} to {done.after}.", file=out)
    return 0


def cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    """Restore a backup in place of the database, whether it opens or is damaged, however large."""
    path = sqlite_path(resolve_target(args.database))
    if path is None:
        err("Backups are made of SQLite database files only.")
        return 1
    chosen: Path = args.backup or restore.newest(path)
    held: list[instance_lock.InstanceLock] = []

    def waiting() -> None:
        err(f"Waiting for another program to finish writing to {path} …")

    def not_open_in_the_app() -> None:
        """A damaged file is replaced by a new one: a window still using the old one would go on writing there."""
        try:
            held.append(instance_lock.acquire(data_dir(), instance_lock.lock_key(str(path))))
        except instance_lock.AlreadyRunning as exc:
            who = exc.holder.describe() if exc.holder else "another process"
            raise backup.BackupError(
                f"Summitry is running with {path} ({who}). Use 'Restore newest verified backup' in its window, "
                "or close it and try again."
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
        _record_restore(path, done.safety, out)
    return 0


def _record_restore(path: Path, safety: Path, out: TextIO) -> None:
    """Keep every record's history across a restore (see :func:`model.edits.whole.after_restore`)."""
    from model.edits import whole
    from model.store.faults import DatabaseOpenError
    from model.store.opening import open_database

    try:
        was = open_database(str(safety), readonly=True)
    except DatabaseOpenError as exc:  # a copy from another schema version: the history stays as restored
        err(f"Note: the records' history was not carried over from the database as it was: {exc.message}")
        return
    try:
        now = open_database(str(path))
        try:
            changed = whole.after_restore(now, was)
        finally:
            now.close()
    finally:
        was.close()
    if changed:
        records = "record" if changed == 1 else "records"
        print(f"{changed} {records} changed by the restore; each has a revision ('summitry history ID').", file=out)
