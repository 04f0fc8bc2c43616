"""An EDTF date field that says, as you type, what the date means or what is wrong with it.

"2013-11" shows "Nov 2013 · 1–30 Nov 2013" beside it (the date in words, then the days it can mean);
"2016-02-30" shows "'2016-02-30' names a day that does not exist". The words come from :mod:`model.dates`,
which the import's validation uses too, so the field and a saved record never disagree.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from model import dates

ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: #555555;"


def meaning(text: str) -> tuple[str, bool]:
    """What a typed date says to a reader, and whether it is valid: ("Nov 2013 · 1–30 Nov 2013", True).

    An empty text is valid and means nothing (the field is left out).
    """
    text = text.strip()
    if not text:
        return "", True
    try:
        bounds = dates.parse(text)
    except dates.DateError as exc:
        return str(exc), False
    words = dates.human(text)
    if bounds.lower == bounds.upper:
        span = dates.human(bounds.lower)
    elif bounds.lower == dates.MIN_BOUND or bounds.upper == dates.MAX_BOUND:
        span = ""  # an open end: the words already say "from …" or "until …"
    else:
        span = dates.human(f"{bounds.lower}/{bounds.upper}")
    return (f"{words} · {span}" if span and span != words else words), True


class DateField(QWidget):
    """A line for an EDTF date with its meaning (or its problem) underneath, updated on every key."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("e.g. 2013-11, 2016-23 (autumn), 2016-07-25/2016-07-26"))
        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._update)
        self._update()

    def value(self) -> str | None:
        return self.edit.text().strip() or None

    def set_value(self, value: object) -> None:
        self.edit.setText("" if value is None else str(value))

    def is_valid(self) -> bool:
        return meaning(self.edit.text())[1]

    def _update(self) -> None:
        words, valid = meaning(self.edit.text())
        self.hint.setText(words)
        self.hint.setStyleSheet(HINT_STYLE if valid else ERROR_STYLE)
        self.hint.setVisible(bool(words))
        self.changed.emit()
