"""Export: ``--id`` brings everything a record refers to, so the file imports into an empty database."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from model.interchange import exporter, importer, validate
from model.store.database import Database
from model.store.opening import open_database
from tests.backends import TestBackend
from tests.model.datafiles import run


def _ids(data: dict[str, object]) -> set[str]:
    return {obj["id"] for _kind, _path, obj in validate.iter_records(data)}  # type: ignore[arg-type]


def _into_empty(backend: TestBackend, path: Path) -> importer.ImportReport:
    other = open_database(backend.new_target())
    try:
        return importer.import_file(other, path)
    finally:
        other.close()


def test_export_id_brings_what_the_record_refers_to(
    backend: TestBackend, bundled_db: Database, db_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundled_db.close()
    out = tmp_path / "one.json"
    code, _out, err = run(capsys, db_target, "export", "-o", str(out), "--id", "sochi-declaration-2016")
    assert code == 0, err
    data = json.loads(out.read_text("utf-8"))
    ids = _ids(data)
    # The outcome, the meeting that adopted it, that meeting's forum and its parent, the countries, the source,
    # and the outcome it is related to.
    assert {
        "sochi-declaration-2016",
        "asean-russia-summit-2016",
        "asean-russia",
        "asean",
        "russia",
        "mfa-ru-2016-07-23",
        "asean-russia-cpa-2016-2020",
    } <= ids
    assert "arf-23" not in ids, "nothing unrelated"
    report = _into_empty(backend, out)
    assert sorted(report.added) == sorted(ids)


def test_export_of_a_process_includes_its_rounds_and_a_round_its_process(
    backend: TestBackend, bundled_db: Database, tmp_path: Path
) -> None:
    for rid in ("eas-security-architecture", "eas-security-architecture-2"):
        path = tmp_path / f"{rid}.json"
        data = exporter.export_json(bundled_db, path, [rid])
        (process,) = data["processes"]
        numbers = [r["number"] for r in process["rounds"]]
        assert numbers == [1, 2, 3, 4, 5]
        (tmp_path / rid).mkdir()
        report = _into_empty(backend, path)
        assert "eas-security-architecture-5" in report.added and not report.updated


def test_exported_file_keeps_key_and_record_order(bundled_db: Database, tmp_path: Path) -> None:
    data = exporter.export_json(bundled_db, tmp_path / "all.json")
    assert list(data)[:2] == ["format", "version"]
    keys = [k for k in data if isinstance(data[k], list)]
    assert keys == [k for k in validate.COLLECTIONS if k in data]
    meeting = data["meetings"][0]
    assert list(meeting)[:3] == ["id", "forum", "title"]


def test_exported_file_is_an_ordinary_document_not_a_private_temp_file(bundled_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "all.json"
    old_umask = os.umask(0o022)
    try:
        exporter.export_json(bundled_db, out, ["arf-23"])
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
