"""Answering modal dialogs the way a user would: wait for each to appear, read it, click a button."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QWidget

from gui.dialogs.open_error_dialog import Choice, OpenErrorDialog


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


@dataclass
class Dismissals:
    """The modal dialogs met inside :func:`dismissing`: each one's class name and window title."""

    seen: list[tuple[str, str]] = field(default_factory=list)
    answers: dict[str, Callable[[QWidget], None]] = field(default_factory=dict)

    def poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            return
        self.seen.append((type(dialog).__name__, dialog.windowTitle()))
        answer = self.answers.get(dialog.windowTitle())
        if answer is not None:
            answer(dialog)
        elif isinstance(dialog, QDialog):
            dialog.reject()  # Cancel, Close, Escape: what a person does to a dialog they did not want
        else:
            dialog.close()


@contextmanager
def dismissing(**answers: Callable[[QWidget], None]) -> Iterator[Dismissals]:
    """Answer every modal dialog that opens meanwhile: by its window title from ``answers`` (keyword
    arguments can't hold spaces, so pass them as ``**{"Save Search": ...}``), otherwise by cancelling it."""
    dismissals = Dismissals(answers=dict(answers))
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(dismissals.poll)
    timer.start()
    try:
        yield dismissals
    finally:
        timer.stop()


def type_and_accept(text: str) -> Callable[[QWidget], None]:
    """An answer for a QInputDialog: type ``text`` into it and press OK."""

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog), dialog
        dialog.setTextValue(text)
        dialog.accept()

    return answer
