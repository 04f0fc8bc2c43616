"""The headless command line: ``show``, ``--version``, ``--help``, and words instead of tracebacks."""

from __future__ import annotations

import json
import re
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


def _fact(lines: list[str], label: str) -> str:
    """The value ``show`` prints for a fact: facts are the block after the heading, labels padded to one width."""
    start = lines.index("")
    block = lines[start + 1 : lines.index("", start + 1)]
    (value,) = [m.group(1) for line in block if (m := re.match(rf"{re.escape(label)} +(\S.*)$", line))]
    return value


def test_show_meeting_with_agenda_outcomes_and_numbered_notes(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, db_file, "show", "eas-fmm-6")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "6th East Asia Summit Foreign Ministers' Meeting"
    assert lines[1] == "Meeting · id eas-fmm-6"
    assert lines[2] == "East Asia Summit · Ministers [1][2]", "the record's own citations"
    assert _fact(lines, "Forum") == "Association of Southeast Asian Nations (asean) ▸ East Asia Summit (eas)"
    assert _fact(lines, "Date") == "26 Jul 2016"
    assert _fact(lines, "Venue") == "Vientiane, Laos (laos)"
    assert _fact(lines, "Heads of delegation") == "Russia (russia): Foreign Minister Sergey Lavrov [1][3]"
    assert "  1. Drafting the agenda of the 11th East Asia Summit [4]" in lines
    assert "     Topics: Forum development" in lines
    assert any(line.startswith("  - Chairperson's statement of the 6th East Asia Summit") for line in lines)
    round_5 = "EAS consultations on a regional security architecture: round 5 — Beijing (Jun 2016)"
    assert f"  Round before: {round_5}  (eas-security-architecture-5)" in lines
    assert lines[lines.index("Notes") + 1].startswith("  [1] “On July 26, Foreign Minister Sergey Lavrov will attend")
    assert out.count(SOURCE_TITLE) == 1, "the source is listed once, not on every citation"
    assert lines[lines.index("Source") + 1].startswith(f"  {SOURCE_TITLE}")


def test_show_round_has_a_title_and_its_process(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, db_file, "show", "eas-security-architecture-3")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "EAS consultations on a regional security architecture: round 3 — Jakarta"
    assert (
        _fact(lines, "Process") == "EAS consultations on a regional security architecture (eas-security-architecture)"
    )
    assert _fact(lines, "Round") == "3 of 5"
    assert _fact(lines, "Date") == "Oct 2014"
    assert "  [3] Not from the source (general knowledge): Not stated in the source; Jakarta is in Indonesia." in lines
    assert any(
        line.startswith("  Next round: EAS consultations on a regional security architecture: round 4")
        for line in lines
    )


def test_show_forum_lists_members_and_latest_meetings_with_notes(
    db_file: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = run(capsys, db_file, "show", "eas")
    assert code == 0
    lines = out.splitlines()
    assert lines[:2] == ["East Asia Summit", "Forum · id eas"]
    assert _fact(lines, "Part of") == "Association of Southeast Asian Nations (asean)"
    assert "  - Russia — Member — Oct 2010 — 5th East Asia Summit [7][8]  (russia)" in lines
    at = lines.index("Meetings (latest first)")  # the newest, as the pane and the brief list them
    assert lines[at + 1 : at + 4] == [
        "  - 11th East Asia Summit — 8 Sep 2016 — Vientiane, Laos — Scheduled  (eas-11)",
        "  - 6th East Asia Summit Foreign Ministers' Meeting — 26 Jul 2016 — Vientiane, Laos — Scheduled  (eas-fmm-6)",
        "  - 5th East Asia Summit — Oct 2010 — Hanoi, Vietnam — Held  (eas-5)",
    ]
    assert out.count(SOURCE_TITLE) == 1


def test_show_outcome_and_process(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, db_file, "show", "sochi-declaration-2016")
    assert code == 0
    lines = out.splitlines()
    assert _fact(lines, "Adopted at") == "ASEAN–Russia Summit (Sochi, 2016) (asean-russia-summit-2016)"
    assert "  Implemented by: Comprehensive Plan of Action" in out
    code, out, _err = run(capsys, db_file, "show", "eas-security-architecture")
    assert code == 0
    assert "  - 3 — Oct 2014 — Jakarta, Indonesia — Held [2][9][10]  (eas-security-architecture-3)" in out


@pytest.mark.parametrize("rid", ["eas-fmm-6", "eas-security-architecture-3", "asean", "arf-23-plan-of-action"])
def test_show_json_prints_the_whole_view(db_file: str, capsys: pytest.CaptureFixture[str], rid: str) -> None:
    code, out, _err = run(capsys, db_file, "show", rid, "--json")
    assert code == 0
    obj = json.loads(out)
    assert obj["id"] == rid
    note = obj["notes"][obj["cited"][0] - 1]
    assert note["quote"] or note["comment"]
    assert obj["facts"] and all(f["label"] and f["text"] for f in obj["facts"])
    code, text, _err = run(capsys, db_file, "show", rid)
    assert all(f"{f['label']} " in text for f in obj["facts"]), "what the text shows, the JSON has"


def test_show_json_has_the_related_records(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, db_file, "show", "eas-11", "--json")
    assert code == 0
    obj = json.loads(out)
    assert obj["previous"]["id"] == "eas-5" and obj["next"] is None
    assert {"relation": "Previous meeting", "record": obj["previous"]} in obj["related"]
    assert [r["id"] for r in obj["rounds_before"]] == ["eas-security-architecture-5"]


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


def test_show_in_russian_prints_the_records_russian_names(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, db_file, "show", "arf-23", "--lang", "ru")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "23-я сессия Регионального форума АСЕАН по безопасности"
    assert lines[2].startswith("Региональный форум АСЕАН по безопасности · ")
    forum = "Ассоциация государств Юго-Восточной Азии (asean) ▸ Региональный форум АСЕАН по безопасности (arf)"
    assert _fact(lines, "Forum") == forum
    assert _fact(lines, "Venue") == "Вьентьян, Лаос (laos)"
    assert _fact(lines, "Heads of delegation").startswith("Россия (russia): Министр иностранных дел С.В.Лавров")
    assert "  1. Меры доверия [7]" in lines and "     Topics: Терроризм, Транснациональная преступность" in lines
    assert "general knowledge" in out  # the translation's basis, among the notes
    # The same record without --lang, as before.
    code, out, _err = run(capsys, db_file, "show", "arf-23")
    assert out.splitlines()[0] == "23rd ASEAN Regional Forum" and "Вьентьян" not in out


def test_show_under_a_russian_interface_is_russian_throughout(db_file: str) -> None:
    """``summitry show arf-23`` with the language from the environment (no --lang): the words and the names."""
    import os

    env = {**os.environ, "LANG": "ru_RU.UTF-8", "LC_ALL": "", "LANGUAGE": ""}
    done = subprocess.run(
        [sys.executable, "-m", "gui.cli", "--database", db_file, "show", "arf-23"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "23-я сессия Регионального форума АСЕАН по безопасности"
    assert lines[2].startswith("Региональный форум АСЕАН по безопасности · Министры")
    assert any(re.match(r"Место +Вьентьян, Лаос \(laos\)$", line) for line in lines), lines[:14]
    assert "  1. Меры доверия [7]" in lines
