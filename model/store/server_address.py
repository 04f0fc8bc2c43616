"""A PostgreSQL server's address in parts (host, port, database, user, or a libpq service; SSL), and its URL.

The window's File ▸ Connect to a Server… edits these parts; the URL they make is what ``--database`` and
``$SUMMITRY_DATABASE`` take, so the dialog shows it and people learn the command-line form. The URL is written
the way the README writes one (``postgresql+psycopg://anna@/summitry?host=/var/run/postgresql``): a socket
folder and a certificate's path keep their slashes.

No password is part of an address. One typed at the window's password prompt joins the URL in memory only
(:func:`with_password`); :func:`model.store.location.display_target` takes it out again wherever it is shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, quote, unquote

from model.store import location

SCHEME = "postgresql+psycopg"
DEFAULT_PORT = 5432
#: libpq's SSL modes, from never encrypting to checking the server's certificate and its name.
SSL_MODES = ("disable", "prefer", "require", "verify-ca", "verify-full")
#: The modes that check the server's certificate against a root certificate (``sslrootcert``).
VERIFYING = frozenset({"verify-ca", "verify-full"})
#: Query parameters the address has fields for; any other (``application_name``…) is kept as it was.
_FIELDS = frozenset({"host", "port", "service", "sslmode", "sslrootcert", "user", "dbname"})


@dataclass(frozen=True)
class ServerAddress:
    """Where a server archive is, as the Connect to a Server… dialog shows it.

    Attributes:
        host: a host name or address, or the folder of the server's unix socket (it begins with "/");
            empty for libpq's default (the local socket).
        service: a libpq service (``~/.pg_service.conf``): it names the host, port, database and user
            instead, so those are not written.
        sslmode: one of :data:`SSL_MODES`; empty for libpq's default ("prefer").
        sslrootcert: the root certificate that checks the server's (used by the verifying modes only).
        options: other query parameters of a URL the address was read from, kept in order.
    """

    host: str = ""
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""
    service: str = ""
    sslmode: str = ""
    sslrootcert: str = ""
    options: tuple[tuple[str, str], ...] = ()

    def url(self) -> str:
        """The SQLAlchemy URL of this address (never with a password)."""
        query: list[tuple[str, str]] = []
        if self.service:
            netloc, path = "", "/"
            query.append(("service", self.service))
        else:
            user = quote(self.user, safe="") + "@" if self.user else ""
            port = f":{self.port}" if self.port != DEFAULT_PORT else ""
            if self.host and not self.host.startswith("/"):
                host = f"[{self.host}]" if ":" in self.host else self.host
                netloc = user + host + port
            else:  # the local socket: its folder (if not libpq's default) and port go in the query
                netloc = user
                if self.host:
                    query.append(("host", self.host))
                if port:
                    query.append(("port", str(self.port)))
            path = "/" + quote(self.database, safe="")
        if self.sslmode:
            query.append(("sslmode", self.sslmode))
        if self.sslrootcert and self.sslmode in VERIFYING:  # with "require", a root certificate would verify
            query.append(("sslrootcert", self.sslrootcert))
        query += self.options
        rendered = "&".join(f"{quote(key, safe='')}={quote(value, safe='/')}" for key, value in query)
        return f"{SCHEME}://{netloc}{path}" + (f"?{rendered}" if rendered else "")

    @classmethod
    def from_url(cls, url: str) -> ServerAddress | None:
        """The parts of a server archive's URL (its password left out); None for a file or a URL not understood."""
        parsed = parse_url(url) if location.is_server(url) else None
        if parsed is None:
            return None
        query = {key: value if isinstance(value, str) else value[-1] for key, value in parsed.query.items()}
        port = parsed.port or _port(query.get("port", ""))
        return cls(
            host=parsed.host or query.get("host", ""),
            port=port,
            database=parsed.database or query.get("dbname", ""),
            user=parsed.username or query.get("user", ""),
            service=query.get("service", ""),
            sslmode=query.get("sslmode", ""),
            sslrootcert=query.get("sslrootcert", ""),
            options=tuple(
                (key, value)
                for key, value in query.items()
                if key not in _FIELDS and key.lower() not in location.SECRET_PARAMETERS
            ),
        )


