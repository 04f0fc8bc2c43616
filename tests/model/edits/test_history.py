"""Revisions: written by every change (edits, notes, restores, imports), read as field-by-field changes."""

from __future__ import annotations

import getpass
import json
from pathlib import Path

import pytest

from model import edits
from model.interchange import importer
from model.search import engine
from model.store.database import Database
from model.store.opening import open_database
from tests.backends import TestBackend
from tests.model.datafiles import small, write


def test_the_bundled_dataset_loaded_into_a_new_database_writes_no_revisions(
    backend: TestBackend, bundled_db: Database
) -> None:
    assert edits.history(bundled_db, "arf-23") == []
    assert edits.history(bundled_db, "asean") == []


def test_an_import_writes_one_revision_per_record_it_creates_or_changes(
    backend: TestBackend, bundled_db: Database, tmp_path: Path
) -> None:
    data = small()
    importer.import_file(bundled_db, write(tmp_path / "a.json", data))
    created = {r.action for r in edits.history(bundled_db, "ex-meeting")}
    assert created == {"import"}
    (first,) = edits.history(bundled_db, "ex-meeting")
    assert first.before is None and first.after is not None and first.after["title"] == data["meetings"][0]["title"]
    assert edits.load(bundled_db, "ex-meeting").version == 1

    data["meetings"][0]["title"] = "Renamed Example Meeting"
    importer.import_file(bundled_db, write(tmp_path / "b.json", data))
    newest, older = edits.history(bundled_db, "ex-meeting")
    assert (newest.action, older.id) == ("import", first.id)
    assert newest.changes == (edits.Change("title", "title", "First Example Meeting", "Renamed Example Meeting"),)
    assert edits.load(bundled_db, "ex-meeting").version == 2
    # Unchanged records of the same file get none.
    assert len(edits.history(bundled_db, data["forums"][0]["id"])) == 1


def test_changes_are_labelled_from_the_field_map_part_by_part(backend: TestBackend, bundled_db: Database) -> None:
    ed = edits.load(bundled_db, "arf-23")
    form = json.loads(json.dumps(ed.form))
    form["agenda"][1]["title"] = "A new title"
    form["agenda"].append({"title": "Any other business"})
    form["country"] = "vietnam"
    edits.save(bundled_db, "meeting", form, ed.version)
    (rev,) = edits.history(bundled_db, "arf-23")
    assert [(c.path, c.label) for c in rev.changes] == [
        ("country", "host country"),
        ("agenda[1].title", "agenda item 2: title"),
        (f"agenda[{len(form['agenda']) - 1}]", f"agenda item {len(form['agenda'])}"),
    ]
    assert rev.changes[0].before == "laos" and rev.changes[0].after == "vietnam"
    assert rev.changes[2].before is None and rev.changes[2].after == {"title": "Any other business"}


def test_history_is_newest_first_and_restore_puts_a_revision_back(backend: TestBackend, bundled_db: Database) -> None:
    ed = edits.load(bundled_db, "arf-23")
    first = edits.save(bundled_db, "meeting", {**ed.form, "status": "postponed"}, ed.version)
    second = edits.save(bundled_db, "meeting", {**edits.load(bundled_db, "arf-23").form, "status": "held"}, 2)
    assert [r.id for r in edits.history(bundled_db, "arf-23")] == [second.revision_id, first.revision_id]

    restored = edits.restore(bundled_db, first.revision_id or 0, author="archivist")
    now = edits.load(bundled_db, "arf-23")
    assert now.form["status"] == "postponed" and now.version == restored.version == 4
    newest = edits.history(bundled_db, "arf-23")[0]
    assert (newest.id, newest.action, newest.author) == (restored.revision_id, "restore", "archivist")
    assert newest.changes == (edits.Change("status", "status", "held", "postponed"),)


def test_a_note_is_private_text_with_its_own_revisions(backend: TestBackend, bundled_db: Database) -> None:
    assert edits.note(bundled_db, "arf-23") == ""
    edits.set_note(bundled_db, "arf-23", "Ask the desk about <b>this</b>.")
    assert edits.note(bundled_db, "arf-23") == "Ask the desk about <b>this</b>."
    edits.set_note(bundled_db, "arf-23", "")
    assert edits.note(bundled_db, "arf-23") == ""
    removed, added = edits.history(bundled_db, "arf-23")
    assert (added.action, removed.action) == ("note", "note")
    assert added.changes == (edits.Change("note", "note", "", "Ask the desk about <b>this</b>."),)
    edits.restore(bundled_db, added.id)
    assert edits.note(bundled_db, "arf-23") == "Ask the desk about <b>this</b>."
    assert edits.load(bundled_db, "arf-23").version == 1, "a note is not the record's data"
    with pytest.raises(KeyError):
        edits.set_note(bundled_db, "no-such-record", "x")


def test_the_author_is_the_os_user_on_a_file_and_the_database_user_on_a_server(
    backend: TestBackend, bundled_db: Database
) -> None:
    if backend.is_server:
        with bundled_db.session() as session:
            user = session.connection().exec_driver_sql("SELECT current_user").scalar()
        assert edits.author(bundled_db) == user
    else:
        assert edits.author(bundled_db) == getpass.getuser()
    ed = edits.load(bundled_db, "arf-23")
    edits.save(bundled_db, "meeting", {**ed.form, "city": "Luang Prabang"}, ed.version)
    assert edits.history(bundled_db, "arf-23")[0].author == edits.author(bundled_db)


def test_a_saved_title_is_found_by_search_at_once_and_a_deleted_record_no_more(
    backend: TestBackend, bundled_db: Database
) -> None:
    ed = edits.load(bundled_db, "arf-23")
    edits.save(bundled_db, "meeting", {**ed.form, "title": "Quokkaconference of the region"}, ed.version)
    assert [h.id for h in engine.search(bundled_db, "quokkaconference").hits] == ["arf-23"]
    reopened = open_database(bundled_db.target)
    try:
        assert [h.id for h in engine.search(reopened, "quokkaconference").hits] == ["arf-23"]
    finally:
        reopened.close()
    edits.delete(bundled_db, "arf-23", 2, dependents="detach")
    assert not engine.search(bundled_db, "quokkaconference").hits


def test_records_whose_citations_an_import_moves_get_a_revision(
    backend: TestBackend, bundled_db: Database, tmp_path: Path
) -> None:
    data = small()
    importer.import_file(bundled_db, write(tmp_path / "a.json", data))
    source = {**data["sources"][0], "text": "A new first paragraph.\n\n" + data["sources"][0]["text"]}
    later = {"format": "summitry", "version": 1, "sources": [source]}
    report = importer.import_file(bundled_db, write(tmp_path / "b.json", later))
    assert "ex-meeting" in report.moved_records
    moved, created = edits.history(bundled_db, "ex-meeting")
    assert (moved.action, created.action) == ("import", "import")
    assert {c.path for c in moved.changes} == {"citations", "agenda[0].citations", "agenda[1].citations"}
    assert edits.load(bundled_db, "ex-meeting").version == 2
