"""A server archive opened the everyday way: checked and read straight on psycopg, SQLAlchemy loaded only when
something needs it (model.store.server_reads)."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from typing import Any

import pytest

from model.reads import queries
from model.store import pgrun
from model.store.faults import DatabaseOpenError
from model.store.opening import open_database
from tests import postgres
from tests.backends import TestBackend
from tests.model.datafiles import run
from tests.postgres import admin, run_sql


def test_opening_a_server_archive_and_reading_it_does_not_import_sqlalchemy(server: TestBackend) -> None:
    """The tree, a record's view and a search: what the first screen of a server archive shows."""
    url = server.new_target("bundled")
    code = (
        "import sys; from model.reads import queries; from model.records import read_views; "
        "from model.search import engine; from model.store.opening import open_database; "
        f"d = open_database({url!r}); action = d.reader(); r = action.__enter__(); "
        "print(len(queries.children(r, None, 0, 50)), queries.default_process(r), "
        "read_views.view_of(r, 'arf-23').title.replace(' ', '_'), engine.search(d, 'vientiane').total, "
        "type(r).__name__, 'sqlalchemy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=".")
    rows, process, title, found, reader, loaded = out.stdout.split()
    assert int(rows) >= 5 and process == queries.DEFAULT_PROCESS and title == "23rd_ASEAN_Regional_Forum"
    assert int(found) > 0 and reader == "PgConnection"
    assert loaded == "False", "opening and reading a server archive imported SQLAlchemy"


def test_each_read_action_is_one_read_only_snapshot_on_the_threads_own_connection(server: TestBackend) -> None:
    database = open_database(server.new_target("bundled"))
    try:
        with database.reader() as conn:
            assert isinstance(conn, pgrun.PgConnection)
            assert conn.text("SHOW transaction_isolation") == [("repeatable read",)]
            assert conn.text("SHOW transaction_read_only") == [("on",)]
            with database.reader() as nested:
                assert nested is conn  # one snapshot for the whole action
            before = queries.record_counts(conn).by_type["meeting"]
            name = str(conn.raw.info.dbname)
            run_sql(database.target, "DELETE FROM record WHERE id = 'arf-23'")  # another client, meanwhile
            assert queries.record_counts(conn).by_type["meeting"] == before  # not in this snapshot
        with database.reader() as conn:  # the next action sees it
            assert queries.record_counts(conn).by_type["meeting"] == before - 1
            assert conn.text("SELECT application_name FROM pg_stat_activity WHERE pid = pg_backend_pid()") == [
                ("Summitry",)
            ]
            elsewhere = _on_a_thread(lambda: _backend_pid(database))
            assert elsewhere != _backend_pid(database), "a read beside this one has a connection of its own"
        pids = {_on_a_thread(lambda: _backend_pid(database)) for _ in range(12)}  # short-lived threads, one by one
        assert len(pids) == 1, "a connection is kept for the next read, whichever thread makes it"
        with pytest.raises(DatabaseOpenError) as refused, database.reader() as conn:
            conn.text("DELETE FROM note")
        assert refused.value.reason == "read-only"
        assert name
    finally:
        database.close()
    with admin() as other:  # a server process ends a moment after its connection is closed: wait for that
        deadline = time.monotonic() + 10.0
        while True:
            left = other.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND application_name = 'Summitry'", (name,)
            ).fetchone()
            if left == (0,) or time.monotonic() > deadline:
                break
            time.sleep(0.05)
    assert left == (0,), "closing the database closes its connections"


def _on_a_thread(work: Any) -> Any:
    found: list[Any] = []
    thread = threading.Thread(target=lambda: found.append(work()))
    thread.start()
    thread.join()
    return found[0]


def _backend_pid(database: Any) -> int:
    with database.reader() as conn:
        return int(conn.text("SELECT pg_backend_pid()")[0][0])


def test_a_reader_without_the_right_to_write_opens_read_only_on_psycopg(
    server: TestBackend, capsys: pytest.CaptureFixture[str]
) -> None:
    url = server.new_target("bundled")
    with postgres.analysts(server, "carol") as people:
        code, _out, err = run(capsys, url, "db", "grant", "--reader", people["carol"].user)
        assert code == 0, err
        database = open_database(people["carol"].url(url))
        _reads_only(database)


def _reads_only(database: Any) -> None:
    try:
        assert not database.can_write and database.write_refusal is not None
        assert database.write_refusal.reason == "read-only"
        with database.reader() as conn:
            assert isinstance(conn, pgrun.PgConnection)
            assert queries.record_counts(conn).by_type["meeting"] > 0
        assert database.engine.get_execution_options().get("postgresql_readonly") is True
    finally:
        database.close()


def test_a_server_gone_in_the_middle_of_a_read_action_is_said_in_words(server: TestBackend) -> None:
    """The connection breaks under a statement, with no word from the server (no SQLSTATE): as through
    SQLAlchemy, the connection was lost; the next action, the server still gone, cannot reach it."""
    from sqlalchemy.engine import make_url

    from tests.tcp_relay import tcp_relay

    parts = make_url(server.new_target("bundled"))
    relay = tcp_relay(str(parts.query["host"]))
    port = relay.__enter__()
    remote = parts.set(host="127.0.0.1", port=port, query={}).render_as_string(hide_password=False)
    database = open_database(remote)
    try:
        with pytest.raises(DatabaseOpenError) as lost, database.reader() as conn:
            assert queries.record_counts(conn).by_type["meeting"] > 0  # the action has begun, on its connection
            relay.__exit__(None, None, None)  # the server is gone: its connections break
            queries.record_counts(conn)
        assert lost.value.reason == "connection-lost", lost.value
        assert "was lost" in lost.value.message
        with pytest.raises(DatabaseOpenError) as gone, database.reader() as conn:
            queries.record_counts(conn)
        assert gone.value.reason == "unreachable", gone.value
    finally:
        relay.__exit__(None, None, None)
        database.close()
