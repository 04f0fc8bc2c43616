"""Search in the main window: where its parts go, and how the tree, detail pane and timeline follow it.

:func:`install` puts the box in the toolbar, the filters below it and the results in a dock; adds File ▸
Searches and Help ▸ Search Language (F1). The tree narrows to the matches and opens to the best of them,
keeping the shown record selected; the timeline highlights the matches; the detail pane marks the matched
words; choosing a forum, topic or country writes its filter into an empty box.

It belongs to the window's shell rather than to gui/search/: it is the one module that knows both search and
the panes search drives (the tree, the detail pane, the timeline), so the rooms need not know each other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow

from gui.search.controller import SearchController
from gui.search.highlight import mark_matches

if TYPE_CHECKING:
    from gui.search.runner import SearchOutcome
    from gui.window_hooks import WindowHooks
    from model.search.highlight import Highlighter
    from model.store.database import Database

#: After a search, the tree opens to this many of the best matches (each costs a read of its path).
OPEN_TO_MATCHES = 10
#: Qt.ItemDataRole.UserRole + 1, the record id of a tree row (gui.browse.tree_model.RECORD_ID_ROLE).
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1

translate = QCoreApplication.translate


def install(window: WindowHooks) -> SearchController:
    """Put search into the main window (see the module docstring); returns its controller."""
    assert isinstance(window, QMainWindow), "search's toolbars and dock go on a QMainWindow"
    c = SearchController(parent=window)
    window.main_toolbar.addSeparator()
    window.main_toolbar.addWidget(c.bar)
    # The hint line lives above the results, so the toolbar keeps its height.
    c.results.layout().insertWidget(0, c.bar.hint)  # type: ignore[union-attr]
    filters = window.addToolBar(translate("MainWindow", "Filters"))
    filters.setObjectName("filterToolbar")
    filters.addWidget(c.filters)
    window.insertToolBarBreak(filters)
    window.view_menu.addAction(filters.toggleViewAction())
    dock = QDockWidget(translate("MainWindow", "Search Results"), window)
    dock.setObjectName("searchDock")
    dock.setWidget(c.results)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resizeDocks([dock], [380], Qt.Orientation.Horizontal)  # room for a title and its date
    window.view_menu.addAction(dock.toggleViewAction())
    count = QLabel()
    count.setObjectName("searchCount")
    count.setTextFormat(Qt.TextFormat.PlainText)
    window.statusBar().addPermanentWidget(count)
    _add_menus(window, c)

    def find() -> None:
        dock.show()
        dock.raise_()
        c.bar.focus_search()

    def matches(ids: set[str] | None) -> None:
        model = window.tree_model
        # Resetting an unfiltered tree to "everything" would only throw away what it has loaded.
        if model is not None and (ids is not None or model.is_filtered()):
            model.set_visible_ids(ids)
            _open_tree_to_matches(window, c.last if ids else None)
        window.timeline.view.set_highlighted(ids or set())
        if ids:
            dock.show()

    highlighter: list[Highlighter | None] = [None]

    def finished(outcome: SearchOutcome | None) -> None:
        highlighter[0] = None
        if outcome is not None and outcome.result:  # the text machinery loads with the first search, not at start
            from model.search.highlight import Highlighter

            highlighter[0] = Highlighter.for_query(outcome.query)
        mark_matches(window.detail, highlighter[0])

    def shown(rid: str) -> None:
        mark_matches(window.detail, highlighter[0])
        if c.suggested is not None:  # a suggestion follows what is shown, so it never goes stale
            c.offer(_query_for(window.database, rid), chosen=False)

    def chosen(rid: object) -> None:
        """The person chose a record (a click in the tree, a link, the timeline): suggest its filter."""
        if isinstance(rid, QModelIndex):
            rid = rid.data(RECORD_ID_ROLE)
        if isinstance(rid, str):
            c.offer(_query_for(window.database, rid), chosen=True)

    window.set_handler(window.action_find, find)
    window.databaseChanged.connect(c.set_database)
    window.recordSelected.connect(shown)
    window.tree.clicked.connect(chosen)
    window.tree.activated.connect(chosen)
    window.detail.recordActivated.connect(chosen)
    window.timeline.recordActivated.connect(chosen)
    c.recordActivated.connect(window.select_record)
    c.matchesChanged.connect(matches)
    c.searchFinished.connect(finished)
    c.countChanged.connect(
        lambda text: count.setText(translate("MainWindow", "Search: {count}").format(count=text) if text else "")
    )
    if window.database is not None:
        c.set_database(window.database)
    return c


def _add_menus(window: WindowHooks, c: SearchController) -> None:
    """File ▸ Searches (the saved and recent searches, Save This Search…), Help ▸ Search Language (F1)."""
    items = window.file_menu.actions()
    # A group of its own, just above Quit (whose separator comes before it).
    quit_at = items.index(window.action_quit) if window.action_quit in items else len(items)
    before = items[max(quit_at - 1, 0)] if items else None
    window.file_menu.insertSeparator(before)  # type: ignore[arg-type]
    window.file_menu.insertMenu(before, c.bar.history_menu)  # type: ignore[arg-type]
    window.action_search_help = QAction(
        translate("MainWindow", "&Search Language"), c
    )  # the window owns c, and so the action
    window.action_search_help.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    window.action_search_help.setStatusTip(translate("MainWindow", "The search language, with examples to try"))
    window.action_search_help.triggered.connect(lambda: c.bar.show_help())
    helps = window.help_menu.actions()
    window.help_menu.insertAction(helps[0] if helps else None, window.action_search_help)  # type: ignore[arg-type]


def _query_for(database: Database | None, rid: str) -> str | None:
    if database is None or rid.startswith("@"):
        return None
    from model.search.choices import query_for_record

    return query_for_record(database, rid)


def _open_tree_to_matches(window: WindowHooks, outcome: SearchOutcome | None) -> None:
    """After the tree was narrowed (or widened again): open it to the best matches, and select the
    record shown if the tree holds it, keeping the detail pane where it was scrolled."""
    model = window.tree_model
    if model is None:
        return
    first = QModelIndex()
    hits = outcome.result.hits[:OPEN_TO_MATCHES] if outcome is not None and outcome.result is not None else ()
    for hit in hits:
        index = model.index_for_id(hit.id)
        parent = index.parent()
        while parent.isValid():
            window.tree.expand(parent)
            parent = parent.parent()
        if index.isValid() and not first.isValid():
            first = index
    current = window.current_record_id()
    index = model.index_for_id(current) if current else QModelIndex()
    if index.isValid():
        # Re-selecting shows the record again: keep the reader's place in it.
        scroll = window.detail.verticalScrollBar().value()
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        window.tree.selectionModel().setCurrentIndex(index, flags)
        window.detail.verticalScrollBar().setValue(scroll)
        window.tree.scrollTo(index)
    elif first.isValid():
        window.tree.scrollTo(first)
