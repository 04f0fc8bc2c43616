"""A record as an edit sees it: its interchange form, its version, and what is wrong with a changed form.

The unit of an edit is a record's interchange form: exactly what an export writes for it (a process with its
rounds). Checking one is the import's check (the same field map, the same messages), placed by a path inside
the record (``agenda[1].topics[0]``) rather than inside a file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from model.interchange import exporter, importer
from model.interchange.problems import InputError, ProblemText
from model.interchange.problems import Problem as ImportProblem
from model.records import fields
from model.store import schema
from model.store.database import Database

FORMAT = {"format": "summitry", "version": exporter.FORMAT_VERSION}


@dataclass(frozen=True)
class Editable:
    """A record to edit: ``form`` is its interchange form; ``version`` what a save of it must still find."""

    id: str
    kind: str
    form: dict[str, Any]
    version: int
    origin: str


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a form: where (``agenda[1].topics[0]``; "" for the record as a whole), the name of
    the field it is about ("topics"; "" when none), and the import's words for it."""

    path: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class Invalid(Exception):
    """A form that cannot be saved, with every problem found in it; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems[:3]) + (" …" if len(problems) > 3 else ""))


def load(db: Database, record_id: str) -> Editable:
    """The record to edit.

    Raises:
        KeyError: when there is no record with that id.
    """
    with db.session() as session:
        found = load_in(session.connection(), record_id)
    if found is None:
        raise KeyError(f"no record with id {record_id!r}")
    return found


def load_in(conn: Connection, record_id: str) -> Editable | None:
    """:func:`load` inside an open connection (a write's); None when there is no such record."""
    found = exporter.record_form(conn, record_id)
    if found is None:
        return None
    rec = schema.table(schema.Record)
    version, origin = conn.execute(select(rec.c.version, rec.c.origin).where(rec.c.id == record_id)).one()
    return Editable(record_id, found[0], found[1], int(version), str(origin))


def blank(kind: str, **prefill: Any) -> dict[str, Any]:
    """A new record's starting form: an empty id and the given fields (``forum="asean"`` for a meeting;
    ``process=…`` for a round).

    Raises:
        KeyError: for a type that is no record type, or a field its type does not have.
    """
    rtype = fields.RECORD_TYPES[kind]
    # A new round names the process it goes in (it is written inside it: see as_file).
    names = {f.name for f in rtype.fields} | ({rtype.inside[0]} if rtype.inside else set())
    unknown = sorted(set(prefill) - names)
    if unknown:
        raise KeyError(f"a {kind} has no field {unknown[0]!r}")
    return {"id": "", **prefill}


def check(db: Database, kind: str, form: Mapping[str, Any], *, new: bool = False) -> list[Problem]:
    """Everything wrong with ``form`` as a record of ``kind``; empty when it can be saved.

    ``new``: the form is a record not yet saved, so its id must not be taken.
    """
    with db.session() as session:
        try:
            checked(session, kind, form, new=new)
        except Invalid as exc:
            return exc.problems
    return []


def checked(session: Session, kind: str, form: Mapping[str, Any], *, new: bool = False) -> dict[str, Any]:
    """The canonical form of ``form`` (the import's :func:`~model.interchange.importer.check_in`), as a data file
    holding that record alone (a round inside its process).

    Raises:
        Invalid: with the problems, placed inside the record.
    """
    kind_problem = _kind_problem(kind)
    if kind_problem:
        raise Invalid([kind_problem])
    conn = session.connection()
    data, prefix = as_file(conn, kind, form)
    problems: list[Problem] = []
    rid = form.get("id")
    if new and isinstance(rid, str) and rid:
        taken = conn.execute(select(schema.Record.type).where(schema.Record.id == rid)).scalar()
        if taken is not None:
            problems.append(Problem("id", "id", f"id '{rid}' is already used by a {taken} in the database"))
    try:
        clean = importer.check_in(session, data, "form")
    except InputError as exc:
        raise Invalid(problems + placed_all(exc.problems, prefix)) from None
    if problems:
        raise Invalid(problems)
    return clean


def _kind_problem(kind: str) -> Problem | None:
    if kind not in fields.RECORD_TYPES:
        return Problem("", "", f"{kind!r} is no record type (one of {', '.join(fields.RECORD_TYPES)})")
    return None


def as_file(conn: Connection, kind: str, form: Mapping[str, Any]) -> tuple[dict[str, Any], str]:
    """A data file holding the record ``form`` alone, and the path of the record in it (``$.meetings[0]``).

    A round is written inside its process as stored, in place of the stored round of the same id (or after
    the others when it is new: then ``form`` names the process in ``process``).
    """
    rtype = fields.RECORD_TYPES[kind]
    if rtype.inside is None:
        return {**FORMAT, rtype.collection: [dict(form)]}, f"$.{rtype.collection}[0]"
    holder_kind, column = rtype.inside
    holder_type = fields.RECORD_TYPES[holder_kind]
    table = schema.Base.metadata.tables[rtype.table]
    holder_id = conn.execute(select(table.c[column]).where(table.c.id == form.get("id"))).scalar()
    own = {k: v for k, v in form.items() if k != holder_kind}
    if holder_id is None:
        holder_id = form.get(holder_kind)
    found = exporter.record_form(conn, str(holder_id)) if isinstance(holder_id, str) else None
    if found is None:
        raise Invalid([Problem("", "", f"a new {kind} is added in its {holder_kind}: edit the {holder_kind}")])
    holder = found[1]
    held = next(f.name for f in holder_type.held if f.holds == kind)
    items = list(holder.get(held, []))
    at = next((i for i, item in enumerate(items) if item.get("id") == form.get("id")), len(items))
    items[at : at + 1] = [own]
    return {
        **FORMAT,
        str(holder_type.collection): [{**holder, held: items}],
    }, f"$.{holder_type.collection}[0].{held}[{at}]"


_STEP = re.compile(r"\.([^.\[]+)|\[(\d+)\]")


def placed(problem: ImportProblem, prefix: str) -> list[Problem]:
    """A problem the import placed in a data file (``$.meetings[0].agenda[1].title``), placed in the record whose
    path in the file is ``prefix`` (``agenda[1].title``), with the field it is about. A part left without its
    required fields is one problem at each of them (``agenda[1].title``), so every problem has its field's path."""
    if problem.missing:
        words = ProblemText.tr("missing required field '{name}'")
        return [_placed(f"{problem.location}.{name}", words.format(name=name), prefix) for name in problem.missing]
    return [_placed(problem.location, problem.message, prefix)]


def placed_all(problems: list[ImportProblem], prefix: str) -> list[Problem]:
    """:func:`placed` for each of the import's problems, in order."""
    return [one for p in problems for one in placed(p, prefix)]


def _placed(location: str, message: str, prefix: str) -> Problem:
    parts: list[str | int] = (
        [int(i) if i else str(k) for k, i in _STEP.findall(location[1:])] if location.startswith("$") else []
    )
    field = fields.field_at(parts)
    inside = location[len(prefix) :] if location.startswith(prefix) else location
    return Problem(inside.lstrip("."), field.name if field is not None else "", message)
