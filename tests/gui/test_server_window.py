"""The window on an archive on a PostgreSQL server: it opens, shows a meeting, and never shows the password."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy.engine import make_url

from gui.dialogs.about import AboutDialog
from tests.backends import TestBackend
from tests.gui.menus import menu_action
from tests.postgres import grant, nowhere_holds, password_login


def test_a_window_on_a_server_archive_shows_a_meeting_and_never_the_password(qtbot: Any, server: TestBackend) -> None:
    import gui.app

    with password_login(server) as login:
        url = server.new_target("bundled")
        grant(url, login.user, tables=True)
        _app, window = gui.app.start_app(login.url(url))  # as with --database URL
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.database is not None, timeout=30000)
        shown = make_url(url).set(username=login.user).render_as_string()

        window.select_record("arf-23")  # a meeting: its detail pane reads the neighbours of its level
        qtbot.waitUntil(lambda: "23rd ASEAN Regional Forum" in window.detail.toPlainText(), timeout=30000)
        assert "Vientiane, Laos" in window.detail.toPlainText()  # its venue: the whole pane was read
        assert window.windowTitle() == f"Summitry — 23rd ASEAN Regional Forum — {make_url(url).database}"
        assert window.database_label.text() == shown

        about_text: list[str] = []

        def read_about() -> None:
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, AboutDialog) and widget.isVisible():
                    about_text.append(widget.text())
                    widget.reject()
                    return
            QTimer.singleShot(20, read_about)

        QTimer.singleShot(0, read_about)
        menu_action(qtbot, window, "Help", "About Summitry").trigger()
        assert about_text and shown in about_text[0]

        texts = [window.windowTitle(), window.database_label.text(), window.statusBar().currentMessage(), *about_text]
        window.close()
        nowhere_holds(login.password, Path(os.environ["HOME"]), *texts)


def test_searching_a_server_archive_in_the_window(qtbot: Any, server: TestBackend) -> None:
    """Typed in the search box, a query runs on the server's ``tsvector`` index, the results list shows what a
    file finds, with the matched word marked, and choosing a result shows the record."""
    import gui.app
    from tests.gui.test_window_search import click_result, search

    url = server.new_target("bundled")
    _app, window = gui.app.start_app(url)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.database is not None and window.search.bar.isEnabled(), timeout=30000)
    search(qtbot, window, "consultations year:2014")
    results = window.search.results.model
    qtbot.waitUntil(lambda: results.rowCount() == 2, timeout=10000)
    hits = [results.hit(row) for row in range(2)]
    assert {h.id for h in hits} == {"eas-security-architecture-2", "eas-security-architecture-3"}
    assert all("[consultations]" in h.marked().lower() for h in hits)
    click_result(qtbot, window, 0)
    assert window.current_record_id() == hits[0].id
    window.close()
