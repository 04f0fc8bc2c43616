"""The timeline as a picture to keep: a title, the timeline as shown (every lane), and a legend, in PNG or SVG.

Written to a temporary file beside the target that replaces it only when complete, so a failed export
never leaves half a file where a good one was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter

from gui.timeline import dates_shown
from gui.timeline.legend import entries_width, keys, paint_entries

if TYPE_CHECKING:
    from gui.timeline.view import TimelineView

HEADER_HEIGHT = 50
LEGEND_ROW = 22
MARGIN = 12


def _legend_rows(view: TimelineView, metrics: QFontMetrics, width: int) -> list[list[tuple[str, str]]]:
    """The lanes' colours, then the marks' meanings, in as many rows as the width needs."""
    rows: list[list[tuple[str, str]]] = []
    for entries in ([(lane.colour, lane.label) for lane in view.lanes], keys()):
        row: list[tuple[str, str]] = []
        for entry in entries:
            if row and entries_width(metrics, [*row, entry]) > width - 2 * MARGIN:
                rows.append(row)
                row = []
            row.append(entry)
        if row:
            rows.append(row)
    return rows


def export_size(view: TimelineView) -> tuple[int, int]:
    metrics = QFontMetrics(view.font())
    rows = _legend_rows(view, metrics, view.width())
    return view.width(), HEADER_HEIGHT + view.height() + len(rows) * LEGEND_ROW + MARGIN


def render_export(view: TimelineView, p: QPainter, title: str) -> None:
    """Paint the title, the timeline and the legend into ``p`` (of :func:`export_size`)."""
    width, height = export_size(view)
    p.fillRect(QRectF(0, 0, width, height), QColor("white"))
    bold = QFont(view.font())
    bold.setBold(True)
    bold.setPointSizeF(bold.pointSizeF() * 1.2)
    p.setFont(bold)
    p.setPen(QColor("#111111"))
    p.drawText(
        QPointF(MARGIN, MARGIN + QFontMetrics(bold).ascent()),
        QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, width - 2 * MARGIN),
    )
    p.setFont(view.font())
    metrics = QFontMetrics(view.font())
    p.setPen(QColor("#555555"))
    p.drawText(QPointF(MARGIN, HEADER_HEIGHT - 10), _subtitle(view))
    p.save()
    p.translate(0, HEADER_HEIGHT)
    view.render_to(p, view.width(), view.height())
    p.restore()
    p.setFont(view.font())
    top = HEADER_HEIGHT + view.height() + LEGEND_ROW / 2
    for row in _legend_rows(view, metrics, width):
        paint_entries(p, MARGIN, top, metrics, row)
        top += LEGEND_ROW


def write_png(view: TimelineView, path: str, title: str, scale: float = 2.0) -> bool:
    """Write the timeline (every lane, the range shown) with a title and a legend as a PNG, at twice the
    screen's resolution by default; False when it could not be written."""
    width, height = export_size(view)
    image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    render_export(view, painter, title)
    painter.end()
    # The temporary name does not end in .png, so the format is named; PySide6 takes it as a str.
    return _replace(path, lambda temp: image.save(temp, "PNG"))  # type: ignore[call-overload]


def write_svg(view: TimelineView, path: str, title: str) -> bool:
    """Write the timeline with a title and a legend as an SVG (vector, editable); False when it could not be."""
    from PySide6.QtSvg import QSvgGenerator  # only needed here; keeps start-up light

    def write(temp: str) -> bool:
        width, height = export_size(view)
        gen = QSvgGenerator()
        gen.setFileName(temp)
        gen.setSize(QSize(width, height))
        gen.setViewBox(QRectF(0, 0, width, height))
        gen.setTitle(title)
        painter = QPainter()
        if not painter.begin(gen):
            return False
        render_export(view, painter, title)
        return painter.end()

    return _replace(path, write)


def _replace(path: str, write: Callable[[str], bool]) -> bool:
    target = Path(path)
    temp = target.with_name(f".{target.name}.part")
    try:
        ok = write(str(temp))
        if ok:
            os.replace(temp, target)
        return ok
    except OSError:
        return False
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()


def _subtitle(view: TimelineView) -> str:
    first, last = (dt.date.fromordinal(max(int(day), 1)) for day in view.visible_range())
    parts = [f"{dates_shown.month_and_year(first)} – {dates_shown.month_and_year(last)}"]
    if view.as_of:
        parts.append(
            QCoreApplication.translate("TimelineView", "as of {date}").format(date=dates_shown.day(view.as_of))
        )
    return " · ".join([*parts, "Summitry"])
