"""User text is never read as HTML: a record whose text contains markup shows it literally, loads nothing."""

from __future__ import annotations

from typing import Any

from model.interchange import importer
from tests.gui.conftest import click_tree_row

HOSTILE = {
    "format": "summitry",
    "version": 1,
    "sources": [
        {
            "id": "src-html",
            "title": "<i>Italic</i> source",
            "date": "2020-01-02",
            "text": "Intro. The <script>alert(1)</script> passage <b>here</b>. End.",
        }
    ],
    "forums": [{"id": "f-html", "name": "<b>Bold</b> forum", "description": "<img src='file:///etc/passwd'> desc"}],
    "meetings": [
        {
            "id": "m-html",
            "forum": "f-html",
            "title": '<b>Bold</b> meeting <img src="file:///etc/hostname">',
            "date": "2020-01-01",
            "city": "<u>Town</u>",
            "description": "<a href='record:asean'>click me</a> & more",
            "agenda": [
                {
                    "title": "<h1>Item</h1>",
                    "citations": [{"source": "src-html", "quote": "passage <b>here</b>"}],
                }
            ],
            "citations": [{"source": "src-html", "quote": "<script>alert(1)</script>"}],
        }
    ],
}


def test_record_with_html_in_its_text(qtbot: Any, window: Any, bundled_db: Any, monkeypatch: Any) -> None:
    importer.import_data(bundled_db, HOSTILE, "hostile")
    window.reload()
    loaded: list[object] = []
    original = type(window.detail).loadResource

    def spy(self: Any, kind: int, name: Any) -> Any:
        loaded.append(name)
        return original(self, kind, name)

    monkeypatch.setattr(type(window.detail), "loadResource", spy)
    assert window.select_record("m-html")
    text = window.detail.toPlainText()
    assert '<b>Bold</b> meeting <img src="file:///etc/hostname">' in text
    assert "<u>Town</u>" in text and "<h1>Item</h1>" in text
    assert "<a href='record:asean'>click me</a> & more" in text
    assert "“<script>alert(1)</script>”" in text
    assert loaded == []  # no image, style sheet or file was even asked for
    html = window.detail.toHtml()
    assert "<img" not in html and "&lt;img" in html
    # The tree shows the title as text, too.
    assert window.tree.currentIndex().data() == '<b>Bold</b> meeting <img src="file:///etc/hostname">'
    # The source viewer shows the source verbatim.
    note = next(n for n in _notes(window, "m-html") if n.quote == "<script>alert(1)</script>")
    assert window.open_citation(note.citation)
    viewer = window.source_viewer
    start, end = viewer.passage
    assert viewer.text.toPlainText()[start:end] == "<script>alert(1)</script>"
    assert viewer.header.text().startswith("<i>Italic</i> source")
    # A forum description with an <img> stays text.
    window.select_record("f-html")
    assert "<img src='file:///etc/passwd'> desc" in window.detail.toPlainText()
    assert loaded == []


def _notes(window: Any, rid: str) -> Any:
    from model.records.read_views import view_of

    with window.database.reader() as conn:
        return view_of(conn, rid).notes


def test_every_record_type_renders(window: Any) -> None:
    for rid, expect in [
        ("asean", "Members"),
        ("eas", "Meetings (latest first)"),
        ("arf-23", "Agenda"),
        ("eas-security-architecture", "Rounds"),
        ("sochi-declaration-2016", "Adopted at"),
        ("asean-russia-cpa-2016-2020", "Period covered"),
        ("russia", "ISO 3166 code"),
        ("terrorism", "On the agenda of (latest first)"),
        ("mfa-ru-2016-07-23", "Cited by"),
    ]:
        assert window.select_record(rid)
        text = window.detail.toPlainText()
        assert expect in text, rid
        assert f"id {rid}" in text


def test_khmer_and_lao_text_is_drawn_with_the_bundled_fonts(window: Any, bundled_db: Any) -> None:
    from PySide6.QtGui import QFontDatabase

    data = {
        "format": "summitry",
        "version": 1,
        "forums": [{"id": "f-km", "name": "Forum"}],
        "meetings": [{"id": "m-km", "forum": "f-km", "title": "ភ្នំពេញ ວຽງຈັນ", "date": "2020-01-01"}],
    }
    importer.import_data(bundled_db, data, "scripts")
    window.reload()
    assert window.select_record("m-km")
    assert "ភ្នំពេញ ວຽງຈັນ" in window.detail.toPlainText()
    # Many systems have no Khmer or Lao font: without these the text shows as empty boxes.
    assert {"Noto Sans Khmer", "Noto Sans Lao"} <= set(QFontDatabase.families())


def test_a_related_meeting_whose_title_names_its_date_shows_the_date_once(qtbot: Any, window: Any) -> None:
    click_tree_row(qtbot, window, "arf-space-security-2015")
    lines = window.detail.toPlainText().splitlines()
    related = next(line for line in lines if line.startswith("Next meeting:"))
    assert related == "Next meeting: ARF specialised conference on space security (autumn 2016) planned"
    click_tree_row(qtbot, window, "arf-space-security-2016")
    lines = window.detail.toPlainText().splitlines()
    assert "Previous meeting: ARF specialised conference on space security (2015)" in lines
