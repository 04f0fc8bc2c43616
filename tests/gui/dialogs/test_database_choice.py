"""File ▸ Open Database… and New Database…, as a person uses them, and the database remembered between runs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

import gui.app
from gui.dialogs.open_error_dialog import Choice
from model.interchange import importer
from model.store import backup, location
from model.store import opening as db
from tests.gui.answering import answering
from tests.gui.conftest import click_link, click_tree_row
from tests.gui.file_dialogs import answering_files
from tests.model.datafiles import small
from tests.model.faults import damage_middle


def _database_without_the_bundled_data(path: Path) -> Path:
    """A Summitry database holding only a small file of the user's own (its own forum, meeting, source)."""
    database = db.open_database(str(path))
    try:
        importer.import_data(database, small(), "mine.json", back_up=False)
    finally:
        database.close()
    return path


def _launch(qtbot: QtBot) -> Any:
    """Start Summitry as ``summitry`` with no --database does, and wait until it shows its database."""
    _app, window = gui.app.start_app()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.is_ready(), timeout=60000)
    return window


def _quit(window: Any) -> None:
    window.close()
    window.close_database()


def test_open_database_switches_cleanly_and_the_next_start_opens_it_again(qtbot: QtBot, tmp_path: Path) -> None:
    mine = _database_without_the_bundled_data(tmp_path / "mine.sqlite3")
    default = location.default_database_path()
    window = _launch(qtbot)
    assert window.database.path == default

    with answering_files(mine) as answers:
        window.action_open_database.trigger()
    assert answers.buttons == ["Open"], "the button says what it does"
    assert window.database.path == mine
    assert window.statusBar().currentMessage() == f"Opened {mine}."
    click_tree_row(qtbot, window, "ex-meeting")  # a record of my own, in no other database
    assert window.windowTitle() == "Summitry — First Example Meeting — mine.sqlite3"
    click_link(qtbot, window.detail, "cite:")
    assert window.source_viewer.source_id == "ex-source" and window.source_dock.isVisible()

    with answering_files(default):
        window.action_open_database.trigger()
    assert window.database.path == default
    assert window.statusBar().currentMessage() == f"Opened {default}.", "not 'No record with id ex-meeting'"
    assert window.current_record_id() == "asean", "the top of the tree, as ex-meeting is not in this database"
    assert window.windowTitle() == "Summitry — Association of Southeast Asian Nations — summitry.sqlite3"
    assert window.source_viewer.source_id is None and window.source_viewer.text.toPlainText() == ""
    assert not window.source_dock.isVisible(), "nothing of the other database stays on screen"

    with answering_files(mine):
        window.action_open_database.trigger()
    _quit(window)
    again = _launch(qtbot)
    assert again.database.path == mine, "the database chosen last time"
    _quit(again)

    for leftover in tmp_path.glob("mine.sqlite3*"):
        leftover.unlink()
    fallback = _launch(qtbot)
    assert fallback.database.path == default
    message = fallback.statusBar().currentMessage()
    assert f"The database opened last time, {mine}, is no longer there" in message
    assert "opened the default database" in message
    assert not mine.exists(), "a missing database is not created again, empty, where it was"
    _quit(fallback)
    quiet = _launch(qtbot)
    assert quiet.statusBar().currentMessage() == "", "said once: the default is the one to open now"
    _quit(quiet)


def test_a_database_given_with_database_wins_over_the_remembered_one(
    qtbot: QtBot, tmp_path: Path, bundled_db: db.Database
) -> None:
    other = _database_without_the_bundled_data(tmp_path / "mine.sqlite3")
    window = _launch(qtbot)
    with answering_files(other):
        window.action_open_database.trigger()
    _quit(window)
    assert bundled_db.path is not None
    bundled_db.close()
    _app, given = gui.app.start_app(str(bundled_db.path))
    qtbot.addWidget(given)
    qtbot.waitUntil(lambda: given.is_ready(), timeout=60000)
    assert given.database.path == bundled_db.path
    _quit(given)


