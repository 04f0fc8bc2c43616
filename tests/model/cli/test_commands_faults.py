"""The command line meets a hostile world: bytes that are not text, strange files, a full disk, a busy database.

Each case ends in a message naming what and where, exit code 1 and nothing changed, never a traceback. Cases
that depend on the bytes of argv, the terminal's encoding or process limits run ``python -m gui.cli`` in a
subprocess; the others run the same entry point in-process.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from gui import cli
from model.interchange import dataload
from model.store import files
from model.store.database import Database
from model.store.faults import FULL_ADVICE
from tests.model.datafiles import dump, query, small, write
from tests.model.faults import damage_middle

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def db_file(bundled_db: Database) -> str:
    bundled_db.close()
    return bundled_db.target


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


def cli_run(capsys: pytest.CaptureFixture[str], db_file: str, *args: str) -> tuple[int, str, str]:
    code = cli.main(["--database", str(db_file), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _changed_meeting(db_file: str, folder: Path, name: bytes, description: str) -> Path:
    """A data file (its name any bytes) that changes the description of the bundled meeting arf-23."""
    exported = folder / "arf-23.json"
    assert cli.main(["--database", str(db_file), "export", "-o", str(exported), "--id", "arf-23"]) == 0
    data = json.loads(exported.read_text("utf-8"))
    data["meetings"][0]["description"] = description
    return write(Path(os.fsdecode(os.path.join(os.fsencode(folder), name))), data)


def _description(db_file: str, rid: str) -> str:
    return str(query(db_file, "SELECT description FROM meeting WHERE id = ?", rid)[0][0])


# --- arguments that are not text, and terminals that cannot show everything ---------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((b"show", b"arf\xff"), "The id 'arf\\xff' is not UTF-8 text"),
        ((b"search", b"piracy \xff"), "The query 'piracy \\xff' is not UTF-8 text"),
        ((b"export", b"-o", b"out.json", b"--id", b"arf-23", b"--id", b"\xfe"), "The id '\\xfe' is not UTF-8 text"),
    ],
)
def test_an_id_or_query_that_is_not_utf8_is_refused_in_one_line(
    db_file: str, tmp_path: Path, args: tuple[bytes, ...], message: str
) -> None:
    before = dump(db_file)
    done = summitry("--database", str(db_file), *args, env={"PYTHONIOENCODING": "utf-8"}, cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith(message) and done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr and not (tmp_path / "out.json").exists()
    assert dump(db_file) == before


def test_a_file_named_with_bytes_that_are_not_utf8_imports_and_is_named_as_the_shell_writes_it(
    db_file: str, tmp_path: Path
) -> None:
    path = _changed_meeting(db_file, tmp_path, b"m\xff.json", "Changed by a file with a Latin-1 name.")
    done = summitry("--database", str(db_file), "import", os.fsencode(path), env={"PYTHONIOENCODING": "utf-8"})
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{tmp_path}/m\\xff.json: 0 added, 1 updated, 37 unchanged.\n"
    assert _description(db_file, "arf-23") == "Changed by a file with a Latin-1 name."


def test_a_successful_import_exits_0_on_a_terminal_that_only_shows_ascii(db_file: str, tmp_path: Path) -> None:
    path = _changed_meeting(db_file, tmp_path, "données.json".encode(), "Changed from a file with an accented name.")
    done = summitry("--database", str(db_file), "import", str(path), env={"PYTHONIOENCODING": "ascii:strict"})
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{tmp_path}/donn\\xe9es.json: 0 added, 1 updated, 37 unchanged.\n"
    assert _description(db_file, "arf-23") == "Changed from a file with an accented name."
    shown = summitry("--database", str(db_file), "show", "arf-23", env={"PYTHONIOENCODING": "ascii:strict"})
    assert shown.returncode == 0 and "Meeting \\xb7 id arf-23" in shown.stdout.splitlines()


# --- files that are not data files ------------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes in the file system are POSIX")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(db_file: str, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    before = dump(db_file)
    done = summitry("--database", str(db_file), "import", str(fifo))  # it used to wait here for ever
    assert done.returncode == 1
    assert f"{fifo}: 1 problem found; nothing was imported." in done.stderr
    assert "file: this is a named pipe (FIFO), not a data file" in done.stderr
    assert dump(db_file) == before


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs a /dev/zero device")
def test_an_endless_device_is_refused_without_reading_it(db_file: str) -> None:
    # The limit on the address space makes a regression fail at once instead of filling the memory.
    limit = "import resource; resource.setrlimit(resource.RLIMIT_AS, (3 * 1024**3, 3 * 1024**3))"
    done = summitry("--database", str(db_file), "import", "/dev/zero", limit=limit)
    assert done.returncode == 1, done.stderr
    assert "file: this is a device (a character special file), not a data file" in done.stderr


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs Linux's /proc, whose files say they are empty")
def test_the_size_limit_is_checked_by_reading_not_by_trusting_stat(
    db_file: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dataload, "MAX_FILE_BYTES", 100)
    assert Path("/proc/self/maps").stat().st_size == 0  # the premise: stat says empty, reading finds more
    code, _out, err = cli_run(capsys, db_file, "import", "/proc/self/maps")
    assert code == 1 and "file: the file is larger than 100 bytes" in err


# --- the database fails mid-command ----------------------------------------------------------------------------


@pytest.mark.sqlite_only  # a file's faults (a server's: tests/model/store/test_server_faults.py)
def test_damage_met_by_a_search_is_the_damage_message(
    db_file: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "QUICK_CHECK_MAX_BYTES", 0)  # as for a file too big to check at open
    damage_middle(Path(db_file), pages=40)  # the search index among the damaged pages: "vtable constructor failed"
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


def _many_long_meetings() -> dict[str, Any]:
    """A valid file whose import writes about a megabyte."""
    data = small()
    data["meetings"] += [
        {**data["meetings"][0], "id": f"ex-meeting-{i}", "description": "Long minutes. " * 200} for i in range(300)
    ]
    return data


@pytest.fixture
def disk_nearly_full(db_file: str) -> Iterator[None]:
    """Room for 30 more pages in the database file: SQLite then answers as on a full disk (SQLITE_FULL).

    ``PRAGMA max_page_count``, set on every connection SQLAlchemy makes (the import writes through it).
    """
    pages = Path(db_file).stat().st_size // 4096 + 30

    def limit(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    event.listen(Engine, "connect", limit)
    yield
    event.remove(Engine, "connect", limit)


@pytest.mark.sqlite_only  # a file's faults (a server's: tests/model/store/test_server_faults.py)
def test_an_import_that_fills_the_disk_says_so_naming_the_database_and_the_file(
    db_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], disk_nearly_full: None
) -> None:
    path = write(tmp_path / "big.json", _many_long_meetings())
    before = dump(db_file)
    code, out, err = cli_run(capsys, db_file, "import", str(path), str(path))
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        f"{path}: nothing was imported. {db_file} cannot be used: the disk that holds it is full.",
        FULL_ADVICE,
        f"Not tried: {path}.",
    ]
    assert dump(db_file) == before


@pytest.mark.sqlite_only  # a file's faults (a server's: tests/model/store/test_server_faults.py)
@pytest.mark.skipif(not hasattr(__import__("signal"), "SIGXFSZ"), reason="file size limits are POSIX")
def test_an_import_the_disk_refuses_to_write_names_the_database_and_the_file(db_file: str, tmp_path: Path) -> None:
    # A file that may grow no further (FAT32's 4 GB, a size limit): SQLite reports a "disk I/O error".
    path = write(tmp_path / "big.json", _many_long_meetings())
    before = dump(db_file)
    # Room for the backup taken first (a copy of the database), not for the import's write-ahead log.
    room = Path(db_file).stat().st_size // 1024 + 64
    done = summitry("--database", str(db_file), "import", str(path), limit=_fill_limit(room))
    assert done.returncode == 1, done.stderr
    assert done.stderr == f"{path}: nothing was imported. {db_file}: the database reported an error: disk I/O error.\n"
    assert dump(db_file) == before


@pytest.mark.sqlite_only  # a file's faults (a server's: tests/model/store/test_server_faults.py)
@pytest.mark.skipif(not hasattr(__import__("signal"), "SIGXFSZ"), reason="file size limits are POSIX")
def test_a_full_disk_met_at_open_is_not_called_damage(db_file: str) -> None:
    # Opening in WAL mode makes the 32 KiB shared-memory index beside the file; with no room it cannot grow,
    # which SQLite reports as a "disk I/O error" (SQLITE_IOERR_SHMSIZE).
    done = summitry("--database", str(db_file), "show", "arf-23", limit=_fill_limit(16))
    assert done.returncode == 1, done.stderr
    assert f"{db_file} cannot be used: the disk that holds it is full." in done.stderr
    assert "damaged" not in done.stderr


ON_A_FULL_DISK = """
import json, os, runpy, shutil, subprocess, sys
folder, database, leave_kib, *argv = sys.argv[1:]
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", folder], check=True)
if database:
    shutil.copy(database, folder)
