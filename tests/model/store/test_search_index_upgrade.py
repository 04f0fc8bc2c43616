"""A database from before the normalised search index (schema version 1) is backed up, then its index rebuilt."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from model.interchange import bundled, importer
from model.maintenance import check, reindex
from model.search import engine
from model.store import backup, backup_set
from model.store import schema_facts as facts
from model.store.opening import open_database
from tests.model.store.older_schema import make_older

FIXTURES = Path(__file__).parents[1] / "fixtures"
#: What schema version 1 wrote: the text as people wrote it for FTS5's porter tokenizer, with a zero-width
#: space between the letters of scripts written without spaces.
VERSION_1_INDEX = (
    "CREATE VIRTUAL TABLE record_fts USING fts5(title, body, tokenize='porter unicode61 remove_diacritics 2')"
)
_RUN = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u4e00-\u9fff]{2,}")


def _version_1_text(text: str) -> str:
    return _RUN.sub(lambda m: "\u200b".join(m.group(0)), text)


def _make_version_1(path: Path) -> None:
    database = open_database(str(path))
    bundled.ensure_bundled(database)
    importer.import_file(database, FIXTURES / "search_corpus.json")
    importer.import_file(database, FIXTURES / "search_corpus_ru.json")
    with database.transaction() as session:
        conn = session.connection()
        rows = reindex.index_entries(conn)
        conn.exec_driver_sql("DROP TABLE record_fts")
        conn.exec_driver_sql(VERSION_1_INDEX)
        conn.exec_driver_sql(
            "INSERT INTO record_fts(rowid, title, body) VALUES (?, ?, ?)",
            [(r, _version_1_text(t), _version_1_text(b)) for r, t, b in rows],  # type: ignore[arg-type]
        )
    database.close()
    con = sqlite3.connect(path)
    make_older(con, 1)  # nor had version 1 what later versions added (revisions, saved searches' owners …)
    con.close()


def test_opening_a_version_1_database_backs_it_up_and_rebuilds_its_search_index(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _make_version_1(path)
    before = sqlite3.connect(path).execute("SELECT count(*) FROM record_fts").fetchone()[0]

    database = open_database(str(path))
    try:
        (taken,) = [b for b in backup_set.backups_of(path) if b.label.startswith("before-upgrade")]
        assert taken.label == "before-upgrade-v1"
        backup.verify(taken.path)
        old = sqlite3.connect(f"{taken.path.resolve().as_uri()}?mode=ro", uri=True)
        assert old.execute("PRAGMA user_version").fetchone()[0] == 1
        old.close()

        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        assert con.execute("PRAGMA user_version").fetchone()[0] == facts.SCHEMA_VERSION
        (definition,) = con.execute("SELECT sql FROM sqlite_master WHERE name = 'record_fts'").fetchone()
        assert "porter" not in definition and facts.FTS_TOKENIZER in definition
        assert con.execute("SELECT count(*) FROM record_fts").fetchone()[0] == before
        con.close()

        def ids(query: str) -> set[str]:
            return {h.id for h in engine.search(database, query, limit=500).hits}

        assert ids("Манила") == ids("Маниле") == {"fx-ru-1", "fx-ru-3"}
        assert ids("consultation") >= {f"eas-security-architecture-{n}" for n in range(1, 6)}
        assert ids("ວຽງຈັນ") == ids("万象") == {"fx-mrc-1"}
        with database.transaction() as session:
            assert check.index_findings(session.connection()) == []
    finally:
        database.close()


def test_a_file_from_before_the_servers_index_is_upgraded_with_its_index_as_it_was(tmp_path: Path) -> None:
    """Version 6 gives a server archive its index; a file's is unchanged: it is backed up and marked, no more."""
    path = tmp_path / "old.sqlite3"
    database = open_database(str(path))
    bundled.ensure_bundled(database)
    database.close()
    con = sqlite3.connect(path)
    index = con.execute("SELECT rowid, title, body FROM record_fts ORDER BY rowid").fetchall()
    make_older(con, facts.SERVER_INDEX_SINCE - 1)
    con.close()

    database = open_database(str(path))
    try:
        assert [b.label for b in backup_set.backups_of(path)] == [f"before-upgrade-v{facts.SERVER_INDEX_SINCE - 1}"]
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        assert con.execute("PRAGMA user_version").fetchone()[0] == facts.SCHEMA_VERSION
        assert con.execute("SELECT rowid, title, body FROM record_fts ORDER BY rowid").fetchall() == index
        con.close()
        assert {h.id for h in engine.search(database, "Маниле OR piracy", limit=500).hits}
    finally:
        database.close()
