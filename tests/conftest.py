"""Shared fixtures: a fresh database per test, never the user's real one."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: The suites of the reads (a record's view, the window's reads, briefs, the command line, CSV and ICS), run
#: both ways a read can go: as the app reads a SQLite file (SQL compiled ahead of time, on the sqlite3
#: driver), and through SQLAlchemy as on PostgreSQL (``Database.reader()`` gives a session; every statement
#: is built and compiled by SQLAlchemy). ``--reads frozen|sqlalchemy`` runs them one way only.
READ_SUITES = ("model/records", "model/reads", "model/report", "model/cli", "model/exports")
_TESTS = Path(__file__).parent


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--reads",
        choices=("both", "frozen", "sqlalchemy"),
        default="both",
        help="how the read suites read: frozen SQL on sqlite3, SQLAlchemy, or both (the default)",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    where = Path(str(metafunc.definition.path)).relative_to(_TESTS).as_posix()
    if "read_path" in metafunc.fixturenames and where.startswith(READ_SUITES):
        chosen = metafunc.config.getoption("--reads")
        metafunc.parametrize("read_path", ["frozen", "sqlalchemy"] if chosen == "both" else [chosen], indirect=True)


@pytest.fixture(autouse=True)
def read_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """How this test's reads go (see :data:`READ_SUITES`): "frozen", or "sqlalchemy" for the other way."""
    path = str(getattr(request, "param", "frozen"))
    if path == "sqlalchemy":
        from model.store import sqlrun
        from model.store.database import Database

        monkeypatch.setattr(sqlrun, "FROZEN", False)
        monkeypatch.setattr(Database, "reader", Database.session)
    return path


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from the real data directory and settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.delenv("SUMMITRY_DATABASE", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite3"


@pytest.fixture
def empty_db(db_path: Path) -> Iterator[object]:
    from model.store.opening import open_database

    database = open_database(str(db_path))
    yield database
    database.close()


@pytest.fixture
def bundled_db(db_path: Path) -> Iterator[object]:
    """A database with the bundled dataset loaded."""
    from model.interchange import bundled
    from model.store.opening import open_database

    database = open_database(str(db_path))
    bundled.ensure_bundled(database)
    yield database
    database.close()
