"""A window whose server goes away while it is in use: a banner in words with Retry, the window keeps what it
showed, no crash dialog; Retry while the server still refuses says so, and once it answers the window reads
again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy.engine import make_url

from gui.dialogs.server_outage import OutageBanner, OutageWatch
from tests.backends import TestBackend
from tests.gui.answering import dismissing, type_and_accept
from tests.gui.menus import menu_action
from tests.postgres import Login, admin, grant, password_login
from tests.tcp_relay import tcp_relay


@pytest.fixture
def login(server: TestBackend) -> Iterator[Login]:
    with password_login(server) as made:
        yield made


def _window_on(qtbot: Any, target: str) -> Any:
    import gui.app

    _app, window = gui.app.start_app(target)  # as with --database URL
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.database is not None, timeout=30000)
    return window


def _go_to(qtbot: Any, window: Any, record_id: str) -> None:
    """Go ▸ Go to Record Id…, typing ``record_id``: the detail pane reads it from the server."""
    with dismissing(**{"Go to record": type_and_accept(record_id)}):
        menu_action(qtbot, window, "Go", "Go to Record Id…").trigger()


def _terminate(user: str) -> None:
    with admin() as conn:
        conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s", (user,))


def _banners() -> list[OutageBanner]:
    """Every outage banner that exists, shown or not, in a window or not."""
    return [widget for widget in QApplication.allWidgets() if isinstance(widget, OutageBanner)]


def _banner(window: Any) -> OutageBanner:
    """The window's outage banner (it joins the window above the panes the first time it is needed)."""
    watch = window.findChild(OutageWatch)
    assert watch is not None, "the window watches for a server going away"
    return watch.banner


def test_sessions_ended_by_the_server_and_access_revoked_then_restored(
    qtbot: Any, server: TestBackend, login: Login
) -> None:
    url = server.new_target("bundled")
    grant(url, login.user, tables=True)
    window = _window_on(qtbot, login.url(url))
    _go_to(qtbot, window, "arf-23")
    qtbot.waitUntil(lambda: "23rd ASEAN Regional Forum" in window.detail.toPlainText(), timeout=30000)
    name = make_url(url).database
    _terminate(login.user)  # the server ends the window's sessions (a restart, an administrator)
    _go_to(qtbot, window, "asean-russia-summit-2016")  # the next action connects again, unnoticed
    qtbot.waitUntil(lambda: "ASEAN–Russia Summit (Sochi, 2016)" in window.detail.toPlainText(), timeout=30000)
    assert not _banner(window).isVisible()

    with admin() as conn:  # the administrator closes the archive to this user and ends its sessions
        conn.execute(f'REVOKE CONNECT ON DATABASE "{name}" FROM PUBLIC, "{login.user}"')
    _terminate(login.user)

    _go_to(qtbot, window, "eas-11")
    banner = _banner(window)
    qtbot.waitUntil(banner.isVisible, timeout=30000)
    shown = make_url(url).set(username=login.user).render_as_string()
    assert banner.title.text() == "No permission to use this archive"
    assert (
        banner.message.text().splitlines()[0] == f"{shown}: user '{login.user}' has no permission to use this archive."
    )
    assert banner.window() is window and window.isVisible()
    assert "ASEAN–Russia Summit (Sochi, 2016)" in window.detail.toPlainText()  # what it showed stays

    qtbot.mouseClick(banner.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "still unavailable" in banner.message.text(), timeout=30000)
    assert banner.isVisible()

    grant(url, login.user, tables=False)  # access given back

    qtbot.mouseClick(banner.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=30000)
    assert window.statusBar().currentMessage() == "Connected to the server again."
    _go_to(qtbot, window, "eas-11")
    qtbot.waitUntil(lambda: "11th East Asia Summit" in window.detail.toPlainText(), timeout=30000)
    window.close()


def test_a_server_that_goes_down_and_comes_back(qtbot: Any, server: TestBackend) -> None:
    url = server.new_target("bundled")
    parts = make_url(url)
    with tcp_relay(str(parts.query["host"])) as port:  # the server, over the network
        remote = parts.set(host="127.0.0.1", port=port, query={}).render_as_string()
        before = _banners()
        window = _window_on(qtbot, remote)
        assert [b for b in _banners() if b not in before] == []  # made when an outage needs it, not at start
        _go_to(qtbot, window, "arf-23")
        qtbot.waitUntil(lambda: "23rd ASEAN Regional Forum" in window.detail.toPlainText(), timeout=30000)
    # the server is gone: its connections are broken, and nothing answers at its address

    _go_to(qtbot, window, "eas-11")
    banner = _banner(window)
    qtbot.waitUntil(banner.isVisible, timeout=30000)
    assert banner.title.text() == "The database server cannot be reached"
    assert banner.message.text().splitlines()[0] == (
        f"Cannot reach the database server of {remote}: it is not running, or not at that address."
    )
    assert window.statusBar().currentMessage() == "The database server cannot be reached"
    assert "23rd ASEAN Regional Forum" in window.detail.toPlainText()

    with tcp_relay(str(parts.query["host"]), listen=port):  # back at the same address
        qtbot.mouseClick(banner.retry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not banner.isVisible(), timeout=30000)
        _go_to(qtbot, window, "eas-11")
        qtbot.waitUntil(lambda: "11th East Asia Summit" in window.detail.toPlainText(), timeout=30000)
        window.close()


def test_a_window_on_a_file_makes_no_banner(qtbot: Any, db_path: Path) -> None:
    """A file's window never needs the banner (a server's only when the server goes away): none is made."""
    before = _banners()
    window = _window_on(qtbot, str(db_path))
    assert window.findChild(OutageWatch) is not None
    qtbot.waitUntil(lambda: window.tree_model is not None and window.tree_model.rowCount() > 0, timeout=30000)
    assert [b for b in _banners() if b not in before] == []
    window.close()
