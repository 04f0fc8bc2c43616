"""Version 4: working together. Saved searches get an owner and a ``shared`` mark, and ``change_note`` holds
what each write changed, for the other windows on the archive (:mod:`model.store.changes`).

Only additions, so an older Summitry still reads the result. The saved searches from before had no owner and
everyone saw them: they become the upgrading user's, shared, so nobody loses sight of one.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

version = 4


def upgrade() -> None:
    from model.store import backends, schema

    with op.batch_alter_table("saved_search") as batch:
        batch.add_column(sa.Column("owner", schema._str(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("shared", sa.Integer, nullable=False, server_default="0"))
    conn = op.get_bind()
    saved = schema.table(schema.SavedSearch)
    conn.execute(saved.update().values(owner=backends.of(conn).author(conn), shared=1))
    schema.table(schema.ChangeNote).create(conn)
