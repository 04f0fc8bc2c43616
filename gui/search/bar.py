"""The search box: search as you type, an inline hint for broken queries, help, recent and saved searches.

The bar only edits and announces queries (``searchRequested``, debounced while typing, at once on
Enter); running them is the :class:`gui.search.runner.SearchRunner`'s job, so this widget never
touches the database except to list and store saved and recent searches through
:mod:`model.saved_searches`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from gui.search.help import SearchHelpDialog
    from model.store.database import Database

#: Milliseconds of quiet typing before a search starts.
DEBOUNCE_MS = 200


class SearchBar(QWidget):
    """The search box with its hint line, help button and recent/saved searches menu.

    Signals:
        searchRequested(str): run this query (debounced while typing; at once on Enter or a menu choice).
    """

    searchRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database: Database | None = None
        self.edit = QLineEdit()
        self.edit.setObjectName("searchBox")
        self.edit.setAccessibleName(self.tr("Search"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.tr("Search (Ctrl+F) — e.g. piracy forum:ARF year:2016"))
        self.edit.setToolTip(self.tr("Search records. Click ? (or press F1) for the search language."))
        self.edit.textEdited.connect(self._on_edited)
        self.edit.returnPressed.connect(self.search_now)
        self.hint = QLabel()
        self.hint.setObjectName("searchHint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)  # hints quote the person's text
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #9a3412;")
        self.hint.hide()

        self.history_button = QToolButton()
        self.history_button.setText(self.tr("Searches"))
        self.history_button.setToolTip(self.tr("Recent and saved searches"))
        self.history_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.history_menu = QMenu(self.tr("Sea&rches"), self.history_button)  # also File ▸ Searches in the window
        self.history_menu.aboutToShow.connect(self._fill_history)
        self.history_button.setMenu(self.history_menu)
        self.help_button = QToolButton()
        self.help_button.setText("?")
        self.help_button.setToolTip(self.tr("The search language, with examples"))
        self.help_button.clicked.connect(lambda: self.show_help())
        # Made the first time someone opens it, not with the window: most sessions never do, and making it
        # (its module and the vocabulary it lists, its rows, its width measured) was ~7 ms of every start.
        self._help: SearchHelpDialog | None = None

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.history_button)
        row.addWidget(self.help_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.hint)

    # --- public API -------------------------------------------------------------------------------------

    def set_database(self, database: Database | None) -> None:
        """The database whose saved and recent searches the menu lists."""
        self._database = database

    def query(self) -> str:
        return self.edit.text()

    def set_query(self, query: str, run: bool = True) -> None:
        """Put a query in the box (from a filter control, a click in the tree, a menu) and search at once."""
        self._timer.stop()
        self.edit.setText(query)
        if run:
            self.search_now()

    def focus_search(self) -> None:
        """Ctrl+F: focus the box with its text selected, ready to type over."""
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def show_hints(self, hints: tuple[str, ...] | list[str]) -> None:
        """Show what the search made of a broken query (or hide the line when all was understood)."""
        self.hint.setText(" ".join(hints))
        self.hint.setVisible(bool(hints))

    def remember(self, query: str, replacing: str | None = None) -> None:
        """Add a query the person settled on to the recent searches (in place of ``replacing``)."""
        if self._database is not None and query.strip():
            from model.reads import saved_searches

            saved_searches.add_recent(self._database, query, replacing=replacing)

    def search_now(self) -> None:
        self._timer.stop()
        self.searchRequested.emit(self.edit.text())

    @property
    def help(self) -> SearchHelpDialog:
        """The search language window: made the first time it is needed, then the same one each time (it keeps
        its size, place and chosen example while the bar lives)."""
        if self._help is None:
            from gui.search.help import SearchHelpDialog

            self._help = SearchHelpDialog(self)
            self._help.exampleChosen.connect(lambda q: self.set_query(q))
        return self._help

    def show_help(self) -> None:
        """The search language window (? beside the box, Help ▸ Search Language, F1)."""
        self.help.open_beside()

    # --- internals --------------------------------------------------------------------------------------

    def _on_edited(self, _text: str) -> None:
        self._timer.start()

    def _fill_history(self) -> None:
        menu = self.history_menu
        menu.clear()
        if self._database is None:
            menu.addAction(self.tr("No database open")).setEnabled(False)
            return
        from model.reads import saved_searches

        saved = saved_searches.list_saved(self._database)
        recent = saved_searches.recent(self._database)
        menu.addSection(self.tr("Saved searches"))
        if not saved:
            menu.addAction(self.tr("None yet")).setEnabled(False)
        for s in saved:
            act = menu.addAction(_menu_text(s.label()))
            act.setToolTip(s.query)
            act.triggered.connect(lambda _=False, q=s.query: self.set_query(q))
        menu.addSection(self.tr("Recent searches"))
        if not recent:
            menu.addAction(self.tr("None yet")).setEnabled(False)
        for q in recent:
            act = menu.addAction(_menu_text(_elide(q)))
            act.triggered.connect(lambda _=False, q=q: self.set_query(q))
        menu.addSeparator()
        save = menu.addAction(self.tr("Save This Search…"))
        save.setEnabled(bool(self.query().strip()) and self._database.can_write)
        # triggered(bool) would pass its "checked" flag to a slot that takes an argument: connect
        # through a lambda (it once arrived as the search's name, and saving crashed every time).
        save.triggered.connect(lambda: self.save_current())
        mine = [s for s in saved if s.mine]  # another analyst's is theirs to delete
        if mine and self._database.can_write:
            remove = menu.addMenu(self.tr("Delete a Saved Search"))
            for s in mine:
                remove.addAction(_menu_text(s.name)).triggered.connect(lambda _=False, n=s.name: self._remove(n))
        if recent:
            menu.addAction(self.tr("Clear Recent Searches")).triggered.connect(lambda: self._clear_recent())

    def save_current(self) -> bool:
        """Searches ▸ Save This Search…: ask for a name, then save the box's query under it."""
        if self._database is None or not self.query().strip():
            return False
        from model.reads import saved_searches

        name, ok = QInputDialog.getText(self, self.tr("Save Search"), self.tr("Name:"), text=self.query()[:60])
        if not ok:
            return False
        shared = False
        if not self._database.is_sqlite and name.strip():  # a file is one person's: nobody to share with
            ask = QMessageBox(self)
            ask.setWindowTitle(self.tr("Share the search"))
            ask.setTextFormat(Qt.TextFormat.PlainText)  # the name as typed, never markup
            question = self.tr("Share '{name}' with everyone using this archive? They can use it, not change it.")
            ask.setText(question.format(name=" ".join(name.split())))
            ask.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            shared = ask.exec() == QMessageBox.StandardButton.Yes
        try:
            saved_searches.save(self._database, name, self.query(), shared=shared)
        except saved_searches.SavedSearchError as exc:
            QMessageBox.warning(self, self.tr("Cannot save the search"), str(exc))
            return False
        return True

    def _remove(self, name: str) -> None:
        from model.reads import saved_searches

        if self._database is not None:
            try:
                saved_searches.remove(self._database, name)
            except saved_searches.SavedSearchError as exc:
                QMessageBox.warning(self, "Cannot delete the search", str(exc))

    def _clear_recent(self) -> None:
        from model.reads import saved_searches

        if self._database is not None:
            saved_searches.clear_recent(self._database)


def _elide(text: str, size: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


def _menu_text(text: str) -> str:
    # Menus read "&" as a keyboard accelerator; double it so "O'Brien & Sons" shows as typed.
    return text.replace("&", "&&")
