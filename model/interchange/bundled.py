"""The bundled dataset: loaded on first start, updated when a newer one ships."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

from model.store.database import Database
from model.store.sqlrun import Sql, rows

_DATASET_VERSION = Sql("dataset.version", "model.reads.queries_sql:dataset_version")

if TYPE_CHECKING:
    from model.interchange import importer

RESOURCE = "dataset.json"


def read_bundled() -> Any:
    from model.interchange import dataload

    raw = resources.files("resources").joinpath(RESOURCE).read_bytes()
    return dataload.parse_bytes(raw, f"bundled {RESOURCE}")


def bundled_identity() -> tuple[str, str]:
    """The bundled dataset's id and version, as :func:`bundled_version` reads them, for the check every start
    makes: the file parsed plainly (Python's C parser, ~1 ms), without the data-file checks a load makes."""
    import json

    try:
        return bundled_version(json.loads(resources.files("resources").joinpath(RESOURCE).read_bytes()))
    except (OSError, ValueError, KeyError, TypeError):  # unreadable or broken: read as a load does, which says so
        return bundled_version(read_bundled())


def bundled_version(data: Any) -> tuple[str, str]:
    meta = data["dataset"]
    return meta["id"], meta.get("version", "")


def ensure_bundled(db: Database, progress: importer.ProgressFn | None = None) -> importer.ImportReport | None:
    """Load the bundled dataset unless this database already has this version of it.

    Returns the import report, or None when nothing needed doing. The check that
    decides is one small query, so later starts cost almost nothing.
    """
    dataset_id, version = bundled_identity()
    with db.reader() as conn:
        found = rows(conn, _DATASET_VERSION, id=dataset_id)
    if found and found[0][0] == version:
        return None
    data = read_bundled()
    from model.interchange import importer  # the import machinery (and its schema validators) only when loading

    # Loaded into a new database, the dataset is where its records begin: no revisions. A newer one
    # changes records that may have a history already: each change is kept, as this Summitry's (the person
    # who happened to start it did not change them: "last changed by" must not name them).
    author = f"Summitry (bundled dataset {version})" if version else "Summitry (bundled dataset)"
    return importer.import_data(db, data, "bundled dataset", progress, history=bool(found), author=author)


@dataclass(frozen=True)
class DatasetInfo:
    id: str
    title: str
    version: str | None
    as_of: str | None
    description: str | None


def dataset_info(db: Database) -> list[DatasetInfo]:
    """The datasets loaded into this database (the bundled one first)."""
    from sqlalchemy import select

    from model.store import schema

    with db.session() as session:
        rows = session.execute(select(schema.Dataset).order_by(schema.Dataset.id)).scalars()
        return [DatasetInfo(r.id, r.title, r.version, r.as_of, r.description) for r in rows]
