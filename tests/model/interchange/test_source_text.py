"""A new source's text from a paste or a .txt, .html or .pdf file: paragraphs kept, markup gone."""

from __future__ import annotations

from pathlib import Path

import pytest

from model.interchange.source_text import SourceTextError, from_file, from_html, pdf_paragraphs, tidy

PRESS = (
    "The 12th ASEAN Regional Forum Senior Officials' Meeting will be held in Vientiane on 12 June 2026.\n\n"
    "Officials will discuss maritime security and counter-terrorism."
)


def minimal_pdf(lines: list[str], title: str = "") -> bytes:
    """A one-page PDF whose text is ``lines``, written the way a word processor writes them (one Tj a line)."""
    stream = "BT /F1 11 Tf 14 TL 72 720 Td " + " ".join(f"({line}) Tj T*" for line in lines) + " ET"
    info = f"<< /Title ({title}) >>" if title else "<< >>"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        info,
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def test_pasted_text_keeps_its_paragraphs_and_loses_stray_spaces() -> None:
    pasted = "\r\n  The 12th ASEAN   Regional Forum\r\n\r\n\r\n\r\nOfficials will\tdiscuss.  \r\n"
    assert tidy(pasted) == "The 12th ASEAN Regional Forum\n\nOfficials will discuss."


def test_text_file_in_windows_1252_is_read(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes("Minister\u2019s remarks\r\n\r\nSecond paragraph".encode("cp1252"))
    assert from_file(path).text == "Minister\u2019s remarks\n\nSecond paragraph"


def test_html_gives_one_paragraph_per_block_and_no_script_or_markup() -> None:
    html = (
        "<html><head><title>ARF SOM &amp; press</title><style>p{color:red}</style></head><body>"
        "<script>var x = '<p>not text</p>';</script>"
        "<h1>Press release</h1><p>The 12th ASEAN Regional Forum\n   Senior Officials&#8217; Meeting "
        "<b>will be held</b> in Vientiane.</p><p>Officials will<br>discuss &lt;security&gt;.</p></body></html>"
    )
    found = from_html(html)
    assert found.title == "ARF SOM & press"
    assert found.text == (
        "Press release\n\nThe 12th ASEAN Regional Forum Senior Officials\u2019 Meeting will be held in Vientiane."
        "\n\nOfficials will\n\ndiscuss <security>."
    )


def test_pdf_lines_are_joined_into_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "release.pdf"
    path.write_bytes(
        minimal_pdf(
            [
                "The 12th ASEAN Regional Forum Senior Officials Meeting will be",
                "held in Vientiane on 12 June 2026, the chair an-",
                "nounced today.",
                "Officials will discuss maritime security and counter-terrorism",
                "at the meeting.",
            ],
            title="ARF SOM press release",
        )
    )
    found = from_file(path)
    assert found.title == "ARF SOM press release"
    assert found.text == (
        "The 12th ASEAN Regional Forum Senior Officials Meeting will be held in Vientiane on 12 June 2026, "
        "the chair announced today.\n\nOfficials will discuss maritime security and counter-terrorism at the meeting."
    )


def test_pdf_paragraph_break_at_blank_line() -> None:
    assert pdf_paragraphs("First line of a long paragraph\ngoes on\n\nSecond") == [
        "First line of a long paragraph goes on",
        "Second",
    ]


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("scan.pdf", minimal_pdf([]), "scan.pdf: holds no text (a scanned PDF"),
        ("broken.pdf", b"%PDF-1.4 this is not really a pdf", "broken.pdf: "),
        ("notes.docx", b"PK\x03\x04", "notes.docx: Summitry reads text from .txt, .html and .pdf files"),
        ("empty.txt", b"  \n\n ", "empty.txt: holds no text"),
    ],
)
def test_a_file_without_usable_text_is_refused_with_its_name(
    tmp_path: Path, name: str, content: bytes, words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SourceTextError) as caught:
        from_file(path)
    assert str(caught.value).startswith(words)
    assert "\n" not in str(caught.value)


def test_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(SourceTextError, match=r"^gone\.txt: cannot be read"):
        from_file(tmp_path / "gone.txt")
