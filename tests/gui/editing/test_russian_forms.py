"""The record forms in Russian, as a person reaches them: Русский chosen in Preferences, Summitry started
again, Edit ▸ New ▸ Meeting."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox

from tests.gui.menus import menu_action
from tests.gui.test_app_language import _choose_language, _start


def test_russian_record_form_from_edit_new_meeting(qtbot: Any, db_path: Path) -> None:
    """Edit ▸ New ▸ Meeting in Russian: the form's labels (the field map's), its buttons and title, the date
    field's words, and the detail pane's History tab are Russian."""
    window = _start(qtbot, db_path)
    _choose_language(qtbot, window, "Русский")
    window.close()

    window = _start(qtbot, db_path)
    menu_action(qtbot, window, "Правка", "Создать", "Встреча…").trigger()
    qtbot.waitUntil(lambda: bool(window.editing.editors))
    editor = window.editing.editors[-1]
    form = editor.form
    labels = {name: label.text() for name, label in form.labels.items()}
    assert labels["title"] == "Название *"
    assert labels["date"] == "Дата"
    assert labels["country"] == "Принимающая страна"
    assert labels["agenda"] == "Повестка"
    english = {f"{f.label[:1].upper()}{f.label[1:]}" for f in form.ptype.fields} - {"Id"}
    assert not {text.rstrip(" *") for text in labels.values()} & english, labels
    assert editor.windowTitle().startswith("Новая запись: встреча")
    assert editor.save_button.text() == "Сохранить"
    assert editor.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Отмена"
    assert form.editors["agenda"].add_button.text() == "Добавить: пункт повестки"  # type: ignore[attr-defined]
    date = form.editors["date"]
    qtbot.keyClicks(date.edit, "2016-07-26")  # type: ignore[attr-defined]
    assert date.hint.text() == "26 июля 2016"  # type: ignore[attr-defined]
    assert "Перед сохранением исправьте" in editor.status.text()
    editor.forget_changes()
    editor.close()
    pane = window.record_pane
    assert [pane.tabText(i) for i in range(pane.count())] == ["Подробности", "История"]
    window.close()
