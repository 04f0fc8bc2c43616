"""``summitry export -o FILE.pdf``: headless briefs and dossiers, and clear messages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdf
import pytest

from gui import cli
from model.store import files as db
from tests.model.faults import damage_middle


def run(db_path: Path, *args: str) -> int:
    return cli.main(["--database", str(db_path), "export", *args])


def test_one_id_writes_a_brief(
    bundled_db: Any, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "arf-23.pdf"
    assert run(db_path, "-o", str(out), "--id", "arf-23") == 0
    reader = pypdf.PdfReader(out)
    assert reader.metadata is not None and reader.metadata.title == "23rd ASEAN Regional Forum"
    assert f"Wrote the brief of arf-23 ({len(reader.pages)} pages) to {out}" in capsys.readouterr().out


def test_several_ids_write_a_dossier_on_letter(bundled_db: Any, db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "d.PDF"
    assert run(db_path, "-o", str(out), "--id", "arf-23", "--id", "eas-11", "--paper", "letter") == 0
    reader = pypdf.PdfReader(out)
    assert "Dossier of 2 records" in " ".join((reader.pages[0].extract_text() or "").split())
    assert round(float(reader.pages[0].mediabox.width)) == 612


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        ((), 2, "Name the records to print: --id ID"),
        (("--query", "zzzunheardof"), 1, "finds no records"),
        (("--query", "NOT"), 1, "Nothing to search for"),
        (("--id", "no-such-record"), 1, "no record with id 'no-such-record'"),
    ],
)
def test_what_is_wrong_is_said(
    bundled_db: Any,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    code: int,
    message: str,
) -> None:
    out = tmp_path / "x.pdf"
    assert run(db_path, "-o", str(out), *args) == code
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_missing_folder(bundled_db: Any, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db_path, "-o", str(tmp_path / "no" / "x.pdf"), "--id", "arf-23") == 1
    assert "does not exist. Nothing was written." in capsys.readouterr().err


def test_query_exports_what_the_search_finds(bundled_db: Any, db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "q.pdf"
    assert run(db_path, "-o", str(out), "--query", "forum:ARF type:meeting") == 0
    reader = pypdf.PdfReader(out)
    assert reader.metadata is not None and reader.metadata.title == "Search: forum:ARF type:meeting"
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    assert "23rd ASEAN Regional Forum" in text and "CHRONOLOGY" in text


def test_damage_met_mid_export_is_the_damage_message_and_the_old_pdf_stays(
    bundled_db: Any, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "arf.pdf"
    assert run(db_path, "-o", str(out), "--query", "forum:ARF") == 0
    before = out.read_bytes()
    bundled_db.close()
    monkeypatch.setattr(db, "QUICK_CHECK_MAX_BYTES", 0)  # as for a file too big to check at open
    damage_middle(db_path, pages=40)  # among the damaged pages the search index: "vtable constructor failed"
    capsys.readouterr()
    assert run(db_path, "-o", str(out), "--query", "forum:ARF") == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{db_path} is damaged") and f"Nothing was written to {out}." in err
    assert "summitry db restore" in err and "Traceback" not in err
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part")) == []


def test_an_id_that_is_not_utf8_is_refused(
    bundled_db: Any, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    assert run(db_path, "-o", str(out), "--id", "arf\udcff") == 1  # as the shell passes the byte 0xff
    assert (
        capsys.readouterr().err
        == "The id 'arf\\xff' is not UTF-8 text (check the terminal's encoding). Nothing was done.\n"
    )
    assert not out.exists()
