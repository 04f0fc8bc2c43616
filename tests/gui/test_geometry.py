"""A saved window position off every screen, or bytes that are not a geometry, fall back to the default."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from gui.geometry import is_on_a_screen, restore_geometry_safely


def _saved(qtbot: QtBot, x: int, y: int, w: int, h: int) -> QByteArray:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setGeometry(x, y, w, h)
    return window.saveGeometry()


def _new_window(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    return window


def test_a_position_on_screen_is_restored(qtbot: QtBot) -> None:
    data = _saved(qtbot, 40, 60, 500, 400)
    window = _new_window(qtbot)
    assert restore_geometry_safely(window, data)
    assert window.geometry().size().width() == 500 and is_on_a_screen(window.frameGeometry())


def test_a_position_on_a_monitor_that_is_gone_comes_back_on_screen(qtbot: QtBot) -> None:
    for x, y in [(-6000, -6000), (9000, 200), (100, 9000)]:
        window = _new_window(qtbot)
        restore_geometry_safely(window, _saved(qtbot, x, y, 500, 400))
        window.show()
        qtbot.waitExposed(window)
        assert is_on_a_screen(window.frameGeometry()), (x, y, window.frameGeometry())


def test_garbage_or_nothing_gives_the_default_size_centred(qtbot: QtBot) -> None:
    area = QGuiApplication.primaryScreen().availableGeometry()
    for data in (b"not a geometry at all", QByteArray(), None, b""):
        window = _new_window(qtbot)
        assert not restore_geometry_safely(window, data, default_size=(600, 500))
        assert window.size().width() == min(600, area.width()) and window.size().height() == min(500, area.height())
        assert abs(window.geometry().center().x() - area.center().x()) <= 1


def test_the_check_wants_the_title_bar_on_a_screen() -> None:
    area = QGuiApplication.primaryScreen().availableGeometry()
    from PySide6.QtCore import QRect

    assert is_on_a_screen(QRect(area.left() + 10, area.top() + 10, 400, 300))
    assert not is_on_a_screen(QRect(area.left() + 10, area.top() - 290, 400, 300)), "only the bottom edge shows"
    assert not is_on_a_screen(QRect(area.right() - 5, area.top() + 10, 400, 300)), "a 5-pixel sliver"
