"""Who may do what in a server archive: two group roles, given to analysts by ``summitry db grant``.

- ``summitry_reader``: reads everything (SELECT), writes nothing;
- ``summitry_editor``: reads and writes the data (records, saved searches, change notes, revisions), never
  the schema: the tables stay the owner's, so ``summitry db upgrade`` stays the owner's too.

The owner (who set the archive up) runs the grants; the roles are made when first needed (the owner needs
the server's CREATEROLE right for that, or its administrator makes them once). Default privileges give both
roles the tables a later upgrade creates. A file has no roles: it is one person's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from model.i18n import QT_TRANSLATE_NOOP, Words
from model.store.faults import DatabaseOpenError
from model.store.location import display_target

if TYPE_CHECKING:
    from sqlalchemy import Connection

READER = "summitry_reader"
EDITOR = "summitry_editor"
Grant = Literal["reader", "editor", "revoke"]

#: What ``db grant`` says on a file.
FOR_SERVERS = QT_TRANSLATE_NOOP(
    "GrantText",
    "Readers and editors are for an archive on a PostgreSQL server; a file is one person's (share it by "
    "putting the archive on a server: see 'Sharing an archive with a team' in the README). Nothing was changed.",
)

_ROLE_RIGHTS = {
    READER: ("SELECT", ""),
    EDITOR: ("SELECT, INSERT, UPDATE, DELETE", "USAGE, SELECT"),
}


class GrantText(Words):
    "What db grant says it did."


@dataclass(frozen=True)
class Granted:
    """What ``db grant`` did, in words for the person who ran it."""

    words: str


def grant(target: str, what: Grant, name: str) -> Granted:
    """Make ``name`` a reader or an editor of the server archive at ``target``, or neither (``revoke``).

    Raises:
        DatabaseOpenError: when ``name`` is no user of the server, or the server refuses (the one running
            this does not own the archive, or may not create roles).
    """
    from sqlalchemy.exc import DBAPIError

    from model.store.engine import engine_for
    from model.store.postgresql_backend import POSTGRESQL

    shown = display_target(target)
    engine = engine_for(target, None, False)
    try:
        with engine.begin() as conn:
            if not _is_user(conn, name):
                raise DatabaseOpenError(
                    "missing",
                    GrantText.tr("There is no user '{name}' on the server of {archive}.").format(
                        name=name, archive=shown
                    ),
                    GrantText.tr(
                        "Its administrator creates one first (createuser {name}). Nothing was changed."
                    ).format(name=name),
                )
            quote = conn.dialect.identifier_preparer.quote
            who = quote(name)
            if what == "revoke":
                conn.exec_driver_sql(f"REVOKE {quote(READER)}, {quote(EDITOR)} FROM {who}")
                return Granted(
                    GrantText.tr("{name} may no longer read or change {archive}.").format(name=name, archive=shown)
                )
            _set_up_roles(conn)
            role, other = (READER, EDITOR) if what == "reader" else (EDITOR, READER)
            conn.exec_driver_sql(f"REVOKE {quote(other)} FROM {who}")
            conn.exec_driver_sql(f"GRANT {quote(role)} TO {who}")
            if what == "reader":
                return Granted(
                    GrantText.tr("{name} may now read {archive}, and change nothing.").format(name=name, archive=shown)
                )
            return Granted(
                GrantText.tr("{name} may now read and change the records of {archive} (not upgrade it).").format(
                    name=name, archive=shown
                )
            )
    except DatabaseOpenError:
        raise
    except DBAPIError as exc:
        fault = POSTGRESQL.fault(exc, shown, "setting up")
        if fault is None:
            raise
        raise fault from exc
    finally:
        engine.dispose()


def _is_user(conn: Connection, name: str) -> bool:
    from sqlalchemy import text

    return conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}).first() is not None


def _set_up_roles(conn: Connection) -> None:
    """Both roles (made if missing), with their rights on this database's tables, now and after upgrades."""
    from sqlalchemy import text

    quote = conn.dialect.identifier_preparer.quote
    database = quote(str(conn.execute(text("SELECT current_database()")).scalar()))
    for role, (tables, sequences) in _ROLE_RIGHTS.items():
        # Two owners granting at once on one server must not fail on the role the other just made.
        conn.exec_driver_sql(
            f"DO $$ BEGIN CREATE ROLE {quote(role)} NOLOGIN; "
            "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
        )
        conn.exec_driver_sql(f"GRANT CONNECT ON DATABASE {database} TO {quote(role)}")
        conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {quote(role)}")
        conn.exec_driver_sql(f"GRANT {tables} ON ALL TABLES IN SCHEMA public TO {quote(role)}")
        conn.exec_driver_sql(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT {tables} ON TABLES TO {quote(role)}")
        if sequences:
            conn.exec_driver_sql(f"GRANT {sequences} ON ALL SEQUENCES IN SCHEMA public TO {quote(role)}")
            conn.exec_driver_sql(
                f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT {sequences} ON SEQUENCES TO {quote(role)}"
            )


def archive_owner(conn: Connection) -> str | None:
    """The role that owns the archive's tables (who set it up), or None before it is set up."""
    from sqlalchemy import text

    found = conn.execute(
        text("SELECT tableowner FROM pg_tables WHERE tablename = 'record' AND schemaname = current_schema()")
    ).scalar()
    return str(found) if found is not None else None


def owns_archive(conn: Connection) -> bool:
    """Whether the user connected is (or acts as) the archive's owner: only they may change its schema."""
    from sqlalchemy import text

    owner = archive_owner(conn)
    if owner is None:
        return True
    return bool(conn.execute(text("SELECT pg_has_role(:owner, 'USAGE')"), {"owner": owner}).scalar())
