"""``summitry db check``: the database engine's own check where it has one, and Summitry's checks, in plain words.

Summitry's checks (references, date bounds, forum loops, citations, the search index) are the same SQL on
every backend; what the backend checks of its own storage, and what it cannot check here, come from
:meth:`model.store.backend.Backend.storage_check`. :func:`not_checked` says what was left out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, text

from model import dates
from model.i18n import QT_TRANSLATE_NOOP, Words
from model.interchange import importer, integrity
from model.store import backends, schema
from model.store.database import Database
from model.text.normalize import index_text


class CheckText(Words):
    """What ``summitry db check`` finds and says, in the interface's language."""


@dataclass(frozen=True)
class Finding:
    """A problem found: its severity ("error" or "warning", as stored), its words, and what ``--repair`` can do
    for it ("" nothing, else "bounds", "citations" or "index")."""

    severity: str
    message: str
    repair: str = ""

    def __str__(self) -> str:
        label = CheckText.tr("error") if self.severity == "error" else CheckText.tr("warning")
        return CheckText.tr("{severity}: {message}").format(severity=label, message=self.message)


#: What ``--repair`` does for a finding that says so.
REPAIR_HINT = QT_TRANSLATE_NOOP("CheckText", "run 'summitry db check --repair'")


@dataclass(frozen=True)
class _Reference:
    """A reference between records that must name a record that exists, and what is said when it does not."""

    table: str
    column: str
    target: str  # the table it points at
    holder: str  # the column of ``table`` naming the record that holds the reference
    example: str  # one dangling reference: {holder} names the record holding it, {ref} what it names
    more: Callable[[int], str]  # how many more there are


_DANGLING = [
    _Reference(
        "meeting",
        "forum_id",
        "forum",
        "id",
        QT_TRANSLATE_NOOP("CheckText", "meeting '{holder}' refers to forum '{ref}', which does not exist"),
        lambda n: CheckText.tr("… and %n more meeting(s) refer to a forum that does not exist", "", n),
    ),
    _Reference(
        "meeting",
        "country_id",
        "country",
        "id",
        QT_TRANSLATE_NOOP("CheckText", "meeting '{holder}' refers to country '{ref}', which does not exist"),
        lambda n: CheckText.tr("… and %n more meeting(s) refer to a country that does not exist", "", n),
    ),
    _Reference(
        "forum",
        "parent_id",
        "forum",
        "id",
        QT_TRANSLATE_NOOP("CheckText", "forum '{holder}' refers to parent forum '{ref}', which does not exist"),
        lambda n: CheckText.tr("… and %n more forum(s) refer to a parent forum that does not exist", "", n),
    ),
    _Reference(
        "process",
        "forum_id",
        "forum",
        "id",
        QT_TRANSLATE_NOOP("CheckText", "process '{holder}' refers to forum '{ref}', which does not exist"),
        lambda n: CheckText.tr("… and %n more process(es) refer to a forum that does not exist", "", n),
    ),
    _Reference(
        "round",
        "process_id",
        "process",
        "id",
        QT_TRANSLATE_NOOP("CheckText", "round '{holder}' refers to process '{ref}', which does not exist"),
        lambda n: CheckText.tr("… and %n more round(s) refer to a process that does not exist", "", n),
    ),
    _Reference(
        "round",
        "country_id",
        "country",
        "id",
        QT_TRANSLATE_NOOP("CheckText", "round '{holder}' refers to country '{ref}', which does not exist"),
        lambda n: CheckText.tr("… and %n more round(s) refer to a country that does not exist", "", n),
    ),
    _Reference(
        "outcome",
        "meeting_id",
        "meeting",
        "id",
        QT_TRANSLATE_NOOP("CheckText", "outcome '{holder}' refers to meeting '{ref}', which does not exist"),
        lambda n: CheckText.tr("… and %n more outcome(s) refer to a meeting that does not exist", "", n),
    ),
    _Reference(
        "outcome_link",
        "target_id",
        "outcome",
        "outcome_id",
        QT_TRANSLATE_NOOP("CheckText", "outcome '{holder}' refers to related outcome '{ref}', which does not exist"),
        lambda n: CheckText.tr("… and %n more outcome(s) refer to a related outcome that does not exist", "", n),
    ),
    _Reference(
        "membership",
        "country_id",
        "country",
        "forum_id",
        QT_TRANSLATE_NOOP("CheckText", "forum '{holder}' refers to member country '{ref}', which does not exist"),
        lambda n: CheckText.tr("… and %n more forum(s) refer to a member country that does not exist", "", n),
    ),
    _Reference(
        "membership",
        "joined_at",
        "meeting",
        "forum_id",
        QT_TRANSLATE_NOOP(
            "CheckText", "forum '{holder}' refers to meeting at which a member joined '{ref}', which does not exist"
        ),
        lambda n: CheckText.tr(
            "… and %n more forum(s) refer to a meeting at which a member joined that does not exist", "", n
        ),
    ),
    _Reference(
        "participant",
        "country_id",
        "country",
        "meeting_id",
        QT_TRANSLATE_NOOP(
            "CheckText", "meeting '{holder}' refers to participating country '{ref}', which does not exist"
        ),
        lambda n: CheckText.tr("… and %n more meeting(s) refer to a participating country that does not exist", "", n),
    ),
    _Reference(
        "agenda_topic",
        "topic_id",
        "topic",
        "agenda_item_pk",
        QT_TRANSLATE_NOOP("CheckText", "agenda item '{holder}' refers to topic '{ref}', which does not exist"),
        lambda n: CheckText.tr("… and %n more agenda item(s) refer to a topic that does not exist", "", n),
    ),
    _Reference(
        "citation",
        "source_id",
        "source",
        "record_id",
        QT_TRANSLATE_NOOP("CheckText", "record '{holder}' refers to cited source '{ref}', which does not exist"),
        lambda n: CheckText.tr("… and %n more record(s) refer to a cited source that does not exist", "", n),
    ),
    _Reference(
        "citation",
        "record_id",
        "record",
        "record_id",
        QT_TRANSLATE_NOOP("CheckText", "citation of '{holder}' refers to record '{ref}', which does not exist"),
        lambda n: CheckText.tr("… and %n more citation(s) refer to a record that does not exist", "", n),
    ),
]
#: At most this many examples of one kind of dangling reference are named.
EXAMPLES = 10


