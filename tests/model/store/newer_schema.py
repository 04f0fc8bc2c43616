"""A schema version after this Summitry's, for tests of the upgrade path: one more migration step.

:func:`pretend_newer` makes this process a Summitry one schema version newer (whose release is
:data:`NEWER_RELEASE`), with :func:`upgrade` as the step that takes an archive there: a table and a column
added with Alembic's operations, on either backend.
"""

from __future__ import annotations

import sys

import pytest

from model.store import migrations, schema_facts

#: The release that pretends to write the next schema version.
NEWER_RELEASE = "9.9.0"


def upgrade() -> None:
    import sqlalchemy as sa
    from alembic import op

    op.create_table("upgrade_note", sa.Column("id", sa.Integer, primary_key=True), sa.Column("text", sa.Text))
    with op.batch_alter_table("saved_search") as batch:
        batch.add_column(sa.Column("note", sa.Text, nullable=True))


def pretend_newer(monkeypatch: pytest.MonkeyPatch, *, breaks_reads: bool = False) -> int:
    """Make this process a Summitry one schema version newer; returns that version."""
    real_steps = migrations.steps
    newer = schema_facts.SCHEMA_VERSION + 1
    monkeypatch.setattr(schema_facts, "SCHEMA_VERSION", newer)
    monkeypatch.setitem(schema_facts.SCHEMA_RELEASES, newer, NEWER_RELEASE)
    if breaks_reads:
        monkeypatch.setattr(schema_facts, "BREAKS_READS", schema_facts.BREAKS_READS | {newer})
    monkeypatch.setattr(migrations, "steps", lambda *a: {**real_steps(*a), newer: sys.modules[__name__]})
    return newer
