"""One Summitry per database: a lock file in the data directory.

The lock file holds who has it (pid, host name, start time, and the name of the
local server the first instance listens on, so a second one can hand over to
it). Where ``fcntl`` exists the kernel lock (``flock``) is what counts, so a
lock left by a killed process is free again at once and is simply taken over.
Elsewhere the file is created with ``O_EXCL`` and a lock whose process is gone
on this host is stale and taken over.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from model.store import location

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


@dataclass(frozen=True)
class Holder:
    """Who holds (or held) a lock, as written in the lock file."""

    pid: int
    host: str
    started: str
    server: str = ""

    def describe(self) -> str:
        when = self.started.replace("T", " ")[:16]
        return f"process {self.pid} on {self.host}, started {when}"


class AlreadyRunning(Exception):
    """Another Summitry has this database open; ``holder`` says which, if known."""

    def __init__(self, holder: Holder | None, lock_path: Path) -> None:
        self.holder = holder
        self.lock_path = lock_path
        who = holder.describe() if holder else "another process"
        super().__init__(f"Summitry is already running with this database ({who}).")


def lock_key(target: str) -> str:
    """A short stable name for a database target (a resolved path or a URL)."""
    if "://" not in target and target != ":memory:":
        target = str(Path(target).expanduser().resolve())
    else:  # the same archive whatever password reaches it (and no trace of one in the name)
        target = location.display_target(target)
    return hashlib.sha1(target.encode("utf-8")).hexdigest()[:12]


def server_name(key: str) -> str:
    """The local server name a first instance listens on (per user, per database)."""
    user = os.environ.get("USER") or os.environ.get("USERNAME") or str(os.getuid() if hasattr(os, "getuid") else "")
    return f"summitry-{user}-{key}"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, belongs to someone else
    except OSError:
        return False
    return True


def read_holder(path: Path) -> Holder | None:
    """The holder written in a lock file, or None if it is missing or unreadable."""
    try:
        raw: Any = json.loads(path.read_text("utf-8"))
        return Holder(int(raw["pid"]), str(raw["host"]), str(raw["started"]), str(raw.get("server", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class InstanceLock:
    """A held lock; release it with :meth:`release` (or use it as a context manager).

    Attributes:
        path: the lock file.
        holder: what this instance wrote into it.
        took_over: the previous holder when a stale lock (its process gone) was taken over.
    """

    def __init__(self, path: Path, holder: Holder, handle: IO[str] | None, took_over: Holder | None) -> None:
        self.path = path
        self.holder = holder
        self.took_over = took_over
        self._handle = handle

    def release(self) -> None:
        """Give the lock up. Idempotent."""
        if self._handle is not None:
            # With flock the file stays (unlinking it would let two processes lock two different
            # files); emptying it says nobody holds it, and closing drops the kernel lock.
            with contextlib.suppress(OSError):
                self._handle.seek(0)
                self._handle.truncate()
                self._handle.close()
            self._handle = None
        elif read_holder(self.path) == self.holder:
            with contextlib.suppress(OSError):
                self.path.unlink()

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def acquire(lock_dir: Path, key: str, *, use_fcntl: bool = True) -> InstanceLock:
    """Take the lock named ``key`` in ``lock_dir``.

    Raises:
        AlreadyRunning: when a live process holds it.
        OSError: when the lock file cannot be created (e.g. the data directory is not writable).
    """
    lock_dir.mkdir(parents=True, exist_ok=True)
    path = lock_dir / f"instance-{key}.lock"
    me = Holder(os.getpid(), socket.gethostname(), _dt.datetime.now().isoformat(timespec="seconds"), server_name(key))
    if use_fcntl and fcntl is not None:
        return _acquire_flock(path, me)
    return _acquire_exclusive(path, me)


def _acquire_flock(path: Path, me: Holder) -> InstanceLock:
    handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - held open for the life of the lock
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise AlreadyRunning(read_holder(path), path) from None
    except OSError:
        handle.close()
        raise
    previous = read_holder(path)
    handle.seek(0)
    handle.truncate()
    handle.write(json.dumps(me.__dict__))
    handle.flush()
    return InstanceLock(path, me, handle, previous if previous and previous.pid != me.pid else None)


def _acquire_exclusive(path: Path, me: Holder) -> InstanceLock:
    took_over = None
    for _attempt in range(3):
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            holder = read_holder(path)
            if holder is not None and (holder.host != me.host or _pid_alive(holder.pid)):
                raise AlreadyRunning(holder, path) from None
            # Stale: its process is gone (or the file is garbage). Take it over.
            took_over = holder
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            continue
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(me.__dict__))
        return InstanceLock(path, me, None, took_over)
    raise AlreadyRunning(read_holder(path), path)
