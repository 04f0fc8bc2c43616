"""Starting the desktop app: the window first, then the data, then the rest of the database layer.

``run_app`` makes sure this is the only Summitry on the database (handing over to a
running one otherwise) and shows the main window as a shell at once, before even the
Qt namespace or the dataset are imported. After that first paint it installs the crash
handler and builds the panes, menus and docks; once those have painted it opens the
database (asking the user what to do if it cannot be opened) and shows the tree, the
timeline and the last record, read straight on SQLite (see model.store.sqlrun). SQLAlchemy,
which writing, importing and exporting need, loads on a worker thread after that.
"""

from __future__ import annotations

import gc
import importlib
import os
import sys
import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QApplication, QWidget

    from gui.main_window import MainWindow
    from gui.open_ahead import OpenAhead
    from gui.single_instance import SingleInstance
    from model.store.database import Database
    from model.store.faults import DatabaseOpenError


def open_or_report(
    window: object, database: str | None, error: DatabaseOpenError | None = None, ahead: OpenAhead | None = None
) -> bool:
    """Open the database in the window; when it cannot be opened, offer the ways out (or quit).

    Damage found by the window's first reads of it (a file too large to be checked whole at open) gets
    the same dialog as damage found at open; ``error`` is damage already met while it was in use. ``ahead``:
    its opening, already started (see gui.open_ahead).
    """
    from gui import settings_guard
    from gui.dialogs import database_choice
    from gui.dialogs.open_error_dialog import open_and_load, open_interactively
    from model.store.faults import DatabaseOpenError

    win: MainWindow = window  # type: ignore[assignment]

    def show(opened: Database) -> None:
        try:
            win.set_database(opened)
        except DatabaseOpenError:
            win.set_database(None)  # half shown: let go of it before the user decides
            raise

    from PySide6.QtCore import QCoreApplication

    win.statusBar().showMessage(QCoreApplication.translate("App", "Opening the database…"))
    opener = open_and_load if ahead is None else ahead.opener(open_and_load)
    try:
        opened = open_interactively(database, win, opener=opener, show=show, error=error, guard=win.instance)
    finally:
        if ahead is not None:
            ahead.discard()  # not taken (another database was opened): closed
    win.statusBar().clearMessage()
    if opened is None:  # the user chose Quit: closing the last window ends the event loop
        win.close()
        return False
    from gui.dialogs.recent_servers import note_server

    note_server(win.settings, opened.database.target)  # a server named by --database is offered again later
    notes = [*opened.notes, *settings_guard.take_notes(), *database_choice.take_notes()]
    if notes:
        win.statusBar().showMessage("  ".join(notes), 20000)
    return True


def start_app(
    database: str | None = None,
    after_paint: Callable[[MainWindow], object] | None = None,
    ahead: OpenAhead | None = None,
) -> tuple[QApplication, MainWindow]:
    """Create the application and show the main window; it is built, then the database opened, after it paints.

    The window appears first as a shell (where and as big as the user left it); its panes, menus and
    docks are made on the event-loop turn after that first paint (``after_paint(window)`` runs just
    before), and the database is opened once the built window has painted in turn. Reading it needs no
    SQLAlchemy (see model.store.sqlrun): that loads on a worker thread once the data has painted. ``ahead``:
    the archive's opening, started at launch (see gui.open_ahead), for the window's open to take.
    """
    pause_collection()
    app = _application()

    from gui.main_window import MainWindow

    window = MainWindow(build=False)
    window.destroyed.connect(resume_collection)  # however start-up ends
    window.show()

    def open_database() -> None:
        from gui.dialogs.database_choice import startup_target

        # What showing an archive needs (the tree's model, the records' reading) loads before the window waits
        # for the archive: a server's is being opened on a worker (gui.open_ahead), whose waits for the server
        # would otherwise leave this thread idle too.
        for needed in ("gui.browse.tree_model", "model.records.read_views"):
            importlib.import_module(needed)
        try:
            opened = open_or_report(window, startup_target(database, window.settings), ahead=ahead)
        except BaseException:
            resume_collection()
            raise
        if opened:
            after_first_paint(window, lambda: load_database_layer(resume_collection))
        else:
            resume_collection()

    def build() -> None:
        if after_paint is not None:
            after_paint(window)
        watch_for_damage(window)
        watch_for_outage(window)
        window.build()
        # Opening (and on first start loading the bundled dataset) waits until the built window has been
        # painted, so people see the panes (with "Opening the database…") at once.
        after_first_paint(window, open_database)

    after_first_paint(window, build)
    return app, window


