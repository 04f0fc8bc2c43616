"""What joins records from different files: a source's new text moves (or refuses) the citations of it made
earlier, a loop of parent forums closed by a later file is refused, and ``db check`` finds both in a database
an older Summitry left with them."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from model.interchange import bundled, importer, integrity
from model.maintenance import check
from model.store.database import Database
from tests.backends import TestBackend
from tests.model.datafiles import SOURCE_TEXT, behind_summitrys_back, checked, dump, query, run, small, write

PREFACE = "Summary of the week.\n\n"
CITED = {"ex-forum", "ex-meeting", "ex-process-2"}  # the records of small() that quote ex-source


def _source_only(text: str) -> dict[str, Any]:
    """A later file that brings only a new text of small()'s source."""
    source = {**small()["sources"][0], "text": text}
    return {"format": "summitry", "version": 1, "sources": [source]}


def _quotes(db_file: str, source: str) -> list[tuple[Any, ...]]:
    """(record, path, quote, start, end, paragraph) of each citation of the source, read with the driver alone."""
    return query(
        db_file,
        'SELECT record_id, path, quote, start, "end", paragraph FROM citation WHERE source_id = ? '
        "ORDER BY record_id, path, position",
        source,
    )


def _text(db_file: str, source: str) -> str:
    return str(query(db_file, "SELECT text FROM source WHERE id = ?", source)[0][0])


def _all_quotes_hold(db_file: str, source: str) -> bool:
    text = _text(db_file, source)
    return all(text[start:end] == quote for _r, _p, quote, start, end, _par in _quotes(db_file, source))


