"""``summitry db backup`` and ``db restore``: the backup API, verified copies, restored data equal to the backup."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from model.interchange import exporter, importer
from model.store import backup, backup_set
from model.store.database import Database
from model.store.opening import open_database
from tests.model.datafiles import run, small, write


def _export(path: Path, out: Path) -> bytes:
    database = open_database(str(path))
    try:
        exporter.export_json(database, out)
    finally:
        database.close()
    return out.read_bytes()


def test_backup_of_a_live_database_holds_what_is_only_in_its_write_ahead_log(
    bundled_db: Database, tmp_path: Path
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
    bundled_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
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
    bundled_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
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


# --- a backup belongs to one database ------------------------------------------------------------------------


def _two_databases_in_one_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    """``notes.sqlite3`` (the bundled data) and ``notes.db`` (the bundled data and one more forum)."""
    folder = tmp_path / "shared"
    folder.mkdir()
    first, second = folder / "notes.sqlite3", folder / "notes.db"
    for path in (first, second):
        code, _out, err = run(capsys, path, "search", "piracy")
        assert code == 0, err
    code, _out, err = run(capsys, second, "import", str(write(tmp_path / "mine.json", small())))
    assert code == 0, err
    for own in backup_set.list_backups(second):  # the import's own safety backup: not what this is about
        own.unlink()
    return first, second


def test_two_databases_with_one_stem_never_restore_each_others_backups(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = _two_databases_in_one_folder(tmp_path, capsys)
    code, _out, err = run(capsys, first, "db", "backup")
    assert code == 0, err
    second_before = _export(second, tmp_path / "second.json")

    code, _out, err = run(capsys, second, "db", "restore")

    assert code == 1 and "no usable backup of notes.db" in err and "Nothing was changed" in err
    assert _export(second, tmp_path / "second-after.json") == second_before
    assert [b.path for b in backup_set.backups_of(second)] == []
    (own,) = backup_set.backups_of(first)
    assert own.path.name.startswith("notes.sqlite3-"), "a backup is named for the whole file name"


def test_a_backup_of_another_database_is_refused_even_when_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = _two_databases_in_one_folder(tmp_path, capsys)
    code, _out, err = run(capsys, first, "db", "backup")
    assert code == 0, err
    (theirs,) = backup_set.list_backups(first)
    second_before = _export(second, tmp_path / "second.json")

    code, _out, err = run(capsys, second, "db", "restore", str(theirs))

    assert code == 1 and f"{theirs} is a backup of another database ({first.resolve()})" in err
    assert "Nothing was changed" in err and "Traceback" not in err
    assert _export(second, tmp_path / "second-after.json") == second_before


def test_rotation_of_one_database_leaves_the_others_backups_alone(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    first, second = folder / "notes.sqlite3", folder / "notes.db"
    for path in (first, second):
        open_database(str(path)).close()
    when = dt.datetime(2026, 1, 1)
    theirs = [_touch(backup_set.backup_path_for(second, "auto", now=when - dt.timedelta(days=i))) for i in range(40)]
    mine = [_touch(backup_set.backup_path_for(first, "auto", now=when - dt.timedelta(days=i))) for i in range(40)]

    removed = backup_set.rotate_backups(first, now=when)

    assert removed and set(removed) <= set(mine)
    assert all(p.exists() for p in theirs)


def _touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"")
    return path


def _legacy_backup(db_path: Path) -> Path:
    """A backup as an older Summitry named and wrote it: after the file's stem, without an identity."""
    dest = backup_set.backup_dir(db_path) / f"{db_path.stem}-20250101-120000-manual.sqlite3"
    dest.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(str(db_path))
    dst = sqlite3.connect(str(dest))
    try:
        src.backup(dst)
        dst.execute("DROP TABLE IF EXISTS store_identity")
        dst.commit()
    finally:
        src.close()
        dst.close()
    return dest


def test_backups_named_the_old_way_still_count_where_the_name_is_unambiguous(
    bundled_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundled_db.close()
    old = _legacy_backup(db_path)
    saved = _export(db_path, tmp_path / "saved.json")
    run(capsys, db_path, "import", str(write(tmp_path / "mine.json", small())))

    assert backup_set.list_backups(db_path)[-1] == old
    code, _out, err = run(capsys, db_path, "db", "restore", str(old))
    assert code == 0, err
    assert _export(db_path, tmp_path / "restored.json") == saved

    other = db_path.with_suffix(".db")  # now the stem is shared: neither database claims the old backup
    open_database(str(other)).close()
    assert old not in backup_set.list_backups(db_path) and old not in backup_set.list_backups(other)
    assert old.exists(), "and rotation never deletes it"


# --- db backup FILE never replaces what is not a backup of this database -----------------------------------


def _records(path: Path) -> int:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(con.execute("SELECT count(*) FROM record").fetchone()[0])
    finally:
        con.close()


@pytest.mark.parametrize("force", [False, True], ids=["plain", "force"])
def test_backup_refuses_to_overwrite_a_file_that_is_not_a_summitry_backup(
    bundled_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], force: bool
) -> None:
    bundled_db.close()
    notes = tmp_path / "notes.txt"
    notes.write_text("Minister's notes\n")
    flag = ["--force"] if force else []

    code, _out, err = run(capsys, db_path, "db", "backup", str(notes), *flag)

    assert code == 1 and str(notes) in err and "Traceback" not in err
    assert notes.read_text() == "Minister's notes\n"


@pytest.mark.parametrize("force", [False, True], ids=["plain", "force"])
def test_backup_refuses_to_overwrite_another_summitry_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], force: bool
) -> None:
    first, second = _two_databases_in_one_folder(tmp_path, capsys)
    before = _records(second)
    flag = ["--force"] if force else []

    code, _out, err = run(capsys, first, "db", "backup", str(second), *flag)

    assert code == 1 and "Traceback" not in err
    assert ("not a backup of this database" if force else "already exists") in err
    assert _records(second) == before


def test_backup_replaces_an_earlier_backup_of_the_same_database_only_with_force(
    bundled_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundled_db.close()
    dest = tmp_path / "weekly.sqlite3"
    assert run(capsys, db_path, "db", "backup", str(dest))[0] == 0
    run(capsys, db_path, "import", str(write(tmp_path / "mine.json", small())))

    code, _out, err = run(capsys, db_path, "db", "backup", str(dest))
    assert code == 1 and "already exists" in err and "--force" in err
    assert _records(dest) < _records(db_path)

    code, _out, err = run(capsys, db_path, "db", "backup", str(dest), "--force")
    assert code == 0, err
    assert _records(dest) == _records(db_path)


def test_backup_refuses_the_database_itself(
    bundled_db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundled_db.close()
    before = _records(db_path)
    code, _out, err = run(capsys, db_path, "db", "backup", str(db_path), "--force")
    assert code == 1 and "is the database itself" in err
    assert _records(db_path) == before


def test_force_never_replaces_a_copy_of_the_database_that_is_in_use(
    bundled_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundled_db.close()
    copy = tmp_path / "colleague.sqlite3"
    assert run(capsys, db_path, "db", "backup", str(copy))[0] == 0
    code, _out, err = run(capsys, copy, "import", str(write(tmp_path / "mine.json", small())))  # now in use
    assert code == 0, err
    before = _records(copy)

    code, _out, err = run(capsys, db_path, "db", "backup", str(copy), "--force")

    assert code == 1 and "not a backup of this database" in err
    assert _records(copy) == before