def watch_for_damage(window: MainWindow) -> None:
    """Damage the window's reads meet while the database is in use gets the damage dialog (with Restore),
    not the crash dialog: in a file too large to be checked whole at open, reads are what find it."""
    from gui.dialogs.open_error_dialog import DamageWatch

    def on_damage(error: DatabaseOpenError) -> None:
        database = window.database
        if database is None or database.damage is None:
            return  # from a database closed or replaced since: the one on screen is fine
        target = database.target
        window.set_database(None)  # closes it: nothing reads the damaged file while the user decides
        open_or_report(window, target, database.damage)

    DamageWatch(on_damage, window).install()


def watch_for_outage(window: MainWindow) -> None:
    """A server that goes away while the window uses its archive gets a banner with Retry (the window reads
    everything again once it answers), not the crash dialog."""
    from gui.dialogs.server_outage import OutageWatch

    watch = OutageWatch(window, lambda: window.database, window.reload).install()
    window.databaseChanged.connect(lambda _database: watch.database_changed())


_LOADING: list[threading.Thread] = []


def load_database_layer(done: Callable[[], object] | None = None) -> threading.Thread:
    """Import SQLAlchemy, the schema and the rest of the database layer on a worker thread.

    Browsing (the tree, the timeline, the detail pane, search) reads SQLite without them; writing,
    importing and exporting need them, and need not wait for them when people first ask. ``done`` runs
    on the worker when it has finished.
    """

    def work() -> None:
        try:
            from model.store import engine as db

            db.load_sqlalchemy()
            import model.report.briefs
            import model.store.backup
            import model.store.recovery  # noqa: F401
        finally:
            if done is not None:
                done()

    thread = threading.Thread(target=work, name="load-database-layer", daemon=True)
    _LOADING[:] = [thread]
    thread.start()
    return thread


def database_layer_loading() -> threading.Thread | None:
    """The thread loading the database layer after start-up (see :func:`load_database_layer`), if any."""
    return _LOADING[0] if _LOADING else None


_PAUSED: list[bool] = []  # whether start-up paused the garbage collector (and it was on before)
_PAUSE_LOCK = threading.Lock()


def pause_collection() -> None:
    """Pause Python's cyclic garbage collector until start-up has finished loading.

    Start-up creates hundreds of thousands of objects (Qt's enums, the panes; after the data shows,
    SQLAlchemy's classes and the schema) and frees almost none: every collection it triggers walks them
    all for nothing.
    """
    with _PAUSE_LOCK:
        if not _PAUSED and gc.isenabled():
            gc.disable()
            _PAUSED.append(True)


