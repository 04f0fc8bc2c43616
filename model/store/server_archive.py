"""Opening an archive on a PostgreSQL server: recognising it, setting up an empty database, never upgrading by itself.

A server archive is shared, so what a file may do by itself is left to its owner here:

- an **empty** database (no tables) is set up: the schema and the marker table, in one transaction, under
  the whole-archive lock (two Summitrys meeting one empty database set it up once);
- a database with **other tables and no marker** belongs to something else: it is refused, unchanged;
- an archive at an **older** schema version opens read-only until its owner runs ``summitry db upgrade``
  (:func:`upgrade_archive`: after a backup, in one transaction);
- an archive at a **newer** version opens read-only ("this archive needs Summitry X or newer to change it"),
  or is refused when its migration changed what this Summitry's reads rely on.

The password never appears in what is shown: every message names the archive by
:func:`model.store.location.display_target`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from model import __version__
from model.store import schema_facts as facts
from model.store.backend import StoredVersion
from model.store.database import READER_WORDS, AccessText, Database
from model.store.engine import engine_for
from model.store.faults import DatabaseOpenError, Doing, OpenText
from model.store.location import display_target
from model.store.postgresql_backend import POSTGRESQL, WRITE_LOCK
from model.store.server_faults import ServerText, unsupported

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from model.store.upgrades import IndexEntries

UPGRADE_COMMAND = "summitry db upgrade"


def open_archive(target: str, *, readonly: bool = False) -> Database:
    """Open the server archive at the URL ``target`` (setting up an empty database unless ``readonly``).

    Raises:
        DatabaseOpenError: when it cannot be used: the server cannot be reached or refuses, the database
            belongs to another application, or needs a newer Summitry.
    """
    shown = display_target(target)
    current = _open_current(target, shown, readonly)
    if current is not None:
        return current
    engine = archive_engine(target, shown, readonly)
    try:
        with engine.connect() as conn:
            stored = POSTGRESQL.stored_version(conn)
        if not stored.marked:
            _refuse_foreign(stored, shown)
            if readonly:
                raise DatabaseOpenError(
                    "missing",
                    ServerText.tr("{where} is empty: no Summitry archive is set up in it yet.").format(where=shown),
                    ServerText.tr("Open it to set it up."),
                )
            _set_up(engine, shown)
            stored = StoredVersion(True, facts.SCHEMA_VERSION, 0)
    except DatabaseOpenError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        fault = _fault(exc, shown, "checking")
        if fault is None:
            raise
        raise fault from exc
    refusal = _write_refusal(stored, shown) or (None if readonly else _reader_refusal(engine, shown))
    if refusal is not None and not readonly:  # only reads: the server refuses any write from now on
        engine.dispose()
        engine = archive_engine(target, shown, readonly=True)
    reason = refusal.message if refusal is not None else OpenText.tr("opened read-only as asked") if readonly else None
    db = Database(target, engine, None, reason, backend=POSTGRESQL)
    db.write_refusal = refusal
    if stored.version < facts.SERVER_INDEX_SINCE:
        db.no_search = ServerText.tr(
            "This archive has no search index yet (database version {version}): its owner runs "
            "'{command}' once to build it."
        ).format(version=stored.version, command=UPGRADE_COMMAND)
    return db


def _open_current(target: str, shown: str, readonly: bool) -> Database | None:
    """The everyday case without SQLAlchemy: an archive at this Summitry's version, checked on psycopg (its
    marker, and whether this user may write), its reads on psycopg (:mod:`model.store.server_reads`) and its
    engine made when first needed. None for anything else (an empty database to set up, another application's
    tables, another version, a URL for another driver): :func:`open_archive` takes SQLAlchemy's way then."""
    from model.store.engine import server_connect_kwargs

    kwargs = server_connect_kwargs(target)
    if kwargs is None:
        return None
    try:
        import psycopg  # noqa: F401  # the driver, from the "postgresql" extra
    except ImportError:
        archive_engine(target, shown, readonly)  # says what to install
        raise
    from model.store.server_faults import server_fault
    from model.store.server_reads import ServerReaders

    reads = ServerReaders(kwargs)
    try:
        with reads.reader(lambda exc: server_fault(exc, shown, "checking")) as conn:
            if not POSTGRESQL.is_current_archive(conn):
                reads.release()
                return None
            writer = readonly or POSTGRESQL.may_write(conn)
    except BaseException:
        reads.release()
        raise
    refusal = None if writer else _reader_words(shown)
    reason = refusal.message if refusal is not None else OpenText.tr("opened read-only as asked") if readonly else None
    only_reads = readonly or refusal is not None  # the engine's sessions are read-only then, as below

    def make_engine() -> Engine:
        return archive_engine(target, shown, only_reads)

    db = Database(target, None, None, reason, make_engine=make_engine, backend=POSTGRESQL, server_reads=reads)
    db.write_refusal = refusal
    return db


