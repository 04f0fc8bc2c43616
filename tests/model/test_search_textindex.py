"""How text goes into the full-text index: scripts without spaces are split into characters."""

from __future__ import annotations

from model import textindex


def test_latin_text_is_unchanged() -> None:
    text = "Consultations on a regional security architecture — Hà Nội, O'Brien, C++"
    assert textindex.prepare(text) == text


def test_runs_without_spaces_become_characters() -> None:
    assert textindex.prepare("万象 2016") == "万\u200b象 2016"
    # Thai and Khmer combining vowels and signs stay with their base letter.
    assert textindex.prepare("แม่น้ำ").split(textindex.SEGMENT) == ["แ", "ม่", "น้", "ำ"]
    assert textindex.prepare("មេគង្គ").split(textindex.SEGMENT) == ["មេ", "គ", "ង្", "គ"]


def test_unprepare_gives_back_what_was_written() -> None:
    for text in ["ລາວ ວຽງຈັນ", "湄公河委员会部长级会议", "plain"]:
        assert textindex.unprepare(textindex.prepare(text)) == text


def test_document_text_puts_description_first() -> None:
    title, body = textindex.document_text("meeting", {"title": "T", "city": "Jakarta", "description": "Prose."})
    assert title == "T"
    assert body.startswith("Prose.")
    assert "Jakarta" in body