def test_new_database_starts_with_the_bundled_data_and_refuses_an_existing_file(
    qtbot: QtBot, window: Any, tmp_path: Path
) -> None:
    with answering_files(tmp_path / "fresh") as answers:
        window.action_new_database.trigger()
    fresh = tmp_path / "fresh.sqlite3"
    assert answers.buttons == ["Create"]
    assert window.database.path == fresh
    assert window.statusBar().currentMessage() == f"Started a new database at {fresh} with the bundled dataset."
    assert window.select_record("arf-23"), "a new database holds the bundled dataset, as the README says"
    assert window.windowTitle() == "Summitry — 23rd ASEAN Regional Forum — fresh.sqlite3"

    mine = tmp_path / "notes.db"
    mine.write_text("my notes, not a database", encoding="utf-8")
    with answering_files(mine) as answers:
        window.action_new_database.trigger()
    assert len(answers.boxes) == 1
    assert answers.boxes[0].splitlines()[0] == f"The file already exists: {mine} already exists and was left as it is."
    assert mine.read_text(encoding="utf-8") == "my notes, not a database"
    assert window.database.path == fresh


def test_a_file_that_is_no_database_is_refused_and_the_person_goes_back_to_the_current_one(
    qtbot: QtBot, window: Any, tmp_path: Path
) -> None:
    before = window.database
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("my notes, not a database", encoding="utf-8")
    with answering_files(notes), answering(Choice.KEEP) as answers:
        window.action_open_database.trigger()
    dialog = answers.seen[0]
    assert "not a database" in answers.texts[0]
    assert list(dialog.buttons) == [Choice.OPEN_OTHER, Choice.NEW_OTHER, Choice.KEEP], "no Quit inside the app"
    assert dialog.buttons[Choice.KEEP].text() == "Back to test.sqlite3"
    assert window.database is before and window.select_record("arf-23")
    assert notes.read_text(encoding="utf-8") == "my notes, not a database"


def test_open_database_on_a_damaged_file_offers_restore_and_opens_the_restored_copy(
    qtbot: QtBot, window: Any, tmp_path: Path
) -> None:
    mine = _database_without_the_bundled_data(tmp_path / "mine.sqlite3")
    database = db.open_database(str(mine))
    saved = backup.auto_backup(database, "auto")
    database.close()
    assert saved is not None
    damage_middle(mine)
    with answering_files(mine), answering(Choice.RESTORE) as answers:
        window.action_open_database.trigger()
    assert "damaged" in answers.texts[0], "the damage dialog, not a plain warning"
    assert list(answers.seen[0].buttons) == [Choice.RESTORE, Choice.OPEN_OTHER, Choice.START_FRESH, Choice.KEEP]
    assert window.database.path == mine
    message = window.statusBar().currentMessage()
    assert message.startswith(f"Opened {mine}. Restored {mine} from the backup {saved.name}."), message
    click_tree_row(qtbot, window, "ex-meeting")  # the restored records
    assert window.windowTitle() == "Summitry — First Example Meeting — mine.sqlite3"
    aside = [p for p in tmp_path.glob("mine.sqlite3.damaged-*") if not p.name.endswith(("-wal", "-shm"))]
    assert len(aside) == 1, "the damaged file is kept aside"


def test_the_window_title_names_the_record_and_the_database(qtbot: QtBot, window: Any) -> None:
    click_tree_row(qtbot, window, "arf-23")
    assert window.windowTitle() == "Summitry — 23rd ASEAN Regional Forum — test.sqlite3"
    click_tree_row(qtbot, window, "eas-security-architecture-3")
    assert window.windowTitle().startswith("Summitry — ") and window.windowTitle().endswith(" — test.sqlite3")
    assert window.current_record_id() == "eas-security-architecture-3"
    assert window.detail.toPlainText().splitlines()[0] in window.windowTitle(), "the heading the pane shows"
    window.action_back.trigger()
    assert window.windowTitle() == "Summitry — 23rd ASEAN Regional Forum — test.sqlite3"
