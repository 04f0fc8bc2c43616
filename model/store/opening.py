"""Opening a Summitry database: checking the file, creating or upgrading it, and handing back a :class:`Database`.

Nothing is ever overwritten or deleted here: setting a damaged file aside is :mod:`model.store.recovery`'s
job, done only when the user chooses it. A file on read-only media, or marked read-only, is opened
read-only (``Database.readonly``) instead of failing. A file still in rollback-journal mode is checked
whole before it is switched to WAL. Before any schema upgrade a verified backup is written beside the file.

A caller that opens a database meets the names in ``__all__``, so one import of this module serves it.
"""

from __future__ import annotations

import contextlib
import glob
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from model.store import backup, location, partfiles, upgrades
from model.store import schema_facts as facts
from model.store.database import Database
from model.store.engine import engine_for
from model.store.faults import DatabaseOpenError, fault_from
from model.store.files import (
    BUSY_TIMEOUT_MS,
    FileInfo,
    check_file,
    dir_writable,
    file_uri,
    is_writable,
    marked_writable,
    quick_check,
)
from model.store.location import resolve_target, sqlite_path

if TYPE_CHECKING:
    from sqlalchemy import Connection

__all__ = ["Database", "DatabaseOpenError", "open_database", "resolve_target", "sqlite_path"]


def open_database(
    target: str | None = None,
    *,
    readonly: bool = False,
    upgrade: bool = True,
    fill: Callable[[Database], object] | None = None,
) -> Database:
    """Open (creating if needed) the Summitry database named by ``target``.

    A file this call creates is removed again, with SQLite's files beside it, when it cannot be set up
    (a full disk): a failed start leaves nothing behind that the next one would take for a database.

    Args:
        target: a file path or SQLAlchemy URL; None for ``resolve_target()``.
        readonly: open without writing anything (no creation, no upgrade).
        upgrade: upgrade an older schema (after a verified backup).
        fill: run on the database before it is handed back, unless it is open read-only (the callers
            load the bundled dataset with it); a failure counts as one of setting it up.

    Raises:
        DatabaseOpenError: when the database cannot be used, with words for the user.
    """
    target = resolve_target(target)
    path = sqlite_path(target)
    created = [] if path is None or readonly else _absent(path)
    try:
        database = _open(target, path, readonly, upgrade)
        try:
            if fill is not None and not database.readonly:
                fill(database)
        except BaseException:
            database.close()
            raise
    except BaseException:
        _remove(created)
        raise
    return database


def _absent(path: Path) -> list[Path]:
    """The database file and SQLite's files beside it that do not exist yet (so opening would create them)."""
    if path.exists():
        return []
    files = (path.with_name(path.name + suffix) for suffix in ("", "-wal", "-shm", "-journal"))
    return [file for file in files if not file.exists()]


def _remove(created: list[Path]) -> None:
    for file in created:
        with contextlib.suppress(OSError):
            file.unlink()


def _open(target: str, path: Path | None, readonly: bool, upgrade: bool) -> Database:
    info: FileInfo | None = None
    reason = "opened read-only as asked" if readonly else None
    if path is not None:
        info = check_file(path)
        if info is None:
            if readonly:
                raise DatabaseOpenError("missing", f"{path} does not exist.", "Check the path.")
            _make_folder(path.parent)
        else:
            quick_check(path)
            if not readonly and not is_writable(path):
                reason = f"{path} is on read-only media or not writable for you; it is open read-only."
                if info.user_version != facts.SCHEMA_VERSION or info.table_count == 0:
                    raise DatabaseOpenError(
                        "unwritable",
                        f"{path} needs to be set up or upgraded, but it is read-only.",
                        "Copy it somewhere writable and open the copy.",
                    )
                readonly = True
            if not readonly:
                _prepare_writable(path, info)
    uri = file_uri(path, readonly) if path is not None else None
    if info is not None and info.user_version == facts.SCHEMA_VERSION and info.table_count > 0:
        # Nothing to create or upgrade: SQLAlchemy's engine is made when first needed (see model.store.sqlrun).
        return Database(
            target, None, path, reason, make_engine=lambda: engine_for(target, path, readonly), reader_uri=uri
        )
    engine = engine_for(target, path, readonly)
    db = Database(target, engine, path, reason, reader_uri=uri)
    try:
        if not readonly:
            _ensure_schema(db, info, upgrade)
    except Exception as exc:
        from sqlalchemy.exc import OperationalError

        db.close()
        if isinstance(exc, OperationalError):
            raise fault_from(exc, path or target, "setting up") from exc
        raise
    except BaseException:
        db.close()
        raise
    return db


