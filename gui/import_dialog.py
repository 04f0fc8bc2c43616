"""File ▸ Import…: the command line's import, run off the GUI thread with progress, cancel and a report."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from model.db import Database


class ImportWorker(QObject):
    """Imports files one by one in a worker thread; each file is all-or-nothing."""

    progressed = Signal(int, int, str)
    finished = Signal(str, bool)  # report text, whether anything changed

    def __init__(self, database: Database, paths: list[Path]) -> None:
        super().__init__()
        self._db = database
        self._paths = paths
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def _progress(self, done: int, total: int, phase: str) -> bool:
        self.progressed.emit(done, total, phase)
        return not self._cancelled

    @Slot()
    def run(self) -> None:
        from model import importer
        from model.problems import InputError

        lines: list[str] = []
        changed = False
        for path in self._paths:
            if self._cancelled:
                lines.append(f"{path}: not imported (cancelled).")
                continue
            try:
                report = importer.import_file(self._db, path, self._progress)
            except importer.ImportCancelled:
                lines.append(f"{path}: cancelled; nothing was written.")
            except InputError as exc:
                lines.append(exc.report())
            except Exception as exc:  # a worker must always report back, never die silently
                lines.append(f"{path}: import failed: {exc}")
            else:
                changed = changed or report.changed
                lines.append(report.summary())
        self.finished.emit("\n".join(lines), changed)


class ImportDialog(QDialog):
    """Shows progress while importing; becomes the report when done. ``imported`` fires if data changed."""

    imported = Signal()

    def __init__(self, database: Database, paths: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import")
        self.setObjectName("importDialog")
        self.setMinimumWidth(520)
        self.status = QLabel(f"Importing {len(paths)} file(s)…")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self._cancel_or_close)
        layout = QVBoxLayout(self)
        for w in (self.status, self.bar, self.report, self.buttons):
            layout.addWidget(w)
        self.done_text: str | None = None
        self._thread = QThread(self)
        self._worker = ImportWorker(database, paths)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.finished.connect(self._on_finished)
        self._worker.finished.connect(self._thread.quit)

    def start(self) -> None:
        self._thread.start()

    def _on_progress(self, done: int, total: int, phase: str) -> None:
        self.bar.setRange(0, total)  # 0 to 0: a busy bar, for a step whose length is unknown
        self.bar.setValue(done)
        self.status.setText(phase)

    def _on_finished(self, text: str, changed: bool) -> None:
        self.done_text = text
        self.bar.hide()
        self.status.setText("Import finished.")
        self.report.setPlainText(text)
        self.report.show()
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.accept)
        if changed:
            self.imported.emit()

    def _cancel_or_close(self) -> None:
        if self.done_text is None:
            self.status.setText("Cancelling…")
            self._worker.cancel()
        else:
            self.accept()

    def wait(self) -> None:
        """Block until the worker thread has ended (tests, closing the window)."""
        self._thread.quit()
        self._thread.wait()

    def reject(self) -> None:
        if self.done_text is None:
            self._cancel_or_close()
            return
        super().reject()


def import_files(window: object, paths: list[Path] | None = None) -> ImportDialog | None:
    """Ask for files (unless given), then import them into the window's database with a progress dialog."""
    database = getattr(window, "database", None)
    parent = window if isinstance(window, QWidget) else None
    if database is None:
        return None
    if paths is None:
        names, _ = QFileDialog.getOpenFileNames(
            parent, "Import", "", "Summitry data (*.json *.yaml *.yml);;All files (*)"
        )
        paths = [Path(n) for n in names]
    if not paths:
        return None
    dialog = ImportDialog(database, paths, parent)
    reload = getattr(window, "reload", None)
    if reload is not None:
        dialog.imported.connect(reload)
    dialog.start()
    dialog.open()
    return dialog
