"""``summitry export -o OUT.csv``: one row per record that a spreadsheet opens as it should."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path

import pytest

from model.exports import csv_file
from model.store import schema
from model.store.database import Database
from tests.model.datafiles import add_meeting, query, run

SOURCE_TITLE = "Comment by the Information and Press Department on Foreign Minister Sergey Lavrov’s participation"
#: Cyrillic, Lao and Khmer, with the characters CSV must quote.
NON_LATIN = 'Встреча министров; ວຽງຈັນ, ភ្នំពេញ "2017"'


@pytest.fixture
def db_file(bundled_db: Database) -> str:
    bundled_db.close()
    return bundled_db.target


def _rows(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a byte-order mark, so Excel reads the file as UTF-8"
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        assert tuple(reader.fieldnames or ()) == csv_file.HEADER
        return list(reader)


def _by_id(path: Path) -> dict[str, dict[str, str]]:
    return {r["id"]: r for r in _rows(path)}


def test_everything_one_row_per_record_in_type_date_id_order(
    db_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "all.csv"
    code, text, err = run(capsys, db_file, "export", "-o", str(out))
    assert code == 0, err
    rows = _rows(out)
    ((total,),) = query(db_file, "SELECT count(*) FROM record")
    assert len(rows) == total
    assert text.strip() == f"Exported {total} records to {out}"
    rank = {kind: n for n, kind in enumerate(schema.RECORD_TYPES)}
    keys = [(rank[r["type"]], r["start"] == "", r["start"], r["end"], r["id"]) for r in rows]
    assert keys == sorted(keys), "by type, then date (undated last), then id"
    assert b"\r\n" in out.read_bytes() and b"\n" not in out.read_bytes().replace(b"\r\n", b""), "RFC 4180 line ends"


def test_a_meeting_a_round_and_a_forum(db_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "three.csv"
    code, text, err = run(
        capsys,
        db_file,
        "export",
        "-o",
        str(out),
        "--id",
        "arf-23",
        "--id",
        "eas-security-architecture-3",
        "--id",
        "eas",
    )
    assert code == 0, err
    assert text.strip() == f"Exported 3 records to {out}"
    rows = _by_id(out)
    assert list(rows) == ["eas", "arf-23", "eas-security-architecture-3"], "forum, meeting, round"
    meeting = rows["arf-23"]
    assert meeting["type"] == "meeting" and meeting["title"] == "23rd ASEAN Regional Forum"
    assert (meeting["date"], meeting["date_text"]) == ("2016-07-26", "26 Jul 2016")
    assert (meeting["start"], meeting["end"]) == ("2016-07-26", "2016-07-26")
    assert (meeting["forum_id"], meeting["forum"]) == ("arf", "ASEAN Regional Forum")
    assert (meeting["city"], meeting["country"], meeting["status"]) == ("Vientiane", "Laos", "scheduled")
    assert meeting["source"].startswith(SOURCE_TITLE)
    assert meeting["source_quote"].startswith("The 23rd ASEAN Regional Forum (ARF)")
    rnd = rows["eas-security-architecture-3"]
    assert rnd["type"] == "round" and rnd["title"].endswith("round 3 — Jakarta")
    assert (rnd["date"], rnd["date_text"], rnd["start"], rnd["end"]) == (
        "2014-10",
        "Oct 2014",
        "2014-10-01",
        "2014-10-31",
    )
    assert (rnd["forum_id"], rnd["forum"]) == ("eas", "East Asia Summit"), "a round's forum is its process's"
    assert (rnd["process_id"], rnd["round"]) == ("eas-security-architecture", "3 of 5")
    assert (rnd["city"], rnd["country"], rnd["status"]) == ("Jakarta", "Indonesia", "held")
    forum = rows["eas"]
    assert (forum["type"], forum["title"]) == ("forum", "East Asia Summit")
    assert forum["status"] == forum["city"] == forum["country"] == forum["round"] == "", "empty where a forum has none"
    assert forum["source"].startswith(SOURCE_TITLE)


def test_a_process_brings_its_rounds(db_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "process.csv"
    code, _text, err = run(capsys, db_file, "export", "-o", str(out), "--id", "eas-security-architecture")
    assert code == 0, err
    rows = _rows(out)
    assert [r["id"] for r in rows] == ["eas-security-architecture"] + [
        f"eas-security-architecture-{n}" for n in range(1, 6)
    ]
    assert rows[0]["forum"] == "East Asia Summit"


def test_non_latin_text_and_quotes_survive(db_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add_meeting(db_file, id="x-lao", title=NON_LATIN, date="2017-03", city="ວຽງຈັນ", country="cambodia")
    out = tmp_path / "lao.csv"
    code, _text, err = run(capsys, db_file, "export", "-o", str(out), "--id", "x-lao")
    assert code == 0, err
    (row,) = _rows(out)
    assert (row["title"], row["city"], row["country"]) == (NON_LATIN, "ວຽງຈັນ", "Cambodia")
    assert NON_LATIN.encode("utf-8") not in out.read_bytes(), "the quotes inside are doubled, as RFC 4180 says"


def test_a_cell_a_spreadsheet_would_run_as_a_formula_is_defused(
    db_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_meeting(db_file, id="x-formula", title='=HYPERLINK("http://example.com")')
    out = tmp_path / "formula.csv"
    run(capsys, db_file, "export", "-o", str(out), "--id", "x-formula")
    assert _rows(out)[0]["title"] == '\'=HYPERLINK("http://example.com")'


def test_query_exports_what_the_search_finds(db_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "arf.csv"
    code, _text, err = run(capsys, db_file, "export", "-o", str(out), "--query", "forum:ARF type:meeting")
    assert code == 0, err
    rows = _rows(out)
    assert {r["id"] for r in rows} >= {"arf-23", "arf-space-security-2016"}
    assert {(r["type"], r["forum_id"]) for r in rows} == {("meeting", "arf")}
    code, _text, err = run(capsys, db_file, "export", "-o", str(tmp_path / "none.csv"), "--query", "zzzqqq")
    assert code == 1 and "finds no records" in err and not (tmp_path / "none.csv").exists()


def test_unknown_id_or_missing_folder_writes_nothing(
    db_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.csv"
    out.write_text("earlier export", encoding="utf-8")
    code, _text, err = run(capsys, db_file, "export", "-o", str(out), "--id", "arf-23", "--id", "no-such-meeting")
    assert code == 1 and "no record with id 'no-such-meeting'" in err.lower() and "nothing was written" in err
    assert out.read_text(encoding="utf-8") == "earlier export"
    missing = tmp_path / "not-here" / "out.csv"
    code, _text, err = run(capsys, db_file, "export", "-o", str(missing))
    assert code == 1 and f"the folder {missing.parent} does not exist" in err


@pytest.mark.parametrize("fault", ["unwritable folder", "disk full"])
def test_a_failed_write_leaves_the_previous_file_intact(
    db_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    out = tmp_path / "out.csv"
    out.write_text("earlier export", encoding="utf-8")

    def refuse(*_args: object, **_kwargs: object) -> None:
        if fault == "disk full":
            raise OSError(28, "No space left on device")
        raise PermissionError(13, "Permission denied")

    # Tests run as root, which ignores permission bits: the faults are injected where the file is written.
    if fault == "disk full":
        monkeypatch.setattr(os, "fsync", refuse)
    else:
        monkeypatch.setattr(tempfile, "mkstemp", refuse)
    code, _text, err = run(capsys, db_file, "export", "-o", str(out))
    assert code == 1 and f"Cannot write {out}" in err and "Nothing was written" in err
    assert out.read_text(encoding="utf-8") == "earlier export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.csv")] == [], "no temporary file left"


def test_csv_bytes_quotes_as_rfc_4180() -> None:
    blob, count = csv_file.csv_bytes([])
    assert count == 0 and blob == ("\ufeff" + ",".join(csv_file.HEADER) + "\r\n").encode("utf-8")
    rows = list(csv.reader(io.StringIO(blob.decode("utf-8-sig"), newline="")))
    assert rows == [list(csv_file.HEADER)]


def test_under_russian_rows_give_the_records_russian_names(db_file: str, tmp_path: Path) -> None:
    from model import i18n
    from model.store.opening import open_database

    database = open_database(db_file)
    i18n.install(lambda _context, source, _d, n: i18n.english(source, n), "ru")  # the interface in Russian
    try:
        csv_file.export_csv(database, tmp_path / "ru.csv", ["arf-23"])
    finally:
        i18n.install(None)
        database.close()
    row = _by_id(tmp_path / "ru.csv")["arf-23"]
    assert row["title"] == "23-я сессия Регионального форума АСЕАН по безопасности"
    assert (row["id"], row["city"], row["country"], row["forum"]) == (
        "arf-23",
        "Вьентьян",
        "Лаос",
        "Региональный форум АСЕАН по безопасности",
    )
