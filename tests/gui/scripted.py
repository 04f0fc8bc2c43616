"""Playing a person's steps through dialogs that come up modally (File ▸ Connect to a Server…, the password prompt)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from gui.dialogs.server_connect import ConnectServerDialog


@dataclass
class Script:
    """Steps a person takes in the dialogs as they come up: each waits until its widget is there (a visible
    top-level widget of its type that ``ready`` accepts), then acts on it."""

    steps: list[tuple[type[QWidget], Callable[[Any], bool], Callable[[Any], None]]]

    def poll(self) -> None:
        if not self.steps:
            return
        kind, ready, act = self.steps[0]
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible() and ready(widget):
                self.steps.pop(0)
                act(widget)
                return


@contextmanager
def script(*steps: tuple[type[QWidget], Callable[[Any], bool], Callable[[Any], None]]) -> Iterator[Script]:
    played = Script(list(steps))
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(played.poll)
    timer.start()
    try:
        yield played
    finally:
        timer.stop()
    assert not played.steps, f"{len(played.steps)} step(s) not reached"


def always(_widget: Any) -> bool:
    return True


def answered(dialog: ConnectServerDialog) -> bool:
    """Test Connection (or Connect) has its answer: the busy indicator is gone and words are shown."""
    return not dialog.busy.isVisible() and bool(dialog.outcome.text())


def fill_address(qtbot: Any, dialog: ConnectServerDialog, host: str, database: str, user: str) -> None:
    """Type a server's host (or socket folder), database and user into the dialog's fields."""
    for edit, text in ((dialog.host, host), (dialog.database, database), (dialog.user, user)):
        edit.clear()
        qtbot.keyClicks(edit, text)
