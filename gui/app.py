"""Starting the desktop app: the window first, then the data.

``run_app`` makes sure this is the only Summitry on the database (handing over to a
running one otherwise) and shows the main window as a shell at once, before even the
Qt namespace, SQLAlchemy or the dataset are imported. After that first paint it installs
the crash handler, builds the panes, menus and docks, and once those have painted opens
the database, asking the user what to do if it cannot be opened.
"""

from __future__ import annotations

import gc
import sys
import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QApplication, QWidget

    from gui.main_window import MainWindow
    from gui.single_instance import SingleInstance


def open_or_report(window: object, database: str | None, preload: threading.Thread | None = None) -> bool:
    """Open the database in the window; when it cannot be opened, offer the ways out (or quit).

    ``preload`` (see :func:`preload_database_layer`) is waited for first, with the window painting: the
    GUI thread then imports nothing of the database layer while the worker is still inside it (a library's
    own circular imports, entered from two threads at once, could see a half-made module).
    """
    if preload is not None:
        from PySide6.QtCore import QCoreApplication, QEventLoop

        while preload.is_alive():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 10)
            preload.join(0.005)
    from gui import settings_guard
    from gui.open_error_dialog import open_interactively

    win: MainWindow = window  # type: ignore[assignment]
    win.statusBar().showMessage("Opening the database…")
    opened = open_interactively(database, win)
    win.statusBar().clearMessage()
    if opened is None:  # the user chose Quit: closing the last window ends the event loop
        win.close()
        return False
    win.set_database(opened.database)
    notes = [*opened.notes, *settings_guard.take_notes()]
    if notes:
        win.statusBar().showMessage("  ".join(notes), 20000)
    return True


def start_app(
    database: str | None = None, after_paint: Callable[[MainWindow], object] | None = None
) -> tuple[QApplication, MainWindow]:
    """Create the application and show the main window; it is built, then the database opened, after it paints.

    The window appears first as a shell (where and as big as the user left it); its panes, menus and
    docks are made on the event-loop turn after that first paint (``after_paint(window)`` runs just
    before, and the database layer starts loading on a worker thread), and the database is opened once
    the built window has painted in turn.
    """
    pause_collection()
    app = _application()

    from gui.main_window import MainWindow

    window = MainWindow(build=False)
    window.destroyed.connect(resume_collection)  # however start-up ends
    window.show()

    def open_database(preload: threading.Thread) -> None:
        try:
            open_or_report(window, database, preload)
        finally:
            resume_collection()

    def build() -> None:
        preload = preload_database_layer()
        if after_paint is not None:
            after_paint(window)
        window.build()
        # Opening (and on first start loading the bundled dataset) waits until the built window has been
        # painted, so people see the panes (with "Opening the database…") while SQLAlchemy loads.
        after_first_paint(window, lambda: open_database(preload))

    after_first_paint(window, build)
    return app, window


_PAUSED: list[bool] = []  # whether start-up paused the garbage collector (and it was on before)


def pause_collection() -> None:
    """Pause Python's cyclic garbage collector until the window shows its data.

    Start-up creates hundreds of thousands of objects (Qt's enums, SQLAlchemy's classes, the schema) and
    frees almost none: every collection it triggers walks them all for nothing, about a tenth of the
    time to the first record (bench/README.md).
    """
    if not _PAUSED and gc.isenabled():
        gc.disable()
        _PAUSED.append(True)


def resume_collection() -> None:
    """Turn the collector back on after start-up (see :func:`pause_collection`); the objects start-up made
    are moved out of its view (``gc.freeze``): they live as long as the app, and need not be walked again."""
    if _PAUSED:
        _PAUSED.clear()
        gc.freeze()
        gc.enable()


def preload_database_layer() -> threading.Thread:
    """Import the database layer (SQLAlchemy, the schema, the queries) on a worker thread.

    SQLAlchemy alone takes longer to import than Qt needs to show the window; while the GUI thread builds
    and paints the panes (mostly inside Qt, which lets other Python threads run), a second core can load it.
    Whatever the GUI thread imports itself meanwhile simply waits for the module the worker is loading.
    """

    def work() -> None:
        import model.backup
        import model.bundled
        import model.details
        import model.queries
        import model.recovery
        import model.search.engine

        model.details.prepare()  # the first record shown (the last one, restored) need not compile its reads

    thread = threading.Thread(target=work, name="preload-database-layer", daemon=True)
    thread.start()
    return thread


def after_first_paint(window: QWidget, callback: Callable[[], object], fallback_ms: int = 300) -> None:
    """Run ``callback`` once, on the event-loop turn after ``window`` has painted (or after ``fallback_ms``
    when no paint comes, e.g. a minimised window)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _Once(QObject):
        def __init__(self) -> None:
            super().__init__(window)
            self.fired = False

        def fire(self) -> None:
            if not self.fired:
                self.fired = True
                window.removeEventFilter(self)
                callback()

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            # The window repaints while it handles UpdateRequest (or as its Paint event).
            if event.type() in (QEvent.Type.UpdateRequest, QEvent.Type.Paint):
                QTimer.singleShot(0, self, self.fire)  # dropped if the window (and so this) is deleted first
            return False

    once = _Once()
    window.installEventFilter(once)
    QTimer.singleShot(fallback_ms, once, once.fire)


def _application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Summitry")
    app.setOrganizationName("Summitry")
    return app  # type: ignore[return-value]


def defer_to_running_instance(guard: SingleInstance) -> int:
    """Another Summitry has this database: bring its window forward, or say who has it."""
    if guard.hand_over():
        print("Summitry is already running with this database; its window was brought to the front.", file=sys.stderr)
        return 0
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, "Summitry is already running", guard.describe_holder())
    box.setInformativeText("Close it first, or start Summitry on another database with --database.")
    box.exec()
    return 1


def bring_to_front(window: MainWindow) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def run_app(database: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from gui import crashlog
    from gui.single_instance import SingleInstance

    app = _application()
    guard = SingleInstance(database)
    handlers: list[Any] = []
    try:
        if not guard.claim(listen=False):  # the socket later starts hand over to opens after the first paint
            return defer_to_running_instance(guard)
        fatal = crashlog.take_fatal_trace()  # before faulthandler starts a fresh fatal.log
        crashlog.enable_fault_log()

        def after_paint(window: MainWindow) -> None:
            # The crash dialog's module and QtNetwork are not needed to show the window, so they load here.
            from gui import crash

            handlers.append(crash.CrashHandler(QApplication.activeWindow).install())
            guard.listen()
            guard.activation_requested.connect(lambda: bring_to_front(window))
            if fatal is not None:
                crash.show_fatal_trace(window, *fatal)

        app, window = start_app(database, after_paint)
        code = app.exec()
        window.close_database()
        return code if window.database is not None else 1  # 1: quit without a usable database
    finally:
        guard.release()
        crashlog.disable_fault_log()
        for handler in handlers:
            handler.uninstall()
