"""``summitry export -o OUT.ics``: meetings and rounds as all-day events a calendar app imports as stated."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from model.exports import ics_file
from model.store.database import Database
from model.store.opening import open_database
from tests.model.datafiles import add_meeting, run

SOURCE_TITLE = "Comment by the Information and Press Department on Foreign Minister Sergey Lavrov’s participation"
EAS_ROUNDS = {
    "eas-security-architecture-1": ("20131101", "20131201", "Nov 2013"),
    "eas-security-architecture-2": ("20140401", "20140501", "Apr 2014"),
    "eas-security-architecture-3": ("20141001", "20141101", "Oct 2014"),
    "eas-security-architecture-4": ("20150701", "20150801", "Jul 2015"),
    "eas-security-architecture-5": ("20160601", "20160701", "Jun 2016"),
}


@pytest.fixture
def db_file(bundled_db: Database) -> str:
    bundled_db.close()
    return bundled_db.target


def _unescape(text: str) -> str:
    out, chars = [], iter(text)
    for ch in chars:
        if ch == "\\":
            nxt = next(chars)
            out.append("\n" if nxt in "nN" else nxt)
        else:
            out.append(ch)
    return "".join(out)


def _events(path: Path) -> dict[str, dict[str, str]]:
    """Each VEVENT's properties (unfolded, unescaped), by record id."""
    text = path.read_bytes().decode("utf-8").replace("\r\n ", "")
    events: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for line in text.split("\r\n"):
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT" and current is not None:
            events[current["UID"].removesuffix("@summitry")] = current
            current = None
        elif current is not None:
            name, _, value = line.partition(":")
            current[name] = value if name.startswith(("DT", "UID")) else _unescape(value)
    return events


