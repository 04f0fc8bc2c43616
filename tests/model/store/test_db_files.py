"""The database's files on disk: what a copy of the file holds, their permissions, nothing left lying about."""

from __future__ import annotations

import _strptime  # noqa: F401 - loaded before a test drops privileges (nobody cannot read the interpreter's folder)
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from model.interchange import bundled, importer
from model.store import backup, backup_set, restore
from model.store.database import Database
from model.store.opening import open_database
from tests.model.datafiles import small, write
from tests.model.faults import NOBODY, damage_middle, public_dir
from tests.model.generated import forum_with_meetings

ROOT = Path(__file__).resolve().parents[3]


def _ids_in_a_copy_of_the_file_alone(db_file: Path, folder: Path, *ids: str) -> list[str]:
    """Copy only the ``.sqlite3`` file (what a user copies) and list which of ``ids`` the copy has."""
    folder.mkdir(exist_ok=True)
    copy = folder / db_file.name
    shutil.copyfile(db_file, copy)
    con = sqlite3.connect(copy)
    try:
        marks = ",".join("?" * len(ids))
        return sorted(r[0] for r in con.execute(f"SELECT id FROM record WHERE id IN ({marks})", ids))
    finally:
        con.close()


# --- a copy of the file alone holds the data ---------------------------------------------------------------


def test_a_copy_of_the_file_has_the_bundled_data_right_after_the_first_load(db_path: Path, tmp_path: Path) -> None:
    database = open_database(str(db_path))
    try:
        bundled.ensure_bundled(database)
        found = _ids_in_a_copy_of_the_file_alone(db_path, tmp_path / "copy", "arf-23", "asean")
    finally:
        database.close()
    assert found == ["arf-23", "asean"]


def test_a_copy_of_the_file_has_an_import_while_the_database_is_still_open(
    bundled_db: Database, db_path: Path, tmp_path: Path
) -> None:
    importer.import_file(bundled_db, write(tmp_path / "mine.json", small()))
    assert _ids_in_a_copy_of_the_file_alone(db_path, tmp_path / "copy", "ex-meeting") == ["ex-meeting"]


def test_closing_folds_in_what_a_reader_kept_in_the_log(bundled_db: Database, db_path: Path, tmp_path: Path) -> None:
    other = sqlite3.connect(db_path, isolation_level=None)  # another program reading, as DB Browser does
    try:
        other.execute("BEGIN")
        other.execute("SELECT count(*) FROM record").fetchone()  # its snapshot keeps the import in the log
        importer.import_file(bundled_db, write(tmp_path / "mine.json", small()))
        other.execute("COMMIT")
        bundled_db.close()  # the other program still has the file open, so SQLite would not fold the log in
        assert _ids_in_a_copy_of_the_file_alone(db_path, tmp_path / "copy", "ex-meeting") == ["ex-meeting"]
    finally:
        other.close()


# --- permissions ----------------------------------------------------------------------------------------------


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_backups_restores_and_safety_copies_keep_the_databases_permissions(
    bundled_db: Database, db_path: Path, tmp_path: Path
) -> None:
    bundled_db.close()
    db_path.chmod(0o600)
    database = open_database(str(db_path))
    try:
        manual = backup.backup_database(database, tmp_path / "manual.sqlite3")
        automatic = backup.auto_backup(database, "auto")
    finally:
        database.close()
    assert automatic is not None
    assert (_mode(manual), _mode(automatic)) == (0o600, 0o600)

    done = restore.restore(db_path, manual)
    assert done.safety is not None and _mode(done.safety) == 0o600
    assert _mode(db_path) == 0o600

    damage_middle(db_path)
    replaced = restore.restore(db_path, manual)
    assert replaced.set_aside is not None, "a damaged database is replaced by a new file"
    assert _mode(db_path) == 0o600 and _mode(replaced.set_aside) == 0o600


def test_a_database_marked_read_only_opens_read_only_and_leaves_no_read_only_companions(
    bundled_db: Database, db_path: Path, tmp_path: Path
) -> None:
    bundled_db.close()
    db_path.chmod(0o444)  # root may write it anyway: the marks say the user wants it left alone
    database = open_database(str(db_path))
    try:
        assert database.readonly and "read-only" in (database.readonly_reason or "")
        assert bundled.ensure_bundled(database) is None, "it reads"
    finally:
        database.close()
    assert sorted(p.name for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)) == [db_path.name]

    db_path.chmod(0o644)
    database = open_database(str(db_path))
    try:
        assert not database.readonly
        report = importer.import_file(database, write(tmp_path / "mine.json", small()))
    finally:
        database.close()
    assert "ex-meeting" in report.added


@contextmanager
def _as_owner(path: Path) -> Iterator[None]:
    """Run as the owner of ``path``, an ordinary user whose file permissions count (root drops to nobody)."""
    if os.geteuid() != 0:
        yield
        return
    os.chown(path, NOBODY, NOBODY)
    os.setegid(NOBODY)
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


def test_a_database_opened_while_read_only_can_be_written_once_made_writable_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = bundled.read_bundled()
    monkeypatch.setattr(bundled, "read_bundled", lambda: data)  # nobody may not read the checkout
    with public_dir() as folder:
        folder.chmod(0o777)
        db_file = folder / "shared.sqlite3"
        database = open_database(str(db_file))
        bundled.ensure_bundled(database)
        database.close()
        new = write(folder / "new.json", forum_with_meetings("genf", 2))
        new.chmod(0o644)
        db_file.chmod(0o444)
        with _as_owner(db_file):
            database = open_database(str(db_file))  # read-only for its owner too
            try:
                assert database.readonly and bundled.ensure_bundled(database) is None
            finally:
                database.close()
            left = {p.name: _mode(p) for p in folder.iterdir() if p.name.startswith(db_file.name + "-")}
            db_file.chmod(0o644)  # the owner makes it writable again
            database = open_database(str(db_file))
            try:
                report = importer.import_file(database, new, back_up=False)
            finally:
                database.close()
    assert all(mode & 0o200 for mode in left.values()), f"read-only companions left behind: {left}"
    assert len(report.added) == 3


# --- stale .part files ----------------------------------------------------------------------------------------

BACKUP_STOPPED_BEFORE_ITS_CHECK = """
import sys
from model.store import backup
from model.store.opening import open_database

def stop(path):
    print("writing", flush=True)
    sys.stdin.readline()

backup.verify = stop  # the copy is written, not yet checked and moved into place
database = open_database(sys.argv[1])
backup.auto_backup(database, "before-import")
"""


def _parts(db_file: Path) -> list[str]:
    return sorted(p.name for p in backup_set.backup_dir(db_file).glob("*.part*"))


def test_a_part_file_left_by_a_killed_backup_is_removed_at_the_next_open_and_not_before(
    bundled_db: Database, db_path: Path
) -> None:
    bundled_db.close()
    child = subprocess.Popen(
        [sys.executable, "-c", BACKUP_STOPPED_BEFORE_ITS_CHECK, str(db_path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "writing"
        (part,) = _parts(db_path)
        open_database(str(db_path)).close()
        assert _parts(db_path) == [part], "a .part another process is writing is left alone"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert _parts(db_path) == [part], "killed: nothing cleaned up after it"

    open_database(str(db_path)).close()

    assert _parts(db_path) == []
    assert [b.label for b in backup_set.backups_of(db_path)] == [], "and no half-written backup counts as one"
