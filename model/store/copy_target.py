"""Writing the archive a copy makes (:mod:`model.store.copy`): a target made ready (set up, or refused, or
to be replaced), the rows with their keys, the index, identity, mark and version, every table counted again;
and a new SQLite file that takes its name only when complete and verified."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from model.store import backends, partfiles
from model.store import schema_facts as facts
from model.store.backup import BackupError, Identity, verify
from model.store.copy_source import (
    CopyRefused,
    CopyText,
    IndexFn,
    ProgressFn,
    SourceState,
    archive_tables,
    batches,
    raise_fault,
    set_identity,
)

if TYPE_CHECKING:
    from sqlalchemy import Connection


@dataclass(frozen=True)
class Copied:
    """What a copy wrote: rows per table, the safety copy of what it replaced (None when it replaced nothing),
    and a note for the person when something after the commit was not done ("" when all was)."""

    counts: dict[str, int]
    safety: Path | None = None
    note: str = ""

    @property
    def records(self) -> int:
        return self.counts.get("record", 0)

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


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
                CopyText.tr(
                    "{target} holds tables of another application ({tables}) and is not a Summitry archive; it "
                    "is left as it is, even with --replace. Choose a new file or an empty database."
                ).format(target=shown, tables=stored.tables)
            )
        schema.Base.metadata.create_all(conn)
        backend.create_text_index(conn)
        return False
    if stored.version != facts.SCHEMA_VERSION:
        raise CopyRefused(
            CopyText.tr(
                "{target} is a Summitry archive at database version {version}, and this Summitry writes "
                "version {ours}; it is left as it is. Upgrade it first ('summitry db upgrade'), or "
                "choose a new file or an empty database."
            ).format(target=shown, version=stored.version, ours=facts.SCHEMA_VERSION)
        )
    held = holdings(conn)
    if not held:
        return False
    if not replace:
        raise CopyRefused(
            CopyText.tr(
                "{target} already holds an archive ({held}); it is left as it is. Add --replace to replace it "
                "with the copy (a verified safety copy of it is kept first), or choose a new file or an empty "
                "database."
            ).format(target=shown, held=held)
        )
    return True


def holdings(conn: Connection) -> str:
    """What a Summitry archive holds, in words ("12 records, 2 saved searches"); "" when it is empty."""
    from sqlalchemy import func, select

    from model.store import schema

    def count(model: type) -> int:
        return int(conn.execute(select(func.count()).select_from(schema.table(model))).scalar_one())

    records, searches, datasets = count(schema.Record), count(schema.SavedSearch), count(schema.Dataset)
    words = [
        CopyText.tr("%Ln record(s)", "", records) if records else "",
        CopyText.tr("%Ln saved search(es)", "", searches) if searches else "",
        CopyText.tr("%Ln dataset(s)", "", datasets) if datasets else "",
    ]
    words = [w for w in words if w]
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
    from sqlalchemy.sql.schema import ScalarElementColumnDefault

    backend = backends.of(dst)
    done, total, what = 0, state.rows, f"{state.shown} → {shown}"
    if progress is not None:
        progress(what, 0, total)
    for table in archive_tables():
        names = state.columns[table.name]
        query = select(*(table.c[n] for n in names)).order_by(*table.primary_key.columns)
        # A column an older source lacks takes the schema's default: the fast inserts pass the rows as they
        # are, without SQLAlchemy, which would otherwise have filled it in.
        added = {
            c.name: c.default.arg
            for c in table.columns
            if c.name not in names and c.computed is None and isinstance(c.default, ScalarElementColumnDefault)
        }
        for part in batches(src, query, state.shown):
            batch = [dict(zip(names, row, strict=True)) | added for row in part]
            try:
                backend.insert_rows(dst, table, batch)
            except Exception as exc:
                refused = CopyText.tr("{target} refused a row of the table '{table}'")
                raise_fault(exc, shown, "using", refused.format(target=shown, table=table.name))
                raise
            done += len(batch)
            if progress is not None:
                progress(what, done, total)


def finish_target(
    dst: Connection,
    state: SourceState,
    shown: str,
    index: IndexFn,
    progress: ProgressFn | None = None,
    *,
    identity: Identity | None = None,
) -> dict[str, int]:
    """After the rows: the search index (its steps told to ``progress`` as the target's), the identity keys,
    which archive it is (``identity``, or the source's), the mark and version; then every table counted again
    against the source. Returns the counts.

    Raises:
        CopyRefused: when a table's rows do not add up (nothing is committed then).
    """
    from sqlalchemy import func, select

    backend = backends.of(dst)
    try:
        index(dst, None if progress is None else lambda what, done, total: progress(f"{shown}: {what}", done, total))
        tables = archive_tables()
        backend.reset_identities(dst, tables)
        set_identity(dst, identity or state.identity, shown)
        backend.mark(dst, facts.SCHEMA_VERSION)
        counts = {t.name: dst.execute(select(func.count()).select_from(t)).scalar_one() for t in tables}
    except Exception as exc:
        raise_fault(exc, shown, "using", CopyText.tr("{target} could not finish the copy").format(target=shown))
        raise
    for name, n in state.counts.items():
        if counts[name] != n:
            raise CopyRefused(
                CopyText.tr("The copy in {target} has {rows} rows of '{table}' where {source} has {expected}.").format(
                    target=shown, rows=counts[name], table=name, source=state.shown, expected=n
                )
            )
    return counts


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
        counts = finish_target(dst, state, str(path), index, progress)
    return Copied(counts)


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
        raise CopyRefused(CopyText.tr("{path} already exists.").format(path=path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with partfiles.writing(path, mode) as part:
            engine = engine_for(str(part.path), part.path, readonly=False)
            try:
                with engine.begin() as conn:
                    yield conn
            except Exception as exc:
                raise_fault(exc, str(path), "setting up", CopyText.tr("{path} could not be written").format(path=path))
                raise
            finally:
                engine.dispose()
            _journal(part.path, "DELETE")  # one self-contained file: the write-ahead log folded in and gone
            verify(part.path)
            if not as_backup:
                _journal(part.path, "WAL")
            part.commit()
    except OSError as exc:
        reason = exc.strerror or exc
        raise BackupError(CopyText.tr("Could not write {path}: {reason}.").format(path=path, reason=reason)) from exc


def _journal(path: Path, mode: str) -> None:
    con = sqlite3.connect(str(path))
    try:
        con.execute(f"PRAGMA journal_mode={mode}").fetchone()
    finally:
        con.close()
