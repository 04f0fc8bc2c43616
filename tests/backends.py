"""The backend a test runs on (SQLite or PostgreSQL), and fresh databases on it: see ``backend`` in conftest."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any


class TestBackend:
    """The backend a test runs on, and fresh databases on it (all gone when the test ends)."""

    __test__ = False  # not a test class, whatever its name

    def __init__(self, name: str, folder: Path) -> None:
        self.name = name
        self.folder = folder
        self._made: list[str] = []
        self._numbers = itertools.count()

    @property
    def is_server(self) -> bool:
        return self.name == "postgresql"

    def new_target(self, kind: str = "none") -> str:
        """A new database's target: "none" holds nothing yet (a file not there, a database with no tables),
        "empty" is set up with no records, "bundled" holds the bundled dataset."""
        if self.is_server:
            from tests import postgres

            url = postgres.create(kind)
            self._made.append(url)
            return url
        path = str(self.folder / f"db{next(self._numbers)}.sqlite3")
        if kind != "none":
            from model.interchange import bundled
            from model.store.opening import open_database

            database = open_database(path)
            if kind == "bundled":
                bundled.ensure_bundled(database)
            database.close()
        return path

    def run_sql(self, target: str, *statements: str) -> list[tuple[Any, ...]]:
        """Run SQL on a database behind Summitry's back, foreign keys not enforced; the last one's rows."""
        if self.is_server:
            from tests import postgres

            return postgres.run_sql(target, *statements)
        import sqlite3

        con = sqlite3.connect(target)
        try:
            con.execute("PRAGMA foreign_keys = OFF")
            rows: list[tuple[Any, ...]] = []
            for statement in statements:
                rows = con.execute(statement).fetchall()
            con.commit()
            return rows
        finally:
            con.close()

    def drop_all(self) -> None:
        """Drop every server database this test made (once: later calls find none)."""
        from tests import postgres

        while self._made:
            postgres.drop(self._made.pop())
