"""Painting one timeline lane for a frame: bands, clusters and single events, then their labels.

Split from ``gui.timeline.view`` (the widget: range, input) so each stays small. The
painter keeps the elided labels between frames: panning at one zoom level measures no text again.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPen

from gui.timeline.lanes import Lane, Mark, count_in, marks

LANE_LABEL_WIDTH = 160
BAR_HEIGHT = 14
#: A mark wider than this many pixels (a meeting dated only to a month or year, seen close) is drawn as a
#: pale band under the others, so the meetings within its span stay readable.
LONG_PX = 48.0
#: Cluster heights: the busiest cluster of a lane in a frame is the tallest, one event would be the lowest.
CLUSTER_MIN_HEIGHT = 6.0
CLUSTER_MAX_HEIGHT = BAR_HEIGHT + 6.0
#: Elided labels kept between frames (panning at one zoom level reuses them all).
TEXT_CACHE_SIZE = 4096


class Frame(NamedTuple):
    """Where a lane is painted: its top, the painted width, and the days shown at so many pixels a day."""

    top: float
    width: int
    first: float
    last: float
    px_per_day: float


class LanePainter:
    """Paints lanes for a TimelineView, keeping the text measurements that do not change between frames."""

    def __init__(self) -> None:
        self._elided: dict[tuple[str, int], str] = {}
        self._font = ""

    def begin(self, font_key: str) -> None:
        """Start a frame in the font with this key (elided labels measured in another font are stale)."""
        if font_key != self._font:
            self._elided, self._font = {}, font_key

    def paint(
        self,
        p: QPainter,
        lane: Lane,
        frame: Frame,
        selected: int | None,
        lit: Sequence[int],
        metrics: QFontMetrics,
        hits: list[tuple[QRectF, Lane, Mark]],
    ) -> tuple[int, int]:
        """Paint one lane's marks and labels; return how many events and how many marks were drawn.

        ``selected`` is the position in the lane of the selected event, ``lit`` the sorted positions
        of the highlighted ones; every mark drawn is appended to ``hits`` with its rectangle.

        Three layers, bottom to top: long marks (an event or cluster wider than LONG_PX, such as a
        meeting dated only to a year) as pale bands; clusters, square and drawn with one call per look;
        single events as rounded bars. What is drawn on top is what a click or hover finds first.
        """
        colour = QColor(lane.colour)
        edge = colour.darker(130)
        pens = {False: QPen(edge, 1.2), True: QPen(edge, 1.2, Qt.PenStyle.DashLine)}  # by "not held"
        lit_pen, selected_pen = QPen(QColor("#e67e22"), 3), QPen(QColor("#111111"), 2.5)
        brushes = {False: QBrush(colour), True: QBrush(QColor("white"))}
        cluster_brush = QBrush(colour.darker(125))
        width, px_per_day = frame.width, frame.px_per_day
        bar_top = frame.top + 8
        baseline = bar_top + BAR_HEIGHT + metrics.ascent() + 3
        origin = LANE_LABEL_WIDTH - frame.first * px_per_day  # x of a day = origin + day * px_per_day
        lane_marks = marks(lane, frame.first, frame.last, 1 / px_per_day)
        # A cluster's height grows with the log of its count, up to the lane's biggest: a zoomed-out
        # lane reads as a histogram of how busy each period was.
        busiest = max((m.size for m in lane_marks), default=2)
        scale = (CLUSTER_MAX_HEIGHT - CLUSTER_MIN_HEIGHT) / math.log(max(busiest, 2))
        bottom = bar_top + BAR_HEIGHT + 3
        # left, the event's label (None for a cluster: its count, worded only when it has room), the count,
        # whether it is the selected event
        shown: list[tuple[float, str | None, int, bool]] = []
        bands: list[tuple[QRectF, Mark, QPen, QBrush]] = []
        clusters: dict[tuple[bool, bool], list[tuple[QRectF, Mark]]] = {}  # by (not held, highlighted)
        singles: list[tuple[QRectF, Mark, QPen, QBrush]] = []
        overlay: int | None = None  # the selected event when it lies inside a cluster
        events = 0
        for m in lane_marks:
            x0, x1 = origin + m.first * px_per_day, origin + m.last * px_per_day
            if x1 < LANE_LABEL_WIDTH or x0 > width:
                continue
            left = max(x0, LANE_LABEL_WIDTH)
            events += m.size
            is_lit = bool(lit) and count_in(lit, m) > 0
            if m.size == 1:
                # By how precisely it is dated, not by its days: every month-dated round is a bar, or every
                # one a band, whether its month has 30 days or 31.
                is_long = _dated_span(m.last - m.first) * px_per_day > LONG_PX
                rect = QRectF(left, bar_top, max(x1 - left, 4.0), BAR_HEIGHT)
                pen = selected_pen if m.lo == selected else lit_pen if is_lit else pens[m.not_held]
                (bands if is_long else singles).append((rect, m, pen, brushes[m.not_held]))
                shown.append((left, lane.events[m.lo].label, 1, m.lo == selected))
                continue
            # A cluster: darker than a bar, as tall as it is busy, labelled with how many events it stands for.
            is_long = x1 - left > LONG_PX
            height = CLUSTER_MIN_HEIGHT + scale * math.log(m.size)
            rect = QRectF(left, bottom - height, max(x1 - left, 5.0), height)
            if is_long:
                pen = lit_pen if is_lit else pens[m.not_held]
                bands.append((rect, m, pen, brushes[True] if m.not_held else cluster_brush))
            else:
                clusters.setdefault((m.not_held, is_lit), []).append((rect, m))
            shown.append((left, None, m.size, False))
            if selected is not None and m.lo <= selected < m.hi:
                overlay = selected
                shown.append((max(origin + lane.starts[selected] * px_per_day, LANE_LABEL_WIDTH), None, 1, True))
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # square marks need no smoothing
        p.setOpacity(0.35)
        for rect, m, pen, brush in bands:
            p.setBrush(brush)
            p.setPen(pen)
            p.drawRect(rect)
            pad = 3 if m.size == 1 else 2
            hits.append((rect.adjusted(-pad, -pad, pad, pad), lane, m))
        p.setOpacity(1.0)
        for (not_held, is_lit), found in clusters.items():
            p.setBrush(brushes[True] if not_held else cluster_brush)
            p.setPen(lit_pen if is_lit else pens[not_held])
            p.drawRects([rect for rect, _m in found])
            hits.extend((rect.adjusted(-2, -2, 2, 2), lane, m) for rect, m in found)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for rect, m, pen, brush in singles:
            p.setBrush(brush)
            p.setPen(pen)
            p.drawRoundedRect(rect, 3, 3)
            hits.append((rect.adjusted(-3, -3, 3, 3), lane, m))
        if overlay is not None:  # the selected event stays visible over its cluster
            _paint_selected_in_cluster(p, lane, overlay, origin, px_per_day, bar_top, selected_pen, hits)
        self._labels(p, lane, shown, selected, baseline, width, metrics)
        return events, len(bands) + len(singles) + sum(map(len, clusters.values()))

    def _labels(
        self,
        p: QPainter,
        lane: Lane,
        shown: list[tuple[float, str | None, int, bool]],
        selected: int | None,
        baseline: float,
        width: int,
        metrics: QFontMetrics,
    ) -> None:
        """Each label gets the room up to the next mark's start: elided when short of room, left out
        when there is almost none, so dense lanes stay readable. A cluster too narrow for "500 meetings"
        says "500"."""
        p.setPen(QColor("#333333"))
        selected_left: float | None = None
        last = shown[-1] if shown else None
        if last is not None and last[1] is not None and not last[3]:
            # The lane's last label, cut by the right edge, moves left to read whole: its neighbour's
            # label gets what is left before it (at least a short word).
            needed = metrics.horizontalAdvance(last[1]) + 1  # elidedText measures in fractions of a pixel
            if needed > width - last[0] - 8:
                floor = shown[-2][0] + 36 if len(shown) > 1 else LANE_LABEL_WIDTH
                shown[-1] = (max(min(last[0], width - 8 - needed), floor), last[1], last[2], False)
        for n, (left, label, count, is_selected) in enumerate(shown):
            if is_selected:
                selected_left = left
                continue
            room = int((shown[n + 1][0] if n + 1 < len(shown) else width) - left - 8)
            if room < 28 and not (label is None and room >= 12 and count < 10):
                continue
            if label is not None:
                text = self._elide(metrics, label, room)
                p.drawText(QPointF(left, baseline), text)
                continue
            words = lane.noun(count)
            text = words if self._elide(metrics, words, room) == words else str(count)
            if text == words or metrics.horizontalAdvance(text) <= room:
                p.drawText(QPointF(left, baseline), text)
        if selected_left is not None and selected is not None:  # the selected label in full, over its neighbours'
            label = lane.events[selected].label
            text_width = metrics.horizontalAdvance(label)
            x = min(selected_left, width - text_width - 4)
            p.fillRect(
                QRectF(x - 2, baseline - metrics.ascent() - 1, text_width + 4, metrics.height() + 2), QColor("#fff8dc")
            )
            p.setPen(QColor("#111111"))
            p.drawText(QPointF(x, baseline), label)

    def _elide(self, metrics: QFontMetrics, text: str, room: int) -> str:
        key = (text, room)
        elided = self._elided.get(key)
        if elided is None:
            if len(self._elided) >= TEXT_CACHE_SIZE:
                self._elided.clear()
            elided = self._elided[key] = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        return elided


def _dated_span(days: int) -> int:
    """The longest span of an event's precision: a month (28–31 days) counts as 31, a season or quarter as
    92, a year as 366; any other span as itself."""
    for low, high in ((28, 31), (89, 92), (365, 366)):
        if low <= days <= high:
            return high
    return days


def _paint_selected_in_cluster(
    p: QPainter,
    lane: Lane,
    i: int,
    origin: float,
    px_per_day: float,
    bar_top: float,
    pen: QPen,
    hits: list[tuple[QRectF, Lane, Mark]],
) -> None:
    left = max(origin + lane.starts[i] * px_per_day, LANE_LABEL_WIDTH)
    rect = QRectF(left, bar_top, max(origin + lane.ends[i] * px_per_day - left, 4.0), BAR_HEIGHT)
    p.setBrush(QBrush(QColor(lane.colour)))
    p.setPen(pen)
    p.drawRoundedRect(rect, 3, 3)
    mark = Mark(i, i + 1, lane.starts[i], lane.ends[i], False)
    hits.append((rect.adjusted(-3, -3, 3, 3), lane, mark))
