"""A copy onto a server checks the references it wrote before it commits, a step at a time, saying so: its end
does not stand still while the server checks them all at the commit. A broken one still refuses the copy."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from model.maintenance import reindex
from model.store.copy import copy_archive
from tests.backends import TestBackend
from tests.model.datafiles import dump, query, run

CHECKING = "checking the references between records…"


def test_a_copy_onto_a_server_reports_each_step_of_its_reference_check_before_it_ends(
    server: TestBackend, tmp_path: Path
) -> None:
    source = TestBackend("sqlite", tmp_path).new_target("bundled")
    target = server.new_target("empty")
    heard: list[tuple[str, int, int]] = []

    copy_archive(source, target, index=reindex.refill, progress=lambda *told: heard.append(told))

    checking = [(done, total) for what, done, total in heard if what == f"{target}: {CHECKING}"]
    total = checking[-1][1]
    assert total > 1 and checking == [(done, total) for done in range(total + 1)]
    steps = [what for what, _done, _total in heard]
    rows_done = max(i for i, what in enumerate(steps) if what == f"{source} → {target}")
    assert rows_done < steps.index(f"{target}: {CHECKING}")
    assert steps[-1] == f"{target}: updating the server's statistics…"  # after the commit
    assert query(target, "SELECT count(*) FROM citation") == query(source, "SELECT count(*) FROM citation")


def test_a_long_copy_onto_a_server_says_it_checks_the_references_on_a_terminal_line_of_its_own(
    server: TestBackend, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from model.cli.output import RowsProgress

    monkeypatch.setattr(RowsProgress, "SHOWN_FROM", 1)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    source = TestBackend("sqlite", tmp_path).new_target("bundled")
    target = server.new_target("empty")

    code, _out, err = run(capsys, "", "db", "copy", source, target)

    assert code == 0, err
    rows, _reading, _building, checking, statistics, end = err.split("\n")[-6:]  # the search index made between
    assert rows.split("\r")[-1].startswith(f"{source} → {target}: 100% (")
    counts = [part for part in checking.split("\r") if part]
    assert counts[0] == f"{target}: {CHECKING} (0 of {len(counts) - 1})"
    assert counts[-1] == f"{target}: {CHECKING} ({len(counts) - 1} of {len(counts) - 1})"
    assert (statistics, end) == (f"{target}: updating the server's statistics…", "")


def test_a_copy_onto_a_server_with_a_broken_reference_is_refused_at_the_check_and_changes_nothing(
    server: TestBackend, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from model.cli.output import RowsProgress

    monkeypatch.setattr(RowsProgress, "SHOWN_FROM", 1)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    files = TestBackend("sqlite", tmp_path)
    source = files.new_target("bundled")
    # A citation of a source the archive does not have, written behind Summitry's back.
    files.run_sql(source, "UPDATE citation SET source_id = 'nowhere' WHERE pk = (SELECT max(pk) FROM citation)")
    target = server.new_target("bundled")
    before = dump(target)

    code, out, err = run(capsys, "", "db", "copy", "--replace", source, target)

    assert (code, out) == (1, "")
    shown, refusal = err.split(f"\n{target} refused the copy: ")
    assert f"\n{target}: {CHECKING} (0 of " in shown and "updating the server's statistics" not in err
    assert "run 'summitry db check' on it" in refusal and refusal.rstrip().endswith("Nothing was copied.")
    assert dump(target) == before
