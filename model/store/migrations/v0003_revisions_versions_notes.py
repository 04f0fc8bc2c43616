"""Version 3: every change of a record is kept (``revision``), each record counts its writes (``record.version``,
for refusing a save another one overtook), and the user's private notes (``note``); see :mod:`model.edits`.

Only adds: an older Summitry still reads the result. Records already there start at version 1, with no history.
(Written to follow the PostgreSQL search index's step where that lands first: the lead renumbers on merge.)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

version = 3


def upgrade() -> None:
    from model.store import schema

    op.add_column("record", sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    conn = op.get_bind()
    schema.table(schema.Revision).create(conn)
    schema.table(schema.Note).create(conn)
