"""Databases of an older schema version, for tests of the upgrade path: a new file with later steps undone.

Each schema version's additions are undone here (SQLite statements), newest first, so a test that needs a
database "from before revisions" gets one without what any later version added either.
"""

from __future__ import annotations

import sqlite3

#: What each schema version added, as the SQLite statements that take it away again.
UNDO: dict[int, tuple[str, ...]] = {
    6: (),  # a server archive's search index: a file's is unchanged
    5: ("DROP TABLE record_name", "DELETE FROM citation WHERE path LIKE 'names/%'"),
    4: (
        "DROP TABLE change_note",
        "ALTER TABLE saved_search DROP COLUMN owner",
        "ALTER TABLE saved_search DROP COLUMN shared",
    ),
    3: ("DROP TABLE revision", "DROP TABLE note", "ALTER TABLE record DROP COLUMN version"),
}


def make_older(con: sqlite3.Connection, version: int) -> None:
    """Take a current SQLite database back to schema ``version`` (committed)."""
    for later in sorted(UNDO, reverse=True):
        if later > version:
            for statement in UNDO[later]:
                con.execute(statement)
    con.execute(f"PRAGMA user_version={int(version)}")
    con.commit()
