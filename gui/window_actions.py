"""The main window's menus, actions and toolbar, built in one place so the window class stays small.

The window comes as a :class:`gui.window_hooks.WindowHooks`: what the menus run and show, and the menus and
actions they leave on it for other parts (``window.action_find``, ``window.file_menu``...).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStyle

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget, QWidget

    from gui.window_hooks import WindowHooks

translate = QCoreApplication.translate


def _action(parent: QObject, text: str, slot: Callable[[], object], shortcut: Any = None, tip: str = "") -> QAction:
    """An action that calls ``slot()`` when triggered.

    Never with an argument: ``triggered`` sends its "checked" flag, which a slot with an optional
    parameter would take for something else (Save This Search… once got False as the search's name).
    """
    action = QAction(text, parent)
    if shortcut is not None:
        if isinstance(shortcut, list):
            # Platform standard keys may repeat ours (Back is Alt+Left on Linux); duplicates make Qt
            # treat the shortcut as ambiguous and do nothing.
            unique: dict[str, QKeySequence] = {}
            for key in shortcut:
                for seq in QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [key]:
                    unique.setdefault(seq.toString(), seq)
            action.setShortcuts(list(unique.values()))
        else:
            action.setShortcut(shortcut)
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(lambda: slot())
    return action


def build(w: WindowHooks) -> None:
    """Create File, Edit, View, Go and Help, their actions, and the main toolbar on ``w``."""
    assert isinstance(w, QMainWindow), "menus and a toolbar go on a QMainWindow"
    style = w.style()
    w.action_import = _action(
        w,
        translate("MainWindow", "&Import…"),
        lambda: _import(w),
        QKeySequence("Ctrl+I"),
        translate("MainWindow", "Import records from JSON or YAML files"),
    )
    w.action_import.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton))
    w.action_open_database = _action(
        w,
        translate("MainWindow", "&Open Database…"),
        lambda: w.choose_database(),
        QKeySequence.StandardKey.Open,
        translate("MainWindow", "Switch to another database"),
    )
    w.action_new_database = _action(
        w,
        translate("MainWindow", "&New Database…"),
        lambda: w.new_database(),
        None,
        translate("MainWindow", "Start a new database with the bundled dataset"),
    )
    w.action_connect_server = _action(
        w,
        QCoreApplication.translate("MainWindow", "&Connect to a Server…"),
        lambda: w.connect_to_server(),
        None,
        QCoreApplication.translate("MainWindow", "Open an archive on a PostgreSQL server"),
    )
    w.action_export_pdf = _action(
        w,
        translate("MainWindow", "&Export to PDF…"),
        lambda: w.not_available(translate("MainWindow", "Export to PDF")),
        QKeySequence("Ctrl+E"),
    )
    w.action_print = _action(
        w,
        translate("MainWindow", "&Print…"),
        lambda: w.not_available(translate("MainWindow", "Printing")),
        QKeySequence.StandardKey.Print,
    )
    w.action_print_preview = _action(
        w, translate("MainWindow", "Print Pre&view…"), lambda: w.not_available(translate("MainWindow", "Print preview"))
    )
    w.action_quit = _action(w, translate("MainWindow", "&Quit"), w.close, QKeySequence.StandardKey.Quit)
    w.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
    w.file_menu = w.menuBar().addMenu(translate("MainWindow", "&File"))
    w.file_menu.setObjectName("fileMenu")
    for a in (w.action_import, w.action_open_database, w.action_connect_server, w.action_new_database):
        w.file_menu.addAction(a)
    w.file_menu.addSeparator()
    for a in (w.action_export_pdf, w.action_print, w.action_print_preview):
        w.file_menu.addAction(a)
    w.file_menu.addSeparator()
    w.file_menu.addAction(w.action_quit)

    w.action_copy_id = _action(
        w,
        translate("MainWindow", "Copy Record &Id"),
        w.copy_record_id,
        QKeySequence("Ctrl+Shift+C"),
        translate("MainWindow", "Copy the shown record's id"),
    )
    # The toolbar's button says it in fewer words (a language that needs more keeps the search box its room).
    w.action_copy_id.setIconText(translate("MainWindow", "Copy Record Id", "the toolbar's button"))
    w.action_find = _action(
        w,
        translate("MainWindow", "&Find…"),
        lambda: w.not_available(translate("MainWindow", "Search")),
        QKeySequence.StandardKey.Find,
    )
    w.edit_menu = w.menuBar().addMenu(translate("MainWindow", "&Edit"))
    w.edit_menu.setObjectName("editMenu")
    w.edit_menu.addAction(w.action_copy_id)
    w.edit_menu.addSeparator()
    w.edit_menu.addAction(w.action_find)
    # Ctrl+, as on macOS (Qt's standard key there; none on Windows, Ctrl+Shift+, on KDE, kept too). On macOS
    # the item goes to the application menu, where people look for it.
    w.action_preferences = _action(
        w,
        translate("MainWindow", "&Preferences…"),
        lambda: _preferences(w),
        [QKeySequence("Ctrl+,"), QKeySequence.StandardKey.Preferences],
        translate("MainWindow", "The language of the interface"),
    )
    w.action_preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    w.edit_menu.addSeparator()
    w.edit_menu.addAction(w.action_preferences)

    w.action_show_tree = _action(
        w,
        translate("MainWindow", "&Tree"),
        lambda: w.set_pane_visible(w.tree, w.action_show_tree.isChecked()),
        QKeySequence("Ctrl+Shift+1"),
    )
    w.action_show_tree.setCheckable(True)
    w.action_show_tree.setChecked(True)
    w.action_show_detail = _action(
        w,
        translate("MainWindow", "&Details"),
        lambda: w.set_pane_visible(w.detail, w.action_show_detail.isChecked()),
        QKeySequence("Ctrl+Shift+2"),
    )
    w.action_show_detail.setCheckable(True)
    w.action_show_detail.setChecked(True)
    timeline_toggle = w.timeline_dock.toggleViewAction()
    timeline_toggle.setText(translate("MainWindow", "T&imeline"))
    timeline_toggle.setShortcut(QKeySequence("Ctrl+Shift+3"))
    source_toggle = w.source_dock.toggleViewAction()
    source_toggle.setText(translate("MainWindow", "&Source Viewer"))
    source_toggle.setShortcut(QKeySequence("Ctrl+Shift+4"))
    w.view_menu = w.menuBar().addMenu(translate("MainWindow", "&View"))
    w.view_menu.setObjectName("viewMenu")
    for a in (w.action_show_tree, w.action_show_detail, timeline_toggle, source_toggle):
        w.view_menu.addAction(a)
    w.action_reset_layout = _action(
        w,
        translate("MainWindow", "&Reset Layout"),
        w.reset_layout,
        QKeySequence("Ctrl+Shift+0"),
        translate("MainWindow", "Panes and docks as at first start"),
    )
    w.view_menu.addAction(w.action_reset_layout)
    w.view_menu.addSeparator()
    for text, key, target, dock in (
        (translate("MainWindow", "Focus the Tree"), "Ctrl+1", w.tree, None),
        (translate("MainWindow", "Focus the Details"), "Ctrl+2", w.detail, None),
        (translate("MainWindow", "Focus the Timeline"), "Ctrl+3", w.timeline.view, w.timeline_dock),
    ):
        w.view_menu.addAction(_focus_action(w, text, key, target, dock))
    w.view_menu.addSeparator()
    w.view_menu.addAction(
        _action(
            w, translate("MainWindow", "Timeline: Zoom In"), lambda: w.timeline.view.zoom(1.5), QKeySequence("Ctrl+=")
        )
    )
    w.view_menu.addAction(
        _action(
            w,
            translate("MainWindow", "Timeline: Zoom Out"),
            lambda: w.timeline.view.zoom(1 / 1.5),
            QKeySequence("Ctrl+-"),
        )
    )
    w.view_menu.addAction(
        _action(w, translate("MainWindow", "Timeline: Fit to Data"), w.timeline.view.fit, QKeySequence("Ctrl+0"))
    )

    w.action_back = _action(
        w, translate("MainWindow", "&Back"), w.go_back, [QKeySequence("Alt+Left"), QKeySequence.StandardKey.Back]
    )
    w.action_back.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
    w.action_forward = _action(
        w,
        translate("MainWindow", "&Forward"),
        w.go_forward,
        [QKeySequence("Alt+Right"), QKeySequence.StandardKey.Forward],
    )
    w.action_forward.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
    w.action_go_to_id = _action(w, translate("MainWindow", "Go to Record &Id…"), w.go_to_id, QKeySequence("Ctrl+L"))
    w.go_menu = w.menuBar().addMenu(translate("MainWindow", "&Go"))
    w.go_menu.setObjectName("goMenu")
    for a in (w.action_back, w.action_forward, w.action_go_to_id):
        w.go_menu.addAction(a)

    # Help ▸ Search Language (F1) comes with the search box: gui.window_search.install puts it first.
    w.action_open_data_folder = _action(
        w,
        translate("MainWindow", "Open &Data Folder"),
        lambda: _open_folder(w, _data_folder()),
        tip=translate("MainWindow", "The default database, backups, recent searches"),
    )
    w.action_open_log_folder = _action(
        w,
        translate("MainWindow", "Open &Log Folder"),
        lambda: _open_folder(w, _log_folder()),
        tip=translate("MainWindow", "Crash reports, to send with a bug report"),
    )
    w.action_about = _action(w, translate("MainWindow", "&About Summitry"), lambda: _about(w))
    w.action_about.setMenuRole(QAction.MenuRole.AboutRole)
    w.help_menu = w.menuBar().addMenu(translate("MainWindow", "&Help"))
    w.help_menu.setObjectName("helpMenu")
    w.help_menu.addSeparator()
    w.help_menu.addAction(w.action_open_data_folder)
    w.help_menu.addAction(w.action_open_log_folder)
    w.help_menu.addSeparator()
    w.help_menu.addAction(w.action_about)

    w.main_toolbar = w.addToolBar(translate("MainWindow", "Main"))
    w.main_toolbar.setObjectName("mainToolbar")
    w.main_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    w.main_toolbar.addAction(w.action_back)
    w.main_toolbar.addAction(w.action_forward)
    w.main_toolbar.addSeparator()
    w.main_toolbar.addAction(w.action_import)
    w.main_toolbar.addAction(w.action_copy_id)
    w.view_menu.addSeparator()
    w.view_menu.addAction(w.main_toolbar.toggleViewAction())


def _focus_action(parent: QObject, text: str, key: str, target: QWidget, dock: QDockWidget | None) -> QAction:
    def focus() -> None:
        if dock is not None:  # the pane may be hidden; show it first so the keyboard lands somewhere visible
            dock.show()
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    return _action(parent, text, focus, QKeySequence(key))


def _import(w: object) -> None:
    from gui.dialogs.import_dialog import import_files  # imported when used: keeps start-up light

    import_files(w)


def _data_folder() -> Path:
    from model.store.location import data_dir

    return data_dir()


def _log_folder() -> Path:
    from gui.crashlog import log_dir

    return log_dir()


def _open_folder(w: QMainWindow, folder: Path) -> bool:
    """Show a folder in the desktop's file manager (made first: the logs folder only exists after a crash)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        w.statusBar().showMessage(
            translate("MainWindow", "Cannot create {folder}: {reason}").format(folder=folder, reason=reason), 10000
        )
        return False
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        w.statusBar().showMessage(
            translate("MainWindow", "No file manager opened {folder}").format(folder=folder), 10000
        )
        return False
    w.statusBar().showMessage(translate("MainWindow", "Opened {folder}").format(folder=folder), 5000)
    return True


def _preferences(w: WindowHooks) -> None:
    from gui.dialogs.preferences import show_preferences  # imported when used: keeps start-up light

    assert isinstance(w, QMainWindow)
    show_preferences(w, w.settings)


def _about(w: object) -> None:
    from gui.dialogs.about import show_about

    show_about(w)
