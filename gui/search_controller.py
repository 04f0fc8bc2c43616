"""Connects the search box, the filter controls, the background runner and the results list.

It owns no widgets' layout: the main window places them (see :func:`install`), and the controller
keeps them in step — typing searches in the background, the filters follow the box and write into it,
results arrive in the list, and ``matchesChanged`` tells the tree and the timeline what matched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from gui.filter_bar import FilterBar
from gui.results_view import ResultsView
from gui.search_bar import SearchBar
from gui.search_runner import SearchOutcome, SearchRunner

if TYPE_CHECKING:
    from gui.main_window import MainWindow
    from model.db import Database
    from model.search.engine import Hit


class SearchController(QObject):
    """Keeps a search bar, filter bar and results view working together.

    Signals:
        matchesChanged(object): a set of matching record ids, or None when no search is active
            (or too many records match to narrow the tree usefully).
        countChanged(str): "12 results", "No results", or "" with no search.
        recordActivated(str): a result was chosen.
        choicesLoaded(): the filter lists were filled for the database just set (read on a worker thread).
    """

    matchesChanged = Signal(object)
    countChanged = Signal(str)
    recordActivated = Signal(str)
    choicesLoaded = Signal()

    def __init__(
        self,
        bar: SearchBar | None = None,
        filters: FilterBar | None = None,
        results: ResultsView | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.bar = bar or SearchBar()
        self.filters = filters or FilterBar()
        self.results = results or ResultsView()
        self.runner = SearchRunner(self)
        self._database: Database | None = None
        self.last: SearchOutcome | None = None
        #: A filter written into the box for a chosen forum/topic/country, not yet searched for.
        self.suggested: str | None = None
        self.bar.searchRequested.connect(self.search)
        self.bar.edit.returnPressed.connect(lambda: self.bar.remember(self.bar.query()))
        self.filters.queryEdited.connect(self._filter_edited)
        self.runner.finished.connect(self._finished)
        self.results.recordActivated.connect(self._activated)

    def set_database(self, database: Database | None) -> None:
        """Search this database (clearing any search shown)."""
        self._database = database
        self.runner.set_database(database)
        self.bar.set_database(database)
        if database is not None:
            self._load_choices(database)
        # Run again what was last searched for (the data changed); an unsearched suggestion stays unrun.
        self.search(self.last.query if self.last is not None and database is not None else "")

    def _load_choices(self, database: Database) -> None:
        """Fill the filter lists on a worker thread: listing every status reads the whole meeting table,
        which at archive scale should not hold up the window (the lists are ready long before anyone
        opens one)."""
        from gui.background import run_in_background
        from model.search.choices import filter_choices

        def show(choices: Any) -> None:
            if self._database is database:  # not a database switched away from meanwhile
                self.filters.set_choices(choices)
                self.choicesLoaded.emit()

        run_in_background(lambda: filter_choices(database), show, self)

    def search(self, query: str) -> None:
        """Search for ``query`` in the background; an empty query clears the results."""
        self.filters.sync_from_query(query)
        if not query.strip() or self._database is None:
            self.runner.set_database(self._database)  # forget any search in flight
            self.last = None
            self.results.show_result(None)
            self.bar.show_hints(())
            self.countChanged.emit("")
            self.matchesChanged.emit(None)
            return
        self.runner.search(query)

    def wait(self, msecs: int = 5000) -> bool:
        return self.runner.wait(msecs)

    def _filter_edited(self, query: str) -> None:
        self.bar.set_query(query)
        self.bar.remember(query)

    def _fetch(self, query: str, offset: int) -> tuple[Hit, ...]:
        if self._database is None:
            return ()
        from model.search import engine

        return engine.page(self._database, query, offset)

    def _finished(self, outcome: SearchOutcome) -> None:
        self.last = outcome
        if outcome.result is None:
            self.results.show_result(None, error=outcome.error)
            self.bar.show_hints((outcome.error or "The search failed.",))
            self.countChanged.emit("")
            self.matchesChanged.emit(None)
            return
        result = outcome.result
        self.results.show_result(result, self._fetch)
        self.bar.show_hints(result.hints)
        self.countChanged.emit(result.count_text)
        if not result.searched or outcome.ids is None or not outcome.complete:
            self.matchesChanged.emit(None)
        else:
            self.matchesChanged.emit(set(outcome.ids))

    def _activated(self, rid: str) -> None:
        self.bar.remember(self.bar.query())
        self.recordActivated.emit(rid)


def install(window: MainWindow) -> SearchController:
    """Put search into the main window: the box in the toolbar, filters below it, results as a dock.

    Ctrl+F (Edit ▸ Find…) focuses the box; the tree narrows to the matches and their ancestors, the
    timeline highlights them and the status bar counts them. Choosing a forum, topic or country (in
    the tree or through a link in the detail pane) writes its filter into an empty box, ready for Enter.
    """
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QDockWidget, QLabel

    c = SearchController(parent=window)
    window.main_toolbar.addSeparator()
    window.main_toolbar.addWidget(c.bar)
    # The hint line lives above the results, so the toolbar keeps its height.
    c.results.layout().insertWidget(0, c.bar.hint)  # type: ignore[union-attr]
    filters = window.addToolBar("Filters")
    filters.setObjectName("filterToolbar")
    filters.addWidget(c.filters)
    window.insertToolBarBreak(filters)
    window.view_menu.addAction(filters.toggleViewAction())
    dock = QDockWidget("Search Results", window)
    dock.setObjectName("searchDock")
    dock.setWidget(c.results)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resizeDocks([dock], [380], Qt.Orientation.Horizontal)  # room for a title and its date
    window.view_menu.addAction(dock.toggleViewAction())
    count = QLabel()
    count.setObjectName("searchCount")
    count.setTextFormat(Qt.TextFormat.PlainText)
    window.statusBar().addPermanentWidget(count)

    def find() -> None:
        dock.show()
        dock.raise_()
        c.bar.focus_search()

    def matches(ids: set[str] | None) -> None:
        model = window.tree_model
        # Resetting an unfiltered tree to "everything" would only throw away what it has loaded.
        if model is not None and (ids is not None or model.is_filtered()):
            model.set_visible_ids(ids)
        window.timeline.view.set_highlighted(ids or set())
        if ids:
            dock.show()

    quiet = [False]

    def opened(database: Database | None) -> None:
        c.set_database(database)
        # The window restores the last selected record right after this: that is not the person's choice.
        quiet[0] = True
        QTimer.singleShot(0, lambda: quiet.__setitem__(0, False))

    def suggest(rid: str) -> None:
        # Only into an empty box (or over an earlier suggestion): never over what the person typed.
        database = window.database
        if quiet[0] or database is None or (c.bar.query().strip() and c.bar.query() != c.suggested):
            return
        from model.search.choices import query_for_record

        query = query_for_record(database, rid)
        if query and query != c.bar.query():
            c.bar.set_query(query, run=False)
            c.suggested = query
            c.results.heading.setText(f"Press Enter in the search box to find everything matching {query}.")

    window.set_handler(window.action_find, find)
    window.databaseChanged.connect(opened)
    window.recordSelected.connect(suggest)
    c.recordActivated.connect(window.select_record)
    c.matchesChanged.connect(matches)
    c.countChanged.connect(lambda text: count.setText(f"Search: {text}" if text else ""))
    c.bar.searchRequested.connect(lambda _q: setattr(c, "suggested", None))
    if window.database is not None:
        c.set_database(window.database)
    window.search = c  # type: ignore[attr-defined]
    return c
