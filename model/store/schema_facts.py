"""What the schema is, without SQLAlchemy: its version, the file's mark, the record types.

:mod:`model.store.schema` defines the tables; opening a database and reading it on the first screen need only
these facts, and must not wait for SQLAlchemy to import (see :mod:`model.store.sqlrun`).
"""

from __future__ import annotations

#: Bumped whenever the schema changes (a migration in :mod:`model.store.migrations` takes an archive there);
#: stored in ``PRAGMA user_version`` in a file, in the marker table on a server. 2: the search index holds
#: normalised words (see :mod:`model.text.normalize`) instead of text for FTS5's porter stemmer. 3: revisions,
#: record versions and notes (:mod:`model.edits`). 4: saved searches have an owner and may be shared; the
#: change notes other windows follow (``change_note``). 5: records' names in other languages (``record_name``).
#: 6: a server archive has a search index too (a weighted ``tsvector``, built from the records with their names,
#: so after 5); a file's is unchanged.
SCHEMA_VERSION = 6
#: The first schema version at which a server archive has a search index (a file has had one from the start).
SERVER_INDEX_SINCE = 6
#: The first Summitry release that writes each schema version: an older Summitry meeting a server archive at
#: that version says "this archive needs Summitry X or newer". A migration adds its version here.
SCHEMA_RELEASES: dict[int, str] = {1: "0.1.0", 2: "0.1.0", 3: "0.1.0", 4: "0.1.0", 5: "0.1.0", 6: "0.1.0"}
#: Schema versions whose migration changed something the reads of an older Summitry rely on (a table or
#: column renamed or dropped, an index whose words it would look for in vain): a Summitry from before such a
#: version cannot even read an archive past it. A migration that only adds leaves older Summitry reading.
BREAKS_READS: frozenset[int] = frozenset({2})
#: ``PRAGMA application_id`` marking a file as a Summitry database ("SUMM").
APPLICATION_ID = 0x53554D4D
#: The name in a server archive's marker table (see :mod:`model.store.postgresql_backend`).
APPLICATION_NAME = "Summitry"


def readable_from(version: int) -> int:
    """The oldest schema version whose Summitry can still read an archive at ``version`` (read-only)."""
    return max((v for v in BREAKS_READS if v <= version), default=1)


RECORD_TYPES = ("forum", "meeting", "process", "round", "outcome", "country", "topic", "source")
#: Record types that search results and the tree show.
SEARCHABLE_TYPES = ("forum", "meeting", "process", "round", "outcome")

#: The full-text index (SQLite FTS5; on PostgreSQL a table of the same columns with a ``tsvector``, see
#: :mod:`model.store.postgresql_backend`): one row per searchable record, rowid = ``record.rowid``, holding its
#: title and body as normalised words (see :mod:`model.search.textindex`, which writes them).
FTS_TABLE = "record_fts"
#: How FTS5 splits the index's text into words. The words arrive already folded, stemmed and lemmatised
#: (:mod:`model.text.normalize`), so a built-in tokenizer that any ``sqlite3`` shell has is enough: no porter,
#: whose English stems would be taken again from stems and from Russian dictionary forms.
FTS_TOKENIZER = "unicode61 remove_diacritics 2"
