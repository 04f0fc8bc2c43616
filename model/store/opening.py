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

from model.i18n import QT_TRANSLATE_NOOP
from model.store import backup, location, partfiles
from model.store import schema_facts as facts
from model.store.database import Database
from model.store.engine import engine_for
from model.store.faults import DatabaseOpenError, OpenText, fault_from
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
    from model.store.server_archive import BeforeUpgrade, Upgraded
    from model.store.upgrades import IndexEntries

__all__ = ["Database", "DatabaseOpenError", "open_database", "resolve_target", "sqlite_path", "upgrade_database"]

_ELSEWHERE = QT_TRANSLATE_NOOP(
    "OpenText", "Choose another location: 'Open another database…' in the app, or --database / SUMMITRY_DATABASE."
)


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
    server = location.is_server(target)
    path = None if server else sqlite_path(target)
    created = [] if path is None or readonly else _absent(path)
    try:
        if server:  # its own rules: shared, never upgraded by itself (model.store.server_archive)
            from model.store import server_archive

            database = server_archive.open_archive(target, readonly=readonly)
        else:
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
    reason = OpenText.tr("opened read-only as asked") if readonly else None
    if path is not None:
        info = check_file(path)
        if info is None:
            if readonly:
                raise DatabaseOpenError(
                    "missing", OpenText.tr("{path} does not exist.").format(path=path), OpenText.tr("Check the path.")
                )
            _make_folder(path.parent)
        else:
            quick_check(path)
            if not readonly and not is_writable(path):
                reason = OpenText.tr(
                    "{path} is on read-only media or not writable for you; it is open read-only."
                ).format(path=path)
                if info.user_version != facts.SCHEMA_VERSION or info.table_count == 0:
                    raise DatabaseOpenError(
                        "unwritable",
                        OpenText.tr("{path} needs to be set up or upgraded, but it is read-only.").format(path=path),
                        OpenText.tr("Copy it somewhere writable and open the copy."),
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
            _ensure_schema(db, upgrade)
    except Exception as exc:
        from sqlalchemy.exc import OperationalError

        db.close()
        if isinstance(exc, OperationalError):
            raise fault_from(exc, db.shown, "setting up") from exc
        raise
    except BaseException:
        db.close()
        raise
    return db


def upgrade_database(
    target: str | None = None, before: BeforeUpgrade | None = None, index_entries: IndexEntries | None = None
) -> Upgraded:
    """``summitry db upgrade``: bring the database to this Summitry's schema version.

    A server archive is upgraded only here, by its owner (:func:`model.store.server_archive.upgrade_archive`:
    ``before`` runs in its transaction first, where the caller backs it up, unless it has done so itself;
    ``index_entries`` reads the records' index text, for an upgrade that builds its search index). A file is
    upgraded whenever it is opened, after a verified backup of it: this only opens it.

    Raises:
        DatabaseOpenError: when it cannot be upgraded (not there, not Summitry's, newer, refused).
    """
    from model.store.server_archive import Upgraded, upgrade_archive

    target = resolve_target(target)
    if location.is_server(target):
        return upgrade_archive(target, before, index_entries)
    path = sqlite_path(target)
    info = check_file(path) if path is not None else None
    if path is None or info is None:
        raise DatabaseOpenError(
            "missing",
            OpenText.tr("{path} holds no database to upgrade.").format(path=path or target),
            OpenText.tr("Check the path."),
        )
    open_database(target).close()
    return Upgraded(info.user_version, facts.SCHEMA_VERSION)


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
            OpenText.tr("Cannot create the folder {folder}: {reason}.").format(
                folder=folder, reason=exc.strerror or exc
            ),
            OpenText.tr(_ELSEWHERE),
        ) from exc
    if not dir_writable(folder):
        raise DatabaseOpenError(
            "unwritable",
            OpenText.tr("Cannot create a database in {folder}: the folder is not writable.").format(folder=folder),
            OpenText.tr(_ELSEWHERE),
        )


def _ensure_schema(db: Database, upgrade: bool) -> None:
    """Create the schema in a new file, or upgrade an older one (after a verified backup): one person's file
    is upgraded when opened (a server archive only by ``summitry db upgrade``: :mod:`model.store.server_archive`)."""
    with db.engine.connect() as conn:
        version = db.backend.stored_version(conn).version
    if version == facts.SCHEMA_VERSION:
        return
    if version == 0:
        _create(db)
        return
    if not upgrade:
        raise DatabaseOpenError(
            "old",
            OpenText.tr("{where} needs an upgrade to database version {version}.").format(
                where=db.shown, version=facts.SCHEMA_VERSION
            ),
            "",
        )
    from model.store import migrations

    if db.path is not None:
        backup.auto_backup(db, f"before-upgrade-v{version}", only_if_data=False)
    with db.engine.begin() as conn:
        migrations.upgrade(conn, version, facts.SCHEMA_VERSION)
        db.backend.mark(conn, facts.SCHEMA_VERSION)


def _create(db: Database) -> None:
    """Create every table, the full-text index and the marks, in one transaction."""
    from model.store import schema

    with db.engine.begin() as conn:
        schema.Base.metadata.create_all(conn)
        db.backend.create_text_index(conn)
        db.backend.mark(conn, facts.SCHEMA_VERSION)
