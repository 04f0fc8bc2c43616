"""An archive on a PostgreSQL server: recognised by its marker, set up when empty, refused when another
application's, and upgraded only by ``summitry db upgrade``, after which an older Summitry only reads it."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from model import __version__
from model.store import schema, schema_facts
from model.store.backup import verify
from model.store.faults import DatabaseOpenError
from model.store.location import data_dir
from model.store.opening import open_database
from model.store.postgresql_backend import MARKER_TABLE
from tests.backends import TestBackend
from tests.model.datafiles import run, small, write
from tests.model.store.newer_schema import NEWER_RELEASE, pretend_newer
from tests.postgres import run_sql


def _marker(url: str) -> list[tuple[object, ...]]:
    return run_sql(url, f"SELECT application, schema_version, needs_summitry, readable_from FROM {MARKER_TABLE}")


def _tables(url: str) -> list[str]:
    return [r[0] for r in run_sql(url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")]


def test_an_empty_database_is_set_up_and_marked_once(server: TestBackend) -> None:
    url = server.new_target("none")
    open_database(url).close()
    version = schema_facts.SCHEMA_VERSION
    assert _marker(url) == [
        ("Summitry", version, schema_facts.SCHEMA_RELEASES[version], schema_facts.readable_from(version))
    ]
    tables = _tables(url)
    assert set(schema.Base.metadata.tables) | {MARKER_TABLE, schema_facts.FTS_TABLE} == set(tables)
    run_sql(url, "INSERT INTO saved_search VALUES ('kept', 'forum:ARF', 'now')")
    open_database(url).close()  # opened again: nothing is set up a second time
    assert _tables(url) == tables and run_sql(url, "SELECT name FROM saved_search") == [("kept",)]


def test_two_summitrys_meeting_one_empty_database_set_it_up_once(server: TestBackend) -> None:
    url = server.new_target("none")
    start = threading.Barrier(4)
    failures: list[BaseException] = []

    def open_it() -> None:
        start.wait()
        try:
            open_database(url).close()
        except BaseException as exc:  # reported below, in the test's thread
            failures.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    assert len(_marker(url)) == 1


def test_a_database_of_another_application_is_refused_and_left_unchanged(
    server: TestBackend, capsys: pytest.CaptureFixture[str]
) -> None:
    url = server.new_target("none")
    run_sql(url, "CREATE TABLE invoices (id integer PRIMARY KEY, amount numeric)", "INSERT INTO invoices VALUES (1, 9)")
    code, out, err = run(capsys, url, "show", "arf-23")
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        f"{url} holds tables of another application (1) and is not a Summitry archive.",
        "Summitry leaves it unchanged. Choose an empty database, or a Summitry archive.",
    ]
    assert _tables(url) == ["invoices"] and run_sql(url, "SELECT * FROM invoices") == [(1, 9)]
    with pytest.raises(DatabaseOpenError) as refused:
        open_database(url, readonly=True)
    assert refused.value.reason == "foreign"


def test_an_older_archive_is_read_only_until_db_upgrade_and_then_older_summitry_only_reads_it(
    server: TestBackend, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = server.new_target("bundled")
    mine = write(tmp_path / "mine.json", small())
    old = schema_facts.SCHEMA_VERSION
    with pytest.MonkeyPatch.context() as newer_summitry:
        newer = pretend_newer(newer_summitry)

        # A newer Summitry reads the older archive, and never upgrades it by itself.
        database = open_database(url)
        assert database.readonly and database.readonly_reason is not None
        assert f"is at database version {old} and this Summitry writes version {newer}" in database.readonly_reason
        database.close()
        code, out, err = run(capsys, url, "show", "arf-23")
        assert code == 0 and out.startswith("23rd ASEAN Regional Forum")
        assert err.startswith("Note: ") and "'summitry db upgrade'" in err
        code, out, err = run(capsys, url, "import", str(mine))
        assert code == 1 and "nothing was imported" in err and "'summitry db upgrade'" in err
        assert _marker(url)[0][1] == old and "note" not in _columns(url, "saved_search")

        # Its owner upgrades it, after a verified backup of it as it was (a SQLite snapshot, in the upgrade's
        # transaction), which holds the archive as it was.
        code, out, err = run(capsys, url, "db", "upgrade")
        head, _, kept = out.strip().partition(" The archive as it was is backed up, verified, at ")
        assert (code, head) == (0, f"{url} upgraded from database version {old} to {newer}."), err
        backup_file = Path(kept.rstrip("."))
        assert backup_file.parent == data_dir() / "backups" and "before-upgrade-v" in backup_file.name
        verify(backup_file)
        code, shown, err = run(capsys, str(backup_file), "show", "arf-23")
        assert code == 0 and shown.startswith("23rd ASEAN Regional Forum"), err
        assert _marker(url) == [("Summitry", newer, NEWER_RELEASE, schema_facts.readable_from(old))]
        assert "note" in _columns(url, "saved_search") and "upgrade_note" in _tables(url)
        code, out, err = run(capsys, url, "import", str(mine))
        assert code == 0, err
        code, out, _err = run(capsys, url, "db", "upgrade")
        assert (code, out.strip()) == (0, f"{url} is at database version {newer} already: nothing to upgrade.")

    # This Summitry is now the older one: it reads the archive and refuses to change it.
    database = open_database(url)
    assert database.readonly
    database.close()
    code, out, err = run(capsys, url, "show", "ex-meeting")
    assert code == 0 and out.startswith("First Example Meeting")
    code, out, err = run(capsys, url, "import", str(write(tmp_path / "more.json", {**small(), "meetings": []})))
    assert code == 1
    assert f"This archive needs Summitry {NEWER_RELEASE} or newer to change it" in err
    assert f"this is Summitry {__version__}" in err
    code, _out, err = run(capsys, url, "db", "upgrade")
    assert code == 1 and f"newer than this Summitry's {old}" in err


def test_an_archive_an_older_summitry_cannot_read_is_refused_by_it(server: TestBackend) -> None:
    url = server.new_target("bundled")
    with pytest.MonkeyPatch.context() as newer_summitry:
        pretend_newer(newer_summitry, breaks_reads=True)
        from model.store.opening import upgrade_database

        upgrade_database(url)
    with pytest.raises(DatabaseOpenError) as refused:
        open_database(url)
    assert refused.value.reason == "too-new"
    assert f"needs Summitry {NEWER_RELEASE} or newer" in refused.value.message
    assert "has not been changed" in refused.value.advice


def _columns(url: str, table: str) -> list[str]:
    return [
        r[0] for r in run_sql(url, f"SELECT column_name FROM information_schema.columns WHERE table_name = '{table}'")
    ]


@pytest.mark.both_backends
def test_the_schema_a_database_gets_is_the_models_as_alembic_compares_them(backend: TestBackend) -> None:
    """What migrations are checked against: a new database's tables, columns, keys and indexes are the
    models', with nothing to migrate (Alembic's own comparison, as autogenerate runs it)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    database = open_database(backend.new_target("empty"))

    def ours(obj: object, name: str | None, kind: str, _reflected: bool, _compare_to: object) -> bool:
        # The search index's tables (FTS5's) and the server's marker are the backend's, not the models'.
        return not (kind == "table" and name is not None and (name.startswith("record_fts") or name == MARKER_TABLE))

    try:
        with database.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": ours})
            differences = compare_metadata(context, schema.Base.metadata)
    finally:
        database.close()
    if not backend.is_server:  # SQLite's INTEGER PRIMARY KEY is its identity (the rowid): nothing to declare
        differences = [d for d in differences if not (isinstance(d, list) and d[0][0] == "modify_default")]
    assert differences == []


