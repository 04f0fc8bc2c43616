"""Talking to a server off the GUI thread, in a way a person can walk away from.

A connection to a server that does not answer waits (up to the engine's connect timeout); the window and the
dialogs must keep painting and taking clicks meanwhile, and Cancel must give the person their dialog back at
once. :class:`ServerWork` runs the work on a plain daemon thread and looks for its end from a timer on the GUI
thread: nothing crosses threads but the result, and a cancelled or abandoned attempt (its dialog closed) simply
ends on its own, its result unread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

#: How often the GUI thread looks whether the work has ended.
POLL_MS = 25


class ServerWork(QObject):
    """One piece of work on a server, run on a thread; ``on_done(result, error)`` runs on the GUI thread.

    Exactly one of ``result`` and ``error`` is meaningful: ``error`` is the exception the work raised (None
    when it returned). Nothing is called after :meth:`cancel`, or once ``parent`` is gone.
    """

    def __init__(
        self, work: Callable[[], Any], on_done: Callable[[Any, BaseException | None], object], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._on_done = on_done
        self._outcome: dict[str, Any] = {}
        self._thread = threading.Thread(target=self._run, args=(work,), name="server-work", daemon=True)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._look)
        self.cancelled = False

    def start(self) -> ServerWork:
        self._thread.start()
        self._timer.start()
        return self

    def _run(self, work: Callable[[], Any]) -> None:
        try:
            self._outcome["result"] = work()
        except BaseException as exc:  # handed to the GUI thread, which words it
            self._outcome["error"] = exc

    def running(self) -> bool:
        return self._timer.isActive()

    def cancel(self) -> None:
        """Stop waiting: the thread ends by itself (a connection gives up after its timeout), unheard."""
        self.cancelled = True
        self._timer.stop()

    def _look(self) -> None:
        if self._thread.is_alive():
            return
        self._timer.stop()
        if not self.cancelled:
            self._on_done(self._outcome.get("result"), self._outcome.get("error"))
