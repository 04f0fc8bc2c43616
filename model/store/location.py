"""Where Summitry's database is: the appdirs data directory, ``$SUMMITRY_DATABASE`` or ``--database``.

Kept apart from :mod:`model.store.opening` and free of SQLAlchemy, so the desktop app can find its database (to
claim the single-instance lock) and show its window before the database layer is imported.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import appdirs

APP_NAME = "Summitry"
ENV_VAR = "SUMMITRY_DATABASE"
DEFAULT_FILENAME = "summitry.sqlite3"


def data_dir() -> Path:
    """The user's data directory for Summitry (from appdirs)."""
    return Path(appdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / DEFAULT_FILENAME


def backup_dir(db_path: Path) -> Path:
    """The folder of a database file's backups: ``backups`` beside it."""
    return db_path.parent / "backups"


def resolve_target(explicit: str | None = None) -> str:
    """The database to open: ``--database``, else ``$SUMMITRY_DATABASE``, else the default file."""
    if explicit:
        return explicit
    env = os.environ.get(ENV_VAR)
    if env:
        return env
    return str(default_database_path())


def is_url(target: str) -> bool:
    return "://" in target


def is_server(target: str) -> bool:
    """Whether ``target`` names a database on a server (PostgreSQL), not a SQLite file or memory."""
    return target.split("://", 1)[0].split("+", 1)[0].lower() in ("postgresql", "postgres")


# A URL's parts: the user information runs to the last "@" before the query, so that a password holding "@"
# (which should be written %40) is hidden whole even where SQLAlchemy would take its tail for the host.
_URL = re.compile(
    r"(?P<head>[\w+]+://)(?:(?P<user>[^:/?@]*)(?::(?P<password>[^?]*))?@)?(?P<rest>[^?@]*)(?:\?(?P<query>.*))?\Z", re.S
)
#: Query parameters that carry a secret (libpq's ``password``, and the one unlocking a client certificate's key).
SECRET_PARAMETERS = frozenset({"password", "sslpassword"})
# In free text (a traceback, a command line): "scheme://user:secret@" and "password=secret" in a query string.
_USERINFO_IN_TEXT = re.compile(r"(?P<head>[\w+]+://[^:/@\s]*):[^@\s]*@")
_PARAMETER_IN_TEXT = re.compile(r"(?P<head>[?&](?:" + "|".join(sorted(SECRET_PARAMETERS)) + r")=)[^&\s]*")


def display_target(target: str) -> str:
    """A database target as people may see it: a file's path, or a URL without its password.

    The one way a target is shown or written anywhere (``db path``, the status bar, About, the window's
    title, messages, logs, settings): the password stays where it came from (the URL the user typed,
    ``~/.pgpass``, a libpq service file) and nowhere else.
    """
    if not is_url(target):
        return target
    found = _URL.match(target)
    if found is None:  # not a URL SQLAlchemy can read either: show nothing that could be a secret
        return hide_passwords(target)
    user = found["user"]
    shown = found["head"] + (f"{user}@" if user else "") + found["rest"]
    from urllib.parse import unquote  # only a URL needs it (not a file's path, on the way to the first screen)

    query = found["query"]
    if query is not None:  # kept as written, less any parameter that carries a secret
        kept = [part for part in query.split("&") if unquote(part.split("=", 1)[0]).lower() not in SECRET_PARAMETERS]
        shown += "?" + "&".join(kept) if kept else ""
    return shown


def short_name(target: str) -> str:
    """A database's name for a window's title: the file's name, or the database (or service) a URL names."""
    if not is_url(target):
        return Path(target).name or target
    from urllib.parse import unquote

    found = _URL.match(target)
    rest = found["rest"] if found else ""
    name = rest.split("/", 1)[1] if "/" in rest else ""
    if not name and found and found["query"]:
        services = [p.split("=", 1)[1] for p in found["query"].split("&") if p.startswith("service=")]
        name = services[0] if services else ""
    return unquote(name) or display_target(target)


def archive_file_name(target: str) -> str:
    """A server archive's name for the files made of it (its backups): who, where and which database, from
    :func:`display_target` (never the password), in letters any file system accepts.

    ``postgresql+psycopg://anna@db.example.org:5433/summitry`` → ``anna@db.example.org_5433-summitry``; a local
    socket's folder is left out (``postgres@local-summitry``), a libpq service named (``service-team``).
    """
    from urllib.parse import parse_qsl

    found = _URL.match(display_target(target))
    if found is None:
        return "archive"
    host, _, database = found["rest"].partition("/")
    query = dict(parse_qsl(found["query"] or ""))
    who = f"{found['user']}@" if found["user"] else ""
    if query.get("service") and not host:
        where = f"service-{query['service']}"
    else:
        where = who + (host or ("local" if who or database else ""))
    name = "-".join(part for part in (where, database) if part) or "archive"
    return re.sub(r"[^\w.@-]+", "_", name).strip("._")[:120] or "archive"


def hide_passwords(text: str) -> str:
    """``text`` (a report, a command line) with the password of every database URL in it taken out."""
    text = _USERINFO_IN_TEXT.sub(lambda m: m["head"] + "@", text)
    return _PARAMETER_IN_TEXT.sub(lambda m: m["head"] + "…", text)


def sqlite_path(target: str) -> Path | None:
    """The file behind a target, or None for a non-SQLite URL or an in-memory database."""
    if is_url(target):
        from sqlalchemy.engine import make_url  # only URLs need SQLAlchemy's parser

        url = make_url(target)
        if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
            return None
        return Path(url.database)
    if target == ":memory:":
        return None
    return Path(target).expanduser()