def resume_collection() -> None:
    """Turn the collector back on after start-up (see :func:`pause_collection`); the objects start-up made
    are moved out of its view (``gc.freeze``): they live as long as the app, and need not be walked again.
    Safe from any thread."""
    with _PAUSE_LOCK:
        if _PAUSED:
            _PAUSED.clear()
            gc.freeze()
            gc.enable()


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
    """The application, its interface in the language chosen in Edit ▸ Preferences… (see :func:`apply_language`)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Summitry")
    app.setOrganizationName("Summitry")
    apply_language(app)  # type: ignore[arg-type]
    return app  # type: ignore[return-value]


def apply_language(app: QApplication) -> str:
    """Put the interface into the language saved in the settings (System: the operating system's, when Summitry
    has it), before any window is made; returns the language. A change in Preferences takes effect here, at the
    next start: nothing already on screen is worded again."""
    from PySide6.QtCore import QLocale

    from gui import languages, translation
    from gui import settings as settings_mod

    choice = languages.chosen(settings_mod.open_settings().value(languages.KEY))
    return translation.install(app, languages.resolve(choice, QLocale.system().uiLanguages()))


def defer_to_running_instance(guard: SingleInstance) -> int:
    """Another Summitry has this database: bring its window forward, or say who has it."""
    from PySide6.QtCore import QCoreApplication

    if guard.hand_over():
        print(
            QCoreApplication.translate(
                "App", "Summitry is already running with this database; its window was brought to the front."
            ),
            file=sys.stderr,
        )
        return 0
    from PySide6.QtWidgets import QMessageBox

    title = QCoreApplication.translate("App", "Summitry is already running")
    box = QMessageBox(QMessageBox.Icon.Information, title, guard.describe_holder())
    box.setInformativeText(
        QCoreApplication.translate("App", "Close it first, or start Summitry on another database with --database.")
    )
    box.exec()
    return 1


def bring_to_front(window: MainWindow) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


#: An archive that takes longer than this to show (a first start loading the dataset, a password asked for):
#: later starts are answered from then on, rather than once it shows.
LISTEN_AT_LATEST_MS = 500


def adopt_instance(window: MainWindow, guard: SingleInstance) -> None:
    """Make ``guard`` the window's single-instance lock: later starts on its database bring this window to the
    front, and the lock moves with the database the window shows.

    Its socket opens once the window has painted its archive (QtNetwork and the socket are no part of the first
    screen), or after :data:`LISTEN_AT_LATEST_MS` when that takes longer; a start in between waits for it
    (:meth:`SingleInstance.hand_over` retries)."""
    from PySide6.QtCore import QTimer

    window.instance = guard
    guard.activation_requested.connect(lambda: bring_to_front(window))
    listening = False

    def listen() -> None:
        nonlocal listening
        if not listening:
            listening = True
            guard.listen()

    def shown(_database: object) -> None:
        if not listening:
            after_first_paint(window, listen)

    QTimer.singleShot(LISTEN_AT_LATEST_MS, window, listen)
    window.databaseChanged.connect(shown)


def quicken_import_hook() -> bool:
    """Make PySide6's check of every newly imported module a plain file read; True when it was installed.

    Once PySide6 is imported, each ``import`` of a module not yet seen asks whether its source mentions
    "PySide6" (for ``from __feature__ import …``). PySide6 asks through ``inspect.getsource``, which
    tokenizes the file and fills ``linecache``: about a third of psycopg's import time, and a share of every
    module the window loads. Reading the file's bytes answers the same question, and Python's own library
    (never PySide6) needs no reading: most of what psycopg brings is asyncio, email and ssl. Anything
    unexpected (a PySide6 without this hook, a module without a ``.py`` file) is left to PySide6's own check.
    """
    feature = sys.modules.get("PySide6.support.feature") or sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "summitry", False):
        return original is not None
    stdlib = os.path.dirname(os.__file__) + os.sep  # the standard library's folder (site-packages may be inside)

    def uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            if path.startswith(stdlib) and "-packages" not in path[len(stdlib) :]:
                return False
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(original(module))

    uses_pyside.summitry = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
    return True


def run_app(database: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    quicken_import_hook()

    from gui import crashlog
    from gui.dialogs.database_choice import startup_target
    from gui.open_ahead import open_ahead
    from gui.single_instance import SingleInstance

    app = _application()
    database = startup_target(database)  # --database, else the one opened last in the window: lock that one
    guard = SingleInstance(database)
    handlers: list[Any] = []
    ahead = None
    try:
        if not guard.claim(listen=False):  # the socket later starts hand over to opens after the first paint
            return defer_to_running_instance(guard)
        ahead = open_ahead(database)  # a server archive opens on a worker while the window is made
        fatal = crashlog.take_fatal_trace()  # before faulthandler starts a fresh fatal.log
        crashlog.enable_fault_log()

        def after_paint(window: MainWindow) -> None:
            # The crash dialog's module is not needed to show the window, so it loads here (QtNetwork later).
            from gui import crash

            handlers.append(crash.CrashHandler(QApplication.activeWindow).install())
            adopt_instance(window, guard)
            if fatal is not None:
                crash.show_fatal_trace(window, *fatal)

        app, window = start_app(database, after_paint, ahead)
        code = app.exec()
        window.close_database()
        return code if window.database is not None else 1  # 1: quit without a usable database
    finally:
        if ahead is not None:
            ahead.discard()  # a window closed before it opened the archive: closed
        guard.release()
        crashlog.disable_fault_log()
        for handler in handlers:
            handler.uninstall()