#: A database URL as SQLAlchemy reads one (``sqlalchemy.engine.url._parse_url``'s pattern, kept the same so that
#: both read every URL alike: a test compares them): the first screen reads a server's URL without SQLAlchemy.
_URL = re.compile(
    r"""
        (?P<name>[\w\+]+)://
        (?:
            (?P<username>[^:/]*)
            (?::(?P<password>[^@]*))?
        @)?
        (?:
            (?:
                \[(?P<ipv6host>[^/\?]+)\] |
                (?P<ipv4host>[^/:\?]+)
            )?
            (?::(?P<port>[^/\?]*))?
        )?
        (?:/(?P<database>[^\?]*))?
        (?:\?(?P<query>.*))?
    """,
    re.X,
)


@dataclass(frozen=True)
class ParsedUrl:
    """A URL's parts as SQLAlchemy's ``make_url`` gives them (a repeated query parameter: a tuple of its values)."""

    drivername: str
    username: str | None
    password: str | None
    host: str | None
    port: int | None
    database: str | None
    query: dict[str, str | tuple[str, ...]]


def parse_url(url: str) -> ParsedUrl | None:
    """``url`` in parts, as SQLAlchemy's ``make_url`` reads it; None where that would refuse it."""
    found = _URL.match(url)
    if found is None:
        return None
    query: dict[str, str | tuple[str, ...]] = {}
    for key, value in parse_qsl(found["query"] or ""):
        had = query.get(key)
        query[key] = value if had is None else (*((had,) if isinstance(had, str) else had), value)
    port = found["port"]
    if port and not port.isdigit():
        return None
    username, password, database = (unquote(v) if v is not None else None for v in found.group(*_UNQUOTED))
    return ParsedUrl(
        found["name"],
        username,
        password,
        found["ipv4host"] or found["ipv6host"],
        int(port) if port else None,
        database or None,
        query,
    )


_UNQUOTED = ("username", "password", "database")


def connect_kwargs(url: str) -> dict[str, Any] | None:
    """What SQLAlchemy's psycopg dialect hands ``psycopg.connect`` for a server URL (a test compares them), or
    None for a URL it reads another way (several hosts, a repeated parameter): that one takes SQLAlchemy's path."""
    parsed = parse_url(url)
    if parsed is None or any(not isinstance(value, str) for value in parsed.query.values()):
        return None
    if "," in (parsed.host or "") or "," in str(parsed.query.get("host", "")):
        return None
    found: dict[str, Any] = {}
    for key, value in (
        ("host", parsed.host),
        ("dbname", parsed.database),
        ("user", parsed.username),
        ("password", parsed.password),
        ("port", parsed.port),
    ):
        if value:  # as SQLAlchemy's translate_connect_args: an empty part is left to libpq's defaults
            found[key] = value
    found.update(parsed.query)
    return found


def _port(text: str) -> int:
    return int(text) if text.isdigit() and 0 < int(text) < 65536 else DEFAULT_PORT


def has_password(url: str) -> bool:
    """Whether a server URL carries a password (after its user name, or as a ``password`` parameter)."""
    parsed = parse_url(url)
    if parsed is None:
        raise ValueError(f"not a database URL: {location.display_target(url)}")
    return bool(parsed.password) or any(key.lower() == "password" for key in parsed.query)


def with_password(url: str, password: str) -> str:
    """``url`` with ``password`` for libpq (a ``password`` parameter, which works with or without a user name,
    and which :func:`model.store.location.display_target` and crash reports leave out). For memory only: the
    password typed last replaces any the URL had."""
    bare = location.display_target(url)
    return f"{bare}{'&' if '?' in bare else '?'}password={quote(password, safe='')}"
