"""A second start on the same database hands over to the first (which comes forward) or says who has it."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

import gui.app
from gui.dialogs.open_error_dialog import Choice
from gui.single_instance import SingleInstance
from model.store.database import Database
from tests.gui.answering import answering
from tests.gui.file_dialogs import answering_files

ROOT = Path(__file__).resolve().parents[2]

SECOND = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from gui.single_instance import SingleInstance
app = QCoreApplication([])
guard = SingleInstance(sys.argv[1], Path(sys.argv[2]))
if guard.claim():
    print("claimed", flush=True)
    if len(sys.argv) > 3:
        sys.stdin.readline()
    sys.exit(0)
print("handed-over" if guard.hand_over() else guard.describe_holder(), flush=True)
"""

HOLD_LOCK_ONLY = """
import sys
from pathlib import Path
from model.store import instance_lock
lock = instance_lock.acquire(Path(sys.argv[2]), instance_lock.lock_key(sys.argv[1]))
print("held", flush=True)
sys.stdin.readline()
"""


def _run(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *args], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )


def test_a_start_while_the_first_window_is_still_appearing_waits_for_its_socket(qtbot: QtBot, tmp_path: Path) -> None:
    # run_app claims the lock before its window shows and opens the socket only after the first paint.
    target = str(tmp_path / "summitry.sqlite3")
    first = SingleInstance(target, tmp_path)
    try:
        assert first.claim(listen=False) and first.server is None
        second = _run(SECOND, target, str(tmp_path))
        qtbot.wait(2000)  # the second start is already knocking
        with qtbot.waitSignal(first.activation_requested, timeout=20000):
            first.listen()
        out, _ = second.communicate(timeout=30)
        assert out.strip() == "handed-over" and second.returncode == 0
    finally:
        first.release()


def test_a_second_start_asks_the_first_to_come_forward(qtbot: QtBot, tmp_path: Path) -> None:
    target = str(tmp_path / "summitry.sqlite3")
    first = SingleInstance(target, tmp_path)
    try:
        assert first.claim() and first.server is not None
        with qtbot.waitSignal(first.activation_requested, timeout=20000):
            second = _run(SECOND, target, str(tmp_path))
        out, _ = second.communicate(timeout=30)
        assert out.strip() == "handed-over" and second.returncode == 0
    finally:
        first.release()


def test_when_the_first_does_not_answer_the_second_says_who_has_the_database(tmp_path: Path) -> None:
    target = str(tmp_path / "summitry.sqlite3")
    holder = _run(HOLD_LOCK_ONLY, target, str(tmp_path))
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        guard = SingleInstance(target, tmp_path)
        assert not guard.claim()
        assert not guard.hand_over(timeout_ms=500)
        assert f"process {holder.pid}" in guard.describe_holder() and "already running" in guard.describe_holder()
    finally:
        holder.communicate("\n", timeout=30)


def test_a_start_after_a_killed_instance_takes_over_lock_and_socket(tmp_path: Path) -> None:
    target = str(tmp_path / "summitry.sqlite3")
    killed = _run(SECOND, target, str(tmp_path), "hold")
    assert killed.stdout is not None and killed.stdout.readline().strip() == "claimed"
    os.kill(killed.pid, signal.SIGKILL)
    killed.wait(timeout=30)

    guard = SingleInstance(target, tmp_path)
    try:
        assert guard.claim()
        assert guard.lock is not None and guard.lock.took_over is not None and guard.lock.took_over.pid == killed.pid
        assert guard.server is not None and guard.server.isListening()
    finally:
        guard.release()


def test_different_databases_do_not_block_each_other(tmp_path: Path) -> None:
    a = SingleInstance(str(tmp_path / "a.sqlite3"), tmp_path)
    b = SingleInstance(str(tmp_path / "b.sqlite3"), tmp_path)
    try:
        assert a.claim() and b.claim()
    finally:
        a.release()
        b.release()


def test_no_writable_data_folder_does_not_stop_the_app(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert SingleInstance(str(tmp_path / "a.sqlite3"), blocker / "data").claim()


def _launch_with_lock(qtbot: QtBot, target: Path) -> tuple[Any, SingleInstance]:
    """Start the app on ``target`` holding its single-instance lock, as ``summitry --database target`` does."""
    guard = SingleInstance(str(target))
    assert guard.claim(listen=False)
    _app, window = gui.app.start_app(str(target), lambda w: gui.app.adopt_instance(w, guard))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.is_ready(), timeout=60000)
    return window, guard


def _hands_over(qtbot: QtBot, guard: SingleInstance, target: Path) -> None:
    """A second `summitry` on ``target`` is answered by the window holding ``guard`` and exits."""
    with qtbot.waitSignal(guard.activation_requested, timeout=20000):
        second = _run(SECOND, str(target), str(guard.lock_dir))
    out, _ = second.communicate(timeout=30)
    assert out.strip() == "handed-over"


