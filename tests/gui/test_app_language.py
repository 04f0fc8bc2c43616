"""The interface's language, as a person changes it: Edit ▸ Preferences…, then Summitry started again."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from gui.dialogs.preferences import PreferencesDialog
from tests.gui.answering import dismissing
from tests.gui.conftest import click_tree_row
from tests.gui.menus import choose_in, menu_action, plain, top_menus, walk

ROOT = Path(__file__).resolve().parents[2]


def _start(qtbot: Any, db_path: Path) -> Any:
    """Start Summitry as the ``summitry`` command does (the settings saved so far apply) and wait for the data."""
    import gui.app

    _app, window = gui.app.start_app(str(db_path))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.database is not None and window.is_built(), timeout=30000)
    return window


def _choose_language(qtbot: Any, window: Any, name: str) -> PreferencesDialog:
    menu_action(qtbot, window, *_preferences_path(window)).trigger()
    dialog = window.findChild(PreferencesDialog)
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    choose_in(qtbot, dialog.language, name)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    return dialog


def _preferences_path(window: Any) -> tuple[str, str]:
    edit = plain(window.edit_menu.title())
    return edit, plain(window.action_preferences.text())


def _search(qtbot: Any, window: Any, query: str) -> None:
    bar = window.search.bar
    bar.edit.setFocus()
    bar.edit.selectAll()  # typing replaces what the box held
    with qtbot.waitSignal(window.search.searchFinished, timeout=10000):
        qtbot.keyClicks(bar.edit, query)
        qtbot.keyClick(bar.edit, Qt.Key.Key_Return)


def _count(window: Any) -> str:
    return str(window.statusBar().findChild(QLabel, "searchCount").text())


def _about(qtbot: Any, window: Any, *path: str) -> tuple[str, list[str]]:
    """Open Help ▸ About as a person does; its title and its buttons' words."""
    seen: dict[str, Any] = {}

    def read(dialog: QWidget) -> None:
        seen["title"] = dialog.windowTitle()
        seen["buttons"] = [b.text() for b in dialog.findChild(QDialogButtonBox).buttons()]
        dialog.close()

    with dismissing(**{path[-1]: read}):
        menu_action(qtbot, window, *path).trigger()
    return seen["title"], [plain(b) for b in seen["buttons"]]


def _accelerator_clashes(window: Any, qtbot: Any) -> list[str]:
    """Items of one menu that share a keyboard accelerator (Alt+letter would reach only the first)."""
    clashes = []
    menus = [*top_menus(window)]
    keys = [m.title() for m in menus]
    if len(set(re.findall(r"&(\w)", " ".join(keys).lower()))) != len(keys):
        clashes.append(f"menu bar: {keys}")
    for menu in menus:
        by_menu: dict[tuple[str, ...], list[str]] = {}
        for path, action in walk(qtbot, menu):
            by_menu.setdefault(path[:-1], []).append(action.text())
        for trail, texts in by_menu.items():
            letters = [m.group(1).lower() for t in texts if (m := re.search(r"&(\w)", t.replace("&&", "")))]
            if len(set(letters)) != len(letters):
                clashes.append(f"{' ▸ '.join(trail)}: {texts}")
    return clashes


def test_russian_chosen_in_preferences_is_the_language_of_the_next_start(qtbot: Any, db_path: Path) -> None:
    window = _start(qtbot, db_path)
    dialog = _choose_language(qtbot, window, "Русский")
    assert "next start" in dialog.note.text()
    assert window.statusBar().currentMessage() == "The new language takes effect when Summitry starts again."
    assert [plain(m.title()) for m in top_menus(window)] == ["File", "Edit", "View", "Go", "Help"], "not before then"
    window.close()

    window = _start(qtbot, db_path)
    assert [plain(m.title()) for m in top_menus(window)] == ["Файл", "Правка", "Вид", "Переход", "Справка"]
    assert plain(window.action_preferences.text()) == "Настройки…"
    assert not _accelerator_clashes(window, qtbot)
    # The record's view: its labels, codes and dates in Russian; the tree's groups; the status bar's counts.
    click_tree_row(qtbot, window, "arf-23")
    qtbot.waitUntil(lambda: "23rd ASEAN Regional Forum" in window.detail.toPlainText())
    pane = [" ".join(line.split()) for line in window.detail.toPlainText().splitlines()]
    assert {"Дата", "26 июля 2016", "Уровень", "Министры", "Статус", "Запланирована (на 23 июля 2016)"} <= set(pane)
    assert not {"Date", "Level", "Status", "26 Jul 2016"} & set(pane)
    arf = window.tree_model.index_for_id("arf-23")
    assert arf.siblingAtColumn(1).data() == "26 июля 2016 (запланирована)"
    top = [window.tree_model.index(row, 0).data() for row in range(window.tree_model.rowCount())]
    assert {"Страны", "Темы", "Документы-источники"} <= set(top)
    qtbot.waitUntil(lambda: "встреч" in window.counts_label.text())
    assert "meeting" not in window.counts_label.text()
    _search(qtbot, window, "consultations year:2014")
    assert _count(window) == "Поиск: 2 результата"  # model/'s words, in the plural form for 2
    assert window.search.results.heading.text() == "2 результата"
    _search(qtbot, window, "piracy")
    assert _count(window) == "Поиск: 1 результат"
    # Qt's own words come from its catalogue: the standard Close button of a dialog.
    assert _about(qtbot, window, "Справка", "О программе Summitry") == ("О программе Summitry", ["Закрыть"])
    window.close()


