"""A database from before names in other languages (schema version 4) gets their table, after its backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from model.interchange import bundled, exporter, importer
from model.store import backup_set, schema
from model.store import schema_facts as facts
from model.store.opening import open_database
from tests.model.store.older_schema import make_older


def _without_names(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_names(v) for k, v in value.items() if k != "names"}
    if isinstance(value, list):
        return [_without_names(v) for v in value]
    return value


def _make_version_4(path: Path) -> None:
    """A database as version 4 left it: the bundled dataset of then, which had no names in other languages."""
    database = open_database(str(path))
    old = _without_names(bundled.read_bundled())
    old["dataset"]["version"] = "2026.11.1"
    importer.import_data(database, old, "bundled dataset")
    database.close()
    con = sqlite3.connect(path)
    make_older(con, 4)
    con.close()


def test_opening_a_version_4_database_adds_the_names_table_as_a_new_one_has_it(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    path = tmp_path / "old.sqlite3"
    _make_version_4(path)
    database = open_database(str(path))
    try:
        assert [b.label for b in backup_set.backups_of(path)] == ["before-upgrade-v4"]
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        assert con.execute("PRAGMA user_version").fetchone()[0] == facts.SCHEMA_VERSION
        con.close()
        with database.engine.connect() as conn:
            context = MigrationContext.configure(
                conn,
                opts={"compare_type": True, "include_object": lambda _o, n, k, *_: not str(n).startswith("record_fts")},
            )
            assert [d for d in compare_metadata(context, schema.Base.metadata) if "record_name" in repr(d)] == []
        # The bundled dataset, updated at the start, brings its Russian names into the new table.
        bundled.ensure_bundled(database)
        with database.session() as session:
            forums = exporter.records_to_data(session.connection(), ["arf"])["forums"]
        (arf,) = [f for f in forums if f["id"] == "arf"]
        assert arf["names"]["ru"]["abbreviation"] == "АРФ"
    finally:
        database.close()
