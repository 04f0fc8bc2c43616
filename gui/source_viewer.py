"""The source viewer: a source document as plain text, the cited passage highlighted and scrolled into view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

HIGHLIGHT = QColor("#ffe680")


class SourceViewer(QWidget):
    """Shows one source's text (never parsed as markup) with a highlighted passage."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceViewer")
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header.setStyleSheet("font-weight: bold; padding: 4px;")
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setObjectName("sourceText")
        self.text.setAccessibleName("Source text")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.text)
        self._source_id: str | None = None
        self._passage: tuple[int, int] | None = None

    @property
    def source_id(self) -> str | None:
        return self._source_id

    @property
    def passage(self) -> tuple[int, int] | None:
        """The highlighted (start, end) character offsets, if any."""
        return self._passage

    def show_source(
        self, source_id: str, heading: str, text: str, start: int | None = None, end: int | None = None
    ) -> None:
        """Show a source under ``heading``, highlight ``text[start:end]`` and scroll it into view."""
        self.header.setText(heading)
        if source_id != self._source_id or self.text.toPlainText() != text:
            self.text.setPlainText(text)
            self._source_id = source_id
        self.highlight(start, end)

    def clear(self) -> None:
        """Show nothing (the database the source came from was closed)."""
        self.header.clear()
        self.text.clear()
        self._source_id = None
        self._passage = None

    def highlight(self, start: int | None, end: int | None) -> None:
        length = len(self.text.toPlainText())
        if start is None or end is None or not 0 <= start < end <= length:
            self._passage = None
            self.text.setExtraSelections([])
            return
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(HIGHLIGHT)
        selection.format = fmt  # type: ignore[attr-defined]
        selection.cursor = cursor  # type: ignore[attr-defined]
        self.text.setExtraSelections([selection])
        self._passage = (start, end)
        # Put the caret at the passage's end then its start, so the whole passage is scrolled into view.
        caret = QTextCursor(self.text.document())
        caret.setPosition(end)
        self.text.setTextCursor(caret)
        self.text.ensureCursorVisible()
        caret.setPosition(start)
        self.text.setTextCursor(caret)
        self.text.centerCursor()

    def passage_visible(self) -> bool:
        """Whether the start of the highlighted passage is inside the visible part of the text."""
        if self._passage is None:
            return False
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self._passage[0])
        rect = self.text.cursorRect(cursor)
        return self.text.viewport().rect().intersects(rect)