room = os.statvfs(folder)
with open(os.path.join(folder, "filler"), "wb") as fh:
    fh.write(bytes(max(room.f_bavail * room.f_frsize - int(leave_kib) * 1024, 0)))
program = "import runpy, sys; sys.argv[0] = 'summitry'; runpy.run_module('gui.cli', run_name='__main__')"
done = subprocess.run([sys.executable, "-c", program, *argv], capture_output=True, text=True)
left = sorted(str(p.relative_to(folder)) for p in __import__("pathlib").Path(folder).rglob("*") if p.name != "filler")
print(json.dumps({"code": done.returncode, "stderr": done.stderr, "left": left}))
"""


def on_a_full_disk(tmp_path: Path, database: Path | None, leave_kib: int, *argv: str) -> dict[str, Any]:
    """Run ``summitry ARGV`` with its folder on a disk of its own (a small tmpfs, in a mount namespace of its
    own) filled up to ``leave_kib`` KiB, with ``database`` copied there first. A full disk is what it says:
    SQLite's writes fail with ENOSPC (a file size limit, by contrast, is EFBIG: "disk I/O error")."""
    folder = tmp_path / "disk"
    folder.mkdir()
    probe = subprocess.run(["unshare", "--mount", "--map-root-user", "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip("this machine lets no process make a mount namespace, where a small disk can be filled up")
    args = [str(folder), str(database or ""), str(leave_kib), *(a.replace("DISK", str(folder)) for a in argv)]
    done = subprocess.run(
        ["unshare", "--mount", "--map-root-user", sys.executable, "-c", ON_A_FULL_DISK, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


@pytest.mark.sqlite_only  # a file's faults (a server's: tests/model/store/test_server_faults.py)
def test_a_backup_before_an_import_that_meets_a_full_disk_says_the_disk_is_full(db_file: str, tmp_path: Path) -> None:
    path = write(tmp_path / "big.json", _many_long_meetings())
    # Room for the import's first steps, not for its backup (a copy of the database).
    file = Path(db_file)
    done = on_a_full_disk(tmp_path, file, 100, "--database", f"DISK/{file.name}", "import", str(path))
    assert done["code"] == 1, done
    first, advice = done["stderr"].splitlines()
    on_disk = tmp_path / "disk"
    assert first.startswith(f"{path}: nothing was imported. Could not write a verified backup to {on_disk}/backups/")
    assert first.endswith(": the disk is full."), "not SQLite's 'database or disk is full'"
    assert advice == FULL_ADVICE
    assert [p for p in done["left"] if "backups/" in p] == [], "no half-written backup is left"


@pytest.mark.parametrize("kib", [16, 200], ids=["no-room-for-the-tables", "no-room-for-the-bundled-data"])
def test_a_new_database_the_disk_has_no_room_for_leaves_no_file_behind(tmp_path: Path, kib: int) -> None:
    done = on_a_full_disk(tmp_path, None, kib, "--database", "DISK/new.sqlite3", "show", "arf-23")
    assert done["code"] == 1, done
    assert (
        done["stderr"].splitlines()[0] == f"{tmp_path}/disk/new.sqlite3 cannot be used: the disk that holds it is full."
    )
    assert done["left"] == [], "what the failed start created is removed: no empty database is left"


@pytest.mark.sqlite_only  # a file's faults (a server's: tests/model/store/test_server_faults.py)
def test_an_import_waits_for_another_writer_to_finish(
    db_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
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


# --- text from the data on a terminal -----------------------------------------------------------------------------


def test_import_problems_quote_control_characters_from_the_file_escaped(
    db_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting = {"id": "arf-99", "forum": "arf", "title": "T", "date": "2016-02-30\x1b]0;pwned\x07", "x\x1b[2J": 1}
    path = write(tmp_path / "hostile.json", {"format": "summitry", "version": 1, "meetings": [meeting]})
    code, out, err = cli_run(capsys, db_file, "import", str(path))
    assert (code, out) == (1, "")
    assert "'2016-02-30\\x1b]0;pwned\\x07' names a day that does not exist" in err
    assert "x\\x1b[2J" in err
    assert not any(ch in err for ch in "\x1b\x07"), "a data file cannot drive the terminal through a problem"


def _hostile_meeting(db_file: str, tmp_path: Path) -> dict[str, Any]:
    meeting = {
        "id": "ex-hostile",
        "forum": "asean-russia",
        "title": "Hostile \x1b]0;pwned\x07\x1b[31mred\x1b[0m meeting\rOVERWRITTEN",
        "description": "First line\r\x1b[2Jcleared \x9b31m C1 \x7f DEL\tand a tab\nsecond line",
        "date": "2016",
        "citations": [{"basis": "general-knowledge", "note": "note \x1b[1mbold"}],
    }
    path = write(tmp_path / "hostile.json", {"format": "summitry", "version": 1, "meetings": [meeting]})
    assert cli.main(["--database", str(db_file), "import", str(path)]) == 0
    return meeting


def _raw_controls(text: str, allowed: str) -> list[str]:
    return [c for c in text if (ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0) and c not in allowed]


def test_show_and_search_print_control_characters_escaped(
    db_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _hostile_meeting(db_file, tmp_path)
    capsys.readouterr()
    code, out, _err = cli_run(capsys, db_file, "show", "ex-hostile")
    assert code == 0 and _raw_controls(out, allowed="\n\t") == []
    lines = out.splitlines()
    assert lines[0] == "Hostile \\x1b]0;pwned\\x07\\x1b[31mred\\x1b[0m meeting\\rOVERWRITTEN"
    summary = lines.index("Summary")
    assert lines[summary + 1] == "First line\\r\\x1b[2Jcleared \\x9b31m C1 \\x7f DEL\tand a tab"
    assert "second line" in lines  # a line break in a description is layout, kept
    assert "  [1] Not from the source (general knowledge): note \\x1b[1mbold" in lines
    code, out, _err = cli_run(capsys, db_file, "search", "hostile")
    assert code == 0 and _raw_controls(out, allowed="\n\t") == []
    assert out.splitlines()[0].split("\t") == [
        "ex-hostile",
        "meeting",
        "2016",
        "Hostile \\x1b]0;pwned\\x07\\x1b[31mred\\x1b[0m meeting\\rOVERWRITTEN",
    ]


def test_json_output_stays_json_with_the_text_as_it_is(
    db_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting = _hostile_meeting(db_file, tmp_path)
    capsys.readouterr()
    code, out, _err = cli_run(capsys, db_file, "show", "ex-hostile", "--json")
    assert code == 0 and _raw_controls(out, allowed="\n") == []  # DEL and C1 too, as \u escapes
    shown = json.loads(out)
    assert (shown["title"], shown["description"]) == (meeting["title"], meeting["description"])
    code, out, _err = cli_run(capsys, db_file, "search", "hostile", "--json")
    assert code == 0 and _raw_controls(out, allowed="\n") == []
    assert json.loads(out)["results"][0]["title"] == meeting["title"]
