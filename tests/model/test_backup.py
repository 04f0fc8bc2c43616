"""``summitry db backup`` and ``db restore``: the backup API, verified copies, restored data equal to the backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from model import backup, db, exporter, importer
from tests.model.datafiles import run, small, write


def _export(path: Path, out: Path) -> bytes:
    database = db.open_database(str(path))
    try:
        exporter.export_json(database, out)
    finally:
        database.close()
    return out.read_bytes()


def test_backup_of_a_live_database_holds_what_is_only_in_its_write_ahead_log(
    bundled_db: db.Database, tmp_path: Path
) -> None:
    assert bundled_db.path is not None
    importer.import_file(bundled_db, write(tmp_path / "mine.json", small()))
    # The database is still open: recent pages may live only in the -wal file, which a raw copy would miss.
    dest = backup.backup_database(bundled_db, tmp_path / "copy.sqlite3")
    backup.verify(dest)
    con = sqlite3.connect(str(dest))
    try:
        assert con.execute("SELECT count(*) FROM record WHERE id = 'ex-meeting'").fetchone() == (1,)
        assert con.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    finally:
        con.close()


def test_backup_then_restore_gives_back_exactly_the_backed_up_data(
    bundled_db: db.Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundled_db.close()
    copy = tmp_path / "saved" / "copy.sqlite3"
    code, out, _err = run(capsys, db_path, "db", "backup", str(copy))
    assert code == 0 and f"Backup written and verified: {copy}" in out
    saved = _export(db_path, tmp_path / "saved.json")

    code, out, _err = run(capsys, db_path, "import", str(write(tmp_path / "mine.json", small())))
    assert code == 0
    assert _export(db_path, tmp_path / "changed.json") != saved

    code, out, err = run(capsys, db_path, "db", "restore", str(copy))
    assert code == 0, err
    assert f"Restored from {copy}" in out
    assert _export(db_path, tmp_path / "restored.json") == saved


def test_restore_refuses_a_file_that_is_not_a_summitry_backup(
    bundled_db: db.Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundled_db.close()
    saved = _export(db_path, tmp_path / "saved.json")
    bogus = tmp_path / "bogus.sqlite3"
    con = sqlite3.connect(str(bogus))
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    code, out, err = run(capsys, db_path, "db", "restore", str(bogus))
    assert code == 1
    assert "another application" in err or "not a Summitry database" in err
    assert "Traceback" not in out + err
    assert _export(db_path, tmp_path / "after.json") == saved
