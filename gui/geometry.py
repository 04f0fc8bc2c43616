"""Restoring a saved window position only when it is still on a screen.

A position saved on a monitor that is gone (an external display, a projector) or bytes
that are not a geometry at all fall back to a default size centred on the primary screen.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: How much of the window (and of its title bar) must be on a screen for the saved place to count.
MIN_VISIBLE_WIDTH = 200
MIN_VISIBLE_HEIGHT = 100
TITLE_BAR_HEIGHT = 30


def is_on_a_screen(rect: QRect) -> bool:
    """Whether enough of ``rect``, including its top edge (where the title bar is), lies on some screen."""
    title = QRect(rect.left(), rect.top(), rect.width(), TITLE_BAR_HEIGHT)
    for screen in QGuiApplication.screens():
        area = screen.availableGeometry()
        shown = rect.intersected(area)
        if (
            shown.width() >= min(MIN_VISIBLE_WIDTH, rect.width())
            and shown.height() >= min(MIN_VISIBLE_HEIGHT, rect.height())
            and title.intersects(area)
        ):
            return True
    return False


def place_default(window: QWidget, width: int = 1280, height: int = 820) -> None:
    """A default size (no bigger than the screen) centred on the primary screen."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(width, height)
        return
    area = screen.availableGeometry()
    w, h = min(width, area.width()), min(height, area.height())
    window.setGeometry(area.left() + (area.width() - w) // 2, area.top() + (area.height() - h) // 2, w, h)


def restore_geometry_safely(
    window: QWidget, data: QByteArray | bytes | None, default_size: tuple[int, int] = (1280, 820)
) -> bool:
    """Restore ``data`` (from ``saveGeometry``) if it is valid and on a screen; else place the default.

    Returns True when the saved geometry was used.
    """
    raw = QByteArray(data) if isinstance(data, bytes | bytearray) else data
    if isinstance(raw, QByteArray) and not raw.isEmpty() and window.restoreGeometry(raw):
        if is_on_a_screen(window.frameGeometry()):
            return True
        from PySide6.QtCore import Qt  # here, not at import: the Qt namespace costs ~45 ms before first paint

        window.setWindowState(Qt.WindowState.WindowNoState)  # a maximised window on a missing screen too
    place_default(window, *default_size)
    return False
