"""``summitry db check`` finds a search index out of step with the records; ``--repair`` rebuilds it."""

from __future__ import annotations

from pathlib import Path

import pytest

from model.cli import commands
from model.maintenance import check
from model.store.database import Database
from tests.model.datafiles import behind_summitrys_back, index_matches

#: Ways the index goes out of step with the records, as SQL another program might run on either backend.
LOSE_ROWS = "DELETE FROM record_fts WHERE rowid IN (SELECT rowid FROM record WHERE type = 'meeting')"
ADD_GHOST = "INSERT INTO record_fts(rowid, title, body) VALUES (999999, 'Ghost summit', 'piracy')"
STALE_TEXT = "UPDATE record_fts SET title = 'Old title' WHERE rowid = (SELECT rowid FROM record WHERE id = 'arf-23')"
#: The stored text changed behind FTS5's back: its index no longer matches what it holds (a server computes
#: its tsvector from the text it stores, so nothing there can go out of step that way).
DAMAGE_FTS5 = "UPDATE record_fts_content SET c1 = 'nothing about anything' WHERE id % 2 = 0"


@pytest.fixture
def db_file(bundled_db: Database) -> str:
    bundled_db.close()
    return bundled_db.target


def _run(capsys: pytest.CaptureFixture[str], path: Path, *argv: str) -> tuple[int, str]:
    code = commands.main(["--database", str(path), "db", "check", *argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out + err


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        (LOSE_ROWS, "lacks"),
        (ADD_GHOST, "no longer exist"),
        (STALE_TEXT, "out-of-date text"),
    ],
    ids=["missing-rows", "ghost-rows", "stale-text"],
)
def test_check_finds_the_index_out_of_step_and_repair_rebuilds_it(
    db_file: str, capsys: pytest.CaptureFixture[str], damage: str, words: str
) -> None:
    _found_and_repaired(db_file, capsys, damage, words)


@pytest.mark.sqlite_only
def test_check_finds_fts5s_index_damaged_and_repair_rebuilds_it(
    db_file: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _found_and_repaired(db_file, capsys, DAMAGE_FTS5, "damaged")


def _found_and_repaired(db_file: str, capsys: pytest.CaptureFixture[str], damage: str, words: str) -> None:
    healthy = index_matches(db_file, "security")
    assert healthy
    code, text = _run(capsys, db_file)
    assert code == 0 and "no problems found" in text

    behind_summitrys_back(db_file, (damage, ()))

    code, text = _run(capsys, db_file)
    assert code == 1 and "search index" in text and words in text and "--repair" in text

    code, text = _run(capsys, db_file, "--repair")
    assert code == 0 and "Rebuilt the search index" in text and "no problems found" in text
    assert index_matches(db_file, "security") == healthy, "search finds what it found before the damage"


def test_a_healthy_database_has_no_findings(bundled_db: Database) -> None:
    assert check.check_database(bundled_db) == []