def test_db_upgrade_builds_the_search_index_of_an_archive_from_before_it(
    server: TestBackend, capsys: pytest.CaptureFixture[str]
) -> None:
    """A server archive at version 5 had no search index: this Summitry reads it (search says what to do), and
    ``db upgrade`` builds the index from its records, so search finds what it finds in an archive made new."""
    from model.maintenance import check
    from model.search import engine

    url = server.new_target("bundled")
    database = open_database(url)
    queries = ("security", "АРФ", "forum:ARF security", '"regional forum"', "consult*")
    expected = {q: [h.id for h in engine.search(database, q, limit=500).hits] for q in queries}
    database.close()
    assert all(expected.values())
    before = schema_facts.SERVER_INDEX_SINCE - 1
    run_sql(url, f"DROP TABLE {schema_facts.FTS_TABLE}", f"UPDATE {MARKER_TABLE} SET schema_version = {before}")

    database = open_database(url)
    try:
        assert database.readonly
        result = engine.search(database, "security")
        assert result.hits == () and "'summitry db upgrade'" in result.hints[0]
    finally:
        database.close()
    code, out, err = run(capsys, url, "search", "security")
    assert "'summitry db upgrade'" in out + err
    code, out, _err = run(capsys, url, "db", "check")
    assert code == 0 and "no problems found" in out
    assert "not checked: the search index: This archive has no search index yet" in out

    code, out, err = run(capsys, url, "db", "upgrade")
    head, _, kept = out.strip().partition(" The archive as it was is backed up, verified, at ")
    assert (code, head) == (0, f"{url} upgraded from database version {before} to {schema_facts.SCHEMA_VERSION}."), err
    assert Path(kept.rstrip(".")).is_file()
    assert _marker(url)[0][1] == schema_facts.SCHEMA_VERSION
    database = open_database(url)
    try:
        assert not database.readonly
        assert {q: [h.id for h in engine.search(database, q, limit=500).hits] for q in queries} == expected
        assert check.check_database(database) == []
    finally:
        database.close()
