"""Run a small read-only job on a worker thread and hand its result back on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal


class _Job(QThread):
    done = Signal(object)

    def __init__(self, work: Callable[[], Any], parent: QObject | None) -> None:
        super().__init__(parent)
        self._work = work

    def run(self) -> None:
        self.done.emit(self._work())


def run_in_background(work: Callable[[], Any], on_done: Callable[[Any], None], parent: QObject) -> QThread:
    """Start ``work()`` on a thread; ``on_done(result)`` runs on the GUI thread. Keep the returned thread."""
    job = _Job(work, parent)
    job.done.connect(on_done)
    job.finished.connect(job.deleteLater)
    job.start()
    return job
