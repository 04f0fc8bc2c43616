"""Unexpected errors: logged, shown in a dialog whose details can be copied, and the app keeps going.

:class:`CrashHandler` replaces ``sys.excepthook`` and ``threading.excepthook``. PySide6
hands an exception raised in a slot to ``sys.excepthook`` and carries on with the event
loop; since every database session is a context manager, the exception has already
rolled back and closed whatever session the slot had open by the time it gets here.
Exceptions in other threads are logged there and shown on the GUI thread.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui import crashlog
from model.i18n import QT_TRANSLATE_NOOP

#: The dialogs' headings (translated where shown, with the context CrashDialog).
HEADING = QT_TRANSLATE_NOOP(
    "CrashDialog",
    "Something went wrong in Summitry. What you were doing was not completed; nothing half-done was saved, "
    "and you can keep working.",
)
FATAL_HEADING = QT_TRANSLATE_NOOP(
    "CrashDialog",
    "Summitry closed unexpectedly the last time it ran. Your database is safe: every change is saved whole or "
    "not at all. 'Show details' shows the technical trace it left; you can copy it into a bug report.",
)


class CrashDialog(QDialog):
    """A heading, where the log is, and details that can be shown and copied."""

    def __init__(
        self,
        heading: str,
        details: str,
        log_path: Path | None,
        parent: QWidget | None = None,
        *,
        expanded: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Summitry — unexpected error"))
        self.heading = QLabel(heading)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        where = (
            self.tr("The details are kept in {path}.").format(path=log_path)
            if log_path
            else self.tr("The details could not be written to a log.")
        )
        self.where = QLabel(where)
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setVisible(expanded)
        self.details.setMinimumHeight(220)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.toggle_button = QPushButton(self._toggle_text(expanded))
        self.copy_button = QPushButton(self.tr("Copy details"))
        buttons.addButton(self.toggle_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.toggle_button.clicked.connect(self._toggle)
        self.copy_button.clicked.connect(self.copy_details)
        layout = QVBoxLayout(self)
        for w in (self.heading, self.where, self.details):
            layout.addWidget(w)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _toggle_text(self, shown: bool) -> str:
        return self.tr("Hide details") if shown else self.tr("Show details")

    def details_text(self) -> str:
        return self.details.toPlainText()

    def add_details(self, more: str) -> None:
        """Another error while this dialog is open: one dialog, not a stack of them."""
        self.details.appendPlainText("\n" + more)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
        self.copy_button.setText(self.tr("Copied"))

    def _toggle(self) -> None:
        show = not self.details.isVisible()
        self.details.setVisible(show)
        self.toggle_button.setText(self._toggle_text(show))
        if show:
            self.resize(max(self.width(), 720), max(self.height(), 480))
        else:
            self.adjustSize()


class CrashHandler(QObject):
    """Installs itself as the excepthook of the process and of every thread.

    Args:
        parent_window: returns the window dialogs belong to (or None).
        folder: the log directory (default: :func:`gui.crashlog.log_dir`).
    """

    _report_from_thread = Signal(str, str)

    def __init__(self, parent_window: Callable[[], QWidget | None] = lambda: None, folder: Path | None = None) -> None:
        super().__init__()
        self._parent_window = parent_window
        self.folder = folder or crashlog.log_dir()
        self.dialog: CrashDialog | None = None
        self._previous: tuple[Any, Any] | None = None
        self._showing = False
        self._report_from_thread.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> CrashHandler:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        return self

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def excepthook(
        self, exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None, where: str = ""
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc if exc is not None else exc_type(), tb)
            QApplication.quit()
            return
        report = crashlog.describe(exc_type, exc, tb, where)
        log_path = crashlog.write_report(report, self.folder)
        print(report, file=sys.__stderr__ or sys.stderr)
        heading = _heading_for(exc)
        if threading.current_thread() is threading.main_thread():
            self._show(heading, report, log_path)
        else:
            self._report_from_thread.emit(heading, report)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        name = args.thread.name if args.thread is not None else "a background thread"
        self.excepthook(args.exc_type, args.exc_value, args.exc_traceback, where=f"thread {name}")

    def _show(self, heading: str, report: str, log_path: Path | None = None) -> None:
        if self._showing:  # an error while building the dialog itself: the log has it, do not recurse
            return
        self._showing = True
        try:
            if self.dialog is not None and self.dialog.isVisible():
                self.dialog.add_details(report)
                return
            self.dialog = CrashDialog(
                heading, report, log_path or self.folder / crashlog.CRASH_LOG, self._parent_window()
            )
            self.dialog.open()  # window-modal and non-blocking: the event loop, and the app, keep running
        finally:
            self._showing = False


def _heading_for(exc: BaseException | None) -> str:
    """A database that turned out damaged, busy or read-only mid-use gets its own words."""
    from model.store.faults import DatabaseOpenError

    if isinstance(exc, DatabaseOpenError):
        return f"{exc.message}\n{exc.advice}".strip()
    return QCoreApplication.translate("CrashDialog", HEADING)


def offer_fatal_trace(parent: QWidget | None = None, folder: Path | None = None) -> CrashDialog | None:
    """If the last run died hard, show what faulthandler left (archived first, so it is offered once)."""
    found = crashlog.take_fatal_trace(folder)
    return show_fatal_trace(parent, *found) if found is not None else None


def show_fatal_trace(parent: QWidget | None, text: str, archived: Path) -> CrashDialog:
    """Show a hard-crash trace already taken with :func:`gui.crashlog.take_fatal_trace`."""
    dialog = CrashDialog(QCoreApplication.translate("CrashDialog", FATAL_HEADING), text, archived, parent)
    dialog.setWindowTitle(QCoreApplication.translate("CrashDialog", "Summitry — closed unexpectedly last time"))
    dialog.open()
    return dialog
