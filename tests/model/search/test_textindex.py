"""What text a record gives the full-text index (how that text is normalised: tests/model/text/)."""

from __future__ import annotations

from model.search import textindex


def test_document_text_puts_description_first() -> None:
    title, body = textindex.document_text("meeting", {"title": "T", "city": "Jakarta", "description": "Prose."})
    assert title == "T"
    assert body.startswith("Prose.")
    assert "Jakarta" in body


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
