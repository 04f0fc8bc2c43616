"""A server that cannot be reached, refuses a login or a database, forbids, or drops the connection mid-action:
each its own plain words, never the advice to restore a damaged file, and never the password, anywhere."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from model.cli import commands
from model.reads import queries
from model.store.faults import DatabaseOpenError
from model.store.opening import open_database
from tests.backends import TestBackend
from tests.model.datafiles import run
from tests.postgres import Login, admin, grant, nowhere_holds, password_login


@pytest.fixture
def login(server: TestBackend) -> Iterator[Login]:
    with password_login(server) as made:
        yield made


def test_a_wrong_password(server: TestBackend, login: Login, capsys: pytest.CaptureFixture[str]) -> None:
    url = server.new_target("bundled")
    grant(url, login.user, tables=True)
    wrong = login.url(url, password="Wrong-" + login.password)
    code, out, err = run(capsys, wrong, "show", "arf-23")
    assert (code, out) == (1, "")
    shown = make_url(url).set(username=login.user).render_as_string(hide_password=False)
    assert err.splitlines() == [
        f"The server of {shown} refused the user name or password for '{login.user}'.",
        "Check the user name and password (in the URL, ~/.pgpass or the service file), then try again.",
    ]
    assert "damaged" not in err
    nowhere_holds(login.password, Path(os.environ["HOME"]), out, err)


def test_no_password_where_the_server_asks_for_one(
    server: TestBackend, login: Login, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = server.new_target("bundled")
    monkeypatch.delenv("PGPASSWORD", raising=False)
    bare = make_url(url).set(username=login.user).render_as_string(hide_password=False)
    code, _out, err = run(capsys, bare, "show", "arf-23")
    assert code == 1 and err.splitlines()[0] == f"The server of {bare} asks for a password for user '{login.user}'."
    assert "~/.pgpass" in err and "damaged" not in err


def test_the_password_from_pgpass_or_a_service_file_is_used_and_never_shown(
    server: TestBackend, login: Login, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    url = server.new_target("bundled")
    grant(url, login.user, tables=True)
    parts = make_url(url)
    host, name = str(parts.query["host"]), str(parts.database)
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"*:*:{name}:{login.user}:{login.password}\n", encoding="utf-8")
    pgpass.chmod(0o600)
    services = tmp_path / "services.conf"
    services.write_text(f"[team]\nhost={host}\ndbname={name}\nuser={login.user}\n", encoding="utf-8")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("PGPASSFILE", str(pgpass))
        env.setenv("PGSERVICEFILE", str(services))
        for target in (parts.set(username=login.user).render_as_string(), "postgresql+psycopg:///?service=team"):
            code, out, err = run(capsys, target, "show", "arf-23")
            assert code == 0 and out.startswith("23rd ASEAN Regional Forum"), err
        env.setenv("PGSERVICE", "team")  # libpq's own variable names the service
        code, out, err = run(capsys, "postgresql+psycopg://", "show", "arf-23")
        assert code == 0 and out.startswith("23rd ASEAN Regional Forum"), err
    with_password = login.url(url)
    code, out, err = run(capsys, with_password, "db", "path")
    assert (code, out.strip()) == (0, parts.set(username=login.user).render_as_string())
    nowhere_holds(login.password, Path(os.environ["HOME"]), out, err)


def test_an_unknown_database(server: TestBackend, login: Login, capsys: pytest.CaptureFixture[str]) -> None:
    url = server.new_target("none")
    missing = login.url(make_url(url).set(database="summitry_no_such_database").render_as_string(False))
    code, _out, err = run(capsys, missing, "show", "arf-23")
    shown = make_url(url).set(username=login.user, database="summitry_no_such_database").render_as_string()
    assert code == 1 and err.splitlines() == [
        f"The server of {shown} has no such database.",
        "Check the database's name, or ask the server's administrator to create it (createdb).",
    ]
    nowhere_holds(login.password, Path(os.environ["HOME"]), err)


def test_no_permission_on_the_archive(server: TestBackend, login: Login, capsys: pytest.CaptureFixture[str]) -> None:
    url = server.new_target("bundled")
    grant(url, login.user, tables=False)  # may connect, may not read the tables
    code, _out, err = run(capsys, login.url(url), "show", "arf-23")
    shown = make_url(url).set(username=login.user).render_as_string()
    assert code == 1 and err.splitlines() == [
        f"{shown}: this login has no permission to open this archive.",
        "Ask the archive's owner (or the server's administrator) for access.",
    ]
    nowhere_holds(login.password, Path(os.environ["HOME"]), err)


def test_a_server_that_is_not_running(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    nowhere = f"postgresql+psycopg://analyst:Pw-secret@/archive?host={tmp_path}"  # no server listens there
    code, out, err = run(capsys, nowhere, "show", "arf-23")
    shown = f"postgresql+psycopg://analyst@/archive?host={tmp_path}"
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        f"Cannot reach the database server of {shown}: it is not running, or not at that address.",
        "Check the server's address (and that it is running), then try again.",
    ]
    nowhere_holds("Pw-secret", Path(os.environ["HOME"]), out, err)


def test_the_connection_lost_mid_action(server: TestBackend) -> None:
    database = open_database(server.new_target("bundled"))
    name = make_url(database.target).database
    try:
        with pytest.raises(DatabaseOpenError) as lost, database.reader() as conn:
            assert queries.record_counts(conn).by_type["meeting"] > 0  # the action has begun, on its connection
            with admin() as other:  # the server ends that connection (a restart, an administrator)
                other.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,))
            queries.record_counts(conn)
        assert lost.value.reason == "connection-lost"
        assert "was lost" in lost.value.message and "damaged" not in str(lost.value)
        assert database.damage is None, "nothing to restore"
        with database.reader() as conn:  # the next action connects again
            assert queries.record_counts(conn).by_type["meeting"] > 0
    finally:
        database.close()


def test_an_unexpected_error_leaves_no_password_in_the_crash_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from gui import cli

    def fails(*_args: object) -> int:
        raise RuntimeError("something no one expected")

    monkeypatch.setitem(commands.HANDLERS, "show", fails)
    url = f"postgresql+psycopg://analyst:Pw-in-argv@/archive?host={tmp_path}&password=Pw-in-query"
    monkeypatch.setattr("sys.argv", ["summitry", "--database", url, "show", "arf-23"])
    assert cli.main(["--database", url, "show", "arf-23"]) == 70
    err = capsys.readouterr().err
    reports = list(Path(os.environ["HOME"]).rglob("crash.log"))
    assert reports and "the command --database postgresql+psycopg://analyst@/archive" in reports[0].read_text()
    for secret in ("Pw-in-argv", "Pw-in-query"):
        nowhere_holds(secret, Path(os.environ["HOME"]), err)
