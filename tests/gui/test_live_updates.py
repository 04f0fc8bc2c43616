"""Live updates: another program's import shows in the open window, which keeps the person's place.

Another process (``summitry import``) writes to the window's archive, a SQLite file or a PostgreSQL server; the
window is waited for (``qtbot.waitUntil``: a wait, not a limit on how fast it must be).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from model.store.database import Database
from tests.backends import TestBackend
from tests.gui.menus import menu_action
from tests.model.datafiles import write

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.both_backends
#: How long to wait for another process to start and import (a loaded machine is slow to start Python).
WAIT_MS = 90_000


def _meetings(*numbers: int) -> dict[str, Any]:
    cite = [{"basis": "general-knowledge", "note": "For the test."}]
    return {
        "format": "summitry",
        "version": 1,
        "meetings": [
            {
                "id": f"asean-russia-live-{n}",
                "forum": "asean-russia",
                "title": f"Live meeting {n}",
                "date": f"2026-11-0{n}",
                "citations": cite,
            }
            for n in numbers
        ],
    }


@contextmanager
def _another_analyst(backend: TestBackend, target: str, qtbot: Any, window: Any) -> Iterator[tuple[str, str]]:
    """(the target as another analyst, their name): on a server a login of its own, made an editor. On a
    server the test's databases are dropped as it ends (postgres.analysts): ``window`` first finishes what it
    reads in the background (the counts and filter lists, started a turn after it shows what changed)."""
    if not backend.is_server:
        yield target, Database(target, None, None).user
        return
    from model.store import roles
    from tests import postgres

    with postgres.analysts(backend, "anna") as people:
        roles.grant(target, "editor", people["anna"].user)
        try:
            yield people["anna"].url(target), people["anna"].user
        finally:
            _background_reads_done(qtbot, window)


def _background_reads_done(qtbot: Any, window: Any) -> None:
    """Wait until the window has counted its records and no worker of its is reading."""
    from PySide6.QtCore import QThread

    def done() -> bool:
        busy = [job for job in window.findChildren(QThread) if job.isRunning()]
        return not busy and window.counts_label.text() != "Counting records…"

    qtbot.waitUntil(done, timeout=WAIT_MS)


def _import_elsewhere(target: str, data_file: Path) -> subprocess.Popen[str]:
    program = "import runpy, sys\nsys.argv[0] = 'summitry'\nrunpy.run_module('gui.cli', run_name='__main__')"
    return subprocess.Popen(
        [sys.executable, "-c", program, "--database", target, "import", str(data_file)],
        cwd=ROOT,
        env=dict(os.environ),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_another_programs_import_shows_without_losing_the_place(
    qtbot: Any, window: Any, backend: TestBackend, db_target: str, tmp_path: Path
) -> None:
    model = window.tree_model
    forum = model.index_for_id("asean-russia")
    window.tree.expand(forum)
    window.select_record("arf-23")
    qtbot.waitUntil(lambda: "23rd ASEAN Regional Forum" in window.detail.toPlainText())
    qtbot.waitUntil(lambda: window.counts_label.text() not in ("", "Counting records…"))
    counts = window.counts_label.text()
    history_before = window.action_back.isEnabled()

    with ExitStack() as stack:
        target, author = stack.enter_context(_another_analyst(backend, db_target, qtbot, window))
        done = _import_elsewhere(target, write(tmp_path / "new.json", _meetings(1, 2, 3)))
        stack.callback(done.kill)
        qtbot.waitUntil(lambda: "changed by" in window.live.label.text(), timeout=WAIT_MS)
        _out, err = done.communicate(timeout=60)
        assert done.returncode == 0, err

        assert f"3 records changed by {author}" in window.live.label.text()
        # In place: the forum still open, now with the new meetings; the same record shown; the query kept.
        forum = window.tree_model.index_for_id("asean-russia")
        assert window.tree.isExpanded(forum)
        assert window.tree_model.index_for_id("asean-russia-live-2").isValid()
        assert window.current_record_id() == "arf-23"
        assert "23rd ASEAN Regional Forum" in window.detail.toPlainText()
        assert window.action_back.isEnabled() == history_before  # reading again is not a visit
        qtbot.waitUntil(lambda: window.counts_label.text() not in (counts, "Counting records…"))

        # The link lists them; choosing one shows it.
        label = window.live.label
        qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(label.width() // 2, label.height() // 2))
        qtbot.waitUntil(lambda: window.live.menu.isVisible())
        titles = [a.text() for a in window.live.menu.actions()]
        assert titles == [f"Live meeting {n} (asean-russia-live-{n})" for n in (1, 2, 3)]
        window.live.menu.actions()[1].trigger()
        assert window.current_record_id() == "asean-russia-live-2"
        assert "Live meeting 2" in window.detail.toPlainText()


@pytest.mark.sqlite_only  # search on a server comes with its own issue
def test_the_search_shown_is_run_again_and_keeps_its_query(
    qtbot: Any, window: Any, db_target: str, tmp_path: Path
) -> None:
    window.search.bar.set_query("live meeting")
    qtbot.waitUntil(lambda: window.search.last is not None and window.search.last.result is not None)
    assert window.search.last.result.total == 0
    done = _import_elsewhere(db_target, write(tmp_path / "new.json", _meetings(1, 2)))
    try:
        qtbot.waitUntil(
            lambda: (
                window.search.last is not None
                and window.search.last.result is not None
                and window.search.last.result.total == 2
            ),
            timeout=WAIT_MS,
        )
    finally:
        done.communicate(timeout=60)
    assert window.search.bar.query() == "live meeting"
    assert window.search.results.model.rowCount() == 2


def test_a_readers_window_offers_nothing_that_writes_and_follows_the_editors(
    qtbot: Any, server: TestBackend, tmp_path: Path
) -> None:
    import gui.app
    from model.store import roles
    from model.store.database import READER_WORDS
    from tests import postgres

    url = server.new_target("bundled")
    with postgres.analysts(server, "carol", "bob") as people:
        roles.grant(url, "reader", people["carol"].user)
        roles.grant(url, "editor", people["bob"].user)
        _app, window = gui.app.start_app(people["carol"].url(url))
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.database is not None, timeout=30000)
        qtbot.waitUntil(lambda: READER_WORDS in window.statusBar().currentMessage(), timeout=30000)
        assert not menu_action(qtbot, window, "File", "Import…").isEnabled()
        window.search.bar.set_query("forum:ARF", run=False)
        assert not menu_action(qtbot, window, "File", "Searches", "Save This Search…").isEnabled()
        done = _import_elsewhere(people["bob"].url(url), write(tmp_path / "new.json", _meetings(4)))
        try:
            qtbot.waitUntil(lambda: "changed by" in window.live.label.text(), timeout=WAIT_MS)
        finally:
            done.communicate(timeout=60)
        assert f"1 record changed by {people['bob'].user}" in window.live.label.text()
        assert window.tree_model.index_for_id("asean-russia-live-4").isValid()
        window.close()


_EDIT_ELSEWHERE = """
import sys
from model import edits
from model.store.opening import open_database

