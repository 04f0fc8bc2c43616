"""Copying a whole archive from one database to another: a file or a server, either way, exactly.

``summitry db copy SOURCE TARGET`` moves a team's file onto a server, or takes a server's archive along in a
file; a server's backups and restores (:mod:`model.store.server_backup`) are the same copy. What it carries:

- every row of every table of the schema (:mod:`model.store.schema`: records, citations, agendas,
  memberships, saved searches, datasets …) with its keys as they are, so ``record.rowid`` and the agenda's
  keys, which other rows refer to, mean the same on both ends; afterwards the target's identity columns
  continue after the largest key (:meth:`~model.store.backend.Backend.reset_identities`);
- the search index, made again on the target from its records by the caller's ``index`` function (the
  index's text is made above the store, and each backend keeps its own kind of index);
- which archive it is (the ``store_identity`` row, so a backup is known for its archive's), and the mark and
  version of this Summitry's schema (a copy of an older archive is brought up to date: its tables are the
  same, and its index is made afresh).

The source is read in one snapshot (a server's ``REPEATABLE READ READ ONLY``, a file's read transaction), so
a copy taken while colleagues write holds one consistent state. The target is written in one transaction:
a new file is written as ``NAME.part`` and takes its name only when complete and verified; an existing file
or server archive is changed all at once or not at all. A target that holds anything (records, saved
searches) is only replaced when asked, after a verified safety copy of it; a database that holds anything
but a Summitry archive is never touched. Only backend-neutral SQLAlchemy Core is used here: what differs is
behind the backend seam (:mod:`model.store.backend`).
"""

from __future__ import annotations

import contextlib
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from model.store import backends, backup_set, location, partfiles
from model.store import schema_facts as facts
from model.store.backup import IDENTITY_TABLE, BackupError, Identity, copy_verified, verify
from model.store.faults import Doing
from model.store.location import display_target

if TYPE_CHECKING:
    from sqlalchemy import Connection, Table

    from model.store.backend import WaitFn

#: Rows read and written per batch (bounded memory on an archive of millions of rows).
BATCH = 5_000
#: Fills the target's search index from the records copied into it, inside the copy's transaction; the
#: caller's (the index's text is made above the store: :func:`model.maintenance.reindex.refill`).
IndexFn = Callable[["Connection"], object]
#: Told what is copied ("SOURCE → TARGET", as people may see them), the rows copied so far and the rows in all,
#: after every batch.
ProgressFn = Callable[[str, int, int], object]


class CopyRefused(Exception):
    """A copy that was not made (the message says why); the target is as it was."""


@dataclass(frozen=True)
class SourceState:
    """What the source holds, read in its snapshot before a row is copied.

    Attributes:
        shown: the source as people may see it (never with a password).
        version: its schema version.
        columns: per table of the schema, the columns the source has (in the schema's order).
        counts: per table, its rows.
        identity: which archive it is, or None when it has never been given an identity.
    """

    shown: str
    version: int
    columns: dict[str, list[str]]
    counts: dict[str, int]
    identity: Identity | None

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class Copied:
    """What a copy wrote: rows per table, and the safety copy of what it replaced (None when it replaced nothing)."""

    counts: dict[str, int]
    safety: Path | None = None

    @property
    def records(self) -> int:
        return self.counts.get("record", 0)

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def archive_tables() -> list[Table]:
    """The schema's tables, each after the tables it refers to."""
    from model.store import schema

    return list(schema.Base.metadata.sorted_tables)


# --- which archive a database is ------------------------------------------------------------------------


def _identity_table() -> Table:
    from sqlalchemy import Column, MetaData, Table, Text

    return Table(IDENTITY_TABLE, MetaData(), Column("id", Text, primary_key=True), Column("path", Text, nullable=False))


def identity_of(conn: Connection) -> Identity | None:
    """The identity recorded in the database (see :mod:`model.store.backup`), or None."""
    from sqlalchemy import inspect, select

    if not inspect(conn).has_table(IDENTITY_TABLE):
        return None
    row = conn.execute(select(_identity_table())).first()
    return Identity(row[0], row[1]) if row else None


def set_identity(conn: Connection, identity: Identity | None, shown: str) -> Identity:
    """Record ``identity`` as the database's; for None, keep the one it has, or give it a new random one."""
    from sqlalchemy import delete, insert

    table = _identity_table()
    table.create(conn, checkfirst=True)
    identity = identity or identity_of(conn) or Identity(uuid.uuid4().hex, shown)
    conn.execute(delete(table))
    conn.execute(insert(table).values(id=identity.id, path=identity.path))
    return identity


