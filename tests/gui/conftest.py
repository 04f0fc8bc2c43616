"""Fixtures for main-window tests: a window on the bundled data, and helpers that act like a user."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextBrowser


@pytest.fixture(autouse=True)
def _widgets_application(qapp: Any) -> Iterator[None]:
    """Every GUI test runs with a QApplication, created before anything else can create a plain
    QGuiApplication (``summitry export -o x.pdf`` run in-process does): a QWidget made after that
    aborts the whole test process.

    Its interface is in English, as Summitry starts for people who work in English (gui.app installs the
    language at every start); whatever a test installed (a start with Russian saved) is taken away after it,
    so the next test, and model/'s words, start from English again."""
    from gui import translation

    translation.install(qapp, "en")
    yield
    translation.uninstall(qapp)


@pytest.fixture
def window(qtbot: Any, bundled_db: Any) -> Iterator[Any]:
    from gui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    qtbot.waitExposed(win)
    win.set_database(bundled_db)
    yield win
    win.close()


def link_point(view: QTextBrowser, href_prefix: str, text: str | None = None) -> QPoint:
    """Viewport position of the first link whose href starts with ``href_prefix`` (and shows ``text``)."""
    doc = view.document()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            href = frag.charFormat().anchorHref()
            if href.startswith(href_prefix) and (text is None or text in frag.text()):
                cursor = QTextCursor(doc)
                cursor.setPosition(frag.position() + min(2, max(frag.length() - 1, 0)))
                view.setTextCursor(cursor)
                view.ensureCursorVisible()
                return view.cursorRect(cursor).center()
            it += 1
        block = block.next()
    raise AssertionError(f"no link {href_prefix!r} {text!r} in the detail pane")


def click_link(qtbot: Any, view: QTextBrowser, href_prefix: str, text: str | None = None) -> None:
    point = link_point(view, href_prefix, text)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def click_tree_row(qtbot: Any, win: Any, rid: str) -> None:
    """Click the row of a record in the tree, as a user would (its ancestors expanded first)."""
    index = win.tree_model.index_for_id(rid)
    assert index.isValid(), rid
    parent = index.parent()
    while parent.isValid():
        win.tree.expand(parent)
        parent = parent.parent()
    win.tree.scrollTo(index)
    rect = win.tree.visualRect(index)
    qtbot.mouseClick(win.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
