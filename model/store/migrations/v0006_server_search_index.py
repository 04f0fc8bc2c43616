"""Version 6: a server archive gets its search index, a weighted ``tsvector`` over the same normalised words
as a file's FTS5 index (:mod:`model.store.postgresql_backend`), built from its records. A file's index and
tables are unchanged: the step does nothing there.
"""

from __future__ import annotations

from alembic import op

version = 6


def upgrade() -> None:
    from model.store import backends, upgrades

    conn = op.get_bind()
    if backends.of(conn).name == "postgresql":  # a file has had its index since version 1
        upgrades.build_search_index(conn)