# --- reading the source ---------------------------------------------------------------------------------


@contextmanager
def read_snapshot(source: str) -> Iterator[Connection]:
    """A connection to the archive at ``source`` reading one snapshot of it, for as long as the block lasts.

    Raises:
        DatabaseOpenError: when it cannot be opened (missing, not Summitry's, the server refuses).
    """
    from model.store.opening import open_database

    database = open_database(source, readonly=True)
    try:
        try:
            conn = database.engine.connect()
            snapshot = conn.execution_options(**database.backend.read_options())
            began = snapshot.begin()
        except Exception as exc:
            raise_fault(exc, database.shown, "checking")
            raise
        try:
            yield snapshot
        finally:
            with contextlib.suppress(Exception):  # a snapshot that only read: nothing to keep or lose
                began.rollback()
            conn.close()
    finally:
        database.close()


def source_state(conn: Connection, shown: str) -> SourceState:
    """What the archive on ``conn`` holds (see :class:`SourceState`), refusing one this Summitry cannot copy whole.

    Raises:
        CopyRefused: when it is not a Summitry archive, is newer than this Summitry, or lacks a table or has a
            column this Summitry does not know (a copy would leave something out).
    """
    from sqlalchemy import func, inspect, select

    try:
        stored = backends.of(conn).stored_version(conn)
        if not stored.marked:
            raise CopyRefused(f"{shown} is not a Summitry archive, so there is nothing to copy.")
        if stored.version > facts.SCHEMA_VERSION:
            raise CopyRefused(
                f"{shown} is at database version {stored.version}, newer than this Summitry's "
                f"{facts.SCHEMA_VERSION}: a copy would leave out what this Summitry does not know. Copy it with a "
                "newer Summitry."
            )
        inspector = inspect(conn)
        present = set(inspector.get_table_names())
        columns: dict[str, list[str]] = {}
        counts: dict[str, int] = {}
        for table in archive_tables():
            if table.name not in present:
                raise CopyRefused(f"{shown} has no table '{table.name}': it is not a whole Summitry archive.")
            has = {c["name"] for c in inspector.get_columns(table.name)}
            unknown = sorted(has - set(table.c.keys()))
            if unknown:
                raise CopyRefused(
                    f"{shown} has a column this Summitry does not know ({table.name}.{unknown[0]}): a copy would "
                    "leave it out. Copy it with the Summitry that wrote it."
                )
            columns[table.name] = [c.name for c in table.columns if c.name in has and c.computed is None]
            counts[table.name] = conn.execute(select(func.count()).select_from(table)).scalar_one()
        return SourceState(shown, stored.version, columns, counts, identity_of(conn))
    except Exception as exc:
        raise_fault(exc, shown, "checking")
        raise


def _batches(src: Connection, query: Any, shown: str) -> Iterator[list[Any]]:
    """The rows of ``query`` in batches, streamed (on a server, its cursor stays there).

    Streaming is asked of this statement alone: ``Connection.execution_options`` would change the connection
    for good, and a later DELETE on it (a replace reads its safety copy on the target's connection) would be
    sent through a server-side cursor, which PostgreSQL refuses."""
    try:
        result = src.execute(query.execution_options(yield_per=BATCH))
        for part in result.partitions(BATCH):
            yield list(part)
    except Exception as exc:
        raise_fault(exc, shown, "using", f"{shown} could not be read")
        raise


# --- writing the target ---------------------------------------------------------------------------------


def prepare_target(conn: Connection, shown: str, *, replace: bool) -> bool:
    """Make the database on ``conn`` ready to receive an archive, in the copy's transaction; True when it holds
    one that is to be replaced (the caller then keeps a safety copy and :func:`clear`s it).

    A database with no tables is set up; one with tables but no Summitry mark is refused, unchanged.

    Raises:
        CopyRefused: when it belongs to another application, is at another version, or holds an archive
            and ``replace`` is not given.
    """
    from model.store import schema

    backend = backends.of(conn)
    stored = backend.stored_version(conn)
    if not stored.marked:
        if stored.tables:
            raise CopyRefused(
                f"{shown} holds tables of another application ({stored.tables}) and is not a Summitry archive; it "
                "is left as it is, even with --replace. Choose a new file or an empty database."
            )
        schema.Base.metadata.create_all(conn)
        backend.create_text_index(conn)
        return False
    if stored.version != facts.SCHEMA_VERSION:
        raise CopyRefused(
            f"{shown} is a Summitry archive at database version {stored.version}, and this Summitry writes "
            f"version {facts.SCHEMA_VERSION}; it is left as it is. Upgrade it first ('summitry db upgrade'), or "
            "choose a new file or an empty database."
        )
    held = holdings(conn)
    if not held:
        return False
    if not replace:
        raise CopyRefused(
            f"{shown} already holds an archive ({held}); it is left as it is. Add --replace to replace it with "
            "the copy (a verified safety copy of it is kept first), or choose a new file or an empty database."
        )
    return True


