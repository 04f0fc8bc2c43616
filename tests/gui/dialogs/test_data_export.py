"""File ▸ Export Data: the selected records or the search results as CSV and ICS, driven as a user would."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from gui.dialogs import data_export


def answer(actions: Any, monkeypatch: pytest.MonkeyPatch, path: Path | None, replace: bool = True) -> list[str]:
    """Answer the dialogs the way a user would; returns what was asked and told."""
    asked: list[str] = []

    def ask_path(fmt: Any, proposed: str) -> Path | None:
        asked.append(f"save as {proposed}{fmt.suffix}")
        return path

    def confirm(p: Path) -> bool:
        asked.append(f"replace {p.name}")
        return replace

    monkeypatch.setattr(actions, "ask_path", ask_path)
    monkeypatch.setattr(actions.window.print_actions, "confirm_overwrite", confirm)
    monkeypatch.setattr(actions, "tell", lambda title, text, warning=False: asked.append(f"{title}: {text}"))
    return asked


def run(qtbot: Any, actions: Any, key: str) -> Any:
    """Trigger a menu action and wait for its file."""
    with qtbot.waitSignal(actions.finished, timeout=20000) as blocker:
        actions.actions[key].trigger()
    return blocker.args[0]


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


def test_the_selected_record_as_a_spreadsheet(qtbot: Any, window: Any, tmp_path: Path, monkeypatch: Any) -> None:
    assert window.select_record("arf-23")
    target = tmp_path / "arf.csv"
    asked = answer(window.data_export, monkeypatch, target)
    assert run(qtbot, window.data_export, "selected_csv") == target
    assert asked == ["save as arf-23.csv"]
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert [r["id"] for r in rows] == ["arf-23"] and rows[0]["city"] == "Vientiane"
    assert "Exported 1 record to" in window.statusBar().currentMessage()


def test_search_results_as_a_calendar(qtbot: Any, window: Any, tmp_path: Path, monkeypatch: Any) -> None:
    window.search.search("forum:ARF type:meeting")
    qtbot.waitUntil(lambda: window.search.last is not None, timeout=10000)
    target = tmp_path / "arf.ics"
    answer(window.data_export, monkeypatch, target)
    assert run(qtbot, window.data_export, "search_ics") == target
    text = target.read_bytes().decode("utf-8")  # as written: CRLF line ends
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.count("BEGIN:VEVENT") >= 1
    assert "UID:arf-23@summitry" in text


def test_a_forum_alone_makes_no_calendar_and_says_so(qtbot: Any, window: Any, tmp_path: Path, monkeypatch: Any) -> None:
    assert window.select_record("arf")
    target = tmp_path / "forum.ics"
    asked = answer(window.data_export, monkeypatch, target)
    assert run(qtbot, window.data_export, "selected_ics") is None
    assert not target.exists()
    assert any(a.startswith("Nothing to put in a calendar") for a in asked)


def test_a_failed_export_leaves_the_old_file_and_says_why(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    assert window.select_record("arf-23")
    target = tmp_path / "gone" / "arf.csv"  # a folder that does not exist
    asked = answer(window.data_export, monkeypatch, target)
    assert run(qtbot, window.data_export, "selected_csv") is None
    assert any(a.startswith("Export failed: Could not write arf.csv") for a in asked)
    kept = tmp_path / "kept.csv"
    kept.write_text("the old export\n", encoding="utf-8")

    def broken(*args: Any, **kw: Any) -> Any:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("model.interchange.exporter.write_atomically", broken)
    answer(window.data_export, monkeypatch, kept, replace=True)
    assert run(qtbot, window.data_export, "selected_csv") is None
    assert kept.read_text(encoding="utf-8") == "the old export\n"


def test_nothing_selected_or_searched_is_said_plainly(window: Any, monkeypatch: Any) -> None:
    asked = answer(window.data_export, monkeypatch, None)
    window.search.search("")
    window.data_export.export(data_export.CSV, from_search=True)
    assert asked == ["No search: Search first (Ctrl+F); then export what it finds."]
    monkeypatch.setattr(window.print_actions, "chosen_ids", lambda: [])
    window.data_export.export(data_export.ICS)
    assert asked[-1] == "Nothing to export: Select a record in the tree first."
