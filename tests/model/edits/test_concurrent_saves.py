"""Two Summitrys saving the same record at once, from the same version: one wins, the other is refused with the
winner's change shown, and nothing is overwritten. Two real processes, on a file and on a server.

The record's write lock is held by the test while both save (a file's write lock; on a server, the record's row
locked), so both meet it; released, the first to get it saves and the second finds it changed.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from model import edits
from model.store.database import Database
from model.store.opening import open_database
from tests.backends import TestBackend
from tests.postgres import conninfo

ROOT = Path(__file__).resolve().parents[3]


def _saver(target: str, city: str, who: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "tests.model.edits.saver", target, "arf-23", city, who]
    return subprocess.Popen(
        command, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


@contextmanager
def _record_locked(backend: TestBackend, target: str) -> Iterator[object]:
    """Another writer holding arf-23 (on a server: its row; in a file: the file's one write lock)."""
    if backend.is_server:
        import psycopg

        with psycopg.connect(conninfo(target)) as holder:
            holder.execute("SELECT version FROM record WHERE id = 'arf-23' FOR UPDATE")
            yield holder
    else:
        holder = sqlite3.connect(target, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            yield holder
        finally:
            holder.execute("ROLLBACK")
            holder.close()


def _both_waiting(holder: object) -> None:
    """On a server, wait until both savers wait for the row (a file's waiters cannot be seen: they retry)."""
    for _ in range(600):
        waiting = holder.execute(  # type: ignore[attr-defined]
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()"
        ).fetchone()[0]
        if waiting >= 2:
            return
        time.sleep(0.05)


def test_two_processes_saving_one_record_one_wins_and_the_other_sees_its_change(
    backend: TestBackend, bundled_db: Database
) -> None:
    target = bundled_db.target
    savers = {"ann": _saver(target, "Ann's city", "ann"), "bob": _saver(target, "Bob's city", "bob")}
    for running in savers.values():
        assert running.stdout is not None
        assert running.stdout.readline() == "loaded 1\n"
    with _record_locked(backend, target) as holder:
        for running in savers.values():
            assert running.stdin is not None
            running.stdin.write("go\n")
            running.stdin.flush()
        if backend.is_server:
            _both_waiting(holder)
    said = {who: running.communicate(timeout=120) for who, running in savers.items()}
    for who, (_out, err) in said.items():
        assert savers[who].returncode == 0, err
    outcomes = sorted(out.strip() for out, _err in said.values())
    winner = "ann" if said["ann"][0].strip() == "saved 2" else "bob"
    winner_city = {"ann": "Ann's city", "bob": "Bob's city"}[winner]
    assert outcomes == sorted(["saved 2", f"conflict {winner} {winner_city}"])
    database = open_database(target)
    try:
        now = edits.load(database, "arf-23")
        assert (now.version, now.form["city"]) == (2, winner_city)
        assert [r.author for r in edits.history(database, "arf-23")] == [winner]
    finally:
        database.close()
