"""Readers and editors of a server archive (``summitry db grant``), with real roles on the real server."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from model.reads import saved_searches
from model.store.database import READER_WORDS
from model.store.opening import open_database
from tests import postgres
from tests.backends import TestBackend
from tests.model.datafiles import run, write
from tests.model.store.newer_schema import pretend_newer

MEETING = {
    "format": "summitry",
    "version": 1,
    "meetings": [
        {
            "id": "asean-russia-team-1",
            "forum": "asean-russia",
            "title": "Team meeting",
            "date": "2026-11-02",
            "citations": [{"basis": "general-knowledge", "note": "For the test."}],
        }
    ],
}


def _count(url: str) -> int:
    return int(postgres.run_sql(url, "SELECT count(*) FROM record")[0][0])


def test_db_grant_on_a_file_says_it_is_for_servers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "mine.sqlite3"
    code, out, err = run(capsys, path, "db", "grant", "--reader", "bob")
    assert code == 1 and out == ""
    assert "for an archive on a PostgreSQL server" in err and "Nothing was changed" in err
    assert not path.exists()


def test_a_reader_reads_everything_and_changes_nothing(
    server: TestBackend, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = server.new_target("bundled")
    with postgres.analysts(server, "carol") as people:
        carol = people["carol"].url(url)
        code, out, err = run(capsys, url, "db", "grant", "--reader", people["carol"].user)
        assert code == 0, err
        assert "may now read" in out
        code, out, _err = run(capsys, carol, "show", "arf-23")
        assert code == 0 and out.startswith("23rd ASEAN Regional Forum")
        before = _count(url)
        code, out, err = run(capsys, carol, "import", str(write(tmp_path / "m.json", MEETING)))
        assert code == 1 and out == ""
        assert READER_WORDS in err and "nothing was imported" in err
        assert err.count(READER_WORDS) == 1  # said once, not as a note and again
        assert _count(url) == before
        database = open_database(carol)
        try:
            assert not database.can_write and database.readonly_reason == READER_WORDS
        finally:
            database.close()
        # The server itself refuses, whatever program the reader uses.
        with (
            psycopg.connect(postgres.conninfo(carol)) as conn,
            pytest.raises(psycopg.errors.InsufficientPrivilege),
        ):
            conn.execute("DELETE FROM saved_search")


def test_an_editor_changes_the_data_not_the_schema_and_revoked_reads_nothing(
    server: TestBackend, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = server.new_target("bundled")
    with postgres.analysts(server, "bob") as people:
        bob = people["bob"].url(url)
        assert run(capsys, url, "db", "grant", "--editor", people["bob"].user)[0] == 0
        code, out, err = run(capsys, bob, "import", str(write(tmp_path / "m.json", MEETING)))
        assert code == 0, err
        assert "1 added" in out
        database = open_database(bob)
        try:
            assert database.can_write and database.user == people["bob"].user
        finally:
            database.close()
        with psycopg.connect(postgres.conninfo(bob)) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("ALTER TABLE record ADD COLUMN mine text")

        pretend_newer(monkeypatch)  # a newer Summitry: its upgrade is the owner's, not an editor's
        code, out, err = run(capsys, bob, "db", "upgrade")
        assert code == 1 and "Only the owner of" in err and "Nothing was changed" in err
        assert run(capsys, url, "db", "upgrade")[0] == 0
        # The table the upgrade made is the editors' to write too (default privileges).
        with psycopg.connect(postgres.conninfo(bob)) as conn:
            conn.execute("INSERT INTO upgrade_note VALUES (1, 'by an editor')")

        code, out, err = run(capsys, url, "db", "grant", "--revoke", people["bob"].user)
        assert code == 0 and "may no longer" in out
        code, out, err = run(capsys, bob, "show", "arf-23")
        assert code == 1 and out == ""


def test_granting_a_user_the_server_does_not_have_changes_nothing(
    server: TestBackend, capsys: pytest.CaptureFixture[str]
) -> None:
    url = server.new_target("empty")
    code, _out, err = run(capsys, url, "db", "grant", "--editor", "nobody_by_that_name")
    assert code == 1 and "There is no user 'nobody_by_that_name'" in err


def test_saved_searches_are_their_owners_and_shared_ones_are_marked(server: TestBackend) -> None:
    url = server.new_target("bundled")
    with postgres.analysts(server, "anna", "bob") as people:
        from model.store import roles

        for who in ("anna", "bob"):
            roles.grant(url, "editor", people[who].user)
        anna, bob = open_database(people["anna"].url(url)), open_database(people["bob"].url(url))
        try:
            saved_searches.save(anna, "ARF", "forum:ARF", shared=True)
            saved_searches.save(anna, "Private", "piracy")
            with pytest.raises(saved_searches.SavedSearchError, match=r"is .*anna.*'s saved search"):
                saved_searches.save(bob, "ARF", "forum:EAS")
            with pytest.raises(saved_searches.SavedSearchError, match="only they can delete it"):
                saved_searches.remove(bob, "ARF")
            seen = {s.name: s for s in saved_searches.list_saved(bob)}
            assert list(seen) == ["ARF"]  # anna's private one is hers alone
            assert seen["ARF"].query == "forum:ARF" and seen["ARF"].label() == f"ARF (shared by {people['anna'].user})"
            assert [s.label() for s in saved_searches.list_saved(anna)] == ["ARF (shared)", "Private"]
        finally:
            anna.close()
            bob.close()