def _claimed(bundled_db: Database) -> tuple[Path, SingleInstance]:
    """The bundled database's file, closed, and its single-instance lock claimed as run_app claims it (its
    socket not open yet)."""
    target = bundled_db.path
    assert target is not None
    bundled_db.close()
    guard = SingleInstance(str(target))
    assert guard.claim(listen=False)
    return target, guard


def test_the_lock_moves_with_the_database_opened_in_the_window(
    qtbot: QtBot, tmp_path: Path, bundled_db: Database
) -> None:
    first = bundled_db.path
    assert first is not None
    bundled_db.close()
    other = tmp_path / "other" / "mine.sqlite3"
    other.parent.mkdir()
    shutil.copy(first, other)
    window, guard = _launch_with_lock(qtbot, first)
    try:
        with answering_files(other):
            window.action_open_database.trigger()
        assert window.database.path == other

        # A second `summitry` on the database the window now shows hands over to it …
        _hands_over(qtbot, guard, other)
        # … and one on the database it left starts as the only Summitry on it.
        again = _run(SECOND, str(first), str(guard.lock_dir))
        out, _ = again.communicate(timeout=30)
        assert out.strip() == "claimed"
    finally:
        window.close()
        window.close_database()
        guard.release()


def test_a_database_open_in_another_summitry_is_not_opened_twice(
    qtbot: QtBot, tmp_path: Path, bundled_db: Database
) -> None:
    first = bundled_db.path
    assert first is not None
    bundled_db.close()
    other = tmp_path / "other.sqlite3"
    shutil.copy(first, other)
    window, guard = _launch_with_lock(qtbot, first)
    holder = _run(SECOND, str(other), str(guard.lock_dir), "hold")  # another Summitry, on other.sqlite3
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "claimed"
        with answering_files(other), answering(Choice.KEEP) as answers:
            window.action_open_database.trigger()
        assert f"other.sqlite3 is open in another Summitry window (process {holder.pid}" in answers.texts[0]
        assert window.database.path == first, "this window keeps its database"
        # … and its lock: a second start on it hands over to this window.
        _hands_over(qtbot, guard, first)
    finally:
        holder.communicate("\n", timeout=30)
        window.close()
        window.close_database()
        guard.release()


def test_later_starts_are_answered_once_the_archive_shows_not_before_the_first_screen(
    qtbot: QtBot, monkeypatch: Any, bundled_db: Database
) -> None:
    # QtNetwork and the socket are no part of the first screen: they come once the archive has painted.
    target, guard = _claimed(bundled_db)
    listening_at_open: list[bool] = []
    real_open = gui.app.open_or_report

    def spy(window: Any, database: str | None, *more: Any, **named: Any) -> bool:
        listening_at_open.append(guard.server is not None)
        return real_open(window, database, *more, **named)

    monkeypatch.setattr(gui.app, "open_or_report", spy)
    _app, window = gui.app.start_app(str(target), lambda w: gui.app.adopt_instance(w, guard))
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.is_ready(), timeout=60000)
        qtbot.waitUntil(lambda: guard.server is not None, timeout=20000)
        assert listening_at_open == [False]
        _hands_over(qtbot, guard, target)
    finally:
        window.close()
        window.close_database()
        guard.release()


def test_an_archive_slow_to_open_answers_later_starts_while_it_opens(
    qtbot: QtBot, monkeypatch: Any, bundled_db: Database
) -> None:
    # A first start loading the dataset, or a server slow to answer: the window listens meanwhile. The open
    # runs on a worker while the window's event loop turns; here the worker waits for the socket, then has a
    # second start knock before it lets the archive open.
    import time

    from gui.dialogs import open_error_dialog

    target, guard = _claimed(bundled_db)
    windows: list[Any] = []
    seen: list[tuple[bool, bool, str]] = []
    real_open = open_error_dialog.open_and_load

    def slow_open(where: str) -> Database:
        deadline = time.monotonic() + 30
        while guard.server is None and time.monotonic() < deadline:
            time.sleep(0.05)
        listening, shown = guard.server is not None, windows[0].database is not None
        second = _run(SECOND, str(target), str(guard.lock_dir))
        out, _ = second.communicate(timeout=30)
        seen.append((listening, shown, out.strip()))
        return real_open(where)

    monkeypatch.setattr(open_error_dialog, "open_and_load", slow_open)
    _app, window = gui.app.start_app(str(target), lambda w: gui.app.adopt_instance(w, guard))
    windows.append(window)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.is_ready(), timeout=90000)
        assert seen == [(True, False, "handed-over")]  # listening, the archive not shown yet, and answered
    finally:
        window.close()
        window.close_database()
        guard.release()
