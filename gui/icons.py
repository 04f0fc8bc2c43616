"""Record-type icons, drawn with QPainter so they need no image files and stay sharp at any scale.

``icon_for("meeting", not_held=True)`` gives the dashed, greyed calendar used for
meetings that had not taken place as of their source (scheduled, planned).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

SIZE = 32
#: One colour per record type, also used by the timeline.
COLOURS = {
    "forum": "#2f6db5",
    "meeting": "#c0392b",
    "process": "#2e8b57",
    "round": "#2e8b57",
    "outcome": "#d68910",
    "country": "#7d3c98",
    "topic": "#8e44ad",
    "source": "#7b5b3a",
    "group": "#b7950b",
}


def _pen(colour: QColor, width: float = 2.0, dashed: bool = False) -> QPen:
    pen = QPen(colour, width)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def _draw(p: QPainter, kind: str, colour: QColor, not_held: bool) -> None:
    light = QColor(colour).lighter(185)
    p.setPen(_pen(colour, 2.0, dashed=not_held))
    if kind == "forum":  # a portico: pediment, three columns, base
        p.setBrush(QBrush(light))
        p.drawPolygon(QPolygonF([QPointF(4, 11), QPointF(16, 3), QPointF(28, 11)]))
        for x in (7, 14.5, 22):
            p.drawRect(QRectF(x, 13, 3, 11))
        p.drawRect(QRectF(4, 25, 24, 3))
    elif kind == "meeting":  # a calendar page
        p.setBrush(QBrush(QColor("white") if not not_held else QColor("#f4f4f4")))
        p.drawRoundedRect(QRectF(4, 6, 24, 22), 3, 3)
        p.setBrush(QBrush(colour))
        p.drawRect(QRectF(4, 6, 24, 6))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(colour))
        for row in range(2):
            for col in range(3):
                p.drawRect(QRectF(8 + col * 6.5, 15 + row * 6, 3.5, 3.5))
    elif kind == "process":  # three linked stages
        p.setBrush(QBrush(light))
        p.drawLine(QPointF(7, 16), QPointF(25, 16))
        for x in (6, 16, 26):
            p.drawEllipse(QPointF(x, 16), 4, 4)
    elif kind == "round":  # one stage, filled
        p.setBrush(QBrush(light))
        p.drawEllipse(QPointF(16, 16), 11, 11)
        p.setBrush(QBrush(colour))
        p.drawEllipse(QPointF(16, 16), 5, 5)
    elif kind == "outcome":  # a document with a folded corner
        path = QPainterPath()
        path.moveTo(7, 3)
        path.lineTo(20, 3)
        path.lineTo(26, 9)
        path.lineTo(26, 29)
        path.lineTo(7, 29)
        path.closeSubpath()
        p.setBrush(QBrush(QColor("white")))
        p.drawPath(path)
        p.drawPolyline(QPolygonF([QPointF(20, 3), QPointF(20, 9), QPointF(26, 9)]))
        for y in (14, 19, 24):
            p.drawLine(QPointF(11, y), QPointF(22, y))
    elif kind == "country":  # a flag on a pole
        p.drawLine(QPointF(7, 4), QPointF(7, 29))
        p.setBrush(QBrush(light))
        p.drawPolygon(QPolygonF([QPointF(8, 5), QPointF(27, 5), QPointF(23, 11), QPointF(27, 17), QPointF(8, 17)]))
    elif kind == "topic":  # a tag
        p.setBrush(QBrush(light))
        p.drawPolygon(QPolygonF([QPointF(4, 16), QPointF(12, 6), QPointF(28, 6), QPointF(28, 26), QPointF(12, 26)]))
        p.drawEllipse(QPointF(12, 16), 2, 2)
    elif kind == "source":  # a closed book
        p.setBrush(QBrush(light))
        p.drawRoundedRect(QRectF(6, 4, 20, 25), 2, 2)
        p.drawLine(QPointF(10, 4), QPointF(10, 29))
        p.drawLine(QPointF(14, 11), QPointF(22, 11))
    else:  # a folder
        p.setBrush(QBrush(light))
        path = QPainterPath()
        path.moveTo(3, 8)
        path.lineTo(12, 8)
        path.lineTo(15, 11)
        path.lineTo(29, 11)
        path.lineTo(29, 27)
        path.lineTo(3, 27)
        path.closeSubpath()
        p.drawPath(path)
    if not_held:  # a small clock: "not yet"
        p.setPen(_pen(QColor("#555555"), 1.5))
        p.setBrush(QBrush(QColor("#fff8dc")))
        p.drawEllipse(QPointF(25, 25), 6, 6)
        p.drawLine(QPointF(25, 25), QPointF(25, 21))
        p.drawLine(QPointF(25, 25), QPointF(28, 25))


@cache
def icon_for(kind: str, not_held: bool = False) -> QIcon:
    """The icon of a record type ("forum", "meeting" … or "group")."""
    colour = QColor(COLOURS.get(kind, COLOURS["group"]))
    if not_held:
        colour = colour.darker(110)
        colour.setAlpha(170)
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _draw(painter, kind, colour, not_held)
    painter.end()
    return QIcon(pixmap)


@cache
def app_icon() -> QIcon:
    """The application icon: a forum portico in the app's blue."""
    return icon_for("forum")
