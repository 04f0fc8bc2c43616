"""The timeline as a picture: PNG at twice the screen's resolution, SVG with its text, both with the as-of date."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QImage

from gui.timeline.export import write_png, write_svg
from gui.timeline.view import Lane, TimelineView
from tests.gui.timeline.events import event as Ev


def _view(qtbot: Any) -> TimelineView:
    view = TimelineView()
    qtbot.addWidget(view)
    view.setFixedSize(700, 200)
    lane = Lane("lane", "Lane", "#2e8b57")
    lane.set_events([Ev("r3", "3 · Jakarta · Oct 2014", "2014-10-01", "2014-10-31")])
    view.set_lanes([lane])
    view.show()
    qtbot.waitExposed(view)
    return view


def test_export_png_and_svg(qtbot: Any, tmp_path: Path) -> None:
    view = _view(qtbot)
    view.set_as_of("2016-07-23")
    view.fit()
    png, svg = tmp_path / "t.png", tmp_path / "t.svg"
    assert write_png(view, str(png), "Timeline")
    assert write_svg(view, str(svg), "Timeline")
    image = QImage(str(png))
    assert image.width() == 2 * view.width() == 1400
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "Jakarta" in text and "as of 23 Jul 2016" in text
