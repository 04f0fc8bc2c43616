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
but a Summitry archive is never touched. A copy into a server checks the references it wrote before it
commits, a step at a time (:meth:`~model.store.backend.Backend.check_deferred`), so its commit does not stand
still while the server checks them all. Once a copy into a server has committed, the server's statistics of
the archive's tables are brought up to date (:meth:`~model.store.backend.Backend.refresh_statistics`), so
its first readers do not wait for autovacuum to plan their reads well. Only backend-neutral SQLAlchemy Core
is used here: what differs is behind the backend seam (:mod:`model.store.backend`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from model.store import backends, backup_set, location, partfiles
from model.store.backup import IDENTITY_TABLE, copy_verified
from model.store.copy_source import (
    CopyRefused,
    CopyText,
    IndexFn,
    ProgressFn,
    SourceState,
    archive_tables,
    identity_of,
    raise_fault,
    read_snapshot,
    source_state,
)
from model.store.copy_target import Copied, clear, copy_rows, finish_target, prepare_target, write_file
from model.store.location import display_target

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from model.store.backend import WaitFn

__all__ = ["Copied", "CopyRefused", "copy_archive", "safety_copy_of_server"]


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
        return Copied(finish_target(dst, self.state, shown, self.index, self.progress, identity=ours), safety)


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
        raise CopyRefused(
            CopyText.tr("{source} is both the source and the target: copy it to another database.").format(
                source=source_shown
            )
        )
    with read_snapshot(source) as src:
        plan = _Copy(source_state(src, source_shown), index, replace, progress, safety_label, accept, keep_identity)
        if location.is_server(target):
            return _into_server(src, target, target_shown, plan, on_wait)
        path = location.sqlite_path(target)
        if path is None:
            raise CopyRefused(
                CopyText.tr("{target} is neither a file nor a server: copy to a file or a server.").format(
                    target=target_shown
                )
            )
        if path.is_dir():
            raise CopyRefused(
                CopyText.tr("{path} is a folder. Give the copy a file name, for example {example}.").format(
                    path=path, example=path / "summitry.sqlite3"
                )
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
        try:
            with engine.begin() as dst:
                try:
                    backends.of(dst).begin_write(dst, whole_archive=True, on_wait=on_wait)
                    copied = plan.into(src, dst, shown, keep_safe)
                    _check_references(dst, shown, plan.progress)
                except Exception as exc:
                    raise_fault(exc, shown, "using", _refused(shown))
                    raise
        except Exception as exc:  # the commit (the references were checked before it, in the transaction)
            raise_fault(exc, shown, "using", _refused(shown))
            raise
        return replace(copied, note=_refresh_statistics(engine, shown, plan.progress))
    finally:
        engine.dispose()


def _refused(shown: str) -> str:
    return CopyText.tr("{target} refused the copy").format(target=shown)


def _check_references(dst: Connection, shown: str, progress: ProgressFn | None) -> None:
    """Check the references the copy wrote before its commit, a step at a time, each reported: left to the
    commit, a server checks them all in one go, without a word (at 10k meetings 1.7 s; ten times that at
    100k). A broken reference refuses the copy here, as it would have at the commit."""

    def step(done: int, total: int) -> None:
        if progress is not None:
            progress(
                CopyText.tr("{target}: checking the references between records…").format(target=shown), done, total
            )

    backends.of(dst).check_deferred(dst, step)


def _refresh_statistics(engine: Engine, shown: str, progress: ProgressFn | None) -> str:
    """Bring the server's statistics of the archive just committed up to date (see the module docstring);
    a note for the person when the server did not (the copy stands all the same), else ""."""
    from sqlalchemy.exc import DBAPIError

    if progress is not None:
        progress(CopyText.tr("{target}: updating the server's statistics…").format(target=shown), 0, 0)
    try:
        with engine.connect() as conn:
            outside = conn.execution_options(isolation_level="AUTOCOMMIT")  # VACUUM runs in no transaction
            backends.of(outside).refresh_statistics(outside, [t.name for t in archive_tables()] + [IDENTITY_TABLE])
    except DBAPIError:
        return CopyText.tr(
            "the archive is in place; {target} could not update its statistics now, so its first opens and "
            "searches may be slower until the server's autovacuum has done so."
        ).format(target=shown)
    return ""


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
            raise CopyRefused(
                CopyText.tr("{path} cannot be changed: {reason}").format(path=path, reason=database.readonly_reason)
            )
        try:
            with database.transaction(whole_archive=True) as session:
                return plan.into(src, session.connection(), str(path), keep_safe)
        except Exception as exc:  # the commit: where SQLite checks deferred references
            raise_fault(exc, str(path), "using", _refused(str(path)))
            raise
    finally:
        database.close()


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
