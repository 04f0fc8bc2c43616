"""Which backend (:mod:`model.store.backend`) a database has: chosen from its target, or from an open connection."""

from __future__ import annotations

from typing import TYPE_CHECKING

from model.store import location
from model.store.backend import Backend
from model.store.sqlite_backend import SQLITE

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from model.store.pgrun import PgConnection


def backend_for(target: str) -> Backend:
    """The backend of a database target (a file path, ``:memory:`` or a URL)."""
    if location.is_server(target):
        from model.store.postgresql_backend import POSTGRESQL  # only a server needs it (and, later, its driver)

        return POSTGRESQL
    return SQLITE


def of(conn: Connection | PgConnection) -> Backend:
    """The backend of an open SQLAlchemy connection, or of a server's reader straight on psycopg (for code
    handed a connection rather than a database)."""
    from model.store.pgrun import PgConnection

    if isinstance(conn, PgConnection) or conn.dialect.name == "postgresql":
        from model.store.postgresql_backend import POSTGRESQL

        return POSTGRESQL
    return SQLITE
