"""What a PostgreSQL server's refusals mean to the user: by SQLSTATE, or by how a connection failed.

An error the server reports while connected carries a SQLSTATE (psycopg: ``.sqlstate``), read through
:data:`_SQLSTATES` and its classes, never through its words. An error while connecting carries none (libpq
keeps the server's code to itself), so the failure is classified by asking libpq what it knows
(:func:`_connection_failure`): whether the server answers at all (``PQping``), whether it asked for a
password, and, when it answered but refused, whether the same user gets into the server's maintenance
database (then the archive's database is missing, or closed to that user).

Nothing here ever tells the user to restore a damaged file: a server's data is its administrator's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from model.store.faults import DatabaseOpenError, Doing

#: What a SQLSTATE means to the user: exact codes first, then their two-character class.
_SQLSTATES: dict[str, str] = {
    "28P01": "refused",  # invalid_password
    "3D000": "no-database",  # invalid_catalog_name
    "42501": "no-permission",  # insufficient_privilege
    "53100": "full",  # disk_full
    "53300": "busy",  # too_many_connections
    "55P03": "busy",  # lock_not_available
    "40P01": "busy",  # deadlock_detected
    "40001": "busy",  # serialization_failure
    "25006": "read-only",  # read_only_sql_transaction
    "57P01": "connection-lost",  # admin_shutdown
    "57P02": "connection-lost",  # crash_shutdown
    "57P03": "not-ready",  # cannot_connect_now: starting up or shutting down
    "XX001": "server-damaged",  # data_corrupted
    "XX002": "server-damaged",  # index_corrupted
}
_SQLSTATE_CLASSES: dict[str, str] = {
    "08": "connection-lost",  # connection_exception
    "28": "refused",  # invalid_authorization_specification
}

CHECK_ADDRESS = "Check the server's address (and that it is running), then try again."
CHECK_LOGIN = "Check the user name and password (in the URL, ~/.pgpass or the service file), then try again."
ASK_OWNER = "Ask the archive's owner (or the server's administrator) for access."


@dataclass(frozen=True)
class _Login:
    """Whom a failed connection was for, as libpq had it (values from the URL, a service file, the environment)."""

    conninfo: dict[str, str]

    @property
    def user(self) -> str:
        return self.conninfo.get("user", "")

    @property
    def database(self) -> str:
        return self.conninfo.get("dbname", "") or self.user


def server_fault(error: BaseException, where: str, doing: Doing = "using") -> DatabaseOpenError | None:
    """Words for a PostgreSQL error met while ``doing`` something with the archive shown as ``where``.

    ``error`` is psycopg's exception or SQLAlchemy's wrapping of it. None (while using) for an error the user
    cannot act on: a bug or a constraint, re-raised as it is.
    """
    orig = getattr(error, "orig", None)
    driver = orig if isinstance(orig, BaseException) else error
    sqlstate = getattr(driver, "sqlstate", None)
    reason: str | None = None
    login: _Login | None = None
    if isinstance(sqlstate, str):
        reason = _SQLSTATES.get(sqlstate) or _SQLSTATE_CLASSES.get(sqlstate[:2])
    elif getattr(error, "connection_invalidated", False):
        reason = "connection-lost"  # SQLAlchemy saw the connection break under a statement
    elif _is_psycopg_operational(driver):
        pgconn = getattr(driver, "pgconn", None)
        if pgconn is not None and pgconn.backend_pid:
            reason = "connection-lost"  # it had a server process: the connection broke while in use
        else:
            reason, login = _connection_failure(pgconn)
    if reason is None:
        if doing == "using":
            return None
        return DatabaseOpenError("server-error", f"{where}: the server refused: {driver}.", "")
    return words(reason, where, doing, login)


def words(reason: str, where: str, doing: Doing = "using", login: _Login | None = None) -> DatabaseOpenError:
    """The message and advice for a reason (see :func:`server_fault`)."""
    user = f" '{login.user}'" if login is not None and login.user else ""
    texts: dict[str, tuple[str, str]] = {
        "unreachable": (
            f"Cannot reach the database server of {where}: it is not running, or not at that address.",
            CHECK_ADDRESS,
        ),
        "not-ready": (
            f"The database server of {where} is starting up or shutting down.",
            "Wait a moment, then try again.",
        ),
        "bad-address": (f"{where} is not a usable server address.", "Check the URL's host, port and options."),
        "password-needed": (
            f"The server of {where} asks for a password for user{user}.",
            "Give it in ~/.pgpass or a libpq service file (or in the URL), then try again.",
        ),
        "refused": (f"The server of {where} refused the user name or password{user and ' for' + user}.", CHECK_LOGIN),
        "no-database": (
            f"The server of {where} has no such database.",
            "Check the database's name, or ask the server's administrator to create it (createdb).",
        ),
        "no-permission": (
            f"{where}: {'user' + user if user else 'this login'} has no permission to {_what(doing)} this archive.",
            ASK_OWNER,
        ),
        "connection-lost": (
            f"The connection to the server of {where} was lost; what was being done was not finished, and "
            "nothing half-done was saved.",
            "Try again. If it keeps happening, check the network and the server.",
        ),
        "busy": (f"{where} is busy: other work on the server holds what this needs.", "Try again in a moment."),
        "full": (
            f"{where} cannot be changed: the server's disk is full.",
            "Ask the server's administrator to free some space, then try again.",
        ),
        "read-only": (
            f"{where} cannot be changed: the server accepts only reads (a standby, or a read-only setting).",
            "Connect to the server that accepts changes, or ask its administrator.",
        ),
        "server-damaged": (
            f"The server reports damaged data in {where}.",
            "Tell the server's administrator: pg_amcheck finds the damage, and the server's backups repair it.",
        ),
    }
    message, advice = texts[reason]
    return DatabaseOpenError(reason, message, advice)


def _what(doing: Doing) -> str:
    return {"using": "use", "checking": "open", "setting up": "set up or change"}[doing]


def _is_psycopg_operational(error: BaseException) -> bool:
    import psycopg  # a server's error: its driver is loaded

    return isinstance(error, psycopg.OperationalError)


def _connection_failure(pgconn: Any) -> tuple[str, _Login | None]:
    """Why a connection could not be made, from what libpq knows (no SQLSTATE reaches the client here)."""
    from psycopg import pq

    if pgconn is None:  # psycopg gave up before libpq tried: the host name does not resolve
        return "unreachable", None
    login = _Login(
        {o.keyword.decode(): o.val.decode() for o in getattr(pgconn, "info", []) if o.val and o.keyword != b"passfile"}
    )
    ping = pq.PGconn.ping(_conninfo(login.conninfo).encode())
    if ping == pq.Ping.NO_RESPONSE:
        return "unreachable", login
    if ping == pq.Ping.REJECT:
        return "not-ready", login
    if ping == pq.Ping.NO_ATTEMPT:
        return "bad-address", login
    if pgconn.needs_password:
        return "password-needed", login
    exists = _database_exists(login)
    if exists is None:
        return "refused", login  # not even into the maintenance database: the login itself is refused
    return ("no-permission" if exists else "no-database"), login


def _conninfo(values: dict[str, str]) -> str:
    from psycopg.conninfo import make_conninfo

    return make_conninfo("", **values)


def _database_exists(login: _Login) -> bool | None:
    """Whether the server has the login's database, asked in its maintenance database as the same user;
    None when the user gets into neither ``postgres`` nor ``template1`` (the login is what is refused)."""
    import psycopg

    for maintenance in ("postgres", "template1"):
        try:
            with psycopg.connect(_conninfo({**login.conninfo, "dbname": maintenance, "connect_timeout": "5"})) as conn:
                found = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (login.database,)).fetchone()
                return found is not None
        except psycopg.Error:
            continue
    return None
