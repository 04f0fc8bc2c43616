"""The search box: debounced search as you type, hints, help examples, saved and recent searches."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from gui import translation
from gui.search.bar import SearchBar
from gui.search.help import HELP, INTRO, SearchHelpDialog, help_rows
from model.reads import saved_searches
from model.search.vocabulary import LEVEL_WORDS, STATUS_WORDS, TYPE_WORDS, russian_words
from model.store.database import Database
from tests.gui.answering import dismissing, type_and_accept
from tests.gui.menus import menu_action, open_menu


def test_typing_searches_once_after_a_pause(qtbot: QtBot) -> None:
    bar = SearchBar()
    qtbot.addWidget(bar)
    seen: list[str] = []
    bar.searchRequested.connect(seen.append)
    qtbot.keyClicks(bar.edit, "piracy")
    assert seen == []  # not on every keystroke
    qtbot.waitUntil(lambda: seen == ["piracy"], timeout=2000)


def test_enter_searches_at_once(qtbot: QtBot) -> None:
    bar = SearchBar()
    qtbot.addWidget(bar)
    seen: list[str] = []
    bar.searchRequested.connect(seen.append)
    qtbot.keyClicks(bar.edit, "forum:ARF")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert seen == ["forum:ARF"]  # at once, not after the pause


def test_hints_are_plain_text_and_hide_when_empty(qtbot: QtBot) -> None:
    bar = SearchBar()
    qtbot.addWidget(bar)
    bar.show()
    bar.show_hints(("There is no field '<b>x</b>:'.",))
    assert bar.hint.isVisible()
    assert bar.hint.text() == "There is no field '<b>x</b>:'."
    assert bar.hint.textFormat().name == "PlainText"
    bar.show_hints(())
    assert not bar.hint.isVisible()


def test_help_lists_every_field_and_an_example_fills_the_box(qtbot: QtBot) -> None:
    bar = SearchBar()
    qtbot.addWidget(bar)
    bar.show()
    qtbot.mouseClick(bar.help_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(bar.help.isVisible)
    examples = bar.help.examples()
    assert examples == [e for e, _ in help_rows()]
    for field in ("forum:", "type:", "country:", "city:", "year:", "date:", "status:", "topic:", "level:"):
        assert any(field in e for e in examples)
    for op in ("OR", "-", '"', "*", "("):
        assert any(op in e for e in examples)
    # Choose the second example and press Try It: the box holds it and it is searched for.
    assert not bar.help.try_button.isEnabled()
    item = bar.help.list.topLevelItem(1)
    rect = bar.help.list.visualItemRect(item)
    qtbot.mouseClick(bar.help.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(bar.searchRequested, timeout=500) as blocker:
        qtbot.mouseClick(bar.help.try_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ['"regional security"']
    assert bar.query() == '"regional security"'
    assert bar.help.isVisible()  # stays open to try another
    # Enter on an example tries it too.
    bar.help.list.setFocus()
    qtbot.keyClick(bar.help.list, Qt.Key.Key_Down)
    with qtbot.waitSignal(bar.searchRequested, timeout=500) as blocker:
        qtbot.keyClick(bar.help.list, Qt.Key.Key_Return)
    assert blocker.args == ["consult*"]


def test_help_lists_the_russian_words_of_every_fixed_field(qtbot: QtBot) -> None:
    bar = SearchBar()
    qtbot.addWidget(bar)
    bar.show()
    qtbot.mouseClick(bar.help_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(bar.help.isVisible)
    items = [bar.help.list.topLevelItem(i) for i in range(bar.help.list.topLevelItemCount())]
    rows = [f"{item.text(0)} {item.text(1)}" for item in items if item is not None]
    for field, table in (("type", TYPE_WORDS), ("status", STATUS_WORDS), ("level", LEVEL_WORDS)):
        for value, words in russian_words(table).items():
            if words:  # one row says what the value's Russian words are, as an example to try
                (row,) = [r for r in rows if f"same as {field}:{value}" in r]
                assert row.startswith(f"{field}:") and all(w in row for w in words), row
    assert any(r.startswith("Маниле ") for r in rows) and any(r.startswith("country:России ") for r in rows)
    assert any(r.startswith("forum:ВАС city:Вьентьян ") and "names in other languages too" in r for r in rows)


def test_the_help_is_made_when_first_opened_and_the_same_window_opens_again(qtbot: QtBot) -> None:
    """Nothing of the help is made before someone opens it (it was part of every start); opened again, it is the
    window they left: its grammar, its size, the example they had chosen."""
    bar = SearchBar()
    qtbot.addWidget(bar)
    bar.show()
    assert bar.findChildren(SearchHelpDialog) == []
    qtbot.mouseClick(bar.help_button, Qt.MouseButton.LeftButton)
    (help_window,) = bar.findChildren(SearchHelpDialog)
    qtbot.waitUntil(help_window.isVisible)
    assert help_window.windowTitle() == "Search Language"
    intro = QCoreApplication.translate("SearchHelpDialog", INTRO)
    assert intro in [label.text() for label in help_window.findChildren(QLabel)]
    assert help_window.examples() == [e for e, _ in help_rows()]
    help_window.list.setFocus()
    for _ in range(3):
        qtbot.keyClick(help_window.list, Qt.Key.Key_Down)
    chosen = help_window.list.currentItem()
    assert chosen is not None and chosen.text(0) == help_rows()[2][0]
    help_window.resize(900, 600)  # as the person left it
    buttons = help_window.findChild(QDialogButtonBox)
    assert buttons is not None
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not help_window.isVisible())

    qtbot.mouseClick(bar.help_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(help_window.isVisible)
    assert bar.findChildren(SearchHelpDialog) == [help_window]
    assert help_window.width() == 900
    assert help_window.list.currentItem() is chosen
    assert help_window.examples() == [e for e, _ in help_rows()]
    with qtbot.waitSignal(bar.searchRequested, timeout=1000) as blocker:  # still puts its examples in the box
        qtbot.mouseClick(help_window.try_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [help_rows()[2][0]]


def test_the_window_has_no_search_help_until_it_is_asked_for(qtbot: QtBot, window: Any) -> None:
    """F1 or Help ▸ Search Language makes the help the first time; then both open that same window."""
    assert window.findChildren(SearchHelpDialog) == []
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_F1)
    (help_window,) = window.findChildren(SearchHelpDialog)
    qtbot.waitUntil(help_window.isVisible)
    assert "forum:ARF" in help_window.examples()
    help_window.close()
    menu_action(qtbot, window, "Help", "Search Language").trigger()
    qtbot.waitUntil(help_window.isVisible)
    assert window.findChildren(SearchHelpDialog) == [help_window]
    help_window.close()


def test_history_menu_lists_saved_and_recent_searches(qtbot: QtBot, empty_db: Database) -> None:
    bar = SearchBar()
    qtbot.addWidget(bar)
    bar.set_database(empty_db)
    saved_searches.save(empty_db, "O'Brien & Sons", "city:Jakarta")
    bar.remember("piracy OR terrorism")
    open_menu(qtbot, bar.history_menu)
    texts = [a.text() for a in bar.history_menu.actions()]
    assert "O'Brien && Sons" in texts
    assert "piracy OR terrorism" in texts
    saved_action = next(a for a in bar.history_menu.actions() if a.text() == "O'Brien && Sons")
    with qtbot.waitSignal(bar.searchRequested, timeout=500) as blocker:
        saved_action.trigger()
    assert blocker.args == ["city:Jakarta"]


def test_save_this_search_from_the_menu(qtbot: QtBot, empty_db: Database) -> None:
    """The menu item, clicked: it once crashed every time (``triggered(bool)`` passed False as the name)."""
    bar = SearchBar()
    qtbot.addWidget(bar)
    bar.set_database(empty_db)
    qtbot.keyClicks(bar.edit, "forum:ARF year:2016")
    open_menu(qtbot, bar.history_menu)
    save = next(a for a in bar.history_menu.actions() if a.text() == "Save This Search…")
    with dismissing(**{"Save Search": type_and_accept("ARF this year")}) as dialogs:
        save.trigger()
    assert dialogs.seen == [("QInputDialog", "Save Search")]
    assert [(s.name, s.query) for s in saved_searches.list_saved(empty_db)] == [
        ("ARF this year", "forum:ARF year:2016")
    ]


def test_focus_selects_the_text(qtbot: QtBot) -> None:
    bar = SearchBar()
    qtbot.addWidget(bar)
    bar.show()
    bar.set_query("piracy", run=False)
    bar.focus_search()
    assert bar.edit.selectedText() == "piracy"


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_help_shows_every_meaning_of_the_grammar_whole(qtbot: QtBot, qapp: Any, language: str) -> None:
    """Russian says the grammar at greater length: the window widens for it, and English keeps its 640 pixels."""
    translation.install(qapp, language)
    bar = SearchBar()
    qtbot.addWidget(bar)
    qtbot.mouseClick(bar.help_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(bar.help.isVisible)
    listing = bar.help.list
    metrics = listing.fontMetrics()
    cut = []
    for row in range(len(HELP)):
        item = listing.topLevelItem(row)
        assert item is not None
        room = listing.visualItemRect(item).right() - listing.columnViewportPosition(1)
        if metrics.horizontalAdvance(item.text(1)) > room - 6:  # the item's own margins
            cut.append(item.text(1))
    assert not cut, f"cut in {language}: {cut}"
    if language == "en":
        assert bar.help.width() == 640
    assert item.text(1) != HELP[-1][1] or language == "en", "the meanings are in the interface's language"