def _prepare_writable(path: Path, info: FileInfo) -> None:
    """Before the first write to an existing file: WAL mode (only after checking the whole file), and tidying.

    Switching a file from a rollback journal to WAL rewrites its header, so a file that is not in WAL mode
    yet is checked whole first, however large: a damaged file is never touched. Then the ``.part`` files a
    killed backup, import or restore left (stale: nobody is writing them) are removed, and ``-wal``/``-shm``
    files that an older Summitry left read-only beside a file marked read-only are made writable again.
    """
    if not info.wal:
        quick_check(path, whole=True)
        try:
            con = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
            try:
                con.execute("PRAGMA journal_mode=WAL").fetchone()
            finally:
                con.close()
        except sqlite3.DatabaseError as exc:
            raise fault_from(exc, path, "setting up") from exc
    partfiles.remove_stale_in(location.backup_dir(path))
    partfiles.remove_stale_in(path.parent, glob.escape(path.name) + partfiles.SUFFIX)
    mode = stat.S_IMODE(path.stat().st_mode)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        with contextlib.suppress(OSError):
            if companion.exists() and not marked_writable(companion):
                companion.chmod(mode)


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseOpenError(
            "unwritable",
            f"Cannot create the folder {folder}: {exc.strerror or exc}.",
            "Choose another location: 'Open another database…' in the app, or --database / SUMMITRY_DATABASE.",
        ) from exc
    if not dir_writable(folder):
        raise DatabaseOpenError(
            "unwritable",
            f"Cannot create a database in {folder}: the folder is not writable.",
            "Choose another location: 'Open another database…' in the app, or --database / SUMMITRY_DATABASE.",
        )


#: Upgrades from version N to N+1, each a list of SQL statements (or functions of the connection, for what SQL
#: alone cannot do) run in one transaction.
UPGRADES: dict[int, list[str | Callable[[Connection], object]]] = {1: [upgrades.rebuild_search_index]}


def _ensure_schema(db: Database, info: FileInfo | None, upgrade: bool) -> None:
    if db.is_sqlite:
        with db.engine.connect() as conn:
            version = conn.exec_driver_sql("PRAGMA user_version").scalar() or 0
    else:
        version = 0 if info is None else info.user_version
    if version == facts.SCHEMA_VERSION:
        return
    if version == 0:
        _create(db)
        return
    if not upgrade:
        raise DatabaseOpenError("old", f"{db.target} needs an upgrade to database version {facts.SCHEMA_VERSION}.", "")
    if db.path is not None:
        backup.auto_backup(db, f"before-upgrade-v{version}", only_if_data=False)
    with db.engine.begin() as conn:
        for step in range(version, facts.SCHEMA_VERSION):
            for statement in UPGRADES[step]:
                if isinstance(statement, str):
                    conn.exec_driver_sql(statement)
                else:
                    statement(conn)
        conn.exec_driver_sql(f"PRAGMA user_version={facts.SCHEMA_VERSION}")


def _create(db: Database) -> None:
    """Create every table, the full-text index and the marks, in one transaction."""
    from model.store import schema

    with db.engine.begin() as conn:
        schema.Base.metadata.create_all(conn)
        if db.is_sqlite:
            schema.create_text_index(conn)
            conn.exec_driver_sql(f"PRAGMA application_id={schema.APPLICATION_ID}")
            conn.exec_driver_sql(f"PRAGMA user_version={schema.SCHEMA_VERSION}")
