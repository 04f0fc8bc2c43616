"""A copy of an archive says how far it is while it makes its target's search index, rather than standing still
(at 10k meetings about 7 s, ten times that at 100k); the index it makes, in slices, is the one it made at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from model.cli import commands
from model.maintenance import reindex
from model.store.copy import copy_archive
from tests.backends import TestBackend
from tests.model.datafiles import behind_summitrys_back, index_matches, query

READING = "reading the records for the search index…"
BUILDING = "building the search index…"
INDEX_ROWS = "SELECT rowid, title, body FROM record_fts ORDER BY rowid"


def test_a_copy_reports_its_search_index_being_built_with_counts_up_to_every_record(
    backend: TestBackend, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reindex, "SLICE", 10)  # the bundled dataset (29 records), in several slices
    source = TestBackend("sqlite", tmp_path / "source").new_target("bundled")
    target = backend.new_target("none")
    heard: list[tuple[str, int, int]] = []

    copy_archive(source, target, index=reindex.refill, progress=lambda *told: heard.append(told))

    steps = [what for what, _done, _total in heard]
    last_rows = max(i for i, what in enumerate(steps) if what == f"{source} → {target}")
    reading = steps.index(f"{target}: {READING}")
    assert last_rows < reading and heard[reading][1:] == (0, 0)
    building = [(i, done, total) for i, (what, done, total) in enumerate(heard) if what == f"{target}: {BUILDING}"]
    indexed = query(target, "SELECT count(*) FROM record_fts")[0][0]
    assert indexed > 2 * reindex.SLICE
    assert reading < building[0][0]
    assert [done for _i, done, _total in building] == [*range(0, indexed, reindex.SLICE), indexed]
    assert {total for _i, _done, total in building} == {indexed}
    assert query(target, INDEX_ROWS) == query(source, INDEX_ROWS)
    assert index_matches(target, "piracy") == index_matches(source, "piracy") != set()


def test_a_repaired_search_index_written_in_slices_is_the_index_it_was(
    backend: TestBackend, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = backend.new_target("bundled")
    healthy, found = query(target, INDEX_ROWS), index_matches(target, "security")
    behind_summitrys_back(
        target, ("DELETE FROM record_fts WHERE rowid IN (SELECT rowid FROM record WHERE type = 'meeting')", ())
    )
    monkeypatch.setattr(reindex, "SLICE", 7)

    code = commands.main(["--database", target, "db", "check", "--repair"])

    out, err = capsys.readouterr()
    assert code == 0, out + err
    assert "Rebuilt the search index." in out
    assert query(target, INDEX_ROWS) == healthy
    assert index_matches(target, "security") == found != set()
