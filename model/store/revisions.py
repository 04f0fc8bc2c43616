"""Writing revisions: one row per change of a record (see :class:`model.store.schema.Revision`).

Here, below the rooms that change records (imports, edits), so that each writes its revisions in its own
transaction. Reading and restoring them is :mod:`model.edits`'.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, text

from model.store import backends, schema


@dataclass(frozen=True)
class Change:
    """One record's change, to be written as a revision: ``before``/``after`` are its own forms (None: absent)."""

    record_id: str
    kind: str
    action: str
    before: Mapping[str, Any] | None
    after: Mapping[str, Any] | None
    #: ``after`` already written as JSON text (an import has it from the record's fingerprint), or None.
    after_json: str | None = field(default=None, compare=False, repr=False)


def author(conn: Connection) -> str:
    """Who changes: the database user on a server (as the server knows them), else the operating-system user."""
    if backends.of(conn).name == "postgresql":
        return str(conn.execute(text("SELECT current_user")).scalar())
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment nor in the password database
        return "unknown"


def now() -> str:
    """The time of a revision: UTC, ISO-8601 to the second, with a Z."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)


def encode(form: Mapping[str, Any] | None) -> str | None:
    return None if form is None else _JSON.encode(form)


def write(
    conn: Connection,
    changes: Iterable[Change],
    who: str | None = None,
    at: str | None = None,
    *,
    ids: bool = True,
) -> list[int]:
    """Write one revision per change, all by ``who`` (default :func:`author`) at ``at`` (default now).

    Returns the new revisions' ids, in the order of ``changes``; with ``ids`` False (an import's thousands, in
    the backend's fastest way) nothing.
    """
    rows = [
        {
            "record_id": c.record_id,
            "kind": c.kind,
            "action": c.action,
            "before": encode(c.before),
            "after": c.after_json if c.after_json is not None else encode(c.after),
        }
        for c in changes
    ]
    if not rows:
        return []
    who = author(conn) if who is None else who
    at = now() if at is None else at
    for row in rows:
        row["author"] = who
        row["at"] = at
    table = schema.table(schema.Revision)
    if not ids:
        backends.of(conn).insert_rows(conn, table, rows)
        return []
    returning = table.insert().returning(table.c.id, sort_by_parameter_order=True)
    return [int(i) for i in conn.execute(returning, rows).scalars()]
