"""The bar at the top of a record's form saying that someone else changed (or deleted) the record meanwhile.

It is shown as soon as the window's change feed reports it, not only when Save is refused: "anna changed this
meeting at 14:02 — your edits are kept", with Show Their Version and Reload, Discarding Mine. The words are
plain text (a name or a title is never read as HTML).
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


def when(at: str) -> str:
    """A revision's UTC time as the bar says it: "14:02 UTC" today, "2026-12-04 14:02 UTC" another day."""
    try:
        moment = datetime.fromisoformat(at.replace("Z", "+00:00"))
    except ValueError:
        return at
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    today = datetime.now(UTC).date()
    return f"{moment:%H:%M} UTC" if moment.date() == today else f"{moment:%Y-%m-%d %H:%M} UTC"


class ChangedElsewhereBar(QFrame):
    """Hidden until :meth:`say` is called; its two buttons are shown only while there are edits to keep."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changedElsewhere")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet("#changedElsewhere { background: palette(tooltip-base); }")
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.show_theirs = QPushButton(self.tr("Show Their Version"))
        self.show_theirs.setObjectName("showTheirVersion")
        self.reload = QPushButton(self.tr("Reload, Discarding Mine"))
        self.reload.setObjectName("reloadDiscardingMine")
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.show_theirs)
        layout.addWidget(self.reload)
        self.hide()

    def say(self, text: str, *, choices: bool, theirs: bool = True) -> None:
        """Show ``text``; with ``choices`` the buttons (Show Their Version only when there is one: ``theirs``)."""
        self.label.setText(text)
        self.show_theirs.setVisible(choices and theirs)
        self.reload.setVisible(choices and theirs)
        self.show()
