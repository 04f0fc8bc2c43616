"""Connects the search box, the filter controls, the background runner and the results list.

It owns no widgets' layout: the main window places them (see :func:`gui.window_search.install`), and the controller
keeps them in step — typing searches in the background, the filters follow the box and write into it,
results arrive in the list, and ``matchesChanged`` tells the tree and the timeline what matched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from gui.search.bar import SearchBar
from gui.search.filter_bar import FilterBar
from gui.search.results_view import ResultsView
from gui.search.runner import SearchOutcome, SearchRunner

if TYPE_CHECKING:
    from model.search.engine import Hit
    from model.store.database import Database


class SearchController(QObject):
    """Keeps a search bar, filter bar and results view working together.

    Signals:
        matchesChanged(object): a set of matching record ids, or None when no search is active
            (or too many records match to narrow the tree usefully).
        countChanged(str): "12 results", "No results", or "" with no search.
        recordActivated(str): a result was chosen.
        choicesLoaded(): the filter lists were filled for the database just set (read on a worker thread).
        searchFinished(object): the :class:`SearchOutcome` now shown (also after a search is cleared: None).
    """

    matchesChanged = Signal(object)
    countChanged = Signal(str)
    recordActivated = Signal(str)
    choicesLoaded = Signal()
    searchFinished = Signal(object)

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
        self._detached = False  # see detach()
        self.last: SearchOutcome | None = None
        #: The filter written into the box for a chosen forum/topic/country, while it is neither edited
        #: nor searched for (then the text is the person's, and nothing writes over it).
        self.suggested: str | None = None
        #: A query settled on (Enter, a filter chosen) whose search has not finished yet: it goes into the
        #: recent searches only if it parsed cleanly and ran. With ``replacing``, it takes the place of the
        #: entry an earlier filter-bar step left (choosing three filters leaves one recent search, not three).
        self._settling: tuple[str, str | None, bool] | None = None
        #: The recent search the last filter-bar step left (the next step replaces it).
        self._filter_trail: str | None = None
        self.bar.searchRequested.connect(self.search)
        self.bar.searchRequested.connect(lambda _q: self._forget_suggestion())
        self.bar.edit.textEdited.connect(self._typed)
        self.bar.edit.returnPressed.connect(lambda: self._settle(self.bar.query()))
        self.filters.queryEdited.connect(self._filter_edited)
        self.runner.finished.connect(self._finished)
        self.results.recordActivated.connect(self._activated)

    def set_database(self, database: Database | None) -> None:
        """Search this database (clearing any search shown)."""
        self._database = database
        self.runner.set_database(database)
        self.bar.set_database(database)
        self._settling = None
        self._filter_trail = None
        if database is not None:
            self._load_choices(database)
        # Run again what was last searched for (the data changed); an unsearched suggestion stays unrun.
        self.search(self.last.query if self.last is not None and database is not None else "")

    def detach(self) -> None:
        """The window closes: nothing started later (the filter lists' reading) may read a database."""
        self._database = None
        self._detached = True

    def _load_choices(self, database: Database) -> None:
        """Fill the filter lists on a worker thread: listing every status reads the whole meeting table,
        which at archive scale should not hold up the window (the lists are ready long before anyone
        opens one)."""
        from gui.background import run_in_background
        from model.search.choices import filter_choices
        from model.store.faults import DatabaseOpenError

        def show(choices: Any) -> None:
            if self._database is database and choices is not None:  # not a database switched away from
                self.filters.set_choices(choices)
                self.choicesLoaded.emit()

        def read() -> Any:
            try:
                return filter_choices(database)
            except DatabaseOpenError:
                if database.closed:  # closed while this read (the window closed, or moved on): nobody asks
                    return None
                raise

        def start() -> None:
            if self._database is database and not database.closed and not self._detached:
                run_in_background(read, show, self)

        # On the next turn of the event loop: after the window has painted what it shows (see
        # MainWindow.refresh_counts).
        QTimer.singleShot(0, self, start)

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
            self.searchFinished.emit(None)
            return
        self.runner.search(query)

    def wait(self, msecs: int = 5000) -> bool:
        return self.runner.wait(msecs)

    # --- suggestions: a chosen forum, topic or country writes its filter into an empty box -------------

    def offer(self, query: str | None, chosen: bool) -> None:
        """A record was shown; ``query`` finds its forum's, topic's or country's records (None for others).

        A record the person chose (``chosen``) writes its filter into an empty box, ready for Enter. A
        suggestion still in the box follows whatever is shown next, and goes when that has none, so it
        never goes stale. Nothing is ever written over what the person typed or searched for.
        """
        box = self.bar.query()
        ours = self.suggested is not None and box == self.suggested
        if not ours and (box.strip() or not chosen or self.last is not None):
            return
        if query == box:
            return
        self.bar.set_query(query or "", run=False)
        self.suggested = query
        if query:
            self.results.heading.setText(
                self.tr("Press Enter in the search box to find everything matching {query}.").format(query=query)
            )
        else:
            self.results.show_result(None)

    def _forget_suggestion(self) -> None:
        self.suggested = None

    def _typed(self, _text: str) -> None:
        self.suggested = None  # the text is the person's now
        self._filter_trail = None

    # --- recent searches: the queries people settled on, that parsed and ran -------------------------------

    def _settle(self, query: str) -> None:
        self._filter_trail = None
        self._settling = (query, None, False)

    def _filter_edited(self, query: str) -> None:
        self._settling = (query, self._filter_trail, True)
        self.bar.set_query(query)

    def _remember(self, outcome: SearchOutcome) -> None:
        """Add the settled query to the recent searches if this search was it and it ran cleanly."""
        if self._settling is None or self._settling[0] != outcome.query:
            return
        query, replacing, from_filters = self._settling
        self._settling = None
        result = outcome.result
        if result is None or not result.searched or result.hints:
            return  # failed, or read only after repairs (an unclosed quote, an unknown forum …)
        self.bar.remember(query, replacing=replacing)
        self._filter_trail = query if from_filters else None

    def _fetch(self, query: str, offset: int) -> tuple[Hit, ...]:
        if self._database is None:
            return ()
        from model.search import engine

        return engine.page(self._database, query, offset)

    def _finished(self, outcome: SearchOutcome) -> None:
        self.last = outcome
        if outcome.result is None:
            self.results.show_result(None, error=outcome.error)
            self.bar.show_hints((outcome.error or self.tr("The search failed."),))
            self.countChanged.emit("")
            self.matchesChanged.emit(None)
            self.searchFinished.emit(outcome)
            return
        result = outcome.result
        self.results.show_result(result, self._fetch)
        self.bar.show_hints(result.hints)
        self.countChanged.emit(result.count_text)
        self._remember(outcome)
        if not result.searched or outcome.ids is None or not outcome.complete:
            self.matchesChanged.emit(None)
        else:
            self.matchesChanged.emit(set(outcome.ids))
        self.searchFinished.emit(outcome)

    def _activated(self, rid: str) -> None:
        """A result was chosen: the query that found it is one the person settled on."""
        query = self.bar.query()
        last = self.last
        if last is not None and last.query == query:
            self._settle(query)
            self._remember(last)
        self.recordActivated.emit(rid)
