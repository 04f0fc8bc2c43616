"""Shared fixtures: a fresh database per test, never the user's real one, on SQLite and on PostgreSQL.

A test that asks for ``backend`` (directly, or through ``db_target``, ``empty_db`` or ``bundled_db``) runs
once per backend when it lives in one of :data:`BOTH_BACKENDS`' folders (or is marked ``both_backends``),
and on SQLite only elsewhere (the store's file handling, the window). The PostgreSQL half needs a server
(:mod:`tests.postgres`): without one it is skipped saying how to get one, or fails where one is required (CI).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.backends import TestBackend

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_TESTS = Path(__file__).parent
#: Folders whose tests run on both backends: what a team's shared archive must do as a file does.
BOTH_BACKENDS = (
    "model/records",
    "model/reads",
    "model/interchange",
    "model/exports",
    "model/report",
    "model/maintenance",
    "model/cli",
    "model/edits",
)
#: The suites of the reads (a record's view, the window's reads, briefs, the command line, CSV and ICS), run
#: both ways a read can go, on each backend: as the app reads (SQL compiled ahead of time, on the sqlite3 or
#: psycopg driver: "frozen"), and through SQLAlchemy (``Database.reader()`` gives a session; every statement
#: is built and compiled by SQLAlchemy: "sqlalchemy"). ``--reads frozen|sqlalchemy`` runs them one way only.
READ_SUITES = ("model/records", "model/reads", "model/report", "model/cli", "model/exports")
BACKENDS = ("sqlite", "postgresql")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--reads",
        choices=("both", "frozen", "sqlalchemy"),
        default="both",
        help="how the read suites read: frozen SQL on the driver, SQLAlchemy, or both (the default)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "both_backends: run this test on SQLite and on PostgreSQL")
    config.addinivalue_line("markers", "sqlite_only: a test about SQLite itself, in a folder run on both backends")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    where = Path(str(metafunc.definition.path)).resolve().relative_to(_TESTS.resolve()).as_posix()
    both = (
        "backend" in metafunc.fixturenames
        and not metafunc.definition.get_closest_marker("sqlite_only")
        and (where.startswith(BOTH_BACKENDS) or metafunc.definition.get_closest_marker("both_backends") is not None)
    )
    reads = "read_path" in metafunc.fixturenames and where.startswith(READ_SUITES)
    chosen = metafunc.config.getoption("--reads")
    read_paths = ["frozen", "sqlalchemy"] if chosen == "both" else [chosen]
    if both and reads:
        combos = [(name, path) for name in BACKENDS for path in read_paths]
        ids = [f"{name}-{path}" for name, path in combos]
        metafunc.parametrize(("backend", "read_path"), combos, indirect=True, ids=ids)
    elif both:
        metafunc.parametrize("backend", BACKENDS, indirect=True)
    elif reads:
        metafunc.parametrize("read_path", read_paths, indirect=True)


@pytest.fixture(autouse=True)
def read_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """How this test's reads go (see :data:`READ_SUITES`): "frozen" (the app's way) or "sqlalchemy"."""
    path = str(getattr(request, "param", "frozen"))
    if path == "sqlalchemy":
        from model.store import sqlrun
        from model.store.database import Database

        monkeypatch.setattr(sqlrun, "FROZEN", False)
        monkeypatch.setattr(Database, "reader", Database.session)
    return path


def _backend(request: pytest.FixtureRequest, name: str, folder: Path) -> Iterator[TestBackend]:
    if name == "postgresql":
        from tests import postgres

        postgres.need_server()
    chosen = TestBackend(name, folder)
    yield chosen
    chosen.drop_all()


@pytest.fixture
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[TestBackend]:
    """The backend of this run of the test: "sqlite" unless parametrised (see pytest_generate_tests)."""
    yield from _backend(request, getattr(request, "param", "sqlite"), tmp_path)


@pytest.fixture
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[TestBackend]:
    """PostgreSQL, for a test of what only a server does (skipped, or failed in CI, without one)."""
    yield from _backend(request, "postgresql", tmp_path)


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
def db_target(request: pytest.FixtureRequest, backend: TestBackend, db_path: Path) -> str:
    """The test's database, where ``empty_db`` or ``bundled_db`` (whichever the test asks for) is: a file's path
    (not there yet when the test asks for neither), or a server database's URL (with no tables then)."""
    if not backend.is_server:
        return str(db_path)
    wanted = request.fixturenames
    return backend.new_target("bundled" if "bundled_db" in wanted else "empty" if "empty_db" in wanted else "none")


@pytest.fixture
def empty_db(db_target: str) -> Iterator[object]:
    from model.store.opening import open_database

    database = open_database(db_target)
    yield database
    database.close()


@pytest.fixture
def bundled_db(backend: TestBackend, db_target: str) -> Iterator[object]:
    """A database with the bundled dataset loaded."""
    from model.interchange import bundled
    from model.store.opening import open_database

    database = open_database(db_target)
    if not backend.is_server:  # a server's comes loaded from its template
        bundled.ensure_bundled(database)
    yield database
    database.close()
