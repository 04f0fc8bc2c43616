"""Export to JSON and import into an empty database reproduces every record and citation exactly."""

from __future__ import annotations

import json
from pathlib import Path

from model.interchange import bundled, exporter, importer
from model.store.database import Database
from model.store.opening import open_database
from tests.backends import TestBackend
from tests.model.datafiles import query, small, write

# Every stored column except surrogate keys, per table, to compare two databases row for row.
_COMPARE = {
    "record": "id, type, title, date, date_lower, date_upper, fingerprint",
    "citation": 'record_id, path, position, source_id, basis, quote, start, "end", paragraph, note',
    "agenda_item": "meeting_id, position, title, description",
    "membership": "forum_id, position, country_id, role, since, since_lower, until, until_upper, joined_at",
    "meeting": "*",
    "round": "*",
    "outcome": "*",
    "outcome_link": "*",
    "source": "*",
    "forum": "*",
    "country": "*",
}


def _rows(target: str) -> dict[str, list[tuple[object, ...]]]:
    return {t: sorted(query(target, f"SELECT {cols} FROM {t}"), key=repr) for t, cols in _COMPARE.items()}


def _export_into_empty(
    backend: TestBackend, database: Database, tmp_path: Path, ids: list[str] | None = None
) -> tuple[Path, Path, str]:
    """Export, import into a new database, export that: returns (first file, second file, the new database)."""
    first = tmp_path / "first.json"
    exporter.export_json(database, first, ids)
    other_path = backend.new_target()
    other = open_database(other_path)
    try:
        report = importer.import_file(other, first)
        assert report.added and not report.updated
        second = tmp_path / "second.json"
        exporter.export_json(other, second)
    finally:
        other.close()
    return first, second, other_path


def test_bundled_dataset_round_trips_byte_for_byte(
    backend: TestBackend, bundled_db: Database, db_target: str, tmp_path: Path
) -> None:
    first, second, other = _export_into_empty(backend, bundled_db, tmp_path)
    assert json.loads(first.read_text("utf-8"))["meetings"], "the bundled dataset has meetings"
    assert first.read_bytes() == second.read_bytes(), "same records, same order, same keys in the same order"
    bundled_db.close()
    assert _rows(db_target) == _rows(other), "every record and citation, column for column"


def test_edited_and_added_records_round_trip_in_order(
    backend: TestBackend, bundled_db: Database, tmp_path: Path
) -> None:
    importer.import_file(bundled_db, write(tmp_path / "mine.json", small()))
    changed = small()
    changed["meetings"][0]["title"] = "Renamed after the fact"
    changed["processes"][0]["rounds"].append({"id": "ex-process-3", "number": 3, "date": "2017"})
    importer.import_file(bundled_db, write(tmp_path / "changed.json", changed))
    first, second, _other = _export_into_empty(backend, bundled_db, tmp_path)
    assert first.read_bytes() == second.read_bytes()


def test_export_of_chosen_records_round_trips(backend: TestBackend, bundled_db: Database, tmp_path: Path) -> None:
    first, second, _other = _export_into_empty(backend, bundled_db, tmp_path, ["arf-23", "eas-security-architecture-4"])
    assert first.read_bytes() == second.read_bytes()


def test_second_start_does_not_duplicate_bundled_data(bundled_db: Database) -> None:
    assert bundled.ensure_bundled(bundled_db) is None
    report = importer.import_data(bundled_db, bundled.read_bundled(), "again")
    assert not report.changed
    assert "nothing changed" in report.summary()
