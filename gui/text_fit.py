"""Fitting text into a fixed room: wrapped to two lines, the rest elided (lane labels, the source's heading)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics


def two_lines(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` word-wrapped to ``width`` pixels and cut to two lines, the second elided."""
    words = text.split()
    first = ""
    while words and metrics.horizontalAdvance(f"{first} {words[0]}".strip()) <= width:
        first = f"{first} {words.pop(0)}".strip()
    if not first and words:  # one word wider than the room: it is the first line, elided
        first = metrics.elidedText(words.pop(0), Qt.TextElideMode.ElideRight, width)
    rest = metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width)
    return f"{first}\n{rest}" if rest else first
