"""The timeline: real extents, visible-only drawing, zoom and pan, selection, export."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage

from gui.timeline_view import Lane, TimelineView, day_number


@dataclass(frozen=True)
class Ev:
    id: str
    label: str
    lower: str
    upper: str
    status: str | None = "held"


def _many(n: int) -> list[Ev]:
    start = dt.date(1990, 1, 1)
    return [
        Ev(
            f"e{i}",
            f"Meeting {i}",
            (start + dt.timedelta(days=3 * i)).isoformat(),
            (start + dt.timedelta(days=3 * i + 1)).isoformat(),
        )
        for i in range(n)
    ]


def _view(qtbot: Any, events: list[Ev]) -> TimelineView:
    view = TimelineView()
    qtbot.addWidget(view)
    view.setFixedSize(700, 200)  # fits the offscreen screen, and nothing may resize it between paint and checks
    lane = Lane("lane", "Lane", "#2e8b57")
    lane.set_events(events)
    view.set_lanes([lane])
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_month_dated_round_spans_its_month(qtbot: Any) -> None:
    view = _view(qtbot, [Ev("r3", "3 · Jakarta · Oct 2014", "2014-10-01", "2014-10-31")])
    view.set_range(day_number("2014-09-01"), day_number("2014-12-01"))
    view.grab()  # paints now, whether or not the platform has exposed the window
    rect = view.event_rect("r3")
    assert rect is not None
    left, right = view.x_of(day_number("2014-10-01")), view.x_of(day_number("2014-11-01"))
    assert abs(rect.left() + 3 - left) < 1, (rect, left, view.width())
    assert abs(rect.right() - 3 - right) < 1, (rect, right, view.width())


def test_only_visible_events_are_drawn(qtbot: Any) -> None:
    view = _view(qtbot, _many(5000))
    view.fit()
    view.grab()  # paints now, whether or not the platform has exposed the window
    assert view.drawn_count == 5000
    view.set_range(day_number("2000-01-01"), day_number("2000-03-01"))
    view.grab()  # paints now, whether or not the platform has exposed the window
    assert 15 <= view.drawn_count <= 25  # one event every three days over two months


def test_zoom_with_ctrl_wheel_buttons_and_fit(qtbot: Any) -> None:
    view = _view(qtbot, _many(100))
    view.fit()
    start, end = view.visible_range()
    pos = QPointF(500, 100)
    qtbot.wait(1)
    from PySide6.QtGui import QWheelEvent

    event = QWheelEvent(
        pos,
        view.mapToGlobal(pos),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    view.wheelEvent(event)
    zoomed = view.visible_range()
    assert zoomed[1] - zoomed[0] < end - start
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.visible_range()[1] - view.visible_range()[0] > zoomed[1] - zoomed[0]
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.visible_range() == (start, end)


def test_drag_pans(qtbot: Any) -> None:
    view = _view(qtbot, _many(100))
    view.fit()
    start, _ = view.visible_range()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(600, 150))
    qtbot.mouseMove(view, QPoint(400, 150))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(400, 150))
    assert view.visible_range()[0] > start


def test_click_selects_and_highlight_marks(qtbot: Any) -> None:
    view = _view(qtbot, _many(10))
    view.fit()
    view.grab()  # paints now, whether or not the platform has exposed the window
    rect = view.event_rect("e4")
    assert rect is not None
    with qtbot.waitSignal(view.eventActivated) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert blocker.args == ["e4"]
    assert view.selected() == "e4"
    view.set_highlighted({"e1", "e2"})
    assert view.highlighted() == {"e1", "e2"}


def test_export_png_and_svg(qtbot: Any, tmp_path: Path) -> None:
    view = _view(qtbot, [Ev("r3", "3 · Jakarta · Oct 2014", "2014-10-01", "2014-10-31")])
    view.set_as_of("2016-07-23")
    view.fit()
    png, svg = tmp_path / "t.png", tmp_path / "t.svg"
    assert view.export_png(str(png))
    assert view.export_svg(str(svg))
    image = QImage(str(png))
    assert image.width() == 2 * view.width() == 1400
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "Jakarta" in text and "as of 23 Jul 2016" in text
