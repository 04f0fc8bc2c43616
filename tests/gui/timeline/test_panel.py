"""The timeline panel over a database: forum lanes read for the range shown, and "Fit" showing all of them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from gui.timeline.panel import TimelinePanel
from gui.timeline.view import day_number

MEETINGS = ["eas-5", "eas-fmm-6", "eas-11", "arf-space-security-2015", "arf-23", "arf-space-security-2016"]


def _drawn(panel: TimelinePanel) -> set[str]:
    panel.view.grab()  # paints now, whether or not the platform has exposed the window
    return {rid for rid in MEETINGS if panel.view.event_rect(rid) is not None}


def test_fit_shows_every_meeting_of_the_lanes_though_only_the_range_shown_was_read(qtbot: Any, bundled_db: Any) -> None:
    panel = TimelinePanel()
    qtbot.addWidget(panel)
    panel.resize(900, 260)
    panel.show()
    panel.set_database(bundled_db, forums=["eas", "arf"])
    panel.view.set_range(day_number("2010-09-01"), day_number("2010-12-01"))
    qtbot.waitUntil(lambda: _drawn(panel) == {"eas-5"})
    assert [e.id for lane in panel.view.lanes[1:] for e in lane.events] == ["eas-5"]  # nothing else was read
    qtbot.mouseClick(panel.fit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _drawn(panel) == set(MEETINGS))
    start, end = panel.view.visible_range()
    assert start < day_number("2010-10-01") and end > day_number("2016-11-30")


def test_clicking_a_meeting_on_a_forum_lane_opens_its_record(qtbot: Any, bundled_db: Any) -> None:
    panel = TimelinePanel()
    qtbot.addWidget(panel)
    panel.resize(900, 260)
    panel.show()
    panel.set_database(bundled_db, forums=["arf"])
    qtbot.waitUntil(lambda: "arf-23" in _drawn(panel))
    rect = panel.view.event_rect("arf-23")
    assert rect is not None
    with qtbot.waitSignal(panel.recordActivated) as blocker:
        qtbot.mouseClick(panel.view, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert blocker.args == ["arf-23"]


def test_when_too_many_meetings_are_in_range_the_panel_says_where_it_stopped(
    qtbot: Any, bundled_db: Any, monkeypatch: Any
) -> None:
    import gui.timeline.panel

    monkeypatch.setattr(gui.timeline.panel, "READ_AT_MOST", 3)
    panel = TimelinePanel()
    qtbot.addWidget(panel)
    panel.resize(900, 260)
    panel.show()
    panel.set_database(bundled_db, forums=["eas", "arf"])
    qtbot.waitUntil(lambda: panel.partial_label.isVisibleTo(panel))
    assert panel.partial_label.text() == "Too many meetings: shown up to 2016-07-26, zoom in for the rest"
    assert _drawn(panel) == {"eas-5", "arf-space-security-2015", "arf-23"}  # the earliest three
    panel.view.set_range(day_number("2016-09-01"), day_number("2016-09-30"))
    qtbot.waitUntil(lambda: "eas-11" in _drawn(panel))  # looking later reads the later meetings
    assert not panel.partial_label.isVisibleTo(panel)


def test_the_forum_lanes_menu_lists_every_forum_and_adds_the_one_ticked(qtbot: Any, bundled_db: Any) -> None:
    panel = TimelinePanel()
    qtbot.addWidget(panel)
    panel.resize(900, 260)
    panel.show()
    panel.set_database(bundled_db, forums=["eas"])
    menu = panel.lanes_menu
    menu.popup(panel.lanes_button.mapToGlobal(panel.lanes_button.rect().bottomLeft()))
    qtbot.waitUntil(menu.isVisible)
    ticked = {a.text(): a.isChecked() for a in menu.actions()}
    assert len(ticked) == 5 and sum(ticked.values()) == 1  # the five forums, EAS ticked
    arf = next(a for a in menu.actions() if a.data() == "arf")
    arf.trigger()
    menu.hide()
    assert panel.forum_lanes() == ["arf", "eas"]
    assert [lane.id for lane in panel.view.lanes[1:]] == ["arf", "eas"]
    qtbot.waitUntil(lambda: "arf-23" in _drawn(panel))


def _tick(qtbot: Any, panel: TimelinePanel, forum: str) -> None:
    """Tick a forum in the Forum lanes menu, as a user does."""
    menu = panel.lanes_menu
    menu.popup(panel.lanes_button.mapToGlobal(panel.lanes_button.rect().bottomLeft()))
    qtbot.waitUntil(menu.isVisible)
    next(a for a in menu.actions() if a.data() == forum).trigger()
    menu.hide()


def _lane_in_sight(panel: TimelinePanel, n: int) -> bool:
    """Whether lane ``n`` lies wholly inside the part of the timeline the panel shows."""
    from gui.timeline.view import AXIS_HEIGHT, LANE_HEIGHT

    shown = panel.view.visibleRegion().boundingRect()
    top = AXIS_HEIGHT + n * LANE_HEIGHT
    return shown.top() <= top and top + LANE_HEIGHT <= shown.bottom() + 1


def test_added_lanes_are_never_clipped_out_of_reach(qtbot: Any, window: Any) -> None:
    win = window
    win.resize(1300, 640)
    win.resizeDocks([win.timeline_dock], [180], Qt.Orientation.Vertical)
    panel = win.timeline
    for forum in ("arf", "asean", "asean-russia", "eas", "admm-plus"):
        _tick(qtbot, panel, forum)
        n = next(i for i, lane in enumerate(panel.view.lanes) if lane.id == forum)
        qtbot.waitUntil(lambda n=n: _lane_in_sight(panel, n))  # the dock grew, or the lanes scrolled to it
    assert len(panel.view.lanes) == 6
    assert panel.view.height() >= 38 + 6 * 46  # every lane is drawn, none cut off at the panel's edge
    # Six lanes do not fit in half the window: the rest is a scroll away.
    assert win.timeline_dock.height() <= win.height() * 0.55
    assert panel.lane_scroll.verticalScrollBar().isVisible()


def test_after_fit_a_lane_added_is_fitted_in_too(qtbot: Any, bundled_db: Any) -> None:
    panel = TimelinePanel()
    qtbot.addWidget(panel)
    panel.resize(900, 300)
    panel.show()
    panel.set_database(bundled_db)  # fitted to the five rounds, 2013–2016
    qtbot.mouseClick(panel.fit_button, Qt.MouseButton.LeftButton)
    assert panel.view.visible_range()[0] > day_number("2013-01-01")
    _tick(qtbot, panel, "eas")  # the 5th East Asia Summit was in October 2010
    assert panel.view.visible_range()[0] < day_number("2010-10-01")
    qtbot.waitUntil(lambda: "eas-5" in _drawn(panel))


def test_a_forum_keeps_its_colour_from_session_to_session(qtbot: Any, bundled_db: Any) -> None:
    first = TimelinePanel()
    qtbot.addWidget(first)
    first.set_database(bundled_db)
    _tick(qtbot, first, "eas")
    _tick(qtbot, first, "arf")
    colours = {lane.id: lane.colour for lane in first.view.lanes}
    assert colours["arf"] != colours["eas"]
    second = TimelinePanel()  # the next session, the same lanes restored
    qtbot.addWidget(second)
    second.set_database(bundled_db, forums=first.forum_lanes())
    assert {lane.id: lane.colour for lane in second.view.lanes} == colours


def test_export_has_a_title_and_a_legend_opens_in_documents_and_says_where_it_went(
    qtbot: Any, window: Any, tmp_path: Any, monkeypatch: Any
) -> None:
    import os

    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QFileDialog

    documents = tmp_path / "home" / "Documents"
    documents.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(documents))
    saved_to = tmp_path / "pictures"
    saved_to.mkdir()
    asked: list[str] = []

    def choose(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(os.path.dirname(start))
        return str(saved_to / f"eas-{len(asked)}"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    panel = window.timeline
    assert panel.legend.isVisible()  # the key to the marks, beside the controls
    _tick(qtbot, panel, "arf")
    menu = panel.export_button.menu()
    next(a for a in menu.actions() if "SVG" in a.text()).trigger()
    svg = (saved_to / "eas-1.svg").read_text(encoding="utf-8")
    assert "EAS consultations on a regional security architecture · ARF" in svg  # the title
    assert "scheduled / planned" in svg and "as of the sources" in svg  # the legend
    assert f"Timeline saved as {saved_to / 'eas-1.svg'}" in window.statusBar().currentMessage()
    next(a for a in menu.actions() if "PNG" in a.text()).trigger()
    image = QImage(str(saved_to / "eas-2.png"))
    assert image.height() > 2 * panel.view.height() + 100  # the title above, the legend below
    # First in the documents folder, not wherever the app was started; then where the last one went.
    assert asked == [str(documents), str(saved_to)]
