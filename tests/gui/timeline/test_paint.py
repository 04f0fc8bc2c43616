"""Painting a lane: a crowded week is one cluster, labelled with its count, in any painter (here SVG)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtSvg import QSvgGenerator

from gui.timeline.lanes import Lane, Mark
from gui.timeline.paint import LANE_LABEL_WIDTH, Frame, LanePainter


@dataclass(frozen=True)
class Meeting:
    id: str
    label: str
    lower: str
    upper: str
    status: str | None = "held"
    type: str = "meeting"


def test_a_crowded_week_paints_as_one_cluster_saying_how_many(qapp: Any, tmp_path: Path) -> None:
    lane = Lane("asean", "ASEAN", "#2f6db5")
    lane.set_events(
        [Meeting(f"m{i}", f"Meeting {i}", f"2000-01-0{1 + i % 7}", f"2000-01-0{1 + i % 7}") for i in range(500)]
    )
    first = lane.starts[0] - 3000.0
    width = 900
    frame = Frame(0, width, first, first + 6000, (width - LANE_LABEL_WIDTH - 8) / 6000)
    target = tmp_path / "lane.svg"
    gen = QSvgGenerator()
    gen.setFileName(str(target))
    gen.setSize(QSize(width, 60))
    gen.setViewBox(QRectF(0, 0, width, 60))
    painter = QPainter(gen)
    font = QFont()
    painter.setFont(font)
    hits: list[tuple[QRectF, Lane, Mark]] = []
    lanes_painter = LanePainter()
    lanes_painter.begin(font.key())
    drawn = lanes_painter.paint(painter, lane, frame, None, [], QFontMetrics(font), hits)
    painter.end()
    assert drawn == (500, 1)  # every meeting accounted for, in one mark
    assert [mark.size for _rect, _lane, mark in hits] == [500]
    assert "500 meetings" in target.read_text(encoding="utf-8")
