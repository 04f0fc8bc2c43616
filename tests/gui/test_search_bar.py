"""The search box: debounced search as you type, hints, help examples, saved and recent searches."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from gui.search_bar import HELP, SearchBar
from model import saved_searches
from model.db import Database


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
    with qtbot.waitSignal(bar.searchRequested, timeout=500) as blocker:
        bar.edit.setText("forum:ARF")
        bar.edit.returnPressed.emit()
    assert blocker.args == ["forum:ARF"]


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
    examples = [e for e, _ in HELP]
    for field in ("forum:", "type:", "country:", "city:", "year:", "date:", "status:", "topic:", "level:"):
        assert any(field in e for e in examples)
    for op in ("OR", "-", '"', "*", "("):
        assert any(op in e for e in examples)
    bar.show_help()
    with qtbot.waitSignal(bar.searchRequested, timeout=500) as blocker:
        bar.help.list.itemActivated.emit(bar.help.list.item(1))
    assert blocker.args == ['"regional security"']
    assert bar.query() == '"regional security"'


def test_history_menu_lists_saved_and_recent_searches(qtbot: QtBot, empty_db: Database) -> None:
    bar = SearchBar()
    qtbot.addWidget(bar)
    bar.set_database(empty_db)
    saved_searches.save(empty_db, "O'Brien & Sons", "city:Jakarta")
    bar.remember("piracy OR terrorism")
    bar.history_menu.aboutToShow.emit()
    texts = [a.text() for a in bar.history_menu.actions()]
    assert "O'Brien && Sons" in texts
    assert "piracy OR terrorism" in texts
    saved_action = next(a for a in bar.history_menu.actions() if a.text() == "O'Brien && Sons")
    with qtbot.waitSignal(bar.searchRequested, timeout=500) as blocker:
        saved_action.trigger()
    assert blocker.args == ["city:Jakarta"]


def test_save_current_search(qtbot: QtBot, empty_db: Database) -> None:
    bar = SearchBar()
    qtbot.addWidget(bar)
    bar.set_database(empty_db)
    bar.set_query("forum:ARF year:2016", run=False)
    assert bar.save_current("ARF this year")
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
