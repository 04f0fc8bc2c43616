"""Record forms generated from the field map: every kind of field edited with its own widget, parts in order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from gui.editing.parts_editor import CitationsEditor, PartsEditor
from gui.editing.record_form import RecordForm
from model.records.fields import MEETING, PROCESS, RECORD_TYPES, Kind

CHOICES = {
    "forum": [("arf", "ASEAN Regional Forum"), ("eas", "East Asia Summit")],
    "country": [("laos", "Laos"), ("russia", "Russia")],
    "topic": [("maritime-piracy", "maritime piracy"), ("terrorism", "terrorism")],
}


def _form(qtbot: Any, ptype: Any = MEETING) -> RecordForm:
    form = RecordForm(ptype, lambda kind: CHOICES.get(kind, []))
    qtbot.addWidget(form)
    form.show()
    return form


def test_every_record_type_gets_a_row_for_every_field_of_the_map(qtbot: Any) -> None:
    for rtype in RECORD_TYPES.values():
        form = _form(qtbot, rtype)
        assert list(form.editors) == [f.name for f in rtype.fields]
        for f in rtype.fields:
            assert form.labels[f.name].text().startswith(f.label[:1].upper() + f.label[1:])  # "ISO code"


def test_typed_fields_make_the_interchange_form(qtbot: Any) -> None:
    form = _form(qtbot)
    form.set_form({"id": "arf-som-12", "forum": "arf", "title": ""})
    qtbot.keyClicks(form.editors["title"], "12th ARF Senior Officials' Meeting")
    qtbot.keyClicks(form.editors["date"].edit, "2026-06-12")  # type: ignore[attr-defined]
    qtbot.keyClicks(form.editors["city"], "Vientiane")
    level: QComboBox = form.editors["level"]  # type: ignore[assignment]
    level.setCurrentIndex(level.findData("senior-officials"))
    qtbot.keyClicks(form.editors["ordinal"], "12x")  # the x is refused by the field
    assert form.form() == {
        "id": "arf-som-12",
        "forum": "arf",
        "title": "12th ARF Senior Officials' Meeting",
        "ordinal": 12,
        "level": "senior-officials",
        "date": "2026-06-12",
        "city": "Vientiane",
    }


def test_reference_shows_the_title_and_completes_on_a_name(qtbot: Any) -> None:
    form = _form(qtbot)
    country: QLineEdit = form.editors["country"]  # type: ignore[assignment]
    country.setFocus()
    qtbot.keyClicks(country, "Lao")
    popup = country.completer().popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert country.text() == "Laos (laos)"
    assert form.form()["country"] == "laos"
    form.set_form({"forum": "eas"})
    assert form.editors["forum"].text() == "East Asia Summit (eas)"  # type: ignore[attr-defined]


def test_topics_complete_entry_by_entry(qtbot: Any) -> None:
    form = _form(qtbot)
    agenda: PartsEditor = form.editors["agenda"]  # type: ignore[assignment]
    qtbot.mouseClick(agenda.add_button, Qt.MouseButton.LeftButton)
    topics: QLineEdit = agenda.item_form.editors["topics"]  # type: ignore[attr-defined]
    qtbot.keyClicks(topics, "terrorism, pira")
    popup = topics.completer().popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert topics.text() == "terrorism, maritime-piracy"
    assert form.form()["agenda"] == [{"topics": ["terrorism", "maritime-piracy"]}]


def test_agenda_items_are_added_edited_and_reordered_with_the_buttons(qtbot: Any) -> None:
    form = _form(qtbot)
    agenda: PartsEditor = form.editors["agenda"]  # type: ignore[assignment]
    item_form: RecordForm = agenda.item_form  # type: ignore[assignment]
    for title, topics in (("Maritime security", "maritime-piracy"), ("Counter-terrorism", "terrorism")):
        qtbot.mouseClick(agenda.add_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(item_form.editors["title"], title)
        qtbot.keyClicks(item_form.editors["topics"], topics)
    assert [agenda.list.item(i).text() for i in range(2)] == ["1. Maritime security", "2. Counter-terrorism"]
    qtbot.mouseClick(agenda.up_button, Qt.MouseButton.LeftButton)
    assert form.form()["agenda"] == [
        {"title": "Counter-terrorism", "topics": ["terrorism"]},
        {"title": "Maritime security", "topics": ["maritime-piracy"]},
    ]
    agenda.select(1)
    qtbot.mouseClick(agenda.remove_button, Qt.MouseButton.LeftButton)
    assert form.form()["agenda"] == [{"title": "Counter-terrorism", "topics": ["terrorism"]}]


def test_participants_keep_their_heads(qtbot: Any) -> None:
    form = _form(qtbot)
    form.set_form({"participants": [{"country": "russia", "head": "Sergey Lavrov", "head_title": "Foreign Minister"}]})
    people: PartsEditor = form.editors["participants"]  # type: ignore[assignment]
    assert people.list.item(0).text() == "1. russia"
    inner: RecordForm = people.item_form  # type: ignore[assignment]
    assert inner.editors["head"].text() == "Sergey Lavrov"  # type: ignore[attr-defined]
    inner.editors["head"].clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(inner.editors["head"], "Igor Morgulov")
    assert form.form()["participants"] == [
        {"country": "russia", "head": "Igor Morgulov", "head_title": "Foreign Minister"}
    ]


def test_process_rounds_are_edited_inside_the_process(qtbot: Any) -> None:
    form = _form(qtbot, PROCESS)
    rounds: PartsEditor = form.editors["rounds"]  # type: ignore[assignment]
    assert rounds.part is RECORD_TYPES["round"]
    qtbot.mouseClick(rounds.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(rounds.item_form.editors["number"], "3")  # type: ignore[attr-defined]
    assert form.form()["rounds"] == [{"number": 3}]
    assert rounds.list.item(0).text() == "1. round 3"


def test_problems_show_beside_their_fields_and_clear(qtbot: Any) -> None:
    form = _form(qtbot)
    form.show_problems(
        [("date", "'2016-02-30' names a day that does not exist"), ("agenda[1].topics[0]", "no such topic")]
    )
    assert form.problem_text("date") == "'2016-02-30' names a day that does not exist"
    assert form.problem_text("agenda") == "agenda item 2, topics: no such topic"
    assert form.problem_text("title") == ""
    form.show_problems([])
    assert form.problem_text("date") == ""


def test_citations_are_listed_and_removed(qtbot: Any) -> None:
    form = _form(qtbot)
    form.set_form({"citations": [{"source": "press", "quote": "will be held in Vientiane", "start": 40}]})
    cites: CitationsEditor = form.editors["citations"]  # type: ignore[assignment]
    assert cites.list.item(0).text() == "“will be held in Vientiane” — press, at 40"
    cites.list.setCurrentRow(0)
    qtbot.mouseClick(cites.remove_button, Qt.MouseButton.LeftButton)
    assert "citations" not in form.form()
    assert cites.empty.isVisible()


def test_kinds_without_an_editor_do_not_exist_in_the_map() -> None:
    kinds = {f.kind for rtype in RECORD_TYPES.values() for f in rtype.fields}
    assert kinds <= set(Kind)
