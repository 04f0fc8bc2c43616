"""Curating records in the app: load a record's form, check it, save it, delete it, undo, keep every revision.

Qt-free: the window's forms (``gui/editing``) and the command line use it alike. Every write is one transaction
that also writes its revisions (:mod:`model.store.revisions`), through the import's check and writer.
"""

from __future__ import annotations

from model.edits.deleting import Dependent, delete, dependents
from model.edits.forms import Editable, Invalid, Problem, blank, check, load
from model.edits.history import Change, Revision, author, changes, history, note, restore, set_note
from model.edits.undo import UndoStack
from model.edits.writing import Conflict, Saved, overtaken, save

__all__ = [
    "Change",
    "Conflict",
    "Dependent",
    "Editable",
    "Invalid",
    "Problem",
    "Revision",
    "Saved",
    "UndoStack",
    "author",
    "blank",
    "changes",
    "check",
    "delete",
    "dependents",
    "history",
    "load",
    "note",
    "overtaken",
    "restore",
    "save",
    "set_note",
]
