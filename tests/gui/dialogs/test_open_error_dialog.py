"""When the database cannot be opened, the dialog says what is wrong and each way out works."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from gui.dialogs.open_error_dialog import Choice, OpenErrorDialog, choices_for, open_interactively
from model.store import backup, files, schema
from model.store import opening as db
from tests.gui.answering import Answers, answering
from tests.gui.file_dialogs import answering_files
from tests.model.faults import damage_middle, held_by_another_process


@pytest.fixture
def answer(qtbot: QtBot) -> Iterator[Callable[..., Answers]]:
    with ExitStack() as stack:
        yield lambda *queue: stack.enter_context(answering(*queue))


@pytest.fixture
def db_file(bundled_db: db.Database) -> Path:
    assert bundled_db.path is not None
    bundled_db.close()
    return bundled_db.path


def _meetings(database: db.Database) -> int:
    with database.session() as session:
        return int(session.connection().exec_driver_sql("SELECT count(*) FROM meeting").scalar() or 0)


def test_a_damaged_database_is_restored_from_the_newest_verified_backup(
    qtbot: QtBot, answer: Callable[..., Answers], db_file: Path
) -> None:
    database = db.open_database(str(db_file))
    saved = backup.auto_backup(database, "auto")
    database.close()
    damage_middle(db_file)
    damaged = db_file.read_bytes()
    answers = answer(Choice.RESTORE)

    opened = open_interactively(str(db_file))

    assert opened is not None
    try:
        assert "damaged" in answers.texts[0]
        assert saved is not None and saved.name in answers.seen[0].buttons[Choice.RESTORE].description()
        assert _meetings(opened.database) > 0
        assert any("kept as" in n for n in opened.notes)
    finally:
        opened.database.close()
    aside = [p for p in db_file.parent.iterdir() if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm"))]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged, "the damaged file is set aside, not deleted"


def test_without_a_backup_the_user_can_start_a_new_database_which_begins_with_the_bundled_data(
    qtbot: QtBot, answer: Callable[..., Answers], db_file: Path
) -> None:
    damage_middle(db_file)
    answers = answer(Choice.START_FRESH)
    opened = open_interactively(str(db_file))
    assert opened is not None
    try:
        assert not answers.seen[0].buttons[Choice.RESTORE].isEnabled()
        assert "No backup" in answers.seen[0].buttons[Choice.RESTORE].description()
        start = answers.seen[0].buttons[Choice.START_FRESH]
        # What the button promises is what happens: not "empty", the bundled dataset, as every new database.
        assert start.text() == "Start a new database" and "empty" not in start.description()
        assert "with the bundled dataset" in start.description()
        assert _meetings(opened.database) > 0, "the new database gets the bundled dataset"
        assert any(n.startswith(f"Started a new database at {db_file} with the bundled dataset.") for n in opened.notes)
    finally:
        opened.database.close()
    assert any(".damaged-" in p.name for p in db_file.parent.iterdir())


def test_busy_offers_try_again_and_the_window_keeps_painting_while_waiting(
    qtbot: QtBot, answer: Callable[..., Answers], db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "BUSY_TIMEOUT_MS", 300)
    ticks: list[int] = []
    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(lambda: ticks.append(1))
    heartbeat.start()
    with ExitStack() as lock:
        lock.enter_context(held_by_another_process(db_file))
        answers = answer(Choice.TRY_AGAIN, (Choice.TRY_AGAIN, lock.close))
        opened = open_interactively(str(db_file))
    heartbeat.stop()
    assert opened is not None
    opened.database.close()
    assert len(answers.seen) == 2 and all("busy" in t for t in answers.texts)
    assert choices_for("busy")[0] == Choice.TRY_AGAIN
    assert ticks, "the event loop ran while the database was busy"


def _foreign_file(tmp_path: Path) -> Path:
    other = tmp_path / "places.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY)")
    con.close()
    return other


def test_another_applications_file_is_left_alone_and_another_database_can_be_opened(
    qtbot: QtBot, answer: Callable[..., Answers], tmp_path: Path, db_file: Path
) -> None:
    other = _foreign_file(tmp_path)
    before = other.read_bytes()
    answers = answer(Choice.OPEN_OTHER)
    with answering_files(db_file) as files:
        opened = open_interactively(str(other))
    assert opened is not None
    opened.database.close()
    assert opened.database.path == db_file
    assert files.buttons == ["Open"], "an Open dialog, not a Save dialog"
    assert list(answers.seen[0].buttons) == [Choice.OPEN_OTHER, Choice.NEW_OTHER, Choice.QUIT], "no recovery offered"
    assert "another application" in answers.texts[0]
    assert other.read_bytes() == before


def test_a_new_database_can_be_started_elsewhere_and_never_over_an_existing_file(
    qtbot: QtBot, answer: Callable[..., Answers], tmp_path: Path
) -> None:
    other = _foreign_file(tmp_path)
    answers = answer(Choice.NEW_OTHER, Choice.NEW_OTHER)
    fresh = tmp_path / "fresh"
    with answering_files(other, fresh) as files:
        opened = open_interactively(str(other))
    assert opened is not None
    opened.database.close()
    assert files.buttons == ["Create", "Create"]
    assert [b.splitlines()[0] for b in files.boxes] == [
        f"The file already exists: {other} already exists and was left as it is."
    ]
    assert len(answers.seen) == 2, "the existing file was refused: the dialog came back"
    assert opened.database.path == tmp_path / "fresh.sqlite3" and _meetings(opened.database) > 0


def test_quit_changes_nothing(qtbot: QtBot, answer: Callable[..., Answers], db_file: Path) -> None:
    con = sqlite3.connect(db_file)
    con.execute(f"PRAGMA user_version={schema.SCHEMA_VERSION + 1}")
    con.close()
    before = db_file.read_bytes()
    answers = answer(Choice.QUIT)
    assert open_interactively(str(db_file)) is None
    assert "newer Summitry" in answers.texts[0]
    assert db_file.read_bytes() == before


def test_a_failed_restore_is_explained_in_the_next_dialog(
    qtbot: QtBot, answer: Callable[..., Answers], db_file: Path
) -> None:
    database = db.open_database(str(db_file))
    saved = backup.auto_backup(database, "auto")
    database.close()
    damage_middle(db_file)
    assert saved is not None

    def break_backup() -> None:
        shutil.copy(db_file, saved)  # the backup goes bad between showing the dialog and the click

    answers = answer((Choice.RESTORE, break_backup), Choice.QUIT)
    assert open_interactively(str(db_file)) is None
    assert "Could not recover" in answers.texts[1]
    assert not any(".damaged-" in p.name for p in db_file.parent.iterdir()), "nothing moved when nothing restored"


@pytest.mark.parametrize(
    ("reason", "words"),
    [
        ("not-sqlite", "not a database"),
        ("too-new", "newer Summitry"),
        ("unwritable", "cannot be created or written"),
        ("corrupt", "damaged"),
        ("full", "disk is full"),  # not damage: nothing to restore; free some room and try again
        ("in-use", "open in another Summitry window"),
    ],
)
def test_the_dialog_names_the_problem_as_plain_text(qtbot: QtBot, reason: str, words: str, tmp_path: Path) -> None:
    error = db.DatabaseOpenError(reason, "<b>x.sqlite3</b> has a problem", "Do something.")
    dialog = OpenErrorDialog(error, tmp_path / "x.sqlite3")
    qtbot.addWidget(dialog)
    assert words in dialog.windowTitle() + " ".join(w.text() for w in dialog.findChildren(type(dialog.message)))
    assert "<b>x.sqlite3</b>" in dialog.message.text()
    if reason != "corrupt":  # for a damaged file the buttons are the advice
        assert "Do something." in dialog.message.text()
    assert list(dialog.buttons) == choices_for(reason) and dialog.buttons[Choice.QUIT].isEnabled()
    if reason == "full":
        assert Choice.TRY_AGAIN in dialog.buttons and Choice.RESTORE not in dialog.buttons
