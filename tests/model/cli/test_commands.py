"""The headless command line: ``show``, ``--version``, ``--help``, and words instead of tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from model import __version__
from model.cli import commands
from model.store.database import Database
from tests.model.datafiles import run

ROOT = Path(__file__).resolve().parents[3]
SOURCE_TITLE = "Comment by the Information and Press Department on Foreign Minister Sergey Lavrov’s participation"


@pytest.fixture
def db_file(bundled_db: Database) -> str:
    bundled_db.close()
    return bundled_db.target


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        commands.main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"summitry {__version__}"
    with pytest.raises(SystemExit) as info:
        commands.main(["--help"])
    assert info.value.code == 0
    text = capsys.readouterr().out
    for command in ("import", "export", "show", "db", "--database"):
        assert command in text


def test_version_and_help_end_to_end() -> None:
    for flag, expected in (("--version", f"summitry {__version__}"), ("--help", "usage: summitry")):
        done = subprocess.run(
            [sys.executable, "-m", "gui.cli", flag], cwd=ROOT, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0
        assert expected in done.stdout


def test_show_meeting_with_agenda_outcomes_and_numbered_notes(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, db_file, "show", "eas-fmm-6")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "6th East Asia Summit Foreign Ministers' Meeting"
    assert lines[1] == "Meeting · id eas-fmm-6"
    assert "Forum         East Asia Summit (eas)" in lines
    assert "Date          26 Jul 2016" in lines
    assert "Venue         Vientiane, Laos" in lines
    assert "  1. Drafting the agenda of the 11th East Asia Summit [3]" in lines
    assert "     Topics: Forum development" in lines
    assert any(line.startswith("  - Chairperson's statement of the 6th East Asia Summit") for line in lines)
    assert lines[lines.index("Notes") + 1].startswith("  [1] “Foreign Minister Sergey Lavrov’s participation")
    assert out.count(SOURCE_TITLE) == 1, "the source is listed once, not on every citation"
    assert lines[lines.index("Source") + 1].startswith(f"  {SOURCE_TITLE}")


def test_show_round_has_a_title_and_its_process(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, db_file, "show", "eas-security-architecture-3")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "EAS consultations on a regional security architecture: round 3 — Jakarta"
    assert "Process       EAS consultations on a regional security architecture (eas-security-architecture)" in lines
    assert "Round         3 of 5" in lines
    assert "Date          Oct 2014" in lines
    assert "  [3] Not from the source (general knowledge): Not stated in the source; Jakarta is in Indonesia." in lines


def test_show_forum_lists_members_with_notes(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, db_file, "show", "eas")
    assert code == 0
    lines = out.splitlines()
    assert lines[:2] == ["East Asia Summit", "Forum · id eas"]
    assert "Part of       Association of Southeast Asian Nations (asean)" in lines
    assert any(line.startswith("  - Russia, since Oct 2010 [") for line in lines)
    at = lines.index("Meetings")
    assert lines[at + 1 : at + 4] == [
        "  Oct 2010           5th East Asia Summit  (eas-5)",
        "  26 Jul 2016        6th East Asia Summit Foreign Ministers' Meeting  (eas-fmm-6)",
        "  8 Sep 2016         11th East Asia Summit  (eas-11)",
    ]
    assert out.count(SOURCE_TITLE) == 1


def test_show_outcome_and_process(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, db_file, "show", "sochi-declaration-2016")
    assert code == 0
    assert "Adopted at    ASEAN–Russia Summit (Sochi, 2016) (asean-russia-summit-2016)" in out
    assert "Related       implemented by: Comprehensive Plan of Action" in out
    code, out, _err = run(capsys, db_file, "show", "eas-security-architecture")
    assert code == 0
    assert "  3. Oct 2014 — Jakarta, Indonesia — held  (eas-security-architecture-3)" in out


@pytest.mark.parametrize("rid", ["eas-fmm-6", "eas-security-architecture-3", "asean", "arf-23-plan-of-action"])
def test_show_json_prints_the_record_in_the_interchange_format(
    db_file: str, capsys: pytest.CaptureFixture[str], rid: str
) -> None:
    code, out, _err = run(capsys, db_file, "show", rid, "--json")
    assert code == 0
    obj = json.loads(out)
    assert obj["id"] == rid
    assert obj["citations"][0]["quote"] or obj["citations"][0]["note"]


def test_show_unknown_id(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, db_file, "show", "no-such-thing")
    assert code == 1
    assert err.strip() == "No record with id 'no-such-thing'. Try 'summitry search no-such-thing'."
    assert out == ""


def test_export_into_a_missing_folder_says_so(db_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "no" / "such" / "folder" / "out.json"
    code, out, err = run(capsys, db_file, "export", "-o", str(target))
    assert code == 1
    assert f"the folder {target.parent} does not exist" in err
    assert "Traceback" not in out + err
    assert not target.parent.exists()


def test_export_of_an_unknown_id(db_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.json"
    code, _out, err = run(capsys, db_file, "export", "-o", str(target), "--id", "arf-23", "--id", "nope")
    assert code == 1
    assert "No record with id 'nope'; nothing was written." in err
    assert not target.exists()


def test_export_counts_every_record(db_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.json"
    code, out, _err = run(capsys, db_file, "export", "-o", str(target))
    assert code == 0
    total = sum(len(v) for v in json.loads(target.read_text("utf-8")).values() if isinstance(v, list)) + 5
    assert out.strip() == f"Exported {total} records to {target}"  # the five rounds sit inside their process


def test_export_json_with_a_query_writes_only_what_the_search_finds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "db.sqlite3"
    out = tmp_path / "rounds.json"
    code = commands.main(["--database", str(target), "export", "-o", str(out), "--query", "type:round city:Jakarta"])
    assert code == 0, capsys.readouterr().err
    data = json.loads(out.read_text("utf-8"))
    # A round travels inside its process (the format nests rounds), with what they refer to.
    rounds = [r["id"] for p in data["processes"] for r in p["rounds"]]
    assert "eas-security-architecture-3" in rounds
    meetings = {m["id"] for m in data.get("meetings", [])}
    assert "arf-23" not in meetings and "eas-fmm-6" not in meetings, "records the search did not find stay out"
    assert "outcomes" not in data
    assert "indonesia" in {c["id"] for c in data["countries"]}

    code = commands.main(["--database", str(target), "export", "-o", str(tmp_path / "none.json"), "--query", "zzzqqq"])
    assert code == 1 and "finds no records" in capsys.readouterr().err
    assert not (tmp_path / "none.json").exists()
