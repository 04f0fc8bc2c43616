"""Where crashes leave their trace: the user's log directory (no Qt here, so the command line can use it).

Two files: ``crash.log`` collects every unexpected exception with its traceback (newest
last, trimmed when large), and ``fatal.log`` receives :mod:`faulthandler`'s trace when the
process dies hard (a segfault in Qt, an abort). The next start finds a non-empty
``fatal.log``, archives it as ``fatal-<stamp>.log`` and offers to show it.
"""

from __future__ import annotations

import datetime as _dt
import faulthandler
import os
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO

import appdirs

APP_NAME = "Summitry"
CRASH_LOG = "crash.log"
FATAL_LOG = "fatal.log"
MAX_LOG_BYTES = 1_000_000
KEEP_FATAL_ARCHIVES = 10

_fatal_file: IO[str] | None = None  # kept open for the life of the process: faulthandler writes to its fd


def log_dir() -> Path:
    """The user's log directory for Summitry (``~/.local/state/Summitry/log`` or similar, from appdirs)."""
    return Path(appdirs.user_log_dir(APP_NAME, appauthor=False))


def describe(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None, where: str = ""
) -> str:
    """The report of one exception: when, where, versions, and the traceback; never a database's password
    (a command line, or an error, may hold a server's URL with one)."""
    from model import __version__
    from model.store.location import hide_passwords

    head = [
        f"{_dt.datetime.now().isoformat(timespec='seconds')} Summitry {__version__}, Python {platform.python_version()}"
        f", {platform.platform()}",
    ]
    if where:
        head.append(f"In {where}:")
    return hide_passwords("\n".join([*head, "".join(traceback.format_exception(exc_type, exc, tb)).rstrip()]))


def write_report(report: str, folder: Path | None = None) -> Path | None:
    """Append a report to ``crash.log`` (trimming the oldest half when large); None if it cannot be written."""
    folder = folder or log_dir()
    path = folder / CRASH_LOG
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
            text = path.read_text("utf-8", errors="replace")
            path.write_text(text[len(text) // 2 :], "utf-8")
        # backslashreplace: a report may quote a file name or argument that is not UTF-8 (a lone surrogate),
        # and the log must take it rather than fail in its turn.
        with path.open("a", encoding="utf-8", errors="backslashreplace") as fh:
            fh.write(report + "\n\n")
    except OSError:
        return None
    return path


def enable_fault_log(folder: Path | None = None) -> Path | None:
    """Point :mod:`faulthandler` at a fresh ``fatal.log``; call after :func:`take_fatal_trace`."""
    global _fatal_file
    folder = folder or log_dir()
    path = folder / FATAL_LOG
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle = path.open("w", encoding="utf-8")
    except OSError:
        faulthandler.enable(sys.__stderr__ or sys.stderr)
        return None
    faulthandler.enable(handle, all_threads=True)
    if _fatal_file is not None:
        _fatal_file.close()
    _fatal_file = handle
    return path


def disable_fault_log() -> None:
    """Stop writing hard-crash traces (an orderly exit leaves ``fatal.log`` empty)."""
    global _fatal_file
    if faulthandler.is_enabled():
        faulthandler.disable()
    if _fatal_file is not None:
        _fatal_file.close()
        _fatal_file = None


def take_fatal_trace(folder: Path | None = None) -> tuple[str, Path] | None:
    """The trace a hard crash left last time, archived as ``fatal-<stamp>.log``; None when there is none."""
    folder = folder or log_dir()
    path = folder / FATAL_LOG
    try:
        if not path.exists() or path.stat().st_size == 0:
            return None
        text = path.read_text("utf-8", errors="replace")
        stamp = _dt.datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y%m%d-%H%M%S")
        archived = folder / f"fatal-{stamp}.log"
        os.replace(path, archived)
        for old in sorted(folder.glob("fatal-*.log"))[:-KEEP_FATAL_ARCHIVES]:
            old.unlink()
    except OSError:
        return None
    return text, archived
