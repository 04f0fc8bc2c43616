"""Saved searches on a server: saving asks whether to share, and a colleague sees a shared one marked as such."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from gui.search.bar import SearchBar
from model.store import roles
from model.store.opening import open_database
from tests import postgres
from tests.backends import TestBackend
from tests.gui.answering import dismissing, type_and_accept
from tests.gui.menus import open_menu


def _texts(qtbot: Any, bar: SearchBar) -> list[str]:
    open_menu(qtbot, bar.history_menu)
    return [a.text() for a in bar.history_menu.actions()]


def test_a_search_saved_and_shared_on_a_server_shows_as_shared_to_a_colleague(qtbot: Any, server: TestBackend) -> None:
    url = server.new_target("bundled")
    with postgres.analysts(server, "anna", "bob") as people:
        for who in ("anna", "bob"):
            roles.grant(url, "editor", people[who].user)
        anna, bob = open_database(people["anna"].url(url)), open_database(people["bob"].url(url))
        try:
            mine = SearchBar()
            qtbot.addWidget(mine)
            mine.set_database(anna)
            qtbot.keyClicks(mine.edit, "forum:ARF")
            open_menu(qtbot, mine.history_menu)
            save = next(a for a in mine.history_menu.actions() if a.text() == "Save This Search…")

            def share(dialog: QWidget) -> None:
                assert isinstance(dialog, QMessageBox)
                qtbot.mouseClick(dialog.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

            with dismissing(**{"Save Search": type_and_accept("ARF <b>all</b>"), "Share the search": share}) as seen:
                save.trigger()
            assert seen.seen == [("QInputDialog", "Save Search"), ("QMessageBox", "Share the search")]
            assert "ARF <b>all</b> (shared)" in _texts(qtbot, mine)

            theirs = SearchBar()
            qtbot.addWidget(theirs)
            theirs.set_database(bob)
            texts = _texts(qtbot, theirs)
            assert f"ARF <b>all</b> (shared by {people['anna'].user})" in texts
            assert "Delete a Saved Search" not in texts  # anna's is hers to delete
        finally:
            anna.close()
            bob.close()
