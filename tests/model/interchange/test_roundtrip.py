"""Export to JSON and import into an empty database reproduces every record and citation exactly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from model.interchange import bundled, exporter, importer
from model.records import fields
from model.records.fields import Kind
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


# --- every field of every type ---------------------------------------------------------------------------

_TEXT = "Every field of every record, quoted.\n\nA passage in the second paragraph."
_QUOTE = "A passage in the second paragraph"


def _value(owner: fields.PartType, f: fields.Field, full: bool) -> Any:
    """A valid value for field ``f`` of ``owner``: the "every" records refer to the "other" ones."""
    value = f.value
    if f.kind is Kind.ID:
        return f"{'every' if full else 'other'}-{owner.name}"
    if f.kind is Kind.REF:
        return f"other-{f.ref}"
    if f.kind is Kind.REFS:
        return [f"other-{f.ref}"]
    if f.kind is Kind.DATE:
        return "2016-07-25/2016-07-26"
    if f.kind is Kind.CHOICE:
        return f.choices[-1]
    if f.kind is Kind.CODES:
        return ["en", "ru-RU"]
    if f.kind is Kind.INTEGER:
        assert value is not None and value.minimum is not None
        return value.minimum + (2 if full else 1)
    if f.kind is Kind.PARTS:
        assert f.part is not None
        return [_object(f.part, full), _object(f.part, full)]
    if f.kind is Kind.NAMES:
        assert f.part is not None
        return {"ru": _object(f.part, full), "lo-LA": _object(f.part, full)}
    if f.kind is Kind.RECORDS:
        return [_object(fields.RECORD_TYPES[str(f.holds)], full)]
    if f.kind is Kind.CITATIONS:
        start = _TEXT.index(_QUOTE)
        quoting = {"source": "other-source", "quote": _QUOTE, "start": start, "end": start + len(_QUOTE)}
        return [{**quoting, "paragraph": 2, "note": "Why it is quoted."}, {"basis": "general-knowledge", "note": "n"}]
    assert value is not None
    if value.shape is not None:
        return {"^[A-Z]{2}$": "XE" if full else "XO", "^[A-Z]{3}$": "XEV"}.get(value.shape.pattern, "en-GB")
    if owner.name == "source" and f.name == "text":
        return _TEXT
    return f"The {f.label} of the {'every' if full else 'other'} {owner.label}"[: value.max_length]


def _object(owner: fields.PartType, full: bool) -> dict[str, Any]:
    """A record or part with every field given (``full``), or only the required ones."""
    return {f.name: _value(owner, f, full) for f in owner.fields if full or f.required}


def every_field_file() -> dict[str, Any]:
    """A valid file in which every field of every record type and part is given, in the order of the map."""
    data: dict[str, Any] = {"format": "summitry", "version": 1}
    for collection, kind in fields.COLLECTIONS.items():
        data[collection] = [_object(fields.RECORD_TYPES[kind], False), _object(fields.RECORD_TYPES[kind], True)]
    return data


def test_every_field_of_every_type_round_trips(backend: TestBackend, empty_db: Database, tmp_path: Path) -> None:
    data = every_field_file()
    given = {(owner.label, f.name) for owner, f in fields.every_field() if owner is not fields.DATASET}
    assert given == set(_fields_given(data)), "the file gives every field of the map"
    report = importer.import_file(empty_db, write(tmp_path / "every.json", data))
    assert len(report.added) == 2 * len(fields.RECORD_TYPES) - 1  # no "other" round: only the "every" process holds one
    first, second, _other = _export_into_empty(backend, empty_db, tmp_path)
    assert first.read_text("utf-8") == json.dumps(data, ensure_ascii=False, indent=2) + "\n", "every field, in order"
    assert first.read_bytes() == second.read_bytes()


def _fields_given(data: dict[str, Any]) -> set[tuple[str, str]]:
    """(owner's label, field name) of every field with a value in ``data``."""
    out: set[tuple[str, str]] = set()

    def visit(owner: fields.PartType, obj: dict[str, Any]) -> None:
        for f, part in fields.parts(owner):
            value = obj.get(f.name, {} if f.kind is Kind.NAMES else [])
            for item in value.values() if f.kind is Kind.NAMES else value:
                if set(item) <= {p.name for p in part.fields}:
                    visit(part, item)
        for f in owner.fields:
            if f.kind is Kind.RECORDS:
                for inner in obj.get(f.name, []):
                    visit(fields.RECORD_TYPES[str(f.holds)], inner)
        out.update((owner.label, name) for name in obj)

    for collection, kind in fields.COLLECTIONS.items():
        for obj in data[collection]:
            visit(fields.RECORD_TYPES[kind], obj)
    return out
