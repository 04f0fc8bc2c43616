"""File ▸ Import…: the command line's import, run off the GUI thread with progress, cancel and a report."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from gui.dialogs.problem_list import ProblemList
from model.i18n import Words
from model.interchange.problems import Problem

if TYPE_CHECKING:
    from model.store.database import Database


@dataclass(frozen=True)
class FileOutcome:
    """What importing one file came to: ``summary`` in a line, and the problems that stopped it, if any."""

    path: Path
    state: str  # "imported" (all of it), else nothing of it was: "refused" (problems), "failed", "cancelled"
    summary: str
    problems: tuple[Problem, ...] = ()
    report: str = ""  # the full text, as the command line prints it

    @property
    def imported(self) -> bool:
        return self.state == "imported"

    @property
    def failed(self) -> bool:
        return self.state in ("refused", "failed")


class ImportWorker(QObject):
    """Imports files one by one in a worker thread; each file is all-or-nothing."""

    progressed = Signal(int, int, str)
    finished = Signal(object, bool)  # a list of FileOutcome, whether anything changed

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
        from model.interchange import importer
        from model.interchange.problems import InputError

        outcomes: list[FileOutcome] = []
        changed = False
        for path in self._paths:
            if self._cancelled:
                outcomes.append(
                    FileOutcome(path, "cancelled", self.tr("{path}: not imported (cancelled).").format(path=path))
                )
                continue
            try:
                report = importer.import_file(self._db, path, self._progress)
            except importer.ImportCancelled:
                words = self.tr("{path}: cancelled; nothing was written.").format(path=path)
                outcomes.append(FileOutcome(path, "cancelled", words))
            except InputError as exc:
                text = exc.report()
                outcomes.append(FileOutcome(path, "refused", text.splitlines()[0], tuple(exc.problems), text))
            except Exception as exc:  # a worker must always report back, never die silently
                words = self.tr("{path}: import failed: {reason}").format(path=path, reason=exc)
                outcomes.append(FileOutcome(path, "failed", words))
            else:
                changed = changed or report.changed
                outcomes.append(FileOutcome(path, "imported", report.summary()))
        self.finished.emit(outcomes, changed)


def verdict(outcomes: list[FileOutcome]) -> tuple[str, bool]:
    """The dialog's heading for what the import came to, and whether it is a failure."""
    failed = sum(o.failed for o in outcomes)
    imported = sum(o.imported for o in outcomes)
    if failed and not imported:
        return ImportText.tr("Import failed: nothing was imported."), True
    if failed:
        words = ImportText.tr(
            "Import finished with problems: {imported} of %n file(s) were imported.", "", len(outcomes)
        )
        return words.format(imported=imported), True
    if imported < len(outcomes):
        return ImportText.tr("Import cancelled: nothing more was written."), False
    return ImportText.tr("Import finished."), False


class ImportText(Words):
    """What an import came to, worded in a module function (plurals outside a QObject: see model.i18n)."""


class ImportDialog(QDialog):
    """Shows progress while importing; then what came of each file and, when any file was refused, every
    problem in a list (file, place, message) that can be resized and copied.
    ``imported`` fires if data changed."""

    imported = Signal()

    def __init__(self, database: Database, paths: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import"))
        self.setObjectName("importDialog")
        self.setMinimumWidth(520)
        self.setSizeGripEnabled(True)
        self.icon = QLabel()
        self.icon.hide()
        self.status = QLabel(self.tr("Importing %n file(s)…", "", len(paths)))
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # file names are user text
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.hide()
        self.problems = ProblemList()
        self.problems.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self._cancel_or_close)
        self.copy_button = QPushButton(self.tr("Copy All"))
        self.copy_button.setToolTip(self.tr("Copy every problem, one line each (Ctrl+C copies the selected rows)"))
        self.copy_button.clicked.connect(lambda: self.problems.copy_all())
        self.copy_button.hide()
        heading = QHBoxLayout()  # a failure's icon beside the words that say so
        heading.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        heading.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        for w in (self.bar, self.summary, self.problems, self.buttons):
            layout.addWidget(w)
        layout.setStretchFactor(self.problems, 1)
        self.done_text: str | None = None
        self.outcomes: list[FileOutcome] = []
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

    def _on_finished(self, outcomes: list[FileOutcome], changed: bool) -> None:
        self.outcomes = outcomes
        self.done_text = "\n".join(o.report or o.summary for o in outcomes)
        heading, failed = verdict(outcomes)
        self.setWindowTitle(self.tr("Import failed") if failed else self.tr("Import"))
        self.bar.hide()
        self.status.setText(heading)
        font = self.status.font()
        font.setBold(True)
        self.status.setFont(font)
        if failed:
            size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
            self.icon.setPixmap(icon.pixmap(size, size))
            self.icon.show()
        self.summary.setText("\n".join(o.summary for o in outcomes))
        self.summary.show()
        problems = [(str(o.path), p) for o in outcomes for p in o.problems]
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        if problems:
            self.problems.set_problems(problems)
            self.problems.show()
            self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.copy_button.show()
            self.resize(max(self.width(), 860), max(self.height(), 460))
        self.buttons.rejected.connect(self.accept)
        if changed:
            self.imported.emit()

    def _cancel_or_close(self) -> None:
        if self.done_text is None:
            self.status.setText(self.tr("Cancelling…"))
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
            parent,
            QCoreApplication.translate("ImportDialog", "Import"),
            "",
            QCoreApplication.translate("ImportDialog", "Summitry data (*.json *.yaml *.yml);;All files (*)"),
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
