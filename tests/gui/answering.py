"""Answering modal dialogs the way a user would: wait for each to appear, read it, click a button."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from gui.open_error_dialog import Choice, OpenErrorDialog


@dataclass
class Answers:
    """Answers the open-error dialogs as they appear, in order, recording what each one said."""

    queue: list[tuple[Choice, Callable[[], None] | None]]
    seen: list[OpenErrorDialog] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)

    def poll(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, OpenErrorDialog) and widget.isVisible() and widget not in self.seen:
                self.seen.append(widget)
                self.texts.append(widget.message.text() + "\n" + widget.note.text())
                choice, before = self.queue.pop(0)
                if before:
                    before()
                assert widget.buttons[choice].isEnabled(), f"{choice} is offered"
                widget.buttons[choice].click()


@contextmanager
def answering(*queue: Choice | tuple[Choice, Callable[[], None]]) -> Iterator[Answers]:
    answers = Answers([q if isinstance(q, tuple) else (q, None) for q in queue])
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(answers.poll)
    timer.start()
    try:
        yield answers
    finally:
        timer.stop()
