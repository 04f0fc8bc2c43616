"""File ▸ Export Data: the selected records, or what the current search finds, as a spreadsheet (CSV) or
calendar (ICS) file: the same files as ``summitry export -o OUT.csv|.ics``.

Only Qt is imported at load time; the exporters (and SQLAlchemy, which they read with) load on first use.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QWidget

from model.i18n import QT_TRANSLATE_NOOP, Words


@dataclass(frozen=True)
class Format:
    """A file format of the menu: its suffix, the words for it, and the file dialog's filter (both translated
    where shown)."""

    suffix: str
    name: str
    filter: str


CSV = Format(
    ".csv",
    QT_TRANSLATE_NOOP("DataExportActions", "Spreadsheet (CSV)"),
    QT_TRANSLATE_NOOP("DataExportActions", "CSV spreadsheets (*.csv)"),
)
ICS = Format(
    ".ics",
    QT_TRANSLATE_NOOP("DataExportActions", "Calendar (ICS)"),
    QT_TRANSLATE_NOOP("DataExportActions", "iCalendar files (*.ics)"),
)


class DataExportActions(QObject):
    """The Export Data submenu of one main window, and what its actions do."""

    #: After an export: the file written, or None when nothing was (a failure, or nothing to write).
    finished = Signal(object)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.last_folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(
            Path.home()
        )
        self.menu = window.file_menu.addMenu(self.tr("Export &Data"))
        self.menu.setObjectName("exportDataMenu")
        items = window.file_menu.actions()
        quit_at = items.index(window.action_quit) if window.action_quit in items else len(items)
        # Beside the PDF exports, before the separator that keeps Quit apart.
        window.file_menu.insertMenu(items[max(quit_at - 1, 0)], self.menu)
        self.actions: dict[str, QAction] = {}
        for key, text, fmt, tip in (
            (
                "selected_csv",
                self.tr("Selected Records to &Spreadsheet (CSV)…"),
                CSV,
                self.tr("One row per record, for a spreadsheet"),
            ),
            (
                "selected_ics",
                self.tr("Selected Records to &Calendar (ICS)…"),
                ICS,
                self.tr("The dated meetings and rounds"),
            ),
            (
                "search_csv",
                self.tr("Search Results to S&preadsheet (CSV)…"),
                CSV,
                self.tr("One row per record the search finds"),
            ),
            (
                "search_ics",
                self.tr("Search Results to C&alendar (ICS)…"),
                ICS,
                self.tr("The dated meetings and rounds it finds"),
            ),
        ):
            action = QAction(text, window)
            action.setObjectName(f"action_export_{key}")
            action.setStatusTip(tip)
            from_search = key.startswith("search")
            action.triggered.connect(lambda _=False, f=fmt, s=from_search: self.export(f, s))
            self.menu.addAction(action)
            self.actions[key] = action
            if key == "selected_ics":
                self.menu.addSeparator()

    def _parent(self) -> QWidget | None:
        return self.window if isinstance(self.window, QWidget) else QApplication.activeWindow()

    # --- dialogs -------------------------------------------------------------------------------------------

    def ask_path(self, fmt: Format, proposed: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self._parent(),
            self.tr("Export to {format}").format(format=self.tr(fmt.name)),
            str(Path(self.last_folder) / f"{proposed}{fmt.suffix}"),
            self.tr(fmt.filter),
            options=QFileDialog.Option.DontConfirmOverwrite,  # asked in our own words (gui.printing.actions)
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == fmt.suffix else path.with_name(path.name + fmt.suffix)

    def tell(self, title: str, text: str, warning: bool = False) -> None:
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._parent())
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    # --- the action --------------------------------------------------------------------------------------

    def chosen(self, from_search: bool) -> tuple[list[str], str] | None:
        """The ids to export and a name for the file; None (after saying why) when there are none."""
        database = self.window.database
        if database is None:
            return None
        if not from_search:
            ids = self.window.print_actions.chosen_ids()
            if not ids:
                self.tell(self.tr("Nothing to export"), self.tr("Select a record in the tree first."))
                return None
            return ids, ids[0] if len(ids) == 1 else self.tr("Summitry (%n record(s))", "", len(ids))
        query = self.window.print_actions.current_query().strip()
        if not query:
            self.tell(self.tr("No search"), self.tr("Search first (Ctrl+F); then export what it finds."))
            return None
        from model.cli.data_commands import EXPORT_QUERY_CAP
        from model.search import engine

        found, complete = engine.match_ids(database, query, cap=EXPORT_QUERY_CAP)
        if not found:
            self.tell(
                self.tr("Nothing to export"), self.tr("The search '{query}' finds no records.").format(query=query)
            )
            return None
        if not complete:
            self.tell(
                self.tr("Too many records"),
                self.tr(
                    "The search '{query}' finds more than %Ln records. Narrow it (for example add year:2016 or "
                    "forum:ARF), or export everything with: summitry export -o FILE",
                    "",
                    EXPORT_QUERY_CAP,
                ).format(query=query),
            )
            return None
        return found, self.tr("Summitry search")

    def export(self, fmt: Format, from_search: bool = False) -> Path | None:
        """Ask where, then write the file on a worker thread (a search can find 100,000 records) behind a
        busy dialog; :attr:`finished` then carries the file written, or None. Returns the path chosen."""
        chosen = self.chosen(from_search)
        if chosen is None:
            return None
        ids, proposed = chosen
        path = self.ask_path(fmt, proposed)
        if path is None:
            return None
        if path.exists() and not self.window.print_actions.confirm_overwrite(path):
            return None
        self.last_folder = str(path.parent)
        from gui.background import run_in_background

        busy = QProgressDialog(self.tr("Writing {name}…").format(name=path.name), "", 0, 0, self._parent())
        busy.setWindowTitle(self.tr("Export"))
        busy.setCancelButton(None)  # the file is written whole or not at all: nothing to stop halfway
        busy.setMinimumDuration(500)
        busy.setWindowModality(Qt.WindowModality.WindowModal)
        database = self.window.database

        def work() -> tuple[str, str | None]:
            try:
                return "done", _write(database, fmt, path, ids)
            except (KeyError, OSError) as exc:
                reason = getattr(exc, "strerror", None) or (exc.args[0] if exc.args else exc)
                words = QCoreApplication.translate(
                    "DataExportActions", "Could not write {name}: {reason}.\nNothing was changed."
                )
                return "failed", words.format(name=path.name, reason=reason)

        def done(result: Any) -> None:
            busy.close()
            outcome, words = result
            if outcome == "failed":
                self.tell(self.tr("Export failed"), str(words), warning=True)
            elif words is None:
                self.tell(
                    self.tr("Nothing to put in a calendar"),
                    self.tr("None of these records is a meeting or round with a date. Nothing was written."),
                )
            else:
                self.window.statusBar().showMessage(words, 10000)
            self.finished.emit(path if outcome == "done" and words is not None else None)

        run_in_background(work, done, self.window)
        return path


class DataExportText(Words):
    """What an export says when done, worded on its worker thread (plurals outside a QObject: see model.i18n)."""


def _write(database: Any, fmt: Format, path: Path, ids: list[str]) -> str | None:
    """Write the file (on a worker thread); words for the status bar, or None when there was nothing to write."""
    if fmt is CSV:
        from model.exports.csv_file import export_csv

        rows = export_csv(database, path, ids)
        return DataExportText.tr("Exported %n record(s) to {path}", "", rows).format(path=path)
    from model.exports.ics_file import export_ics

    result = export_ics(database, path, ids)
    if not result.events:
        return None
    left = result.left_out()
    if left:
        words = DataExportText.tr("Exported %n calendar event(s) to {path} (left out: {left})", "", result.events)
        return words.format(path=path, left=left)
    return DataExportText.tr("Exported %n calendar event(s) to {path}", "", result.events).format(path=path)


def install_data_export(window: Any) -> DataExportActions:
    """Give ``window`` its File ▸ Export Data submenu (after the print actions are installed)."""
    actions = DataExportActions(window)
    window.data_export = actions
    return actions
