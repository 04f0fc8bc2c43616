"""A process killed in the middle of an import leaves the database consistent: the import wholly there or not.

A child process imports a large generated file into a real database file and is killed
with SIGKILL (no cleanup, no rollback, as when the power goes or the process is killed)
at various points of the write; the parent then opens the database and checks it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from model.interchange import importer
from model.maintenance import check
from model.store.database import Database
from model.store.opening import open_database
from tests.model.generated import forum_with_meetings, write

MEETINGS = 1000
ROOT = Path(__file__).resolve().parents[3]

CHILD = """
import sys, time
from pathlib import Path
from model.interchange import importer
from model.store.opening import open_database

pause_at = int(sys.argv[3])
seen = 0

def progress(done, total, phase):
    global seen
    if phase == "Writing records":
        seen += 1
        print(f"writing {seen}", flush=True)
        if seen == pause_at:
            time.sleep(120)  # hold the transaction open until the parent kills us

database = open_database(sys.argv[1])
print("opened", flush=True)
importer.import_file(database, Path(sys.argv[2]), progress)
print("committed", flush=True)
"""


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write(tmp_path_factory.mktemp("data") / "big.json", forum_with_meetings("big", MEETINGS, 4))


def _kill_during_import(db_file: str, data: Path, kill_after: int, pause: bool) -> str:
    """Run the import in a child; SIGKILL it once it has reported ``kill_after`` write steps."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db_file), str(data), str(kill_after if pause else 0)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert child.stdout is not None
    last = ""
    for line in child.stdout:
        last = line.strip()
        if last == f"writing {kill_after}" or last == "committed":
            break
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL or last == "committed"
    return last


def _state(db_file: str) -> tuple[int, int]:
    """(records of the generated forum, agenda items of its meetings), after a full consistency check."""
    database = open_database(db_file)
    try:
        assert check.check_database(database) == [], "integrity, references, dates and search index all hold"
        with database.session() as session:
            conn = session.connection()
            records = conn.execute(text("SELECT count(*) FROM record WHERE id LIKE 'big%'")).scalar()
            agenda = conn.execute(
                text(
                    "SELECT count(*) FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id WHERE m.forum_id = 'big'"
                )
            ).scalar()
        return int(records or 0), int(agenda or 0)
    finally:
        database.close()


@pytest.mark.parametrize(
    ("kill_after", "pause"),
    [(5, True), (2, False), (12, False)],
    ids=["held-mid-transaction", "early-write", "late-write"],
)
def test_killed_import_is_wholly_present_or_absent(
    bundled_db: Database, big_file: Path, kill_after: int, pause: bool
) -> None:
    db_file = bundled_db.target
    bundled_db.close()

    last = _kill_during_import(db_file, big_file, kill_after, pause)

    records, agenda = _state(db_file)
    assert (records, agenda) in [(0, 0), (MEETINGS + 1, MEETINGS * 4)], (last, records, agenda)
    if not pause:
        return
    assert (records, agenda) == (0, 0), "killed inside the transaction: nothing of it is kept"
    # And the database is fully usable afterwards: the same import now goes through.
    database = open_database(db_file)
    try:
        importer.import_file(database, big_file)
    finally:
        database.close()
    assert _state(db_file) == (MEETINGS + 1, MEETINGS * 4)
