"""A second Summitry on the same database is detected; a lock left by a killed process is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from model.store import instance_lock

HOLD_SCRIPT = """
import sys
from pathlib import Path
from model.store import instance_lock
lock = instance_lock.acquire(Path(sys.argv[1]), sys.argv[2], use_fcntl=sys.argv[3] == "1")
print("held", flush=True)
sys.stdin.readline()
lock.release()
"""

ROOT = Path(__file__).resolve().parents[3]


def _holder(lock_dir: Path, key: str, use_fcntl: bool) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_SCRIPT, str(lock_dir), key, "1" if use_fcntl else "0"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    return child


@pytest.mark.parametrize("use_fcntl", [True, False], ids=["flock", "exclusive-create"])
def test_a_second_instance_is_told_who_holds_the_database(tmp_path: Path, use_fcntl: bool) -> None:
    key = instance_lock.lock_key(str(tmp_path / "summitry.sqlite3"))
    child = _holder(tmp_path, key, use_fcntl)
    try:
        with pytest.raises(instance_lock.AlreadyRunning) as info:
            instance_lock.acquire(tmp_path, key, use_fcntl=use_fcntl)
        holder = info.value.holder
        assert holder is not None and holder.pid == child.pid
        assert holder.server == instance_lock.server_name(key), "the second instance knows whom to hand over to"
        assert str(child.pid) in str(info.value) and "already running" in str(info.value)
    finally:
        child.communicate("\n", timeout=30)
    with instance_lock.acquire(tmp_path, key, use_fcntl=use_fcntl) as lock:
        assert lock.took_over is None, "a lock released properly is not stale"


@pytest.mark.parametrize("use_fcntl", [True, False], ids=["flock", "exclusive-create"])
def test_a_lock_left_by_a_killed_process_is_taken_over(tmp_path: Path, use_fcntl: bool) -> None:
    key = instance_lock.lock_key(str(tmp_path / "summitry.sqlite3"))
    child = _holder(tmp_path, key, use_fcntl)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)

    lock = instance_lock.acquire(tmp_path, key, use_fcntl=use_fcntl)
    try:
        assert lock.took_over is not None and lock.took_over.pid == child.pid
        assert lock.holder.pid == os.getpid()
        assert instance_lock.read_holder(lock.path) == lock.holder
    finally:
        lock.release()


def test_the_same_database_by_another_path_is_the_same_lock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert instance_lock.lock_key("db.sqlite3") == instance_lock.lock_key(str(tmp_path / "db.sqlite3"))
    assert instance_lock.lock_key("db.sqlite3") != instance_lock.lock_key("other.sqlite3")


def test_a_lock_folder_that_cannot_exist_raises_oserror(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OSError):
        instance_lock.acquire(blocker / "locks", "k")
