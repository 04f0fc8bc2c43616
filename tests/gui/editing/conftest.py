"""Record forms left open by a failing test must not ask about their changes when the window closes
(the question is modal: the test run would wait for an answer forever)."""

from __future__ import annotations

from collections.abc import Generator

import pytest
from PySide6.QtWidgets import QApplication


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Generator[None, object, object]:
    """Before pytest-qt closes the test's widgets: every open form takes its state for saved."""
    from gui.editing.editor_window import RecordEditor

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, RecordEditor):
            widget.forget_changes()
    return (yield)
