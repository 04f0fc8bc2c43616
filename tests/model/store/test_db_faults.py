"""Opening faults: each one refused (or opened read-only) with words for the user, the file untouched."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from model.cli import commands
from model.interchange import bundled, importer
from model.store import backup, backup_set, engine, files, recovery, schema, sqlrun
from model.store.database import Database
from model.store.faults import DatabaseOpenError
from model.store.opening import open_database
from tests.model.faults import damage_middle, held_by_another_process, public_dir, write_protected
from tests.model.generated import forum_with_meetings, write

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def summitry_file(bundled_db: Database) -> Path:
    """A real Summitry database with the bundled data, closed (its write-ahead log folded in)."""
    assert bundled_db.path is not None
    bundled_db.close()
    return bundled_db.path


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    with public_dir() as folder:
        yield folder


def _refused(target: Path | str, reason: str) -> DatabaseOpenError:
    with pytest.raises(DatabaseOpenError) as info:
        open_database(str(target))
    assert info.value.reason == reason, info.value
    assert info.value.message and info.value.advice
    return info.value


def _only_sqlite_files(path: Path) -> bool:
    """Nothing beside the file but SQLite's own (empty) companions: nothing moved, copied or written."""
    others = [p for p in path.parent.iterdir() if p != path]
    wal = path.with_name(path.name + "-wal")
    return all(p.name in (path.name + "-wal", path.name + "-shm") for p in others) and (
        not wal.exists() or wal.stat().st_size == 0
    )


