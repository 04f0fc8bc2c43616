"""File ▸ Import…: runs off the GUI thread, reports, and the new records appear in the tree."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel

from gui.dialogs.import_dialog import ImportDialog, import_files
from tests.gui.file_dialogs import answering_files

NEW = {
    "format": "summitry",
    "version": 1,
    "meetings": [{"id": "arf-24", "forum": "arf", "title": "24th ASEAN Regional Forum", "date": "2017-08-07"}],
}


def import_new(qtbot: Any, window: Any, tmp_path: Path) -> Any:
    """Import a file with one new meeting through File ▸ Import and wait for the report."""
    path = tmp_path / "new.json"
    path.write_text(json.dumps(NEW), encoding="utf-8")
    dialog = import_files(window, [path])
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.done_text is not None, timeout=20000)
    dialog.wait()
    return dialog


def test_import_reports_and_updates_the_window(qtbot: Any, window: Any, tmp_path: Path) -> None:
    dialog = import_new(qtbot, window, tmp_path)
    assert "1 added" in dialog.summary.text()
    qtbot.waitUntil(lambda: "10 meetings" in window.counts_label.text())
    assert window.select_record("arf-24")
    assert window.tree.currentIndex().data() == "24th ASEAN Regional Forum"
    dialog.accept()


def test_a_broken_file_is_reported_and_changes_nothing(qtbot: Any, window: Any, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"format": "summitry", "version": 1, "meetings": [{"id": "x", "forum": "nope"}]}', "utf-8")
    dialog = import_files(window, [path])
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.done_text is not None, timeout=20000)
    dialog.wait()
    assert "nothing was imported" in dialog.summary.text()
    qtbot.waitUntil(lambda: "9 meetings" in window.counts_label.text())
    dialog.accept()


def test_cancel_writes_nothing(qtbot: Any, window: Any, tmp_path: Path) -> None:
    path = tmp_path / "new.json"
    path.write_text(json.dumps(NEW), encoding="utf-8")
    dialog = import_files(window, [path])
    assert dialog is not None
    dialog.reject()  # Cancel / Escape while running
    qtbot.waitUntil(lambda: dialog.done_text is not None, timeout=20000)
    dialog.wait()
    text = dialog.summary.text()
    if "cancel" in text:  # the import may have finished before the cancel arrived
        assert not window.select_record("arf-24")
    else:
        assert "1 added" in text
    dialog.accept()


def test_steps_of_unknown_length_show_a_busy_bar(qtbot: Any, window: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from model.interchange import importer

    seen: list[tuple[str, int]] = []
    real = importer.import_file

    def watched(db: Any, path: Path, progress: Any = None, **kw: Any) -> Any:
        def spy(done: int, total: int, phase: str) -> bool | None:
            seen.append((phase, total))
            return progress(done, total, phase)  # type: ignore[no-any-return]

        return real(db, path, spy, **kw)

    monkeypatch.setattr(importer, "import_file", watched)
    dialog = import_new(qtbot, window, tmp_path)
    # Parsing the file is one call, and so is the commit: no count to show, so the bar is a busy one.
    assert ("Reading the file", 0) in seen and ("Saving the changes", 0) in seen
    assert "1 added" in dialog.summary.text()
    dialog._on_progress(0, 0, "Saving the changes")
    assert (dialog.bar.minimum(), dialog.bar.maximum()) == (0, 0) and dialog.status.text() == "Saving the changes"
    dialog._on_progress(3, 10, "Writing records")
    assert (dialog.bar.maximum(), dialog.bar.value()) == (10, 3)
    dialog.accept()


#: The README's example of a refused file: a day that does not exist, and a forum that is nowhere.
BROKEN = {
    "format": "summitry",
    "version": 1,
    "meetings": [{"id": "arf-99", "forum": "aseen", "title": "A meeting", "date": "2016-02-30"}],
}


def test_a_failed_import_says_so_and_lists_every_problem_to_read_resize_and_copy(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    path = tmp_path / "mydata.json"
    path.write_text(json.dumps(BROKEN), encoding="utf-8")
    with answering_files(path):
        window.action_import.trigger()  # File ▸ Import…, then the file chosen in the dialog
    dialog = window.findChild(ImportDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.done_text is not None, timeout=20000)
    dialog.wait()

    shown = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    assert "Import failed: nothing was imported." in shown
    assert not any("finished" in text for text in shown), "a refusal is not called finished"
    assert dialog.windowTitle() == "Import failed"
    assert dialog.summary.text() == f"{path}: 2 problems found; nothing was imported."

    table = dialog.problems
    assert table.isVisible() and table.rowCount() == 2
    assert [table.horizontalHeaderItem(c).text() for c in range(3)] == ["File", "Place", "Problem"]
    rows = sorted(table.row_texts(r) for r in range(2))
    assert rows[0][:2] == ("mydata.json", "$.meetings[0].date") and "day that does not exist" in rows[0][2]
    assert rows[1][:2] == ("mydata.json", "$.meetings[0].forum") and "'aseen'" in rows[1][2]
    assert table.item(0, 0).toolTip() == str(path), "the full path on hover"

    assert dialog.isSizeGripEnabled()
    small_height = table.height()
    dialog.resize(dialog.width() + 200, dialog.height() + 300)
    qtbot.waitUntil(lambda: table.height() > small_height + 200)

    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text().splitlines()
    assert len(copied) == 2 and all(line.startswith(f"{path}: $.meetings[0].") for line in copied)
    table.selectRow(1)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text().split("\t")[:2] == [str(path), table.row_texts(1)[1]]
    assert not window.select_record("arf-99"), "nothing was imported"
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Close), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_a_good_import_is_called_finished_with_no_problem_list(qtbot: Any, window: Any, tmp_path: Path) -> None:
    dialog = import_new(qtbot, window, tmp_path)
    assert dialog.status.text() == "Import finished." and dialog.windowTitle() == "Import"
    assert not dialog.problems.isVisible() and not dialog.copy_button.isVisible()
    dialog.accept()


def test_some_files_imported_and_one_refused_says_which(qtbot: Any, window: Any, tmp_path: Path) -> None:
    good, bad = tmp_path / "new.json", tmp_path / "mydata.json"
    good.write_text(json.dumps(NEW), encoding="utf-8")
    bad.write_text(json.dumps(BROKEN), encoding="utf-8")
    dialog = import_files(window, [good, bad])
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.done_text is not None, timeout=20000)
    dialog.wait()
    assert dialog.status.text() == "Import finished with problems: 1 of 2 files were imported."
    assert dialog.problems.rowCount() == 2
    assert window.select_record("arf-24")
    dialog.accept()
    QApplication.processEvents()


def test_problems_show_control_characters_from_the_file_escaped(qtbot: Any, window: Any, tmp_path: Path) -> None:
    path = tmp_path / "hostile.json"
    meeting = {"id": "arf-99", "forum": "arf", "title": "T", "date": "2016-02-30\x1b]0;pwned\x07", "agenda\r": []}
    path.write_text(json.dumps({"format": "summitry", "version": 1, "meetings": [meeting]}), encoding="utf-8")
    with answering_files(path):
        window.action_import.trigger()
    dialog = window.findChild(ImportDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.done_text is not None, timeout=20000)
    dialog.wait()
    table = dialog.problems
    cells = [text for r in range(table.rowCount()) for text in table.row_texts(r)]
    assert any("'2016-02-30\\x1b]0;pwned\\x07'" in text for text in cells), cells
    assert any("agenda\\r" in text for text in cells), cells
    assert not any(ch in text for text in cells for ch in "\x1b\x07\r"), "quoted as escapes, never as they are"
    dialog.accept()
