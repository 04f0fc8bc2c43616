"""Small interchange files and database probes shared by the model tests."""

from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path
from typing import Any

from model.cli import commands
from model.text.normalize import normal_form

SOURCE_TEXT = (
    "The Forum of Examples met in Vientiane on 25 July 2016.\n\n"
    "Ministers discussed maritime safety and agreed a work plan.\n\n"
    "A second meeting is planned for autumn 2016."
)


def small() -> dict[str, Any]:
    """A complete, valid file: one source, country, topic, forum, meeting, process with rounds, outcome."""
    return copy.deepcopy(
        {
            "format": "summitry",
            "version": 1,
            "sources": [
                {"id": "ex-source", "title": "Example source", "publisher": "Example Press", "text": SOURCE_TEXT}
            ],
            "countries": [{"id": "ex-laos", "code": "XL", "name": "Laos"}],
            "topics": [{"id": "ex-maritime", "label": "Maritime safety"}],
            "forums": [
                {
                    "id": "ex-forum",
                    "name": "Forum of Examples",
                    "members": [{"country": "ex-laos", "since": "2016"}],
                    "citations": [{"source": "ex-source", "quote": "The Forum of Examples"}],
                }
            ],
            "meetings": [
                {
                    "id": "ex-meeting",
                    "forum": "ex-forum",
                    "title": "First Example Meeting",
                    "date": "2016-07-25",
                    "city": "Vientiane",
                    "country": "ex-laos",
                    "agenda": [
                        {
                            "title": "Maritime safety",
                            "topics": ["ex-maritime"],
                            "citations": [{"source": "ex-source", "quote": "Ministers discussed maritime safety"}],
                        },
                        {
                            "title": "Zanzibarian work plan",
                            "citations": [{"source": "ex-source", "quote": "agreed a work plan"}],
                        },
                    ],
                    "citations": [{"source": "ex-source", "quote": "met in Vientiane on 25 July 2016"}],
                }
            ],
            "processes": [
                {
                    "id": "ex-process",
                    "title": "Example consultations",
                    "forum": "ex-forum",
                    "rounds": [
                        {"id": "ex-process-1", "number": 1, "date": "2016-07-25", "city": "Vientiane"},
                        {
                            "id": "ex-process-2",
                            "number": 2,
                            "date": "2016-23",
                            "status": "planned",
                            "citations": [{"source": "ex-source", "quote": "planned for autumn 2016"}],
                        },
                    ],
                }
            ],
            "outcomes": [
                {
                    "id": "ex-work-plan",
                    "title": "Example work plan",
                    "kind": "work-plan",
                    "status": "adopted",
                    "meeting": "ex-meeting",
                    "citations": [{"basis": "general-knowledge", "note": "Assumed for the test."}],
                }
            ],
        }
    )


def write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


#: A database for the probes below: a SQLite file's path, or a server archive's URL.
Target = Path | str


def _on_server(target: Target) -> bool:
    return "://" in str(target)


