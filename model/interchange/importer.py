"""Importing data files: validate everything first, then write in one transaction.

Re-importing an unchanged record changes nothing; a changed record is updated
in place (same id), never duplicated. Records belong to the dataset that
brought them ("user" for the user's own files): a dataset update never
overwrites a record the user has imported over it.
"""

from __future__ import annotations

import gc
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, bindparam, delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from model import dates
from model.interchange import dataload, exporter, integrity, validate
from model.interchange.problems import ImportWords, InputError, Problem
from model.interchange.scan import Scan
from model.records import fields
from model.records.fields import Kind
from model.search import textindex
from model.store import backends, backup, change_notes, revisions, schema
from model.store.backend import WriteCancelled
from model.store.database import Database

USER_ORIGIN = "user"
ProgressFn = Callable[[int, int, str], bool | None]
"""progress(done, total, phase) -> False to cancel. ``total`` 0: a step whose length is unknown."""


class ImportCancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass
class ImportReport:
    source: str
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept_user: list[str] = field(default_factory=list)
    #: Records whose citations of a changed source were moved to where their quotes now are, and how many.
    moved_records: list[str] = field(default_factory=list)
    moved_citations: int = 0
    #: What each created or changed record was and became, for its revision (see :mod:`model.store.revisions`).
    changes: list[revisions.Change] = field(default_factory=list, repr=False)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated)

    def summary(self) -> str:
        """What the import changed, in a sentence or two of the interface's language."""
        if not self.changed:
            words = ImportWords.tr(
                "{file}: nothing changed (%n record(s) already up to date).", "", len(self.unchanged)
            )
            text = words.format(file=self.source)
        else:
            words = ImportWords.tr("{file}: %n added, {updated} updated, {unchanged} unchanged.", "", len(self.added))
            text = words.format(file=self.source, updated=len(self.updated), unchanged=len(self.unchanged))
        if self.kept_user:
            kept = ImportWords.tr(
                "%n of your own records with the same ids were left as they are.", "", len(self.kept_user)
            )
            text += " " + kept
        if self.moved_citations:
            moved = ImportWords.tr(
                "Citations moved to where their quoted passages now are in the changed sources: "
                "{count} (in %n record(s)).",
                "",
                len(self.moved_records),
            )
            text += " " + moved.format(count=self.moved_citations)
        return text


_EMPTY: tuple[Any, ...] = (None, "", [], {})  # "no value": such fields are dropped


