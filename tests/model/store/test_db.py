"""Opening databases: where they are, the marks and settings they get, refusals that leave files untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from model.store import backup, backup_set, schema
from model.store.database import Database
from model.store.faults import DatabaseOpenError
from model.store.files import BUSY_TIMEOUT_MS
from model.store.location import ENV_VAR, default_database_path
from model.store.opening import open_database
from tests.backends import TestBackend
from tests.model.datafiles import query, run
from tests.model.store.newer_schema import pretend_newer


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_database_is_marked_versioned_and_configured(empty_db: Database) -> None:
    with empty_db.engine.connect() as conn:

        def pragma(name: str) -> object:
            return conn.exec_driver_sql(f"PRAGMA {name}").scalar()

        assert pragma("application_id") == schema.APPLICATION_ID
        assert pragma("user_version") == schema.SCHEMA_VERSION
        assert pragma("foreign_keys") == 1
        assert pragma("journal_mode") == "wal"
        assert pragma("busy_timeout") == BUSY_TIMEOUT_MS


def test_foreign_keys_are_enforced(empty_db: Database) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), empty_db.transaction() as session:
        session.connection().exec_driver_sql(
            "INSERT INTO meeting (id, forum_id, title) VALUES ('m', 'no-such-forum', 'x')"
        )


@pytest.mark.both_backends
def test_a_broken_reference_left_for_the_commit_is_refused_when_checked_ahead_and_nothing_is_written(
    backend: TestBackend, empty_db: Database
) -> None:
    # What an import does on a server: defer the references, write, then check them a piece at a time before
    # the commit (SQLite has nothing left to check: it refuses at the commit, as before).
    from sqlalchemy.exc import IntegrityError

    steps: list[tuple[int, int]] = []
    with pytest.raises(IntegrityError), empty_db.transaction() as session:
        conn = session.connection()
        empty_db.backend.defer_constraints(conn)
        conn.exec_driver_sql("INSERT INTO meeting (id, forum_id, title) VALUES ('m', 'no-such-forum', 'x')")
        empty_db.backend.check_deferred(conn, lambda done, total: steps.append((done, total)))
    if backend.is_server:  # refused at one of the pieces, before the last: not at the commit
        assert steps and steps[0][0] == 0 and steps[-1][0] < steps[-1][1]
    else:
        assert steps == []
    assert query(empty_db.target, "SELECT count(*) FROM meeting") == [(0,)]


@pytest.fixture
def other_app(tmp_path: Path) -> Path:
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(str(path))
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    con.execute("INSERT INTO invoices (total) VALUES (12.5)")
    con.commit()
    con.close()
    return path


@pytest.fixture
def newer(empty_db: Database) -> Path:
    assert empty_db.path is not None
    empty_db.close()
    con = sqlite3.connect(str(empty_db.path))
    con.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 7}")
    con.commit()
    con.execute("PRAGMA journal_mode = DELETE")
    con.close()
    return empty_db.path


@pytest.fixture
def not_sqlite(tmp_path: Path) -> Path:
    path = tmp_path / "notes.sqlite3"
    path.write_text("Shopping list: rice, tea\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("fixture", "reason", "words"),
    [
        ("not_sqlite", "not-sqlite", "is not a database file"),
        ("other_app", "foreign", "database of another application"),
        ("newer", "too-new", f"newer Summitry (database version {schema.SCHEMA_VERSION + 7}"),
    ],
)
def test_files_that_are_not_ours_are_refused_and_left_byte_for_byte(
    request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str], fixture: str, reason: str, words: str
) -> None:
    path: Path = request.getfixturevalue(fixture)
    before = _digest(path)
    with pytest.raises(DatabaseOpenError) as info:
        open_database(str(path))
    assert info.value.reason == reason
    assert words in info.value.message and str(path) in info.value.message
    assert info.value.advice
    code, out, err = run(capsys, path, "show", "asean")
    assert code == 1
    assert words in err and "Traceback" not in out + err
    assert _digest(path) == before


def test_database_option_and_environment_choose_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from model.cli import commands

    env_db, option_db = tmp_path / "env.sqlite3", tmp_path / "option.sqlite3"
    monkeypatch.setenv(ENV_VAR, str(env_db))
    assert commands.main(["db", "path"]) == 0
    assert capsys.readouterr().out.strip() == str(env_db)
    assert commands.main(["--database", str(option_db), "db", "path"]) == 0
    assert capsys.readouterr().out.strip() == str(option_db)

    assert commands.main(["show", "asean"]) == 0
    assert "Association of Southeast Asian Nations" in capsys.readouterr().out
    assert env_db.exists() and not option_db.exists()
    assert commands.main(["--database", str(option_db), "show", "arf-23"]) == 0
    assert option_db.exists()


def test_db_path_defaults_to_the_appdirs_data_directory(capsys: pytest.CaptureFixture[str]) -> None:
    import appdirs

    from model.cli import commands

    assert commands.main(["db", "path"]) == 0
    printed = Path(capsys.readouterr().out.strip())
    assert printed == Path(appdirs.user_data_dir("Summitry", appauthor=False)) / "summitry.sqlite3"
    assert printed == default_database_path()
    assert not printed.exists(), "printing the path creates nothing"


def test_an_older_database_is_backed_up_then_upgraded(bundled_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    path = bundled_db.path
    assert path is not None
    bundled_db.close()
    old = schema.SCHEMA_VERSION
    pretend_newer(monkeypatch)

    upgraded = open_database(str(path))
    with upgraded.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA user_version").scalar() == old + 1
        columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(saved_search)")]
    upgraded.close()
    assert "note" in columns

    (taken,) = backup_set.list_backups(path)
    backup.verify(taken)  # raises when the copy would not restore
    con = sqlite3.connect(f"{taken.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA user_version").fetchone()[0] == old
        assert "note" not in [r[1] for r in con.execute("PRAGMA table_info(saved_search)")]
        assert con.execute("SELECT count(*) FROM meeting").fetchone()[0] > 0
    finally:
        con.close()


def test_no_upgrade_without_its_backup(bundled_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    path = bundled_db.path
    assert path is not None
    bundled_db.close()
    before = _digest(path)
    old = schema.SCHEMA_VERSION
    pretend_newer(monkeypatch)
    backup_set.backup_dir(path).write_text("a file where the backups folder should be")

    with pytest.raises((DatabaseOpenError, backup.BackupError)):
        open_database(str(path))
    con = sqlite3.connect(str(path))
    try:
        assert con.execute("PRAGMA user_version").fetchone()[0] == old
    finally:
        con.close()
    assert _digest(path) == before


def test_db_upgrade_of_a_file_upgrades_it_after_its_backup_or_says_it_is_current(
    bundled_db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = bundled_db.path
    assert path is not None
    bundled_db.close()
    old = schema.SCHEMA_VERSION
    code, out, _err = run(capsys, path, "db", "upgrade")
    assert (code, out.strip()) == (0, f"{path} is at database version {old} already: nothing to upgrade.")
    newer = pretend_newer(monkeypatch)
    code, out, _err = run(capsys, path, "db", "upgrade")
    assert (code, out.strip()) == (0, f"{path} upgraded from database version {old} to {newer}.")
    assert [b.label for b in backup_set.backups_of(path)] == [f"before-upgrade-v{old}"]
