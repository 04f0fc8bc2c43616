"""The database's files on disk: what a copy of the file holds, their permissions, nothing left lying about."""

from __future__ import annotations

import _strptime  # noqa: F401 - loaded before a test drops privileges (nobody cannot read the interpreter's folder)
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from model import bundled, db, importer
from tests.model.datafiles import small, write
from tests.model.faults import NOBODY, public_dir
from tests.model.generated import forum_with_meetings

ROOT = Path(__file__).resolve().parents[2]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_database_marked_read_only_opens_read_only_and_leaves_no_read_only_companions(
    bundled_db: db.Database, db_path: Path, tmp_path: Path
) -> None:
    bundled_db.close()
    db_path.chmod(0o444)  # root may write it anyway: the marks say the user wants it left alone
    database = db.open_database(str(db_path))
    try:
        assert database.readonly and "read-only" in (database.readonly_reason or "")
        assert bundled.ensure_bundled(database) is None, "it reads"
    finally:
        database.close()
    assert sorted(p.name for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)) == [db_path.name]

    db_path.chmod(0o644)
    database = db.open_database(str(db_path))
    try:
        assert not database.readonly
        report = importer.import_file(database, write(tmp_path / "mine.json", small()))
    finally:
        database.close()
    assert "ex-meeting" in report.added


@contextmanager
def _as_owner(path: Path) -> Iterator[None]:
    """Run as the owner of ``path``, an ordinary user whose file permissions count (root drops to nobody)."""
    if os.geteuid() != 0:
        yield
        return
    os.chown(path, NOBODY, NOBODY)
    os.setegid(NOBODY)
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


def test_a_database_opened_while_read_only_can_be_written_once_made_writable_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = bundled.read_bundled()
    monkeypatch.setattr(bundled, "read_bundled", lambda: data)  # nobody may not read the checkout
    with public_dir() as folder:
        folder.chmod(0o777)
        db_file = folder / "shared.sqlite3"
        database = db.open_database(str(db_file))
        bundled.ensure_bundled(database)
        database.close()
        new = write(folder / "new.json", forum_with_meetings("genf", 2))
        new.chmod(0o644)
        db_file.chmod(0o444)
        with _as_owner(db_file):
            database = db.open_database(str(db_file))  # read-only for its owner too
            try:
                assert database.readonly and bundled.ensure_bundled(database) is None
            finally:
                database.close()
            left = {p.name: _mode(p) for p in folder.iterdir() if p.name.startswith(db_file.name + "-")}
            db_file.chmod(0o644)  # the owner makes it writable again
            database = db.open_database(str(db_file))
            try:
                report = importer.import_file(database, new, back_up=False)
            finally:
                database.close()
    assert all(mode & 0o200 for mode in left.values()), f"read-only companions left behind: {left}"
    assert len(report.added) == 3


# --- stale .part files ----------------------------------------------------------------------------------------
