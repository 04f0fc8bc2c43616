"""``summitry db check`` finds a search index out of step with the records; ``--repair`` rebuilds it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from model.cli import commands
from model.maintenance import check
from model.store.database import Database
from model.text.normalize import normal_form

Damage = Callable[[sqlite3.Connection], None]


def _lose_rows(con: sqlite3.Connection) -> None:
    con.execute("DELETE FROM record_fts WHERE rowid IN (SELECT rowid FROM record WHERE type = 'meeting')")


def _add_ghost(con: sqlite3.Connection) -> None:
    con.execute("INSERT INTO record_fts(rowid, title, body) VALUES (999999, 'Ghost summit', 'piracy')")


def _stale_text(con: sqlite3.Connection) -> None:
    con.execute(
        "UPDATE record_fts SET title = 'Old title' WHERE rowid = (SELECT rowid FROM record WHERE id = 'arf-23')"
    )


def _damage_index(con: sqlite3.Connection) -> None:
    # The stored text changed behind FTS5's back: its index no longer matches what it holds.
    con.execute("UPDATE record_fts_content SET c1 = 'nothing about anything' WHERE id % 2 = 0")


@pytest.fixture
def db_file(bundled_db: Database) -> str:
    bundled_db.close()
    return bundled_db.target


def _run(capsys: pytest.CaptureFixture[str], path: Path, *argv: str) -> tuple[int, str]:
    code = commands.main(["--database", str(path), "db", "check", *argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out + err


def _matches(path: Path, word: str) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {
            r[0]
            for r in con.execute(
                "SELECT r.id FROM record_fts f JOIN record r ON r.rowid = f.rowid WHERE record_fts MATCH ?",
                (normal_form(word),),
            )
        }
    finally:
        con.close()


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        (_lose_rows, "lacks"),
        (_add_ghost, "no longer exist"),
        (_stale_text, "out-of-date text"),
        (_damage_index, "damaged"),
    ],
    ids=["missing-rows", "ghost-rows", "stale-text", "damaged-index"],
)
@pytest.mark.search
def test_check_finds_the_index_out_of_step_and_repair_rebuilds_it(
    db_file: str, capsys: pytest.CaptureFixture[str], damage: Damage, words: str
) -> None:
    healthy = _matches(db_file, "security")
    assert healthy
    code, text = _run(capsys, db_file)
    assert code == 0 and "no problems found" in text

    con = sqlite3.connect(db_file)
    damage(con)
    con.commit()
    con.close()

    code, text = _run(capsys, db_file)
    assert code == 1 and "search index" in text and words in text and "--repair" in text

    code, text = _run(capsys, db_file, "--repair")
    assert code == 0 and "Rebuilt the search index" in text and "no problems found" in text
    assert _matches(db_file, "security") == healthy, "search finds what it found before the damage"


def test_a_healthy_database_has_no_findings(bundled_db: Database) -> None:
    assert check.check_database(bundled_db) == []
