"""The timeline view: real extents, visible-only drawing, zoom and pan, selection, clusters, labels."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt

from gui.timeline.view import Lane, TimelineView, day_number
from model.reads.queries import TimelineEvent
from tests.gui.timeline.events import event as Ev


def _many(n: int) -> list[TimelineEvent]:
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


def _view(qtbot: Any, events: Sequence[TimelineEvent]) -> TimelineView:
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


def _crowd() -> list[TimelineEvent]:
    """500 meetings over ten days of January 2000, among a meeting a year from 1990 to 2020."""
    crowd = [
        Ev(f"c{i}", f"Working group {i}", f"2000-01-{1 + i % 10:02d}", f"2000-01-{1 + i % 10:02d}") for i in range(500)
    ]
    yearly = [Ev(f"y{y}", f"Summit {y}", f"{y}-06-15", f"{y}-06-16") for y in range(1990, 2021)]
    return crowd + yearly


def _help_at(view: TimelineView, where: QPointF) -> str:
    """The tooltip a user sees when resting the mouse at ``where``."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    point = where.toPoint()
    QApplication.sendEvent(view, QHelpEvent(QEvent.Type.ToolTip, point, view.mapToGlobal(point)))
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_crowded_days_paint_as_one_cluster_that_says_how_many(qtbot: Any) -> None:
    view = _view(qtbot, _crowd())
    view.fit()
    view.grab()  # paints now, whether or not the platform has exposed the window
    assert view.drawn_count == 531  # every meeting is accounted for, alone or in a cluster
    assert view.mark_count < 40  # but the 500 are not 500 marks
    x = view.x_of(day_number("2000-01-05"))
    tip = _help_at(view, QPointF(x, 55))
    assert "500 meetings" in tip
    assert "1 Jan 2000 – 10 Jan 2000" in tip
    assert view.hit(QPointF(x, 60)) is None  # a cluster is not one record: clicking it selects nothing


def test_zooming_in_splits_a_cluster_and_single_events_keep_their_titles(qtbot: Any) -> None:
    view = _view(qtbot, _crowd())
    view.set_range(day_number("1999-12-28"), day_number("2000-01-14"))
    view.grab()
    assert view.mark_count == 10  # one mark per day: the meetings of a day start together
    y = 60.0
    tip = _help_at(view, QPointF(view.x_of(day_number("2000-01-03") + 0.5), y))
    assert tip.startswith("50 meetings") and "Click to zoom in" in tip
    view.fit()
    view.grab()
    summit = view.event_rect("y2010")
    assert summit is not None  # a meeting alone stays a bar of its own, with its title on hover
    assert _help_at(view, summit.center()).startswith("Summit 2010\n15 Jun 2010")


def test_clicking_a_cluster_zooms_into_it(qtbot: Any) -> None:
    view = _view(qtbot, _crowd())
    view.fit()
    view.grab()
    before = view.visible_range()
    x = round(view.x_of(day_number("2000-01-05")))  # the middle of the crowd, a summit a year either side
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(x, 60))
    start, end = view.visible_range()
    assert end - start < (before[1] - before[0]) / 100
    assert start <= day_number("2000-01-01") and end >= day_number("2000-01-11")
    view.grab()
    assert view.mark_count >= 10  # the days are told apart now


def test_a_small_cluster_lists_its_meetings_to_pick_one(qtbot: Any) -> None:
    same_day = [Ev(f"s{i}", f"Session {i}", "2005-03-01", "2005-03-01") for i in range(3)]
    view = _view(qtbot, [*same_day, Ev("far", "Far", "2015-01-01", "2015-01-02")])
    view.set_range(day_number("2005-02-20"), day_number("2005-03-10"))
    view.grab()
    assert view.mark_count == 1  # they start the same day: no zoom can tell them apart
    x = int(view.x_of(day_number("2005-03-01")) + 2)
    assert "3 meetings" in _help_at(view, QPointF(x, 60)) and "Click to list them" in _help_at(view, QPointF(x, 60))
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(x, 60))
    menu = view.cluster_menu
    assert menu is not None
    titles = [a.text() for a in menu.actions()]
    assert titles == [f"Session {i} · 1 Mar 2005" for i in range(3)]
    with qtbot.waitSignal(view.eventActivated) as blocker:
        menu.actions()[1].trigger()
    assert blocker.args == ["s1"]
    assert view.selected() == "s1"
    view.grab()
    assert view.event_rect("s1") is not None  # the chosen one is drawn over its cluster, and stays clickable


def test_a_meeting_dated_only_to_a_year_lies_under_the_meetings_within_it(qtbot: Any) -> None:
    year = Ev("y", "Dated only to 2000", "2000-01-01", "2000-12-31")
    day = Ev("d", "Held on 15 Mar 2000", "2000-03-15", "2000-03-15")
    view = _view(qtbot, [year, day])
    view.set_range(day_number("2000-02-01"), day_number("2000-05-01"))
    view.grab()
    inside = view.event_rect("d")
    assert inside is not None
    with qtbot.waitSignal(view.eventActivated) as blocker:  # the short one is on top, so it can be picked
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=inside.center().toPoint())
    assert blocker.args == ["d"]
    elsewhere = QPoint(int(view.x_of(day_number("2000-04-15"))), inside.center().toPoint().y())
    with qtbot.waitSignal(view.eventActivated) as blocker:  # and the year-long one everywhere else in its span
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=elsewhere)
    assert blocker.args == ["y"]


