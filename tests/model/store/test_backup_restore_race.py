"""A restore racing an import loses neither: the import is in the safety copy, or applies after the restore.

The restore holds the database's write lock from before its safety copy (the database as it was) until the
restored pages are committed, so an import that was writing finishes first and is in the safety copy, and
one that starts meanwhile waits and applies after the restore (or says the database was busy).
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from model.interchange import bundled, importer
from model.store import backup, restore
from model.store.database import Database
from model.store.faults import DatabaseOpenError
from model.store.opening import open_database
from tests.model.generated import forum_with_meetings, write

ROOT = Path(__file__).resolve().parents[3]

IMPORT_PAUSED_MID_WRITE = """
import sys
from pathlib import Path
from model.interchange import importer
from model.store.opening import open_database

seen = 0

def progress(done, total, phase):
    global seen
    if phase == "Writing records":
        seen += 1
        if seen == 2:  # rows written, transaction open: wait for the parent
            print("writing", flush=True)
            sys.stdin.readline()

database = open_database(sys.argv[1])
report = importer.import_file(database, Path(sys.argv[2]), progress)
database.close()
print(report.summary(), flush=True)
"""


def _count(path: Path, like: str) -> int:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(con.execute("SELECT count(*) FROM record WHERE id LIKE ?", (like,)).fetchone()[0])
    finally:
        con.close()


@pytest.fixture
def database_and_backup(bundled_db: Database, tmp_path: Path) -> tuple[Path, Path]:
    assert bundled_db.path is not None
    saved = backup.backup_database(bundled_db, tmp_path / "saved.sqlite3")
    bundled_db.close()
    return bundled_db.path, saved


def test_a_restore_started_while_an_import_is_writing_keeps_the_import_in_its_safety_copy(
    database_and_backup: tuple[Path, Path], tmp_path: Path
) -> None:
    db_file, saved = database_and_backup
    data = write(tmp_path / "big.json", forum_with_meetings("big", 300))
    importing = subprocess.Popen(
        [sys.executable, "-c", IMPORT_PAUSED_MID_WRITE, str(db_file), str(data)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert importing.stdout is not None and importing.stdin is not None
    assert importing.stdout.readline().strip() == "writing"
    restoring = subprocess.Popen(
        [sys.executable, "-m", "gui.cli", "--database", str(db_file), "db", "restore", str(saved)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    said: list[str] = []
    assert restoring.stderr is not None
    reader = threading.Thread(target=lambda: said.extend(iter(restoring.stderr.readline, "")), daemon=True)
    reader.start()
    # Let the import commit once the restore is under way: either it says it is waiting for the import,
    # or (the fault this test is for) it has already copied the database as it was, without the import.
    safety_copies = db_file.parent / "backups"
    deadline = time.monotonic() + 120
    while not any("Waiting" in line for line in said) and not list(safety_copies.glob("*before-restore*")):
        assert restoring.poll() is None, said
        assert time.monotonic() < deadline, "the restore neither waited nor went ahead"
        time.sleep(0.02)
    imported, _ = importing.communicate("\n", timeout=120)
    restored, _ = restoring.communicate(timeout=120)
    reader.join(timeout=30)

    assert importing.returncode == 0 and "301 added" in imported
    assert restoring.returncode == 0, said
    (safety,) = safety_copies.glob("*before-restore*.sqlite3")
    assert f"kept at {safety}" in restored
    assert _count(safety, "big%") == 301, "the import is in the copy of the database as it was"
    assert _count(db_file, "big%") == 0, "and the database is the backup"
    assert "Waiting for another program to finish writing" in "".join(said), "the user knew why it paused"


def test_an_import_started_while_a_restore_holds_the_database_applies_after_it_or_says_busy(
    database_and_backup: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_file, saved = database_and_backup
    data = write(tmp_path / "new.json", forum_with_meetings("late", 3))
    copying = threading.Event()
    let_go = threading.Event()
    real_copy = restore.copy_verified

    def slow_safety_copy(source: Path, dest: Path) -> Path:
        copying.set()  # the restore holds the write lock now
        let_go.wait(60)
        return real_copy(source, dest)

    monkeypatch.setattr(restore, "copy_verified", slow_safety_copy)
    restorer = threading.Thread(target=lambda: restore.restore(db_file, saved))
    restorer.start()
    assert copying.wait(60)
    outcome: list[object] = []

    def run_import() -> None:
        database = open_database(str(db_file))
        try:
            outcome.append(importer.import_file(database, data, back_up=False))
        except DatabaseOpenError as exc:
            outcome.append(exc)
        finally:
            database.close()

    importing = threading.Thread(target=run_import)
    importing.start()
    let_go.set()
    restorer.join(120)
    importing.join(120)

    (result,) = outcome
    if isinstance(result, DatabaseOpenError):
        assert result.reason == "busy", result  # told, and nothing written: the user imports again
        assert _count(db_file, "late%") == 0
    else:
        assert _count(db_file, "late%") == 4, "the import waited for the restore and applied after it"
    database = open_database(str(db_file))
    try:
        assert bundled.ensure_bundled(database) is None, "the restored database is whole"
    finally:
        database.close()
