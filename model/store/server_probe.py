"""Asking a PostgreSQL server, before opening an archive on it, what connecting would meet; and asking again after
it went away.

The window's Test Connection (:func:`check_server`) says in words whether the server answers, as whom, and what
the database holds (a Summitry archive, nothing yet, another application's tables), changing nothing. Its Retry,
after a lost connection (:func:`reconnect`), makes sure a new connection answers before the window reads again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from model.store import schema_facts as facts
from model.store.engine import engine_for
from model.store.faults import DatabaseOpenError
from model.store.location import display_target
from model.store.postgresql_backend import POSTGRESQL
from model.store.server_archive import UPGRADE_COMMAND
from model.store.server_faults import ServerText, unsupported

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from model.store.database import Database


@dataclass(frozen=True)
class ServerCheck:
    """What :func:`check_server` found.

    Attributes:
        usable: whether opening the archive can go ahead (it may then open read-only: ``words`` says so).
        words: what happened, for people: one or two sentences.
        fault: why it could not connect or read, when it could not (a password prompt reads its reason).
    """

    usable: bool
    words: str
    fault: DatabaseOpenError | None = None


def check_server(target: str) -> ServerCheck:
    """Connect to the server archive at the URL ``target``, read what the database holds, and let go.

    Nothing is written (the session is read-only). A server that does not answer is given up on after
    :data:`model.store.engine.CONNECT_TIMEOUT_S`, unless the URL sets ``connect_timeout``.
    """
    shown = display_target(target)
    try:
        engine = engine_for(target, None, readonly=True)
    except ImportError:  # psycopg, the driver, comes with the "postgresql" extra
        missing = unsupported(shown)
        return ServerCheck(False, str(missing), missing)
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    try:
        with engine.connect() as conn:
            version = str(conn.execute(text("SHOW server_version")).scalar() or "").split(" ")[0]
            user = str(conn.execute(text("SELECT current_user")).scalar())
            encrypted = _encrypted(conn)
            stored = POSTGRESQL.stored_version(conn)
    except DBAPIError as exc:
        fault = POSTGRESQL.fault(exc, shown, "checking")
        if fault is None:  # pragma: no cover - while checking, every error of the server is worded
            raise
        return ServerCheck(False, str(fault), fault)
    finally:
        engine.dispose()
    connected = (
        ServerText.tr("Connected to PostgreSQL {version} as {user}, encrypted (TLS).")
        if encrypted
        else ServerText.tr("Connected to PostgreSQL {version} as {user}.")
    ).format(version=version, user=user)
    usable, holds = _what_it_holds(stored.marked, stored.version, stored.readable_from, stored.tables)
    return ServerCheck(usable, f"{connected} {holds}")


def _encrypted(conn: Connection) -> bool:
    """Whether this computer's link to the server is TLS, as libpq has it (the server may see a proxy's)."""
    driver = conn.connection.driver_connection
    return bool(getattr(getattr(driver, "pgconn", None), "ssl_in_use", False))


def _what_it_holds(marked: bool, version: int, readable_from: int, tables: int) -> tuple[bool, str]:
    if not marked and tables:
        return False, ServerText.tr(
            "The database holds another application's tables ({tables}) and no Summitry archive: Summitry "
            "leaves it unchanged. Choose an empty database, or a Summitry archive."
        ).format(tables=tables)
    if not marked:
        return True, ServerText.tr(
            "The database is empty: Connect sets up a Summitry archive in it, with the bundled dataset."
        )
    if version > facts.SCHEMA_VERSION and readable_from > facts.SCHEMA_VERSION:
        return False, ServerText.tr(
            "It holds a Summitry archive (database version {version}) that needs a newer Summitry."
        ).format(version=version)
    if version > facts.SCHEMA_VERSION:
        return True, ServerText.tr(
            "It holds a Summitry archive from a newer Summitry (database version {version}): it opens read-only."
        ).format(version=version)
    if version < facts.SCHEMA_VERSION:
        return True, ServerText.tr(
            "It holds a Summitry archive at database version {version}: it opens read-only until its owner runs "
            "'{command}'."
        ).format(version=version, command=UPGRADE_COMMAND)
    return True, ServerText.tr("It holds a Summitry archive.")


def reconnect(database: Database) -> None:
    """After the server of an open archive went away: check that a new connection answers.

    The connections pooled before are found dead as they are next used (the engine pings each one first) and
    replaced; SQLAlchemy then drops every connection older than the dead one, so the window's next reads
    start afresh.

    Raises:
        DatabaseOpenError: in words, when the server still cannot be used.
    """
    from sqlalchemy import text

    with database.session() as session:
        session.execute(text("SELECT 1"))
