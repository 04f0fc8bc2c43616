"""How text goes into the full-text index: scripts without spaces are split into characters."""

from __future__ import annotations

import unicodedata

from model.search import textindex


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


def test_combining_marks_stay_with_their_base_in_every_no_space_script() -> None:
    # prepare() finds marks with a pattern built from the short ranges only: the long ones must have none.
    ranges = [
        range(ord(lo), ord(hi) + 1) for lo, hi in zip(textindex._NO_SPACE[0::3], textindex._NO_SPACE[2::3], strict=True)
    ]
    long_ranges = [r for r in ranges if len(r) > textindex._MARKLESS_BLOCK]
    assert long_ranges  # the ideographs and Hangul
    for codes in long_ranges:
        assert not [c for c in codes if unicodedata.category(chr(c)).startswith("M")]
    for codes in ranges:
        base = next(chr(c) for c in codes if unicodedata.category(chr(c))[0] not in "MC")
        for code in codes:
            if unicodedata.category(chr(code)).startswith("M"):
                mark = chr(code)
                assert textindex.prepare(base + mark + base).split(textindex.SEGMENT) == [base + mark, base], hex(code)


def test_document_text_reads_nested_lists_ids_as_words_and_skips_numbers_and_machine_fields() -> None:
    record = {
        "title": "T",
        "city": "Vientiane",
        "participants": [{"country": "south-korea", "head": "A. Kim", "citations": [{"source": "s", "start": 3}]}],
        "agenda": [{"title": "Piracy", "topics": ["maritime-piracy", "sea-lanes"]}, {"title": "Trade"}],
        "ordinal": 3,
        "date": "2016-07",
        "odd": [["a-b", {"forum": "asean-russia", "n": [1, 2.5, None, True, "q-r"]}], "c-d"],
    }
    title, body = textindex.document_text("meeting", record)
    assert title == "T"
    assert body.split(" \n") == [
        "Vientiane",
        "south korea",
        "A. Kim",
        "Piracy",
        "maritime piracy",
        "sea lanes",
        "Trade",
        "a-b",
        "asean russia",
        "q-r",
        "c-d",
    ]
