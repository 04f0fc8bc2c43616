"""File ▸ Import…: runs off the GUI thread, reports, and the new records appear in the tree."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from gui.import_dialog import import_files

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
    assert "1 added" in dialog.report.toPlainText()
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
    assert "nothing was imported" in dialog.report.toPlainText()
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
    text = dialog.report.toPlainText()
    if "cancel" in text:  # the import may have finished before the cancel arrived
        assert not window.select_record("arf-24")
    else:
        assert "1 added" in text
    dialog.accept()


def test_steps_of_unknown_length_show_a_busy_bar(qtbot: Any, window: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from model import importer

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
    assert "1 added" in dialog.report.toPlainText()
    dialog._on_progress(0, 0, "Saving the changes")
    assert (dialog.bar.minimum(), dialog.bar.maximum()) == (0, 0) and dialog.status.text() == "Saving the changes"
    dialog._on_progress(3, 10, "Writing records")
    assert (dialog.bar.maximum(), dialog.bar.value()) == (10, 3)
    dialog.accept()
