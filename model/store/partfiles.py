"""Files written beside their destination as ``NAME.part`` and moved into place only when complete.

A ``.part`` file is created with the permission bits it will keep (a backup of a 0600 database is 0600 from
its first byte). While any ``.part`` is being written, its writer holds a shared lock (``flock``) on the
folder; the next start removes the ``.part`` files a killed import, backup or restore left behind
(:func:`remove_stale_in`) only when it can take that lock exclusively, that is when no process is writing
one there. The lock is on the folder, not on the file, because SQLite locks the file itself, and on BSD
and macOS ``flock`` and SQLite's ``fcntl`` locks on one file conflict.
"""

from __future__ import annotations

import contextlib
import glob
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no way to tell a stale file; they are left alone
    fcntl = None  # type: ignore[assignment]

SUFFIX = ".part"
#: What SQLite may leave beside a ``.part`` it was writing.
_SQLITE_COMPANIONS = ("-journal", "-wal", "-shm")


def part_path(dest: Path) -> Path:
    """Where ``dest`` is written before it is complete."""
    return dest.with_name(dest.name + SUFFIX)


def mode_of(path: Path) -> int:
    """The permission bits of ``path`` (0o644-style), for files made from it."""
    return stat.S_IMODE(path.stat().st_mode)


@contextmanager
def _folder_lock(folder: Path, kind: int) -> Iterator[bool]:
    """Hold ``flock(kind)`` on ``folder``; yields False when it cannot be had now (non-blocking kinds)."""
    if fcntl is None:
        yield True  # writers go ahead; remove_stale_in never calls this without fcntl
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, kind)
        except BlockingIOError:
            yield False
            return
        yield True
    finally:
        os.close(fd)


class PartFile:
    """A ``.part`` file being written; :meth:`commit` moves it into place with its final permission bits."""

    def __init__(self, path: Path, dest: Path, mode: int) -> None:
        self.path, self.dest, self.mode = path, dest, mode

    def commit(self) -> None:
        """Move the complete file into place (atomically, on the same file system)."""
        os.chmod(self.path, self.mode)
        os.replace(self.path, self.dest)


@contextmanager
def writing(dest: Path, mode: int = 0o644) -> Iterator[PartFile]:
    """A new, empty ``dest.part``, ending with permission bits ``mode``; removed on leaving unless committed.

    While it is written its owner may write it, whatever ``mode`` (a backup of a read-only database is
    read-only once in place, but has to be written first).

    Raises:
        OSError: when it cannot be created (FileExistsError: another process is writing it now).
    """
    tmp = part_path(dest)
    remove_stale_in(dest.parent, glob.escape(tmp.name))  # left by a killed process, it would block the create
    with _folder_lock(dest.parent, fcntl.LOCK_SH if fcntl is not None else 0):
        fd = os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_EXCL, mode | 0o600)
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, mode | 0o600)  # the umask may have taken bits away: the original's, exactly
        finally:
            os.close(fd)
        try:
            yield PartFile(tmp, dest, mode)
        finally:
            _unlink_with_companions(tmp)  # not committed: an incomplete file is never left behind


def _unlink_with_companions(tmp: Path) -> bool:
    for name in (tmp.name + suffix for suffix in _SQLITE_COMPANIONS):
        with contextlib.suppress(OSError):
            tmp.with_name(name).unlink()
    try:
        tmp.unlink()
    except FileNotFoundError:
        return False
    except OSError:
        return False  # cannot delete it: it costs space, not data; try again next time
    return True


def remove_stale(*paths: Path) -> list[Path]:
    """Delete these ``.part`` files (and SQLite's files beside them); only call with the folder locked."""
    return [tmp for tmp in paths if tmp.name.endswith(SUFFIX) and _unlink_with_companions(tmp)]


def remove_stale_in(folder: Path, pattern: str = f"*{SUFFIX}") -> list[Path]:
    """Delete the ``.part`` files in ``folder`` matching ``pattern`` if no process is writing one there.

    Returns the files removed (none when a writer is busy in the folder, or where locks cannot tell).
    """
    if fcntl is None or not folder.is_dir():
        return []
    try:
        with _folder_lock(folder, fcntl.LOCK_EX | fcntl.LOCK_NB) as free:
            return remove_stale(*folder.glob(pattern)) if free else []
    except OSError:
        return []  # an unreadable folder: nothing we could clean