def _cli(capsys: pytest.CaptureFixture[str], target: Path | str, *argv: str) -> tuple[int, str]:
    code = commands.main(["--database", str(target), *argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out + err


def test_damaged_pages_are_reported_as_corrupt_and_the_file_is_left_alone(
    summitry_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damage_middle(summitry_file)
    before = summitry_file.read_bytes()
    error = _refused(summitry_file, "corrupt")
    assert "damaged" in error.message and "Restore newest verified backup" in error.advice
    code, text = _cli(capsys, summitry_file, "show", "arf-23")
    assert code == 1 and "damaged" in text
    assert summitry_file.read_bytes() == before, "nothing is written to a damaged file"
    assert _only_sqlite_files(summitry_file)


def test_damage_in_a_large_file_is_reported_by_the_first_query_that_meets_it(
    summitry_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "QUICK_CHECK_MAX_BYTES", 0)  # too big to check at open
    damage_middle(summitry_file, pages=40)
    database = open_database(str(summitry_file))
    try:
        with pytest.raises(DatabaseOpenError) as info, database.session() as session:
            conn = session.connection()
            for table in ("record", "meeting", "citation", "source", "agenda_item", "record_fts"):
                conn.exec_driver_sql(f"SELECT * FROM {table}").fetchall()
        assert info.value.reason == "corrupt"
    finally:
        database.close()


def test_damage_met_by_the_windows_reads_is_reported_as_corrupt_too(
    summitry_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The tree, the timeline and the detail pane read straight on sqlite3 (Database.reader), not through
    # SQLAlchemy: the same words must reach the user.
    monkeypatch.setattr(files, "QUICK_CHECK_MAX_BYTES", 0)
    damage_middle(summitry_file, pages=40)
    database = open_database(str(summitry_file))
    try:
        with pytest.raises(DatabaseOpenError) as info, database.reader() as conn:
            for table in ("record", "meeting", "citation", "source", "agenda_item", "record_fts"):
                sqlrun.text_rows(conn, f"SELECT * FROM {table}")
        assert info.value.reason == "corrupt" and "Restore newest verified backup" in info.value.advice
    finally:
        database.close()


def test_a_file_that_is_not_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("Minister's notes, not a database\n" * 100)
    error = _refused(notes, "not-sqlite")
    assert "not a database file" in error.message
    code, text = _cli(capsys, notes, "db", "check")
    assert code == 1 and "not a database file" in text
    assert notes.read_text().startswith("Minister's notes")


def test_another_applications_sqlite_file(tmp_path: Path) -> None:
    other = tmp_path / "places.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    con.execute("INSERT INTO moz_places (url) VALUES ('https://asean.org')")
    con.commit()
    con.close()
    before = other.read_bytes()
    error = _refused(other, "foreign")
    assert "another application" in error.message and "untouched" in error.advice
    assert other.read_bytes() == before


def test_a_database_from_a_newer_summitry(summitry_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    con = sqlite3.connect(summitry_file)
    con.execute(f"PRAGMA user_version={schema.SCHEMA_VERSION + 1}")
    con.close()
    before = summitry_file.read_bytes()
    error = _refused(summitry_file, "too-new")
    assert "newer Summitry" in error.message and "Update Summitry" in error.advice
    code, text = _cli(capsys, summitry_file, "show", "arf-23")
    assert code != 0 and "newer Summitry" in text
    assert summitry_file.read_bytes() == before


def test_a_data_directory_that_cannot_exist(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")
    target = blocker / "Summitry" / "summitry.sqlite3"
    error = _refused(target, "unwritable")
    assert "Cannot create the folder" in error.message and "Open another database" in error.advice
    code, text = _cli(capsys, target, "import", "whatever.json")
    assert code == 1 and "Cannot create the folder" in text


def test_a_data_directory_that_is_not_writable(shared_folder: Path) -> None:
    folder = shared_folder / "Summitry"
    folder.mkdir()
    with write_protected(folder):
        error = _refused(folder / "summitry.sqlite3", "unwritable")
    assert "not writable" in error.message
    assert list(folder.iterdir()) == []


def test_read_only_media_opens_read_only_and_says_so(
    summitry_file: Path, shared_folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # As root the test drops to `nobody`, who may not read the checkout itself (CI clones into a
    # private folder): read the bundled dataset while still allowed to.
    data = bundled.read_bundled()
    monkeypatch.setattr(bundled, "read_bundled", lambda: data)
    # A database copied to a read-only medium: no -shm can be created beside it.
    medium = shared_folder / "cdrom"
    medium.mkdir()
    copy = medium / "summitry.sqlite3"
    shutil.copy(summitry_file, copy)
    copy.chmod(0o644)
    generated = write(shared_folder / "new.json", forum_with_meetings("genf", 2))
    generated.chmod(0o644)
    with write_protected(copy, medium):
        database = open_database(str(copy))
        try:
            assert database.readonly and "read-only" in (database.readonly_reason or "")
            assert bundled.ensure_bundled(database) is None, "reading works: the bundled data is there"
            with pytest.raises(DatabaseOpenError) as info:
                importer.import_file(database, generated)
            assert info.value.reason == "read-only" and "Copy it somewhere writable" in info.value.advice
        finally:
            database.close()
        code, text = _cli(capsys, copy, "show", "arf-23")
    assert code == 0 and "read-only" in text and "ARF" in text
    assert sorted(p.name for p in medium.iterdir()) == ["summitry.sqlite3"]


def test_a_database_kept_busy_by_another_process_says_try_again(
    summitry_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(files, "BUSY_TIMEOUT_MS", 200)
    with held_by_another_process(summitry_file):
        error = _refused(summitry_file, "busy")
        assert "try again" in error.advice
        code, text = _cli(capsys, summitry_file, "show", "arf-23")
        assert code == 1 and "busy" in text
    open_database(str(summitry_file)).close()  # and once the other program lets go, it opens


def test_a_write_blocked_by_another_writer_says_busy(
    summitry_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)  # the writes' connections
    database = open_database(str(summitry_file))
    other = sqlite3.connect(summitry_file, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another process in the middle of a write (WAL: reads still work)
        with pytest.raises(DatabaseOpenError) as info:
            importer.import_file(database, write(tmp_path / "g.json", forum_with_meetings("genf", 2)))
        assert info.value.reason == "busy"
    finally:
        other.execute("ROLLBACK")
        other.close()
        database.close()


# --- recovery, only when the user chooses it -------------------------------------------------------------


def test_restore_newest_verified_backup_sets_the_damaged_file_aside(summitry_file: Path) -> None:
    database = open_database(str(summitry_file))
    good = backup.backup_database(database, backup_set.backup_path_for(summitry_file, "auto"))
    database.close()
    broken = backup_set.backup_path_for(summitry_file, "auto")  # newer, but damaged: skipped
    shutil.copy(good, broken)
    damage_middle(broken)
    damage_middle(summitry_file)
    damaged = summitry_file.read_bytes()

    done = recovery.restore_newest(summitry_file)

    assert done.restored_from == good and done.set_aside is not None
    assert done.set_aside.read_bytes() == damaged, "the damaged file is kept, byte for byte"
    assert "kept as" in done.summary(summitry_file)
    database = open_database(str(summitry_file))
    try:
        assert bundled.ensure_bundled(database) is None
    finally:
        database.close()


def test_without_a_usable_backup_nothing_is_moved(summitry_file: Path) -> None:
    damage_middle(summitry_file)
    with pytest.raises(backup.BackupError, match="no usable backup"):
        recovery.restore_newest(summitry_file)
    assert _only_sqlite_files(summitry_file)


def test_start_fresh_keeps_the_damaged_file_and_opens_an_empty_database(summitry_file: Path) -> None:
    damage_middle(summitry_file)
    done = recovery.start_fresh(summitry_file)
    assert done.set_aside is not None and done.set_aside.exists() and not summitry_file.exists()
    database = open_database(str(summitry_file))
    database.close()
    assert summitry_file.exists()


def test_command_line_restore_recovers_a_damaged_database(
    summitry_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = open_database(str(summitry_file))
    backup.auto_backup(database, "auto")
    database.close()
    damage_middle(summitry_file)
    code, text = _cli(capsys, summitry_file, "db", "restore")
    assert code == 0 and "Restored" in text and "damaged file is kept" in text
    code, text = _cli(capsys, summitry_file, "db", "check")
    assert code == 0 and "no problems found" in text


def test_a_damaged_database_larger_than_the_open_check_is_restored_from_the_command_line(
    summitry_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    database = open_database(str(summitry_file))
    backup.auto_backup(database, "auto")
    database.close()
    monkeypatch.setattr(files, "QUICK_CHECK_MAX_BYTES", 0)  # too big to check at open: it opens
    damage_middle(summitry_file, pages=40)
    damaged = summitry_file.read_bytes()

    code, text = _cli(capsys, summitry_file, "db", "restore")

    assert code == 0, text
    assert "Restored" in text and "damaged file is kept" in text and ".part" not in text
    (aside,) = summitry_file.parent.glob("*.damaged-*[0-9]")
    assert aside.read_bytes() == damaged, "the damaged file is kept, byte for byte"
    code, text = _cli(capsys, summitry_file, "db", "check")
    assert code == 0 and "no problems found" in text


def test_backing_up_a_damaged_database_blames_the_database_not_the_copy(
    summitry_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "QUICK_CHECK_MAX_BYTES", 0)
    damage_middle(summitry_file, pages=40)
    dest = summitry_file.parent / "copy.sqlite3"

    code, text = _cli(capsys, summitry_file, "db", "backup", str(dest))

    assert code == 1 and f"{summitry_file} is damaged" in text and "db restore" in text
    assert ".part" not in text and not dest.exists()
    assert [p.name for p in summitry_file.parent.glob("*.part")] == []


def test_a_damaged_rollback_journal_database_is_not_changed_by_opening_it(
    summitry_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    con = sqlite3.connect(summitry_file)
    assert con.execute("PRAGMA journal_mode=DELETE").fetchone() == ("delete",)
    con.close()
    monkeypatch.setattr(files, "QUICK_CHECK_MAX_BYTES", 0)  # larger than the open check: a first write would not wait
    damage_middle(summitry_file, pages=40)
    before = summitry_file.read_bytes()

    for argv in (["show", "arf-23"], ["search", "piracy"], ["db", "check"], ["import", "nothing.json"]):
        code, text = _cli(capsys, summitry_file, *argv)
        assert code == 1 and "damaged" in text, (argv, text)
        assert summitry_file.read_bytes() == before, f"'{' '.join(argv)}' changed the damaged file"


def test_a_backup_from_read_only_media_is_written_where_asked(
    summitry_file: Path, shared_folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = bundled.read_bundled()
    monkeypatch.setattr(bundled, "read_bundled", lambda: data)
    medium = shared_folder / "cdrom"
    medium.mkdir()
    copy = medium / "summitry.sqlite3"
    shutil.copy(summitry_file, copy)
    copy.chmod(0o644)
    out_dir = shared_folder / "out"
    out_dir.mkdir()
    out_dir.chmod(0o777)
    dest = out_dir / "from-cd.sqlite3"
    with write_protected(copy, medium):
        code, text = _cli(capsys, copy, "db", "backup", str(dest))
    assert code == 0, text
    assert f"Backup written and verified: {dest}" in text
    assert sorted(p.name for p in medium.iterdir()) == ["summitry.sqlite3"]
    backup.verify(dest)


FULL_DISK = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, as on a full disk
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from model.cli import commands
sys.exit(commands.main(sys.argv[2:]))
"""


@pytest.mark.parametrize("damaged", [True, False], ids=["damaged", "healthy"])
def test_a_restore_that_runs_out_of_disk_leaves_the_database_where_it_was(summitry_file: Path, damaged: bool) -> None:
    database = open_database(str(summitry_file))
    saved = backup.backup_database(database, summitry_file.parent / "saved.sqlite3")
    database.close()
    if damaged:
        damage_middle(summitry_file)
    before = summitry_file.read_bytes()
    limit = str(len(before) // 4)  # room for the small files Python writes, not for a copy of the database

    done = subprocess.run(
        [sys.executable, "-c", FULL_DISK, limit, "--database", str(summitry_file), "db", "restore", str(saved)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert done.returncode == 1, done.stdout + done.stderr
    assert "Nothing was changed" in done.stderr and "Traceback" not in done.stderr
    assert summitry_file.read_bytes() == before, "the database is where it was, as it was"
    assert not [p for p in summitry_file.parent.iterdir() if ".damaged-" in p.name or p.name.endswith(".part")]


APP_HOLDING_THE_DATABASE = """
import sys
from model.store import instance_lock
from model.store.location import data_dir, resolve_target
lock = instance_lock.acquire(data_dir(), instance_lock.lock_key(resolve_target(sys.argv[1])))
print("held", flush=True)
sys.stdin.readline()
"""


def test_a_damaged_database_open_in_the_app_is_not_replaced_from_the_command_line(
    summitry_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = open_database(str(summitry_file))
    backup.auto_backup(database, "auto")
    database.close()
    damage_middle(summitry_file)
    before = summitry_file.read_bytes()
    app = subprocess.Popen(
        [sys.executable, "-c", APP_HOLDING_THE_DATABASE, str(summitry_file)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert app.stdout is not None and app.stdout.readline().strip() == "held"
        code, text = _cli(capsys, summitry_file, "db", "restore")
    finally:
        app.communicate("\n", timeout=30)

    assert code == 1 and f"Summitry is running with {summitry_file} (process {app.pid}" in text
    assert "Nothing was changed" in text
    assert summitry_file.read_bytes() == before and not list(summitry_file.parent.glob("*.damaged-*"))
    code, text = _cli(capsys, summitry_file, "db", "restore")  # the window closed: now it can be replaced
    assert code == 0 and "damaged file is kept" in text
