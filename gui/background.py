"""Run a small read-only job on a worker thread and hand its result back on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot


class _Job(QThread):
    done = Signal(object)

    def __init__(self, work: Callable[[], Any], parent: QObject | None) -> None:
        super().__init__(parent)
        self._work = work

    def run(self) -> None:
        self.done.emit(self._work())


class _Relay(QObject):
    """Lives on the GUI thread, so the queued signal delivers the result there.

    (A signal connected to a plain Python function may call it on the emitting thread,
    and widgets must only be touched from the GUI thread.)
    """

    def __init__(self, on_done: Callable[[Any], None], parent: QObject) -> None:
        super().__init__(parent)
        self._on_done = on_done

    @Slot(object)
    def deliver(self, result: object) -> None:
        self._on_done(result)


def run_in_background(work: Callable[[], Any], on_done: Callable[[Any], None], parent: QObject) -> QThread:
    """Start ``work()`` on a thread (a child of ``parent``); ``on_done(result)`` runs on the GUI thread.

    The owner must wait for its child threads before it is destroyed (see ``MainWindow.closeEvent``).
    """
    job = _Job(work, parent)
    relay = _Relay(on_done, job)
    job.done.connect(relay.deliver)
    job.finished.connect(job.deleteLater)
    job.start()
    return job
