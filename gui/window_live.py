"""Live updates in the main window: what another program or colleague changes shows within a second.

:func:`install` gives the window a :class:`LiveUpdates`, which follows the open archive's change feed
(:mod:`model.store.changes`: a SQLite file's ``data_version``, a server's ``LISTEN``), on a timer and, on a
server, as soon as the feed's socket has something to read. When something changed it reads the window
again without losing the person's place: the rows open in the tree, the row at its top and the one
selected, the record shown and how far it was scrolled, the timeline's range and lanes, the search (the
query is run again) and the counts. The status bar then says "3 records changed by anna", a link that
lists them to go to.

It also keeps the actions that write in step with the archive's one fact about writing,
:attr:`model.store.database.Database.can_write` (a server's reader may not): Import, Save This Search and
whatever :func:`writes` is told of (the edits' actions) are disabled where it is False.

It belongs to the window's shell: it knows the panes it keeps in place, as :mod:`gui.window_search` does.
"""

from __future__ import annotations

import contextlib
import html
import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPoint, QSocketNotifier, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QLabel, QMainWindow, QMenu, QSizePolicy

if TYPE_CHECKING:
    from gui.window_hooks import WindowHooks
    from model.store.changes import Change, ChangeFeed
    from model.store.database import Database

#: How often the feed is looked at (a file's ``data_version`` costs microseconds): well within 2 s.
POLL_MS = 400
#: How long a feed that lost its server's connection waits between attempts to connect again.
RECONNECT_S = 10.0
#: How long the status bar says what changed.
SAY_FOR_MS = 60_000
#: At most this many changed records are listed behind the link.
LIST_AT_MOST = 30
#: Qt.ItemDataRole.UserRole + 1, the record id of a tree row (gui.browse.tree_model.RECORD_ID_ROLE).
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_log = logging.getLogger(__name__)


