"""Two imports into one server archive at once: the second waits for the first (and says so), then both land.

Two real processes, as two analysts' Summitrys would be. The archive's write lock is held by the test while
they start, so both are certain to meet it; released, they go one after the other.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from model.interchange import importer
from model.maintenance import check
from model.store.opening import open_database
from model.store.postgresql_backend import WRITE_LOCK
from tests.backends import TestBackend
from tests.model.datafiles import counts, query, small, write
from tests.model.generated import forum_with_meetings
from tests.postgres import conninfo

ROOT = Path(__file__).resolve().parents[3]
MEETINGS, ITEMS = 25, 4


def _team_file(folder: Path, team: str) -> Path:
    data: dict[str, Any] = forum_with_meetings(team, MEETINGS, ITEMS)
    for meeting in data["meetings"]:
        for item in meeting["agenda"]:
            item["topics"] = ["maritime-piracy", "terrorism"]
    return write(folder / f"{team}.json", data)


def _import(url: str, path: Path) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "gui.cli", "--database", url, "import", str(path)]
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_imports_at_once_both_land(server: TestBackend, tmp_path: Path) -> None:
    import psycopg

    url = server.new_target("bundled")
    files = [_team_file(tmp_path, "team-a"), _team_file(tmp_path, "team-b")]
    with psycopg.connect(conninfo(url)) as holder:  # another import, still writing
        holder.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
        imports = [_import(url, path) for path in files]
        for running in imports:
            assert running.stderr is not None
            assert running.stderr.readline() == "waiting for another import…\n"
    results = [running.communicate(timeout=300) for running in imports]  # the lock went with the transaction
    for running, (out, err) in zip(imports, results, strict=True):
        assert running.returncode == 0, err
        assert out.endswith(f": {MEETINGS + 1} added, 0 updated, 0 unchanged.\n")
    for team in ("team-a", "team-b"):
        assert query(url, "SELECT count(*) FROM meeting WHERE forum_id = ?", team) == [(MEETINGS,)]
        found = query(
            url,
            "SELECT count(*) FROM agenda_topic t JOIN agenda_item a ON a.pk = t.agenda_item_pk "
            "JOIN meeting m ON m.id = a.meeting_id WHERE m.forum_id = ?",
            team,
        )
        assert found == [(MEETINGS * ITEMS * 2,)], "every item's topics found the item's own key"
    database = open_database(url)
    try:
        assert check.check_database(database) == []
    finally:
        database.close()


def test_an_import_waiting_for_another_can_be_cancelled(server: TestBackend, tmp_path: Path) -> None:
    import psycopg

    url = server.new_target("bundled")
    before = counts(url)
    database = open_database(url)
    heard: list[str] = []

    def progress(_done: int, _total: int, phase: str) -> bool:
        heard.append(phase)
        return phase != importer.WAITING  # Cancel, as soon as the dialog says it waits

    try:
        with psycopg.connect(conninfo(url)) as holder:
            holder.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            with pytest.raises(importer.ImportCancelled):
                importer.import_file(database, write(tmp_path / "mine.json", small()), progress)
    finally:
        database.close()
    assert heard[-1] == importer.WAITING == "Waiting for another import…"
    assert counts(url) == before


def test_an_import_takes_no_key_another_writer_is_taking(server: TestBackend, tmp_path: Path) -> None:
    """Keys come from the database, not from max+1: an agenda item another transaction is writing (not yet
    committed) holds the next key, and the import neither waits for it nor collides with it."""
    import psycopg
    from sqlalchemy.engine import make_url

    url = server.new_target("bundled")
    # A write that would wait for the other transaction's row gives up after a while instead of hanging the test.
    impatient = make_url(url).update_query_dict({"options": "-c lock_timeout=5000"}).render_as_string(False)
    with psycopg.connect(conninfo(url)) as other:
        other.execute("INSERT INTO agenda_item (meeting_id, position, title) VALUES ('arf-23', 99, 'Being written')")
        database = open_database(impatient)
        try:
            report = importer.import_file(database, _team_file(tmp_path, "team-c"))
        finally:
            database.close()
        other.rollback()
    assert len(report.added) == MEETINGS + 1
    assert query(url, "SELECT count(*) FROM agenda_item WHERE meeting_id LIKE 'team-c-%'") == [(MEETINGS * ITEMS,)]


@pytest.mark.sqlite_only  # a server's turn-taking is the test above
def test_two_imports_at_once_into_one_file_both_land(backend: TestBackend, tmp_path: Path) -> None:
    """A file's imports take turns at its one write lock: started together, both land, one after the other."""
    import sqlite3
    import time

    path = backend.new_target("bundled")
    files = [_team_file(tmp_path, "team-a"), _team_file(tmp_path, "team-b")]
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer, for a moment: both imports meet the lock
    try:
        imports = [_import(path, p) for p in files]
        time.sleep(1.5)  # well within the 5 s a write waits for the lock
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    results = [running.communicate(timeout=300) for running in imports]
    for running, (out, err) in zip(imports, results, strict=True):
        assert running.returncode == 0, err
        assert out.endswith(f": {MEETINGS + 1} added, 0 updated, 0 unchanged.\n")
    for team in ("team-a", "team-b"):
        assert query(path, "SELECT count(*) FROM meeting WHERE forum_id = ?", team) == [(MEETINGS,)]
    database = open_database(path)
    try:
        assert check.check_database(database) == []
    finally:
        database.close()
