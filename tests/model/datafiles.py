"""Small interchange files and database probes shared by the model tests."""

from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path
from typing import Any

from model.cli import commands

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


def counts(db_file: Path) -> dict[str, int]:
    """Rows per table, read with plain sqlite3 so the probe does not depend on the code under test."""
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


def dump(db_file: Path) -> list[str]:
    """Every row of every table as text: equal dumps mean nothing changed.

    Leaves out which database the file is (``store_identity``, given before its first backup): not data.
    """
    con = sqlite3.connect(str(db_file))
    try:
        return [line for line in con.iterdump() if "store_identity" not in line]
    finally:
        con.close()


def cli(db_file: Path, *args: str) -> list[str]:
    """The argument list for ``commands.main`` on a given database."""
    return ["--database", str(db_file), *args]


def run(capsys: Any, db_file: Path, *args: str) -> tuple[int, str, str]:
    """Run a headless command in-process; returns (exit code, stdout, stderr)."""
    code = commands.main(cli(db_file, *args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def add_meeting(db_file: Path, **meeting: Any) -> None:
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
