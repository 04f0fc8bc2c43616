"""The timeline canvas: events drawn over their real extent on a zoomable, pannable time axis.

Each lane holds events sorted by start day; painting bisects to the visible
window, and events too close to tell apart are drawn as one cluster mark
labelled with how many meetings it stands for (see ``gui.timeline.lanes``),
so a frame costs the same at 100 or 100,000 events. Clicking a cluster zooms
into it (or lists its events when zooming cannot split it). A round dated to
a month spans that whole month. The as-of date of the sources is a dashed
vertical line. The same painting code renders to the screen, to PNG and to SVG.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolTip, QWidget

from gui.text_fit import two_lines
from gui.timeline import dates_shown
from gui.timeline.lanes import Lane, Mark, count_in, day_number, indexes_of
from gui.timeline.legend import AS_OF_COLOUR
from gui.timeline.paint import LANE_LABEL_WIDTH, Frame, LanePainter

__all__ = ["Lane", "TimelineView", "day_number"]

AXIS_HEIGHT = 38
LANE_HEIGHT = 46
#: Where a lane's name starts, right of its colour swatch.
LANE_TEXT_LEFT = 22
#: The least room between two axis labels.
GAP = 12
MIN_SPAN_DAYS = 7.0
MAX_SPAN_DAYS = 366.0 * 400
#: A cluster of at most this many events lists them when clicked; a bigger one zooms in to split.
LIST_AT_MOST = 12


class TimelineView(QWidget):
    """A painted timeline with lanes, selection, highlighting, zoom and pan.

    Signals:
        eventActivated(str): the user clicked (or moved the keyboard selection to) an event.
        rangeChanged(float, float): the visible days changed (start, end as ordinals).
    """

    eventActivated = Signal(str)
    rangeChanged = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Timeline"))
        self.lanes: list[Lane] = []
        self.as_of: str | None = None
        self._start = float(dt.date(2010, 1, 1).toordinal())
        self._end = float(dt.date(2017, 1, 1).toordinal())
        self._selected: str | None = None
        self._fitted = False
        self._highlighted: set[str] = set()
        self._hits: list[tuple[QRectF, Lane, Mark]] = []  # in painting order: the last one is on top
        self._highlighted_at: dict[str, list[int]] = {}  # lane id -> sorted indexes of highlighted events
        self._painter = LanePainter()
        self._order: list[str] | None = None  # every event id in time order, for Left/Right
        self._order_at: dict[str, int] = {}
        self._drag_from: QPoint | None = None
        self._drag_start = 0.0
        self._dragged = False
        self.cluster_menu: QMenu | None = None  # the list shown for a small cluster that cannot be split
        self.drawn_count = 0  # events painted last time, alone or within a cluster (only the visible ones)
        self.mark_count = 0  # marks painted last time: single events plus clusters

    # --- data --------------------------------------------------------------------------------------------

    def set_lanes(self, lanes: list[Lane]) -> None:
        self.lanes = lanes
        self._order = None
        self._index_highlighted()
        self.update()

    def set_as_of(self, iso: str | None) -> None:
        """Mark the date the sources speak from (a dashed line labelled "as of …")."""
        self.as_of = iso
        self.update()

    def set_selected(self, rid: str | None) -> None:
        """Select an event (or none) and scroll it into view, without emitting ``eventActivated``."""
        self._selected = rid
        found = self._find(rid) if rid else None
        if found is not None:
            start, end = found
            if end < self._start or start > self._end:
                span = self._end - self._start
                middle = (start + end) / 2
                self.set_range(middle - span / 2, middle + span / 2)
        self.update()

    def selected(self) -> str | None:
        return self._selected

    def set_highlighted(self, ids: set[str]) -> None:
        """Mark these records' events (for example search results); an empty set clears the marks."""
        self._highlighted = set(ids)
        self._index_highlighted()
        self.update()

    def _index_highlighted(self) -> None:
        # Per lane, the sorted positions of the highlighted events: a mark counts its own by bisection.
        self._highlighted_at = {lane.id: indexes_of(lane, self._highlighted) for lane in self.lanes}

    def highlighted(self) -> set[str]:
        return set(self._highlighted)

    def event_ids(self) -> list[str]:
        return [e.id for lane in self.lanes for e in lane.events]

    def has_event(self, rid: str) -> bool:
        """Whether a lane holds this record (without listing every event)."""
        return any(rid in lane.index_of for lane in self.lanes)

    # --- range -------------------------------------------------------------------------------------------

    def visible_range(self) -> tuple[float, float]:
        return self._start, self._end

    def is_fitted(self) -> bool:
        """Whether the view shows what Fit showed (no zoom or pan since): new lanes are fitted in too."""
        return self._fitted

    def set_range(self, start: float, end: float) -> None:
        self._fitted = False
        span = min(max(end - start, MIN_SPAN_DAYS), MAX_SPAN_DAYS)
        middle = (start + end) / 2
        self._start, self._end = middle - span / 2, middle + span / 2
        self.rangeChanged.emit(self._start, self._end)
        self.update()

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom in (factor > 1) or out (factor < 1) keeping the day under ``anchor_x`` in place."""
        width = self._plot_width()
        x = (anchor_x - LANE_LABEL_WIDTH) if anchor_x is not None else width / 2
        frac = min(max(x / width, 0.0), 1.0) if width else 0.5
        anchor = self._start + frac * (self._end - self._start)
        span = min(max((self._end - self._start) / factor, MIN_SPAN_DAYS), MAX_SPAN_DAYS)
        self.set_range(anchor - frac * span, anchor - frac * span + span)

    def pan_days(self, days: float) -> None:
        self.set_range(self._start + days, self._end + days)

    def fit(self) -> None:
        """Show every event (and the as-of date) with a margin."""
        spans = [span for lane in self.lanes if (span := lane.span()) is not None]
        starts = [first for first, _ in spans]
        ends = [last for _, last in spans]
        if self.as_of:
            starts.append(day_number(self.as_of))
            ends.append(day_number(self.as_of) + 1)
        if not starts:
            return
        first, last = min(starts), max(ends)
        margin = max((last - first) * 0.06, 20)
        start, end = first - margin, last + margin
        # Room after the latest event for its label, which would otherwise run off the right edge.
        latest = [(lane.starts[-1], lane.events[-1].label) for lane in self.lanes if lane.starts]
        if latest:
            day, label = max(latest)
            room = min(self.fontMetrics().horizontalAdvance(label) + 12, self._plot_width() * 0.4)
            for _ in range(3):  # the room in days depends on the span it widens: settles in a few steps
                end = max(last + margin, day + room / self._plot_width() * (end - start))
        self.set_range(start, end)
        self._fitted = True

    # --- geometry ----------------------------------------------------------------------------------------

    def _plot_width(self, width: int | None = None) -> float:
        return max((width if width is not None else self.width()) - LANE_LABEL_WIDTH - 8, 1)

    def x_of(self, day: float, width: int | None = None) -> float:
        span = self._end - self._start
        return LANE_LABEL_WIDTH + (day - self._start) / span * self._plot_width(width)

    def day_at(self, x: float) -> float:
        return self._start + (x - LANE_LABEL_WIDTH) / self._plot_width() * (self._end - self._start)

    def sizeHint(self) -> QSize:
        return QSize(800, AXIS_HEIGHT + LANE_HEIGHT * max(len(self.lanes), 1) + 12)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, AXIS_HEIGHT + LANE_HEIGHT + 12)

    def _find(self, rid: str | None) -> tuple[int, int] | None:
        for lane in self.lanes:
            i = lane.index_of.get(rid or "")
            if i is not None:
                return lane.starts[i], lane.ends[i]
        return None

    def event_rect(self, rid: str) -> QRectF | None:
        """Where an event was last drawn (widget coordinates), if it was visible."""
        for rect, lane, mark in reversed(self._hits):
            if mark.size == 1 and lane.events[mark.lo].id == rid:
                return QRectF(rect)
        return None

    # --- painting ----------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.render_to(painter, self.width(), self.height(), self.hasFocus())
            top = self.visibleRegion().boundingRect().top()
            if top > 0:  # lanes scrolled up (more than the panel is tall): the axis stays in sight over them
                painter.translate(0, top)
                painter.fillRect(QRectF(0, 0, self.width(), AXIS_HEIGHT), QColor("white"))
                self._paint_axis(painter, self.width(), AXIS_HEIGHT, QFontMetrics(painter.font()))
                self._paint_as_of_label(painter, self.width(), QFontMetrics(painter.font()))
        finally:
            painter.end()

    def render_to(self, p: QPainter, width: int, height: int, focused: bool = False) -> None:
        """Paint the timeline into any painter (screen, image or SVG) of the given size."""
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(QRectF(0, 0, width, height), QColor("white"))
        font = QFont(self.font())
        p.setFont(font)
        metrics = QFontMetrics(font)
        self._hits = []
        self._painter.begin(font.key())
        px_per_day = self._plot_width(width) / (self._end - self._start)
        self._paint_axis(p, width, height, metrics)
        drawn = shown = 0
        for n, _lane in enumerate(self.lanes):
            if n % 2:
                p.fillRect(QRectF(0, AXIS_HEIGHT + n * LANE_HEIGHT, width, LANE_HEIGHT), QColor("#f6f8fa"))
        as_of_x = self.x_of(day_number(self.as_of), width) if self.as_of else None
        if as_of_x is not None and LANE_LABEL_WIDTH <= as_of_x <= width:
            # Under the events: a meeting scheduled just after the sources' date stays visible over it.
            p.setPen(QPen(QColor(AS_OF_COLOUR), 1.5, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(as_of_x, AXIS_HEIGHT - 6), QPointF(as_of_x, height))
        for n, lane in enumerate(self.lanes):
            top = AXIS_HEIGHT + n * LANE_HEIGHT
            swatch = QRectF(6, top + LANE_HEIGHT / 2 - 5, 10, 10)
            p.fillRect(swatch, QColor(lane.colour))
            p.setPen(QColor("#333333"))
            p.drawText(
                QRectF(LANE_TEXT_LEFT, top + 2, LANE_LABEL_WIDTH - LANE_TEXT_LEFT - 6, LANE_HEIGHT - 4),
                int(Qt.AlignmentFlag.AlignVCenter) | int(Qt.TextFlag.TextWordWrap),
                two_lines(lane.label, metrics, LANE_LABEL_WIDTH - LANE_TEXT_LEFT - 6),
            )
            events, lane_marks = self._painter.paint(
                p,
                lane,
                Frame(top, width, self._start, self._end, px_per_day),
                lane.index_of.get(self._selected or ""),
                self._highlighted_at.get(lane.id, []),
                metrics,
                self._hits,
            )
            drawn += events
            shown += lane_marks
        self.drawn_count = drawn
        self.mark_count = shown
        self._paint_as_of_label(p, width, metrics)
        if not self.lanes:
            p.setPen(QColor("#777777"))
            no_events = self.tr("No events")
            p.drawText(QRectF(0, AXIS_HEIGHT, width, height - AXIS_HEIGHT), Qt.AlignmentFlag.AlignCenter, no_events)
        if focused:
            p.setPen(QPen(QColor("#3d7bd9"), 1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(0.5, 0.5, width - 1, height - 1))

    def _paint_as_of_label(self, p: QPainter, width: int, metrics: QFontMetrics) -> None:
        """ "as of 23 Jul 2016" in the axis band, beside the line: clear of the event labels under the bars."""
        x = self.x_of(day_number(self.as_of), width) if self.as_of else None
        if self.as_of is None or x is None or not LANE_LABEL_WIDTH <= x <= width:
            return
        p.setPen(QColor(AS_OF_COLOUR))
        p.drawLine(QPointF(x, AXIS_HEIGHT - 6), QPointF(x, AXIS_HEIGHT))
        text = self.tr("as of {date}").format(date=dates_shown.day(self.as_of))
        tw = metrics.horizontalAdvance(text)
        tx = x + 4 if x + 4 + tw <= width - 2 else x - 4 - tw
        p.fillRect(QRectF(tx - 2, 2, tw + 4, metrics.height()), QColor("white"))
        p.drawText(QPointF(tx, 2 + metrics.ascent()), text)

    def _paint_axis(self, p: QPainter, width: int, height: int, metrics: QFontMetrics) -> None:
        """Grid lines and their labels: every month, every few months or every few years, as the labels fit.

        The step is chosen so the widest label of its kind fits between two ticks; a label that would
        still touch the one before it (a short month at the edge) is left out rather than run into it.
        """
        p.setPen(QColor("#999999"))
        p.drawLine(QPointF(LANE_LABEL_WIDTH, AXIS_HEIGHT - 1), QPointF(width, AXIS_HEIGHT - 1))
        px_per_day = self._plot_width(width) / (self._end - self._start)
        first = dt.date.fromordinal(max(int(self._start), 1))
        last = dt.date.fromordinal(min(int(self._end) + 1, dt.date.max.toordinal()))
        px_month = px_per_day * 28  # the shortest month: its label must fit too
        month_w = max(metrics.horizontalAdvance(name) for name in dates_shown.month_names()) + GAP
        year_w = metrics.horizontalAdvance("2000") + GAP
        if px_month >= month_w + year_w:  # every month, with its year
            ticks, named = _month_ticks(first, last, 1), "month year"
        elif px_month * 6 >= max(month_w, year_w):  # every 1, 2, 3 or 6 months; January says the year
            step = next(n for n in (1, 2, 3, 6) if px_month * n >= max(month_w, year_w))
            ticks, named = _month_ticks(first, last, step), "month"
        else:
            step = 1
            while px_per_day * 365 * step < year_w:
                step = {1: 2, 2: 5, 5: 10, 10: 20, 20: 50, 50: 100}.get(step, step * 2)
            ticks = [dt.date(y, 1, 1) for y in range((first.year // step) * step, last.year + 1, step) if y >= 1]
            named = "year"
        label_end = float(LANE_LABEL_WIDTH)
        for tick in ticks:
            x = self.x_of(tick.toordinal(), width)
            if x < LANE_LABEL_WIDTH or x > width:
                continue
            major = tick.month == 1
            p.setPen(QColor("#e3e6ea") if not major else QColor("#c9ced6"))
            p.drawLine(QPointF(x, AXIS_HEIGHT), QPointF(x, height))
            if named == "year" or (named == "month" and major):
                label = str(tick.year)
            else:
                label = dates_shown.month(tick) if named == "month" else f"{dates_shown.month(tick)} {tick.year}"
            if x + 3 < label_end or x + 3 + metrics.horizontalAdvance(label) > width:
                continue  # it would run into the label before it, or off the edge
            p.setPen(QColor("#444444") if major or named != "month" else QColor("#777777"))
            p.drawText(QPointF(x + 3, AXIS_HEIGHT - 10), label)
            label_end = x + 3 + metrics.horizontalAdvance(label) + GAP / 2

    # --- input -------------------------------------------------------------------------------------------

    def _top_mark(self, pos: QPointF) -> tuple[Lane, Mark] | None:
        # A mark drawn right under the pointer wins over one whose few pixels of slack around it reach there
        # (a single event's slack must not cover the cluster beside it).
        for slack in (2.0, 0.0):
            for rect, lane, mark in reversed(self._hits):
                if rect.adjusted(slack, slack, -slack, -slack).contains(pos):
                    return lane, mark
        return None

    def hit(self, pos: QPointF) -> str | None:
        """The single event drawn on top at ``pos`` (a cluster is not one event: see ``cluster_at``)."""
        found = self._top_mark(pos)
        return found[0].events[found[1].lo].id if found and found[1].size == 1 else None

    def cluster_at(self, pos: QPointF) -> tuple[Lane, Mark] | None:
        """The cluster mark drawn on top at ``pos``, with its lane."""
        found = self._top_mark(pos)
        return found if found and found[1].size > 1 else None

    def tooltip_at(self, pos: QPointF) -> str | None:
        """What hovering ``pos`` tells: an event's title and dates, how many events a cluster stands for,
        or a lane's whole name (its label may be cut)."""
        row = int((pos.y() - AXIS_HEIGHT) // LANE_HEIGHT) if pos.y() >= AXIS_HEIGHT else -1
        if pos.x() < LANE_LABEL_WIDTH and 0 <= row < len(self.lanes):
            return self.lanes[row].label
        rid = self.hit(pos)
        for lane in self.lanes if rid else ():
            i = lane.index_of.get(rid or "")
            if i is not None:
                e = lane.events[i]
                return f"{e.label}\n{dates_shown.span(lane.starts[i], lane.ends[i])}"
        found = self.cluster_at(pos)
        if found is None:
            return None
        lane, m = found
        lines = [
            self.tr("{events} in {lane}").format(events=lane.noun(m.size), lane=lane.label),
            dates_shown.span(m.first, m.last),
        ]
        lit = count_in(self._highlighted_at.get(lane.id, []), m)
        if lit:
            lines.append(self.tr("%Ln of them highlighted", "", lit))
        lines.append(self.tr("Click to list them") if m.size <= LIST_AT_MOST else self.tr("Click to zoom in"))
        return "\n".join(lines)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def open_cluster(self, lane: Lane, mark: Mark) -> None:
        """Zoom in to split a cluster; list its events instead when it is small or zooming cannot split it."""
        span = mark.last - mark.first
        if mark.size > LIST_AT_MOST and span * 1.2 < self._end - self._start:
            margin = max(span * 0.1, 1.0)
            self.set_range(mark.first - margin, mark.last + margin)
            return
        menu = QMenu(self)
        menu.setObjectName("timelineClusterMenu")
        menu.setToolTipsVisible(True)
        for i in range(mark.lo, min(mark.hi, mark.lo + 3 * LIST_AT_MOST)):
            e = lane.events[i]
            action = menu.addAction(f"{e.label} · {dates_shown.span(lane.starts[i], lane.ends[i])}")
            action.setData(e.id)
        if mark.size > 3 * LIST_AT_MOST:
            more = menu.addAction(self.tr("… and %Ln more", "", mark.size - 3 * LIST_AT_MOST))
            more.setEnabled(False)
        menu.triggered.connect(self._on_cluster_menu)
        self.cluster_menu = menu
        x = min(max(self.x_of(mark.first), LANE_LABEL_WIDTH), self.width())
        menu.popup(self.mapToGlobal(QPoint(int(x), AXIS_HEIGHT + (self.lanes.index(lane) + 1) * LANE_HEIGHT)))

    def _on_cluster_menu(self, action: Any) -> None:
        rid = action.data()
        if rid:
            self._selected = str(rid)
            self.update()
            self.eventActivated.emit(str(rid))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = event.position().toPoint()
            self._drag_start = self._start
            self._dragged = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None and event.buttons() & Qt.MouseButton.LeftButton:
            dx = event.position().x() - self._drag_from.x()
            if abs(dx) > 3:
                self._dragged = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
            if self._dragged:
                days = -dx / self._plot_width() * (self._end - self._start)
                span = self._end - self._start
                self.set_range(self._drag_start + days, self._drag_start + days + span)
        else:
            over = self._top_mark(event.position())  # an event or a cluster: both can be clicked
            self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self._dragged:
            rid = self.hit(event.position())
            cluster = None if rid else self.cluster_at(event.position())
            if rid:
                self._selected = rid
                self.update()
                self.eventActivated.emit(rid)
            elif cluster is not None:
                self.open_cluster(*cluster)
        self._drag_from = None
        self._dragged = False
        self.setCursor(Qt.CursorShape.ArrowCursor)
        super().mouseReleaseEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y() or event.angleDelta().x()
        if not delta:
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.25 if delta > 0 else 0.8, event.position().x())
        else:
            self.pan_days(-delta / 120 * (self._end - self._start) * 0.1)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.25)
        elif key == Qt.Key.Key_Minus:
            self.zoom(0.8)
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Home):
            self.fit()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.pan_days((1 if key == Qt.Key.Key_Right else -1) * (self._end - self._start) * 0.1)
            else:
                self._step(1 if key == Qt.Key.Key_Right else -1)
        else:
            super().keyPressEvent(event)

    def _step(self, direction: int) -> None:
        """Move the selection to the previous or next event in time (all lanes together)."""
        if self._order is None:  # every event in time order, built once per set of lanes, not per key press
            events = sorted((day, e.id) for lane in self.lanes for day, e in zip(lane.starts, lane.events, strict=True))
            self._order = [rid for _, rid in events]
            self._order_at = {rid: n for n, rid in enumerate(self._order)}
        ids = self._order
        if not ids:
            return
        start = 0 if direction > 0 else len(ids) - 1
        at = self._order_at.get(self._selected or "")
        n = at + direction if at is not None else start
        if 0 <= n < len(ids):
            self.set_selected(ids[n])
            self.eventActivated.emit(ids[n])


def _month_ticks(first: dt.date, last: dt.date, step: int = 1) -> list[dt.date]:
    """The first days of every ``step``-th month (January always among them) from ``first`` to ``last``."""
    ticks: list[dt.date] = []
    year, month = first.year, first.month - (first.month - 1) % step
    while (year, month) <= (last.year, last.month) and len(ticks) < 5000:
        ticks.append(dt.date(year, month, 1))
        month += step
        if month > 12:
            year, month = year + 1, month - 12
    return ticks