@pytest.fixture
def first(db_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """A database into which small() was imported with ``summitry import``."""
    code, _out, err = run(capsys, db_target, "import", str(write(tmp_path / "first.json", small())))
    assert code == 0, err
    return db_target


# --- a source's text changed by a later file --------------------------------------------------------------


def test_a_new_source_text_moves_the_citations_imported_before(
    first: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _quotes(first, "ex-source")
    later = write(tmp_path / "later.json", _source_only(PREFACE + SOURCE_TEXT))
    code, out, err = run(capsys, first, "import", str(later))
    assert code == 0, err
    assert out.strip() == (
        f"{later}: 0 added, 1 updated, 0 unchanged. Citations moved to where their quoted passages now are in the "
        "changed sources: 5 (in 3 records)."
    )
    after = _quotes(first, "ex-source")
    assert {r for r, *_ in after} == CITED
    shift = len(PREFACE)
    assert after == [(r, p, q, s + shift, e + shift, par + 1) for r, p, q, s, e, par in before]
    assert _all_quotes_hold(first, "ex-source")
    code, out, _err = run(capsys, first, "db", "check")
    assert (code, checked(out)) == (0, [f"{first}: no problems found."])


def test_after_moving_citations_the_export_imports_again_exactly(
    backend: TestBackend, first: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        run(capsys, first, "import", str(write(tmp_path / "later.json", _source_only(PREFACE + SOURCE_TEXT))))[0] == 0
    )
    everything = tmp_path / "everything.json"
    assert run(capsys, first, "export", "-o", str(everything))[0] == 0
    code, out, _err = run(capsys, first, "import", str(everything))
    assert code == 0
    assert "nothing changed" in out, "the moved citations' records were fingerprinted again"
    other = backend.new_target()
    code, out, err = run(capsys, other, "import", str(everything))
    assert code == 0, err
    assert _quotes(other, "ex-source") == _quotes(first, "ex-source")
    again = tmp_path / "again.json"
    assert run(capsys, other, "export", "-o", str(again))[0] == 0
    assert again.read_bytes() == everything.read_bytes()
    assert dump(other, data_only=True) == dump(first, data_only=True)


def test_a_quote_the_new_text_no_longer_holds_refuses_the_import(
    first: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = dump(first)
    later = write(tmp_path / "later.json", _source_only(SOURCE_TEXT.replace("and agreed a work plan", "at length")))
    code, out, err = run(capsys, first, "import", str(later))
    assert code == 1
    assert out == ""
    assert err.splitlines() == [
        f"{later}: 1 problem found; nothing was imported.",
        "  $.sources[0].text: meeting 'ex-meeting' (agenda item 2) quotes “agreed a work plan” from source "
        "'ex-source', which no longer occurs in the new text; give that record a corrected citation in this file",
    ]
    assert dump(first) == before


def test_a_quote_that_the_new_text_holds_twice_refuses_the_import_unless_the_file_corrects_it(
    first: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = dump(first)
    text = PREFACE + SOURCE_TEXT + "\n\nThe Forum of Examples met again in 2017."
    code, _out, err = run(capsys, first, "import", str(write(tmp_path / "later.json", _source_only(text))))
    assert code == 1
    assert (
        "$.sources[0].text: forum 'ex-forum' quotes “The Forum of Examples” from source 'ex-source', which occurs "
        "more than once in the new text, so the citation cannot be moved to it" in err
    )
    assert dump(first) == before
    corrected = _source_only(text)
    forum = small()["forums"][0]
    forum["citations"] = [{"source": "ex-source", "quote": "The Forum of Examples met in Vientiane"}]
    corrected["forums"] = [forum]
    code, out, err = run(capsys, first, "import", str(write(tmp_path / "corrected.json", corrected)))
    assert code == 0, err
    assert "Citations moved to where their quoted passages now are in the changed sources: 4 (in 2 records)." in out
    assert _all_quotes_hold(first, "ex-source")


def test_a_passage_added_after_the_quotes_moves_nothing(
    first: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _quotes(first, "ex-source")
    text = SOURCE_TEXT + "\n\nThe Forum of Examples met again in 2017."  # a quote now occurs twice, but in place
    code, out, _err = run(capsys, first, "import", str(write(tmp_path / "later.json", _source_only(text))))
    assert code == 0
    assert "moved" not in out
    assert _quotes(first, "ex-source") == before


def test_a_dataset_update_quotes_the_users_own_version_of_its_source(bundled_db: Database) -> None:
    source = "mfa-ru-2016-07-23"
    mine = bundled.read_bundled()
    mine = {"format": "summitry", "version": 1, "sources": copy.deepcopy(mine["sources"])}
    mine["sources"][0]["text"] = PREFACE + mine["sources"][0]["text"]
    report = importer.import_data(bundled_db, mine, "mine")
    assert report.moved_citations > 100 and report.updated == [source]
    newer = bundled.read_bundled()
    newer["dataset"]["version"] += "-newer"
    report = importer.import_data(bundled_db, newer, "newer bundled dataset")
    assert report.kept_user == [source], "the user's own version of the source stays"
    assert report.moved_citations > 100, "the dataset's citations now point into the user's text"
    assert check.check_database(bundled_db) == []


# --- a loop of parent forums closed by a later file -------------------------------------------------------


def _forums(*pairs: tuple[str, str | None]) -> dict[str, Any]:
    cite = [{"basis": "general-knowledge", "note": "For the test."}]
    forums = [{"id": f, "name": f.upper(), "citations": cite, **({"parent": p} if p else {})} for f, p in pairs]
    return {"format": "summitry", "version": 1, "forums": forums}


def test_a_forum_loop_made_across_two_files_is_refused(
    db_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one = write(tmp_path / "one.json", _forums(("fa", "fb"), ("fb", None)))
    two = write(tmp_path / "two.json", _forums(("fc", None), ("fb", "fa")))
    code, _out, err = run(capsys, db_target, "import", str(one))
    assert code == 0, err
    before = dump(db_target)
    code, _out, err = run(capsys, db_target, "import", str(two))
    assert code == 1
    assert err.splitlines() == [
        f"{two}: 1 problem found; nothing was imported.",
        "  $.forums[1].parent: forum 'fb' would be its own ancestor: 'fb' → 'fa' → 'fb' ('fa' has the parent 'fb' "
        "in the database)",
    ]
    assert dump(db_target) == before, "not even the file's other forum"
    code, _out, _err = run(capsys, db_target, "db", "check")
    assert code == 0


def test_the_same_two_files_in_one_command(
    backend: TestBackend, db_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one = write(tmp_path / "one.json", _forums(("fa", "fb"), ("fb", None)))
    two = write(tmp_path / "two.json", _forums(("fb", "fa")))
    code, out, err = run(capsys, db_target, "import", str(one), str(two))
    assert code == 1
    assert out.strip() == f"{one}: 2 added, 0 updated, 0 unchanged."
    assert "$.forums[0].parent: forum 'fb' would be its own ancestor: 'fb' → 'fa' → 'fb'" in err
    everything = tmp_path / "everything.json"
    assert run(capsys, db_target, "export", "-o", str(everything))[0] == 0
    code, _out, err = run(capsys, backend.new_target(), "import", str(everything))
    assert code == 0, err


def test_moving_a_forum_out_of_a_tree_and_back_under_it_is_fine(
    db_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first_file = write(tmp_path / "a.json", _forums(("fa", "fb"), ("fb", None)))
    assert run(capsys, db_target, "import", str(first_file))[0] == 0
    swapped = write(tmp_path / "b.json", _forums(("fa", None), ("fb", "fa")))
    code, _out, err = run(capsys, db_target, "import", str(swapped))
    assert code == 0, err


# --- db check on a database an older Summitry left inconsistent ------------------------------------------


def test_db_check_reports_a_forum_loop(first: str, capsys: pytest.CaptureFixture[str]) -> None:
    behind_summitrys_back(first, ("UPDATE forum SET parent_id = 'asean-russia' WHERE id = 'asean'", ()))
    code, out, _err = run(capsys, first, "db", "check")
    assert code == 1
    assert checked(out) == [
        "error: forums 'asean' → 'asean-russia' → 'asean' form a loop of parents, so each is its own ancestor: "
        "import one of them again with another parent (or none)"
    ]


def test_db_check_reports_citations_whose_source_changed_and_repair_moves_those_it_can(
    backend: TestBackend, first: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = PREFACE + SOURCE_TEXT.replace("and agreed a work plan", "at length")
    behind_summitrys_back(first, ("UPDATE source SET text = ? WHERE id = 'ex-source'", (text,)))
    code, out, _err = run(capsys, first, "db", "check")
    assert code == 1
    lines = checked(out)
    assert len(lines) == 5
    assert (
        "error: meeting 'ex-meeting' (agenda item 1) cites characters 57–92 of source 'ex-source', which do not hold "
        "the quoted passage “Ministers discussed maritime safety”: it now occurs once, at characters 79–114 "
        "(run 'summitry db check --repair' to move the citation there)"
    ) in lines
    assert (
        "error: meeting 'ex-meeting' (agenda item 2) cites characters 97–115 of source 'ex-source', which do not hold "
        "the quoted passage “agreed a work plan”: it does not occur in the text (correct the citation and import it "
        "again)"
    ) in lines
    code, out, _err = run(capsys, first, "db", "check", "--repair")
    assert code == 1
    assert checked(out)[0] == "Moved 4 citations to where their quoted passages now are."
    assert checked(out)[1:] == [line for line in lines if "agenda item 2" in line]
    behind_summitrys_back(first, ("DELETE FROM citation WHERE quote = 'agreed a work plan'", ()))
    assert run(capsys, first, "db", "check")[0] == 0
    everything = tmp_path / "everything.json"
    assert run(capsys, first, "export", "-o", str(everything))[0] == 0
    code, out, err = run(capsys, backend.new_target(), "import", str(everything))
    assert code == 0, err


def test_db_check_names_ten_drifted_citations_and_counts_the_rest(
    first: str, capsys: pytest.CaptureFixture[str]
) -> None:
    bundled_text = _text(first, "mfa-ru-2016-07-23")
    behind_summitrys_back(
        first, ("UPDATE source SET text = ? WHERE id = 'mfa-ru-2016-07-23'", (PREFACE + bundled_text,))
    )
    code, out, _err = run(capsys, first, "db", "check")
    assert code == 1
    lines = checked(out)
    assert len(lines) == check.EXAMPLES + 1
    total = len(_quotes(first, "mfa-ru-2016-07-23"))
    assert lines[-1] == (
        f"error: … and {total - check.EXAMPLES} more citations whose offsets do not hold their quote; {total} of all "
        f"{total} can be moved (run 'summitry db check --repair' to move them)"
    )
    code, out, _err = run(capsys, first, "db", "check", "--repair")
    assert code == 0
    assert checked(out) == [
        f"Moved {total} citations to where their quoted passages now are.",
        f"{first}: no problems found.",
    ]


# --- the pieces -----------------------------------------------------------------------------------------


def test_forum_cycles_are_each_found_once_from_their_smallest_id() -> None:
    parents = {"a": None, "b": "a", "d": "c", "c": "e", "e": "d", "f": "c", "g": "g"}
    assert integrity.forum_cycles(parents) == [("c", "e", "d"), ("g",)]


def test_the_part_of_a_record_that_cites_is_named() -> None:
    def who(path: str) -> str:
        return integrity.Citing(1, "x", "meeting", path, "s", "q", None, None).who()

    assert [who(p) for p in ("", "agenda/0", "participants/2", "members/1", "figures/0")] == [
        "meeting 'x'",
        "meeting 'x' (agenda item 1)",
        "meeting 'x' (participant 3)",
        "meeting 'x' (member 2)",
        "meeting 'x' (figure 1)",
    ]


def test_an_import_that_changes_no_source_text_reads_no_citations(
    empty_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no(*_args: object) -> Any:
        raise AssertionError("citations read")

    importer.import_file(empty_db, write(tmp_path / "a.json", small()))
    monkeypatch.setattr(integrity, "drifted", no)
    changed = small()
    changed["sources"][0]["title"] = "Renamed"
    report = importer.import_file(empty_db, write(tmp_path / "b.json", changed))
    assert report.updated == ["ex-source"]
