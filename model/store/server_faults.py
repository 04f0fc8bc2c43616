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

from model.i18n import QT_TRANSLATE_NOOP, Words
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

#: Advice several messages give, as written (shown with ``ServerText.tr``).
CHECK_ADDRESS = QT_TRANSLATE_NOOP("ServerText", "Check the server's address (and that it is running), then try again.")
CHECK_LOGIN = QT_TRANSLATE_NOOP(
    "ServerText", "Check the user name and password (in the URL, ~/.pgpass or the service file), then try again."
)
ASK_OWNER = QT_TRANSLATE_NOOP("ServerText", "Ask the archive's owner (or the server's administrator) for access.")


def unsupported(shown: str) -> DatabaseOpenError:
    """The fault of a server archive where Summitry was installed without its driver."""
    return DatabaseOpenError(
        "unsupported",
        ServerText.tr(
            "{where} is on a PostgreSQL server, and this Summitry was installed without PostgreSQL support."
        ).format(where=shown),
        ServerText.tr("Install it with: pip install 'summitry[postgresql]'"),
    )


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


class ServerFault(DatabaseOpenError):
    """A server's refusal in words, with whom and which server it was for as libpq had them (from the URL, a
    service file, the environment), for a password prompt to name; empty where libpq did not say."""

    def __init__(self, reason: str, message: str, advice: str = "", login: _Login | None = None) -> None:
        super().__init__(reason, message, advice)
        values = login.conninfo if login is not None else {}
        self.user = values.get("user", "")
        self.host = values.get("host", "")
        self.port = values.get("port", "")
        self.database = login.database if login is not None else ""


def server_fault(error: BaseException, where: str, doing: Doing = "using") -> DatabaseOpenError | None:
    """Words for a PostgreSQL error met while ``doing`` something with the archive shown as ``where``.

    ``error`` is psycopg's exception, or its wrapping by SQLAlchemy (``DBAPIError``) or by a server archive's
    reads straight on psycopg (:class:`model.store.server_reads.ConnectionBroke`, for a connection that broke
    under a statement, as SQLAlchemy marks one ``connection_invalidated``): each is read the same way here. None
    (while using) for an error the user cannot act on: a bug or a constraint, re-raised as it is.
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
        return DatabaseOpenError(
            "server-error", ServerText.tr("{where}: the server refused: {words}.").format(where=where, words=driver), ""
        )
    return words(reason, where, doing, login)


class ServerText(Words):
    """What a server's refusals mean, in the interface's language."""


#: Each reason's message and advice, as written (shown with ``ServerText.tr``). Placeholders: ``{where}`` the
#: archive as shown, ``{user}`` the login's user, ``{sslmode}`` the TLS mode asked for.
_TEXTS: dict[str, tuple[str, str]] = {
    "unreachable": (
        QT_TRANSLATE_NOOP(
            "ServerText", "Cannot reach the database server of {where}: it is not running, or not at that address."
        ),
        CHECK_ADDRESS,
    ),
    "tls-unavailable": (
        QT_TRANSLATE_NOOP(
            "ServerText",
            "The server of {where} does not offer an encrypted (TLS) connection, and sslmode={sslmode} requires one.",
        ),
        QT_TRANSLATE_NOOP(
            "ServerText",
            "Ask the server's administrator to turn on SSL (ssl = on), or check that this is the right server.",
        ),
    ),
    "tls-unverified": (
        QT_TRANSLATE_NOOP(
            "ServerText",
            "The server of {where} offers an encrypted (TLS) connection, but its certificate failed the check "
            "sslmode={sslmode} asks for.",
        ),
        QT_TRANSLATE_NOOP(
            "ServerText",
            "Check the root certificate (sslrootcert in the URL or service file, or ~/.postgresql/root.crt) and, "
            "for verify-full, that the host is the name in the server's certificate.",
        ),
    ),
    "not-ready": (
        QT_TRANSLATE_NOOP("ServerText", "The database server of {where} is starting up or shutting down."),
        QT_TRANSLATE_NOOP("ServerText", "Wait a moment, then try again."),
    ),
    "bad-address": (
        QT_TRANSLATE_NOOP("ServerText", "{where} is not a usable server address."),
        QT_TRANSLATE_NOOP("ServerText", "Check the URL's host, port and options."),
    ),
    "password-needed": (
        QT_TRANSLATE_NOOP("ServerText", "The server of {where} asks for a password."),
        QT_TRANSLATE_NOOP(
            "ServerText", "Give it in ~/.pgpass or a libpq service file (or in the URL), then try again."
        ),
    ),
    "refused": (
        QT_TRANSLATE_NOOP("ServerText", "The server of {where} refused the user name or password."),
        CHECK_LOGIN,
    ),
    "no-database": (
        QT_TRANSLATE_NOOP("ServerText", "The server of {where} has no such database."),
        QT_TRANSLATE_NOOP(
            "ServerText", "Check the database's name, or ask the server's administrator to create it (createdb)."
        ),
    ),
    "connection-lost": (
        QT_TRANSLATE_NOOP(
            "ServerText",
            "The connection to the server of {where} was lost; what was being done was not finished, and "
            "nothing half-done was saved.",
        ),
        QT_TRANSLATE_NOOP("ServerText", "Try again. If it keeps happening, check the network and the server."),
    ),
    "busy": (
        QT_TRANSLATE_NOOP("ServerText", "{where} is busy: other work on the server holds what this needs."),
        QT_TRANSLATE_NOOP("ServerText", "Try again in a moment."),
    ),
    "full": (
        QT_TRANSLATE_NOOP("ServerText", "{where} cannot be changed: the server's disk is full."),
        QT_TRANSLATE_NOOP("ServerText", "Ask the server's administrator to free some space, then try again."),
    ),
    "read-only": (
        QT_TRANSLATE_NOOP(
            "ServerText",
            "{where} cannot be changed: the server accepts only reads (a standby, or a read-only setting).",
        ),
        QT_TRANSLATE_NOOP("ServerText", "Connect to the server that accepts changes, or ask its administrator."),
    ),
    "server-damaged": (
        QT_TRANSLATE_NOOP("ServerText", "The server reports damaged data in {where}."),
        QT_TRANSLATE_NOOP(
            "ServerText",
            "Tell the server's administrator: pg_amcheck finds the damage, and the server's backups repair it.",
        ),
    ),
}
#: Messages that name the login's user, where there is one: a sentence each, for languages that place it.
_TEXTS_WITH_USER: dict[str, str] = {
    "password-needed": QT_TRANSLATE_NOOP("ServerText", "The server of {where} asks for a password for user '{user}'."),
    "refused": QT_TRANSLATE_NOOP("ServerText", "The server of {where} refused the user name or password for '{user}'."),
}
#: "no-permission", by what was being done, without and with the login's user.
_NO_PERMISSION: dict[Doing, tuple[str, str]] = {
    "using": (
        QT_TRANSLATE_NOOP("ServerText", "{where}: this login has no permission to use this archive."),
        QT_TRANSLATE_NOOP("ServerText", "{where}: user '{user}' has no permission to use this archive."),
    ),
    "checking": (
        QT_TRANSLATE_NOOP("ServerText", "{where}: this login has no permission to open this archive."),
        QT_TRANSLATE_NOOP("ServerText", "{where}: user '{user}' has no permission to open this archive."),
    ),
    "setting up": (
        QT_TRANSLATE_NOOP("ServerText", "{where}: this login has no permission to set up or change this archive."),
        QT_TRANSLATE_NOOP("ServerText", "{where}: user '{user}' has no permission to set up or change this archive."),
    ),
}


def words(reason: str, where: str, doing: Doing = "using", login: _Login | None = None) -> ServerFault:
    """The message and advice for a reason (see :func:`server_fault`), in the interface's language."""
    user = login.user if login is not None else ""
    if reason == "no-permission":
        message = _NO_PERMISSION[doing][1 if user else 0]
        advice = ASK_OWNER
    else:
        message, advice = _TEXTS[reason]
        if user and reason in _TEXTS_WITH_USER:
            message = _TEXTS_WITH_USER[reason]
    default_mode = "verify-full" if reason == "tls-unverified" else "require"
    sslmode = (login.conninfo.get("sslmode") if login is not None else None) or default_mode
    return ServerFault(
        reason,
        ServerText.tr(message).format(where=where, user=user, sslmode=sslmode),
        ServerText.tr(advice),
        login,
    )


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
    ping = _ping(login.conninfo)
    if ping == pq.Ping.NO_RESPONSE:
        if _requires_tls(login):  # TLS failed, or the server is not there: which, asked without what failed
            if _answers_with_unverified_tls(login):
                return "tls-unverified", login
            if _answers_without_tls(login):
                return "tls-unavailable", login
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


