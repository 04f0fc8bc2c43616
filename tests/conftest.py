"""Shared fixtures: a fresh database per test, never the user's real one."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


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
