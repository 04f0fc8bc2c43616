"""Drivers' errors are read by their code, never their words: each real fault is named for what it is.

Each error here is produced the way the world produces it (a damaged file, another program's lock, a file
opened read-only, a disk with no room left, a file that is not a database, a folder that does not exist),
and the last tests show that words alone, however alarming, decide nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from model.store.database import Database
from model.store.faults import DatabaseOpenError, Doing, fault_from, is_not_a_database, kind_of
from tests.model.faults import damage_middle

EVERY_DOING: tuple[Doing, ...] = ("checking", "using", "setting up")


def _error_of(action: Callable[[], object]) -> sqlite3.Error:
    with pytest.raises(sqlite3.Error) as info:
        action()
    return info.value


@pytest.fixture
def table_file(tmp_path: Path) -> Path:
    """A plain SQLite file with one table of a few hundred pages."""
    path = tmp_path / "plain.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x TEXT)")
    con.executemany("INSERT INTO t VALUES (?)", [("y" * 500,)] * 2000)
    con.commit()
    con.close()
    return path


@pytest.fixture
def locked(table_file: Path) -> Iterator[Path]:
    """``table_file`` held by another connection in the middle of an exclusive write."""
    other = sqlite3.connect(table_file, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    other.execute("INSERT INTO t VALUES ('z')")
    try:
        yield table_file
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_a_damaged_file_is_corrupt(table_file: Path) -> None:
    damage_middle(table_file)
    error = _error_of(lambda: sqlite3.connect(table_file).execute("SELECT max(length(x)) FROM t").fetchall())
    assert kind_of(error) == "corrupt"
    fault = fault_from(error, table_file)
    assert fault is not None and fault.reason == "corrupt" and "restore" in fault.advice


def test_a_database_another_program_is_writing_is_busy(locked: Path) -> None:
    error = _error_of(lambda: sqlite3.connect(locked, timeout=0.05).execute("SELECT count(*) FROM t").fetchall())
    assert kind_of(error) == "busy"
    for doing in EVERY_DOING:
        fault = fault_from(error, locked, doing)
        assert fault is not None and fault.reason == "busy" and "try again" in fault.advice


def test_a_write_to_a_file_opened_read_only_is_read_only(table_file: Path) -> None:
    con = sqlite3.connect(f"{table_file.as_uri()}?mode=ro", uri=True)
    error = _error_of(lambda: con.execute("INSERT INTO t VALUES ('z')"))
    con.close()
    assert kind_of(error) == "read-only"
    using = fault_from(error, table_file)
    assert using is not None and using.reason == "read-only"
    assert fault_from(error, table_file, "setting up").reason == "unwritable"  # creating or upgrading it


def test_a_disk_with_no_room_left_is_full_not_damage(table_file: Path) -> None:
    con = sqlite3.connect(table_file)
    con.execute("PRAGMA max_page_count=1")  # no page more: as a full disk, SQLite reports SQLITE_FULL
    error = _error_of(lambda: con.executemany("INSERT INTO t VALUES (?)", [("z" * 5000,)] * 10))
    con.close()
    assert kind_of(error) == "full"
    for doing in EVERY_DOING:
        fault = fault_from(error, table_file, doing)
        assert fault is not None and fault.reason == "full" and "Free some space" in fault.advice


def test_a_file_that_is_not_a_database_is_told_apart_from_damage(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("Meeting notes, not a database. " * 200)
    error = _error_of(lambda: sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall())
    assert is_not_a_database(error)
    damaged = tmp_path / "damaged.sqlite3"
    con = sqlite3.connect(damaged)
    con.execute("CREATE TABLE t (x TEXT)")
    con.executemany("INSERT INTO t VALUES (?)", [("y" * 500,)] * 2000)
    con.commit()
    con.close()
    damage_middle(damaged)
    other = _error_of(lambda: sqlite3.connect(damaged).execute("SELECT max(length(x)) FROM t").fetchall())
    assert not is_not_a_database(other)


def test_a_file_that_cannot_be_opened_is_unreadable_when_checked_and_unwritable_when_set_up(tmp_path: Path) -> None:
    missing = tmp_path / "no such folder" / "x.sqlite3"
    error = _error_of(lambda: sqlite3.connect(f"{missing.as_uri()}?mode=ro", uri=True))
    assert kind_of(error) == "cannot-open"
    assert fault_from(error, missing, "checking").reason == "unreadable"
    assert fault_from(error, missing, "setting up").reason == "unwritable"
    assert fault_from(error, missing) is None  # mid-use it means nothing the user can act on: raised as it is


def test_sqlalchemys_errors_are_read_by_the_code_of_the_drivers_error_inside(empty_db: Database) -> None:
    from sqlalchemy.exc import OperationalError

    with empty_db.engine.connect() as conn, pytest.raises(OperationalError) as info:
        conn.exec_driver_sql("PRAGMA max_page_count=1")
        conn.exec_driver_sql("CREATE TABLE big (x TEXT)")
        conn.exec_driver_sql("INSERT INTO big VALUES (?)", ("z" * 100_000,))
    assert kind_of(info.value) == "full"


@pytest.mark.parametrize("words", ["database is locked", "database disk image is malformed", "readonly"])
def test_words_alone_do_not_make_a_fault(tmp_path: Path, words: str) -> None:
    # A table that does not exist is a bug, whatever its name says: SQLite's code is SQLITE_ERROR.
    con = sqlite3.connect(tmp_path / "x.sqlite3")
    error = _error_of(lambda: con.execute(f'SELECT * FROM "{words}"'))
    con.close()
    assert words in str(error) and kind_of(error) is None
    assert fault_from(error, "x.sqlite3") is None


def test_a_query_that_fails_for_its_own_reasons_is_not_called_busy_or_damaged(empty_db: Database) -> None:
    # Before, the message decided: "no such table: database is locked" read as another program's lock.
    with pytest.raises(Exception) as info, empty_db.session() as session:
        session.execute(text('SELECT * FROM "database is locked"'))
    assert not isinstance(info.value, DatabaseOpenError)
    assert empty_db.damage is None
