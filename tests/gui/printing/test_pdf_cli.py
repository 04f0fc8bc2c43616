"""``summitry export -o FILE.pdf``: headless briefs and dossiers, and clear messages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest

from gui import cli
from model import dates, i18n
from model.store import files as db
from tests.gui.printing.test_pdf_export import embedded_fonts
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


@pytest.fixture
def _english_after() -> Iterator[None]:
    """``--lang`` puts this process's words into a language; the next test starts in English again."""
    yield
    i18n.install(None)


@pytest.mark.usefixtures("_english_after")
def test_lang_ru_prints_the_brief_in_russian_with_its_dates_and_a_real_font(
    bundled_db: Any, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "arf-23-ru.pdf"
    assert run(db_path, "-o", str(out), "--id", "arf-23", "--lang", "ru") == 0
    reader = pypdf.PdfReader(out)
    pages = [" ".join((page.extract_text() or "").split()) for page in reader.pages]
    text = " ".join(pages)
    for words in ("ВСТРЕЧА: СПРАВКА", "Дата 26 июля 2016", "ПОВЕСТКА ДНЯ", "ИСТОЧНИКИ", "Данные на 23 июля 2016"):
        assert words in text
    today = dates.human_day(dt.date.today(), "ru")
    assert f"Экспортировано {today}" in pages[0] and f"Страница 1 из {len(pages)}" in pages[0]
    for english in ("Exported", "Data as of", "AGENDA", "Jul 2016", "Page 1 of"):
        assert english not in text, f"{english!r} mixed into a Russian brief"
    assert embedded_fonts(reader), "Cyrillic drawn with an embedded font"
    assert f"Справка по arf-23 ({len(pages)} страниц" in capsys.readouterr().out

    english = tmp_path / "arf-23-en.pdf"
    assert run(db_path, "-o", str(english), "--id", "arf-23", "--lang", "en") == 0
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in pypdf.PdfReader(english).pages)
    assert "MEETING BRIEF" in text and "Date 26 Jul 2016" in text and "AGENDA" in text and "Повестка" not in text


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages).split())


def test_notes_prints_private_notes_in_a_dossier_only_when_asked(
    bundled_db: Any, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from model import edits

    edits.set_note(bundled_db, "eas-11", "Follow up with the <i>Jakarta</i> desk")
    plain, noted = tmp_path / "plain.pdf", tmp_path / "noted.pdf"
    assert run(db_path, "-o", str(plain), "--id", "arf-23", "--id", "eas-11") == 0
    assert "Jakarta" not in _text(plain)
    assert run(db_path, "-o", str(noted), "--id", "arf-23", "--id", "eas-11", "--notes") == 0
    text = _text(noted)
    assert text.count("MY NOTE") == 1  # only the record that has a note gets the heading
    assert "Follow up with the <i>Jakarta</i> desk" in text


def test_notes_is_refused_for_data_files(
    bundled_db: Any, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "data.json"
    assert run(db_path, "-o", str(out), "--notes") == 2
    assert "--notes prints private notes in a PDF brief; it does not apply to .json files." in capsys.readouterr().err
    assert not out.exists()