def archive_engine(target: str, shown: str, readonly: bool) -> Engine:
    """SQLAlchemy's engine for the archive at ``target`` (shown as ``shown``), or why this Summitry has none."""
    try:
        return engine_for(target, None, readonly)
    except ImportError as exc:  # psycopg, the driver, comes with the "postgresql" extra
        raise unsupported(shown) from exc


def _fault(exc: Exception, shown: str, doing: Doing) -> DatabaseOpenError | None:
    """The server's refusal in words; None for anything that is not the server's (a bug: re-raised as it is)."""
    from sqlalchemy.exc import DBAPIError

    return POSTGRESQL.fault(exc, shown, doing) if isinstance(exc, DBAPIError) else None


def _refuse_foreign(stored: StoredVersion, shown: str) -> None:
    if stored.tables:
        raise DatabaseOpenError(
            "foreign",
            ServerText.tr(
                "{where} holds tables of another application ({tables}) and is not a Summitry archive."
            ).format(where=shown, tables=stored.tables),
            ServerText.tr("Summitry leaves it unchanged. Choose an empty database, or a Summitry archive."),
        )


def _set_up(engine: Engine, shown: str) -> None:
    """Create the schema and the marker in one transaction, unless another Summitry has just done so."""
    from sqlalchemy import text

    from model.store import schema

    with engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK})
        again = POSTGRESQL.stored_version(conn)  # under the lock: what another Summitry may have done meanwhile
        if again.marked:
            return
        _refuse_foreign(again, shown)
        schema.Base.metadata.create_all(conn)
        POSTGRESQL.create_text_index(conn)
        POSTGRESQL.mark(conn, facts.SCHEMA_VERSION)


def _write_refusal(stored: StoredVersion, shown: str) -> DatabaseOpenError | None:
    """Why this Summitry may only read the archive (its version is not this Summitry's), or None."""
    if stored.version > facts.SCHEMA_VERSION:
        needs = stored.needs or ServerText.tr("a newer release")
        if stored.readable_from > facts.SCHEMA_VERSION:
            raise DatabaseOpenError(
                "too-new",
                ServerText.tr(
                    "{where} needs Summitry {needs} or newer (database version {version}; this is Summitry "
                    "{this}, which reads up to version {latest})."
                ).format(
                    where=shown, needs=needs, version=stored.version, this=__version__, latest=facts.SCHEMA_VERSION
                ),
                ServerText.tr("Update Summitry to open it. The archive has not been changed."),
            )
        return DatabaseOpenError(
            "read-only",
            ServerText.tr(
                "This archive needs Summitry {needs} or newer to change it ({where} is at database version "
                "{version}; this is Summitry {this}); it is open read-only."
            ).format(where=shown, needs=needs, version=stored.version, this=__version__),
            ServerText.tr("Update Summitry to make changes."),
        )
    if stored.version < facts.SCHEMA_VERSION:
        return DatabaseOpenError(
            "read-only",
            ServerText.tr(
                "{where} is at database version {version} and this Summitry writes version "
                "{latest}; it is open read-only until its owner runs '{command}'."
            ).format(where=shown, version=stored.version, latest=facts.SCHEMA_VERSION, command=UPGRADE_COMMAND),
            ServerText.tr(
                "The archive's owner runs '{command} --database URL' once; every older Summitry then reads it only."
            ).format(command=UPGRADE_COMMAND),
        )
    return None


