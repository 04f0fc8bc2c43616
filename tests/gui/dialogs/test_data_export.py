"""File ▸ Export Data: the selected records or the search results as CSV and ICS, driven as a user would."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from gui.main_window import MainWindow
from tests.gui.conftest import click_tree_row
from tests.gui.file_dialogs import FileAnswers, answering_files
from tests.gui.menus import menu_action

MENU = {
    "selected_csv": "Selected Records to Spreadsheet (CSV)…",
    "selected_ics": "Selected Records to Calendar (ICS)…",
    "search_csv": "Search Results to Spreadsheet (CSV)…",
    "search_ics": "Search Results to Calendar (ICS)…",
}


def run(qtbot: Any, window: Any, key: str, path: Path | None, replace: str = "Yes") -> tuple[Any, FileAnswers]:
    """Choose File ▸ Export Data ▸ the item ``key``, type ``path`` into the save dialog (answering "Replace the
    file?" with ``replace``) and wait for the export to end; the file written (or None), and what was asked."""
    item = menu_action(qtbot, window, "File", "Export Data", MENU[key])
    finished = qtbot.waitSignal(window.data_export.finished, timeout=20000)
    with answering_files(path, press={"Replace the file?": replace}) as answers, finished as blocker:
        item.trigger()
    return blocker.args[0], answers


def search(qtbot: Any, window: Any, query: str) -> None:
    """Type ``query`` into the search box and press Enter; wait for the results."""
    box = window.search.bar.edit
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(box, query)
    with qtbot.waitSignal(window.search.searchFinished, timeout=10000):
        qtbot.keyClick(box, Qt.Key.Key_Return)


def test_the_file_menu_has_the_data_exports(window: Any) -> None:
    menu = window.data_export.menu
    assert menu.title() == "Export &Data"
    assert [a.text() for a in menu.actions() if a.text()] == [
        "Selected Records to &Spreadsheet (CSV)…",
        "Selected Records to &Calendar (ICS)…",
        "Search Results to S&preadsheet (CSV)…",
        "Search Results to C&alendar (ICS)…",
    ]
    texts = [a.text() for a in window.file_menu.actions() if a.text()]
    assert texts.index("Export &Data") < texts.index("&Quit")


def test_the_selected_record_as_a_spreadsheet(qtbot: Any, window: Any, tmp_path: Path) -> None:
    click_tree_row(qtbot, window, "arf-23")
    target = tmp_path / "arf.csv"
    written, answers = run(qtbot, window, "selected_csv", target)
    assert written == target
    assert answers.proposed == ["arf-23.csv"] and answers.boxes == []
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert [r["id"] for r in rows] == ["arf-23"] and rows[0]["city"] == "Vientiane"
    assert "Exported 1 record to" in window.statusBar().currentMessage()


def test_search_results_as_a_calendar(qtbot: Any, window: Any, tmp_path: Path) -> None:
    search(qtbot, window, "forum:ARF type:meeting")
    target = tmp_path / "arf.ics"
    written, _answers = run(qtbot, window, "search_ics", target)
    assert written == target
    text = target.read_bytes().decode("utf-8")  # as written: CRLF line ends
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.count("BEGIN:VEVENT") >= 1
    assert "UID:arf-23@summitry" in text


def test_a_forum_alone_makes_no_calendar_and_says_so(qtbot: Any, window: Any, tmp_path: Path) -> None:
    click_tree_row(qtbot, window, "arf")
    target = tmp_path / "forum.ics"
    written, answers = run(qtbot, window, "selected_ics", target)
    assert written is None and not target.exists()
    assert any(a.startswith("Nothing to put in a calendar") for a in answers.boxes)


def test_a_failed_export_leaves_the_old_file_and_says_why(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    click_tree_row(qtbot, window, "arf-23")
    written, answers = run(qtbot, window, "selected_csv", tmp_path / "gone" / "arf.csv")  # no such folder
    assert written is None
    assert any(a.startswith("Export failed: Could not write arf.csv") for a in answers.boxes)
    kept = tmp_path / "kept.csv"
    kept.write_text("the old export\n", encoding="utf-8")

    def disk_full(*args: Any, **kw: Any) -> Any:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("model.interchange.exporter.write_atomically", disk_full)
    written, answers = run(qtbot, window, "selected_csv", kept, replace="Yes")
    assert written is None and answers.boxes[0].startswith("Replace the file?")
    assert answers.boxes[1] == "Export failed: Could not write kept.csv: No space left on device.\nNothing was changed."
    assert kept.read_text(encoding="utf-8") == "the old export\n"


def test_nothing_selected_or_searched_is_said_plainly(qtbot: Any, empty_db: Any) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.set_database(empty_db)  # a database with no records yet: nothing is selected, nothing searched
    with answering_files() as answers:
        menu_action(qtbot, window, "File", "Export Data", MENU["search_csv"]).trigger()
        menu_action(qtbot, window, "File", "Export Data", MENU["selected_ics"]).trigger()
    assert answers.boxes == [
        "No search: Search first (Ctrl+F); then export what it finds.",
        "Nothing to export: Select a record in the tree first.",
    ]
    assert answers.seen == [], "no save dialog"
    window.close()
