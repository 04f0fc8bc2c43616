"""After ``db copy`` (or ``db restore``) onto a server, the server's statistics of the archive are up to date at once:
its first readers do not wait for autovacuum to plan their reads well. Nothing else in the database is touched."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import pytest

from tests.backends import TestBackend
from tests.model.datafiles import query, run

#: A table of the database's administrator, beside the archive: not Summitry's to vacuum or analyze.
THEIRS = "dba_audit"
_STATISTICS = "SELECT relname, last_vacuum IS NOT NULL, last_analyze IS NOT NULL FROM pg_stat_user_tables ORDER BY 1"


def _kept_up(target: str) -> dict[str, tuple[bool, bool]]:
    """Per table of the database: whether it has been vacuumed and analyzed by hand (not by autovacuum)."""
    return {name: (vacuumed, analyzed) for name, vacuumed, analyzed in query(target, _STATISTICS)}


def _file_with_the_bundled_data(tmp_path: Path) -> str:
    return TestBackend("sqlite", tmp_path).new_target("bundled")


def _with_a_table_of_theirs(server: TestBackend) -> str:
    """A server database set up by Summitry, holding no records yet, where its administrator keeps a table too."""
    target = server.new_target("empty")
    server.run_sql(
        target, f"CREATE TABLE {THEIRS} (at timestamptz, what text)", f"INSERT INTO {THEIRS} VALUES (now(), '')"
    )
    return target


def test_a_copy_onto_a_server_updates_the_statistics_of_the_archive_and_of_nothing_else(
    server: TestBackend, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _file_with_the_bundled_data(tmp_path)
    target = _with_a_table_of_theirs(server)
    assert not any(v or a for v, a in _kept_up(target).values())

    code, out, err = run(capsys, "", "db", "copy", source, target)

    assert code == 0, err
    assert out.startswith(f"Copied {source} to {target}: ") and err == ""
    kept = _kept_up(target)
    assert kept.pop(THEIRS) == (False, False)
    assert {"record", "record_fts", "citation", "store_identity", "summitry_archive"} <= set(kept)
    assert {name for name, done in kept.items() if done != (True, True)} == set()
    # The planner knows how many records there are (ANALYZE counts a small table's rows exactly).
    records = query(target, "SELECT count(*) FROM record")[0][0]
    assert query(target, "SELECT reltuples FROM pg_class WHERE relname = 'record'") == [(records,)]


def test_a_restore_onto_a_server_updates_the_statistics_of_the_archive(
    server: TestBackend, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = server.new_target("bundled")
    backup = tmp_path / "kept.sqlite3"
    code, _out, err = run(capsys, url, "db", "backup", str(backup))
    assert code == 0, err
    assert not any(v or a for v, a in _kept_up(url).values())

    code, out, err = run(capsys, url, "db", "restore", str(backup))

    assert code == 0, err
    assert out.startswith(f"Restored {url} from {backup}.") and "Note:" not in err
    assert {name for name, done in _kept_up(url).items() if done != (True, True)} == set()


def test_a_long_copy_onto_a_server_says_it_updates_the_servers_statistics_on_a_terminal(
    server: TestBackend, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from model.cli.output import RowsProgress

    monkeypatch.setattr(RowsProgress, "SHOWN_FROM", 1)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    source = _file_with_the_bundled_data(tmp_path)
    target = server.new_target("empty")

    code, _out, err = run(capsys, "", "db", "copy", source, target)

    assert code == 0
    lines = err.split("\n")
    # Then the search index is made (two lines) and the references checked.
    assert lines[-6].split("\r")[-1].startswith(f"{source} → {target}: 100% (")
    assert lines[-2:] == [f"{target}: updating the server's statistics…", ""]


def test_a_copy_whose_server_cannot_update_its_statistics_stands_and_says_so_in_one_note(
    server: TestBackend, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server goes away right after the copy has committed, before its statistics are updated."""
    from sqlalchemy.engine import make_url

    from model.cli import db_commands
    from model.cli.output import RowsProgress
    from model.store.location import display_target
    from tests.tcp_relay import tcp_relay

    source = _file_with_the_bundled_data(tmp_path)
    target = server.new_target("empty")
    parts = make_url(target)
    with contextlib.ExitStack() as relay:
        port = relay.enter_context(tcp_relay(str(parts.query["host"])))
        remote = parts.set(host="127.0.0.1", port=port, query={}).render_as_string(hide_password=False)

        class ServerGoneAfterTheCopy(RowsProgress):
            def __call__(self, what: str, done: int, total: int) -> None:
                # The copy is committed, the statistics are next: the server goes away.
                if what.endswith("updating the server's statistics…"):
                    relay.close()
                super().__call__(what, done, total)

        monkeypatch.setattr(db_commands, "RowsProgress", ServerGoneAfterTheCopy)
        code, out, err = run(capsys, "", "db", "copy", source, remote)

    shown = display_target(remote)
    assert out.startswith(f"Copied {source} to {shown}: ")
    note, *rest = err.splitlines()
    assert note == (
        f"Note: the archive is in place; {shown} could not update its statistics now, so its first opens and "
        "searches may be slower until the server's autovacuum has done so."
    )
    assert rest[0].startswith("Cannot reach the database server of")  # the check of the copy, which follows
    assert code == 1
    assert query(target, "SELECT count(*) FROM record") == query(source, "SELECT count(*) FROM record")
    assert not any(v or a for v, a in _kept_up(target).values())


def test_a_user_who_may_not_vacuum_the_archive_leaves_its_statistics_to_the_server_without_an_error(
    server: TestBackend,
) -> None:
    """Only a table's owner (or the database's) may vacuum it: the server skips the others with a warning,
    which is not an error, so what a copy wrote stands (in practice a copy is its owner's: it remakes the
    search index, which only the owner may)."""
    from sqlalchemy import create_engine

    from model.store.copy_source import archive_tables
    from model.store.postgresql_backend import POSTGRESQL
    from tests import postgres

    url = server.new_target("bundled")
    with postgres.analysts(server, "bob") as people:
        postgres.grant(url, people["bob"].user, tables=True)
        engine = create_engine(people["bob"].url(url))
        try:
            with engine.connect() as conn:
                outside = conn.execution_options(isolation_level="AUTOCOMMIT")
                POSTGRESQL.refresh_statistics(outside, [t.name for t in archive_tables()])
        finally:
            engine.dispose()
        assert not any(v or a for v, a in _kept_up(url).values())
