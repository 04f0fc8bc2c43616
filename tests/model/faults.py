"""Helpers that damage, lock or write-protect database files the way the world does."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

NOBODY = 65534


def damage_middle(path: Path, pages: int = 4, page_size: int = 4096) -> None:
    """Overwrite a few pages in the middle of a file with garbage (a bad sector, a bad copy)."""
    size = path.stat().st_size
    offset = (size // 2) // page_size * page_size
    with path.open("r+b") as fh:
        fh.seek(offset)
        fh.write(bytes((i * 37 + 11) % 256 for i in range(pages * page_size)))


@contextmanager
def write_protected(*paths: Path) -> Iterator[None]:
    """Make files and folders read-only for this process, even when it runs as root (as CI does).

    Root ignores permission bits, so as root the process drops its effective user to ``nobody``
    for the duration (files must then be readable by others). Modes are restored afterwards.
    """
    modes = {p: p.stat().st_mode for p in paths}
    for p in paths:
        p.chmod(0o555 if p.is_dir() else 0o444)
    root = os.geteuid() == 0
    if root:
        os.setegid(NOBODY)
        os.seteuid(NOBODY)
    try:
        yield
    finally:
        if root:
            os.seteuid(0)
            os.setegid(0)
        for p, mode in modes.items():
            p.chmod(stat.S_IMODE(mode))


@contextmanager
def public_dir() -> Iterator[Path]:
    """A folder ``nobody`` can reach (pytest's own tmp folder is private to root); removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="summitry-test-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


LOCK_SCRIPT = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("PRAGMA locking_mode=EXCLUSIVE")
con.execute("BEGIN EXCLUSIVE")
con.execute("PRAGMA user_version").fetchone()
print("locked", flush=True)
sys.stdin.readline()
con.execute("ROLLBACK")
"""


@contextmanager
def held_by_another_process(path: Path) -> Iterator[None]:
    """Another process holding an exclusive lock on the database (DB Browser in the middle of a write)."""
    child = subprocess.Popen(
        [sys.executable, "-c", LOCK_SCRIPT, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "locked"
        yield
    finally:
        child.communicate("\n", timeout=30)


def damage_table(path: Path, table: str, page_size: int = 4096) -> None:
    """Overwrite the first page of one table with garbage: every read of that table fails, others work."""
    import sqlite3

    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        (root,) = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    finally:
        con.close()
    with path.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(bytes((i * 37 + 11) % 256 for i in range(page_size)))
