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

from sqlalchemy import delete, or_, select

from model.i18n import Words
from model.store import schema
from model.store.database import Database
from model.store.location import data_dir

#: How many recent searches are kept.
RECENT_LIMIT = 15
#: Longest name and query a saved search may have.
MAX_NAME = 200
MAX_QUERY = 10_000


class SavedSearchText(Words):
    "How the lists name saved searches."


@dataclass(frozen=True)
class SavedSearch:
    """A saved search: ``owner`` saved it; ``shared`` ones show to everyone using the archive; ``mine``: the
    person asking is its owner (only they may replace or delete it)."""

    name: str
    query: str
    created: str
    owner: str = ""
    shared: bool = False
    mine: bool = True

    def label(self) -> str:
        """How a list shows it: its name, and whose it is when it is someone else's, or that it is shared."""
        if not self.mine:
            return SavedSearchText.tr("{name} (shared by {owner})").format(name=self.name, owner=self.owner)
        return SavedSearchText.tr("{name} (shared)").format(name=self.name) if self.shared else self.name


class SavedSearchError(ValueError):
    """A saved search that cannot be stored as asked; the message is for the person."""


def list_saved(db: Database) -> list[SavedSearch]:
    """The saved searches this person sees: their own and the ones others shared, by name (case-insensitively)."""
    t = schema.table(schema.SavedSearch)
    me = db.user
    with db.session() as session:
        rows = session.execute(
            select(t.c.name, t.c.query, t.c.created, t.c.owner, t.c.shared).where(or_(t.c.owner == me, t.c.shared != 0))
        ).all()
    found = (SavedSearch(r.name, r.query, r.created, r.owner, bool(r.shared), r.owner == me) for r in rows)
    return sorted(found, key=lambda s: s.name.casefold())


def save(db: Database, name: str, query: str, *, shared: bool = False) -> SavedSearch:
    """Save ``query`` under ``name`` as this person's (``shared``: everyone sees it), replacing their own
    saved search of that name; never someone else's.

    Raises:
        SavedSearchError: for an empty or too long name or query, or a name another analyst's search has.
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
    me = db.user
    with db.transaction() as session:
        # Under the write transaction: a colleague saving the same name meanwhile waits, then is refused.
        owner = session.execute(select(t.c.owner).where(t.c.name == name).with_for_update()).scalar()
        if owner is not None and owner != me:
            raise SavedSearchError(f"'{name}' is {owner}'s saved search; choose another name for yours.")
        session.execute(delete(t).where(t.c.name == name))
        session.execute(t.insert().values(name=name, query=query, created=created, owner=me, shared=1 if shared else 0))
    return SavedSearch(name, query, created, me, shared, True)


def remove(db: Database, name: str) -> bool:
    """Delete one of this person's saved searches; False when they have none of that name.

    Raises:
        SavedSearchError: when it is another analyst's.
    """
    t = schema.table(schema.SavedSearch)
    me = db.user
    with db.transaction() as session:
        owner = session.execute(select(t.c.owner).where(t.c.name == name).with_for_update()).scalar()
        if owner is not None and owner != me:
            raise SavedSearchError(f"'{name}' is {owner}'s saved search; only they can delete it.")
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
