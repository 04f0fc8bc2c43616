"""``summitry db check``: dangling references and date bounds found and worded; ``--repair`` sets them right."""

from __future__ import annotations

import pytest

from model.maintenance import check
from model.store.database import Database
from model.store.opening import open_database
from tests.backends import TestBackend
from tests.model.datafiles import behind_summitrys_back, checked, index_matches, run


@pytest.fixture
def db_file(bundled_db: Database) -> str:
    bundled_db.close()
    return bundled_db.target


def _corrupt(target: str, *statements: str) -> None:
    """Change the database behind Summitry's back, as another program (or a bad disk) might."""
    behind_summitrys_back(target, *((sql, ()) for sql in statements))


def test_a_healthy_database(backend: TestBackend, db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, db_file, "db", "check")
    assert code == 0
    assert checked(out) == [f"{db_file}: no problems found."]
    not_checked = [line for line in out.splitlines() if line not in checked(out)]
    if backend.is_server:  # Summitry's own checks ran; it says what it could not check on a server
        assert not_checked == [
            "not checked: the server's own storage (its pages and indexes): that is the server's to check; "
            "its administrator can run pg_amcheck",
        ]
    else:
        assert not_checked == []


def test_a_dangling_reference_is_named_in_plain_words(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    _corrupt(
        db_file,
        "UPDATE meeting SET forum_id = 'no-such-forum' WHERE id = 'arf-23'",
        "UPDATE outcome SET meeting_id = 'gone-meeting' WHERE id = 'sochi-declaration-2016'",
    )
    code, out, err = run(capsys, db_file, "db", "check")
    assert code == 1
    assert "error: meeting 'arf-23' refers to forum 'no-such-forum', which does not exist" in out
    assert "error: outcome 'sochi-declaration-2016' refers to meeting 'gone-meeting', which does not exist" in out
    assert "row " not in out, "no table row numbers when the record can be named"
    assert "Traceback" not in out + err


def test_date_bounds_that_disagree_with_their_date(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    _corrupt(
        db_file,
        "UPDATE record SET date_lower = '1999-01-01' WHERE id = 'eas-fmm-6'",
        "UPDATE round SET date_upper = '2001-12-31' WHERE id = 'eas-security-architecture-2'",
    )
    code, out, _err = run(capsys, db_file, "db", "check")
    assert code == 1
    assert (
        "error: record 'eas-fmm-6' has the date '2016-07-26' (26 Jul 2016, so 2016-07-26 to 2016-07-26) "
        "but is filed under 1999-01-01 to 2016-07-26" in out
    )
    assert "round 'eas-security-architecture-2' has the date '2014-04'" in out

    code, out, _err = run(capsys, db_file, "db", "check", "--repair")
    assert code == 0, out
    assert "Set the date bounds of 2 records from their dates." in out
    assert checked(out)[-1].endswith("no problems found.")


def test_an_invalid_stored_date_is_reported(db_file: str) -> None:
    _corrupt(db_file, "UPDATE meeting SET date = '2016-02-30' WHERE id = 'arf-23'")
    database = open_database(db_file)
    try:
        findings = [str(f) for f in check.check_database(database)]
    finally:
        database.close()
    assert "error: meeting 'arf-23' has the date '2016-02-30', which is not valid EDTF" in findings


def test_repair_rebuilds_an_out_of_sync_search_index(db_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    _corrupt(db_file, "DELETE FROM record_fts WHERE rowid = (SELECT rowid FROM record WHERE id = 'arf-23')")
    code, out, _err = run(capsys, db_file, "db", "check")
    assert code == 1 and "the search index lacks 1 record " in out
    code, out, _err = run(capsys, db_file, "db", "check", "--repair")
    assert code == 0
    assert "Rebuilt the search index." in out
    assert "arf-23" in index_matches(db_file, "proliferation")
