"""Deleting a record decides what happens to what depends on it, and never leaves a dangling reference."""

from __future__ import annotations

import json

import pytest

from model import edits
from model.maintenance import check
from model.store.database import Database
from tests.backends import TestBackend

ARF_23_OUTCOMES = {
    "arf-23-statement-trans-border-prosecution",
    "arf-23-statement-maritime-law-enforcement",
    "arf-23-statement-iuu-fishing",
    "arf-23-plan-of-action",
}


def _exists(db: Database, record_id: str) -> bool:
    try:
        edits.load(db, record_id)
    except KeyError:
        return False
    return True


def _no_problems(db: Database) -> None:
    assert check.check_database(db) == []


def test_a_meetings_dependents_are_its_outcomes(backend: TestBackend, bundled_db: Database) -> None:
    found = edits.dependents(bundled_db, "arf-23")
    assert {d.id for d in found} == ARF_23_OUTCOMES
    assert {(d.kind, d.field) for d in found} == {("outcome", "adopted at")}
    assert all(d.title for d in found)


def test_deleting_a_meeting_with_delete_takes_its_outcomes_too(backend: TestBackend, bundled_db: Database) -> None:
    saved = edits.delete(bundled_db, "arf-23", 1, dependents="delete", author="me")
    assert saved.revision_id is not None
    assert not _exists(bundled_db, "arf-23")
    assert not any(_exists(bundled_db, o) for o in ARF_23_OUTCOMES)
    (rev,) = edits.history(bundled_db, "arf-23")
    assert (rev.action, rev.author, rev.after) == ("delete", "me", None)
    assert rev.before is not None and rev.before["title"] == "23rd ASEAN Regional Forum"
    assert all(edits.history(bundled_db, o)[0].action == "delete" for o in ARF_23_OUTCOMES)
    _no_problems(bundled_db)


def test_deleting_a_meeting_with_detach_keeps_its_outcomes_without_a_meeting(
    backend: TestBackend, bundled_db: Database
) -> None:
    edits.delete(bundled_db, "arf-23", 1, dependents="detach")
    assert not _exists(bundled_db, "arf-23")
    for outcome in ARF_23_OUTCOMES:
        kept = edits.load(bundled_db, outcome)
        assert "meeting" not in kept.form and kept.version == 2
        (rev,) = edits.history(bundled_db, outcome)
        assert rev.action == "edit" and [c.path for c in rev.changes] == ["meeting"]
    _no_problems(bundled_db)


def test_a_record_that_cannot_be_kept_without_it_refuses_detach(backend: TestBackend, bundled_db: Database) -> None:
    with pytest.raises(edits.Invalid) as refused:
        edits.delete(bundled_db, "arf", edits.load(bundled_db, "arf").version, dependents="detach")
    assert "cannot be kept without forum 'arf'" in str(refused.value)
    assert _exists(bundled_db, "arf") and _exists(bundled_db, "arf-23")


def test_deleting_a_topic_takes_it_out_of_the_agenda_items_that_name_it(
    backend: TestBackend, bundled_db: Database
) -> None:
    users = [d for d in edits.dependents(bundled_db, "terrorism") if d.kind == "meeting"]
    assert users and all(d.field == "agenda item topics" for d in users)
    edits.delete(bundled_db, "terrorism", 1, dependents="detach")
    for d in users:
        form = edits.load(bundled_db, d.id).form
        assert all("terrorism" not in item.get("topics", []) for item in form.get("agenda", []))
    _no_problems(bundled_db)


def test_deleting_a_forum_with_delete_leaves_nothing_pointing_at_it(backend: TestBackend, bundled_db: Database) -> None:
    edits.delete(bundled_db, "arf", edits.load(bundled_db, "arf").version, dependents="delete")
    assert not _exists(bundled_db, "arf") and not _exists(bundled_db, "arf-23")
    # Outcomes of its meetings are kept without a meeting: only what cannot exist without it went.
    assert "meeting" not in edits.load(bundled_db, "arf-23-plan-of-action").form
    _no_problems(bundled_db)


def test_a_delete_overtaken_by_an_edit_is_refused(backend: TestBackend, bundled_db: Database) -> None:
    ed = edits.load(bundled_db, "arf-23")
    edits.save(bundled_db, "meeting", {**ed.form, "city": "Elsewhere"}, ed.version)
    with pytest.raises(edits.Conflict):
        edits.delete(bundled_db, "arf-23", ed.version)
    assert _exists(bundled_db, "arf-23")


def test_deleting_a_source_with_detach_takes_out_the_citations_of_it(
    backend: TestBackend, bundled_db: Database
) -> None:
    citing = edits.dependents(bundled_db, "mfa-ru-2016-07-23")
    assert citing and {d.field for d in citing} == {"citation"}
    edits.delete(bundled_db, "mfa-ru-2016-07-23", 1, dependents="detach")
    for d in citing:
        assert "mfa-ru-2016-07-23" not in json.dumps(edits.load(bundled_db, d.id).form)
    _no_problems(bundled_db)


def test_a_source_text_that_loses_a_cited_passage_is_refused(backend: TestBackend, bundled_db: Database) -> None:
    ed = edits.load(bundled_db, "mfa-ru-2016-07-23")
    with pytest.raises(edits.Invalid) as refused:
        edits.save(bundled_db, "source", {**ed.form, "text": "Nothing of what was quoted."}, ed.version)
    assert "no longer" in str(refused.value) or "does not occur" in str(refused.value)
    assert edits.load(bundled_db, "mfa-ru-2016-07-23") == ed
