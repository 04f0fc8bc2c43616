"""Where Summitry's database is: the appdirs data directory, ``$SUMMITRY_DATABASE`` or ``--database``.

Kept apart from :mod:`model.store.opening` and free of SQLAlchemy, so the desktop app can find its database (to
claim the single-instance lock) and show its window before the database layer is imported.
"""

from __future__ import annotations

import os
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
