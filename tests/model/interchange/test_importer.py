"""``summitry import``: bad input changes nothing and says where; good input is written once, updated in place."""

from __future__ import annotations

import copy
import gc
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from model.interchange import importer
from model.interchange.problems import InputError
from model.store.database import Database
from model.store.opening import open_database
from tests.backends import TestBackend
from tests.model.datafiles import counts, dump, index_matches, query, run, small, write

ROOT = Path(__file__).resolve().parents[3]


def _bad_schema() -> dict[str, Any]:
    data = small()
    data["meetings"][0].update(ordinal="first", level="kings", venue="x")
    data["extra"] = 1
    return data


def _with(change: str) -> bytes:
    data = small()
    if change == "impossible-date":
        data["meetings"][0]["date"] = "2016-02-30"
    elif change == "invalid-date":
        data["processes"][0]["rounds"][0]["date"] = "25/07/2016"
    elif change == "dangling":
        data["outcomes"][0]["meeting"] = "no-such-meeting"
    elif change == "duplicate":
        data["topics"].append({"id": "ex-meeting", "label": "Clash"})
    elif change == "self-related":
        data["outcomes"][0]["related"] = [{"id": "ex-work-plan", "relation": "supersedes"}]
    elif change == "surrogate":
        data["meetings"][0]["agenda"][1]["title"] = "Work plan \ud800"
    return json.dumps(data).encode()


BAD_INPUTS = [
    (
        "malformed.json",
        b'{"format": "summitry",\n "version": 1,\n "meetings": [',
        ["line 3, column 15: not valid JSON: Expecting value"],
    ),
    (
        "schema.json",
        json.dumps(_bad_schema()).encode(),
        ["$: unknown field 'extra'", "$.meetings[0].ordinal", "$.meetings[0].level", "$.meetings[0]: unknown field"],
    ),
    ("impossible-date.json", _with("impossible-date"), ["$.meetings[0].date: '2016-02-30'"]),
    ("invalid-date.json", _with("invalid-date"), ["$.processes[0].rounds[0].date: '25/07/2016'"]),
    ("dangling.json", _with("dangling"), ["$.outcomes[0].meeting: refers to meeting 'no-such-meeting'"]),
    (
        "duplicate.json",
        _with("duplicate"),
        ["$.meetings[0].id: id 'ex-meeting' is used twice in this file (first at $.topics[1])"],
    ),
    ("deep.json", b"[" * 100_000 + b"]" * 100_000, ["line 1, column 65: the data is nested too deeply"]),
    ("huge-int.json", b'{"format": "summitry", "version": ' + b"1" * 5000 + b"}", ["$.version: 1111"]),
    ("huge-float.json", b'{"format": "summitry", "version": 1e999}', ["$.version: 1e999 is too large"]),
    ("nan.json", b'{"format": "summitry", "version": NaN}', ["$.version: NaN is not a number"]),
    ("latin1.json", '{"format": "summitry", "version": 1, "x": "café"}'.encode("latin-1"), ["line 1, column 47"]),
    ("broken.yaml", b"format: summitry\nversion: 1\nmeetings:\n  - id: a\n   forum: [\n", ["line 5, column 4"]),
    ("empty.json", b"", ["line 1, column 1: not valid JSON"]),
    (
        "twice.json",
        _with("none").replace(b'"format": "summitry"', b'"topics": [], "format": "summitry"'),
        ["$.topics: the field 'topics' is given twice in the same object (line 1, column 2 and line 1, column "],
    ),
    (
        "twice.yaml",
        b"format: summitry\nversion: 1\ntopics:\n  - id: t\n    label: A\n    label: B\n",
        ["$.topics[0].label: the field 'label' is given twice in the same object (line 5, column 5 and line 6"],
    ),
    ("surrogate.json", _with("surrogate"), ["$.meetings[0].agenda[1].title: holds \\ud800, half of a UTF-16"]),
    (
        "surrogate.yaml",
        b'format: summitry\nversion: 1\ntopics:\n  - id: t\n    label: "\\ud800"\n',
        ["$.topics[0].label: holds \\ud800, half of a UTF-16 surrogate pair"],
    ),
    (
        "self-related.json",
        _with("self-related"),
        ["$.outcomes[0].related[0].id: outcome 'ex-work-plan' cannot be related to itself"],
    ),
]


