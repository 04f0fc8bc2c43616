"""File ▸ Export to PDF…, Print… and Print Preview… for the selected record(s).

:func:`install_print_actions` gives behaviour to the main window's placeholder actions
(``action_export_pdf``, ``action_print``, ``action_print_preview``, through ``set_handler``) and reads
``current_record_id()``, ``selected_record_ids()`` and ``database``. One selected record prints as a brief,
several as a dossier. Export, print and preview paint the same :class:`gui.printing.pdf_export.Composition`.

Only Qt is imported at load time: the window installs these before its first paint, and the renderer,
the model and QtPrintSupport load when an action is first used.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from model.i18n import Words

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from model.report.content import Brief, Dossier

#: The settings key of the export dialog's "Include my notes" choice.
NOTES_KEY = "export/include_notes"
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def proposed_file_name(ids: list[str], title: str = "") -> str:
    """A file name for the save dialog: "arf-23 23rd ASEAN Regional Forum.pdf" or "Summitry dossier (3 records).pdf"."""
    if len(ids) == 1:
        name = f"{ids[0]} {title}".strip() if title and title != ids[0] else ids[0]
    elif title:
        name = QCoreApplication.translate("PrintActions", "Summitry dossier - {title}").format(title=title)
    else:
        name = PrintText.tr("Summitry dossier (%n record(s))", "", len(ids))
    name = " ".join(_UNSAFE.sub(" ", name).split()).strip(" .")[:120].rstrip(" .")
    return (name or QCoreApplication.translate("PrintActions", "brief")) + ".pdf"


class PrintText(Words):
    """A dossier's proposed file name (a plural outside a QObject: see model.i18n)."""


