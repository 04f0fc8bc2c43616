"""What the schema is, without SQLAlchemy: its version, the file's mark, the record types.

:mod:`model.store.schema` defines the tables; opening a database and reading it on the first screen need only
these facts, and must not wait for SQLAlchemy to import (see :mod:`model.store.sqlrun`).
"""

from __future__ import annotations

#: Bumped whenever the schema changes; stored in ``PRAGMA user_version``.
SCHEMA_VERSION = 1
#: ``PRAGMA application_id`` marking a file as a Summitry database ("SUMM").
APPLICATION_ID = 0x53554D4D

RECORD_TYPES = ("forum", "meeting", "process", "round", "outcome", "country", "topic", "source")
#: Record types that search results and the tree show.
SEARCHABLE_TYPES = ("forum", "meeting", "process", "round", "outcome")

#: The full-text index (SQLite FTS5): one row per searchable record, rowid = ``record.rowid``, holding its
#: title and body (see :mod:`model.search.textindex`, which prepares what goes in and what is looked for).
FTS_TABLE = "record_fts"
#: How the index splits text into words: English stems, diacritics ignored.
FTS_TOKENIZER = "porter unicode61 remove_diacritics 2"