class LiveUpdates(QObject):
    """Follows the window's archive and reads the window again when someone else changed it."""

    #: Emitted with the :class:`~model.store.changes.Change` once the window shows it (the open forms check
    #: whether their record was among what changed).
    changed = Signal(object)

    def __init__(self, window: WindowHooks) -> None:
        assert isinstance(window, QMainWindow), "live updates say what changed in a QMainWindow's status bar"
        super().__init__(window)
        self._window = window
        self._database: Database | None = None
        self._feed: ChangeFeed | None = None
        self._notifier: QSocketNotifier | None = None
        self._changed: tuple[str, ...] = ()
        self._reconnecting = False
        self._last_attempt = 0.0
        #: The actions that write, disabled where the archive may not be changed (see :func:`writes`).
        self.writing_actions: list[QAction] = [window.action_import]
        self.label = QLabel()
        self.label.setObjectName("liveChanges")
        self.label.setTextFormat(Qt.TextFormat.RichText)  # a link; every word in it is escaped
        self.label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.label.linkActivated.connect(lambda _href: self.show_changed())
        window.statusBar().insertPermanentWidget(0, self.label)
        #: The list behind the link (made when opened).
        self.menu = QMenu(window)
        self.menu.setObjectName("liveChangesMenu")
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(SAY_FOR_MS)
        self._quiet.timeout.connect(lambda: self.label.setText(""))
        window.databaseChanged.connect(self._database_changed)

    # --- following the archive --------------------------------------------------------------------------

    def _database_changed(self, database: object) -> None:
        """A database was shown (or the window read its own again after an import: then nothing to do)."""
        self.update_rights()
        if database is self._database:
            return
        self._stop()
        self._database = database if database is not None else None  # type: ignore[assignment]
        self.label.setText("")
        if self._database is None:
            return
        from model.store import changes

        try:
            self._feed = changes.feed_for(self._database)
        except Exception:  # live updates are a convenience: the window works without them
            _log.warning("cannot follow the changes of %s", self._database.shown, exc_info=True)
            self._feed = None
        if self._feed is None:
            return
        self._watch_socket()
        self._timer.start()

    def _watch_socket(self) -> None:
        fileno = self._feed.fileno() if self._feed is not None else None
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if fileno is not None:
            self._notifier = QSocketNotifier(fileno, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(lambda *_: self.poll())

    def _stop(self) -> None:
        self._timer.stop()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._feed is not None:
            self._feed.close()
            self._feed = None

    def poll(self) -> None:
        """Look at the feed (never waits); read the window again if someone else changed the archive."""
        if self._feed is None or self._window.database is not self._database:
            return
        if self._feed.lost:
            self._reconnect()
            return
        change = self._feed.poll()
        if self._feed.lost:  # its socket is closed: stop watching it before the event loop looks at it again
            self._watch_socket()
        if change is not None:
            self.show_change(change)

    def _reconnect(self) -> None:
        """Connect the feed again on a worker thread (a server that does not answer makes it wait), at most
        every :data:`RECONNECT_S`; once connected, read the window again: what happened meanwhile went unheard."""
        now = time.monotonic()
        if self._reconnecting or now - self._last_attempt < RECONNECT_S:
            return
        from gui.background import run_in_background

        feed = self._feed
        assert feed is not None
        self._reconnecting, self._last_attempt = True, now

        def connected(change: object) -> None:
            self._reconnecting = False
            if feed is self._feed and change is not None:
                self._watch_socket()
                self.show_change(change)  # type: ignore[arg-type]

        run_in_background(feed.reconnect, connected, self)

    def show_change(self, change: Change) -> None:
        refresh_keeping_place(self._window)
        self.changed.emit(change)
        words = change.words()
        self._changed = change.ids
        if not words:
            return
        text = html.escape(words)
        self.label.setText(f'<a href="changes">{text}</a>' if change.ids else text)
        self.label.setToolTip(self.tr("Show the records that changed") if change.ids else "")
        self._quiet.start()

    def show_changed(self) -> None:
        """The link: a list of the records that changed; choosing one shows it."""
        database = self._window.database
        self.menu.clear()
        if database is None:
            return
        from model.reads import queries

        with database.reader() as conn:
            titles = [(rid, queries.record_title(conn, rid)) for rid in self._changed[:LIST_AT_MOST]]
        for rid, title in titles:
            shown = self.tr("{title} ({id})").format(title=title, id=rid) if title else None
            action = self.menu.addAction(
                shown.replace("&", "&&") if shown else self.tr("{id} (deleted)").format(id=rid)
            )
            action.setEnabled(title is not None)
            action.triggered.connect(lambda _=False, rid=rid: self._window.select_record(rid))
        if len(self._changed) > LIST_AT_MOST:
            more = len(self._changed) - LIST_AT_MOST
            self.menu.addAction(self.tr("… and %Ln more", "", more)).setEnabled(False)
        self.menu.popup(self.label.mapToGlobal(QPoint(0, 0)))

    # --- rights ---------------------------------------------------------------------------------------------

    def update_rights(self) -> None:
        """Enable the actions that write only where the archive may be changed."""
        database = self._window.database
        writable = database is not None and database.can_write
        for action in self.writing_actions:
            action.setEnabled(writable)
            tip = "" if writable else self.tr("This archive is read-only for you")
            if tip:
                action.setToolTip(tip)

    def close(self) -> None:
        self._stop()


def install(window: WindowHooks) -> LiveUpdates:
    return LiveUpdates(window)


def writes(window: WindowHooks, action: QAction) -> None:
    """Tell the window that ``action`` writes: it is disabled wherever the archive may not be changed."""
    live: LiveUpdates | None = getattr(window, "live", None)
    if live is not None:
        live.writing_actions.append(action)
        live.update_rights()


def refresh_keeping_place(window: WindowHooks) -> None:
    """Read the window again after someone else changed the archive, keeping the person's place."""
    model = window.tree_model
    database = window.database
    if model is None or database is None:
        return
    tree = window.tree
    opened = _opened_ids(tree, model)
    top = tree.indexAt(QPoint(1, 1)).data(RECORD_ID_ROLE)
    detail_scroll = window.detail.verticalScrollBar().value()
    span = window.timeline.view.visible_range()
    window.reload()  # the tree, the timeline, the counts, the search run again, the record shown again
    for rid in opened:
        index = _index_of(model, rid)
        if index.isValid():
            tree.expand(index)
    if isinstance(top, str):
        index = _index_of(model, top)
        if index.isValid():
            tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
    window.timeline.view.set_range(*span)
    window.detail.verticalScrollBar().setValue(detail_scroll)
    with contextlib.suppress(RuntimeError):  # the window closed meanwhile
        QTimer.singleShot(0, lambda: window.detail.verticalScrollBar().setValue(detail_scroll))


def _opened_ids(tree: QAbstractItemView, model: object) -> list[str]:
    """The ids of the tree's expanded rows, parents before children."""
    from gui.browse.tree_model import ForumTreeModel

    assert isinstance(model, ForumTreeModel)
    found: list[str] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if tree.isExpanded(index):  # type: ignore[attr-defined]
                found.append(str(index.data(RECORD_ID_ROLE)))
                walk(index)

    walk(QModelIndex())
    return found


def _index_of(model: object, rid: str) -> QModelIndex:
    from gui.browse.tree_model import ForumTreeModel

    assert isinstance(model, ForumTreeModel)
    if not rid.startswith("@"):
        return model.index_for_id(rid)
    for row in range(model.rowCount()):  # a group at the end of the tree (outcomes, countries …)
        index = model.index(row, 0)
        if index.data(RECORD_ID_ROLE) == rid:
            return index
    return QModelIndex()
