"""File ▸ Export to PDF…, Print… and Print Preview… driven as a user would, on a stand-in main window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication

from gui.main_window import MainWindow
from gui.printing import actions as print_actions
from gui.printing.actions import proposed_file_name
from gui.printing.pdf_export import page_layout
from tests.gui.conftest import click_tree_row
from tests.gui.file_dialogs import FileAnswers, answering_files
from tests.gui.menus import menu_action


def test_file_menu_actions_are_live_with_shortcuts(window: Any) -> None:
    texts = [a.text() for a in window.file_menu.actions() if not a.isSeparator()]
    first = texts.index("&Export to PDF…")
    assert texts[first : first + 3] == ["&Export to PDF…", "&Print…", "Print Pre&view…"]
    assert window.action_export_pdf.shortcut() == QKeySequence("Ctrl+E")
    assert window.action_print.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert all(a.isEnabled() for a in (window.action_export_pdf, window.action_print, window.action_print_preview))


def _export(qtbot: Any, window: Any, path: Path | None, replace: str = "Yes") -> FileAnswers:
    """File ▸ Export to PDF…, answered as a person would: the file name typed into the save dialog, "Yes"
    (or ``replace``) to replace a file, "Close" on the "PDF saved" message (so no viewer is started)."""
    with answering_files(path, press={"Replace the file?": replace, "PDF saved": "Close"}) as answers:
        menu_action(qtbot, window, "File", "Export to PDF…").trigger()
    return answers


def test_export_current_record_proposes_its_name_and_writes_the_brief(qtbot: Any, window: Any, tmp_path: Path) -> None:
    click_tree_row(qtbot, window, "arf-23")
    target = tmp_path / "brief.pdf"
    answers = _export(qtbot, window, target)
    assert answers.proposed == ["arf-23 23rd ASEAN Regional Forum.pdf"]
    assert answers.boxes[0].startswith("PDF saved: Saved brief.pdf (")
    assert pypdf.PdfReader(target).metadata.title == "23rd ASEAN Regional Forum"  # type: ignore[union-attr]


def test_a_multi_selection_exports_a_dossier_with_progress(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    click_tree_row(qtbot, window, "arf-23")
    for rid in ("eas-fmm-6", "eas-5"):
        index = window.tree_model.index_for_id(rid)
        window.tree.expand(index.parent())
        window.tree.scrollTo(index)
        rect = window.tree.visualRect(index)
        modifier = Qt.KeyboardModifier.ControlModifier
        qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    assert set(window.selected_record_ids()) == {"arf-23", "eas-fmm-6", "eas-5"}
    target = tmp_path / "dossier.pdf"
    steps: list[int] = []
    real = print_actions._Progress.__call__

    def watch(self: Any, percent: int, what: str) -> bool:  # watches the progress; the dialog still shows it
        steps.append(percent)
        return real(self, percent, what)

    monkeypatch.setattr(print_actions._Progress, "__call__", watch)
    answers = _export(qtbot, window, target)
    assert answers.proposed == ["Summitry dossier (3 records).pdf"]
    assert steps[-1] == 100 and steps == sorted(steps)
    text = pypdf.PdfReader(target).pages[0].extract_text() or ""
    assert "Dossier of 3 records" in " ".join(text.split())


def test_declining_to_replace_keeps_the_file(qtbot: Any, window: Any, tmp_path: Path) -> None:
    click_tree_row(qtbot, window, "arf-23")
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"mine")
    answers = _export(qtbot, window, target, replace="Cancel")
    assert [b.split(":")[0] for b in answers.boxes] == ["Replace the file?"], "asked, then nothing more"
    assert target.read_bytes() == b"mine"


def test_a_failed_export_says_why(qtbot: Any, window: Any, tmp_path: Path) -> None:
    click_tree_row(qtbot, window, "arf-23")
    answers = _export(qtbot, window, tmp_path / "gone" / "brief.pdf")  # a folder that does not exist
    assert len(answers.boxes) == 1 and answers.boxes[0].startswith("Cannot export to PDF: Cannot save"), answers.boxes
    assert "does not exist" in answers.boxes[0]


def test_nothing_selected_exports_nothing(qtbot: Any, empty_db: Any) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.set_database(empty_db)  # a database with no records yet: nothing is selected
    with answering_files() as answers:
        menu_action(qtbot, window, "File", "Export to PDF…").trigger()
    assert answers.boxes == ["Nothing to print: Select a record in the tree first."]
    assert answers.seen == [], "no save dialog"
    window.close()


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


def test_preview_opens_on_the_selection(qtbot: Any, window: Any) -> None:
    click_tree_row(qtbot, window, "eas-security-architecture-3")
    menu_action(qtbot, window, "File", "Print Preview…").trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QPrintPreviewDialog) and w.isVisible())
    qtbot.addWidget(dialog)
    assert "round 3" in dialog.windowTitle()
    dialog.close()


def test_proposed_file_names_are_safe() -> None:
    assert proposed_file_name(["m-x"], 'A/B: "C" <d>') == "m-x A B C d.pdf"
    assert proposed_file_name(["a", "b"]) == "Summitry dossier (2 records).pdf"
    assert proposed_file_name(["a", "b"], "Search: forum:ARF") == "Summitry dossier - Search forum ARF.pdf"


def _search(qtbot: Any, window: Any, query: str) -> None:
    """Type ``query`` into the search box and press Enter; wait for the results."""
    box = window.search.bar.edit
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(box, query)
    with qtbot.waitSignal(window.search.searchFinished, timeout=10000):
        qtbot.keyClick(box, Qt.Key.Key_Return)


def test_file_menu_exports_the_current_search_results_as_a_titled_dossier(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    items = [a.text() for a in window.file_menu.actions() if a.text()]
    assert items[items.index("Print Pre&view…") + 1] == "Export &Search Results to PDF…"
    _search(qtbot, window, "forum:ARF type:meeting")
    target = tmp_path / "results.pdf"
    with answering_files(target, press={"PDF saved": "Close"}) as answers:
        menu_action(qtbot, window, "File", "Export Search Results to PDF…").trigger()
    assert answers.proposed == ["Summitry dossier - Search forum ARF type meeting.pdf"]
    reader = pypdf.PdfReader(target)
    assert reader.metadata is not None and reader.metadata.title == "Search: forum:ARF type:meeting"
    assert "3 records" in " ".join((reader.pages[0].extract_text() or "").split())


def test_export_search_results_without_a_search_says_to_search_first(qtbot: Any, window: Any) -> None:
    with answering_files() as answers:
        menu_action(qtbot, window, "File", "Export Search Results to PDF…").trigger()
    assert answers.boxes == ["No search: Search first (Ctrl+F); then export what it finds."]


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages).split())


def test_include_my_notes_in_the_export_dialog_prints_the_note_and_is_remembered(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    from model import edits

    edits.set_note(window.database, "arf-23", "Ask <b>Ms Tran</b> about the communiqué draft")
    click_tree_row(qtbot, window, "arf-23")
    plain, noted, again = tmp_path / "plain.pdf", tmp_path / "noted.pdf", tmp_path / "again.pdf"

    answers = _export(qtbot, window, plain)
    assert answers.ticked == [{"Include my notes": False}]  # off the first time
    assert "Ms Tran" not in _pdf_text(plain)

    with answering_files(noted, press={"PDF saved": "Close"}, tick={"Include my notes": True}):
        menu_action(qtbot, window, "File", "Export to PDF…").trigger()
    text = _pdf_text(noted)
    assert "MY NOTE" in text
    assert "Ask <b>Ms Tran</b> about the communiqué draft" in text  # plain text: the tags print as written

    window.close()  # relaunched with the saved settings, the box is as it was left
    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    second.set_database(window.database)
    click_tree_row(qtbot, second, "arf-23")
    answers = _export(qtbot, second, again)
    assert answers.ticked == [{"Include my notes": True}]
    assert "Ms Tran" in _pdf_text(again)
    second.close()
