"""The change feed: what another program changed in the archive, as an open window learns it (no Qt)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from model.interchange import importer
from model.store import change_notes, changes
from model.store.changes import Change, ChangeFeed
from model.store.database import Database
from model.store.opening import open_database
from tests import postgres
from tests.backends import TestBackend
from tests.model.datafiles import write

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.both_backends


def meetings(first: int, count: int) -> dict[str, object]:
    """A data file of ``count`` new meetings of the ASEAN–Russia partnership."""
    cite = [{"basis": "general-knowledge", "note": "For the test."}]
    return {
        "format": "summitry",
        "version": 1,
        "meetings": [
            {"id": f"team-meeting-{n}", "forum": "asean-russia", "title": f"Team meeting {n}", "citations": cite}
            for n in range(first, first + count)
        ],
    }


def summitry_elsewhere(target: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``summitry --database TARGET ARGS`` in another process (another analyst's program)."""
    program = "import runpy, sys\nsys.argv[0] = 'summitry'\nrunpy.run_module('gui.cli', run_name='__main__')"
    return subprocess.run(
        [sys.executable, "-c", program, "--database", target, *args],
        cwd=ROOT,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=300,
    )


def next_change(feed: ChangeFeed, wait_s: float = 20.0) -> Change | None:
    """Poll as a window does until a change arrives (a wait for it, not a limit on how fast it comes)."""
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        found = feed.poll()
        if found is not None:
            return found
        time.sleep(0.05)
    return None


def _hears_an_import(feed: ChangeFeed, url: str, tmp_path: Path) -> None:
    """Another program imports one meeting into ``url``; ``feed`` is told of it."""
    done = summitry_elsewhere(url, "import", str(write(tmp_path / "m.json", meetings(1, 1))))
    assert done.returncode == 0, done.stderr
    change = next_change(feed)
    assert change is not None and change.ids == ("team-meeting-1",)


def _feed(db: Database) -> ChangeFeed:
    feed = changes.feed_for(db)
    assert feed is not None
    return feed


def test_another_programs_import_is_told_with_its_records_and_author(
    bundled_db: Database, db_target: str, tmp_path: Path
) -> None:
    feed = _feed(bundled_db)
    try:
        assert feed.poll() is None  # nothing yet
        done = summitry_elsewhere(db_target, "import", str(write(tmp_path / "m.json", meetings(1, 3))))
        assert done.returncode == 0, done.stderr
        change = next_change(feed)
        assert change is not None
        assert set(change.ids) == {"team-meeting-1", "team-meeting-2", "team-meeting-3"}
        assert change.authors == (bundled_db.user,)  # the same user here, in another program
        assert change.words() == f"3 records changed by {bundled_db.user}"
        assert feed.poll() is None  # told once
    finally:
        feed.close()


def test_a_large_import_sends_how_many_not_every_id(bundled_db: Database, db_target: str, tmp_path: Path) -> None:
    feed = _feed(bundled_db)
    try:
        many = change_notes.LIST_AT_MOST + 50
        done = summitry_elsewhere(db_target, "import", str(write(tmp_path / "m.json", meetings(1, many))))
        assert done.returncode == 0, done.stderr
        change = next_change(feed)
        assert change is not None and change.count == many and change.ids == ()
        assert change.words() == f"{many:,} records changed by {bundled_db.user}"
    finally:
        feed.close()


def test_this_programs_own_writes_are_not_told_back(backend: TestBackend, bundled_db: Database, db_target: str) -> None:
    feed = _feed(bundled_db)
    try:
        importer.import_data(bundled_db, meetings(1, 2), "mine.json")
        assert next_change(feed, wait_s=1.0) is None  # nothing to say: the window showed it already
    finally:
        feed.close()


def test_a_lost_listener_connects_again_and_reads_everything_again(server: TestBackend, tmp_path: Path) -> None:
    from tests import postgres

    url = server.new_target("bundled")
    database = open_database(url)
    feed = _feed(database)
    try:
        postgres.run_sql(  # the server restarted, or the network dropped the feed's connection
            url,
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND query LIKE 'LISTEN%'",
        )
        assert next_change(feed, wait_s=2.0) is None and feed.lost
        assert feed.reconnect() == Change()  # connected: read everything again, quietly
        assert not feed.lost
        _hears_an_import(feed, url, tmp_path)
    finally:
        feed.close()
        database.close()


def test_a_feed_listens_on_the_connection_made_ahead_and_hears_another_programs_import(
    server: TestBackend, tmp_path: Path
) -> None:
    url = server.new_target("bundled")
    database = open_database(url)
    try:
        before = postgres.connections_to(url)
        database.connect_ahead()  # as the worker opening a server archive at launch does
        assert postgres.connections_to(url, before + 1) == before + 1
        feed = _feed(database)
        try:
            assert postgres.connections_to(url) == before + 1  # the window's feed made no connection of its own
            _hears_an_import(feed, url, tmp_path)
        finally:
            feed.close()
        second = _feed(database)  # the connection made ahead is handed out once: the next feed connects anew
        second.close()
    finally:
        database.close()
    assert postgres.connections_to(url, 0) == 0


def test_a_connection_made_ahead_and_never_taken_closes_with_the_archive(server: TestBackend) -> None:
    url = server.new_target("bundled")
    database = open_database(url)
    before = postgres.connections_to(url)
    database.connect_ahead()
    database.connect_ahead()  # asked twice: still one made ahead, the first one closed
    assert postgres.connections_to(url, before + 1) == before + 1
    database.close()
    assert postgres.connections_to(url, 0) == 0
