"""The search suites' corpora, on either backend: the bundled dataset plus fixture files, loaded once a module."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from model.interchange import importer
from model.store.database import Database

FIXTURES = Path(__file__).parents[1] / "fixtures"
#: The backends a search suite runs on (the ``corpus`` fixtures' params): the same queries, the same results.
BACKENDS = ("sqlite", "postgresql")
#: The search fixture (words, scripts, fields) and the Russian one (issue 17's forms and acronyms).
ENGLISH = (FIXTURES / "search_corpus.json",)
RUSSIAN = (*ENGLISH, FIXTURES / "search_corpus_ru.json")


def without_names(value: Any) -> Any:
    """Data with every record's names in other languages left out."""
    if isinstance(value, dict):
        return {k: without_names(v) for k, v in value.items() if k != "names"}
    if isinstance(value, list):
        return [without_names(v) for v in value]
    return value


def corpus(backend: str, folder: Path, *files: Path, names: bool = True) -> Iterator[Database]:
    """An archive on ``backend`` holding the bundled dataset and ``files``, imported as a person would; dropped
    (a server's database) when the module's tests are done. Skipped, saying why, without a server.

    ``names=False`` leaves the bundled records' names in other languages out, for suites about word forms
    whose expected results must not depend on what the bundled names happen to say."""
    from model.interchange import bundled
    from model.store.opening import open_database
    from tests import postgres

    url = None
    if backend == "postgresql":
        postgres.need_server()
        url = postgres.create("bundled" if names else "none")
        database = open_database(url)
    else:
        database = open_database(str(folder / "corpus.sqlite3"))
        if names:
            bundled.ensure_bundled(database)
    if not names:
        importer.import_data(database, without_names(bundled.read_bundled()), "bundled dataset")
    try:
        for path in files:
            importer.import_file(database, path)
        yield database
    finally:
        database.close()
        if url is not None:
            postgres.drop(url)
