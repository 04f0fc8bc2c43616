"""Version 5: records' names in other languages (a data file's ``names``), in the new table ``record_name``.

Only a table is added: an older Summitry still reads the archive (it shows the original names). Records get
their names when a file that has them is imported, the bundled dataset's at the next start.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

version = 5


def _str(length: int) -> sa.String:
    """As :func:`model.store.schema._str` wrote it at this version: compared by bytes on every backend."""
    return sa.String(length).with_variant(sa.String(length, collation="C"), "postgresql")


def upgrade() -> None:
    text = sa.Text().with_variant(sa.Text(collation="C"), "postgresql")
    op.create_table(
        "record_name",
        sa.Column(
            "record_id",
            _str(80),
            sa.ForeignKey("record.id", ondelete="CASCADE", deferrable=True, initially="DEFERRED"),
            primary_key=True,
        ),
        sa.Column("lang", _str(35), primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("title", text),
        sa.Column("abbreviation", _str(40)),
        sa.Column("aliases", sa.JSON, nullable=False),
        sa.Column("publisher", text),
        sa.Column("city", text),
        sa.Column("goal", text),
        sa.Column("description", text),
        sa.Column("sidelines", text),
        sa.Column("figures", sa.JSON, nullable=False),
        sa.Column("participants", sa.JSON, nullable=False),
        sa.Column("agenda", sa.JSON, nullable=False),
    )
