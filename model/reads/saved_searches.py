"""Saved searches (named, stored in the database) and recent searches (per database, in the data folder).

Saved searches live in the ``saved_search`` table, so they travel with the database (a backup or a
shared PostgreSQL database keeps them). Recent searches are the person's own trail, kept beside the
database in the user's data folder rather than in shared data.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select

from model.store import schema
from model.store.database import Database
from model.store.location import data_dir

#: How many recent searches are kept.
RECENT_LIMIT = 15
#: Longest name and query a saved search may have.
MAX_NAME = 200
MAX_QUERY = 10_000


@dataclass(frozen=True)
class SavedSearch:
    name: str
    query: str
    created: str


class SavedSearchError(ValueError):
    """A saved search that cannot be stored as asked; the message is for the person."""


def list_saved(db: Database) -> list[SavedSearch]:
    """Every saved search, by name (case-insensitively)."""
    t = schema.table(schema.SavedSearch)
    with db.session() as session:
        rows = session.execute(select(t.c.name, t.c.query, t.c.created)).all()
    return sorted((SavedSearch(r.name, r.query, r.created) for r in rows), key=lambda s: s.name.casefold())


def save(db: Database, name: str, query: str) -> SavedSearch:
    """Save ``query`` under ``name``, replacing a saved search of that name.

    Raises:
        SavedSearchError: for an empty or too long name or query.
    """
    name = " ".join(name.split())
    query = query.strip()
    if not name:
        raise SavedSearchError("A saved search needs a name.")
    if len(name) > MAX_NAME:
        raise SavedSearchError(f"Names are at most {MAX_NAME} characters long.")
    if not query:
        raise SavedSearchError("There is no search to save: type a query first.")
    if len(query) > MAX_QUERY:
        raise SavedSearchError(f"Saved queries are at most {MAX_QUERY:,} characters long.")
    created = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    t = schema.table(schema.SavedSearch)
    with db.transaction() as session:
        session.execute(delete(t).where(t.c.name == name))
        session.execute(t.insert().values(name=name, query=query, created=created))
    return SavedSearch(name, query, created)


def remove(db: Database, name: str) -> bool:
    """Delete a saved search; False when there was none of that name."""
    t = schema.table(schema.SavedSearch)
    with db.transaction() as session:
        result = session.execute(delete(t).where(t.c.name == name))
    return bool(getattr(result, "rowcount", 0))


# --- recent searches ---------------------------------------------------------------------------------


def _recent_file(db: Database) -> Path:
    key = hashlib.sha256(str(db.path or db.target).encode("utf-8")).hexdigest()[:16]
    return data_dir() / "recent-searches" / f"{key}.json"


def recent(db: Database) -> list[str]:
    """The latest searches run on this database, newest first; an unreadable file is an empty list."""
    try:
        data = json.loads(_recent_file(db).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(data, list):
        return []
    return [q for q in data if isinstance(q, str) and q.strip()][:RECENT_LIMIT]


def add_recent(db: Database, query: str, replacing: str | None = None) -> list[str]:
    """Remember a search (moving it to the top), dropping ``replacing`` (an earlier step towards it, such
    as the query one filter ago); returns the new list. Failing to write is not an error."""
    query = query.strip()
    if not query or len(query) > MAX_QUERY:
        return recent(db)
    drop = {query, (replacing or "").strip()}
    items = [query, *(q for q in recent(db) if q not in drop)][:RECENT_LIMIT]
    path = _recent_file(db)
    with contextlib.suppress(OSError):  # a read-only home must not break searching
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(items, fh, ensure_ascii=False)
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return items


def clear_recent(db: Database) -> None:
    with contextlib.suppress(OSError):
        _recent_file(db).unlink()
