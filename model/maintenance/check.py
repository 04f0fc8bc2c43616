"""``summitry db check``: the database engine's own check where it has one, and Summitry's checks, in plain words.

Summitry's checks (references, date bounds, forum loops, citations, the search index) are the same SQL on
every backend; what the backend checks of its own storage, and what it cannot check here, come from
:meth:`model.store.backend.Backend.storage_check`. :func:`not_checked` says what was left out.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from model import dates
from model.interchange import importer, integrity
from model.store import backends, schema
from model.store.database import Database
from model.text.normalize import index_text


@dataclass(frozen=True)
class Finding:
    severity: str  # "error" or "warning"
    message: str

    def __str__(self) -> str:
        return f"{self.severity}: {self.message}"


# (table, column, table it points at, column of the table naming the record, what the record is, what it points at)
_DANGLING = [
    ("meeting", "forum_id", "forum", "id", "meeting", "forum"),
    ("meeting", "country_id", "country", "id", "meeting", "country"),
    ("forum", "parent_id", "forum", "id", "forum", "parent forum"),
    ("process", "forum_id", "forum", "id", "process", "forum"),
    ("round", "process_id", "process", "id", "round", "process"),
    ("round", "country_id", "country", "id", "round", "country"),
    ("outcome", "meeting_id", "meeting", "id", "outcome", "meeting"),
    ("outcome_link", "target_id", "outcome", "outcome_id", "outcome", "related outcome"),
    ("membership", "country_id", "country", "forum_id", "forum", "member country"),
    ("membership", "joined_at", "meeting", "forum_id", "forum", "meeting at which a member joined"),
    ("participant", "country_id", "country", "meeting_id", "meeting", "participating country"),
    ("agenda_topic", "topic_id", "topic", "agenda_item_pk", "agenda item", "topic"),
    ("citation", "source_id", "source", "record_id", "record", "cited source"),
    ("citation", "record_id", "record", "record_id", "citation of", "record"),
]
#: At most this many examples of one kind of dangling reference are named.
EXAMPLES = 10


def _dangling_findings(conn: Connection) -> list[Finding]:
    """Each reference to a record that does not exist, naming the record that holds it."""
    out = []
    for table, col, target, who, what, points_at in _DANGLING:
        where = (
            f"FROM {table} t WHERE t.{col} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {target} x WHERE x.id = t.{col})"
        )
        rows = conn.execute(text(f"SELECT DISTINCT t.{who}, t.{col} {where} LIMIT {EXAMPLES + 1}")).all()
        for holder, ref in rows[:EXAMPLES]:
            out.append(Finding("error", f"{what} '{holder}' refers to {points_at} '{ref}', which does not exist"))
        if len(rows) > EXAMPLES:
            total = conn.execute(text(f"SELECT count(*) {where}")).scalar() or 0
            out.append(
                Finding("error", f"… and {total - EXAMPLES} more {what}s refer to a {points_at} that does not exist")
            )
    return out


def not_checked(db: Database) -> list[str]:
    """What ``db check`` cannot check on this database, in words (empty for a SQLite file)."""
    with db.session() as session:
        _problems, skipped = db.backend.storage_check(session.connection())
    if db.no_search is not None:  # a server archive from before its index
        skipped.append(f"the search index: {db.no_search}")
    return skipped


def check_database(db: Database) -> list[Finding]:
    """Every problem found; an empty list means the database is healthy (see :func:`not_checked`)."""
    findings: list[Finding] = []
    with db.session() as session:
        conn = session.connection()
        problems, _skipped = db.backend.storage_check(conn)
        findings += [Finding("error", p) for p in problems]
        covered = {(t, target) for t, _c, target, *_rest in _DANGLING}
        for table, row, parent in db.backend.dangling_rows(conn):
            if (table, parent) not in covered:  # those are named in plain words below
                findings.append(Finding("error", f"row {row} of table {table} refers to a missing row of {parent}"))
        findings += _dangling_findings(conn)
        orphans = conn.execute(
            text(
                "SELECT count(*) FROM record r WHERE "
                + " AND ".join(f"NOT EXISTS (SELECT 1 FROM {t} x WHERE x.id = r.id)" for t in schema.RECORD_TYPES)
            )
        ).scalar()
        if orphans:
            findings.append(Finding("error", f"{orphans} records have no content row"))
        findings += _date_findings(conn)
        findings += _forum_loop_findings(conn)
        findings += _citation_findings(conn)
        if db.no_search is None:
            findings += index_findings(conn)
    return findings


def _date_findings(conn: Connection) -> list[Finding]:
    out: list[Finding] = []
    for table in ("record", "meeting", "round"):
        for rid, value, lo, hi in conn.execute(text(f"SELECT id, date, date_lower, date_upper FROM {table}")):
            if value is None:
                if lo or hi:
                    out.append(Finding("error", f"{table} '{rid}' has date bounds but no date"))
                continue
            try:
                b = dates.parse(value)
            except dates.DateError:
                out.append(Finding("error", f"{table} '{rid}' has the date '{value}', which is not valid EDTF"))
                continue
            if (b.lower, b.upper) != (lo, hi):
                out.append(
                    Finding(
                        "error",
                        f"{table} '{rid}' has the date '{value}' ({dates.human(value)}, so {b.lower} to "
                        f"{b.upper}) but is filed under {lo} to {hi} (run 'summitry db check --repair')",
                    )
                )
    return out


def _forum_loop_findings(conn: Connection) -> list[Finding]:
    """Each loop of parent forums (forums imported from different files can close one)."""
    return [
        Finding(
            "error",
            f"forums {integrity.cycle_words(cycle)} form a loop of parents, so each is its own ancestor: "
            "import one of them again with another parent (or none)",
        )
        for cycle in integrity.forum_cycles(integrity.forum_parents(conn))
    ]


#: The words of a finding about citations that ``--repair`` can move to where their quotes now are.
MOVABLE_WORDS = "run 'summitry db check --repair' to move"


def _citation_findings(conn: Connection) -> list[Finding]:
    """Each citation whose offsets no longer hold its quote (its source's text changed under it)."""
    out: list[Finding] = []
    more = movable = 0
    for drift in integrity.drifted(conn):
        movable += drift.movable
        if len(out) < EXAMPLES:
            hint = (
                f"{MOVABLE_WORDS} the citation there" if drift.movable else "correct the citation and import it again"
            )
            out.append(Finding("error", f"{integrity.words(drift)} ({hint})"))
        else:
            more += 1
    if more:
        repair = f"; {movable} of all {len(out) + more} can be moved ({MOVABLE_WORDS} them)" if movable else ""
        out.append(Finding("error", f"… and {more} more citations whose offsets do not hold their quote{repair}"))
    return out


def repair_citations(db: Database) -> int:
    """Move each citation whose quote now occurs once in its source's text to that place; returns how many.

    The records' fingerprints follow, so importing their export finds them unchanged.
    """
    with db.transaction() as session:
        conn = session.connection()
        drifts = [d for d in integrity.drifted(conn) if d.movable]
        moved = integrity.move(conn, drifts)
        if moved:
            importer.refresh_fingerprints(conn, moved)
    return len(drifts)


#: The words of a date-bounds finding, which ``--repair`` can set right.
BOUNDS_WORDS = "but is filed under"


def repair_date_bounds(db: Database) -> int:
    """Recompute stored date bounds from their EDTF dates wherever they disagree; returns how many were fixed."""
    fixed = 0
    with db.transaction() as session:
        conn = session.connection()
        for table in ("record", "meeting", "round"):
            rows = conn.execute(text(f"SELECT id, date, date_lower, date_upper FROM {table} WHERE date IS NOT NULL"))
            for rid, value, lo, hi in rows.all():
                if not dates.is_valid(value):
                    continue  # nothing to compute from; reported, left for the user
                b = dates.parse(value)
                if (b.lower, b.upper) != (lo, hi):
                    conn.execute(
                        text(f"UPDATE {table} SET date_lower = :lo, date_upper = :hi WHERE id = :id"),
                        {"lo": b.lower, "hi": b.upper, "id": rid},
                    )
                    fixed += 1
    return fixed


def index_findings(conn: Connection) -> list[Finding]:
    """Whether the full-text index has exactly one row per searchable record."""
    types = ", ".join(f"'{t}'" for t in schema.SEARCHABLE_TYPES)
    missing = conn.execute(
        text(
            f"SELECT count(*) FROM record r WHERE r.type IN ({types}) "
            f"AND NOT EXISTS (SELECT 1 FROM {schema.FTS_TABLE} f WHERE f.rowid = r.rowid)"
        )
    ).scalar()
    extra = conn.execute(
        text(
            f"SELECT count(*) FROM {schema.FTS_TABLE} f WHERE NOT EXISTS "
            f"(SELECT 1 FROM record r WHERE r.rowid = f.rowid AND r.type IN ({types}))"
        )
    ).scalar()
    titles = conn.execute(
        text(
            f"SELECT r.title, f.title FROM record r JOIN {schema.FTS_TABLE} f ON f.rowid = r.rowid "
            f"WHERE r.type IN ({types})"
        )
    )
    # The index holds a title's normalised words: a row whose title does not read so is out of date.
    stale = sum(1 for title, indexed in titles if indexed != index_text(title or ""))
    out = []
    if stale:
        out.append(
            Finding(
                "error",
                f"the search index has out-of-date text for {stale} records (run 'summitry db check --repair')",
            )
        )
    damage = backends.of(conn).index_damage(conn)
    if damage:
        out.append(Finding("error", f"the search index is damaged: {damage} (run 'summitry db check --repair')"))
    if missing:
        out.append(Finding("error", f"the search index lacks {missing} records (run 'summitry db check --repair')"))
    if extra:
        out.append(
            Finding(
                "error",
                f"the search index has {extra} entries for records that no longer exist "
                "(run 'summitry db check --repair')",
            )
        )
    return out
