"""File ▸ Export to PDF…, Print… and Print Preview… driven as a user would, on a stand-in main window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter

from gui.printing import actions as print_actions
from gui.printing.actions import proposed_file_name
from gui.printing.pdf_export import page_layout


def answer(actions: Any, monkeypatch: pytest.MonkeyPatch, path: Path | None, replace: bool = True) -> list[str]:
    """Answer the dialogs the way a user would; returns what was asked."""
    asked: list[str] = []

    def ask_path(proposed: str) -> Path | None:
        asked.append(f"save as {proposed}")
        return path

    def confirm(p: Path) -> bool:
        asked.append(f"replace {p.name}")
        return replace

    def offer(p: Path, pages: int, warnings: tuple[str, ...]) -> bool:
        asked.append(f"saved {p.name} {pages}")
        return False

    def error(title: str, message: str) -> None:
        asked.append(f"error {message}")

    monkeypatch.setattr(actions, "ask_path", ask_path)
    monkeypatch.setattr(actions, "confirm_overwrite", confirm)
    monkeypatch.setattr(actions, "offer_open", offer)
    monkeypatch.setattr(actions, "show_error", error)
    return asked


def test_file_menu_actions_are_live_with_shortcuts(window: Any) -> None:
    texts = [a.text() for a in window.file_menu.actions() if not a.isSeparator()]
    first = texts.index("&Export to PDF…")
    assert texts[first : first + 3] == ["&Export to PDF…", "&Print…", "Print Pre&view…"]
    assert window.action_export_pdf.shortcut() == QKeySequence("Ctrl+E")
    assert window.action_print.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert all(a.isEnabled() for a in (window.action_export_pdf, window.action_print, window.action_print_preview))


def test_export_current_record_proposes_its_name_and_writes_the_brief(
    window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions = window.print_actions
    window.select_record("arf-23")
    target = tmp_path / "brief.pdf"
    asked = answer(actions, monkeypatch, target)
    window.action_export_pdf.trigger()
    assert asked[0] == "save as arf-23 23rd ASEAN Regional Forum.pdf"
    assert asked[1].startswith("saved brief.pdf ")
    assert pypdf.PdfReader(target).metadata.title == "23rd ASEAN Regional Forum"  # type: ignore[union-attr]


def test_a_multi_selection_exports_a_dossier_with_progress(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions = window.print_actions
    window.select_record("arf-23")
    for rid in ("eas-fmm-6", "eas-5"):
        index = window.tree_model.index_for_id(rid)
        window.tree.expand(index.parent())
        window.tree.scrollTo(index)
        rect = window.tree.visualRect(index)
        modifier = Qt.KeyboardModifier.ControlModifier
        qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    assert set(window.selected_record_ids()) == {"arf-23", "eas-fmm-6", "eas-5"}
    target = tmp_path / "dossier.pdf"
    asked = answer(actions, monkeypatch, target)
    steps: list[int] = []
    real = print_actions._Progress.__call__

    def spy(self: Any, percent: int, what: str) -> bool:
        steps.append(percent)
        return real(self, percent, what)

    monkeypatch.setattr(print_actions._Progress, "__call__", spy)
    assert actions.export() == target
    assert asked[0] == "save as Summitry dossier (3 records).pdf"
    assert steps[-1] == 100 and steps == sorted(steps)
    text = pypdf.PdfReader(target).pages[0].extract_text() or ""
    assert "Dossier of 3 records" in " ".join(text.split())


def test_declining_to_replace_keeps_the_file(window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    actions = window.print_actions
    window.select_record("arf-23")
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"mine")
    asked = answer(actions, monkeypatch, target, replace=False)
    assert actions.export() is None
    assert asked == ["save as arf-23 23rd ASEAN Regional Forum.pdf", "replace brief.pdf"]
    assert target.read_bytes() == b"mine"


def test_a_failed_export_says_why(window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    actions = window.print_actions
    window.select_record("arf-23")
    asked = answer(actions, monkeypatch, tmp_path / "gone" / "brief.pdf")
    assert actions.export() is None
    assert asked[-1].startswith("error Cannot save") and "does not exist" in asked[-1]


def test_nothing_selected_exports_nothing(window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    actions = window.print_actions
    window.tree.clearSelection()
    window._current = None
    told: list[str] = []
    monkeypatch.setattr(actions, "_nothing_chosen", lambda: told.append("select first"))
    assert actions.export() is None
    assert told == ["select first"]


def test_print_paints_the_same_pages_as_the_pdf(window: Any, tmp_path: Path) -> None:
    actions = window.print_actions
    window.select_record("arf-23")
    content = actions.content()
    assert content is not None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageLayout(page_layout("a4"))
    pages = actions.paint_on(printer, content)
    reader = pypdf.PdfReader(tmp_path / "printed.pdf")
    assert pages == len(reader.pages) >= 2
    assert "23rd ASEAN Regional Forum" in (reader.pages[0].extract_text() or "").replace("\t", " ")


def test_preview_opens_on_the_selection(window: Any, qtbot: Any) -> None:
    actions = window.print_actions
    window.select_record("eas-security-architecture-3")
    dialog = actions.preview()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert "round 3" in dialog.windowTitle()
    dialog.close()


def test_proposed_file_names_are_safe() -> None:
    assert proposed_file_name(["m-x"], 'A/B: "C" <d>') == "m-x A B C d.pdf"
    assert proposed_file_name(["a", "b"]) == "Summitry dossier (2 records).pdf"
    assert proposed_file_name(["a", "b"], "Search: forum:ARF") == "Summitry dossier - Search forum ARF.pdf"


def test_search_results_export_as_a_titled_dossier(
    window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions = window.print_actions
    target = tmp_path / "found.pdf"
    asked = answer(actions, monkeypatch, target)
    assert actions.export_records(["arf-23", "arf"], "Search: forum:ARF") == target
    assert asked[0] == "save as Summitry dossier - Search forum ARF.pdf"
    assert pypdf.PdfReader(target).metadata.title == "Search: forum:ARF"  # type: ignore[union-attr]


def test_file_menu_exports_the_current_search_results(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions = window.print_actions
    items = [a.text() for a in window.file_menu.actions() if a.text()]
    assert items[items.index("Print Pre&view…") + 1] == "Export &Search Results to PDF…"
    window.search.search("forum:ARF type:meeting")
    qtbot.waitUntil(lambda: window.search.last is not None, timeout=10000)
    target = tmp_path / "results.pdf"
    asked = answer(actions, monkeypatch, target)
    actions.results_action.trigger()
    assert asked[0] == "save as Summitry dossier - Search forum ARF type meeting.pdf"
    reader = pypdf.PdfReader(target)
    assert reader.metadata is not None and reader.metadata.title == "Search: forum:ARF type:meeting"
    assert "3 records" in " ".join((reader.pages[0].extract_text() or "").split())
