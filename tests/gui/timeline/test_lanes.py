"""Which marks a frame draws for a lane: single events where they can be told apart, clusters where not."""

from __future__ import annotations

from gui.timeline.lanes import Lane, marks
from tests.gui.timeline.events import event as Ev


def _lane(days: list[str], status: str | None = "held") -> Lane:
    lane = Lane("lane", "Lane", "#000000")
    lane.set_events([Ev(f"e{i}", f"E{i}", d, d, status) for i, d in enumerate(days)])
    return lane


def test_a_tight_group_is_one_mark_wherever_the_bins_fall() -> None:
    lane = _lane([f"2000-01-{d:02d}" for d in range(1, 11)] * 50)
    for shift in range(0, 200, 7):  # panning at one zoom level, 7 days at a time
        first = lane.starts[0] - 3000 + shift
        found = marks(lane, first, first + 6000, days_per_px=20)  # a bin is 120 days wide
        assert [m.size for m in found] == [500]
        assert lane.noun(found[0].size) == "500 meetings"


def test_events_far_enough_apart_stay_single_and_know_whether_they_were_held() -> None:
    lane = _lane(["2000-01-01", "2000-03-01", "2000-05-01"], status="planned")
    found = marks(lane, lane.starts[0] - 10, lane.starts[-1] + 10, days_per_px=1)
    assert [m.size for m in found] == [1, 1, 1]
    assert all(m.not_held for m in found)
    assert lane.noun(1) == "1 meeting"


def test_only_the_visible_slice_is_grouped() -> None:
    lane = _lane([f"{y}-06-01" for y in range(1950, 2050)])
    found = marks(lane, lane.starts[50], lane.starts[52], days_per_px=1)
    assert [lane.events[m.lo].id for m in found] == ["e50", "e51", "e52"]


def test_events_begun_before_the_window_show_only_while_still_running() -> None:
    lane = Lane("lane", "Lane", "#000000")
    lane.set_events(
        [
            Ev("long", "Dated only to a year", "1999-06-01", "2000-05-31"),
            Ev("over", "Ended before", "1999-12-01", "1999-12-02"),
            Ev("in", "Inside", "2000-01-15", "2000-01-15"),
        ]
    )
    jan = lane.starts[2] - 14
    found = marks(lane, jan, jan + 45, days_per_px=0.1)
    assert [lane.events[m.lo].id for m in found] == ["long", "in"]
