"""The main window as the modules that fill it see it: its panes, menus, actions, signals and commands.

``MainWindow.build`` makes the panes and then hands the window to :func:`gui.window_actions.build` (menus,
toolbar) and :func:`gui.window_search.install` (search). They take it as a :class:`WindowHooks` (and check
that it is a ``QMainWindow``, whose docks, toolbars and status bar they use) instead of importing
``gui.main_window``, which imports them: so no module needs one that needs it back. mypy checks at those
calls that ``MainWindow`` has every member listed here, so this list is also the stable surface other parts of
the app may rely on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings, SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDockWidget, QMenu, QToolBar, QWidget

    from gui.browse.detail_view import DetailView
    from gui.browse.record_tree import RecordTree
    from gui.browse.tree_model import ForumTreeModel
    from gui.timeline.panel import TimelinePanel
    from model.store.database import Database


class WindowHooks(Protocol):
    """What of the main window its menus and its search use, and the menus and actions they leave on it."""

    # --- panes and docks (made by MainWindow.build) ------------------------------------------------------
    tree: RecordTree
    #: The tree's model while a database is open (it changes with the database).
    tree_model: ForumTreeModel | None
    detail: DetailView
    timeline: TimelinePanel
    timeline_dock: QDockWidget
    source_dock: QDockWidget

    @property
    def database(self) -> Database | None: ...

    @property
    def settings(self) -> QSettings:
        """Where the window keeps its state between runs (and the interface's language)."""

    @property
    def recordSelected(self) -> SignalInstance:
        """Emitted with its id whenever a record is shown (tree, link, timeline, Back/Forward)."""

    @property
    def databaseChanged(self) -> SignalInstance:
        """Emitted with the Database (or None) when the open database, or its data, changed."""

    # --- commands ----------------------------------------------------------------------------------------
    def select_record(self, rid: str, *, report_missing: bool = True) -> bool: ...
    def current_record_id(self) -> str | None: ...
    def set_handler(self, action: QAction, slot: Callable[[], Any]) -> None: ...
    def not_available(self, what: str) -> None: ...
    def choose_database(self) -> None: ...
    def new_database(self) -> None: ...
    def connect_to_server(self) -> None: ...
    def copy_record_id(self) -> None: ...
    def go_back(self) -> None: ...
    def go_forward(self) -> None: ...
    def go_to_id(self) -> None: ...
    def set_pane_visible(self, pane: QWidget, shown: bool) -> None: ...
    def reset_layout(self) -> None: ...

    # --- menus and actions (made by gui.window_actions; Search Language by gui.window_search) ----------------
    file_menu: QMenu
    edit_menu: QMenu
    view_menu: QMenu
    go_menu: QMenu
    help_menu: QMenu
    main_toolbar: QToolBar
    action_import: QAction
    action_open_database: QAction
    action_new_database: QAction
    action_connect_server: QAction
    action_export_pdf: QAction
    action_print: QAction
    action_print_preview: QAction
    action_quit: QAction
    action_copy_id: QAction
    action_find: QAction
    action_preferences: QAction
    action_show_tree: QAction
    action_show_detail: QAction
    action_reset_layout: QAction
    action_back: QAction
    action_forward: QAction
    action_go_to_id: QAction
    action_search_help: QAction
    action_open_data_folder: QAction
    action_open_log_folder: QAction
    action_about: QAction