class PrintActions(QObject):
    """The export and print actions of one main window, and what they do."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        #: Where the "Include my notes" choice is kept (the window gives its settings); None: this session only.
        found = getattr(window, "settings", None)
        self.settings: QSettings | None = found if isinstance(found, QSettings) else None
        self._include_notes = False
        self.last_folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(
            Path.home()
        )
        window.set_handler(window.action_export_pdf, self.export)
        window.set_handler(window.action_print, self.print_)
        window.set_handler(window.action_print_preview, self.preview)
        tip = self.tr("Save the selected record as a PDF brief, or several selected records as a dossier")
        window.action_export_pdf.setStatusTip(tip)
        window.action_export_pdf.setToolTip(tip)
        # Export Search Results to PDF…, right after Print Preview…: the current search's records as a dossier.
        self.results_action = QAction(self.tr("Export &Search Results to PDF…"), window)
        self.results_action.setStatusTip(self.tr("Save every record the current search finds as one PDF dossier"))
        self.results_action.triggered.connect(self.export_search_results)
        menu = window.file_menu
        items = menu.actions()
        after = items.index(window.action_print_preview) + 1 if window.action_print_preview in items else len(items)
        if after < len(items):
            menu.insertAction(items[after], self.results_action)
        else:
            menu.addAction(self.results_action)

    # --- what is selected --------------------------------------------------------------------------------
    def chosen_ids(self) -> list[str]:
        """The selected records (several make a dossier), else the current record, else none."""
        ids = [i for i in (self.window.selected_record_ids() or []) if i]
        if not ids and self.window.current_record_id():
            ids = [self.window.current_record_id()]
        return list(dict.fromkeys(ids))

    def _parent(self) -> QWidget | None:
        return self.window if isinstance(self.window, QWidget) else QApplication.activeWindow()

    def _nothing_chosen(self) -> None:
        QMessageBox.information(
            self._parent(), self.tr("Nothing to print"), self.tr("Select a record in the tree first.")
        )

    # --- dialogs ---------------------------------------------------------------------------------------------
    def ask_path(self, proposed: str) -> Path | None:
        """Ask where to save, with an "Include my notes" box whose choice is kept (``include_notes``)."""
        dialog = QFileDialog(
            self._parent(), self.tr("Export to PDF"), self.last_folder, self.tr("PDF documents (*.pdf)")
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.selectFile(proposed)
        # Qt's own dialog, not the platform's: only it can carry the notes box. Overwriting is asked below.
        dialog.setOptions(QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.DontConfirmOverwrite)
        notes_box = QCheckBox(self.tr("Include my notes"), dialog)
        notes_box.setToolTip(self.tr("Print each record's private note in the brief, under its own heading"))
        notes_box.setChecked(self.include_notes)
        grid = dialog.layout()  # Qt's own dialog lays itself out on a grid: the box goes in a row under it all
        if isinstance(grid, QGridLayout):
            grid.addWidget(notes_box, grid.rowCount(), 0, 1, grid.columnCount())
        elif grid is not None:
            grid.addWidget(notes_box)
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        self.include_notes = notes_box.isChecked()
        path = Path(dialog.selectedFiles()[0])
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    @property
    def include_notes(self) -> bool:
        """Whether the last export chose to print private notes (kept in the settings; off at first)."""
        if self.settings is None:
            return self._include_notes
        return str(self.settings.value(NOTES_KEY, "false")).lower() == "true"

    @include_notes.setter
    def include_notes(self, value: bool) -> None:
        self._include_notes = value
        if self.settings is not None:
            self.settings.setValue(NOTES_KEY, value)

    def confirm_overwrite(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self._parent(),
            self.tr("Replace the file?"),
            self.tr(
                "{name} already exists in {folder}.\nReplace it? The old file stays as it is until the new one is "
                "completely written."
            ).format(name=path.name, folder=path.parent),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def offer_open(self, path: Path, pages: int, warnings: tuple[str, ...]) -> bool:
        box = QMessageBox(self._parent())
        box.setWindowTitle(self.tr("PDF saved"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("Saved {name} (%n page(s)).", "", pages).format(name=path.name))
        if warnings:
            box.setInformativeText("\n\n".join(warnings))
        opener = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        return box.clickedButton() is opener

    def show_error(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self._parent())
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    # --- the actions -----------------------------------------------------------------------------------------
    def export(self) -> Path | None:
        """Ask where, then write the PDF; returns the file written, or None."""
        ids = self.chosen_ids()
        if not ids:
            self._nothing_chosen()
            return None
        return self.export_records(ids)

    def current_query(self) -> str:
        """The query of the search the window shows, or ""."""
        search = getattr(self.window, "search", None)
        last = getattr(search, "last", None)
        return str(getattr(last, "query", "") or "")

    def export_search_results(self) -> Path | None:
        """Export what the current search finds (the same records as ``summitry export --query``)."""
        from model.report.briefs import records_for_query
        from model.report.content import ReportError

        query = self.current_query()
        if not query.strip():
            QMessageBox.information(
                self._parent(), self.tr("No search"), self.tr("Search first (Ctrl+F); then export what it finds.")
            )
            return None
        try:
            found = records_for_query(self.window.database, query)
        except ReportError as exc:
            self.show_error(self.tr("Cannot export the search results"), str(exc))
            return None
        return self.export_records(list(found.ids), found.title)

    def export_records(self, ids: list[str], dossier_title: str = "") -> Path | None:
        """Export these records (a search panel passes its results and "Search: …" as the title)."""
        from gui.printing.pdf_export import ExportCancelled, PdfExportError, export_pdf

        title = self._title_of(ids) if len(ids) == 1 else dossier_title
        path = self.ask_path(proposed_file_name(ids, title))
        if path is None:
            return None
        if path.exists() and not self.confirm_overwrite(path):
            return None
        self.last_folder = str(path.parent)
        progress = self._progress(len(ids))
        try:
            result = export_pdf(
                self.window.database, ids, path, title=dossier_title, progress=progress, notes=self.include_notes
            )
        except ExportCancelled:
            return None
        except PdfExportError as exc:
            self.show_error(self.tr("Cannot export to PDF"), str(exc))
            return None
        finally:
            if progress is not None:
                progress.dialog.close()
        if self.offer_open(result.path, result.pages, result.warnings):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))
        return result.path

    def _title_of(self, ids: list[str]) -> str:
        from model.report.briefs import read_report
        from model.report.content import ReportError

        try:
            content = read_report(self.window.database, ids)
        except ReportError:
            return ""
        return content.title

    def _progress(self, records: int) -> _Progress | None:
        """A progress dialog for a dossier; a single brief is done before one would show."""
        if records < 2:
            return None
        label = self.tr("Preparing a dossier of %n record(s)…", "", records)
        return _Progress(self._parent(), label, self.tr("Cancel"), self.tr("Export to PDF"))

    def content(self) -> Brief | Dossier | None:
        from model.report.briefs import read_report
        from model.report.content import ReportError

        ids = self.chosen_ids()
        if not ids:
            self._nothing_chosen()
            return None
        try:
            return read_report(self.window.database, ids)
        except ReportError as exc:
            self.show_error(self.tr("Cannot print"), str(exc))
            return None

    def print_(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog

        content = self.content()
        if content is None:
            return
        printer = self._printer(content.title)
        dialog = QPrintDialog(printer, self._parent())
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.paint_on(printer, content)

    def _printer(self, title: str) -> QPrinter:
        from PySide6.QtPrintSupport import QPrinter

        from gui.printing.pdf_export import page_layout

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout("a4"))
        printer.setDocName(title)
        return printer

    def preview(self) -> QPrintPreviewDialog | None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        content = self.content()
        if content is None:
            return None
        printer = self._printer(content.title)
        dialog = QPrintPreviewDialog(printer, self._parent())
        dialog.setWindowTitle(self.tr("Print preview — {title}").format(title=content.title))
        dialog.paintRequested.connect(lambda p: self.paint_on(p, content))
        dialog.open()
        return dialog

    def paint_on(self, printer: QPrinter, content: Brief | Dossier) -> int:
        """Paint the document on a printer (or a preview's); returns the number of pages."""
        from gui.printing.pdf_export import Composition

        composition = Composition(content, printer, dt.date.today())
        painter = QPainter()
        if not painter.begin(printer):
            self.show_error(
                self.tr("Cannot print"), self.tr("The printer could not be started. Check that it is connected.")
            )
            return 0
        try:
            composition.paint(painter, printer)
        finally:
            painter.end()
        return composition.pages


class _Progress:
    """A modal progress dialog fed by ``export_pdf``'s callback; the GUI stays responsive between steps."""

    def __init__(self, parent: QWidget | None, label: str, cancel: str, title: str) -> None:
        self.dialog = QProgressDialog(label, cancel, 0, 100, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setValue(0)

    def __call__(self, percent: int, what: str) -> bool:
        self.dialog.setLabelText(what)
        self.dialog.setValue(percent)
        QApplication.processEvents()
        return not self.dialog.wasCanceled()


def install_print_actions(window: Any) -> PrintActions:
    """Give File ▸ Export to PDF… (Ctrl+E), Print… (Ctrl+P) and Print Preview… their behaviour on ``window``."""
    actions = PrintActions(window)
    window.print_actions = actions
    return actions
