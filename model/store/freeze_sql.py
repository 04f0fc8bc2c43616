"""Regenerate :mod:`model.store.frozen_sql`: ``python -m model.store.freeze_sql`` (``--check`` only compares).

Compiles every declared :class:`model.store.sqlrun.Sql` for SQLite. Run it after changing a statement; the
test suite fails while the file is out of date.
"""

from __future__ import annotations

import argparse
import importlib
import pprint
import sys
from pathlib import Path
from typing import Any

from model.store import sqlrun

#: The modules that declare statements (importing them registers them).
MODULES = ("model.reads.queries", "model.records.read_views", "model.interchange.bundled", "model.search.choices")
TARGET = Path(__file__).with_name("frozen_sql.py")

HEADER = '''"""SQLite text of every declared read statement (see model.store.sqlrun). Generated: do not edit.

Regenerate with ``python -m model.store.freeze_sql`` after changing a statement.
"""

from __future__ import annotations

from typing import Any

SQLITE: dict[str, tuple[str, tuple[str, ...], dict[str, Any]]] = '''


def frozen() -> dict[str, tuple[str, tuple[str, ...], dict[str, Any]]]:
    """Every declared statement compiled for SQLite, by key."""
    for module in MODULES:
        importlib.import_module(module)
    return {key: sqlrun.compile_sqlite(sqlrun.REGISTRY[key].build()) for key in sorted(sqlrun.REGISTRY)}


def render() -> str:
    return HEADER + pprint.pformat(frozen(), width=120, sort_dicts=True) + "\n"


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