def query(db_file: Target, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    """Rows of a read with ``?`` placeholders, with the driver alone (as :func:`counts`)."""
    if _on_server(db_file):
        from tests import postgres

        return postgres.run_sql(str(db_file), sql.replace("?", "%s"), params=params or None)  # type: ignore[arg-type]
    con = sqlite3.connect(str(db_file))
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def index_matches(db_file: Target, word: str) -> set[str]:
    """The ids of the records whose search index rows hold ``word``, asked in the index's own form as a plain
    shell would (``sqlite3``'s FTS5 MATCH; ``psql``'s ``@@`` on the ``tsvector``), not through Summitry."""
    form = normal_form(word)
    if _on_server(db_file):
        sql = (
            "SELECT r.id FROM record_fts f JOIN record r ON r.rowid = f.rowid "
            "WHERE f.doc @@ to_tsquery('simple', quote_literal(?))"
        )
    else:
        sql = "SELECT r.id FROM record_fts f JOIN record r ON r.rowid = f.rowid WHERE record_fts MATCH ?"
        form = f'"{form}"'
    return {r[0] for r in query(db_file, sql, form)}


def behind_summitrys_back(db_file: Target, *statements: tuple[str, tuple[Any, ...]]) -> None:
    """Change a database as another program (or an older Summitry) might: ``?`` placeholders, foreign keys
    not enforced, with the driver alone."""
    if _on_server(db_file):
        import psycopg

        from tests import postgres

        with psycopg.connect(postgres.conninfo(str(db_file))) as conn:
            conn.execute("SET session_replication_role = replica")  # foreign keys are triggers: these do not fire
            for sql, args in statements:
                conn.execute(sql.replace("?", "%s"), args)  # type: ignore[arg-type]
        return
    con = sqlite3.connect(str(db_file))
    try:
        con.execute("PRAGMA foreign_keys = OFF")
        for sql, args in statements:
            con.execute(sql, args)
        con.commit()
    finally:
        con.close()


def checked(out: str) -> list[str]:
    """``db check``'s lines without those saying what it could not check (a server's storage, its index)."""
    return [line for line in out.splitlines() if not line.startswith("not checked: ")]


def counts(db_file: Target) -> dict[str, int]:
    """Rows per table (and in the search index, where there is one), read with the driver alone so the probe
    does not depend on the code under test."""
    if _on_server(db_file):
        from tests import postgres

        tables = [
            r[0] for r in postgres.run_sql(str(db_file), "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        ]
        return {t: postgres.run_sql(str(db_file), f'SELECT count(*) FROM "{t}"')[0][0] for t in tables}
    con = sqlite3.connect(str(db_file))
    try:
        tables = [
            r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE '%fts%'")
        ]
        out = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        out["record_fts"] = con.execute("SELECT count(*) FROM record_fts").fetchone()[0]
        return out
    finally:
        con.close()


def dump(db_file: Target, *, data_only: bool = False) -> list[str]:
    """Every row of every table as text: equal dumps mean nothing changed.

    Leaves out which database the file is (``store_identity``, given before its first backup) and the notes
    that tell other windows what each write changed (``change_note``: when and by whom, not data).
    ``data_only``: the records alone, without how they came to be (their revisions and versions), to compare
    databases with different histories.
    """
    if data_only:
        return _data_dump(db_file)
    if _on_server(db_file):
        from tests import postgres

        target = str(db_file)
        tables = postgres.run_sql(target, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
        lines: list[str] = []
        for (table,) in tables:
            if table == "change_note":
                continue
            rows = postgres.run_sql(target, f'SELECT * FROM "{table}"')
            lines += sorted(f"{table}: {row!r}" for row in rows)
        return lines
    con = sqlite3.connect(str(db_file))
    try:
        return [line for line in con.iterdump() if "store_identity" not in line and '"change_note"' not in line]
    finally:
        con.close()


def _data_dump(db_file: Target) -> list[str]:
    """:func:`dump`'s lines of the records' tables, without ``revision``, ``change_note`` and ``record.version``."""
    history = {"revision": "*", "change_note": "*", "record": "version"}
    if _on_server(db_file):
        from tests import postgres

        target = str(db_file)
        tables = [
            r[0]
            for r in postgres.run_sql(target, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
        ]

        def columns(table: str) -> list[str]:
            return [
                r[0]
                for r in postgres.run_sql(
                    target,
                    "SELECT column_name FROM information_schema.columns "
                    f"WHERE table_name = '{table}' ORDER BY ordinal_position",
                )
            ]

        def select(sql: str) -> list[Any]:
            return postgres.run_sql(target, sql)
    else:
        con = sqlite3.connect(str(db_file))
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1")]

        def columns(table: str) -> list[str]:
            return [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]

        def select(sql: str) -> list[Any]:
            return con.execute(sql).fetchall()

    lines: list[str] = []
    for table in tables:
        if history.get(table) == "*" or table == "store_identity" or table.startswith("record_fts_"):
            continue
        kept = ", ".join(f'"{c}"' for c in columns(table) if c != history.get(table))
        lines += sorted(f"{table}: {row!r}" for row in select(f'SELECT {kept} FROM "{table}"'))
    return lines


def cli(db_file: Target, *args: str) -> list[str]:
    """The argument list for ``commands.main`` on a given database."""
    return ["--database", str(db_file), *args]


def run(capsys: Any, db_file: Target, *args: str) -> tuple[int, str, str]:
    """Run a headless command in-process; returns (exit code, stdout, stderr)."""
    code = commands.main(cli(db_file, *args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def add_meeting(db_file: Target, **meeting: Any) -> None:
    """Import one meeting of the ASEAN–Russia partnership (fields as given) into the database file."""
    from model.interchange import importer
    from model.store.opening import open_database

    database = open_database(str(db_file))
    try:
        record = {"forum": "asean-russia", "citations": [{"basis": "general-knowledge", "note": "For the test."}]}
        data = {"format": "summitry", "version": 1, "meetings": [{**record, **meeting}]}
        importer.import_data(database, data, "test", back_up=False)
    finally:
        database.close()
