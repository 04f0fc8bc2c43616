"""The detail pane's marks for matched words, over any text the record holds."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from gui.browse.detail_html import render_message
from gui.browse.detail_view import DetailView
from gui.search.highlight import mark_matches
from model.search.highlight import Highlighter


def test_marks_sit_on_the_matched_words_whatever_comes_before(qtbot: QtBot) -> None:
    view = DetailView()
    qtbot.addWidget(view)
    # Markup-like user text stays text; a character beyond the Basic Multilingual Plane counts two in Qt.
    view.show_html(render_message("<b>Piracy</b> 𠀋 report", "𠀋𠀋 maritime piracy, and more piracy."), None)
    assert mark_matches(view, Highlighter.for_query("piracy")) == 3
    assert [s.cursor.selectedText() for s in view.extraSelections()] == ["Piracy", "piracy", "piracy"]
    assert "<b>" in view.toPlainText()  # shown as written, never read as markup
    assert mark_matches(view, None) == 0
    assert view.extraSelections() == []
