"""``summitry db backup`` and ``db restore`` of an archive on a server: verified SQLite snapshots, by the copy."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from model.maintenance import reindex
from model.store import backup
from model.store.location import archive_file_name, data_dir
from model.store.postgresql_backend import WRITE_LOCK
from model.store.server_backup import restore_archive
from tests import postgres
from tests.backends import TestBackend
from tests.model.datafiles import dump, query, run, small, write


def _exported(capsys: pytest.CaptureFixture[str], target: str, out: Path) -> bytes:
    code, _out, err = run(capsys, target, "export", "-o", str(out))
    assert code == 0, err
    return out.read_bytes()


def _written(out: str, words: str) -> Path:
    """The file a command's line starting with ``words`` names at its end."""
    line = next(line for line in out.splitlines() if words in line)
    return Path(line.rsplit(" ", 1)[1].rstrip("."))


def test_a_server_archive_is_backed_up_verified_and_restored_exactly_with_a_safety_copy(
    server: TestBackend, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = server.new_target("bundled")
    saved = _exported(capsys, url, tmp_path / "saved.json")
    code, out, err = run(capsys, url, "db", "backup")
    assert code == 0, err
    made = _written(out, "Backup written and verified: ")
    assert made.parent == data_dir() / "backups" and made.name.startswith(archive_file_name(url) + "-")
    backup.verify(made)
    assert sqlite3.connect(made).execute("PRAGMA journal_mode").fetchone() == ("delete",)  # as every backup

    code, _out, err = run(capsys, url, "import", str(write(tmp_path / "mine.json", small())))
    assert code == 0, err

    code, out, err = run(capsys, url, "db", "restore")  # the newest backup that verifies and is this archive's
    assert code == 0, err
    assert out.startswith(f"Restored {url} from {made}. The archive as it was is kept at ")
    assert _exported(capsys, url, tmp_path / "restored.json") == saved
    kept = _written(out, "The archive as it was is kept at ")
    backup.verify(kept)
    code, shown, _err = run(capsys, str(kept), "show", "ex-meeting")
    assert shown.startswith("First Example Meeting")


def test_a_backup_replaces_only_an_earlier_backup_of_the_same_archive(
    server: TestBackend, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = server.new_target("bundled")
    dest = tmp_path / "team.sqlite3"
    code, _out, err = run(capsys, url, "db", "backup", str(dest))
    assert code == 0, err
    code, _out, err = run(capsys, url, "db", "backup", str(dest))
    assert code == 1 and "already exists" in err and "Nothing was changed." in err
    code, out, err = run(capsys, url, "db", "backup", "--force", str(dest))
    assert (code, out.strip()) == (0, f"Backup written and verified: {dest}"), err

    # Another archive's backup, or a file that is no backup at all, is never replaced.
    other = server.new_target("bundled")
    before = dest.read_bytes()
    code, _out, err = run(capsys, other, "db", "backup", "--force", str(dest))
    assert code == 1 and f"{dest} is not a backup of this archive" in err
    assert dest.read_bytes() == before
    notes = tmp_path / "notes.sqlite3"
    sqlite3.connect(notes).execute("CREATE TABLE note (text)").connection.close()
    code, _out, err = run(capsys, url, "db", "backup", "--force", str(notes))
    assert code == 1 and f"{notes} is not a backup of this archive" in err


def test_a_backup_of_another_archive_is_restored_only_with_force(
    server: TestBackend, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ours, theirs = server.new_target("bundled"), server.new_target("empty")
    code, _out, err = run(capsys, theirs, "import", str(write(tmp_path / "mine.json", small())))
    assert code == 0, err
    their_backup = tmp_path / "theirs.sqlite3"
    assert run(capsys, theirs, "db", "backup", str(their_backup))[0] == 0
    before = dump(ours)

    code, out, err = run(capsys, ours, "db", "restore", str(their_backup))
    assert (code, out) == (1, "")
    assert f"{their_backup} is a backup of another archive" in err and "Add --force" in err
    assert dump(ours) == before

    code, out, err = run(capsys, ours, "db", "restore", "--force", str(their_backup))
    assert code == 0, err
    assert _exported(capsys, ours, tmp_path / "ours.json") == _exported(capsys, theirs, tmp_path / "theirs.json")


def test_a_restore_waits_for_an_import_under_way_and_then_replaces_the_archive(
    server: TestBackend, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = server.new_target("bundled")
    saved = tmp_path / "saved.sqlite3"
    assert run(capsys, url, "db", "backup", str(saved))[0] == 0
    assert run(capsys, url, "import", str(write(tmp_path / "mine.json", small())))[0] == 0

    import psycopg

    importing = psycopg.connect(postgres.conninfo(url))  # another Summitry, importing: it holds the write lock
    importing.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
    waited: list[int] = []

    def import_ends() -> bool:
        waited.append(query(url, "SELECT count(*) FROM record WHERE id = 'ex-meeting'")[0][0])  # not yet replaced
        importing.commit()  # the import ends: its lock goes with its transaction
        return True

    try:
        restore_archive(url, saved, index=reindex.refill, on_wait=import_ends)
    finally:
        importing.close()
    assert waited == [1]
    code, _out, err = run(capsys, url, "show", "ex-meeting")
    assert code == 1 and "ex-meeting" in err


def test_a_backup_is_named_after_the_archive_never_with_its_password() -> None:
    assert archive_file_name("postgresql+psycopg://anna:s3cret@db.example.org:5433/summitry") == (
        "anna@db.example.org_5433-summitry"
    )
    assert archive_file_name("postgresql+psycopg:///summitry?host=/run/postgresql") == "local-summitry"
    assert archive_file_name("postgresql+psycopg:///?service=team") == "service-team"


def test_restore_force_is_for_a_server_archive_only(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, db_path, "db", "restore", "--force")
    assert (code, out) == (2, "")
    assert "--force is for an archive on a server" in err


def test_copies_and_backups_of_an_archive_reached_with_a_password_never_show_or_keep_it(
    server: TestBackend, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os

    source = server.new_target("bundled")
    with postgres.password_login(server) as login:
        database = server.new_target("none")
        postgres.run_sql(database, f'ALTER DATABASE "{make_url(database).database}" OWNER TO "{login.user}"')
        url = login.url(database)
        shown = url.replace(f":{login.password}@", "@")
        code, out, err = run(capsys, "", "db", "copy", source, url)
        assert code == 0 and out.startswith(f"Copied {source} to {shown}: "), err
        code, out2, err2 = run(capsys, url, "db", "backup")
        assert code == 0 and f"{archive_file_name(url)}-" in out2, err2
        code, out3, err3 = run(capsys, "", "db", "copy", "--replace", url, str(tmp_path / "trip.sqlite3"))
        assert code == 0 and f"Copied {shown} to " in out3, err3
        postgres.nowhere_holds(login.password, Path(os.environ["HOME"]), out, err, out2, err2, out3, err3)
        postgres.nowhere_holds(login.password, tmp_path)
