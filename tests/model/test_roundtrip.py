"""Export to JSON and import into an empty database reproduces every record and citation."""

from __future__ import annotations

import json
from pathlib import Path

from model import bundled, db, exporter, importer


def test_bundled_dataset_round_trips_exactly(bundled_db: db.Database, tmp_path: Path) -> None:
    out = tmp_path / "all.json"
    first = exporter.export_json(bundled_db, out)
    assert first["meetings"], "the bundled dataset has meetings"
    other = db.open_database(str(tmp_path / "other.sqlite3"))
    try:
        report = importer.import_file(other, out)
        assert report.added and not report.updated
        second = exporter.export_json(other, tmp_path / "again.json")
    finally:
        other.close()
    assert json.loads(out.read_text("utf-8")) == second


def test_second_start_does_not_duplicate_bundled_data(bundled_db: db.Database) -> None:
    assert bundled.ensure_bundled(bundled_db) is None
    report = importer.import_data(bundled_db, bundled.read_bundled(), "again")
    assert not report.changed
    assert "nothing changed" in report.summary()
