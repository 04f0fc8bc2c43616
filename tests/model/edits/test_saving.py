"""Loading, checking and saving a record's form: the import's check and writer, a version, a revision."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from model import edits
from model.interchange import exporter
from model.store import schema_facts
from model.store.database import Database
from model.store.opening import open_database
from tests.backends import TestBackend
from tests.model.store.older_schema import make_older


def _form_as_exported(db: Database, record_id: str) -> dict[str, Any]:
    with db.session() as session:
        data = exporter.records_to_data(session.connection(), [record_id])
    return next(obj for objs in data.values() if isinstance(objs, list) for obj in objs if obj.get("id") == record_id)


def test_a_record_loads_as_its_export_with_its_version_and_origin(backend: TestBackend, bundled_db: Database) -> None:
    ed = edits.load(bundled_db, "arf-23")
    assert (ed.id, ed.kind, ed.version, ed.origin) == ("arf-23", "meeting", 1, "summitry-bundled")
    assert ed.form == _form_as_exported(bundled_db, "arf-23")
    with pytest.raises(KeyError):
        edits.load(bundled_db, "no-such-record")


def test_a_blank_form_starts_with_what_is_given(backend: TestBackend) -> None:
    assert edits.blank("meeting", forum="arf") == {"id": "", "forum": "arf"}
    with pytest.raises(KeyError):
        edits.blank("meeting", colour="red")


def test_check_gives_the_imports_words_placed_inside_the_record(backend: TestBackend, bundled_db: Database) -> None:
    form = edits.load(bundled_db, "arf-23").form
    form["date"] = "2016-02-30"
    form["agenda"][1]["topics"] = ["no-such-topic"]
    problems = edits.check(bundled_db, "meeting", form)
    assert edits.Problem("date", "date", "'2016-02-30' names a day that does not exist (2016-02-30)") in problems
    assert (
        edits.Problem(
            "agenda[1].topics[0]",
            "topics",
            "refers to topic 'no-such-topic', which is neither in this file nor in the database",
        )
        in problems
    )
    assert edits.check(bundled_db, "meeting", edits.load(bundled_db, "arf-23").form) == []


def test_an_invalid_form_is_refused_and_nothing_is_written(backend: TestBackend, bundled_db: Database) -> None:
    ed = edits.load(bundled_db, "arf-23")
    form = {**ed.form, "title": "", "status": "over"}
    with pytest.raises(edits.Invalid) as refused:
        edits.save(bundled_db, "meeting", form, expected_version=ed.version)
    assert {p.field for p in refused.value.problems} == {"title", "status"}
    assert edits.load(bundled_db, "arf-23") == ed
    assert edits.history(bundled_db, "arf-23") == []


def test_a_save_writes_the_record_a_new_version_and_a_revision(backend: TestBackend, bundled_db: Database) -> None:
    ed = edits.load(bundled_db, "arf-23")
    form = {**ed.form, "status": "cancelled"}
    saved = edits.save(bundled_db, "meeting", form, expected_version=ed.version)
    assert (saved.id, saved.version) == ("arf-23", 2)
    now = edits.load(bundled_db, "arf-23")
    assert now.form["status"] == "cancelled" and now.version == 2
    assert now.origin == "user", "an edited bundled record becomes the user's"
    (rev,) = edits.history(bundled_db, "arf-23")
    assert (rev.id, rev.action, rev.author) == (saved.revision_id, "edit", edits.author(bundled_db))
    assert rev.changes == (edits.Change("status", "status", "scheduled", "cancelled"),)
    assert rev.at.endswith("Z") and rev.before is not None and rev.after is not None


def test_saving_an_unchanged_form_changes_nothing(backend: TestBackend, bundled_db: Database) -> None:
    ed = edits.load(bundled_db, "arf-23")
    saved = edits.save(bundled_db, "meeting", ed.form, expected_version=ed.version)
    assert (saved.version, saved.revision_id) == (1, None)
    assert edits.load(bundled_db, "arf-23") == ed


def test_a_save_overtaken_by_another_is_refused_showing_it(backend: TestBackend, bundled_db: Database) -> None:
    mine = edits.load(bundled_db, "arf-23")
    theirs = edits.load(bundled_db, "arf-23")
    edits.save(bundled_db, "meeting", {**theirs.form, "city": "Their city"}, theirs.version, author="colleague")
    with pytest.raises(edits.Conflict) as refused:
        edits.save(bundled_db, "meeting", {**mine.form, "city": "My city"}, mine.version, author="me")
    assert refused.value.current is not None and refused.value.current.form["city"] == "Their city"
    assert refused.value.by == "colleague" and refused.value.at.endswith("Z")
    assert edits.load(bundled_db, "arf-23").form["city"] == "Their city"
    assert [r.author for r in edits.history(bundled_db, "arf-23")] == ["colleague"]


def test_a_new_record_is_created_and_its_id_cannot_be_taken_twice(backend: TestBackend, bundled_db: Database) -> None:
    form = edits.blank("meeting", forum="arf")
    form.update(id="arf-99", title="99th ASEAN Regional Forum", date="2099-07")
    form["citations"] = [{"basis": "general-knowledge", "note": "Planned."}]
    saved = edits.save(bundled_db, "meeting", form)
    assert saved.version == 1
    assert edits.load(bundled_db, "arf-99").form == _form_as_exported(bundled_db, "arf-99")
    assert [r.action for r in edits.history(bundled_db, "arf-99")] == ["create"]
    problems = edits.check(bundled_db, "meeting", {**form, "title": "Another"}, new=True)
    assert problems == [edits.Problem("id", "id", "id 'arf-99' is already used by a meeting in the database")]
    with pytest.raises(edits.Invalid):
        edits.save(bundled_db, "meeting", {**form, "title": "Another"})
    assert edits.load(bundled_db, "arf-99").form["title"] == "99th ASEAN Regional Forum"


@pytest.mark.sqlite_only
def test_a_database_from_before_revisions_is_upgraded_to_them(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    database = open_database(str(path))
    database.close()
    con = sqlite3.connect(path)
    make_older(con, 2)
    con.execute("INSERT INTO record(id, type, title, origin, fingerprint) VALUES ('t', 'topic', 'Fish', 'user', 'x')")
    con.execute("INSERT INTO topic(id, label) VALUES ('t', 'Fish')")
    con.commit()
    con.close()
    database = open_database(str(path))
    try:
        assert edits.load(database, "t").version == 1
        saved = edits.save(database, "topic", {"id": "t", "label": "Fish stocks"}, expected_version=1)
        assert saved.version == 2
        assert [r.action for r in edits.history(database, "t")] == ["edit"]
    finally:
        database.close()
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == schema_facts.SCHEMA_VERSION


def test_a_round_is_saved_inside_its_process_and_a_process_form_decides_its_rounds(
    backend: TestBackend, bundled_db: Database
) -> None:
    process = edits.load(bundled_db, "eas-security-architecture")
    assert [r["number"] for r in process.form["rounds"]] == [1, 2, 3, 4, 5]
    third = edits.load(bundled_db, "eas-security-architecture-3")
    assert third.kind == "round" and third.form["city"] == "Jakarta"
    edits.save(bundled_db, "round", {**third.form, "city": "Bogor"}, third.version)
    assert edits.load(bundled_db, "eas-security-architecture").form["rounds"][2]["city"] == "Bogor"
    assert edits.load(bundled_db, "eas-security-architecture").version == 1, "the process itself did not change"

    sixth = edits.blank("round", process="eas-security-architecture")
    sixth.update(id="eas-security-architecture-6", number=6, date="2099", status="planned")
    sixth["citations"] = [{"basis": "general-knowledge", "note": "Planned."}]
    edits.save(bundled_db, "round", sixth)
    process = edits.load(bundled_db, "eas-security-architecture")
    assert [r["number"] for r in process.form["rounds"]] == [1, 2, 3, 4, 5, 6]

    without = {**process.form, "rounds": process.form["rounds"][:5]}
    edits.save(bundled_db, "process", without, process.version)
    with pytest.raises(KeyError):
        edits.load(bundled_db, "eas-security-architecture-6")
    assert [r.action for r in edits.history(bundled_db, "eas-security-architecture-6")] == ["delete", "create"]


def test_every_missing_field_is_a_problem_at_its_own_path(backend: TestBackend, bundled_db: Database) -> None:
    """Left out, required fields are placed at each field (the record's and its parts'), never at the record."""
    form = edits.load(bundled_db, "arf-23").form
    del form["title"]
    del form["agenda"][1]["title"]
    assert edits.check(bundled_db, "meeting", form) == [
        edits.Problem("title", "title", "missing required field 'title'"),
        edits.Problem("agenda[1].title", "title", "missing required field 'title'"),
    ]
    both = edits.check(bundled_db, "meeting", {"forum": "arf"}, new=True)
    assert [(p.path, p.field, p.message) for p in both] == [
        ("id", "id", "missing required field 'id'"),
        ("title", "title", "missing required field 'title'"),
    ]
