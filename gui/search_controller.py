"""Connects the search box, the filter controls, the background runner and the results list.

It owns no widgets' layout: the main window places them (see :func:`install`), and the controller
keeps them in step — typing searches in the background, the filters follow the box and write into it,
results arrive in the list, and ``matchesChanged`` tells the tree and the timeline what matched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from gui.filter_bar import FilterBar
from gui.results_view import ResultsView
from gui.search_bar import SearchBar
from gui.search_runner import SearchOutcome, SearchRunner

if TYPE_CHECKING:
    from model.db import Database
    from model.search.engine import Hit


class SearchController(QObject):
    """Keeps a search bar, filter bar and results view working together.

    Signals:
        matchesChanged(object): a set of matching record ids, or None when no search is active
            (or too many records match to narrow the tree usefully).
        countChanged(str): "12 results", "No results", or "" with no search.
        recordActivated(str): a result was chosen.
    """

    matchesChanged = Signal(object)
    countChanged = Signal(str)
    recordActivated = Signal(str)

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
            from model.search.choices import filter_choices

            self.filters.set_choices(filter_choices(database))
        self.search(self.bar.query())

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
