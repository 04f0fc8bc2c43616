"""Reading the archive a copy is made of (:mod:`model.store.copy`): one snapshot of it, what it holds, which
archive it is, its rows in batches; and a driver's error met on either end, in words."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from model.i18n import Words
from model.store import backends
from model.store import schema_facts as facts
from model.store.backup import IDENTITY_TABLE, Identity
from model.store.faults import Doing

if TYPE_CHECKING:
    from sqlalchemy import Connection, Table


#: Rows read and written per batch (bounded memory on an archive of millions of rows).
BATCH = 5_000
#: Told what is copied ("SOURCE → TARGET", as people may see them), the rows copied so far and the rows in all,
#: after every batch; a step that counts no rows is told once as it begins, with 0 of 0 ("TARGET: updating the
#: server's statistics…").
ProgressFn = Callable[[str, int, int], object]
#: Fills the target's search index from the records copied into it, inside the copy's transaction; the
#: caller's (the index's text is made above the store: :func:`model.maintenance.reindex.refill`). Told how far
#: it is as ``progress`` is, in words without the target's name (which the copy puts before them), or None.
IndexFn = Callable[["Connection", ProgressFn | None], object]


class CopyRefused(Exception):
    """A copy that was not made (the message says why); the target is as it was."""


class CopyText(Words):
    """What a copy of an archive (``summitry db copy``, a server's backup and restore) says, in the interface's
    language."""


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

    An older archive is accepted: its rows go into this version's tables (a column added since takes its
    default) and the index is made afresh, which is all every migration so far does (a server's backup before
    ``db upgrade`` is such a copy). A migration step that changes rows themselves must be run by the copy too.

    Raises:
        CopyRefused: when it is not a Summitry archive, is newer than this Summitry, or lacks a table or has a
            column this Summitry does not know (a copy would leave something out).
    """
    from sqlalchemy import func, inspect, select

    try:
        stored = backends.of(conn).stored_version(conn)
        if not stored.marked:
            raise CopyRefused(
                CopyText.tr("{source} is not a Summitry archive, so there is nothing to copy.").format(source=shown)
            )
        if stored.version > facts.SCHEMA_VERSION:
            raise CopyRefused(
                CopyText.tr(
                    "{source} is at database version {version}, newer than this Summitry's {ours}: a copy would "
                    "leave out what this Summitry does not know. Copy it with a newer Summitry."
                ).format(source=shown, version=stored.version, ours=facts.SCHEMA_VERSION)
            )
        inspector = inspect(conn)
        present = set(inspector.get_table_names())
        columns: dict[str, list[str]] = {}
        counts: dict[str, int] = {}
        for table in archive_tables():
            if table.name not in present:
                raise CopyRefused(
                    CopyText.tr("{source} has no table '{table}': it is not a whole Summitry archive.").format(
                        source=shown, table=table.name
                    )
                )
            has = {c["name"] for c in inspector.get_columns(table.name)}
            unknown = sorted(has - set(table.c.keys()))
            if unknown:
                raise CopyRefused(
                    CopyText.tr(
                        "{source} has a column this Summitry does not know ({column}): a copy would leave it out. "
                        "Copy it with the Summitry that wrote it."
                    ).format(source=shown, column=f"{table.name}.{unknown[0]}")
                )
            columns[table.name] = [c.name for c in table.columns if c.name in has and c.computed is None]
            counts[table.name] = conn.execute(select(func.count()).select_from(table)).scalar_one()
        return SourceState(shown, stored.version, columns, counts, identity_of(conn))
    except Exception as exc:
        raise_fault(exc, shown, "checking")
        raise


def batches(src: Connection, query: Any, shown: str) -> Iterator[list[Any]]:
    """The rows of ``query`` in batches, streamed (on a server, its cursor stays there).

    Streaming is asked of this statement alone: ``Connection.execution_options`` would change the connection
    for good, and a later DELETE on it (a replace reads its safety copy on the target's connection) would be
    sent through a server-side cursor, which PostgreSQL refuses."""
    try:
        result = src.execute(query.execution_options(yield_per=BATCH))
        for part in result.partitions(BATCH):
            yield list(part)
    except Exception as exc:
        raise_fault(exc, shown, "using", CopyText.tr("{source} could not be read").format(source=shown))
        raise


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
            CopyText.tr(
                "{target} refused the copy: {reason}. The source's references do not hold: run 'summitry db check' "
                "on it. Nothing was copied."
            ).format(target=shown, reason=exc.orig)
        ) from exc
    if isinstance(exc, IntegrityError):
        raise CopyRefused(
            CopyText.tr("{target} refused the copy: {reason}. Nothing was copied.").format(
                target=shown, reason=exc.orig
            )
        ) from exc
    fault = backend.fault(exc, shown, doing)
    if fault is not None:
        raise fault from exc
    if words is not None:
        raise CopyRefused(
            CopyText.tr("{what}: {reason}. Nothing was copied.").format(what=words, reason=exc.orig)
        ) from exc
