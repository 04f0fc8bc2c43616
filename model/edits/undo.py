"""Undo and redo of saves, deletes and restores, without Qt (the window's Edit menu drives it).

Undoing a step writes back the forms the step replaced (a save's record as before it; a deleted record again,
with what was deleted or detached with it; a created one deleted), as one transaction with its revisions
("undo"), and only while every record is still as the step left it: otherwise :class:`Conflict`, and nothing is
written. Redo writes the step's forms again on the same terms ("redo").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from model.edits.deleting import Fate, delete_applied
from model.edits.history import restore_applied
from model.edits.writing import Applied, Saved, apply, save_applied
from model.records import fields
from model.store.database import Database

Forms = Mapping[str, "tuple[str, dict[str, Any]] | None"]


@dataclass
class _Step:
    text: str
    record_id: str
    before: Forms
    after: Forms
    #: The version each record touched must have for the step to be undone (None: must not exist) …
    done: dict[str, int | None]
    #: … and to be redone, once undone.
    undone: dict[str, int | None] = field(default_factory=dict)
    #: The private notes of the records the step deleted, for its undo to put back …
    notes: dict[str, str] = field(default_factory=dict)
    #: … and of those its undo deleted (a created record's), for its redo.
    undone_notes: dict[str, str] = field(default_factory=dict)


class UndoStack:
    """The steps of one window's edits of one database, newest last, and those undone, for redo."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._done: list[_Step] = []
        self._undone: list[_Step] = []

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    @property
    def undo_text(self) -> str:
        """What Undo would undo ("Undo Edit 23rd ASEAN Regional Forum"); "" when nothing."""
        return f"Undo {self._done[-1].text}" if self._done else ""

    @property
    def redo_text(self) -> str:
        return f"Redo {self._undone[-1].text}" if self._undone else ""

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()

    def save(
        self, kind: str, form: Mapping[str, Any], expected_version: int | None = None, author: str | None = None
    ) -> Saved:
        """:func:`model.edits.save`, as one step."""
        saved, applied = save_applied(self.db, kind, form, expected_version, author)
        verb = "New" if expected_version is None else "Edit"
        self._push(f"{verb} {_title(kind, form)}", saved.id, applied)
        return saved

    def delete(
        self, record_id: str, expected_version: int | None, dependents: Fate = "delete", author: str | None = None
    ) -> Saved:
        """:func:`model.edits.delete`, as one step."""
        saved, applied = delete_applied(self.db, record_id, expected_version, dependents, author)
        gone = applied.before.get(record_id)
        self._push(f"Delete {_title(*gone) if gone else record_id}", record_id, applied)
        return saved

    def restore(self, revision_id: int, author: str | None = None) -> Saved:
        """:func:`model.edits.restore`, as one step (a note's restore is not a step)."""
        saved, applied = restore_applied(self.db, revision_id, author)
        if applied is not None:
            shown = applied.after.get(saved.id) or applied.before.get(saved.id)
            self._push(f"Restore {_title(*shown) if shown else saved.id}", saved.id, applied)
        return saved

    def _push(self, text: str, record_id: str, applied: Applied) -> None:
        if not applied.versions:  # nothing changed: nothing to undo
            return
        self._done.append(
            _Step(
                text,
                record_id,
                dict(applied.before),
                dict(applied.after),
                dict(applied.versions),
                notes=dict(applied.notes),
            )
        )
        self._undone.clear()

    def undo(self, author: str | None = None) -> Saved:
        """Undo the newest step.

        Raises:
            IndexError: nothing to undo.
            Conflict: a record changed since the step (the step stays, to try again or leave).
        """
        step = self._done[-1]
        applied = self._write(step.before, step.after, step.done, "undo", author, step.notes)
        step.undone, step.undone_notes = dict(applied.versions), dict(applied.notes)
        self._undone.append(self._done.pop())
        return Saved(
            step.record_id, applied.versions.get(step.record_id) or 0, applied.revision_ids.get(step.record_id)
        )

    def redo(self, author: str | None = None) -> Saved:
        """Redo the step undone last (raises as :meth:`undo`)."""
        step = self._undone[-1]
        applied = self._write(step.after, step.before, step.undone, "redo", author, step.undone_notes)
        step.done, step.notes = dict(applied.versions), dict(applied.notes)
        self._done.append(self._undone.pop())
        return Saved(
            step.record_id, applied.versions.get(step.record_id) or 0, applied.revision_ids.get(step.record_id)
        )

    def _write(
        self,
        wanted: Forms,
        current: Forms,
        expected: Mapping[str, int | None],
        action: str,
        author: str | None,
        notes: Mapping[str, str],
    ) -> Applied:
        """Put back the ``wanted`` forms of the records that are now ``current``, and the private ``notes`` of
        those that come back."""
        writes = []
        deletions = []
        for rid, form in wanted.items():
            if form is None:
                if current.get(rid) is not None:
                    deletions.append(rid)
                continue
            kind, whole = form
            inside = fields.RECORD_TYPES[kind].inside
            if (
                inside is not None
                and len(wanted) > 1
                and any(w is not None and w[0] == inside[0] for w in wanted.values())
            ):
                continue  # written with its process, which holds it
            writes.append((kind, whole))
        with self.db.transaction() as session:
            return apply(
                session,
                writes=writes,
                deletions=deletions,
                expected=expected,
                action=action,
                created=action,
                deleted=action,
                who=author,
                notes=notes,
            )


def _title(kind: str, form: Mapping[str, Any]) -> str:
    try:
        return fields.record_title(kind, form, {"title": kind}) or str(form.get("id", ""))
    except (KeyError, AssertionError):
        return str(form.get("id", ""))
