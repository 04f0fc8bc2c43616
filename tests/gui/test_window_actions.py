"""Every menu item, clicked as a person clicks it: the real QAction, its dialogs answered or cancelled.

Exceptions raised inside a slot reach pytest-qt's capture and fail the test: that is how Save This
Search… once crashed every time while its test, calling the slot itself, passed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from model.reads import saved_searches
from tests.gui.answering import dismissing, type_and_accept
from tests.gui.conftest import click_tree_row
from tests.gui.menus import menu_action, top_menus, walk


class OpenedUrls(QObject):
    """Stands in for the desktop's file manager: records the folders the app asks it to show."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def _search(qtbot: Any, window: Any, query: str) -> None:
    bar = window.search.bar
    bar.edit.setFocus()
    bar.edit.selectAll()
    with qtbot.waitSignal(window.search.searchFinished, timeout=10000):
        qtbot.keyClicks(bar.edit, query)
        qtbot.keyClick(bar.edit, Qt.Key.Key_Return)


def test_every_menu_item_survives_a_click(qtbot: Any, window: Any) -> None:
    files = OpenedUrls()
    QDesktopServices.setUrlHandler("file", files, "open")
    try:
        # Give every item something to act on: a search, a saved and a recent one, a history to go back in.
        saved_searches.save(window.database, "ARF meetings", "forum:ARF type:meeting")
        click_tree_row(qtbot, window, "eas")
        click_tree_row(qtbot, window, "arf")
        _search(qtbot, window, "piracy")
        items = [(path, action) for menu in top_menus(window) for path, action in walk(qtbot, menu)]
        clicked: list[tuple[str, ...]] = []
        quit_item = None
        with dismissing() as dialogs:
            for path, action in items:
                if action is window.action_quit:
                    quit_item = action
                    continue
                if not action.isEnabled():
                    continue
                action.trigger()
                clicked.append(path)
                for top in QApplication.topLevelWidgets():  # windows an item left open (Search Language)
                    if top is not window and top.isVisible() and not top.isModal():
                        top.close()
            assert quit_item is not None
            quit_item.trigger()
        assert not window.isVisible()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    for expected in [
        ("File", "Import…"),
        ("File", "Open Database…"),
        ("File", "Searches", "Save This Search…"),
        ("File", "Searches", "ARF meetings"),
        ("File", "Searches", "Clear Recent Searches"),
        ("File", "Searches", "Delete a Saved Search", "ARF meetings"),
        ("Go", "Back"),
        ("Go", "Go to Record Id…"),
        ("Help", "Search Language"),
        ("Help", "Open Data Folder"),
        ("Help", "Open Log Folder"),
        ("Help", "About Summitry"),
    ]:
        assert expected in clicked, f"{expected} was not clicked; clicked: {clicked}"
    titles = {title for _kind, title in dialogs.seen}
    assert {"Save Search", "Go to record", "About Summitry"} <= titles
    assert len(files.urls) == 2


def test_save_this_search_from_the_file_menu(qtbot: Any, window: Any) -> None:
    _search(qtbot, window, "forum:ARF year:2016")
    save = menu_action(qtbot, window, "File", "Searches", "Save This Search…")
    with dismissing(**{"Save Search": type_and_accept("ARF this year")}):
        save.trigger()
    assert [(s.name, s.query) for s in saved_searches.list_saved(window.database)] == [
        ("ARF this year", "forum:ARF year:2016")
    ]
    # The saved search is in the menu the next time it opens, and choosing it searches again.
    _search(qtbot, window, "piracy")
    again = menu_action(qtbot, window, "File", "Searches", "ARF this year")
    with qtbot.waitSignal(window.search.searchFinished, timeout=10000):
        again.trigger()
    assert window.search.bar.query() == "forum:ARF year:2016"


def test_help_search_language_opens_with_f1(qtbot: Any, window: Any) -> None:
    help_window = window.search.bar.help
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_F1)
    qtbot.waitUntil(help_window.isVisible)
    assert help_window.windowTitle() == "Search Language"
    assert "forum:ARF" in help_window.examples()
    help_window.close()
    # From the search box too (F1 there once opened a popup of its own).
    window.search.bar.edit.setFocus()
    qtbot.keyClick(window.search.bar.edit, Qt.Key.Key_F1)
    qtbot.waitUntil(help_window.isVisible)
    # Double-clicking an example puts it in the box and searches.
    item = help_window.list.topLevelItem(help_window.examples().index("city:Jakarta"))
    rect = help_window.list.visualItemRect(item)
    with qtbot.waitSignal(window.search.searchFinished, timeout=10000):
        # A double click is a click, then a second press that Qt reports as a double click.
        qtbot.mouseClick(help_window.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(help_window.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.search.bar.query() == "city:Jakarta"
    help_window.close()


def test_help_opens_the_data_and_log_folders(qtbot: Any, window: Any) -> None:
    from gui.crashlog import log_dir
    from model.store.location import data_dir

    files = OpenedUrls()
    QDesktopServices.setUrlHandler("file", files, "open")
    try:
        menu_action(qtbot, window, "Help", "Open Data Folder").trigger()
        menu_action(qtbot, window, "Help", "Open Log Folder").trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    shown = [Path(u.toLocalFile()) for u in files.urls]
    assert shown == [data_dir(), log_dir()]
    assert log_dir().is_dir()  # made if no crash has written it yet, so the file manager has something to show