def _dangling_findings(conn: Connection) -> list[Finding]:
    """Each reference to a record that does not exist, naming the record that holds it."""
    out = []
    for r in _DANGLING:
        where = (
            f"FROM {r.table} t WHERE t.{r.column} IS NOT NULL "
            f"AND NOT EXISTS (SELECT 1 FROM {r.target} x WHERE x.id = t.{r.column})"
        )
        rows = conn.execute(text(f"SELECT DISTINCT t.{r.holder}, t.{r.column} {where} LIMIT {EXAMPLES + 1}")).all()
        for holder, ref in rows[:EXAMPLES]:
            out.append(Finding("error", CheckText.tr(r.example).format(holder=holder, ref=ref)))
        if len(rows) > EXAMPLES:
            total = conn.execute(text(f"SELECT count(*) {where}")).scalar() or 0
            out.append(Finding("error", r.more(total - EXAMPLES)))
    return out


def not_checked(db: Database) -> list[str]:
    """What ``db check`` cannot check on this database, in words (empty for a SQLite file)."""
    with db.session() as session:
        _problems, skipped = db.backend.storage_check(session.connection())
    if db.no_search is not None:  # a server archive from before its index
        skipped.append(CheckText.tr("the search index: {why}").format(why=db.no_search))
    return skipped


