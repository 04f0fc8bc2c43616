"""``summitry history ID``: a record's revisions, newest first, in text and JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from model import edits
from model.store.database import Database
from model.store.opening import open_database
from tests.backends import TestBackend
from tests.model.datafiles import run


def _edit_twice(target: str) -> str:
    database = open_database(target)
    try:
        ed = edits.load(database, "arf-23")
        edits.save(database, "meeting", {**ed.form, "status": "cancelled", "city": "Pakse"}, ed.version, "ann")
        form = edits.load(database, "arf-23").form
        form["agenda"][0]["title"] = "Opening\x1b[31m"
        edits.save(database, "meeting", form, 2, "bob")
        return edits.author(database)
    finally:
        database.close()


def test_history_lists_who_changed_what_newest_first(
    backend: TestBackend, bundled_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    target = bundled_db.target
    _edit_twice(target)
    code, out, err = run(capsys, target, "history", "arf-23")
    assert (code, err) == (0, "")
    lines = [line.split("\t") for line in out.splitlines()]
    assert [line[1:] for line in lines] == [["bob", "edit", "agenda item 1: title"], ["ann", "edit", "city, status"]]
    assert all(line[0].endswith("Z") for line in lines)


def test_history_json_has_each_changed_field_before_and_after(
    backend: TestBackend, bundled_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    target = bundled_db.target
    _edit_twice(target)
    code, out, _err = run(capsys, target, "history", "arf-23", "--json")
    assert code == 0
    doc = json.loads(out)
    newest, oldest = doc["revisions"]
    assert (newest["author"], newest["action"]) == ("bob", "edit")
    assert newest["changes"][0]["path"] == "agenda[0].title"
    assert newest["changes"][0]["after"] == "Opening\x1b[31m", "JSON keeps the exact text"
    assert {c["path"]: (c["before"], c["after"]) for c in oldest["changes"]}["status"] == ("scheduled", "cancelled")
    assert oldest["after"]["city"] == "Pakse"


def test_history_of_an_unchanged_record_and_of_no_record(
    backend: TestBackend, bundled_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    target = bundled_db.target
    code, out, _err = run(capsys, target, "history", "arf-23")
    assert (code, out) == (0, "arf-23 has no revisions: it has not changed since it was loaded.\n")
    code, out, err = run(capsys, target, "history", "no-such-record")
    assert code == 1 and out == ""
    assert err.startswith("No record with id 'no-such-record'")


def test_a_deleted_record_keeps_its_history(
    backend: TestBackend, bundled_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    target = bundled_db.target
    database = open_database(target)
    try:
        edits.delete(database, "arf-23", 1, dependents="detach", author="ann")
    finally:
        database.close()
    code, out, _err = run(capsys, target, "history", "arf-23")
    assert code == 0
    assert out.split("\t")[1:] == ["ann", "delete", "deleted\n"]


def test_a_restored_backup_keeps_the_history_and_adds_what_the_restore_changed(
    backend: TestBackend, bundled_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = bundled_db.target
    kept = tmp_path / "before-edits.sqlite3"
    assert run(capsys, target, "db", "backup", str(kept))[0] == 0
    ed = edits.load(bundled_db, "arf-23")
    edits.save(bundled_db, "meeting", {**ed.form, "city": "Pakse"}, ed.version, author="ann")
    new = {**edits.blank("topic"), "id": "ann-topic", "label": "Ann's topic"}
    edits.save(bundled_db, "topic", new, author="ann")
    bundled_db.close()

    code, out, err = run(capsys, target, "db", "restore", str(kept))
    assert code == 0, err
    assert "2 records changed by the restore; each has a revision" in out
    database = open_database(target)
    try:
        now = edits.load(database, "arf-23")
        assert now.form == ed.form and now.version == 3, "above the version the edit had"
        assert [(r.action, r.author) for r in edits.history(database, "arf-23")][1:] == [("edit", "ann")]
        assert [r.action for r in edits.history(database, "ann-topic")] == ["restore", "create"]
        newest = edits.history(database, "arf-23")[0]
        assert newest.action == "restore" and newest.changes == (edits.Change("city", "city", "Pakse", "Vientiane"),)
    finally:
        database.close()
