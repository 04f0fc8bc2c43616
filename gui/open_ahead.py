"""Opening an archive on a server while the window is still being made.

For a server archive, most of what opening costs is not Python work the window needs: importing the driver
(psycopg and the libraries it brings, ~70 ms), then connecting and checking the archive (round trips the
server answers while this process waits), and making the second connection the window's live updates listen
on. :class:`OpenAhead` does all of it on a worker thread started at launch, so by the time the built window
asks for the archive (:func:`gui.dialogs.open_error_dialog.open_interactively`) it is usually there. Nothing
else changes: the window's own open takes the result as if it had opened the archive itself (a refusal
included: the same error, the same dialog), and an archive it does not take (the window opened another one)
is closed, with both its connections.

A file needs none of this: opening one takes a few milliseconds, and the bundled dataset it may have to load
on a first start would only compete with the window being made.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from model.store.database import Database


class OpenAhead:
    """The opening of one server archive, started on a worker thread (see the module docstring)."""

    def __init__(self, target: str) -> None:
        self.target = target
        self._lock = threading.Lock()
        self._database: Database | None = None
        self._error: BaseException | None = None
        self._fate: str | None = None  # "window": handed to the window's open; "discarded": given up
        self._thread = threading.Thread(target=self._open, name="open-ahead", daemon=True)
        self._thread.start()

    def _open(self) -> None:
        try:
            from model.interchange import bundled
            from model.store.opening import open_database

            # As the window's own open does (open_error_dialog.open_and_load): an empty database gets the dataset.
            database = open_database(self.target, fill=bundled.ensure_bundled)
        except BaseException as exc:  # handed to the window's open, which words it (or re-raises a bug)
            self._error = exc
            return
        # The live updates' connection too, on a thread of its own: the window would otherwise wait for the
        # server to make it once the archive shows (gui.window_live).
        database.connect_ahead()
        with self._lock:
            unwanted = self._fate == "discarded"
            if not unwanted:
                self._database = database
        if unwanted:  # the window opened something else meanwhile
            database.close()

    def opener(self, fallback: Callable[[str], Database]) -> Callable[[str], Database]:
        """An opener for ``open_interactively``: the archive opened ahead for its first open of this target,
        ``fallback`` for anything else (another target, a retry, a password typed at the prompt)."""

        def open_(target: str) -> Database:
            with self._lock:
                mine = self._fate is None and target == self.target
                if mine:
                    self._fate = "window"
            if not mine:
                self.discard()
                return fallback(target)
            self._thread.join()  # on open_interactively's worker: the window keeps painting meanwhile
            if self._error is not None:
                raise self._error
            assert self._database is not None
            return self._database

        return open_

    def discard(self) -> None:
        """Give up what was opened ahead, unless the window took it: closed now, or by the worker when it ends."""
        with self._lock:
            if self._fate is not None:
                return
            self._fate = "discarded"
            database, self._database = self._database, None
        if database is not None:
            database.close()


def open_ahead(target: str | None) -> OpenAhead | None:
    """Start opening ``target`` (None: the default database) ahead when it is an archive on a server; None
    when it is a file."""
    from model.store import location

    resolved = location.resolve_target(target)
    return OpenAhead(resolved) if location.is_server(resolved) else None