@pytest.mark.parametrize(("name", "raw", "wanted"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_changes_nothing_and_says_where(
    bundled_db: Database,
    db_target: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    raw: bytes,
    wanted: list[str],
) -> None:
    bundled_db.close()
    before = dump(db_target)
    bad = tmp_path / name
    bad.write_bytes(raw)
    code, out, err = run(capsys, db_target, "import", str(bad))
    assert code == 1
    assert f"{bad}:" in err and "nothing was imported" in err
    for text in wanted:
        assert text in err
    assert "Traceback" not in out + err
    assert dump(db_target) == before


def test_a_bad_file_among_good_ones_is_skipped_whole(
    empty_db: Database, db_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty_db.close()
    good = write(tmp_path / "good.json", small())
    bad_data = small()
    bad_data["meetings"][0]["id"] = "ex-meeting-2"
    bad_data["meetings"][0]["date"] = "2016-02-30"
    bad = write(tmp_path / "bad.json", bad_data)
    code, out, err = run(capsys, db_target, "import", str(bad), str(good))
    assert code == 1
    assert "bad.json: 2 problems found; nothing was imported." in err
    assert "good.json: 9 added, 0 updated, 0 unchanged." in out
    assert query(db_target, "SELECT count(*) FROM meeting WHERE id = 'ex-meeting-2'") == [(0,)]


def test_end_to_end_in_a_subprocess_no_traceback(db_target: str, tmp_path: Path) -> None:
    bad = tmp_path / "deep.json"
    bad.write_bytes(b"[" * 100_000 + b"]" * 100_000)
    good = write(tmp_path / "good.json", small())
    cmd = [sys.executable, "-m", "gui.cli", "--database", db_target, "import"]
    first = subprocess.run([*cmd, str(good)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    assert "good.json: 9 added, 0 updated, 0 unchanged." in first.stdout
    before = dump(db_target)
    failed = subprocess.run([*cmd, str(bad)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert failed.returncode == 1
    assert "line 1, column 65: the data is nested too deeply" in failed.stderr
    assert "Traceback" not in failed.stderr + failed.stdout
    again = subprocess.run([*cmd, str(good)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0
    assert "good.json: nothing changed (9 records already up to date)." in again.stdout
    assert dump(db_target) == before


def test_a_lone_surrogate_is_a_one_line_message_and_exit_1_in_a_subprocess(db_target: str, tmp_path: Path) -> None:
    good = write(tmp_path / "good.json", small())
    cmd = [sys.executable, "-m", "gui.cli", "--database", db_target, "import"]
    assert subprocess.run([*cmd, str(good)], cwd=ROOT, capture_output=True, timeout=120).returncode == 0
    before = dump(db_target)
    bad = tmp_path / "surrogate.json"
    bad.write_bytes(_with("surrogate").replace(b"ex-meeting", b"ex-meeting-2"))
    failed = subprocess.run([*cmd, str(bad)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert failed.returncode == 1, failed.stderr
    assert failed.stderr.splitlines() == [
        f"{bad}: 1 problem found; nothing was imported.",
        "  $.meetings[0].agenda[1].title: holds \\ud800, half of a UTF-16 surrogate pair and not a character on its "
        "own; write the character itself",
    ]
    assert dump(db_target) == before


def test_importing_the_same_file_twice_changes_nothing_and_says_so(
    empty_db: Database, db_target: str, tmp_path: Path
) -> None:
    path = write(tmp_path / "data.json", small())
    first = importer.import_file(empty_db, path)
    assert len(first.added) == 9 and first.changed
    empty_db.close()
    before = dump(db_target)
    database = open_database(db_target)
    second = importer.import_file(database, path)
    database.close()
    assert not second.changed and len(second.unchanged) == 9
    assert second.summary().endswith("nothing changed (9 records already up to date).")
    assert dump(db_target) == before


def test_yaml_file_imports_like_json(empty_db: Database, tmp_path: Path) -> None:
    import yaml

    path = tmp_path / "data.yaml"
    path.write_text(yaml.safe_dump(small(), allow_unicode=True), encoding="utf-8")
    assert len(importer.import_file(empty_db, path).added) == 9
    # The same records in JSON are already there.
    assert not importer.import_file(empty_db, write(tmp_path / "data.json", small())).changed


def test_a_changed_record_is_updated_in_place_with_its_index_and_citations(
    empty_db: Database, db_target: str, tmp_path: Path
) -> None:
    """A meeting that other records refer to (a membership's joined_at) is rewritten in place: its rows go
    and come back in one transaction, the references checked at its end (deferred foreign keys)."""
    first = small()
    first["forums"][0]["members"][0]["joined_at"] = "ex-meeting"
    importer.import_file(empty_db, write(tmp_path / "v1.json", first))
    before = counts(db_target)
    ((rowid,),) = query(db_target, "SELECT rowid FROM record WHERE id='ex-meeting'")
    assert index_matches(db_target, "zanzibarian") == {"ex-meeting"}

    changed = copy.deepcopy(first)
    meeting = changed["meetings"][0]
    meeting["title"] = "First Example Meeting (renamed)"
    del meeting["agenda"][1]  # the "Zanzibarian work plan" item and its citation go
    report = importer.import_file(empty_db, write(tmp_path / "v2.json", changed))
    assert report.updated == ["ex-meeting"] and not report.added
    assert len(report.unchanged) == 8

    after = counts(db_target)
    assert after["record"] == before["record"] and after["meeting"] == before["meeting"]
    assert after["agenda_item"] == before["agenda_item"] - 1
    assert after["citation"] == before["citation"] - 1
    assert after.get("record_fts") == before.get("record_fts")
    assert query(db_target, "SELECT title, rowid FROM record WHERE id='ex-meeting'") == [
        ("First Example Meeting (renamed)", rowid)
    ]
    assert query(db_target, "SELECT count(*) FROM citation WHERE record_id='ex-meeting' AND path='agenda/1'") == [(0,)]
    assert query(db_target, "SELECT joined_at FROM membership WHERE forum_id='ex-forum'") == [("ex-meeting",)]
    assert index_matches(db_target, "zanzibarian") == set()
    assert index_matches(db_target, "renamed") == {"ex-meeting"}


def test_renaming_a_process_renames_its_rounds(empty_db: Database, db_target: str, tmp_path: Path) -> None:
    importer.import_file(empty_db, write(tmp_path / "v1.json", small()))
    data = small()
    data["processes"][0]["title"] = "Renamed consultations"
    report = importer.import_file(empty_db, write(tmp_path / "v2.json", data))
    assert sorted(report.updated) == ["ex-process", "ex-process-1", "ex-process-2"]
    assert query(db_target, "SELECT title FROM record WHERE id='ex-process-1'") == [
        ("Renamed consultations: round 1 — Vientiane",)
    ]


def test_whole_number_written_as_float_is_stored_as_integer(empty_db: Database, tmp_path: Path) -> None:
    data = small()
    data["meetings"][0]["ordinal"] = 3.0
    importer.import_file(empty_db, write(tmp_path / "a.json", data))
    data["meetings"][0]["ordinal"] = 3
    assert not importer.import_file(empty_db, write(tmp_path / "b.json", data)).changed


def test_a_country_code_already_in_the_database_is_located(
    bundled_db: Database, db_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundled_db.close()
    before = dump(db_target)
    other = {"format": "summitry", "version": 1, "countries": [{"id": "lao-pdr", "code": "LA", "name": "Laos"}]}
    code, _out, err = run(capsys, db_target, "import", str(write(tmp_path / "b.json", other)))
    assert code == 1
    assert "$.countries[0].code: code LA already belongs to country 'laos' in the database" in err
    assert "Traceback" not in err
    assert dump(db_target) == before


def test_a_clash_only_the_database_sees_is_refused_in_words(empty_db: Database, tmp_path: Path) -> None:
    importer.import_file(empty_db, write(tmp_path / "a.json", small()))
    # A second round numbered 1 of the same process, in a file that does not repeat the process.
    with empty_db.transaction() as session:
        session.connection().exec_driver_sql("UPDATE record SET fingerprint = 'stale' WHERE id = 'ex-process-2'")
    data = small()
    data["processes"][0]["rounds"][1]["number"] = 3
    data["processes"][0]["rounds"].append({"id": "ex-process-x", "number": 3})
    data["processes"][0]["rounds"].pop(1)
    data["processes"][0]["rounds"][0]["number"] = 2
    with pytest.raises(InputError) as info:
        importer.import_data(empty_db, data, "clash")
    assert "already used by another record in the database (round process, round number)" in str(info.value.problems[0])


def test_cancelling_writes_nothing(empty_db: Database, db_target: str, tmp_path: Path) -> None:
    path = write(tmp_path / "a.json", small())
    with pytest.raises(importer.ImportCancelled):
        importer.import_file(empty_db, path, progress=lambda done, total, phase: phase != "Writing records")
    assert counts(db_target)["record"] == 0


def test_import_data_raises_input_error_with_every_problem(empty_db: Database) -> None:
    data = small()
    data["meetings"][0]["date"] = "2016-02-30"
    data["outcomes"][0]["meeting"] = "nowhere"
    with pytest.raises(InputError) as info:
        importer.import_data(empty_db, data, "memory")
    assert len(info.value.problems) == 2
    assert info.value.report().startswith("memory: 2 problems found; nothing was imported.")


@pytest.mark.parametrize("canonical", [True, False], ids=["canonical", "with-empty-fields-and-floats"])
def test_a_file_is_stored_exactly_as_the_same_data_given_in_memory(
    backend: TestBackend, tmp_path: Path, canonical: bool
) -> None:
    # import_file may complete the data it has just read in place; import_data copies the caller's data.
    data = small()  # its citations have no offsets: the import fills them in
    dataset = {"id": "ex-dataset", "title": "Example dataset", "version": "1"}
    data["dataset"] = dataset
    if not canonical:
        data["meetings"][0].update(sidelines="", ordinal=2.0)
        data["forums"][0]["aliases"] = []
    from_file = open_database(backend.new_target())
    importer.import_file(from_file, write(tmp_path / "data.json", data))
    from_file.close()
    in_memory = open_database(backend.new_target())
    given = copy.deepcopy(data)
    importer.import_data(in_memory, given, "memory")
    in_memory.close()
    assert given == data  # the caller's data is left as it was
    assert dump(from_file.target, data_only=True) == dump(in_memory.target, data_only=True)


def test_progress_is_reported_while_checking_and_cancelling_there_writes_nothing(
    backend: TestBackend, empty_db: Database, tmp_path: Path
) -> None:
    path = write(tmp_path / "a.json", small())
    phases: list[str] = []

    def progress(done: int, total: int, phase: str) -> bool:
        if not phases or phases[-1] != phase:
            phases.append(phase)
        return True

    importer.import_file(empty_db, path, progress)
    assert phases == [
        "Reading the file",
        "Checking records",
        "Reading records",
        "Writing records",
        "Writing the agenda and the search index",
        "Writing the history of each record",
        *(["Checking the references between records"] if backend.is_server else []),
        "Saving the changes",
        "Done",
    ]
    other = open_database(backend.new_target())
    with pytest.raises(importer.ImportCancelled):
        importer.import_file(other, path, progress=lambda done, total, phase: phase != "Checking records")
    other.close()
    assert counts(other.target)["record"] == 0


def test_the_garbage_collector_is_on_again_after_an_import_good_or_bad(empty_db: Database, tmp_path: Path) -> None:
    # Imports pause it for speed; the rest of the app must get it back however the import ends.
    assert gc.isenabled()
    importer.import_file(empty_db, write(tmp_path / "good.json", small()))
    assert gc.isenabled()
    with pytest.raises(InputError):
        importer.import_file(empty_db, tmp_path / "missing.json")
    assert gc.isenabled()
    gc.disable()
    try:
        importer.import_data(empty_db, small(), "again")
        assert not gc.isenabled()  # left as it was found
    finally:
        gc.enable()


def test_a_datasets_fingerprint_follows_its_content(empty_db: Database) -> None:
    from model.interchange import bundled

    def stored(data: Any) -> str:
        importer.import_data(empty_db, copy.deepcopy(data), "dataset", None)
        return str(query(empty_db.target, "SELECT fingerprint FROM dataset")[0][0])

    data = bundled.read_bundled()
    first = stored(data)
    assert stored(data) == first  # the same file again
    renamed = copy.deepcopy(data)
    renamed["forums"][0]["name"] += " (renamed)"
    assert stored(renamed) not in (first, "")
    described = copy.deepcopy(data)
    described["dataset"]["description"] = "Another description"
    assert len({stored(described), first, stored(renamed)}) == 3


def test_checking_a_big_file_against_the_format_reports_progress_and_can_be_cancelled(
    backend: TestBackend, empty_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from model.interchange import validate

    monkeypatch.setattr(validate, "TICK_EVERY", 2)  # a small file, ticking as a big one does
    path = write(tmp_path / "a.json", small())
    seen: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, phase: str) -> bool:
        seen.append((done, total, phase))
        return True

    importer.import_file(empty_db, path, progress)
    ticks = [(done, total) for done, total, phase in seen if phase == "Checking the format of each record"]
    assert len(ticks) >= 3 and ticks == sorted(ticks) and all(0 < d <= t for d, t in ticks)
    phases = list(dict.fromkeys(phase for _, _, phase in seen))
    assert phases[:3] == ["Reading the file", "Checking the format of each record", "Checking records"]

    other = open_database(backend.new_target())
    with pytest.raises(importer.ImportCancelled):
        importer.import_file(other, path, lambda d, t, phase: phase != "Checking the format of each record")
    other.close()
    assert counts(other.target)["record"] == 0


def test_every_collection_is_checked_a_record_at_a_time() -> None:
    from model.interchange import validate

    assert set(validate._record_checks()) == set(validate.COLLECTIONS)


def test_the_agenda_and_the_search_index_are_written_in_reported_slices(
    backend: TestBackend, empty_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "_SLICE", 3)  # a small file, sliced as a big one is
    path = write(tmp_path / "a.json", small())
    reports = []

    def progress(done: int, total: int, phase: str) -> bool:
        if phase == "Writing the agenda and the search index":
            reports.append((done, total))
        return True

    importer.import_file(empty_db, path, progress)
    # 2 agenda items and 4 index rows, 3 rows a slice: 3 slices at least
    assert len(reports) >= 3 and reports == sorted(reports) and reports[-1][0] == reports[-1][1]
    other = open_database(backend.new_target())
    monkeypatch.setattr(importer, "_SLICE", 50_000)
    importer.import_file(other, path)
    other.close()
    assert counts(other.target) == counts(empty_db.target)  # the same rows, sliced or not
    third = open_database(backend.new_target())
    with pytest.raises(importer.ImportCancelled):
        try:
            monkeypatch.setattr(importer, "_SLICE", 3)
            importer.import_file(third, path, lambda d, t, phase: phase != "Writing the agenda and the search index")
        finally:
            third.close()
    assert counts(third.target)["record"] == 0


def test_a_server_import_checks_its_references_before_saving_with_the_bar_moving(
    backend: TestBackend, empty_db: Database, tmp_path: Path
) -> None:
    # A server's commit checks every reference the import wrote at once: at 100k meetings the bar stood still
    # for a quarter of a minute. It is checked before, a piece at a time, each piece reported. A file checks
    # each reference as it is written: nothing is left for its commit, and it says nothing of it.
    seen: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, phase: str) -> bool:
        seen.append((done, total, phase))
        return True

    importer.import_file(empty_db, write(tmp_path / "a.json", small()), progress)
    checks = [(done, total) for done, total, phase in seen if phase == "Checking the references between records"]
    if not backend.is_server:
        assert checks == []
        return
    assert len(checks) >= 3 and checks == sorted(checks) and len({total for _, total in checks}) == 1
    assert checks[0][0] == 0 and checks[-1][0] == checks[-1][1]
    phases = list(dict.fromkeys(phase for _, _, phase in seen))
    assert phases[-3:] == ["Checking the references between records", "Saving the changes", "Done"]
    other = open_database(backend.new_target())
    with pytest.raises(importer.ImportCancelled):
        try:
            importer.import_file(
                other,
                write(tmp_path / "a.json", small()),
                lambda d, t, phase: phase != "Checking the references between records" or d < 2,
            )
        finally:
            other.close()
    assert counts(other.target)["record"] == 0  # cancelled while checking: nothing written


def test_an_imports_history_is_written_in_reported_slices_by_one_author_at_one_time(
    backend: TestBackend, empty_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "_SLICE", 2)  # a small file, sliced as a big one is
    reports = []

    def progress(done: int, total: int, phase: str) -> bool:
        if phase == "Writing the history of each record":
            reports.append((done, total))
        return True

    importer.import_file(empty_db, write(tmp_path / "a.json", small()), progress)
    revisions = query(empty_db.target, "SELECT record_id, author, at FROM revision")
    assert len(reports) >= 3 and reports == sorted(reports) and reports[-1] == (len(revisions), len(revisions))
    assert len({(author, at) for _, author, at in revisions}) == 1
    assert {rid for rid, _, _ in revisions} == {rid for (rid,) in query(empty_db.target, "SELECT id FROM record")}
