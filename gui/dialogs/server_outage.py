"""When the server of the archive the window shows goes away: a banner with Retry, not the crash dialog.

A read or write that meets a server which stopped, restarted, dropped the connection or now refuses the login
raises :class:`~model.store.faults.DatabaseOpenError` with the server's words (:mod:`model.store.server_faults`);
what was being done was rolled back whole. :class:`OutageWatch` stands in front of ``sys.excepthook`` and
``threading.excepthook`` (where PySide6 and threads hand an exception raised in a slot, a model or a worker)
and sends those to an :class:`OutageBanner` above the panes, and its heading to the status bar: the window
stays usable, and however often a click meets the dead server, there is one banner, not a stack of dialogs.

*Retry* asks the server again off the GUI thread (:func:`model.store.server_probe.reconnect`: the engine pings
the connections it pooled before and replaces the dead ones) and, once it answers, the window reads everything
again (``on_back``). Any other error goes on to the hooks found (the crash dialog), as does one from a file.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from gui.dialogs.open_error_dialog import title_for
from gui.dialogs.server_work import ServerWork
from model.store import location
from model.store.faults import DatabaseOpenError

if TYPE_CHECKING:
    from model.store.database import Database

#: The faults of a server in use that may pass (it comes back, a password or a right is fixed): Retry helps.
OUTAGE_REASONS = frozenset(
    {"connection-lost", "unreachable", "not-ready", "password-needed", "refused", "no-database", "no-permission"}
    | {"busy", "server-error", "bad-address", "tls-unavailable", "tls-unverified"}
)


class OutageBanner(QFrame):
    """A strip above the panes: what happened to the server, in words, and Retry (with a busy indicator)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverOutageBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#serverOutageBanner { background: #fff4ce; border: 1px solid #c9a227; }")
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(32, 32))
        self.title = QLabel()
        self.title.setObjectName("serverOutageTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.message = QLabel()
        self.message.setObjectName("serverOutageMessage")
        for label in (self.title, self.message):
            label.setTextFormat(Qt.TextFormat.PlainText)  # URLs and names are the user's text
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(120)
        self.busy.hide()
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.setObjectName("serverRetry")
        words = QVBoxLayout()
        words.addWidget(self.title)
        words.addWidget(self.message)
        row = QHBoxLayout(self)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(words, 1)
        row.addWidget(self.busy)
        row.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_fault(self, error: DatabaseOpenError, note: str = "") -> None:
        self.title.setText(title_for(error.reason))
        self.message.setText("\n".join(part for part in (error.message, error.advice, note) if part))
        self.show()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.retry_button.setEnabled(not busy)


class OutageWatch(QObject):
    """Sends a server's refusal met while ``window`` uses its archive to the banner; Retry calls ``on_back`` once
    the server answers again. ``database`` gives the archive the window shows (None: none)."""

    _met = Signal(object)

    def __init__(
        self, window: QMainWindow, database: Callable[[], Database | None], on_back: Callable[[], object]
    ) -> None:
        super().__init__(window)
        self._window = window
        self._database = database
        self._on_back = on_back
        self._previous: tuple[Any, Any] = (sys.excepthook, threading.excepthook)
        self._retrying: ServerWork | None = None
        # Made at the first outage, not with the window: most windows never meet one (a file's never does),
        # and making it was part of every start.
        self._banner: OutageBanner | None = None
        self._met.connect(self._handle, Qt.ConnectionType.QueuedConnection)

    @property
    def banner(self) -> OutageBanner:
        """The banner, made the first time it is needed; :meth:`_place` puts it above the panes."""
        if self._banner is None:
            self._banner = OutageBanner()
            self._banner.retry_button.clicked.connect(lambda: self.retry())
        return self._banner

    def install(self) -> OutageWatch:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook
        ours, previous = (self._excepthook, self._thread_excepthook), self._previous
        self._window.destroyed.connect(lambda: _restore_hooks(ours, previous))
        return self

    def _excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: Any) -> None:
        if self._is_outage(exc):
            self._met.emit(exc)
            return
        self._previous[0](exc_type, exc, tb)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if self._is_outage(args.exc_value):
            self._met.emit(args.exc_value)
            return
        self._previous[1](args)

    def _is_outage(self, exc: BaseException | None) -> bool:
        database = self._database()
        return (
            isinstance(exc, DatabaseOpenError)
            and exc.reason in OUTAGE_REASONS
            and database is not None
            and location.is_server(database.target)
        )

    def _handle(self, error: DatabaseOpenError) -> None:
        self._place()
        retrying = self._retrying is not None and self._retrying.running()
        self.banner.show_fault(error)
        self.banner.set_busy(retrying)
        self._window.statusBar().showMessage(title_for(error.reason))

    def _place(self) -> None:
        """Put the banner above the panes, the first time it is needed (a window on a file never has it)."""
        if self.banner.parent() is not None:
            return
        panes = self._window.takeCentralWidget()
        column = QWidget()
        column.setObjectName("centralColumn")
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        if panes is not None:
            layout.addWidget(panes, 1)
        self._window.setCentralWidget(column)
        if panes is not None:
            panes.show()

    def retry(self) -> None:
        """Retry: ask the server again off the GUI thread; once it answers, the window reads everything again."""
        database = self._database()
        if database is None or (self._retrying is not None and self._retrying.running()):
            return
        from model.store.server_probe import reconnect

        self.banner.set_busy(True)
        self._window.statusBar().showMessage(self.tr("Connecting to the server again…"))
        self._retrying = ServerWork(
            lambda: reconnect(database), lambda _result, error: self._retried(database, error), self
        ).start()

    def _retried(self, database: Database, error: BaseException | None) -> None:
        self.banner.set_busy(False)
        if database is not self._database():
            return  # the window went on to another database meanwhile
        if isinstance(error, DatabaseOpenError):
            self.banner.show_fault(error, self.tr("Retry found the server still unavailable."))
            self._window.statusBar().showMessage(title_for(error.reason))
            return
        if error is not None:
            raise error
        self.banner.hide()
        self._window.statusBar().showMessage(self.tr("Connected to the server again."), 10000)
        self._on_back()

    def database_changed(self) -> None:
        """The window shows another database, or read its own again: what the banner said is over."""
        if self._banner is not None and (self._retrying is None or not self._retrying.running()):
            self._banner.hide()


def _restore_hooks(ours: tuple[Any, Any], previous: tuple[Any, Any]) -> None:
    if sys.excepthook == ours[0]:
        sys.excepthook = previous[0]
    if threading.excepthook == ours[1]:
        threading.excepthook = previous[1]