def holdings(conn: Connection) -> str:
    """What a Summitry archive holds, in words ("12 records, 2 saved searches"); "" when it is empty."""
    from sqlalchemy import func, select

    from model.store import schema

    words = []
    for model, one, many in (
        (schema.Record, "record", "records"),
        (schema.SavedSearch, "saved search", "saved searches"),
        (schema.Dataset, "dataset", "datasets"),
    ):
        n = conn.execute(select(func.count()).select_from(schema.table(model))).scalar_one()
        if n:
            words.append(f"{n:,} {one if n == 1 else many}")
    return ", ".join(words)


def clear(conn: Connection) -> None:
    """Delete every row of the archive, in the caller's transaction (others see it only if that commits).

    Rows are deleted, never truncated: a server's TRUNCATE would empty the tables under the snapshots that
    colleagues are reading."""
    from sqlalchemy import delete

    for table in reversed(archive_tables()):
        conn.execute(delete(table))


def copy_rows(
    src: Connection, state: SourceState, dst: Connection, shown: str, progress: ProgressFn | None = None
) -> None:
    """Copy every row of every table from ``src`` (in its snapshot) to ``dst`` (in its transaction), keys and all."""
    from sqlalchemy import select

    backend = backends.of(dst)
    done, total, what = 0, state.rows, f"{state.shown} → {shown}"
    if progress is not None:
        progress(what, 0, total)
    for table in archive_tables():
        names = state.columns[table.name]
        query = select(*(table.c[n] for n in names)).order_by(*table.primary_key.columns)
        for part in _batches(src, query, state.shown):
            batch = [dict(zip(names, row, strict=True)) for row in part]
            try:
                backend.insert_rows(dst, table, batch)
            except Exception as exc:
                raise_fault(exc, shown, "using", f"{shown} refused a row of the table '{table.name}'")
                raise
            done += len(batch)
            if progress is not None:
                progress(what, done, total)


def finish_target(
    dst: Connection, state: SourceState, shown: str, index: IndexFn, *, identity: Identity | None = None
) -> dict[str, int]:
    """After the rows: the search index, the identity keys, which archive it is (``identity``, or the
    source's), the mark and version; then every table counted again against the source. Returns the counts.

    Raises:
        CopyRefused: when a table's rows do not add up (nothing is committed then).
    """
    from sqlalchemy import func, select

    backend = backends.of(dst)
    try:
        index(dst)
        tables = archive_tables()
        backend.reset_identities(dst, tables)
        set_identity(dst, identity or state.identity, shown)
        backend.mark(dst, facts.SCHEMA_VERSION)
        counts = {t.name: dst.execute(select(func.count()).select_from(t)).scalar_one() for t in tables}
    except Exception as exc:
        raise_fault(exc, shown, "using", f"{shown} could not finish the copy")
        raise
    for name, n in state.counts.items():
        if counts[name] != n:
            raise CopyRefused(f"The copy in {shown} has {counts[name]} rows of '{name}' where {state.shown} has {n}.")
    return counts


def raise_fault(exc: BaseException, shown: str, doing: Doing, words: str | None = None) -> None:
    """Raise a driver's error (met with the database shown as ``shown``) in words; return for any other error."""
    from sqlalchemy.exc import DBAPIError, IntegrityError

    if not isinstance(exc, DBAPIError):
        return
    on_server = type(exc.orig).__module__.split(".")[0] == "psycopg"
    backend = backends.backend_for("postgresql://" if on_server else "")
    # A constraint the copied rows break is the source's fault, not the target's (never "damaged"): checked first.
    broke = backend.violation(exc) if isinstance(exc, IntegrityError) else None
    if broke is not None and broke[0] == "reference":  # a row referring to one the source does not have
        raise CopyRefused(
            f"{shown} refused the copy: {exc.orig}. The source's references do not hold: run 'summitry db check' "
            "on it. Nothing was copied."
        ) from exc
    if isinstance(exc, IntegrityError):
        raise CopyRefused(f"{shown} refused the copy: {exc.orig}. Nothing was copied.") from exc
    fault = backend.fault(exc, shown, doing)
    if fault is not None:
        raise fault from exc
    if words is not None:
        raise CopyRefused(f"{words}: {exc.orig}. Nothing was copied.") from exc


