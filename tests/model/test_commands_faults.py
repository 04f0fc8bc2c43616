"""The command line meets a hostile world: bytes that are not text, strange files, a full disk, a busy database.

Each case ends in a message naming what and where, exit code 1 and nothing changed, never a traceback. Cases
that depend on the bytes of argv, the terminal's encoding or process limits run ``python -m gui.cli`` in a
subprocess; the others run the same entry point in-process.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from gui import cli
from model import db
from tests.model.datafiles import small, write
from tests.model.faults import damage_middle

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db_file(bundled_db: db.Database) -> Path:
    assert bundled_db.path is not None
    bundled_db.close()
    return bundled_db.path


def summitry(
    *args: str | bytes, env: dict[str, str] | None = None, limit: str = "", cwd: Path = ROOT
) -> subprocess.CompletedProcess[str]:
    """``summitry ARGS`` as a separate process (argv may hold any bytes); ``limit``: Python run first in it."""
    program = f"{limit}\nimport runpy, sys\nsys.argv[0] = 'summitry'\nrunpy.run_module('gui.cli', run_name='__main__')"
    return subprocess.run(
        [sys.executable, "-c", program, *args],
        cwd=cwd,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        errors="backslashreplace",
        timeout=300,
    )


def cli_run(capsys: pytest.CaptureFixture[str], db_file: Path, *args: str) -> tuple[int, str, str]:
    code = cli.main(["--database", str(db_file), *args])
    out, err = capsys.readouterr()
    return code, out, err


# --- the database fails mid-command ----------------------------------------------------------------------------


def test_damage_met_by_a_search_is_the_damage_message(
    db_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db, "QUICK_CHECK_MAX_BYTES", 0)  # as for a file too big to check at open
    damage_middle(db_file, pages=40)  # the search index among the damaged pages: "vtable constructor failed"
    code, _out, err = cli_run(capsys, db_file, "search", "piracy")
    assert code == 1 and f"{db_file} is damaged" in err and "summitry db restore" in err


def _fill_limit(kib: int) -> str:
    """Python that makes every file the process writes stop growing at ``kib`` KiB, as on a full disk.

    With SIGXFSZ ignored, a write past the limit fails with EFBIG instead of killing the process.
    """
    return (
        "import resource, signal; signal.signal(signal.SIGXFSZ, signal.SIG_IGN); "
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({kib * 1024}, {kib * 1024}))"
    )


@pytest.mark.skipif(not hasattr(__import__("signal"), "SIGXFSZ"), reason="file size limits are POSIX")
def test_a_full_disk_met_at_open_is_not_called_damage(db_file: Path) -> None:
    # Opening in WAL mode makes the 32 KiB shared-memory index beside the file; with no room it cannot grow,
    # which SQLite reports as a "disk I/O error" (SQLITE_IOERR_SHMSIZE).
    done = summitry("--database", str(db_file), "show", "arf-23", limit=_fill_limit(16))
    assert done.returncode == 1, done.stderr
    assert f"{db_file} cannot be used: the disk that holds it is full." in done.stderr
    assert "damaged" not in done.stderr


def test_an_import_waits_for_another_writer_to_finish(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = sqlite3.connect(db_file, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another program in the middle of a write, done well within 5 s
    release = threading.Timer(1.5, lambda: other.execute("ROLLBACK"))
    release.start()
    try:
        code, out, err = cli_run(capsys, db_file, "import", str(write(tmp_path / "s.json", small())))
    finally:
        release.join()
        other.close()
    assert (code, err) == (0, "")
    assert "s.json: 9 added, 0 updated, 0 unchanged." in out
