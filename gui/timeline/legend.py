"""What the timeline's marks mean, painted the way the lanes paint them: in the panel's bar and in exports.

A filled bar is a meeting or round held, a hollow dashed one scheduled or planned, a dark block many
events too close to tell apart (its count beside it), a pale band an event dated only to a month or more
seen close, and the dashed red line the date the sources speak from. Exports add each lane's colour.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from model.i18n import QT_TRANSLATE_NOOP

#: The marks explained, in order: (kind, words); the words are translated where shown (:func:`keys`).
KEYS = (
    ("held", QT_TRANSLATE_NOOP("TimelineLegend", "held")),
    ("not_held", QT_TRANSLATE_NOOP("TimelineLegend", "scheduled / planned")),
    ("cluster", QT_TRANSLATE_NOOP("TimelineLegend", "several")),
    ("band", QT_TRANSLATE_NOOP("TimelineLegend", "month or longer")),
    ("as_of", QT_TRANSLATE_NOOP("TimelineLegend", "as of the sources")),
)
SAMPLE = "#2e8b57"
AS_OF_COLOUR = "#b03a2e"
SWATCH_W, SWATCH_H, GAP = 16.0, 10.0, 14.0


def keys() -> list[tuple[str, str]]:
    """The marks explained, in the interface's language."""
    return [(kind, QCoreApplication.translate("TimelineLegend", words)) for kind, words in KEYS]


def entries_width(metrics: QFontMetrics, entries: Sequence[tuple[str, str]]) -> float:
    return sum(SWATCH_W + 4 + metrics.horizontalAdvance(words) + GAP for _kind, words in entries)


def paint_entries(
    p: QPainter, left: float, middle: float, metrics: QFontMetrics, entries: Sequence[tuple[str, str]]
) -> float:
    """Paint ``(kind, words)`` entries in a row centred on ``middle``; a kind that is no mark style is a lane
    colour. Returns where the row ends."""
    x = left
    colour = QColor(SAMPLE)
    for kind, words in entries:
        box = QRectF(x, middle - SWATCH_H / 2, SWATCH_W, SWATCH_H)
        p.setPen(QPen(colour.darker(130), 1.2))
        if kind == "held":
            p.setBrush(QBrush(colour))
            p.drawRoundedRect(box, 3, 3)
        elif kind == "not_held":
            p.setPen(QPen(colour.darker(130), 1.2, Qt.PenStyle.DashLine))
            p.setBrush(QBrush(QColor("white")))
            p.drawRoundedRect(box, 3, 3)
        elif kind == "cluster":
            p.setBrush(QBrush(colour.darker(125)))
            p.drawRect(QRectF(x + 4, middle - SWATCH_H / 2 - 2, 8, SWATCH_H + 4))
        elif kind == "band":
            p.setOpacity(0.35)
            p.setBrush(QBrush(colour))
            p.drawRect(box)
            p.setOpacity(1.0)
        elif kind == "as_of":
            p.setPen(QPen(QColor(AS_OF_COLOUR), 1.5, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x + SWATCH_W / 2, middle - 8), QPointF(x + SWATCH_W / 2, middle + 8))
        else:  # a lane: its colour
            p.fillRect(QRectF(x + 3, middle - 5, 10, 10), QColor(kind))
        p.setPen(QColor("#333333"))
        p.drawText(QPointF(x + SWATCH_W + 4, middle + metrics.ascent() / 2 - 1), words)
        x += SWATCH_W + 4 + metrics.horizontalAdvance(words) + GAP
    return x


class TimelineLegend(QWidget):
    """The key to the marks, a single row for the timeline panel's bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineLegend")
        self.setAccessibleName(self.tr("Timeline legend"))
        self.setToolTip(
            self.tr(
                "Filled: held · hollow, dashed: scheduled or planned · dark block: several meetings too close to "
                "tell apart (zoom in) · pale band: dated only to a month or more · dashed red line: the sources' date"
            )
        )
        self._keys = keys()

    def sizeHint(self) -> QSize:
        return QSize(int(entries_width(self.fontMetrics(), self._keys)), self.fontMetrics().height() + 6)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.fontMetrics().height() + 6)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            metrics = self.fontMetrics()
            shown = list(self._keys)
            while shown and entries_width(metrics, shown) > self.width():  # the first keys matter most
                shown.pop()
            paint_entries(p, 0, self.height() / 2, metrics, shown)
        finally:
            p.end()
