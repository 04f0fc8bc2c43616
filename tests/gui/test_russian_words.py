"""What a Russian reader sees of rounds and statuses, in a window started with Русский saved as the language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from gui import languages
from gui.search.results_view import SNIPPET_ROLE
from gui.settings import open_settings
from tests.gui.conftest import click_tree_row
from tests.gui.menus import choose_in
from tests.model import datafiles


def _with_data(db_path: Path, data: dict[str, Any]) -> None:
    """The database the window will open: the bundled dataset, and ``data`` imported into it."""
    from model.interchange import bundled
    from model.interchange.importer import import_data
    from model.store.opening import open_database

    database = open_database(str(db_path), fill=bundled.ensure_bundled)
    try:
        import_data(database, data, "test.json", back_up=False)
    finally:
        database.close()


def start(qtbot: Any, db_path: Path, language: str, *, wait: bool = True) -> Any:
    """Start Summitry as the ``summitry`` command does, with ``language`` saved as Edit ▸ Preferences… saves it
    (tests/gui/test_app_language.py chooses it in the dialog), and (``wait``) wait for the data."""
    import gui.app

    settings = open_settings()
    settings.setValue(languages.KEY, language)
    settings.sync()
    _app, window = gui.app.start_app(str(db_path))
    qtbot.addWidget(window)
    if wait:
        qtbot.waitUntil(lambda: window.database is not None and window.is_built(), timeout=30000)
    return window


def _pane_lines(window: Any) -> list[str]:
    return [" ".join(line.split()) for line in window.detail.toPlainText().splitlines()]


@pytest.fixture
def scheduled_round(db_path: Path) -> Path:
    """The small example data with its first round held and its second scheduled (a round's status, whose
    Russian words differ from a meeting's)."""
    data = datafiles.small()
    data["processes"][0]["rounds"][0]["status"] = "held"
    data["processes"][0]["rounds"][1]["status"] = "scheduled"
    _with_data(db_path, data)
    return db_path


def test_a_rounds_status_reads_as_a_rounds_in_russian(qtbot: Any, scheduled_round: Path) -> None:
    window = start(qtbot, scheduled_round, "ru")
    click_tree_row(qtbot, window, "ex-process-2")
    qtbot.waitUntil(lambda: "ex-process-2" in window.detail.toPlainText())
    pane = _pane_lines(window)
    assert "Запланирован" in pane, pane  # "раунд запланирован": a meeting is "запланирована"
    assert "Запланирована" not in pane
    round_row = window.tree_model.index_for_id("ex-process-2")
    assert round_row.siblingAtColumn(1).data().endswith("(запланирован)")
    # The process lists its rounds with their statuses.
    click_tree_row(qtbot, window, "ex-process")
    qtbot.waitUntil(lambda: "Раунды" in window.detail.toPlainText())
    assert any(line.endswith("Проведён") for line in _pane_lines(window)), _pane_lines(window)
    # A meeting links to the next round, flagged as not held yet in the reader's words.
    click_tree_row(qtbot, window, "ex-meeting")
    qtbot.waitUntil(lambda: "Раунд после встречи" in window.detail.toPlainText())
    next_round = next(line for line in _pane_lines(window) if line.startswith("Раунд после встречи"))
    assert next_round.endswith(" запланирован"), next_round
    assert "scheduled" not in window.detail.toPlainText()
    window.close()


def test_a_note_on_general_knowledge_says_so_in_russian(qtbot: Any, scheduled_round: Path) -> None:
    window = start(qtbot, scheduled_round, "ru")
    click_tree_row(qtbot, window, "ex-work-plan")
    qtbot.waitUntil(lambda: "ex-work-plan" in window.detail.toPlainText())
    text = window.detail.toPlainText()
    assert "[общеизвестные сведения] Assumed for the test." in text
    assert "general knowledge" not in text
    window.close()


def test_english_keeps_its_words(qtbot: Any, scheduled_round: Path) -> None:
    window = start(qtbot, scheduled_round, "en")
    click_tree_row(qtbot, window, "ex-process-2")
    qtbot.waitUntil(lambda: "ex-process-2" in window.detail.toPlainText())
    assert "Scheduled" in _pane_lines(window)
    assert window.tree_model.index_for_id("ex-process-2").siblingAtColumn(1).data().endswith("(scheduled)")
    click_tree_row(qtbot, window, "ex-meeting")
    qtbot.waitUntil(lambda: "Round after" in window.detail.toPlainText())
    assert next(line for line in _pane_lines(window) if line.startswith("Round after")).endswith(" scheduled")
    click_tree_row(qtbot, window, "ex-work-plan")
    qtbot.waitUntil(lambda: "ex-work-plan" in window.detail.toPlainText())
    assert "[general knowledge] Assumed for the test." in window.detail.toPlainText()
    window.close()


def test_the_tree_in_russian_is_in_the_order_of_the_names_it_shows(qtbot: Any, db_path: Path) -> None:
    window = start(qtbot, db_path, "ru")  # a new database: the bundled dataset, with Russian names
    asean = window.tree_model.index_for_id("asean")
    window.tree.expand(asean)
    qtbot.waitUntil(lambda: window.tree_model.rowCount(asean) == 4)
    shown = [window.tree_model.index(row, 0, asean).data() for row in range(4)]
    assert shown == [
        "Восточноазиатский саммит (ВАС)",
        "Диалоговое партнерство Россия – АСЕАН",
        "Региональный форум АСЕАН по безопасности (АРФ)",
        "Совещание министров обороны стран АСЕАН и партнеров по диалогу (СМОА-плюс)",
    ]
    # Going to a record finds its row in that order.
    assert window.select_record("admm-plus")
    assert window.tree.currentIndex().data() == shown[3]
    window.close()


def test_the_filter_bar_lists_types_and_statuses_in_russian(qtbot: Any, scheduled_round: Path) -> None:
    window = start(qtbot, scheduled_round, "ru")
    bar = window.search.filters
    qtbot.waitUntil(lambda: bar.combos["type"].count() > 1 and bar.combos["status"].count() > 1)
    types = [bar.combos["type"].itemText(i) for i in range(bar.combos["type"].count())]
    assert types == ["Любой тип", "Встречи", "Раунды консультаций", "Процессы", "Итоговые документы", "Форумы"]
    statuses = [bar.combos["status"].itemText(i) for i in range(1, bar.combos["status"].count())]
    assert {"Проведено", "Запланировано", "Принято", "Планируется"} <= set(statuses)
    assert statuses == sorted(statuses, key=str.casefold)  # in the order of the words shown
    assert not {"Held", "Scheduled", "Adopted"} & set(statuses)
    choose_in(qtbot, bar.combos["type"], "Раунды консультаций")
    choose_in(qtbot, bar.combos["status"], "Запланировано")
    assert window.search.bar.edit.text() == "type:round status:scheduled"  # the query's words stay the language's
    window.close()


def test_a_rounds_search_result_says_where_in_russian(qtbot: Any, db_path: Path) -> None:
    window = start(qtbot, db_path, "ru")
    bar = window.search.bar
    bar.edit.setFocus()
    with qtbot.waitSignal(window.search.searchFinished, timeout=10000):
        qtbot.keyClicks(bar.edit, "type:round city:Beijing")
        qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    results = window.search.results.model
    qtbot.waitUntil(lambda: results.rowCount() == 1)
    snippet = results.index(0).data(SNIPPET_ROLE)
    assert snippet.startswith("Место: "), snippet  # the label; the place is as its passage wrote it
    window.close()
