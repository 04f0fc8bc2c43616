"""The detail pane: one record's fields, agenda, outcomes, related records and cited passages.

Links go to records (``recordActivated``) or open a citation in the source
viewer (``citationActivated``). Nothing is ever loaded from a file or the
network: :meth:`DetailView.loadResource` refuses every resource, and all user
text is escaped before it reaches the document.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from gui import fonts


class DetailView(QTextBrowser):
    """Read-only, selectable rich text built from escaped record data."""

    recordActivated = Signal(str)
    citationActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailView")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.anchorClicked.connect(self._on_anchor)
        self._record_id: str | None = None
        self.setAccessibleName(self.tr("Record details"))

    @property
    def record_id(self) -> str | None:
        """The record shown, if any."""
        return self._record_id

    def show_html(self, html: str, record_id: str | None) -> None:
        """Show a document built by :mod:`gui.browse.detail_html` (escaped, so safe to parse)."""
        self._record_id = record_id
        if fonts.needs_script_fonts(html):  # once: many systems have no Lao, Khmer or Myanmar font
            fonts.register_script_fonts()
        # setHtml first empties the document and lays that out: the scroll bar would hide, the viewport
        # widen and the new text be laid out at that width, then the bar show again and everything be laid
        # out a second time. Keeping a shown bar through the swap makes it one layout.
        bar = self.verticalScrollBar()
        hold = bar.isVisible() and self.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
        if hold:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setHtml(html)
        if hold:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)  # hides it if the text now fits
        bar.setValue(0)

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        """Load nothing: no image, style sheet or file named in the text is ever read."""
        return None

    def _on_anchor(self, url: QUrl) -> None:
        text = url.toString()
        scheme, _, rest = text.partition(":")
        if scheme == "record" and rest:
            self.recordActivated.emit(rest)
        elif scheme == "cite" and rest.isdigit():
            self.citationActivated.emit(int(rest))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        if self._record_id:
            menu.addSeparator()
            action = QAction(self.tr("Copy record id ({id})").format(id=self._record_id), menu)
            rid = self._record_id
            action.triggered.connect(lambda: QGuiApplication.clipboard().setText(rid))
            menu.addAction(action)
        menu.exec(event.globalPos())
