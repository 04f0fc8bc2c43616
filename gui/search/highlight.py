"""Marking a search's matched words in the detail pane.

The marks are the text view's extra selections, laid over the document: the pane's HTML (built from
escaped text) is never rewritten, so nothing a record says can turn into markup, and clearing the search
takes the marks away without showing the record again. Which words match is decided by
:class:`model.search.highlight.Highlighter`, by the index's own rules (whole words, stems, accents, Russian
word forms), and the form written in the pane is what is marked ("Маниле" for a search for "Манила").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QBrush, QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

if TYPE_CHECKING:
    from model.search.highlight import Highlighter

#: The results list's tint for matched words, so a match looks the same everywhere.
MATCH_BACKGROUND = "#fde68a"
MATCH_FOREGROUND = "#1f2937"


def mark_matches(view: QTextEdit, highlighter: Highlighter | None) -> int:
    """Mark the words ``highlighter`` matches in the view's text (none for None); returns how many."""
    if not highlighter:
        view.setExtraSelections([])
        return 0
    text = view.toPlainText()
    spans = highlighter.spans([text])[0]
    units = _utf16_positions(text)
    fmt = QTextCharFormat()
    fmt.setBackground(QBrush(QColor(MATCH_BACKGROUND)))
    fmt.setForeground(QBrush(QColor(MATCH_FOREGROUND)))
    marks = []
    for start, end in spans:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(view.document())
        cursor.setPosition(units(start))
        cursor.setPosition(units(end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor  # type: ignore[attr-defined]
        selection.format = fmt  # type: ignore[attr-defined]
        marks.append(selection)
    view.setExtraSelections(marks)
    return len(marks)


def _utf16_positions(text: str) -> Callable[[int], int]:
    """Python's character positions in ``text`` as Qt's (UTF-16 code units: a character beyond the
    Basic Multilingual Plane, such as a rare CJK ideograph, counts two)."""
    if all(ord(ch) < 0x10000 for ch in text):
        return lambda i: i
    before = [0]
    for ch in text:
        before.append(before[-1] + (2 if ord(ch) >= 0x10000 else 1))
    return before.__getitem__