def test_english_is_the_interface_as_written(qtbot: Any, db_path: Path) -> None:
    window = _start(qtbot, db_path)
    _choose_language(qtbot, window, "English")
    window.close()

    window = _start(qtbot, db_path)
    assert [m.title() for m in top_menus(window)] == ["&File", "&Edit", "&View", "&Go", "&Help"]
    assert [a.text() for a in window.edit_menu.actions() if not a.isSeparator()] == [
        "&Undo",
        "&Redo",
        "Copy Record &Id",
        "&Find…",
        "&Preferences…",
        "Ne&w",
        "&Edit Record…",
        "&Delete Record…",
        "Edit No&te",
        "&Cite Selection",
    ]
    assert not _accelerator_clashes(window, qtbot)
    _search(qtbot, window, "consultations year:2014")
    assert _count(window) == "Search: 2 results"
    _search(qtbot, window, "piracy")
    assert _count(window) == "Search: 1 result"
    assert _about(qtbot, window, "Help", "About Summitry") == ("About Summitry", ["Close"])
    window.close()


def test_preferences_name_what_system_comes_to_and_keep_the_choice(qtbot: Any, window: Any) -> None:
    menu_action(qtbot, window, "Edit", "Preferences…").trigger()
    dialog = window.findChild(PreferencesDialog)
    qtbot.waitUntil(dialog.isVisible)
    choices = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert choices == ["System (English)", "English", "Русский"]  # the tests' locale is C: System is English
    assert dialog.language.currentText() == "System (English)"
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert window.settings.value("interface/language") is None, "Cancel keeps nothing"
    assert window.statusBar().currentMessage() == ""


@pytest.mark.parametrize(
    ("environment", "language"),
    [
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),  # a language Summitry does not have: English
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "de:ru"}, "ru"),  # the first one it has, in the order preferred
    ],
)
def test_system_follows_the_languages_of_the_system(tmp_path: Path, environment: dict[str, str], language: str) -> None:
    code = (
        "from PySide6.QtWidgets import QApplication; app = QApplication([]); "
        "import gui.app; print(gui.app.apply_language(app))"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env |= {"XDG_CONFIG_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen", **environment}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT, env=env)
    assert out.stdout.strip() == language


def test_under_russian_the_detail_pane_shows_a_records_russian_names(qtbot: Any, db_path: Path) -> None:
    window = _start(qtbot, db_path)
    _choose_language(qtbot, window, "Русский")
    window.close()

    window = _start(qtbot, db_path)
    tree = window.tree.model()
    top = [tree.index(row, 0).data() for row in range(tree.rowCount())]
    assert "Ассоциация государств Юго-Восточной Азии (АСЕАН)" in top  # the tree's labels too
    assert window.select_record("arf-23")
    assert window.tree.currentIndex().data() == "23-я сессия Регионального форума АСЕАН по безопасности"
    text = window.detail.toPlainText()
    assert "23-я сессия Регионального форума АСЕАН по безопасности" in text
    assert "Вьентьян, Лаос" in text and "Меры доверия" in text
    assert text.lstrip().startswith("23-я сессия")  # the source's quotes stay as the source says them
    # The timeline's process and its rounds' cities.
    assert (
        window.timeline.process_box.currentText()
        == "Консультации в рамках ВАС по архитектуре региональной безопасности"
    )
    window.close()

    window = _start(qtbot, db_path)
    _choose_language(qtbot, window, "English")
    window.close()
    window = _start(qtbot, db_path)
    assert window.select_record("arf-23")
    assert window.detail.toPlainText().lstrip().startswith("23rd ASEAN Regional Forum")
    assert "Вьентьян" not in window.detail.toPlainText()
    window.close()
