"""Schema migrations, written once for SQLite and PostgreSQL with Alembic's operations.

Each step is a module here named ``vNNNN_what.py`` (``v0002_add_notes.py``) that takes an archive from
version N-1 to N: it sets ``version = N`` and defines ``upgrade()`` with Alembic's ``op`` (``op.add_column``,
and ``op.batch_alter_table`` where SQLite must rebuild a table to change it), plus its entries in
:data:`model.store.schema_facts.SCHEMA_RELEASES` (and :data:`~model.store.schema_facts.BREAKS_READS` when an
older Summitry can no longer read the result). A new database is not migrated: it is created whole from the
schema (:mod:`model.store.schema`) at the newest version, and a test checks that migrating an old one gives
the same schema (``alembic.autogenerate.compare_metadata``).

Alembic's own version table and command line are not used: an archive's version lives in the marks the
issue gave it (``PRAGMA user_version`` in a file, the marker table on a server), one fact in one place,
and the steps run inside the caller's transaction (all of them, or none). Alembic is imported only here,
and only when an archive needs upgrading: never on the way to the first screen.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from types import ModuleType
from typing import TYPE_CHECKING

from model.store.upgrades import INDEX_ENTRIES

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from model.store.upgrades import IndexEntries

_STEP = re.compile(r"v(\d{4})_\w+\Z")


def steps(package: str = __name__) -> dict[int, ModuleType]:
    """Every migration step in ``package``, by the version it takes an archive to."""
    found: dict[int, ModuleType] = {}
    for info in pkgutil.iter_modules(importlib.import_module(package).__path__):
        if _STEP.match(info.name):
            module = importlib.import_module(f"{package}.{info.name}")
            found[int(module.version)] = module
    return found


def upgrade(
    conn: Connection,
    from_version: int,
    to_version: int,
    package: str = __name__,
    *,
    index_entries: IndexEntries | None = None,
) -> list[int]:
    """Run the steps from ``from_version`` to ``to_version`` on ``conn``, in its transaction; the versions run.

    ``index_entries`` reads the records' index text, for a step that builds a search index from the records
    (:func:`model.store.upgrades.build_search_index`); the store cannot make it alone.

    Raises:
        LookupError: when a step in between is missing (a bug in this Summitry: nothing is changed).
    """
    available = steps(package)
    wanted = list(range(from_version + 1, to_version + 1))
    missing = [v for v in wanted if v not in available]
    if missing:
        raise LookupError(f"no migration to schema version {missing[0]} in {package}")
    if not wanted:
        return []
    from alembic.operations import Operations
    from alembic.runtime.migration import MigrationContext

    if index_entries is not None:
        conn.info[INDEX_ENTRIES] = index_entries
    context = MigrationContext.configure(conn)
    with Operations.context(context):
        try:
            for version in wanted:
                available[version].upgrade()
        finally:
            conn.info.pop(INDEX_ENTRIES, None)
    return wanted