#: The SSL modes in which libpq refuses to talk to a server without TLS.
_TLS_MODES = frozenset({"require", "verify-ca", "verify-full"})


def _requires_tls(login: _Login) -> bool:
    return login.conninfo.get("sslmode", "") in _TLS_MODES


#: A root certificate that is not there: with it, ``sslmode=require`` encrypts without checking the server's
#: certificate (libpq would check it against ~/.postgresql/root.crt, were that there).
_NO_ROOT_CERTIFICATE = "/nonexistent/summitry-checks-without-a-root-certificate.crt"


def _answers_with_unverified_tls(login: _Login) -> bool:
    """Whether the server answers over TLS when its certificate is not checked: then it offers TLS, and it was
    its certificate (or the name in it) that failed the check ``sslmode=verify-…`` asked for."""
    from psycopg import pq

    if not login.conninfo.get("sslmode", "").startswith("verify-"):
        return False
    plain = {key: value for key, value in login.conninfo.items() if not key.startswith("ssl")}
    unverified = {**plain, "sslmode": "require", "sslrootcert": _NO_ROOT_CERTIFICATE}
    return _ping(unverified) != pq.Ping.NO_RESPONSE


def _answers_without_tls(login: _Login) -> bool:
    """Whether the server answers the same address unencrypted: then it was TLS that it did not offer."""
    from psycopg import pq

    plain = {key: value for key, value in login.conninfo.items() if not key.startswith("ssl")}
    return _ping({**plain, "sslmode": "disable"}) != pq.Ping.NO_RESPONSE


#: How long asking whether a server answers may wait (libpq's shortest connect_timeout): psycopg's ``PQping``
#: holds Python's GIL while it waits, so a window asking a server that drops packets stops painting meanwhile.
#: It is asked after a connection already failed, so a silent server has had its full timeout by then.
PING_TIMEOUT_S = 2


def _ping(values: dict[str, str]) -> Any:
    """libpq's ``PQping`` of a login (is a server there, and does it take connections), waiting briefly."""
    from psycopg import pq

    return pq.PGconn.ping(_conninfo({**values, "connect_timeout": str(PING_TIMEOUT_S)}).encode())


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
