"""The main window: the forum/meeting tree, the detail pane, the timeline and the source viewer.

Hooks for other parts of the app (keep these stable; :class:`gui.window_hooks.WindowHooks` lists them for the
modules that fill the window, and mypy checks this class against it):

- ``recordSelected(str)``: emitted whenever a record is shown (tree, link, timeline, Back/Forward).
- :meth:`MainWindow.current_record_id`, :meth:`MainWindow.selected_record_ids`,
  :meth:`MainWindow.select_record`.
- Menus ``file_menu``, ``edit_menu``, ``view_menu``, ``go_menu``, ``help_menu`` and the toolbar ``main_toolbar``.
- Actions ``action_export_pdf``, ``action_print``, ``action_print_preview`` (File) and ``action_find``
  (Edit, Ctrl+F) start as placeholders; give them behaviour with :meth:`MainWindow.set_handler`.
- ``databaseChanged(object)``: the open database or its data changed (search refreshes on it);
  :attr:`MainWindow.search` is the :class:`gui.search.controller.SearchController` (placed by
  :func:`gui.window_search.install`).
- :attr:`MainWindow.database` (the open ``model.store.database.Database``), :attr:`MainWindow.tree_model`
  (``ForumTreeModel``, with ``set_visible_ids``), :attr:`MainWindow.timeline` (``TimelinePanel``; its
  ``view`` is the ``TimelineView`` with ``set_highlighted``).

The start path shows the window as a shell first (``MainWindow(build=False)``) and builds it after it has
painted (gui/app.py): importing the Qt namespace, the widgets' classes and our panes costs several times what a
bare window takes to appear, so none of it may happen when this module is imported. Hence the panes are
imported in :meth:`MainWindow.build`, and Qt's classes are reached through their modules (``QtWidgets.QLabel``):
PySide6 makes each class the first time it is asked for, which here is after the first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QByteArray, Signal
from PySide6.QtWidgets import QMainWindow

from gui import settings as settings_mod
from gui.browse.history import History
from gui.geometry import restore_geometry_safely
from model import i18n
from model.i18n import QT_TRANSLATE_NOOP
from model.store.location import short_name

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex, QSettings, Qt
    from PySide6.QtGui import QAction, QCloseEvent
    from PySide6.QtWidgets import QDockWidget, QMenu, QToolBar, QWidget

    from gui.browse.tree_model import ForumTreeModel
    from gui.dialogs.database_choice import Chosen
    from gui.editing.controller import EditingController
    from gui.single_instance import SingleInstance
    from gui.window_live import LiveUpdates
    from model.store.database import Database

#: Qt.ItemDataRole.UserRole (0x100) + 1, as gui.browse.tree_model.RECORD_ID_ROLE (written out: importing either
#: would load the Qt namespace, and gui.browse.tree_model the database layer, before the window shows).
RECORD_ID_ROLE = 0x0101


class MainWindow(QMainWindow):
    """Summitry's main window. See the module docstring for the hooks other parts use."""

    recordSelected = Signal(str)
    #: The open database, or its data (after an import), changed; carries the Database or None.
    databaseChanged = Signal(object)

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None, *, build: bool = True) -> None:
        """The window, built at once; ``build=False`` gives the shell the app shows first (see :meth:`build`)."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("Summitry")
        self._settings = settings if settings is not None else settings_mod.open_settings()
        self._db: Database | None = None
        self.tree_model: ForumTreeModel | None = None
        self._history = History()
        self._navigating = False
        self._current: str | None = None
        self._record_title: str | None = None  # the shown record's, for the window title
        #: This Summitry's single-instance lock (set by gui.app.run_app), moved with the database shown.
        self.instance: SingleInstance | None = None
        self._built = False
        self._closed = False  # what was deferred to a later turn of the event loop does not start then
        if build:
            self.build()
        else:  # the shell: the window where and as big as the user left it, its panes still to come
            self._restore_geometry()

    def is_built(self) -> bool:
        return self._built

    def build(self) -> None:
        """Make the panes, docks, menus and toolbar (once). The app calls this after the shell has painted."""
        if self._built:
            return
        from gui import window_layout
        from gui.browse.detail_view import DetailView
        from gui.browse.record_tree import RecordTree
        from gui.browse.source_viewer import SourceViewer
        from gui.editing.record_pane import RecordPane
        from gui.icons import app_icon
        from gui.timeline.panel import TimelinePanel

        self._built = True
        self.setWindowIcon(app_icon())
        self.tree = RecordTree()
        self.detail = DetailView()
        self.detail.recordActivated.connect(self._follow_link)
        self.detail.citationActivated.connect(self.open_citation)
        self.splitter = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.tree)
        # The detail pane: the record's details with its private note, and its History (gui/editing).
        self.record_pane = RecordPane(self.detail)
        self.splitter.addWidget(self.record_pane)
        self.splitter.setStretchFactor(0, 9)  # the tree gets 45% of new width (window_layout.TREE_SHARE)
        self.splitter.setStretchFactor(1, 11)
        self.splitter.setSizes([460, 700])
        self._pane_sizes = [460, 700]  # widths to give back when a hidden pane is shown again
        self.splitter.setChildrenCollapsible(False)  # hiding a pane is View ▸ Tree / Details, not a drag
        self.setCentralWidget(self.splitter)
        # Added to the shell, already on screen, the splitter would only be shown on a later turn (Qt
        # queues it): restoreState below would lay the docks out as if there were no central widget and
        # give them all its width. Shown now, it keeps its room.
        self.splitter.show()
        window_layout.set_minimum_widths(self.tree, self.record_pane)

        self.timeline = TimelinePanel()
        self.timeline.settings = self._settings  # remembers the folder pictures were exported to
        self.timeline.recordActivated.connect(self.select_record)
        self.timeline_dock = self._dock(
            self.tr("Timeline"), "timelineDock", self.timeline, QtCore.Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.source_viewer = SourceViewer()
        self.source_dock = self._dock(
            self.tr("Source"), "sourceDock", self.source_viewer, QtCore.Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.source_dock.hide()

        self.counts_label = QtWidgets.QLabel()
        self.counts_label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.database_label = QtWidgets.QLabel()
        self.database_label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.database_label)

        # The shown record is written to the settings a moment after the clicks stop, not on each one: a
        # QSettings write rewrites and fsyncs the INI file, which the click would otherwise wait for.
        self._remember_timer = QtCore.QTimer(self)
        self._remember_timer.setSingleShot(True)
        self._remember_timer.setInterval(1000)
        self._remember_timer.timeout.connect(self._remember_record)
        self._to_remember = ""

        self._build_actions()
        from gui.window_search import install as install_search

        self.search = install_search(self)
        if self._closed:  # closed while still a shell: nothing may start reading later
            self.search.detach()
        from gui.window_live import install as install_live

        self.live = install_live(self)
        self._show_message("Summitry", self.tr("Opening the database…"))
        self.restore_window_state()

    # --- hooks -------------------------------------------------------------------------------------------

    @property
    def database(self) -> Database | None:
        """The open ``model.store.database.Database`` (None before one is opened)."""
        return self._db

    @property
    def settings(self) -> QSettings:
        """Where the window keeps its state between runs."""
        return self._settings

    def current_record_id(self) -> str | None:
        """The id of the record shown in the detail pane, or None (nothing, or a group node)."""
        return self._current

    def selected_record_ids(self) -> list[str]:
        """Ids of every record selected in the tree (multi-selection), in tree order; group nodes excluded.

        When the tree has no selection but a record is shown (opened through a link to a record that
        the tree's filter hides), that record alone.
        """
        model = self.tree.selectionModel()
        if model is None:
            return [self._current] if self._current else []
        rows = sorted(model.selectedRows(0), key=_tree_order)
        ids = [str(i.data(RECORD_ID_ROLE)) for i in rows]
        ids = [i for i in ids if not i.startswith("@")]
        if not ids and self._current:
            return [self._current]
        return ids

    def is_ready(self) -> bool:
        """Whether a database is open and the tree, detail pane and timeline show it (for benchmarks and tests)."""
        return self._db is not None and self.tree_model is not None

    def select_record(self, rid: str, *, report_missing: bool = True) -> bool:
        """Show a record: select it in the tree (expanding its ancestors), the detail pane and the timeline.

        Returns False when the database has no such record (and says so in the status bar, unless
        ``report_missing`` is False). A record hidden by the tree's filter is still shown in the detail pane.
        """
        if self._db is None or self.tree_model is None:
            return False
        index = self.tree_model.index_for_id(rid)
        if index.isValid():
            select = QtCore.QItemSelectionModel.SelectionFlag
            flags = select.ClearAndSelect | select.Rows
            self.tree.selectionModel().setCurrentIndex(index, flags)
            self.tree.scrollTo(index)
            if self._current != rid:  # already current in the tree: no change signal came
                self._show_record(rid)
            return True
        from model.reads import queries

        with self._db.reader() as conn:
            if not queries.exists_record(conn, rid):
                if report_missing:
                    self.statusBar().showMessage(self.tr("No record with id {id}").format(id=rid), 5000)
                return False
        self.tree.selectionModel().clearSelection()
        self._show_record(rid)
        return True

    def set_handler(self, action: QAction, slot: Callable[[], Any]) -> None:
        """Replace a placeholder action's behaviour (Export to PDF…, Print…, Find…)."""
        action.triggered.disconnect()
        action.triggered.connect(lambda: slot())  # never the "checked" flag triggered(bool) sends
        action.setEnabled(True)

    # --- database ----------------------------------------------------------------------------------------

    def set_database(self, database: Database | None) -> None:
        """Show an already open database (closing the previous one) and restore the last selected record."""
        from gui.browse.tree_model import ForumTreeModel

        old = self._db
        self._db = database
        if old is not None and old is not database:
            old.close()
            # Nothing of the database switched away from may stay on screen: its source text included.
            self.source_viewer.clear()
            self.source_dock.hide()
        self._history.clear()
        self._current = None
        self._record_title = None
        self.tree_model = ForumTreeModel(database, self) if database is not None else None
        self.tree.setModel(self.tree_model)  # its columns share the tree's width (gui.browse.record_tree)
        if self.tree_model is not None:
            self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
            self.tree.expand(self.tree_model.index(0, 0))
        process = _str(self._settings.value("timeline/process"))
        forums = _strs(self._settings.value("timeline/forums"))
        self.timeline.set_database(database, process, forums)
        where = database.shown if database else ""  # a server's URL without its password
        readonly = database is not None and database.readonly
        self.database_label.setText(self.tr("{database} (read-only)").format(database=where) if readonly else where)
        last = _str(self._settings.value("selection/last_record"))
        # The record last shown may be in another database than this one: then start at the top, quietly.
        if database is None or not (last and self.select_record(last, report_missing=False)):
            first = self.tree_model.index(0, 0) if self.tree_model else QtCore.QModelIndex()
            if first.isValid():
                self.tree.setCurrentIndex(first)
        self._update_actions()
        self._update_title()
        # Last, so the record shown first does not compete with them: the counts and the search's filter
        # lists each read a whole table on a worker thread (at 100k meetings that slowed the first record 5×).
        self.refresh_counts()
        self.databaseChanged.emit(database)

    def refresh_counts(self) -> None:
        """Update the status bar's record counts, counted on a worker thread (it reads a whole index)."""
        if self._db is None:
            self.counts_label.setText("")
            return
        from gui.background import run_in_background
        from model.reads import queries
        from model.store.faults import DatabaseOpenError

        database = self._db

        def count() -> str | None:
            try:
                with database.reader() as conn:
                    return queries.record_counts(conn).text()
            except DatabaseOpenError:
                if database.closed:  # closed while this counted (the window closed, or moved on): nobody asks
                    return None
                raise

        def show(text: object) -> None:
            if self._db is database and text is not None:  # not a database switched away from meanwhile
                self.counts_label.setText(str(text))

        def start() -> None:
            if self._db is database and not self._closed and not database.closed:
                run_in_background(count, show, self)

        self.counts_label.setText(self.tr("Counting records…"))
        # On the next turn of the event loop: after what set_database shows has been painted, which the
        # worker's share of Python's lock would otherwise delay.
        QtCore.QTimer.singleShot(0, self, start)

    def reload(self) -> None:
        """Re-read everything after the data changed (an import), keeping the shown record."""
        if self._db is None or self.tree_model is None:
            return
        keep = self._current
        self.tree_model.reload()
        self.timeline.set_database(self._db, self.timeline.process_id(), self.timeline.forum_lanes())
        self.refresh_counts()
        self.databaseChanged.emit(self._db)
        if keep:
            self._navigating = True
            try:
                found = self.select_record(keep, report_missing=False)
                # Shown again even when the tree keeps it current: its details may be what changed.
                if found and self._current == keep:
                    self._show_record(keep)
            finally:
                self._navigating = False
            if not found:  # deleted meanwhile (by another program, or undone): nothing of it may stay shown
                self._current = None
                self._record_title = None
                self._update_title()
                self._update_actions()
                gone = self.tr("The record {id} has been deleted.").format(id=keep)
                self._show_message(self.tr("No longer in the archive"), gone)

    # --- showing records ---------------------------------------------------------------------------------

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        rid = str(current.data(RECORD_ID_ROLE))
        if rid.startswith("@"):
            from gui.browse.detail_html import render_message

            self._current = None
            text = _GROUP_TEXT.get(rid)
            self.detail.show_html(render_message(str(current.data()), self.tr(text) if text else ""), None)
            self._update_actions()
            self._record_title = None
            self._update_title()
            return
        self._show_record(rid)

    def _show_record(self, rid: str) -> None:
        from gui.browse import detail_html
        from model.reads.queries import last_change
        from model.records.read_views import view_of

        assert self._db is not None
        with self._db.reader() as conn:
            view = view_of(conn, rid, i18n.language())  # its names in the interface's language, where it has them
            changed = last_change(conn, rid) if view is not None else None
        if view is None:
            return
        self._current = rid
        self.detail.show_html(detail_html.render(view, changed.words() if changed else None), rid)
        self._record_title = view.title
        self._update_title()
        self.timeline.select(rid)
        if not self._navigating:
            self._history.visit(rid)
        self._to_remember = rid
        self._remember_timer.start()
        self._update_actions()
        self.recordSelected.emit(rid)

    def _remember_record(self) -> None:
        self._settings.setValue("selection/last_record", self._to_remember)

    def _follow_link(self, rid: str) -> None:
        self.select_record(rid)

    def open_citation(self, pk: int) -> bool:
        """Open a citation's source in the source viewer with the passage highlighted and in view."""
        if self._db is None:
            return False
        from model import dates
        from model.records.read_views import passage, source_text

        with self._db.reader() as conn:
            cite = passage(conn, pk)
            source = source_text(conn, cite.source_id) if cite and cite.source_id else None
        if cite is None or source is None:
            return False
        when = f" — {dates.human(source.date)}" if source.date else ""
        self.source_viewer.show_source(source.id, f"{source.title}{when}", source.text, cite.start, cite.end)
        if not self.source_dock.isVisible():
            from gui import window_layout

            self.source_dock.show()
            window_layout.give_source_room(self, self.source_dock)
        self.source_dock.raise_()
        self.source_viewer.highlight(cite.start, cite.end)  # again, now that the dock has its real size
        return True

    def go_back(self) -> None:
        self._go(self._history.back())

    def go_forward(self) -> None:
        self._go(self._history.forward())

    def _go(self, rid: str | None) -> None:
        if rid is None:
            return
        self._navigating = True
        try:
            self.select_record(rid)
        finally:
            self._navigating = False
        self._update_actions()

    def choose_database(self) -> None:
        """File ▸ Open Database…: switch to another Summitry database (remembered for the next start)."""
        from gui.dialogs import database_choice

        self._switch_to(database_choice.open_existing(self, self._db, self.instance))

    def new_database(self) -> None:
        """File ▸ New Database…: start a new database (with the bundled dataset) and switch to it."""
        from gui.dialogs import database_choice

        self._switch_to(database_choice.create_new(self, self._db, self.instance))

    def connect_to_server(self) -> None:
        """File ▸ Connect to a Server…: open an archive on a PostgreSQL server (remembered without its password)."""
        from gui.dialogs import database_choice

        self._switch_to(database_choice.connect_server(self, self._db, self.instance))

    def _switch_to(self, chosen: Chosen | None) -> None:
        """Show the database the person chose, and open it again at the next start."""
        if chosen is None:  # nothing chosen, or it could not be opened (the person was told why)
            return
        from gui.dialogs import database_choice

        self.set_database(chosen.database)
        database_choice.remember(self._settings, chosen.target)
        self.statusBar().showMessage(chosen.message, 10000)

    def copy_record_id(self) -> None:
        if self._current:
            QtGui.QGuiApplication.clipboard().setText(self._current)
            self.statusBar().showMessage(self.tr("Copied {id}").format(id=self._current), 3000)

    def go_to_id(self) -> None:
        rid, ok = QtWidgets.QInputDialog.getText(self, self.tr("Go to record"), self.tr("Record id:"))
        if ok and rid.strip():
            self.select_record(rid.strip())

    def _show_message(self, title: str, text: str) -> None:
        from gui.browse.detail_html import render_message

        self.detail.show_html(render_message(title, text), None)

    # --- actions -----------------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        from gui import window_actions
        from gui.dialogs.data_export import install_data_export
        from gui.editing.controller import install_editing
        from gui.printing.actions import install_print_actions

        window_actions.build(self)
        install_print_actions(self)
        install_data_export(self)
        install_editing(self)

    def _update_actions(self) -> None:
        self.action_back.setEnabled(self._history.can_go_back())
        self.action_forward.setEnabled(self._history.can_go_forward())
        self.action_copy_id.setEnabled(self._current is not None)

    def _update_title(self) -> None:
        """The window's title, "Summitry — the record shown — the database", so windows and task switchers
        tell them apart."""
        parts = ["Summitry"]
        if self._record_title:
            parts.append(self._record_title)
        if self._db is not None:
            name = self._db.path.name if self._db.path else short_name(self._db.target)  # never a password
            parts.append(self.tr("{database} (read-only)").format(database=name) if self._db.readonly else name)
        self.setWindowTitle(" — ".join(parts))

    def not_available(self, what: str) -> None:
        """What a placeholder action does until a part of the app gives it behaviour (:meth:`set_handler`)."""
        self.statusBar().showMessage(self.tr("{what} is not available in this build yet.").format(what=what), 5000)

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QtWidgets.QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # --- state -------------------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self._settings.value("window/geometry")
        # A place on a monitor that is gone, or bytes that are no geometry, fall back to the default.
        restore_geometry_safely(self, geometry if isinstance(geometry, QByteArray) else None, (1280, 820))

    def restore_window_state(self) -> None:
        """Geometry, dock layout, splitter and visibility of the panes, as the user left them."""
        from gui import window_layout

        s = self._settings
        self._restore_geometry()
        window_layout.remember_default(self)
        state = s.value("window/state")
        if not (isinstance(state, QByteArray) and not state.isEmpty() and self.restoreState(state)):
            self._apply_default_layout()  # first start: a timeline tall enough for a few lanes
        if self.source_viewer.source_id is None:  # it was open when the app quit: nothing to show yet
            self.source_dock.hide()
        sizes = [int(x) for x in _strs(s.value("window/splitter_sizes")) if x.isdigit()]
        if len(sizes) == 2 and all(sizes):
            self.splitter.setSizes(sizes)
            self._pane_sizes = sizes
        for action, widget, key in (
            (self.action_show_tree, self.tree, "view/tree"),
            (self.action_show_detail, self.record_pane, "view/detail"),
        ):
            shown = _bool(s.value(key, True))
            action.setChecked(shown)
            self.set_pane_visible(widget, shown)
        window_layout.keep_panes_usable(self, self.splitter)

    def reset_layout(self) -> None:
        """View ▸ Reset Layout: the panes, docks and toolbars as on the first start."""
        self._apply_default_layout()

    def _apply_default_layout(self) -> None:
        from gui import window_layout

        for action, pane in ((self.action_show_tree, self.tree), (self.action_show_detail, self.record_pane)):
            action.setChecked(True)
            pane.setVisible(True)
        window_layout.apply_default(self, self.splitter, self.timeline_dock, self.source_dock)
        self._pane_sizes = self.splitter.sizes()

    def save_window_state(self) -> None:
        s = self._settings
        s.setValue("window/geometry", self.saveGeometry())
        if not self._built:  # closed before its panes were made: only where the window was is known
            s.sync()
            return
        s.setValue("window/state", self.saveState())
        if self._remember_timer.isActive():  # a record shown within the last second
            self._remember_timer.stop()
            self._remember_record()
        both = self.tree.isVisibleTo(self) and self.record_pane.isVisibleTo(self)
        s.setValue("window/splitter_sizes", self.splitter.sizes() if both else self._pane_sizes)
        s.setValue("view/tree", self.tree.isVisibleTo(self))
        s.setValue("view/detail", self.record_pane.isVisibleTo(self))
        if self._current:
            s.setValue("selection/last_record", self._current)
        if self._db is not None:
            s.setValue("timeline/process", self.timeline.process_id() or "")
            s.setValue("timeline/forums", self.timeline.forum_lanes())
        s.sync()

    def set_pane_visible(self, pane: QWidget, shown: bool) -> None:
        """Show or hide the tree or the detail pane, giving it back its width when shown again."""
        if pane is self.detail:  # the details sit in the pane's first tab: the pane is what shows or hides
            pane = self.record_pane
        if not shown and self.tree.isVisibleTo(self) and self.record_pane.isVisibleTo(self):
            self._pane_sizes = self.splitter.sizes()
        pane.setVisible(shown)
        if shown and self.tree.isVisibleTo(self) and self.record_pane.isVisibleTo(self) and all(self._pane_sizes):
            self.splitter.setSizes(self._pane_sizes)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._built and not self.editing.close_editors():  # a form with unsaved changes was kept open
            event.ignore()
            return
        self._closed = True
        if self._built:
            self.live.close()
            self.search.detach()
            for job in self.findChildren(QtCore.QThread):  # a thread must not outlive the window that owns it
                job.wait(10000)
        self.save_window_state()
        super().closeEvent(event)

    def close_database(self) -> None:
        if self._db is not None:
            self._db.close()

    # Menus and actions are created in gui/window_actions.py (Search Language in gui/window_search.py);
    # declared here for type checkers.
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
    live: LiveUpdates
    #: The editing actions and open record forms (gui/editing/controller.py).
    editing: EditingController


#: What the detail pane says for a group of the tree (translated where shown).
_GROUP_TEXT = {
    "@outcomes": QT_TRANSLATE_NOOP(
        "MainWindow", "Outcome documents whose adopting meeting is not known. Expand the group to list them."
    ),
    "@countries": QT_TRANSLATE_NOOP("MainWindow", "Countries named in the data. Expand the group to list them."),
    "@topics": QT_TRANSLATE_NOOP(
        "MainWindow", "The topics agenda items are filed under. Expand the group to list them."
    ),
    "@sources": QT_TRANSLATE_NOOP(
        "MainWindow", "The source documents every fact cites. Expand the group to list them."
    ),
}


def _tree_order(index: QModelIndex) -> list[int]:
    rows = []
    while index.isValid():
        rows.append(index.row())
        index = index.parent()
    return rows[::-1]


def _str(value: object) -> str | None:
    return str(value) if value else None


def _strs(value: object) -> list[str]:
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list):
        return [str(v) for v in value if v]
    return []


def _bool(value: object) -> bool:
    if isinstance(value, str):
        return value.lower() in ("true", "1", "yes")
    return bool(value)
