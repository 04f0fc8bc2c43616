"""The timeline panel over a database: forum lanes read for the range shown, and "Fit" showing all of them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from gui.timeline import TimelinePanel
from gui.timeline_view import day_number

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
    import gui.timeline

    monkeypatch.setattr(gui.timeline, "READ_AT_MOST", 3)
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
