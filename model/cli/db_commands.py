"""``summitry db``: where the database is, checking and repairing it, backing it up and restoring it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from model.cli.arguments import open_for
from model.cli.output import err
from model.maintenance import check, reindex
from model.store import backup, backup_set, instance_lock, restore
from model.store.location import data_dir, resolve_target, sqlite_path


def cmd_db(args: argparse.Namespace, out: TextIO) -> int:
    if args.db_command == "path":
        print(resolve_target(args.database), file=out)
        return 0
    if args.db_command == "restore":
        return cmd_restore(args, out)
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
            if not findings:
                print(f"{database.target}: no problems found.", file=out)
                return 0
            for f in findings:
                print(f, file=out)
            return 1
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
    return 0