def test_the_file_is_rfc_5545_shaped(db_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "all.ics"
    code, text, err = run(capsys, db_file, "export", "-o", str(out))
    assert code == 0, err
    raw = out.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") and raw.endswith(b"END:VCALENDAR\r\n")
    lines = raw.split(b"\r\n")
    assert all(b"\n" not in line and b"\r" not in line for line in lines), "CRLF line ends only"
    assert max(len(line) for line in lines) <= 75, "lines folded at 75 octets"
    assert any(line.startswith(b" ") for line in lines), "long descriptions are folded"
    for line in lines:
        line.decode("utf-8")  # no multi-byte character split across a fold
    events = _events(out)
    assert len(events) == 11 and set(EAS_ROUNDS) < set(events)
    assert text.startswith(f"Exported 6 meetings and 5 rounds to {out} as calendar events (left out: ")
    assert "2 meetings and rounds dated less precisely than a month" in text, "the space conferences (2015, autumn)"
    assert "1 meeting or round without a date" in text, "the undated culture ministers' meeting"


def test_the_eas_consultation_rounds_span_their_months(
    db_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "eas.ics"
    code, text, err = run(capsys, db_file, "export", "-o", str(out), "--id", "eas-security-architecture")
    assert code == 0, err
    assert text.strip() == (
        f"Exported 5 rounds to {out} as calendar events (left out: 1 record that is not a meeting or round)"
    )
    events = _events(out)
    assert set(events) == set(EAS_ROUNDS)
    for rid, (start, end, stated) in EAS_ROUNDS.items():
        event = events[rid]
        assert (event["DTSTART;VALUE=DATE"], event["DTEND;VALUE=DATE"]) == (start, end), "DTEND is exclusive"
        assert f"Date as stated: {stated}" in event["DESCRIPTION"]
        assert "Forum: East Asia Summit" in event["DESCRIPTION"]
        assert f"Round {rid[-1]} of 5 of EAS consultations on a regional security architecture" in event["DESCRIPTION"]
        assert event["STATUS"] == "CONFIRMED"
    first = events["eas-security-architecture-1"]
    assert first["SUMMARY"] == "EAS consultations on a regional security architecture: round 1 — Bandar Seri Begawan"
    assert first["LOCATION"] == "Bandar Seri Begawan, Brunei"
    assert f"Source: {SOURCE_TITLE}" in first["DESCRIPTION"]
    assert "“in Bandar Seri Begawan (November 2013)”" in first["DESCRIPTION"]


def test_exact_days_status_and_escaping(db_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "some.ics"
    code, _text, err = run(
        capsys, db_file, "export", "-o", str(out), "--id", "asean-russia-summit-2016", "--id", "arf-23"
    )
    assert code == 0, err
    raw = out.read_bytes().decode("utf-8")  # not read_text: it would turn CRLF into LF
    assert "LOCATION:Sochi\\, Russia\r\n" in raw and "SUMMARY:ASEAN–Russia Summit (Sochi\\, 2016)\r\n" in raw
    events = _events(out)
    sochi = events["asean-russia-summit-2016"]
    assert (sochi["DTSTART;VALUE=DATE"], sochi["DTEND;VALUE=DATE"]) == ("20160519", "20160521")
    assert "Date as stated" not in sochi["DESCRIPTION"], "exact days need no warning"
    assert sochi["STATUS"] == "CONFIRMED"
    arf = events["arf-23"]
    assert (arf["DTSTART;VALUE=DATE"], arf["DTEND;VALUE=DATE"]) == ("20160726", "20160727")
    assert arf["STATUS"] == "TENTATIVE", "scheduled"
    assert arf["LOCATION"] == "Vientiane, Laos"


def test_postponed_and_non_latin(db_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    title = "Встреча министров; ວຽງຈັນ, ភ្នំពេញ — " + "ການປະຊຸມ " * 12
    add_meeting(db_file, id="x-lao", title=title, date="2017-03", city="ວຽງຈັນ", country="laos", status="postponed")
    out = tmp_path / "lao.ics"
    code, _text, err = run(capsys, db_file, "export", "-o", str(out), "--id", "x-lao")
    assert code == 0, err
    assert max(len(line) for line in out.read_bytes().split(b"\r\n")) <= 75
    unfolded = out.read_bytes().decode("utf-8").replace("\r\n ", "")
    assert "SUMMARY:Встреча министров\\; ວຽງຈັນ\\, ភ្នំពេញ" in unfolded, "semicolons and commas escaped"
    (event,) = _events(out).values()
    assert event["SUMMARY"] == title, "the folded, escaped summary unfolds to the original"
    assert event["STATUS"] == "CANCELLED" and "Status: postponed" in event["DESCRIPTION"]
    assert event["LOCATION"] == "ວຽງຈັນ, Laos"
    assert (event["DTSTART;VALUE=DATE"], event["DTEND;VALUE=DATE"]) == ("20170301", "20170401")


def test_uids_are_stable_across_exports(db_file: str, tmp_path: Path) -> None:
    database = open_database(db_file)
    try:
        first, second = tmp_path / "first.ics", tmp_path / "second.ics"
        ics_file.export_ics(database, first, now=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
        ics_file.export_ics(database, second, now=dt.datetime(2026, 6, 1, 12, tzinfo=dt.UTC))
    finally:
        database.close()
    a, b = _events(first), _events(second)
    assert set(a) == set(b) and all(a[rid]["UID"] == b[rid]["UID"] == f"{rid}@summitry" for rid in a)
    assert a["arf-23"]["DTSTAMP"] == "20260101T000000Z" and b["arf-23"]["DTSTAMP"] == "20260601T120000Z"
    assert {rid: {k: v for k, v in e.items() if k != "DTSTAMP"} for rid, e in a.items()} == {
        rid: {k: v for k, v in e.items() if k != "DTSTAMP"} for rid, e in b.items()
    }, "only the stamp changes"


def test_query_and_records_that_are_no_events(db_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "arf.ics"
    code, _text, err = run(capsys, db_file, "export", "-o", str(out), "--query", "forum:ARF type:meeting")
    assert code == 0, err
    assert "arf-23" in _events(out)
    nothing = tmp_path / "forum.ics"
    code, _text, err = run(capsys, db_file, "export", "-o", str(nothing), "--id", "arf")
    assert code == 1 and "None of the records chosen is a dated meeting or round" in err
    assert not nothing.exists()


def test_failures_leave_the_previous_file_intact(
    db_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.ics"
    out.write_text("earlier export", encoding="utf-8")
    code, _text, err = run(capsys, db_file, "export", "-o", str(out), "--id", "no-such-meeting")
    assert code == 1 and "No record with id 'no-such-meeting'; nothing was written." in err
    missing = tmp_path / "not-here" / "out.ics"
    code, _text, err = run(capsys, db_file, "export", "-o", str(missing))
    assert code == 1 and f"the folder {missing.parent} does not exist" in err

    def disk_full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)  # as root, permission bits would not stop the write
    code, _text, err = run(capsys, db_file, "export", "-o", str(out))
    assert code == 1 and "No space left on device" in err
    assert out.read_text(encoding="utf-8") == "earlier export"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".part") == []


def test_escape_and_fold() -> None:
    assert ics_file.escape("a\\b;c,d\r\ne\nf") == "a\\\\b\\;c\\,d\\ne\\nf"
    line = "DESCRIPTION:" + "ភ្នំពេញ Москва, " * 20
    folded = ics_file.fold(line)
    parts = folded.split("\r\n")
    assert len(parts) > 1 and all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert all(p.startswith(" ") for p in parts[1:])
    assert folded.replace("\r\n ", "") == line
    assert ics_file.fold("SUMMARY:short") == "SUMMARY:short"


def test_events_vaguer_than_a_month_are_left_out_and_counted(
    db_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A meeting dated "2015" would be an all-day event filling the whole year of a calendar."""
    add_meeting(db_file, id="x-long-stay", title="A stated five-week stay", date="2016-07-25/2016-08-30")
    add_meeting(db_file, id="x-summer", title="Some time in July or August", date="2016-07/2016-08")
    add_meeting(db_file, id="x-approx", title="About October", date="2016-10~")
    out = tmp_path / "space.ics"
    ids = ["arf-space-security-2015", "arf-space-security-2016", "x-long-stay", "x-summer", "x-approx"]
    code, text, err = run(capsys, db_file, "export", "-o", str(out), *(f"--id={i}" for i in ids))
    assert code == 0, err
    assert text.strip() == (
        f"Exported 2 meetings to {out} as calendar events "
        "(left out: 3 meetings and rounds dated less precisely than a month)"
    )
    events = _events(out)
    assert set(events) == {"x-long-stay", "x-approx"}, "the year, the season and the two months are left out"
    assert (events["x-long-stay"]["DTSTART;VALUE=DATE"], events["x-long-stay"]["DTEND;VALUE=DATE"]) == (
        "20160725",
        "20160831",
    ), "a stated range of days stays, however long"
    assert "Date as stated: Oct 2016 (approx.)" in events["x-approx"]["DESCRIPTION"]
    year_only = tmp_path / "year.ics"
    code, _text, err = run(capsys, db_file, "export", "-o", str(year_only), "--id", "arf-space-security-2015")
    assert code == 1 and "1 meeting or round dated less precisely than a month" in err
    assert not year_only.exists()
