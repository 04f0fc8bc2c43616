"""What the detail pane says: each cited passage once, a numbered agenda, other names without repeats."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QTextListFormat

from tests.gui.conftest import click_tree_row

CO_CHAIRS = "In 2015, Russia co-chaired a specialised conference together with China, the United States and Laos."


def _block(window: Any, starts: str) -> Any:
    doc = window.detail.document()
    block = doc.begin()
    while block.isValid():
        if block.text().startswith(starts):
            return block
        block = block.next()
    raise AssertionError(f"no line starting {starts!r} in the pane")


def test_the_sources_list_the_co_chairs_sentence_once(qtbot: Any, window: Any) -> None:
    click_tree_row(qtbot, window, "arf-space-security-2015")
    text = window.detail.toPlainText()
    sources = text[text.index("\nSources\n") :]
    assert sources.count(f"“{CO_CHAIRS}”") == 1, "four co-chairs cite it; it is one passage"
    assert sources.count("“") == 3, "the record's passage, the co-chairs' and the agenda item's"


def test_the_agenda_is_numbered_as_in_the_printed_brief(qtbot: Any, window: Any) -> None:
    click_tree_row(qtbot, window, "arf-23")
    first = _block(window, "Confidence-building measures")
    numbered = first.textList()
    assert numbered is not None and numbered.format().style() == QTextListFormat.Style.ListDecimal
    assert numbered.itemText(first) == "1."
    assert numbered.count() >= 3


def test_also_known_as_does_not_repeat_the_name(qtbot: Any, window: Any) -> None:
    click_tree_row(qtbot, window, "afghanistan")
    lines = window.detail.toPlainText().splitlines()
    label = lines.index("Also known as")
    assert lines[label + 1] == "افغانستان", "once, though it is the Pashto and the Dari name"
    click_tree_row(qtbot, window, "malaysia")
    assert "Also known as" not in window.detail.toPlainText(), "its only other name is 'Malaysia'"


def test_a_record_that_cites_nothing_is_marked_uncited(qtbot: Any, window: Any) -> None:
    from model.interchange import importer

    importer.import_data(
        window.database,
        {"format": "summitry", "version": 1, "meetings": [{"id": "m-new", "forum": "arf", "title": "Hearsay meeting"}]},
        "test",
    )
    window.reload()
    window.select_record("m-new")
    assert "Meeting · id m-new · uncited" in window.detail.toPlainText()
    click_tree_row(qtbot, window, "arf-23")
    assert "uncited" not in window.detail.toPlainText()
