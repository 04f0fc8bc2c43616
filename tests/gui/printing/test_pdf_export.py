"""PDF briefs and dossiers read back with pypdf: text, pages, metadata, fonts, and every failure case."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import re
from pathlib import Path
from typing import Any

import pypdf
import pytest

from gui.printing import pdf_export
from gui.printing.pdf_export import PdfExportError, export_pdf
from model.interchange import importer

EXPORTED = dt.date(2026, 11, 29)


@pytest.fixture(autouse=True)
def _qt(qapp: Any) -> None:
    """Qt needs an application object for fonts."""


def export(db: Any, ids: list[str], path: Path, **kw: Any) -> tuple[pdf_export.ExportResult, pypdf.PdfReader]:
    result = export_pdf(db, ids, path, exported=EXPORTED, **kw)
    return result, pypdf.PdfReader(path)


def text_of(reader: pypdf.PdfReader) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def embedded_fonts(reader: pypdf.PdfReader) -> set[str]:
    """Base names of the fonts whose programs are embedded in the file."""
    names = set()
    for page in reader.pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            font = ref.get_object()
            for desc in font.get("/DescendantFonts", [font]):
                fd = desc.get_object().get("/FontDescriptor")
                if fd and any(k in fd.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    names.add(str(font["/BaseFont"]).lstrip("/").split("+")[-1])
    return names


def test_meeting_brief_prints_everything_with_metadata_and_fonts(bundled_db: Any, tmp_path: Path) -> None:
    result, reader = export(bundled_db, ["arf-23"], tmp_path / "arf-23.pdf")
    pages = text_of(reader)
    text = " ".join(pages)
    assert result.pages == len(reader.pages) >= 2
    assert result.records == 1 and result.warnings == ()
    for expected in (
        "SUMMITRY · MEETING BRIEF",
        "Data as of 23 Jul 2016",
        "23rd ASEAN Regional Forum",
        "Vientiane, Laos",
        "26 Jul 2016",
        "Scheduled (as of 23 Jul 2016)",
        "Heads of delegation",
        "Russia: Foreign Minister Sergey Lavrov",
        "AGENDA",
        "Confidence-building measures",
        "Topics: Terrorism, Transnational crime",
        "OUTCOMES",
        "ARF statement on the trans-border prosecution of criminals",
        "Plan of action",
        "SOURCES",
        "“As usual, the agenda includes confidence-building measures”",
        "Ministry of Foreign Affairs of the Russian Federation",
    ):
        assert expected in text, expected
    for n, page in enumerate(pages, 1):
        assert f"Page {n} of {len(pages)}" in page
        assert "arf-23 · Exported 29 Nov 2026" in page
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "23rd ASEAN Regional Forum"
    assert meta.subject == "Meeting brief for record arf-23, data as of 23 Jul 2016"
    assert meta.creator is not None and meta.creator.startswith("Summitry")
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4
    assert {"NotoSerif-Regular", "NotoSerif-Bold", "NotoSans-Regular", "NotoSans-Bold"} <= embedded_fonts(reader)


def test_round_brief(bundled_db: Any, tmp_path: Path) -> None:
    _result, reader = export(bundled_db, ["eas-security-architecture-3"], tmp_path / "round.pdf")
    text = " ".join(text_of(reader))
    assert "ROUND BRIEF" in text
    assert "3 of 5" in text and "Jakarta, Indonesia" in text and "Oct 2014" in text
    assert "RELATED RECORDS" in text and "Previous round" in text
    assert "Not from a source (general knowledge)" in text


def test_forum_brief_prints_cyrillic_names(bundled_db: Any, tmp_path: Path) -> None:
    _result, reader = export(bundled_db, ["arf"], tmp_path / "arf.pdf", paper="letter")
    text = " ".join(text_of(reader))
    assert "Региональный форум АСЕАН по безопасности" in text
    assert "MEMBERS" in text and "Brunei" in text
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # Letter


def test_dossier_has_cover_contents_with_true_page_numbers_and_chronology(bundled_db: Any, tmp_path: Path) -> None:
    ids = ["arf-23", "eas-security-architecture-1", "arf", "sochi-declaration-2016"]
    result, reader = export(bundled_db, ids, tmp_path / "dossier.pdf", title="Vientiane, July 2016")
    pages = text_of(reader)
    assert result.records == 4 and result.pages == len(pages)
    assert "Vientiane, July 2016" in pages[0] and "4 records" in pages[0]
    assert "CONTENTS" in pages[1]
    actual = {n: i for i, page in enumerate(pages, 1) for n in range(1, 5) if f"Section {n} of 4" in page}
    assert "2 EAS consultations on a regional security architecture: round 1" in pages[1]
    for n, title in [(1, "23rd ASEAN Regional Forum"), (3, "ASEAN Regional Forum"), (4, "Sochi Declaration")]:
        assert re.search(rf"{n} {re.escape(title)} [\w ]+ {actual[n]}\b", pages[1]), (title, pages[1])
    chronology = pages[-1]
    assert "CHRONOLOGY" in chronology
    order = [chronology.index(t) for t in ("1994", "Nov 2013", "26 Jul 2016")]
    assert order == sorted(order)
    assert reader.metadata is not None and reader.metadata.title == "Vientiane, July 2016"
    assert "Dossier of 4 records" in (reader.metadata.subject or "")


USER_DATA = {
    "format": "summitry",
    "version": 1,
    "forums": [{"id": "f-x", "name": "<b>Forum</b> & Co"}],
    "meetings": [
        {
            "id": "m-x",
            "forum": "f-x",
            "title": '<img src="file:///etc/hostname"> Meeting <b>bold</b> &amp;',
            "date": "2020-01-02",
            "city": "ວຽງຈັນ",
            "description": '<a href="http://127.0.0.1:9/x">link</a> <style>p{color:red}</style> Tiếng Việt Русский '
            "ភាសាខ្មែរ ภาษาไทย မြန်မာ",
        }
    ],
}


def test_markup_in_record_text_prints_literally_and_loads_nothing(empty_db: Any, tmp_path: Path) -> None:
    importer.import_data(empty_db, USER_DATA, "test")
    refused: list[str] = []
    original = pdf_export.BriefDocument.loadResource

    def spy(self: Any, kind: int, name: Any) -> Any:
        refused.append(name.toString())
        return original(self, kind, name)

    pdf_export.BriefDocument.loadResource = spy  # type: ignore[method-assign]
    try:
        _result, reader = export(empty_db, ["m-x"], tmp_path / "m.pdf")
    finally:
        pdf_export.BriefDocument.loadResource = original  # type: ignore[method-assign]
    text = " ".join(text_of(reader))
    assert '<img src="file:///etc/hostname"> Meeting <b>bold</b> &amp;' in text
    assert '<a href="http://127.0.0.1:9/x">link</a> <style>p{color:red}</style> Tiếng Việt Русский' in text
    assert "<b>Forum</b> & Co" in text
    assert refused == []


def test_the_document_refuses_every_resource(qapp: Any) -> None:
    doc = pdf_export.BriefDocument()
    doc.setHtml('<img src="file:///etc/hostname"><link rel="stylesheet" href="x.css">text')
    doc.pageCount()
    assert "file:///etc/hostname" in doc.refused
    assert doc.toPlainText().strip() != ""  # the image placeholder, never the file's content


def test_lao_khmer_thai_and_myanmar_print_with_bundled_fonts(empty_db: Any, tmp_path: Path) -> None:
    importer.import_data(empty_db, USER_DATA, "test")
    _result, reader = export(empty_db, ["m-x"], tmp_path / "m.pdf")
    fonts = embedded_fonts(reader)
    for family in ("NotoSansLao", "NotoSansKhmer", "NotoSansThai", "NotoSansMyanmar"):
        assert any(f.startswith(family) for f in fonts), (family, fonts)


def test_missing_folder_gives_a_message(bundled_db: Any, tmp_path: Path) -> None:
    with pytest.raises(PdfExportError, match=r"does not exist\. Nothing was written"):
        export_pdf(bundled_db, ["arf-23"], tmp_path / "nowhere" / "brief.pdf")
    assert not (tmp_path / "nowhere").exists()


def test_folder_that_is_a_file_gives_a_message(bundled_db: Any, tmp_path: Path) -> None:
    (tmp_path / "plain").write_text("I am a file")
    with pytest.raises(PdfExportError, match="is a file, not a folder"):
        export_pdf(bundled_db, ["arf-23"], tmp_path / "plain" / "brief.pdf")


@pytest.mark.skipif(not os.path.isdir("/sys/kernel"), reason="needs Linux sysfs, which refuses new files even to root")
def test_unwritable_folder_gives_a_message(bundled_db: Any) -> None:
    with pytest.raises(PdfExportError, match="may not write in that folder"):
        export_pdf(bundled_db, ["arf-23"], Path("/sys/brief.pdf"))


def _existing(tmp_path: Path) -> tuple[Path, bytes]:
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "brief.pdf"
    target.write_bytes(b"%PDF-1.4 the previous brief")
    return target, target.read_bytes()


def test_full_disk_mid_write_leaves_the_previous_file(
    bundled_db: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target, before = _existing(tmp_path)

    def half_then_full(fd: int, data: bytes) -> None:
        os.write(fd, data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pdf_export, "_write_all", half_then_full)
    with pytest.raises(PdfExportError, match=r"the disk is full.*untouched"):
        export_pdf(bundled_db, ["arf-23"], target)
    assert target.read_bytes() == before
    assert sorted(p.name for p in target.parent.iterdir()) == ["brief.pdf"]


def test_failure_while_rendering_leaves_the_previous_file(
    bundled_db: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target, before = _existing(tmp_path)

    def broken(self: Any, *args: Any) -> None:
        raise RuntimeError("renderer failed")

    monkeypatch.setattr(pdf_export.Composition, "paint", broken)
    with pytest.raises(RuntimeError):
        export_pdf(bundled_db, ["arf-23"], target)
    assert target.read_bytes() == before
    assert sorted(p.name for p in target.parent.iterdir()) == ["brief.pdf"]


def test_painter_that_cannot_start_gives_a_message(
    bundled_db: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target, before = _existing(tmp_path)
    monkeypatch.setattr(pdf_export.QPainter, "begin", lambda self, device: False)
    with pytest.raises(PdfExportError, match="Cannot start writing the PDF"):
        export_pdf(bundled_db, ["arf-23"], target)
    assert target.read_bytes() == before


def test_cancel_writes_nothing(bundled_db: Any, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "dossier.pdf"
    with pytest.raises(PdfExportError, match="cancelled"):
        export_pdf(bundled_db, ["arf-23", "arf"], target, progress=lambda pct, what: pct < 50)
    assert list(target.parent.iterdir()) == []


def test_a_new_file_is_an_ordinary_document(bundled_db: Any, tmp_path: Path) -> None:
    target = tmp_path / "new.pdf"
    export_pdf(bundled_db, ["arf-23"], target)
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_overwrites_an_existing_file_when_complete(bundled_db: Any, tmp_path: Path) -> None:
    target, _before = _existing(tmp_path)
    target.chmod(0o640)
    steps: list[int] = []
    export_pdf(bundled_db, ["arf-23"], target, progress=lambda pct, what: steps.append(pct) is None)
    assert pypdf.PdfReader(target).metadata.title == "23rd ASEAN Regional Forum"  # type: ignore[union-attr]
    assert steps == sorted(steps) and steps[-1] == 100
    assert target.stat().st_mode & 0o777 == 0o640  # the replaced file's permissions are kept


def _open_files_in(folder: Path) -> list[str]:
    """The files in ``folder`` this process still has open (deleted ones too), read from /proc."""
    fds = Path("/proc/self/fd")
    found = []
    for fd in fds.iterdir():
        with contextlib.suppress(OSError):
            target = os.readlink(fd)
            if target.startswith(str(folder)):
                found.append(target)
    return found


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="open files are listed in /proc on Linux only")
def test_an_export_that_fails_before_saving_keeps_no_file_open(
    bundled_db: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target, before = _existing(tmp_path)
    with pytest.raises(PdfExportError, match="cancelled"):
        export_pdf(bundled_db, ["arf-23", "arf"], target, progress=lambda pct, what: pct < 50)
    with pytest.raises(PdfExportError):
        export_pdf(bundled_db, ["no-such-record"], target)
    monkeypatch.setattr(pdf_export.QPainter, "begin", lambda self, device: False)
    with pytest.raises(PdfExportError, match="Cannot start writing the PDF"):
        export_pdf(bundled_db, ["arf-23"], target)
    # A failed export leaves neither its temporary file nor a descriptor of it (a thousand failures would
    # otherwise use up the files a process may open, and on Windows the deleted file would stay).
    assert _open_files_in(target.parent) == []
    assert target.read_bytes() == before and sorted(p.name for p in target.parent.iterdir()) == ["brief.pdf"]


def test_a_record_that_cites_nothing_is_marked_uncited_in_its_brief(empty_db: Any, tmp_path: Path) -> None:
    importer.import_data(empty_db, USER_DATA, "test")
    _result, reader = export(empty_db, ["m-x"], tmp_path / "m.pdf")
    assert "MEETING BRIEF · m-x · UNCITED" in text_of(reader)[0]


def test_a_cited_record_is_not_marked_uncited(bundled_db: Any, tmp_path: Path) -> None:
    _result, reader = export(bundled_db, ["arf-23"], tmp_path / "arf-23.pdf")
    assert "UNCITED" not in " ".join(text_of(reader))
