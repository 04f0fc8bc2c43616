"""Regenerate :mod:`model.store.frozen_sql`: ``python -m model.store.freeze_sql`` (``--check`` only compares).

Compiles every declared :class:`model.store.sqlrun.Sql` for SQLite (``SQLITE``) and for PostgreSQL on psycopg
(``POSTGRESQL``, see :mod:`model.store.pgrun`). Run it after changing a statement; the test suite fails while the
file is out of date.
"""

from __future__ import annotations

import argparse
import importlib
import pprint
import sys
from pathlib import Path
from typing import Any

from model.store import pgrun, sqlrun

#: The modules that declare statements (importing them registers them).
MODULES = ("model.reads.queries", "model.records.read_views", "model.interchange.bundled", "model.search.choices")
TARGET = Path(__file__).with_name("frozen_sql.py")

HEADER = '''"""SQLite and psycopg text of every declared read statement (see model.store.sqlrun, model.store.pgrun).

Generated: do not edit.

Regenerate with ``python -m model.store.freeze_sql`` after changing a statement.
"""

from __future__ import annotations

from typing import Any

'''


def frozen() -> dict[str, tuple[str, tuple[str, ...], dict[str, Any]]]:
    """Every declared statement compiled for SQLite, by key."""
    _declare()
    return {key: sqlrun.compile_sqlite(sqlrun.REGISTRY[key].build()) for key in sorted(sqlrun.REGISTRY)}


def frozen_postgresql() -> dict[str, pgrun.Frozen]:
    """Every declared statement compiled for PostgreSQL on psycopg, by key."""
    _declare()
    return {key: pgrun.compile_postgresql(sqlrun.REGISTRY[key].build()) for key in sorted(sqlrun.REGISTRY)}


def _declare() -> None:
    for module in MODULES:
        importlib.import_module(module)


def render() -> str:
    sqlite = pprint.pformat(frozen(), width=120, sort_dicts=True)
    postgresql = pprint.pformat(frozen_postgresql(), width=120, sort_dicts=True)
    return (
        f"{HEADER}SQLITE: dict[str, tuple[str, tuple[str, ...], dict[str, Any]]] = {sqlite}\n\n"
        f"#: psycopg's text (pyformat placeholders), the literal parameters, and each expanding list's element cast.\n"
        f"POSTGRESQL: dict[str, tuple[str, dict[str, Any], dict[str, str]]] = {postgresql}\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="exit 1 when the file is out of date")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        if TARGET.read_text(encoding="utf-8") != text:
            print(f"{TARGET} is out of date: run python -m model.store.freeze_sql", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {len(sqlrun.REGISTRY)} statements to {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