def _orange_pixels(view: TimelineView) -> int:
    image = view.grab().toImage()
    return sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(40, 70)
        if (lambda c: c.red() > 200 and 100 < c.green() < 150 and c.blue() < 80)(image.pixelColor(x, y))
    )


def test_a_highlighted_meeting_inside_a_cluster_marks_the_cluster(qtbot: Any) -> None:
    view = _view(qtbot, _crowd())
    view.fit()
    assert _orange_pixels(view) == 0
    view.set_highlighted({"c123"})  # a search found one of the 500
    assert _orange_pixels(view) > 0
    tip = _help_at(view, QPointF(view.x_of(day_number("2000-01-05")), 55))
    assert tip.startswith("500 meetings") and "1 of them highlighted" in tip  # still one cluster, now outlined


def _svg_texts(view: TimelineView, tmp_path: Path) -> list[tuple[float, float, str]]:
    """(x, y, text) of every text the view paints, read back from an SVG of one frame."""
    import re

    from PySide6.QtCore import QRectF, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    target = tmp_path / "frame.svg"
    gen = QSvgGenerator()
    gen.setFileName(str(target))
    gen.setSize(QSize(view.width(), view.height()))
    gen.setViewBox(QRectF(0, 0, view.width(), view.height()))
    painter = QPainter(gen)
    view.render_to(painter, view.width(), view.height())
    painter.end()
    found = re.findall(r'<text[^>]* x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)</text>', target.read_text("utf-8"))
    return [(float(x), float(y), text.strip()) for x, y, text in found]


def test_the_last_label_reads_whole_at_the_right_edge(qtbot: Any, tmp_path: Path) -> None:
    rounds = [
        Ev("r1", "1 · Bandar Seri Begawan · Nov 2013", "2013-11-01", "2013-11-30"),
        Ev("r4", "4 · Phnom Penh · Jul 2015", "2015-07-01", "2015-07-31"),
        Ev("r5", "5 · Beijing · Jun 2016", "2016-06-01", "2016-06-30"),
    ]
    view = _view(qtbot, rounds)
    view.fit()  # Fit leaves the last label room
    assert "5 · Beijing · Jun 2016" in [text for _x, _y, text in _svg_texts(view, tmp_path)]
    # Panned so the last round sits at the right edge: its label moves left, into the room there is.
    view.set_range(day_number("2013-06-01"), day_number("2016-07-10"))
    texts = {text: x for x, _y, text in _svg_texts(view, tmp_path)}
    assert "5 · Beijing · Jun 2016" in texts
    x = texts["5 · Beijing · Jun 2016"]
    assert x + view.fontMetrics().horizontalAdvance("5 · Beijing · Jun 2016") <= view.width()


def test_axis_labels_never_run_into_each_other(qtbot: Any, tmp_path: Path) -> None:
    view = _view(qtbot, [Ev("r3", "3 · Jakarta · Oct 2014", "2014-10-01", "2014-10-31")])
    metrics = view.fontMetrics()
    # From every month labelled with its year, through "Jan 2014Feb" (about 45 px a month), to years.
    for months in (4, 9, 12, 14, 20, 40, 120, 400):
        view.set_range(day_number("2013-12-15"), day_number("2013-12-15") + months * 30.44)
        axis = sorted((x, text) for x, y, text in _svg_texts(view, tmp_path) if y < 38)
        assert len(axis) >= 2, (months, axis)
        for (x1, left), (x2, _right) in itertools.pairwise(axis):
            assert x1 + metrics.horizontalAdvance(left) + 4 <= x2, (months, axis)


def test_a_meeting_scheduled_after_the_sources_date_shows_over_the_as_of_line(qtbot: Any) -> None:
    view = _view(qtbot, [Ev("s", "6th EAS Foreign Ministers", "2016-07-22", "2016-07-25", "scheduled")])
    view.set_as_of("2016-07-23")
    view.set_range(day_number("2016-06-20"), day_number("2016-08-20"))
    image = view.grab().toImage()
    rect = view.event_rect("s")
    assert rect is not None
    x, y = round(view.x_of(day_number("2016-07-23"))), round(rect.center().y())
    assert rect.left() + 4 < x < rect.right() - 4
    # The hollow bar of a scheduled meeting is white inside, the line runs under it.
    assert image.pixelColor(x, y).name() == "#ffffff"


def test_rounds_dated_to_a_month_look_alike_whatever_the_length_of_the_month(qtbot: Any) -> None:
    view = _view(
        qtbot,
        [
            Ev("oct", "3 · Jakarta · Oct 2014", "2014-10-01", "2014-10-31"),  # 31 days
            Ev("feb", "x · Feb 2015", "2015-02-01", "2015-02-28"),  # 28 days
        ],
    )
    # 1.65 px a day: 31 days are 51 px, 28 days 46 px, either side of the 48 px where bars become bands.
    span = (view.width() - 160 - 8) / 1.65
    view.set_range(day_number("2014-09-15"), day_number("2014-09-15") + span)
    image = view.grab().toImage()
    colours = []
    for rid in ("oct", "feb"):
        rect = view.event_rect(rid)
        assert rect is not None
        colours.append(image.pixelColor(round(rect.center().x()), round(rect.center().y())).name())
    assert colours[0] == colours[1]
