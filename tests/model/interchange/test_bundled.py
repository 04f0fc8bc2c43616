"""The bundled dataset: loaded on first start, never duplicated, updated without touching the user's records."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from model.interchange import bundled, importer, validate
from model.store.database import Database
from model.store.opening import open_database
from tests.model.datafiles import counts, dump, query, small, write


def _title(db_file: str, rid: str) -> str:
    return str(query(db_file, "SELECT title FROM record WHERE id = ?", rid)[0][0])


def test_first_start_loads_every_record(empty_db: Database, db_target: str) -> None:
    data = bundled.read_bundled()
    report = bundled.ensure_bundled(empty_db)
    assert report is not None
    expected = [obj["id"] for _kind, _path, obj in validate.iter_records(data)]
    assert report.added == expected
    assert counts(db_target)["record"] == len(expected)
    (info,) = bundled.dataset_info(empty_db)
    assert (info.id, info.version) == bundled.bundled_version(data)


def test_second_start_does_not_duplicate(bundled_db: Database, db_target: str) -> None:
    bundled_db.close()
    before = dump(db_target)
    again = open_database(db_target)
    try:
        assert bundled.ensure_bundled(again) is None
    finally:
        again.close()
    assert dump(db_target) == before


def test_every_record_cites_its_passage_and_the_source_is_complete() -> None:
    data = bundled.read_bundled()
    (source,) = data["sources"]
    assert source["publisher"] and source["date"] == "2016-07-23" and source["languages"]
    assert len(source["text"]) > 5000
    for kind, _path, obj in validate.iter_records(data):
        if kind not in ("source", "topic"):
            assert obj.get("citations"), f"{kind} {obj['id']} cites nothing"
    notes = [
        c["note"]
        for _kind, _path, obj in validate.iter_records(data)
        for _sub, c in validate._walk(obj, [])
        if isinstance(c, dict) and c.get("basis") == "general-knowledge"
    ]
    assert notes and all("source" in n.lower() for n in notes), "facts not from the source say so"


def _newer(data: dict[str, Any]) -> dict[str, Any]:
    new = copy.deepcopy(data)
    new["dataset"]["version"] += ".1"
    for meeting in new["meetings"]:
        if meeting["id"] in ("arf-23", "eas-fmm-6"):
            meeting["title"] += " (corrected)"
    new["topics"].append({"id": "new-bundled-topic", "label": "A topic the new version adds"})
    return new


def test_a_newer_bundle_updates_its_own_records_and_leaves_the_users_alone(
    bundled_db: Database, db_target: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = bundled.read_bundled()
    # The user takes over eas-fmm-6 by importing a changed version of it, and adds a record of their own.
    mine = {
        "format": "summitry",
        "version": 1,
        "meetings": [
            dict(m, title="My own title for the EAS ministers' meeting")
            for m in original["meetings"]
            if m["id"] == "eas-fmm-6"
        ],
    }
    taken = importer.import_file(bundled_db, write(tmp_path / "mine.json", mine))
    assert taken.updated == ["eas-fmm-6"]
    importer.import_file(bundled_db, write(tmp_path / "own.json", small()))
    own_before = _title(db_target, "ex-meeting")

    newer = _newer(original)  # as a newer Summitry ships it
    monkeypatch.setattr(bundled, "read_bundled", lambda: newer)
    monkeypatch.setattr(bundled, "bundled_identity", lambda: bundled.bundled_version(newer))
    report = bundled.ensure_bundled(bundled_db)
    assert report is not None
    assert report.updated == ["arf-23"]
    assert report.added == ["new-bundled-topic"]
    assert report.kept_user == ["eas-fmm-6"]
    assert "1 of your own records with the same ids were left as they are" in report.summary()

    assert _title(db_target, "arf-23").endswith("(corrected)")
    assert _title(db_target, "eas-fmm-6") == "My own title for the EAS ministers' meeting"
    assert _title(db_target, "ex-meeting") == own_before
    assert bundled.dataset_info(bundled_db)[0].version == original["dataset"]["version"] + ".1"
    assert bundled.ensure_bundled(bundled_db) is None, "the newer version is now the one loaded"


def test_a_newer_bundled_dataset_changes_records_as_summitrys_not_as_the_person_who_started_it(
    empty_db: Database,
) -> None:
    """A record the person never touched must not read "last changed by" them after the app brought newer data."""
    from model import edits

    older = copy.deepcopy(bundled.read_bundled())
    older["dataset"]["version"] = "2000.1"
    (meeting,) = [m for m in older["meetings"] if m["id"] == "arf-23"]
    meeting["city"] = "Somewhere else"
    importer.import_data(empty_db, older, "bundled dataset", history=False)

    report = bundled.ensure_bundled(empty_db)
    assert report is not None and "arf-23" in report.updated
    (newest, *_older) = edits.history(empty_db, "arf-23")
    version = bundled.bundled_version(bundled.read_bundled())[1]
    assert newest.author == f"Summitry (bundled dataset {version})"
    assert [(c.before, c.after) for c in newest.changes if c.path == "city"] == [("Somewhere else", "Vientiane")]


def test_the_quick_check_of_the_shipped_dataset_reads_the_id_and_version_a_load_reads() -> None:
    # Every start compares the shipped dataset's version with the database's, from the file parsed plainly
    # (bundled_identity); a load reads the same file with every data-file check (read_bundled).
    assert bundled.bundled_identity() == bundled.bundled_version(bundled.read_bundled())
