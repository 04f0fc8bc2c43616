"""A database file before it is trusted: what it says about itself, whether it is ours, sound and writable.

A Summitry database is a SQLite file marked with ``PRAGMA application_id`` and versioned with
``PRAGMA user_version``. A file that is not SQLite, belongs to another application, was written by a
newer Summitry, or is damaged (``PRAGMA quick_check`` for files up to :data:`QUICK_CHECK_MAX_BYTES`;
larger ones are trusted until a query trips on a damaged page) is refused with a
:class:`~model.store.faults.DatabaseOpenError` that says what is wrong and what to do. Files are only
read here, always through SQLite (see :func:`inspect_file`), and read-only connections work on
read-only media too (:func:`connect_readonly`).
"""

from __future__ import annotations

import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from model.store import schema_facts as facts
from model.store.faults import CORRUPT_ADVICE, DatabaseOpenError, OpenText, fault_from, is_not_a_database, kind_of

#: How long a connection waits for another program's lock before giving up (SQLite's busy timeout).
BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"
#: Files up to this size get ``PRAGMA quick_check`` at open (about 2.5 ms per MB); larger ones are
#: trusted until a query trips on a damaged page, which then raises a "corrupt" DatabaseOpenError.
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class FileInfo:
    """What a SQLite file says about itself before we trust it.

    Attributes:
        wal: whether SQLite reports the file in write-ahead-log mode (a file opened ``immutable``, on
            read-only media, reports its rollback journal: it is never written anyway).
    """

    application_id: int
    user_version: int
    table_count: int
    wal: bool = True


def inspect_file(path: Path) -> FileInfo | None:
    """Read a file's header and marks without changing it; None for a missing or empty file.

    The file is read through SQLite, never opened directly: closing any descriptor of a file releases
    every POSIX lock this process holds on it, including those of SQLite's own connections to it (one of
    the ways SQLite's documentation lists to corrupt a database). Only a file SQLite calls "not a
    database", which no connection can be using, has its first bytes read to tell which it is.

    Raises:
        DatabaseOpenError: when the file is not a readable SQLite database.
    """
    try:
        if not path.exists() or path.stat().st_size == 0:
            return None
    except OSError as exc:
        raise DatabaseOpenError(
            "unreadable",
            OpenText.tr("Cannot read {path}: {reason}.").format(path=path, reason=exc.strerror or exc),
            OpenText.tr("Check the file's permissions."),
        ) from exc
    try:
        con = connect_readonly(path)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            version = con.execute("PRAGMA user_version").fetchone()[0]
            tables = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
            mode = con.execute("PRAGMA journal_mode").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if is_not_a_database(exc) and not _starts_like_sqlite(path):
            raise DatabaseOpenError(
                "not-sqlite",
                OpenText.tr("{path} is not a database file (it does not start with a SQLite header).").format(
                    path=path
                ),
                OpenText.tr(
                    "Choose a Summitry database, or a new file name to start a new one (with the bundled dataset)."
                ),
            ) from exc
        raise fault_from(exc, path, "checking") from exc
    return FileInfo(app_id, version, tables, wal=str(mode).lower() == "wal")


def _starts_like_sqlite(path: Path) -> bool:
    """Whether the file starts with SQLite's magic string (only for files SQLite refused: see inspect_file)."""
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def is_writable(path: Path) -> bool:
    """Whether this process may write ``path`` and create its journal beside it (read-only media: no).

    Uses the effective user, so it is right for a process running with dropped privileges. A file whose
    permission bits let nobody write it (``chmod 444``) is read-only even for root, whom ``os.access``
    lets write anything: the user marked it so.
    """
    kwargs = {"effective_ids": True} if os.access in os.supports_effective_ids else {}
    return os.access(path, os.W_OK, **kwargs) and marked_writable(path) and dir_writable(path.parent)


def marked_writable(path: Path) -> bool:
    """Whether any write permission bit is set on ``path``."""
    return bool(stat.S_IMODE(path.stat().st_mode) & 0o222)