# --- the whole copy -------------------------------------------------------------------------------------

#: Called under the target's write lock, before anything is replaced, with the target's connection and what
#: the source holds; raises to refuse (a restore refuses a backup of another archive).
AcceptFn = Callable[["Connection", SourceState], object]


@dataclass(frozen=True)
class _Copy:
    """One copy's choices, from the target's lock to its commit (see :func:`copy_archive`)."""

    state: SourceState
    index: IndexFn
    replace: bool = False
    progress: ProgressFn | None = None
    safety_label: str = "before-replace"
    accept: AcceptFn | None = None
    keep_identity: bool = False

    def into(self, src: Connection, dst: Connection, shown: str, keep_safe: Callable[[Connection], Path]) -> Copied:
        """Check the target, keep a safety copy of what it holds and clear it, copy, finish."""
        replacing = prepare_target(dst, shown, replace=self.replace)
        if self.accept is not None:
            self.accept(dst, self.state)
        ours = identity_of(dst) if self.keep_identity else None
        safety = None
        if replacing:
            backends.of(dst).keep_writers_out(dst, archive_tables())
            safety = keep_safe(dst)
            clear(dst)
        copy_rows(src, self.state, dst, shown, self.progress)
        return Copied(finish_target(dst, self.state, shown, self.index, identity=ours), safety)


def copy_archive(
    source: str,
    target: str,
    *,
    index: IndexFn,
    replace: bool = False,
    progress: ProgressFn | None = None,
    on_wait: WaitFn | None = None,
    safety_label: str = "before-replace",
    accept: AcceptFn | None = None,
    keep_identity: bool = False,
) -> Copied:
    """Copy the whole archive at ``source`` to ``target`` (a file path or a server URL; see the module docstring).

    Args:
        index: fills the target's search index (see :data:`IndexFn`).
        replace: replace what the target holds, after a verified safety copy of it (labelled ``safety_label``)
            in its backups folder (a server archive's: in the user's data folder).
        progress: told how far the copy is, after every batch of rows.
        on_wait: hears, again and again, that the copy waits for an import into the target (a server) to end.
        accept: see :data:`AcceptFn`.
        keep_identity: a replaced target stays the archive it was (a restore) instead of becoming the source's.

    Raises:
        CopyRefused: when the copy is not made (the target is as it was).
        DatabaseOpenError: when either database cannot be used.
        BackupError: when the safety copy or a new file cannot be written.
    """
    source_shown, target_shown = display_target(source), display_target(target)
    if same_database(source, target):
        raise CopyRefused(f"{source_shown} is both the source and the target: copy it to another database.")
    with read_snapshot(source) as src:
        plan = _Copy(source_state(src, source_shown), index, replace, progress, safety_label, accept, keep_identity)
        if location.is_server(target):
            return _into_server(src, target, target_shown, plan, on_wait)
        path = location.sqlite_path(target)
        if path is None:
            raise CopyRefused(f"{target_shown} is neither a file nor a server: copy to a file or a server.")
        if path.is_dir():
            raise CopyRefused(
                f"{path} is a folder. Give the copy a file name, for example {path / 'summitry.sqlite3'}."
            )
        if path.exists() and path.stat().st_size > 0:
            return _into_file(src, path, plan)
        return write_file(src, plan.state, path, index, progress, mode=_mode_for(source))


def _into_server(src: Connection, target: str, shown: str, plan: _Copy, on_wait: WaitFn | None) -> Copied:
    """Into a server archive (or an empty database), in one transaction under the whole-archive write lock."""
    from model.store.server_archive import archive_engine

    def keep_safe(dst: Connection) -> Path:
        return safety_copy_of_server(dst, target, plan.safety_label, plan.index, plan.progress)

    engine = archive_engine(target, shown, readonly=False)
    try:
        with engine.begin() as dst:
            try:
                backends.of(dst).begin_write(dst, whole_archive=True, on_wait=on_wait)
                copied = plan.into(src, dst, shown, keep_safe)
            except Exception as exc:
                raise_fault(exc, shown, "using", f"{shown} refused the copy")
                raise
        return copied
    except Exception as exc:  # the commit: where a server checks deferred references
        raise_fault(exc, shown, "using", f"{shown} refused the copy")
        raise
    finally:
        engine.dispose()


