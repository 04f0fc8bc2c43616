"""Searching off the GUI thread: one search at a time, and only the latest query matters.

Typing fast queues no backlog: while a search runs, newer queries replace each other and only the
last one runs next; results of a query the person has already typed past are dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

if TYPE_CHECKING:
    from model.search.engine import SearchResult
    from model.store.database import Database

#: Tree narrowing and timeline highlighting use at most this many matching ids.
MATCH_CAP = 5_000


@dataclass(frozen=True)
class SearchOutcome:
    """A finished search: the first page and count, the matching ids (for the tree and the timeline)."""

    query: str
    result: SearchResult | None
    #: Every matching id when ``complete``; None when the search failed.
    ids: tuple[str, ...] | None
    complete: bool
    error: str | None = None


class _Bridge(QObject):
    done = Signal(object)


class _Job(QRunnable):
    def __init__(self, database: Database, query: str, page: int, bridge: _Bridge) -> None:
        super().__init__()
        self.database = database
        self.query = query
        self.page = page
        self.bridge = bridge

    def run(self) -> None:
        from model.search import engine

        try:
            result = engine.search(self.database, self.query, limit=self.page)
            ids, complete = engine.match_ids(self.database, self.query, MATCH_CAP) if result.searched else ([], True)
            outcome = SearchOutcome(self.query, result, tuple(ids), complete)
        except Exception as exc:  # a database failure (locked, closed) is reported in the window
            error = QCoreApplication.translate("SearchRunner", "The search failed: {reason}").format(reason=exc)
            outcome = SearchOutcome(self.query, None, None, False, error)
        self.bridge.done.emit(outcome)


class SearchRunner(QObject):
    """Runs searches in a background thread and emits ``finished(SearchOutcome)`` for the latest one."""

    finished = Signal(object)

    def __init__(self, parent: QObject | None = None, page: int = 50) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._bridge = _Bridge(self)
        self._bridge.done.connect(self._on_done)
        self._database: Database | None = None
        self._running: str | None = None
        self._pending: str | None = None
        self._latest: str | None = None
        self._page = page

    def set_database(self, database: Database | None) -> None:
        self._database = database
        self._latest = None

    def search(self, query: str) -> None:
        """Search for ``query`` as soon as the background thread is free."""
        self._latest = query
        if self._running is not None:
            self._pending = query
            return
        self._start(query)

    def latest(self) -> str | None:
        return self._latest

    def is_busy(self) -> bool:
        return self._running is not None

    def wait(self, msecs: int = 5000) -> bool:
        """Block until the background search is done (for closing the window and tests)."""
        return self._pool.waitForDone(msecs)

    def _start(self, query: str) -> None:
        if self._database is None:
            return
        self._running = query
        self._pool.start(_Job(self._database, query, self._page, self._bridge))

    def _on_done(self, outcome: SearchOutcome) -> None:
        self._running = None
        pending, self._pending = self._pending, None
        if pending is not None and pending != outcome.query:
            self._start(pending)
        if outcome.query == self._latest:
            self.finished.emit(outcome)