def dir_writable(folder: Path) -> bool:
    """Whether this process (its effective user) may create files in ``folder``."""
    kwargs = {"effective_ids": True} if os.access in os.supports_effective_ids else {}
    return os.access(folder, os.W_OK | os.X_OK, **kwargs)


def _wal_is_empty(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return not wal.exists() or wal.stat().st_size == 0


def open_immutable(path: Path) -> bool:
    """Whether a read-only open must not let SQLite create ``-wal``/``-shm`` files beside ``path``.

    On read-only media it cannot create them. Beside a file marked read-only it could, but they would take
    the file's read-only bits and, left behind (a read-only connection cannot remove them), make every
    write fail once the file is made writable again. Either way nothing can be writing the file, and with
    no write-ahead log holding data the file lacks, the file alone is the whole database.
    """
    if not _wal_is_empty(path):
        return False
    shm = path.with_name(path.name + "-shm")
    return not marked_writable(path) or (not dir_writable(path.parent) and not shm.exists())


def uri_query(path: Path, readonly: bool) -> dict[str, str]:
    """The URI parameters a SQLite file is opened with (read-only media: ``immutable``)."""
    query = {"mode": "ro"} if readonly else {}
    if readonly and open_immutable(path):
        query["immutable"] = "1"  # read-only media, or a file marked read-only: see open_immutable
    return query


def file_uri(path: Path, readonly: bool) -> str:
    """The ``file:`` URI of a SQLite file, with the parameters it is opened with (:func:`uri_query`)."""
    query = uri_query(path, readonly)
    return path.resolve().as_uri() + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only sqlite3 connection that also works where SQLite may not create its WAL files.

    On read-only media a WAL database cannot get its ``-shm`` file, so it is opened ``immutable``:
    nothing else can change a file on read-only media either (see :func:`open_immutable`).
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if path.exists() and open_immutable(path):
        return sqlite3.connect(uri + "&immutable=1", uri=True)
    con = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        con.execute("PRAGMA schema_version").fetchone()
        return con
    except sqlite3.OperationalError as exc:
        con.close()
        # A WAL file whose -shm SQLite may not create in this folder: read it as it is, immutable.
        if kind_of(exc) not in ("cannot-open", "read-only") or dir_writable(path.parent):
            raise
    return sqlite3.connect(uri + "&immutable=1", uri=True)


def quick_check(path: Path, *, whole: bool = False) -> None:
    """Run ``PRAGMA quick_check`` on a file small enough for it to be cheap (any file with ``whole``).

    Raises:
        DatabaseOpenError: "corrupt" when SQLite finds damaged pages, "busy" when the file is locked.
    """
    if not whole and path.stat().st_size > QUICK_CHECK_MAX_BYTES:
        return
    try:
        con = connect_readonly(path)
        try:
            rows = [r[0] for r in con.execute("PRAGMA quick_check(5)").fetchall()]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise fault_from(exc, path, "checking") from exc
    if rows != ["ok"]:
        raise DatabaseOpenError(
            "corrupt",
            OpenText.tr("{where} is damaged: {words}.").format(where=path, words=rows[0]),
            OpenText.tr(CORRUPT_ADVICE),
        )


def check_file(path: Path) -> FileInfo | None:
    """Refuse files that are not ours or are too new; return what the file says."""
    info = inspect_file(path)
    if info is None:
        return None
    if info.application_id != facts.APPLICATION_ID and not (info.application_id == 0 and info.table_count == 0):
        raise DatabaseOpenError(
            "foreign",
            OpenText.tr("{path} is a SQLite database of another application, not a Summitry database.").format(
                path=path
            ),
            OpenText.tr("Summitry leaves it untouched. Choose a Summitry database or a new file name."),
        )
    if info.user_version > facts.SCHEMA_VERSION:
        raise DatabaseOpenError(
            "too-new",
            OpenText.tr(
                "{path} was written by a newer Summitry (database version {version}; "
                "this Summitry reads up to version {latest})."
            ).format(path=path, version=info.user_version, latest=facts.SCHEMA_VERSION),
            OpenText.tr("Update Summitry to open it. The file has not been changed."),
        )
    return info
