"""The undo stack: every save, delete and restore is one step; undo and redo refuse to overwrite a change."""

from __future__ import annotations

import pytest

from model import edits
from model.maintenance import check
from model.store.database import Database
from tests.backends import TestBackend


def _new_meeting() -> dict[str, object]:
    form = edits.blank("meeting", forum="arf")
    form.update(id="arf-99", title="99th ASEAN Regional Forum", date="2099-07")
    form["citations"] = [{"basis": "general-knowledge", "note": "Planned."}]
    return form


def test_undo_and_redo_an_edit(backend: TestBackend, bundled_db: Database) -> None:
    stack = edits.UndoStack(bundled_db)
    assert not stack.can_undo and not stack.can_redo and stack.undo_text == ""
    ed = edits.load(bundled_db, "arf-23")
    stack.save("meeting", {**ed.form, "status": "cancelled"}, ed.version)
    assert stack.can_undo and stack.undo_text == "Undo Edit 23rd ASEAN Regional Forum"

    stack.undo()
    assert edits.load(bundled_db, "arf-23").form == ed.form
    assert stack.can_redo and stack.redo_text == "Redo Edit 23rd ASEAN Regional Forum" and not stack.can_undo
    stack.redo()
    assert edits.load(bundled_db, "arf-23").form["status"] == "cancelled"
    assert [r.action for r in edits.history(bundled_db, "arf-23")] == ["redo", "undo", "edit"]
    assert edits.load(bundled_db, "arf-23").version == 4


def test_undo_of_a_create_deletes_it_and_redo_creates_it_again(backend: TestBackend, bundled_db: Database) -> None:
    stack = edits.UndoStack(bundled_db)
    stack.save("meeting", _new_meeting())
    assert stack.undo_text == "Undo New 99th ASEAN Regional Forum"
    stack.undo()
    with pytest.raises(KeyError):
        edits.load(bundled_db, "arf-99")
    stack.redo()
    assert edits.load(bundled_db, "arf-99").form["title"] == "99th ASEAN Regional Forum"


def test_undo_of_a_delete_brings_back_the_record_and_its_dependents(backend: TestBackend, bundled_db: Database) -> None:
    stack = edits.UndoStack(bundled_db)
    meeting = edits.load(bundled_db, "arf-23")
    plan = edits.load(bundled_db, "arf-23-plan-of-action")
    stack.delete("arf-23", meeting.version, dependents="detach")
    assert stack.undo_text == "Undo Delete 23rd ASEAN Regional Forum"
    stack.undo()
    assert edits.load(bundled_db, "arf-23").form == meeting.form
    assert edits.load(bundled_db, "arf-23-plan-of-action").form == plan.form, "the outcome has its meeting again"
    assert check.check_database(bundled_db) == []
    stack.redo()
    with pytest.raises(KeyError):
        edits.load(bundled_db, "arf-23")

    stack = edits.UndoStack(bundled_db)
    statement = edits.load(bundled_db, "eas-fmm-6-chairs-statement")
    stack.delete("eas-fmm-6", edits.load(bundled_db, "eas-fmm-6").version, dependents="delete")
    with pytest.raises(KeyError):
        edits.load(bundled_db, "eas-fmm-6-chairs-statement")
    stack.undo()
    assert edits.load(bundled_db, "eas-fmm-6-chairs-statement").form == statement.form
    assert check.check_database(bundled_db) == []


def test_undo_is_refused_when_the_record_changed_meanwhile(backend: TestBackend, bundled_db: Database) -> None:
    stack = edits.UndoStack(bundled_db)
    ed = edits.load(bundled_db, "arf-23")
    stack.save("meeting", {**ed.form, "status": "cancelled"}, ed.version)
    elsewhere = edits.load(bundled_db, "arf-23")
    edits.save(bundled_db, "meeting", {**elsewhere.form, "city": "Colleague's city"}, elsewhere.version, "colleague")
    with pytest.raises(edits.Conflict) as refused:
        stack.undo()
    assert refused.value.by == "colleague"
    now = edits.load(bundled_db, "arf-23").form
    assert (now["status"], now["city"]) == ("cancelled", "Colleague's city"), "nothing overwritten"
    assert stack.can_undo, "the step stays"


def test_a_new_step_forgets_what_was_undone(backend: TestBackend, bundled_db: Database) -> None:
    stack = edits.UndoStack(bundled_db)
    stack.save("meeting", _new_meeting())
    stack.undo()
    ed = edits.load(bundled_db, "arf-23")
    stack.save("meeting", {**ed.form, "city": "Pakse"}, ed.version)
    assert not stack.can_redo


def test_a_restore_is_a_step(backend: TestBackend, bundled_db: Database) -> None:
    ed = edits.load(bundled_db, "arf-23")
    first = edits.save(bundled_db, "meeting", {**ed.form, "city": "Pakse"}, ed.version)
    edits.save(bundled_db, "meeting", {**edits.load(bundled_db, "arf-23").form, "city": "Hue"}, 2)
    stack = edits.UndoStack(bundled_db)
    stack.restore(first.revision_id or 0)
    assert edits.load(bundled_db, "arf-23").form["city"] == "Pakse"
    assert stack.undo_text == "Undo Restore 23rd ASEAN Regional Forum"
    stack.undo()
    assert edits.load(bundled_db, "arf-23").form["city"] == "Hue"


def test_undo_of_a_deleted_round_puts_it_back_in_its_process(backend: TestBackend, bundled_db: Database) -> None:
    stack = edits.UndoStack(bundled_db)
    process = edits.load(bundled_db, "eas-security-architecture")
    stack.delete("eas-security-architecture-3", 1)
    assert [r["number"] for r in edits.load(bundled_db, "eas-security-architecture").form["rounds"]] == [1, 2, 4, 5]
    stack.undo()
    back = edits.load(bundled_db, "eas-security-architecture").form
    # The round comes back as it was; an export lists it where it was added again, after the others.
    assert sorted(back["rounds"], key=lambda r: r["number"]) == process.form["rounds"]
    assert {**back, "rounds": []} == {**process.form, "rounds": []}


def test_undo_of_a_delete_brings_back_the_private_notes_too(backend: TestBackend, bundled_db: Database) -> None:
    """A meeting deleted with its outcome: undone, both come back with their notes; redone, the notes go again."""
    edits.set_note(bundled_db, "eas-fmm-6", "Ask the desk about the venue")
    edits.set_note(bundled_db, "eas-fmm-6-chairs-statement", "Compare with the 2015 text")
    stack = edits.UndoStack(bundled_db)
    stack.delete("eas-fmm-6", edits.load(bundled_db, "eas-fmm-6").version, dependents="delete")
    assert edits.note(bundled_db, "eas-fmm-6") == ""
    stack.undo()
    assert edits.note(bundled_db, "eas-fmm-6") == "Ask the desk about the venue"
    assert edits.note(bundled_db, "eas-fmm-6-chairs-statement") == "Compare with the 2015 text"
    stack.redo()
    assert edits.note(bundled_db, "eas-fmm-6") == ""
    stack.undo()
    assert edits.note(bundled_db, "eas-fmm-6") == "Ask the desk about the venue", "a second undo too"


def test_undo_of_a_create_keeps_a_note_written_on_it_for_redo(backend: TestBackend, bundled_db: Database) -> None:
    stack = edits.UndoStack(bundled_db)
    stack.save("meeting", _new_meeting())
    edits.set_note(bundled_db, "arf-99", "Dates not confirmed")
    stack.undo()
    stack.redo()
    assert edits.note(bundled_db, "arf-99") == "Dates not confirmed"