def _reader_refusal(engine: Engine, shown: str) -> DatabaseOpenError | None:
    """Why this user may only read the archive (a ``summitry_reader``: :mod:`model.store.roles`), or None."""
    try:
        with engine.connect() as conn:
            writer = POSTGRESQL.can_write(conn)
    except Exception as exc:
        fault = _fault(exc, shown, "checking")
        if fault is None:
            raise
        raise fault from exc
    return None if writer else _reader_words(shown)


def _reader_words(shown: str) -> DatabaseOpenError:
    return DatabaseOpenError(
        "read-only",
        AccessText.tr(READER_WORDS),
        AccessText.tr("The owner of {archive} can make you an editor.").format(archive=shown),
    )


@dataclass(frozen=True)
class Upgraded:
    """What ``summitry db upgrade`` did: the version before and after (equal when there was nothing to do)."""

    before: int
    after: int


#: What runs in the upgrade's transaction, under its lock, before the first step: handed the connection and the
#: version the archive is at (``summitry db upgrade`` writes its backup there: exactly what is upgraded).
BeforeUpgrade = Callable[["Connection", int], object]


def upgrade_archive(
    target: str, before: BeforeUpgrade | None = None, index_entries: IndexEntries | None = None
) -> Upgraded:
    """Bring a server archive to this Summitry's schema version, in one transaction under the write lock.

    ``before`` runs first in that transaction when there is something to upgrade (the caller's backup; or the
    caller has backed it up itself). Every step of :mod:`model.store.migrations` runs, then the marker says
    the new version and the Summitry release it needs. ``index_entries`` reads the records' index text, for a
    step that builds the search index (the version 6 one does).

    Raises:
        DatabaseOpenError: when it is not a Summitry archive, is newer than this Summitry, or the server refuses.
    """
    from sqlalchemy import text

    from model.store import migrations

    shown = display_target(target)
    engine = archive_engine(target, shown, readonly=False)
    try:
        with engine.begin() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK})
            stored = _upgradable(conn, shown)
            if stored.version == facts.SCHEMA_VERSION:
                return Upgraded(stored.version, stored.version)
            _refuse_non_owner(conn, shown)
            if before is not None:
                before(conn, stored.version)
            migrations.upgrade(conn, stored.version, facts.SCHEMA_VERSION, index_entries=index_entries)
            POSTGRESQL.mark(conn, facts.SCHEMA_VERSION)
            return Upgraded(stored.version, facts.SCHEMA_VERSION)
    except DatabaseOpenError:
        raise
    except Exception as exc:
        fault = _fault(exc, shown, "setting up")
        if fault is None:
            raise
        raise fault from exc
    finally:
        engine.dispose()


def _refuse_non_owner(conn: Connection, shown: str) -> None:
    """An upgrade changes the schema, which is the archive owner's alone (editors change only its data)."""
    from model.store import roles

    if not roles.owns_archive(conn):
        raise DatabaseOpenError(
            "no-permission",
            ServerText.tr("Only the owner of {where} ({owner}) can upgrade it.").format(
                where=shown, owner=roles.archive_owner(conn)
            ),
            ServerText.tr("Ask them to run '{command}'. Nothing was changed.").format(command=UPGRADE_COMMAND),
        )


def _upgradable(conn: Connection, shown: str) -> StoredVersion:
    stored = POSTGRESQL.stored_version(conn)
    if not stored.marked:
        _refuse_foreign(stored, shown)
        raise DatabaseOpenError(
            "missing",
            ServerText.tr("{where} is empty: it holds no archive to upgrade.").format(where=shown),
            ServerText.tr("Open it to set up."),
        )
    if stored.version > facts.SCHEMA_VERSION:
        raise DatabaseOpenError(
            "too-new",
            ServerText.tr("{where} is at database version {version}, newer than this Summitry's {latest}.").format(
                where=shown, version=stored.version, latest=facts.SCHEMA_VERSION
            ),
            ServerText.tr("It needs no upgrade from this Summitry; update Summitry to {needs} or newer.").format(
                needs=stored.needs or ServerText.tr("a newer release")
            ),
        )
    return stored
