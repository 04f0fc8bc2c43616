"""Answering file dialogs and message boxes the way a user would: type a name, press the dialog's button.

Under the offscreen platform Qt shows its own file dialog (never a native one), so its file-name box and
buttons can be found and used like any widget.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox


@dataclass
class FileAnswers:
    """The answers still to give (a path, or None for Cancel) and what each dialog showed."""

    queue: list[Path | None]
    #: The button to press in a message box, by its window title (other boxes: their first button).
    press: dict[str, str] = field(default_factory=dict)
    seen: list[QFileDialog] = field(default_factory=list)
    buttons: list[str] = field(default_factory=list)  # the text of each dialog's accept button
    proposed: list[str] = field(default_factory=list)  # the file name each dialog proposed
    boxes: list[str] = field(default_factory=list)  # the title and text of each message box, which is then closed
    closed: list[QMessageBox] = field(default_factory=list)
    #: Check boxes in a file dialog to set before accepting, by their text (True: ticked, False: cleared).
    tick: dict[str, bool] = field(default_factory=dict)
    ticked: list[dict[str, bool]] = field(default_factory=list)  # each file dialog's check boxes as shown

    def poll(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if not widget.isVisible():
                continue
            if isinstance(widget, QFileDialog) and widget not in self.seen and self.queue:
                self.seen.append(widget)
                self._answer(widget, self.queue.pop(0))
            elif isinstance(widget, QMessageBox) and widget not in self.closed:
                self.closed.append(widget)
                self.boxes.append(f"{widget.windowTitle()}: {widget.text()}")
                wanted = self.press.get(widget.windowTitle())
                buttons = [b for b in widget.buttons() if wanted is None or b.text().replace("&", "") == wanted]
                assert buttons, f"no {wanted!r} in {[b.text() for b in widget.buttons()]}"
                buttons[0].click()

    def _answer(self, dialog: QFileDialog, answer: Path | None) -> None:
        box = dialog.findChild(QDialogButtonBox, "buttonBox")
        assert box is not None, "Qt's own file dialog"
        accept = box.button(QDialogButtonBox.StandardButton.Open) or box.button(QDialogButtonBox.StandardButton.Save)
        assert accept is not None
        self.buttons.append(accept.text())
        if answer is None:
            self.proposed.append(dialog.findChild(QLineEdit, "fileNameEdit").text())
            cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
            assert cancel is not None
            cancel.click()
            return
        boxes = {b.text(): b for b in dialog.findChildren(QCheckBox)}
        self.ticked.append({text: b.isChecked() for text, b in boxes.items()})
        for text, wanted in self.tick.items():
            if boxes[text].isChecked() != wanted:
                boxes[text].click()
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        self.proposed.append(name.text())
        name.setText(str(answer))
        accept.click()


@contextmanager
def answering_files(
    *queue: Path | None, press: dict[str, str] | None = None, tick: dict[str, bool] | None = None
) -> Iterator[FileAnswers]:
    """Answer the file dialogs that appear, in order, with these paths (None: Cancel), and close any message
    box with the button ``press`` names for its title (by default its first button), recording what it said;
    ``tick`` sets a file dialog's check boxes by their text before its accept button is pressed."""
    answers = FileAnswers(list(queue), dict(press or {}), tick=dict(tick or {}))
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(answers.poll)
    timer.start()
    try:
        yield answers
    finally:
        timer.stop()
