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

ROOT = Path(__file__).resolve().parents[1]
#: Folders whose tests run on both backends: what a team's shared archive must do as a file does.
BOTH_BACKENDS = (
    "tests/model/records",
    "tests/model/reads",
    "tests/model/interchange",
    "tests/model/exports",
    "tests/model/report",
    "tests/model/maintenance",
    "tests/model/cli",
)
BACKENDS = ("sqlite", "postgresql")
#: Why a test of search is not run on PostgreSQL yet.
NO_SEARCH_YET = (
    "search on PostgreSQL is not supported yet: its tsvector index and search SQL come with issue 14 item 3 "
    "(the test runs there once model.store.postgresql_backend's has_text_index is True)"
)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "both_backends: run this test on SQLite and on PostgreSQL")
    config.addinivalue_line("markers", "sqlite_only: a test about SQLite itself, in a folder run on both backends")
    config.addinivalue_line("markers", "search: uses full-text search (see NO_SEARCH_YET in tests/conftest.py)")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames or metafunc.definition.get_closest_marker("sqlite_only"):
        return
    where = Path(str(metafunc.definition.fspath)).resolve().relative_to(ROOT).as_posix()
    if where.startswith(BOTH_BACKENDS) or metafunc.definition.get_closest_marker("both_backends"):
        metafunc.parametrize("backend", BACKENDS, indirect=True)


def _backend(request: pytest.FixtureRequest, name: str, folder: Path) -> Iterator[TestBackend]:
    if name == "postgresql":
        from model.store.postgresql_backend import POSTGRESQL
        from tests import postgres

        if not postgres.server_url():
            if postgres.required():
                pytest.fail(postgres.HOW_TO + f" ({postgres.REQUIRE} is set: this run needs one)")
            pytest.skip(postgres.HOW_TO)
        if request.node.get_closest_marker("search") and not POSTGRESQL.has_text_index:
            pytest.skip(NO_SEARCH_YET)
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
