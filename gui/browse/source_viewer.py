"""The source viewer: a source document as plain text, the cited passage highlighted and scrolled to the middle.

The heading (a source's title can run to five lines) takes at most two lines, elided, with the whole title
in its tooltip, so the text below keeps the room. The passage is centred again whenever the viewer changes
size (a dock opening settles its size only after the passage was set), until the reader scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QResizeEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSizePolicy, QTextEdit, QVBoxLayout, QWidget

from gui.text_fit import two_lines

HIGHLIGHT = QColor("#ffe680")


class SourceViewer(QWidget):
    """Shows one source's text (never parsed as markup) with a highlighted passage."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceViewer")
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header.setStyleSheet("padding: 4px;")
        bold = self.header.font()
        bold.setBold(True)
        self.header.setFont(bold)  # not in the style sheet: the heading is fitted with these metrics
        # Its two lines are fitted to the width it is given; it asks for none (a long title must not widen the dock).
        self.header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setPlaceholderText(self.tr("Click a cited passage in the details to open its source here."))
        self.text.verticalScrollBar().actionTriggered.connect(self._reader_scrolled)
        self.text.setObjectName("sourceText")
        self.text.setAccessibleName(self.tr("Source text"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.text)
        self._source_id: str | None = None
        self._passage: tuple[int, int] | None = None
        self._heading = ""
        self._keep_centred = False

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
        """Show a source under ``heading``, highlight ``text[start:end]`` and scroll it to the middle."""
        self._heading = heading
        self.header.setToolTip(heading)
        self._fit_heading()
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
            self._keep_centred = False
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
        self._keep_centred = True
        self._centre_passage()

    def _centre_passage(self) -> None:
        """Scroll so the passage's middle is in the middle of the view (its start at the top if it is taller)."""
        if self._passage is None:
            return
        start, end = self._passage
        caret = QTextCursor(self.text.document())
        caret.setPosition((start + end) // 2)
        self.text.setTextCursor(caret)
        self.text.centerCursor()
        caret.setPosition(start)
        if not self.text.viewport().rect().contains(self.text.cursorRect(caret)):
            self.text.setTextCursor(caret)
            self.text.ensureCursorVisible()
        caret.setPosition(start)
        self.text.setTextCursor(caret)  # the caret where reading starts; the view stays where it is

    def _reader_scrolled(self, _action: int) -> None:
        self._keep_centred = False  # the reader moved on: a later resize must not pull the view back

    def _fit_heading(self) -> None:
        room = max(self.header.contentsRect().width() - 10, 40)  # inside the padding
        self.header.setText(two_lines(self._heading, self.header.fontMetrics(), room))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_heading()
        if self._keep_centred:
            layout = self.layout()
            if layout is not None:
                layout.activate()  # the text's new size, before centring in it
            self._centre_passage()

    def passage_visible(self) -> bool:
        """Whether the start of the highlighted passage is inside the visible part of the text."""
        if self._passage is None:
            return False
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self._passage[0])
        rect = self.text.cursorRect(cursor)
        return self.text.viewport().rect().intersects(rect)
