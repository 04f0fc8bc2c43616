"""``summitry db check``: SQLite's own integrity check and Summitry's checks, in plain words."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from model import dates, schema, textindex
from model.db import Database


@dataclass(frozen=True)
class Finding:
    severity: str  # "error" or "warning"
    message: str

    def __str__(self) -> str:
        return f"{self.severity}: {self.message}"


_DANGLING = [
    ("meeting", "forum_id", "forum", "a meeting's forum"),
    ("meeting", "country_id", "country", "a meeting's country"),
    ("forum", "parent_id", "forum", "a forum's parent"),
    ("round", "process_id", "process", "a round's process"),
    ("round", "country_id", "country", "a round's country"),
    ("outcome", "meeting_id", "meeting", "an outcome's meeting"),
    ("membership", "country_id", "country", "a membership's country"),
    ("citation", "source_id", "source", "a citation's source"),
]


def check_database(db: Database) -> list[Finding]:
    """Every problem found; an empty list means the database is healthy."""
    findings: list[Finding] = []
    with db.engine.connect() as conn:
        if db.is_sqlite:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            if rows != ["ok"]:
                findings += [Finding("error", f"SQLite integrity check: {r}") for r in rows[:20]]
            for r in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()[:50]:
                findings.append(Finding("error", f"row {r[1]} of table {r[0]} refers to a missing row of {r[2]}"))
        for table, col, target, words in _DANGLING:
            n = conn.execute(
                text(
                    f"SELECT count(*) FROM {table} t WHERE t.{col} IS NOT NULL "
                    f"AND NOT EXISTS (SELECT 1 FROM {target} x WHERE x.id = t.{col})"
                )
            ).scalar()
            if n:
                findings.append(Finding("error", f"{n} records have {words} that does not exist"))
        orphans = conn.execute(
            text(
                "SELECT count(*) FROM record r WHERE "
                + " AND ".join(f"NOT EXISTS (SELECT 1 FROM {t} x WHERE x.id = r.id)" for t in schema.RECORD_TYPES)
            )
        ).scalar()
        if orphans:
            findings.append(Finding("error", f"{orphans} records have no content row"))
        findings += _date_findings(conn)
        if db.is_sqlite:
            findings += index_findings(conn)
    return findings


def _date_findings(conn: Connection) -> list[Finding]:
    out: list[Finding] = []
    for table in ("record", "meeting", "round"):
        for rid, value, lo, hi in conn.execute(text(f"SELECT id, date, date_lower, date_upper FROM {table}")):
            if value is None:
                if lo or hi:
                    out.append(Finding("error", f"{rid}: has date bounds but no date"))
                continue
            try:
                b = dates.parse(value)
            except dates.DateError:
                out.append(Finding("error", f"{rid}: date '{value}' is not valid EDTF"))
                continue
            if (b.lower, b.upper) != (lo, hi):
                out.append(
                    Finding(
                        "error",
                        f"{rid}: date bounds {lo}..{hi} disagree with its date '{value}' ({b.lower}..{b.upper})",
                    )
                )
    return out


def index_findings(conn: Connection) -> list[Finding]:
    """Whether the full-text index has exactly one row per searchable record."""
    types = ", ".join(f"'{t}'" for t in schema.SEARCHABLE_TYPES)
    missing = conn.execute(
        text(
            f"SELECT count(*) FROM record r WHERE r.type IN ({types}) "
            f"AND NOT EXISTS (SELECT 1 FROM {textindex.FTS_TABLE} f WHERE f.rowid = r.rowid)"
        )
    ).scalar()
    extra = conn.execute(
        text(
            f"SELECT count(*) FROM {textindex.FTS_TABLE} f WHERE NOT EXISTS "
            f"(SELECT 1 FROM record r WHERE r.rowid = f.rowid AND r.type IN ({types}))"
        )
    ).scalar()
    stale = conn.execute(
        text(
            f"SELECT count(*) FROM record r JOIN {textindex.FTS_TABLE} f ON f.rowid = r.rowid "
            f"WHERE r.type IN ({types}) AND f.title IS NOT r.title"
        )
    ).scalar()
    out = []
    if stale:
        out.append(
            Finding(
                "error",
                f"the search index has out-of-date text for {stale} records (run 'summitry db check --repair')",
            )
        )
    damage = _fts_damage(conn)
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


def _fts_damage(conn: Connection) -> str | None:
    """FTS5's own check that its index matches its stored text; None when it does (or cannot tell)."""
    try:
        with conn.begin_nested():
            conn.exec_driver_sql(f"INSERT INTO {textindex.FTS_TABLE}({textindex.FTS_TABLE}) VALUES ('integrity-check')")
    except DBAPIError as exc:
        msg = str(exc.orig or exc)
        return None if "readonly" in msg else msg
    return None