def normalize(
    data: Mapping[str, Any], source_texts: Mapping[str, str], found: Scan | None = None, *, in_place: bool = False
) -> dict[str, Any]:
    """The canonical form of a valid file: empty fields dropped, citation offsets filled in.

    One pass builds new dicts and lists all the way down, so the caller's data is never changed (no
    deepcopy). JSON Schema counts 2.0 as an integer; it is stored and fingerprinted as 2, as an export
    writes it.

    With ``in_place`` (``data`` was just parsed from a file and belongs to the caller alone) and a
    ``found`` scan of it that says it is already canonical, nothing is copied: the citations' offsets
    are filled in where they are. An exported archive is canonical, and copying one of 100k meetings
    cost seconds.
    """
    texts = dict(source_texts)
    texts.update({s["id"]: s["text"] for s in data.get("sources") or []})
    paragraph_of = validate.ParagraphFinder()

    def fill(cite: dict[str, Any]) -> None:
        text = texts[cite["source"]]
        if "start" not in cite:
            cite["start"] = text.index(cite["quote"])
            cite["end"] = cite["start"] + len(cite["quote"])
        if "paragraph" not in cite:
            cite["paragraph"] = paragraph_of(text, cite["start"])

    if in_place and found is not None and found.canonical and isinstance(data, dict):
        for cite in found.cites:
            fill(cite)
        return data

    def clean_dict(value: Mapping[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, v in value.items():
            # Exact types first: a data file is mostly text, numbers, objects and lists.
            t = type(v)
            if t is str or t is dict or t is list:
                if v:
                    out[k] = v if t is str else clean_dict(v) if t is dict else clean_list(v)
            elif t is int:
                out[k] = v
            elif v not in _EMPTY:
                out[k] = clean(v)
        if "quote" in out and "source" in out:
            fill(out)
        return out

    def clean_list(value: list[Any]) -> list[Any]:
        return [clean_dict(v) if type(v) is dict else v if type(v) is str else clean(v) for v in value]

    def clean(value: Any) -> Any:
        if isinstance(value, dict):
            return clean_dict(value)
        if isinstance(value, list):
            return clean_list(value)
        if isinstance(value, float) and value.is_integer():
            return int(value)
        return value

    return clean_dict(data)


def fingerprint(kind: str, obj: Mapping[str, Any], parent: str | None = None) -> str:
    """A hash of everything stored for a record; ``parent`` is whatever of the parent it depends on."""
    return fingerprint_and_form(kind, obj, parent)[0]


def fingerprint_and_form(kind: str, obj: Mapping[str, Any], parent: str | None = None) -> tuple[str, str]:
    """:func:`fingerprint`, and the record's own form (without the records it holds) as the JSON text it hashed:
    what its revision keeps, so that an import encodes each record once."""
    body = fields.without_held(kind, obj)
    encoded = _CANONICAL_JSON.encode([kind, parent, body])
    # The list is written "[kind,parent,body]": the body is what lies between the second comma and the "]".
    head = len(_CANONICAL_JSON.encode(kind)) + len(_CANONICAL_JSON.encode(parent)) + 3
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest(), encoded[head:-1]


# The fingerprint's encoding (sorted keys, no spaces), made once rather than for each of a million records.
# Checked data has no cycles (normalize and the validators recurse through it), so the encoder need not
# track every object it enters: 15% of its time.
_CANONICAL_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"), check_circular=False)


def _lookups(session: Session) -> tuple[validate.ExistingLookup, validate.SourceLookup]:
    def existing(ids: set[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        idlist = list(ids)
        for i in range(0, len(idlist), 500):
            chunk = idlist[i : i + 500]
            out.update(
                session.execute(select(schema.Record.id, schema.Record.type).where(schema.Record.id.in_(chunk))).all()
            )
        return out

    def texts(ids: set[str]) -> dict[str, str]:
        return dict(
            session.execute(select(schema.Source.id, schema.Source.text).where(schema.Source.id.in_(ids))).all()
        )

    return existing, texts


def _code_lookup(session: Session) -> validate.CodeLookup:
    def codes(wanted: set[str]) -> dict[str, str]:
        c = schema.table(schema.Country)
        return dict(session.execute(select(c.c.code, c.c.id).where(c.c.code.in_(sorted(wanted)))).all())

    return codes


def check(
    db: Database, data: Any, name: str, *, owned: bool = False, progress: ProgressFn | None = None
) -> dict[str, Any]:
    """Validate ``data`` against the schema and the database; return its canonical form.

    ``progress`` hears of each of the checks ("Checking records", done of :data:`CHECK_STEPS`), and of
    the records checked against the format meanwhile.

    ``owned``: ``data`` is the caller's alone and may become the canonical form itself (see :func:`normalize`).

    Raises:
        InputError: with every problem found.
        ImportCancelled: when ``progress`` returned False.
    """
    steps = iter(range(1, CHECK_STEPS))

    def step() -> None:
        _report(progress, next(steps), CHECK_STEPS, ImportWords.tr("Checking records"))

    def tick(done: int, total: int) -> None:
        _report(progress, done, total, ImportWords.tr("Checking the format of each record"))

    with db.session() as session:
        return check_in(session, data, name, owned=owned, step=step, tick=tick if progress else None)


def check_in(
    session: Session,
    data: Any,
    name: str,
    *,
    owned: bool = False,
    step: Callable[[], object] | None = None,
    tick: Callable[[int, int], object] | None = None,
) -> dict[str, Any]:
    """:func:`check` against the database as ``session`` sees it (an edit checks inside its own write).

    Raises:
        InputError: with every problem found.
    """
    existing, texts = _lookups(session)
    problems, found = validate.validate_and_scan(data, existing, texts, _code_lookup(session), step, tick)
    if problems or found is None:
        raise InputError(name, problems)
    if step:
        step()
    cited = texts(found.quoted_sources - {s["id"] for s in data.get("sources") or []})
    return normalize(data, cited, found, in_place=owned)


#: Progress steps of :func:`check`: the file read, the schema checked, the meaning checked.
CHECK_STEPS = 3


def _report(progress: ProgressFn | None, done: int, total: int, phase: str) -> None:
    if progress and progress(done, total, phase) is False:
        raise ImportCancelled()


def import_file(db: Database, path: Path, progress: ProgressFn | None = None, *, back_up: bool = True) -> ImportReport:
    """Read, validate and import one file; nothing is written if anything is wrong.

    A verified backup is taken first (see :func:`import_data`).

    Raises:
        InputError: when the file cannot be read or has any problem.
        ImportCancelled: when ``progress`` returned False.
    """
    _report(progress, 0, 0, ImportWords.tr("Reading the file"))  # one call to the JSON parser: a busy bar, no count
    with collector_paused():
        data = dataload.read_file(path)
        return import_data(db, data, str(path), progress, back_up=back_up, owned=True)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused for a bulk import (and resumed after, if it was on).

    Parsing and checking an archive makes millions of dicts and lists that live until the import
    ends, and every collection pass walked all of them: 10-15% of a 10k-meeting import's CPU time.
    Their memory is freed by reference counting as usual; only garbage that forms cycles (anywhere in
    the process) waits for the import to end.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def import_data(
    db: Database,
    data: Any,
    name: str,
    progress: ProgressFn | None = None,
    *,
    back_up: bool = True,
    owned: bool = False,
    history: bool = True,
    author: str | None = None,
) -> ImportReport:
    """Validate and import already-parsed data in one transaction.

    A verified backup is taken first (``back_up``), unless the database has no records yet.
    ``history``: write a revision for each record created or changed (not for the bundled dataset loaded
    into a new database), by ``author`` (default: whoever runs the import, :func:`model.store.revisions.author`).
    ``owned``: the caller hands ``data`` over (it was parsed for this import and nothing else holds
    it), so it may be completed in place instead of copied; otherwise it is left unchanged.

    Raises:
        InputError: when the data has any problem (nothing written, no backup taken).
        backup.BackupError: when the backup could not be taken (nothing written).
    """
    with collector_paused():
        return _import(db, data, name, progress, back_up, owned, history, author)


def _import(
    db: Database,
    data: Any,
    name: str,
    progress: ProgressFn | None,
    back_up: bool,
    owned: bool,
    history: bool,
    author: str | None = None,
) -> ImportReport:
    clean = check(db, data, name, owned=owned, progress=progress)
    if back_up:
        backup.auto_backup(db, "before-import")
    origin = clean.get("dataset", {}).get("id", USER_ORIGIN)
    try:
        with db.transaction(whole_archive=True, on_wait=_waiting(progress)) as session:
            conn = session.connection()
            report, records = write_checked(conn, clean, origin, name, progress, history=history)
            if history:
                _write_revisions(conn, report.changes, author, progress)
            change_notes.note(session, [*report.added, *report.updated], "import")  # for the other windows
            if origin != USER_ORIGIN:
                _record_dataset(session, clean, records)
            # On a server the commit would check every reference the import wrote at once: a quarter of a
            # minute at 100k meetings with the bar standing still. Checked before it, a piece at a time.
            db.backend.check_deferred(conn, lambda done, total: _report(progress, done, total, _checking_references()))
            _report(progress, 0, 0, "Saving the changes")  # the commit, seconds on a big archive: a busy bar
        if progress:
            progress(1, 1, ImportWords.tr("Done"))
    except IntegrityError as exc:
        # Validation catches what it can locate; the database's own constraints are the last line.
        raise InputError(name, [Problem("$", _integrity_words(db, exc))]) from None
    except WriteCancelled:
        raise ImportCancelled() from None
    return report


def _write_revisions(
    conn: Connection, changes: list[revisions.Change], author: str | None, progress: ProgressFn | None
) -> None:
    """A revision for each created or changed record (all by one author, at one time), in reported slices: at
    100k meetings they are seconds of writing."""
    if not changes:
        return
    who = revisions.author(conn) if author is None else author
    at = revisions.now()
    words = ImportWords.tr("Writing the history of each record")
    _report(progress, 0, len(changes), words)
    for start in range(0, len(changes), _SLICE):
        revisions.write(conn, changes[start : start + _SLICE], who, at, ids=False)
        _report(progress, min(start + _SLICE, len(changes)), len(changes), words)


def _checking_references() -> str:
    return ImportWords.tr("Checking the references between records")


#: The phase an import reports while another import on the same server archive is writing.
WAITING = "Waiting for another import…"


def _waiting(progress: ProgressFn | None) -> Callable[[], bool]:
    """What hears, again and again, that this import waits for another one: ``progress`` (the window shows the
    phase with Cancel; False cancels)."""

    def wait() -> bool:
        return progress is None or progress(0, 0, WAITING) is not False

    return wait


def write_checked(
    conn: Connection,
    clean: Mapping[str, Any],
    origin: str,
    name: str,
    progress: ProgressFn | None = None,
    *,
    history: bool = True,
    action: str = "import",
) -> tuple[ImportReport, Any]:
    """Write checked data (:func:`check_in`'s canonical form) in the caller's transaction, then check it across
    records (:func:`_check_across_records`): the one writer of record rows, for imports and edits alike.

    ``history``: fill the report's ``changes`` with each created or changed record's forms, ``action`` naming
    what changed it ("import", or an edit's "create"/"edit"); the caller writes them as revisions.
    """
    replaced = _replaced_sources(conn, clean)
    report, records = _write(conn, clean, origin, name, progress, history, action)
    _check_across_records(conn, clean, report, replaced, name, progress, history, action)
    return report, records


# --- what only the database as the import leaves it shows ---------------------------------------------


def _replaced_sources(conn: Connection, clean: Mapping[str, Any]) -> set[str]:
    """The file's sources whose text differs from the one stored: after the import, citations of them may
    point into a text that is no longer stored (the old one; or, where the stored source stays the user's
    own, the file's)."""
    texts = {s["id"]: s["text"] for s in clean.get("sources") or []}
    src = schema.table(schema.Source)
    ids = list(texts)
    stored: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        rows = conn.execute(select(src.c.id, src.c.text).where(src.c.id.in_(ids[i : i + 500])))
        stored.update((sid, text) for sid, text in rows)
    return {sid for sid, text in stored.items() if text != texts[sid]}


def _check_across_records(
    conn: Connection,
    clean: Mapping[str, Any],
    report: ImportReport,
    replaced: set[str],
    name: str,
    progress: ProgressFn | None,
    history: bool = False,
    action: str = "import",
) -> None:
    """Check what joins this file's records to the others, in the database as the import leaves it (the
    transaction is still open): refuse a loop of parent forums; move each citation of a changed source
    to where its quote now occurs, or refuse the import when the quote is gone or occurs more than once.

    Raises:
        InputError: naming the forums of a loop, or the citing records and the source (nothing is written).
    """
    if replaced:
        _report(progress, 0, 0, ImportWords.tr("Checking the citations of changed sources"))
    written = set(report.added) | set(report.updated)
    problems, drifts = integrity.after_import(conn, clean, written, set(report.kept_user), replaced)
    if problems:
        raise InputError(name, problems)
    # Records of earlier files whose citations move change too: each gets a revision and a new version,
    # unless this file rewrote it anyway.
    movers = sorted({d.citing.record_id for d in drifts if d.movable} - written)
    before = exporter.own_forms(conn, movers) if movers and history else {}
    moved = integrity.move(conn, drifts)
    if moved:
        refresh_fingerprints(conn, moved)
        if movers:
            rec = schema.table(schema.Record)
            conn.execute(update(rec).where(rec.c.id.in_(movers)).values(version=rec.c.version + 1))
        after = exporter.own_forms(conn, list(before))
        report.changes += [
            revisions.Change(rid, kind, action, form, after[rid][1]) for rid, (kind, form) in before.items()
        ]
        report.moved_records = sorted(moved)
        report.moved_citations = len(drifts)


def refresh_fingerprints(conn: Connection, ids: set[str]) -> None:
    """Fingerprint the records again as they are now stored (their citations moved), so that importing
    their export finds them unchanged."""
    data = exporter.records_to_data(conn, sorted(ids))
    parents = validate.holders(data)
    rows = []
    for kind, _path, obj in validate.iter_records(data):
        if obj["id"] in ids:
            parent = parents.get(obj["id"]) if kind == "round" else None
            fp = fingerprint(kind, obj, f"{parent['id']}\n{parent['title']}" if parent else None)
            rows.append({"rid": obj["id"], "fingerprint": fp})
    rec = schema.table(schema.Record)
    conn.execute(update(rec).where(rec.c.id == bindparam("rid")), rows)


def _integrity_words(db: Database, exc: IntegrityError) -> str:
    """Which constraint the data broke, read by the backend from the driver's code."""
    broken = db.backend.violation(exc)
    if broken is not None and broken[0] == "unique":
        columns = ", ".join(broken[1]).replace("_id", "").replace(".", " ")
        return f"a value that must be unique is already used by another record in the database ({columns})"
    if broken is not None:
        return "a reference points at a record that does not exist in the database"
    return f"the database refused the data ({exc.orig if exc.orig is not None else exc})"


def _record_dataset(session: Session, clean: Mapping[str, Any], records: Any) -> None:
    """Store the dataset's description and fingerprint; ``records`` is the hash of its records' own
    fingerprints, in file order (see :func:`_write`), so the file need not be encoded a second time."""
    meta = clean["dataset"]
    whole = records.copy()
    rest = {k: v for k, v in clean.items() if k not in validate.COLLECTIONS}  # the dataset's description…
    whole.update(_CANONICAL_JSON.encode(rest).encode("utf-8"))
    values = {f.column: meta.get(f.name) for f in fields.DATASET.fields if f.column and f.kind is not Kind.ID}
    values["fingerprint"] = whole.hexdigest()
    row = session.get(schema.Dataset, meta["id"])
    if row is None:
        session.add(schema.Dataset(id=meta["id"], **values))
    else:
        for k, v in values.items():
            setattr(row, k, v)


# --- writing -------------------------------------------------------------------------------------------


def _bounds(value: str | None) -> tuple[str | None, str | None]:
    if not value:
        return None, None
    b = dates.parse(value)
    return b.lower, b.upper


@dataclass(frozen=True)
class _Plan:
    """How the fields of one record type or part become the values of its table's row (from the field map).

    Attributes:
        columns: (field name, column, value when absent) for each field stored in a column of the row.
        bounds: (field name, column of its earliest day, column of its latest day) for dates with bounds.
        parts: (field name, table, column naming the owner, plan) for each list of parts stored in a table
            of their own.
        links: the names of lists of references, stored in a link table after the row (see _insert_agenda).
        names: (field name, table, column naming the owner, plan of one language's entry) for the record's
            words in other languages, one row per language.
    """

    columns: tuple[tuple[str, str, Any], ...]
    bounds: tuple[tuple[str, str | None, str | None], ...]
    parts: tuple[tuple[str, str, str, _Plan], ...]
    links: tuple[str, ...]
    names: tuple[tuple[str, str, str, _Plan], ...] = ()

    @classmethod
    def of(cls, *owners: fields.PartType) -> _Plan:
        columns: dict[str, tuple[str, str, Any]] = {}
        for f in (f for owner in owners for f in owner.fields):
            if f.column is not None:
                # Lists kept in a column of the row (JSON) are stored as [] when absent, not NULL.
                columns.setdefault(f.column, (f.name, f.column, [] if f.kind in (Kind.CODES, Kind.PARTS) else None))
        return cls(
            columns=tuple(columns.values()),
            bounds=tuple((f.name, f.lower, f.upper) for o in owners for f in o.fields if f.lower or f.upper),
            parts=tuple(
                (f.name, part.table, str(part.owner), cls.of(part))
                for o in owners
                for f, part in fields.parts(o)
                if part.table is not None and f.kind is Kind.PARTS
            ),
            links=tuple(f.name for o in owners for f in o.fields if f.link is not None),
            names=tuple(
                (f.name, str(f.part.table), str(f.part.owner), cls.of(f.part))
                for o in owners
                for f in o.fields
                if f.kind is Kind.NAMES and f.part is not None
            ),
        )

    def values(self, obj: Mapping[str, Any]) -> dict[str, Any]:
        """The row's values for ``obj`` (its interchange form)."""
        get = obj.get
        values = {column: get(name, absent) for name, column, absent in self.columns}
        if self.bounds:  # most parts have no dates: not even an empty loop for them (a million rows)
            for name, lower, upper in self.bounds:
                lo, hi = _bounds(get(name))
                if lower:
                    values[lower] = lo
                if upper:
                    values[upper] = hi
        return values


_PLANS = {kind: _Plan.of(rtype) for kind, rtype in fields.RECORD_TYPES.items()}
_CITATION_PLAN = _Plan.of(*fields.CITATION_KINDS)
#: A names row with nothing in it: the table's columns that some record type's names fill, each empty.
_NAME_ROW = {
    column: absent
    for plan in _PLANS.values()
    for _n, _t, _o, entry in plan.names
    for _f, column, absent in entry.columns
}


class _Rows:
    """Rows to insert, per table, gathered before one executemany each."""

    def __init__(self) -> None:
        self.by_table: dict[str, list[dict[str, Any]]] = {}
        self.index: list[tuple[str, str, str]] = []

    def add(self, table: str, values: dict[str, Any]) -> None:
        self.by_table.setdefault(table, []).append(values)

    def cite(self, record_id: str, path: str, cites: Iterable[Mapping[str, Any]]) -> None:
        for pos, c in enumerate(cites):
            values = _CITATION_PLAN.values(c)
            if values["basis"] is None:
                values["basis"] = fields.QUOTED_BASIS
            values["record_id"] = record_id
            values["path"] = path
            values["position"] = pos
            self.add("citation", values)


def _rows_for(rows: _Rows, kind: str, obj: Mapping[str, Any], parent: Mapping[str, Any] | None) -> None:
    """The rows of one record: its type's row, its parts' rows and its citations, as the field map says."""
    rid = obj["id"]
    rtype = fields.RECORD_TYPES[kind]
    plan = _PLANS[kind]
    rows.cite(rid, "", obj.get("citations", []))
    values = plan.values(obj)
    if rtype.inside is not None:
        assert parent is not None
        values[rtype.inside[1]] = parent["id"]
    rows.add(rtype.table, values)
    for name, table, owner, part_plan in plan.parts:
        for pos, item in enumerate(obj.get(name, ())):
            values = part_plan.values(item)
            values[owner] = rid
            values["position"] = pos
            if part_plan.links:
                for link in part_plan.links:
                    values[f"_{link}"] = item.get(link, [])
            rows.add(table, values)
            if item.get("citations"):  # most have none: no path to build
                rows.cite(rid, f"{name}/{pos}", item["citations"])
    for name, table, owner, entry_plan in plan.names:
        for pos, (lang, entry) in enumerate((obj.get(name) or {}).items()):
            values = {**_NAME_ROW, **entry_plan.values(entry)}  # every row of one insert has every column
            values[owner] = rid
            values[fields.NAMES_LANGUAGE_COLUMN] = lang
            values["position"] = pos
            rows.add(table, values)
            if entry.get("citations"):
                rows.cite(rid, f"{name}/{lang}", entry["citations"])
    if kind in schema.SEARCHABLE_TYPES:
        rows.index.append((rid, *index_entry(kind, obj, parent)))


def index_entry(kind: str, obj: Mapping[str, Any], parent: Mapping[str, Any] | None) -> tuple[str, str]:
    """The (title, body) a record contributes to the full-text index."""
    title, body = textindex.document_text(kind, fields.without_held(kind, obj))
    return (fields.record_title(kind, obj, parent) if kind == "round" else title), body


# Insert order, parents first (foreign keys are deferred anyway, but this keeps SQLite's work small).
_INSERT_ORDER = [
    schema.Source,
    schema.Country,
    schema.Topic,
    schema.Forum,
    schema.Figure,
    schema.Meeting,
    schema.Membership,
    schema.Participant,
    schema.Process,
    schema.Round,
    schema.Outcome,
    schema.OutcomeLink,
    schema.RecordName,
    schema.Citation,
]


def _write(
    conn: Connection,
    clean: Mapping[str, Any],
    origin: str,
    name: str,
    progress: ProgressFn | None,
    history: bool = False,
    action: str = "import",
) -> tuple[ImportReport, Any]:
    """Write the records; returns the report and a running sha256 of every record's fingerprint, in order.

    Each changed record's version goes up by one (a new one's starts at 1). With ``history`` the report's
    ``changes`` say what each created or changed record was and became.
    """
    backend = backends.of(conn)
    backend.defer_constraints(conn)  # a changed record's rows go, and come back, while others refer to them
    report = ImportReport(name)
    # Rounds need their process object for the title and process id.
    parents = validate.holders(clean)
    items = [(kind, obj, parents.get(obj["id"])) for kind, _path, obj in validate.iter_records(clean)]
    total = len(items)

    existing: dict[str, tuple[int, str, str, str]] = {}
    ids = [o["id"] for _, o, _ in items]
    rec = schema.table(schema.Record)
    for i in range(0, len(ids), 500):
        for row in conn.execute(
            select(rec.c.id, rec.c.rowid, rec.c.type, rec.c.origin, rec.c.fingerprint).where(
                rec.c.id.in_(ids[i : i + 500])
            )
        ):
            existing[row.id] = (row.rowid, row.type, row.origin, row.fingerprint)

    rows = _Rows()
    forms: dict[str, str] = {}  # each written record's own form, as JSON text (for its revision)
    new_records: list[dict[str, Any]] = []
    changed: dict[str, dict[str, Any]] = {}
    records = hashlib.sha256()
    for n, (kind, obj, parent) in enumerate(items):
        rid = obj["id"]
        # A round's title includes its process's title: renaming the process must rewrite its rounds too.
        fp, own = fingerprint_and_form(kind, obj, f"{parent['id']}\n{parent['title']}" if parent else None)
        records.update(fp.encode("ascii"))
        date = fields.record_date(kind, obj)
        lo, hi = _bounds(date)
        values = {
            "id": rid,
            "type": kind,
            "title": fields.record_title(kind, obj, parent),
            "date": date,
            "date_lower": lo,
            "date_upper": hi,
            "origin": origin,
            "fingerprint": fp,
        }
        old = existing.get(rid)
        if old is None:
            new_records.append(values)
            report.added.append(rid)
        elif old[3] == fp:
            report.unchanged.append(rid)
            continue
        elif origin != USER_ORIGIN and old[2] == USER_ORIGIN:
            report.kept_user.append(rid)
            continue
        else:
            changed[rid] = values
            report.updated.append(rid)
        if history:
            forms[rid] = own
        _rows_for(rows, kind, obj, parent)
        if progress and n % 2000 == 0 and progress(n, total * 2, ImportWords.tr("Reading records")) is False:
            raise ImportCancelled()

    if history:
        report.changes = _changes(conn, items, forms, changed, action)
    if changed:
        _clear(conn, changed, existing)
    if new_records:
        _insert_rows(conn, rec, new_records)
    if changed:
        conn.execute(
            update(rec).where(rec.c.id == bindparam("rid")).values(version=rec.c.version + 1),
            [{**{k: v for k, v in v.items() if k != "id"}, "rid": k} for k, v in changed.items()],
        )
    done = total
    for model in _INSERT_ORDER:
        batch = rows.by_table.get(model.__tablename__)
        if batch:
            _insert(conn, model, batch)
        done += total // len(_INSERT_ORDER)
        if progress and progress(min(done, total * 2), total * 2, ImportWords.tr("Writing records")) is False:
            raise ImportCancelled()
    agenda = rows.by_table.get(fields.AGENDA_ITEM.table or "") or []
    index = rows.index if backend.has_text_index else []
    # The agenda (about ten items a meeting) and the search index are the longest writes: at 100k
    # meetings they took half a minute with the bar standing still. They go in slices, each reported.
    last = len(agenda) + len(index)

    def wrote(n: int) -> None:
        _report(progress, n, last, ImportWords.tr("Writing the agenda and the search index"))

    for start in range(0, len(agenda), _SLICE):
        _insert_agenda(conn, agenda[start : start + _SLICE])
        wrote(min(start + _SLICE, len(agenda)))
    for start in range(0, len(index), _SLICE):
        part = index[start : start + _SLICE]
        rowids = _rowids(conn, [rid for rid, _, _ in part])
        textindex.index_rows(conn, ((rowids[rid], t, b) for rid, t, b in part))
        wrote(len(agenda) + min(start + _SLICE, len(index)))
    return report, records


def _changes(
    conn: Connection,
    items: list[tuple[str, dict[str, Any], dict[str, Any] | None]],
    forms: Mapping[str, str],
    changed: Mapping[str, Any],
    action: str,
) -> list[revisions.Change]:
    """Each created or changed record's own form before (read before it is rewritten) and after (``forms``: the
    JSON text of each, as its fingerprint encoded it)."""
    before = exporter.own_forms(conn, list(changed)) if changed else {}
    return [
        revisions.Change(
            obj["id"],
            kind,
            action,
            before[obj["id"]][1] if obj["id"] in before else None,
            fields.without_held(kind, obj),
            forms[obj["id"]],
        )
        for kind, obj, _parent in items
        if obj["id"] in forms
    ]


def _rowids(conn: Connection, ids: list[str]) -> dict[str, int]:
    rec = schema.table(schema.Record)
    out: dict[str, int] = {}
    for i in range(0, len(ids), 500):
        out.update(conn.execute(select(rec.c.id, rec.c.rowid).where(rec.c.id.in_(ids[i : i + 500]))).all())
    return out


def _insert(conn: Connection, model: Any, batch: list[dict[str, Any]]) -> None:
    _insert_rows(conn, schema.table(model), batch)


def _insert_rows(conn: Connection, table: Any, batch: list[dict[str, Any]]) -> None:
    """One executemany of ``batch`` into ``table``, the backend's fastest way."""
    backends.of(conn).insert_rows(conn, table, batch)


#: Rows written between two progress reports, where one table takes long (agenda items, the search index, the
#: revisions): on a server a slice of the index takes about half a second (the first, meeting every word, more).
_SLICE = 10_000


def _insert_agenda(conn: Connection, batch: list[dict[str, Any]]) -> None:
    """Agenda items, then their topics, which refer to each item by the key the database gave it.

    The keys are the database's (an identity column), read back by each item's meeting and position:
    never computed here, so two imports into one server archive cannot hand out the same one.
    """
    table = schema.table(schema.AgendaItem)
    topics = {(row["meeting_id"], row["position"]): row.pop(f"_{_TOPICS.name}") for row in batch}
    _insert_rows(conn, table, batch)
    meetings = list({row["meeting_id"]: None for row in batch if topics[row["meeting_id"], row["position"]]})
    keys: dict[tuple[str, int], int] = {}
    for i in range(0, len(meetings), 500):
        chunk = meetings[i : i + 500]
        for pk, meeting, position in conn.execute(
            select(table.c.pk, table.c.meeting_id, table.c.position).where(table.c.meeting_id.in_(chunk))
        ):
            keys[meeting, position] = pk
    link = _TOPICS.link
    assert link is not None
    links = [
        {link.owner: keys[item], link.column: t, "position": pos}
        for item, ts in topics.items()
        for pos, t in enumerate(dict.fromkeys(ts))
    ]
    _insert_rows(conn, schema.Base.metadata.tables[link.table], links)


#: An agenda item's topics: the one list of references stored in a link table.
_TOPICS = fields.AGENDA_ITEM.field("topics")


def _clear(
    conn: Connection, changed: Mapping[str, Mapping[str, Any]], existing: Mapping[str, tuple[int, str, str, str]]
) -> None:
    """Remove the type rows, children, citations and index rows of records about to be rewritten."""
    by_kind: dict[str, list[str]] = {}
    for rid, values in changed.items():
        by_kind.setdefault(values["type"], []).append(rid)
    cit = schema.table(schema.Citation)
    names = schema.table(schema.RecordName)  # the record's row stays: its names do not go with a type row
    for kind, ids in by_kind.items():
        table = schema.Base.metadata.tables[fields.RECORD_TYPES[kind].table]
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            conn.execute(delete(cit).where(cit.c.record_id.in_(chunk)))
            conn.execute(delete(names).where(names.c.record_id.in_(chunk)))
            conn.execute(delete(table).where(table.c.id.in_(chunk)))
    if backends.of(conn).has_text_index:
        textindex.delete_rows(conn, (existing[rid][0] for rid in changed))
