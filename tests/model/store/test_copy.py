"""``summitry db copy SOURCE TARGET``: a whole archive, exactly, between any two databases, from one snapshot."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from model.maintenance import reindex
from model.store import backup
from model.store.copy import CopyRefused, copy_archive
from tests.backends import TestBackend
from tests.model.datafiles import dump, query, run, small, write

pytestmark = pytest.mark.both_backends


def _target(request: pytest.FixtureRequest, into: str, tmp_path: Path, kind: str = "none") -> tuple[TestBackend, str]:
    """A new database of ``kind`` on the backend ``into`` ("file" or "server")."""
    if into == "server":
        made: TestBackend = request.getfixturevalue("server")
    else:
        (tmp_path / "targets").mkdir(exist_ok=True)
        made = TestBackend("sqlite", tmp_path / "targets")
    return made, made.new_target(kind)


def _exported(capsys: pytest.CaptureFixture[str], target: str, out: Path) -> bytes:
    code, _out, err = run(capsys, target, "export", "-o", str(out))
    assert code == 0, err
    return out.read_bytes()


@pytest.mark.parametrize("into", ["file", "server"])
def test_a_copy_exports_exactly_as_its_source_says_what_it_copied_and_takes_new_imports(
    backend: TestBackend, into: str, request: pytest.FixtureRequest, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = backend.new_target("bundled")
    code, _out, err = run(capsys, source, "import", str(write(tmp_path / "mine.json", small())))
    assert code == 0, err
    _made, target = _target(request, into, tmp_path)

    code, out, err = run(capsys, "", "db", "copy", source, target)
    assert code == 0, err
    copied, checked = out.splitlines()
    records = query(source, "SELECT count(*) FROM record")[0][0]
    assert copied.startswith(f"Copied {source} to {target}: {records} records (")
    assert checked == f"Checked {target}: no problems found."
    assert _exported(capsys, target, tmp_path / "copy.json") == _exported(capsys, source, tmp_path / "source.json")

    # The copy's keys continue after the copied ones: a new import lands beside them.
    more = small()
    more["meetings"][0] |= {"id": "ex-meeting-2", "title": "Second Example Meeting"}
    code, _out, err = run(capsys, target, "import", str(write(tmp_path / "more.json", more)))
    assert code == 0, err
    code, out, _err = run(capsys, target, "show", "ex-meeting-2")
    assert out.startswith("Second Example Meeting")


@pytest.mark.parametrize("into", ["file", "server"])
def test_a_target_holding_an_archive_is_left_as_it_is_unless_replace_then_kept_aside_verified(
    backend: TestBackend, into: str, request: pytest.FixtureRequest, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = backend.new_target("bundled")
    _made, target = _target(request, into, tmp_path, "empty")
    code, _out, err = run(capsys, target, "import", str(write(tmp_path / "mine.json", small())))
    assert code == 0, err
    before = dump(target)

    code, out, err = run(capsys, "", "db", "copy", source, target)
    assert (code, out) == (1, "")
    records = query(target, "SELECT count(*) FROM record")[0][0]
    assert err.strip() == (
        f"{target} already holds an archive ({records} records, 1 dataset); it is left as it is. Add --replace to "
        "replace it with the copy (a verified safety copy of it is kept first), or choose a new file or an empty "
        "database."
    )
    assert dump(target) == before

    code, out, err = run(capsys, "", "db", "copy", "--replace", source, target)
    assert code == 0, err
    kept_line = out.splitlines()[1]
    assert kept_line.startswith(f"What {target} held before is kept, verified, at ")
    kept = Path(kept_line.rsplit(" at ", 1)[1].rstrip("."))
    backup.verify(kept)
    code, out, _err = run(capsys, str(kept), "show", "ex-meeting")
    assert out.startswith("First Example Meeting")
    code, out, err = run(capsys, target, "show", "ex-meeting")
    assert code == 1 and "ex-meeting" in err
    assert _exported(capsys, target, tmp_path / "copy.json") == _exported(capsys, source, tmp_path / "source.json")


@pytest.mark.parametrize("into", ["file", "server"])
def test_a_failed_copy_leaves_the_target_as_it_was(
    backend: TestBackend, into: str, request: pytest.FixtureRequest, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = backend.new_target("bundled")
    # A citation of a source the archive does not have (written behind Summitry's back): the target's
    # references refuse it when the copy commits, after every row has been written.
    backend.run_sql(source, "UPDATE citation SET source_id = 'nowhere' WHERE pk = (SELECT max(pk) FROM citation)")
    made, target = _target(request, into, tmp_path, "empty")
    code, _out, err = run(capsys, target, "import", str(write(tmp_path / "mine.json", small())))
    assert code == 0, err
    before = dump(target)

    code, out, err = run(capsys, "", "db", "copy", "--replace", source, target)
    assert (code, out) == (1, "")
    assert err.startswith(f"{target} refused the copy: ") and "run 'summitry db check' on it" in err
    assert err.rstrip().endswith("Nothing was copied.")
    assert dump(target) == before

    # A new file is not left behind, not even in part.
    new_file = tmp_path / "new.sqlite3"
    code, _out, err = run(capsys, "", "db", "copy", source, str(new_file))
    assert code == 1 and "Nothing was copied." in err
    assert not new_file.exists() and not list(tmp_path.glob("new.sqlite3*"))
    del made


def test_a_copy_taken_while_another_process_imports_holds_one_state_of_the_source(
    backend: TestBackend, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = backend.new_target("bundled")
    before = _exported(capsys, source, tmp_path / "before.json")
    mine = write(tmp_path / "mine.json", small())
    target = str(tmp_path / "copy.sqlite3")
    imported: list[subprocess.CompletedProcess[str]] = []

    def import_meanwhile(_what: str, done: int, _total: int) -> None:
        # After the first rows are copied, and before the rest: another Summitry imports a meeting, its
        # forum, sources, agenda and citations, and commits.
        if done and not imported:
            command = [str(Path(sys.executable).parent / "summitry"), "--database", source, "import", str(mine)]
            imported.append(subprocess.run(command, capture_output=True, text=True, check=False))

    copy_archive(source, target, index=reindex.refill, progress=import_meanwhile)

    assert imported and imported[0].returncode == 0, imported[0].stderr if imported else "no import"
    code, out, _err = run(capsys, source, "show", "ex-meeting")
    assert out.startswith("First Example Meeting")  # the source has it now; the copy holds it as it was before
    assert _exported(capsys, target, tmp_path / "copy.json") == before
    code, out, err = run(capsys, target, "db", "check")
    assert code == 0, out + err


def test_a_copy_refuses_what_it_cannot_copy_whole_in_words(
    backend: TestBackend, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = backend.new_target("bundled")
    code, out, err = run(capsys, "", "db", "copy", source, source)
    assert (code, out, err.strip()) == (
        1,
        "",
        f"{source} is both the source and the target: copy it to another database.",
    )

    other = tmp_path / "other.sqlite3"
    other.write_bytes(b"")
    TestBackend("sqlite", tmp_path).run_sql(str(other), "CREATE TABLE invoices (id INTEGER)")
    code, out, err = run(capsys, "", "db", "copy", "--replace", source, str(other))
    assert (code, out) == (1, "")
    assert err.startswith(f"{other} is a SQLite database of another application, not a Summitry database.")
    assert TestBackend("sqlite", tmp_path).run_sql(str(other), "SELECT name FROM sqlite_master") == [("invoices",)]

    code, out, err = run(capsys, "", "db", "copy", str(other), str(tmp_path / "x.sqlite3"))
    assert (code, out) == (1, "") and "is a SQLite database of another application" in err
    assert not (tmp_path / "x.sqlite3").exists()
    with pytest.raises(CopyRefused, match="is a folder"):
        copy_archive(source, str(tmp_path), index=reindex.refill)


def test_a_long_copy_shows_how_far_it_is_on_a_terminal(
    backend: TestBackend, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from model.cli.output import RowsProgress

    monkeypatch.setattr(RowsProgress, "SHOWN_FROM", 1)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    source = backend.new_target("bundled")
    target = str(tmp_path / "copy.sqlite3")
    code, _out, err = run(capsys, "", "db", "copy", source, target)
    assert code == 0
    rows, reading, building, end = err.split("\n")
    shown = [part for part in rows.split("\r") if part]
    assert shown[0].startswith(f"{source} → {target}: 0% (0 of ")
    assert shown[-1].startswith(f"{source} → {target}: 100% (") and shown[-1].endswith(" rows)")
    # Then the search index, made afresh from the records, on lines of their own.
    assert reading == f"{target}: reading the records for the search index…"
    indexed = query(target, "SELECT count(*) FROM record_fts")[0][0]
    assert building.split("\r")[-1] == f"{target}: building the search index… ({indexed} of {indexed})"
    assert end == ""


def test_rows_written_by_copy_on_a_server_still_say_which_constraint_they_break(server: TestBackend) -> None:
    from sqlalchemy.exc import IntegrityError

    from model.store import schema
    from model.store.opening import open_database

    url = server.new_target("bundled")
    database = open_database(url)
    try:
        agenda = schema.table(schema.AgendaItem)
        first = query(url, "SELECT * FROM agenda_item ORDER BY pk LIMIT 1")[0]
        row = {c.name: v for c, v in zip(agenda.columns, first, strict=True)} | {"pk": 10**9}  # same place
        with pytest.raises(IntegrityError) as refused, database.transaction() as session:
            database.backend.insert_rows(session.connection(), agenda, [row])
        assert database.backend.violation(refused.value) == (
            "unique",
            ("agenda_item.meeting_id", "agenda_item.position"),
        )
    finally:
        database.close()


def test_a_copy_into_a_server_waits_for_an_import_there_saying_so_once(
    server: TestBackend, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import psycopg

    from model.cli import db_commands
    from model.store.postgresql_backend import WRITE_LOCK
    from tests import postgres

    source, target = server.new_target("bundled"), server.new_target("empty")
    importing = psycopg.connect(postgres.conninfo(target))  # another Summitry importing there holds the lock
    importing.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
    said: list[str] = []

    def err(text: str) -> None:
        said.append(text)
        importing.commit()  # the import ends once the copy has said it waits

    monkeypatch.setattr(db_commands, "err", err)
    try:
        code, out, _err = run(capsys, "", "db", "copy", source, target)
    finally:
        importing.close()
    assert code == 0 and out.startswith(f"Copied {source} to {target}: ")
    assert said == [f"Waiting for another import into {target} to finish…"]


def test_a_column_an_older_source_lacks_takes_the_schemas_default_in_the_copy(
    backend: TestBackend, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = backend.new_target("bundled")
    # As an archive from before citations had a basis (a column added with a default since).
    backend.run_sql(source, "ALTER TABLE citation DROP COLUMN basis")
    target = str(tmp_path / "copy.sqlite3")

    copy_archive(source, target, index=reindex.refill)

    assert query(target, "SELECT DISTINCT basis FROM citation") == [("source",)]
    assert query(target, "SELECT count(*) FROM citation") == query(source, "SELECT count(*) FROM citation")