database = open_database(sys.argv[1])
ed = edits.load(database, "arf-23")
edits.save(database, ed.kind, {**ed.form, "city": "Luang Prabang"}, ed.version)  # by whoever runs it
database.close()
"""


def test_an_edit_elsewhere_shows_who_changed_the_record_shown(
    qtbot: Any, window: Any, backend: TestBackend, db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.model.datafiles import run

    window.select_record("arf-23")
    qtbot.waitUntil(lambda: "23rd ASEAN Regional Forum" in window.detail.toPlainText())
    assert "Last changed by" not in window.detail.toPlainText()  # as loaded: nobody has changed it
    with _another_analyst(backend, db_target, qtbot, window) as (target, author):
        done = subprocess.Popen(
            [sys.executable, "-c", _EDIT_ELSEWHERE, target], cwd=ROOT, stderr=subprocess.PIPE, text=True
        )
        try:
            qtbot.waitUntil(lambda: "Luang Prabang" in window.detail.toPlainText(), timeout=WAIT_MS)
        finally:
            _out, err = done.communicate(timeout=60)
        assert done.returncode == 0, err
        shown = window.detail.toPlainText()
        assert f"Last changed by {author} on " in shown and " UTC" in shown
        assert window.live.label.text().endswith(f"1 record changed by {author}</a>")
        code, out, _err = run(capsys, db_target, "history", "arf-23")
        assert code == 0 and author in out  # the author as the server (or the computer) knows them