def _into_file(src: Connection, path: Path, plan: _Copy) -> Copied:
    """Into an existing Summitry file, in one transaction holding its write lock (opening it first upgrades an
    older file, after a verified backup, as any open does)."""
    from model.store.opening import open_database

    def keep_safe(_dst: Connection) -> Path:
        # The write lock is held: what is committed, which the backup API copies, cannot change meanwhile.
        kept = copy_verified(path, backup_set.backup_path_for(path, plan.safety_label))
        backup_set.rotate_backups(path)
        return kept

    database = open_database(str(path))
    try:
        if database.readonly_reason:
            raise CopyRefused(f"{path} cannot be changed: {database.readonly_reason}")
        try:
            with database.transaction(whole_archive=True) as session:
                return plan.into(src, session.connection(), str(path), keep_safe)
        except Exception as exc:  # the commit: where SQLite checks deferred references
            raise_fault(exc, str(path), "using", f"{path} refused the copy")
            raise
    finally:
        database.close()


def write_file(
    src: Connection,
    state: SourceState,
    path: Path,
    index: IndexFn,
    progress: ProgressFn | None = None,
    *,
    mode: int = 0o600,
    as_backup: bool = False,
) -> Copied:
    """Copy the archive on ``src`` into a new file at ``path`` (see :func:`new_file`); as a backup, over an
    existing file at ``path`` too (the caller has made sure it is an earlier backup of the same archive)."""
    with new_file(path, mode, as_backup=as_backup) as dst:
        prepare_target(dst, str(path), replace=False)
        copy_rows(src, state, dst, str(path), progress)
        counts = finish_target(dst, state, str(path), index)
    return Copied(counts)


def safety_copy_of_server(
    conn: Connection, target: str, label: str, index: IndexFn, progress: ProgressFn | None = None
) -> Path:
    """A verified backup of the server archive on ``conn``, read in the caller's transaction (which keeps
    writers out), in the user's data folder's backups under the archive's name
    (:func:`model.store.backup_set.archive_stem`); older safety copies are rotated as a file's are."""
    stem = backup_set.archive_stem(target)
    dest = backup_set.backup_path_for(stem, label)
    write_file(conn, source_state(conn, display_target(target)), dest, index, progress, as_backup=True)
    backup_set.rotate_backups(stem)
    return dest


@contextmanager
def new_file(path: Path, mode: int = 0o600, *, as_backup: bool = False) -> Iterator[Connection]:
    """A transaction on a new SQLite file that becomes ``path`` when the block ends well, and nothing otherwise.

    It is written as ``path.part`` (removed if anything fails, or by the next start if the process is killed),
    committed, checked (SQLite's integrity check and Summitry's mark: :func:`model.store.backup.verify`) and
    moved into place; over an existing file only ``as_backup``. A backup stays in rollback-journal mode, as
    every backup is; a copy to use is in write-ahead-log mode, as every Summitry database is.

    Raises:
        CopyRefused: when ``path`` exists (and this is not a backup).
        BackupError: when the file cannot be written or does not verify.
    """
    from model.store.engine import engine_for

    if path.exists() and not as_backup:
        raise CopyRefused(f"{path} already exists.")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with partfiles.writing(path, mode) as part:
            engine = engine_for(str(part.path), part.path, readonly=False)
            try:
                with engine.begin() as conn:
                    yield conn
            except Exception as exc:
                raise_fault(exc, str(path), "setting up", f"{path} could not be written")
                raise
            finally:
                engine.dispose()
            _journal(part.path, "DELETE")  # one self-contained file: the write-ahead log folded in and gone
            verify(part.path)
            if not as_backup:
                _journal(part.path, "WAL")
            part.commit()
    except OSError as exc:
        raise BackupError(f"Could not write {path}: {exc.strerror or exc}.") from exc


def _journal(path: Path, mode: str) -> None:
    con = sqlite3.connect(str(path))
    try:
        con.execute(f"PRAGMA journal_mode={mode}").fetchone()
    finally:
        con.close()


def _mode_for(source: str) -> int:
    """A copy of a file gets its permission bits; a copy of a server archive is the user's own (0600)."""
    path = None if location.is_server(source) else location.sqlite_path(source)
    try:
        return partfiles.mode_of(path) if path is not None else 0o600
    except OSError:
        return 0o600


def same_database(source: str, target: str) -> bool:
    """Whether two targets name one database (one file, or one database on one server)."""
    if location.is_server(source) or location.is_server(target):
        return location.is_server(source) and location.is_server(target) and _server_key(source) == _server_key(target)
    a, b = location.sqlite_path(source), location.sqlite_path(target)
    return a is not None and b is not None and a.resolve() == b.resolve()


def _server_key(url: str) -> tuple[object, ...]:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return (parsed.host, parsed.port, parsed.database, parsed.query.get("host"), parsed.query.get("service"))