def check_database(db: Database) -> list[Finding]:
    """Every problem found; an empty list means the database is healthy (see :func:`not_checked`)."""
    findings: list[Finding] = []
    with db.session() as session:
        conn = session.connection()
        problems, _skipped = db.backend.storage_check(conn)
        findings += [Finding("error", p) for p in problems]
        covered = {(r.table, r.target) for r in _DANGLING}
        for table, row, parent in db.backend.dangling_rows(conn):
            if (table, parent) not in covered:  # those are named in plain words below
                findings.append(
                    Finding(
                        "error",
                        CheckText.tr("row {row} of table {table} refers to a missing row of {parent}").format(
                            row=row, table=table, parent=parent
                        ),
                    )
                )
        findings += _dangling_findings(conn)
        orphans = conn.execute(
            text(
                "SELECT count(*) FROM record r WHERE "
                + " AND ".join(f"NOT EXISTS (SELECT 1 FROM {t} x WHERE x.id = r.id)" for t in schema.RECORD_TYPES)
            )
        ).scalar()
        if orphans:
            findings.append(Finding("error", CheckText.tr("%n record(s) have no content row", "", int(orphans))))
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
                    out.append(
                        Finding(
                            "error",
                            CheckText.tr("{table} '{id}' has date bounds but no date").format(table=table, id=rid),
                        )
                    )
                continue
            try:
                b = dates.parse(value)
            except dates.DateError:
                out.append(
                    Finding(
                        "error",
                        CheckText.tr("{table} '{id}' has the date '{date}', which is not valid EDTF").format(
                            table=table, id=rid, date=value
                        ),
                    )
                )
                continue
            if (b.lower, b.upper) != (lo, hi):
                out.append(
                    Finding(
                        "error",
                        CheckText.tr(
                            "{table} '{id}' has the date '{date}' ({shown}, so {lower} to {upper}) but is filed "
                            "under {filed_lower} to {filed_upper} ({repair})"
                        ).format(
                            table=table,
                            id=rid,
                            date=value,
                            shown=dates.human(value),
                            lower=b.lower,
                            upper=b.upper,
                            filed_lower=lo,
                            filed_upper=hi,
                            repair=CheckText.tr(REPAIR_HINT),
                        ),
                        repair="bounds",
                    )
                )
    return out


def _forum_loop_findings(conn: Connection) -> list[Finding]:
    """Each loop of parent forums (forums imported from different files can close one)."""
    return [
        Finding(
            "error",
            CheckText.tr(
                "forums {forums} form a loop of parents, so each is its own ancestor: "
                "import one of them again with another parent (or none)"
            ).format(forums=integrity.cycle_words(cycle)),
        )
        for cycle in integrity.forum_cycles(integrity.forum_parents(conn))
    ]


def _citation_findings(conn: Connection) -> list[Finding]:
    """Each citation whose offsets no longer hold its quote (its source's text changed under it)."""
    out: list[Finding] = []
    more = movable = 0
    for drift in integrity.drifted(conn):
        movable += drift.movable
        if len(out) < EXAMPLES:
            hint = (
                CheckText.tr("run 'summitry db check --repair' to move the citation there")
                if drift.movable
                else CheckText.tr("correct the citation and import it again")
            )
            words = CheckText.tr("{problem} ({hint})").format(problem=integrity.words(drift), hint=hint)
            out.append(Finding("error", words, repair="citations" if drift.movable else ""))
        else:
            more += 1
    if more:
        words = CheckText.tr("… and %n more citation(s) whose offsets do not hold their quote", "", more)
        if movable:
            words += CheckText.tr(
                "; {movable} of all %n can be moved (run 'summitry db check --repair' to move them)",
                "",
                len(out) + more,
            ).format(movable=movable)
        out.append(Finding("error", words, repair="citations" if movable else ""))
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
    repair = CheckText.tr(REPAIR_HINT)
    if stale:
        words = CheckText.tr("the search index has out-of-date text for %n record(s) ({repair})", "", stale)
        out.append(Finding("error", words.format(repair=repair), repair="index"))
    damage = backends.of(conn).index_damage(conn)
    if damage:
        words = CheckText.tr("the search index is damaged: {damage} ({repair})")
        out.append(Finding("error", words.format(damage=damage, repair=repair), repair="index"))
    if missing:
        words = CheckText.tr("the search index lacks %n record(s) ({repair})", "", int(missing))
        out.append(Finding("error", words.format(repair=repair), repair="index"))
    if extra:
        words = CheckText.tr("the search index holds %n record(s) that no longer exist ({repair})", "", int(extra))
        out.append(Finding("error", words.format(repair=repair), repair="index"))
    return out
