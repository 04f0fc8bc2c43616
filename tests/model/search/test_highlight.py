"""Finding a query's words in human text by the index's rules, and cutting snippets around them."""

from __future__ import annotations

import pytest

from model.search.highlight import LEAD, SNIPPET_LENGTH, Highlighter, best_snippet, cut


def marked(query: str, text: str) -> list[str]:
    return [text[s:e] for s, e in Highlighter.for_query(query).spans([text])[0]]


@pytest.mark.parametrize(
    ("query", "text", "expected"),
    [
        ("consultation", "Five rounds of relevant consultations; one consultation.", ["consultations", "consultation"]),
        ("consult*", "Consulted, consultations — and a consul.", ["Consulted", "consultations"]),
        ("cafe", "The Café of O'Brien", ["Café"]),
        ('"ha noi"', "Réunion à Hà Nội; Hà and Nội apart", ["Hà Nội"]),
        ('"regional security"', "security regional, then regional security", ["regional security"]),
        ("Asia", "Southeast Asian Nations in Asia", ["Asia"]),  # whole words: never inside "Asian"
        ("EAS", "East Asia Summit (EAS)", ["EAS"]),
        ("piracy -ARF", "ARF talks on piracy", ["piracy"]),  # what is excluded is never marked
        ("piracy OR terrorism", "terrorism and piracy", ["terrorism", "piracy"]),
        ("forum:ARF year:2014", "ARF in 2014", []),  # filters are not words of the text
        ("ວຽງຈັນ", "ນະຄອນຫຼວງວຽງຈັນ ແມ່ນ", ["ວຽງຈັນ"]),  # inside a run of Lao written without spaces
        ("万象", "湄公河委员会部长级会议在万象举行", ["万象"]),
        ("𠀋", "a rare ideograph 𠀋 here", ["𠀋"]),  # beyond the Basic Multilingual Plane
        ('C++ "', "C++ models", ["C"]),  # broken input is safe
    ],
)
def test_marks_what_the_index_matches(query: str, text: str, expected: list[str]) -> None:
    assert marked(query, text) == expected


def test_texts_are_matched_each_on_their_own() -> None:
    spans = Highlighter.for_query("piracy").spans(["no match", "", "piracy at sea", "Piracy"])
    assert spans == [(), (), ((0, 6),), ((0, 6),)]


def test_a_snippet_starts_shortly_before_the_match_in_a_long_passage() -> None:
    text = (
        "Opening words. " * 30
        + "At the meeting,  cooperation\n against maritime piracy was discussed. "
        + "More. " * 40
    )
    snippet = cut(text, Highlighter.for_query("piracy").spans([text])[0])
    (start, end), *_ = snippet.highlights
    assert snippet.text[start:end] == "piracy"
    assert start <= LEAD + 1  # the match is near the start, where a one-line list shows it
    assert snippet.text.startswith("…") and snippet.text.endswith("…")
    assert "cooperation against maritime piracy" in snippet.text  # white space as one space
    assert len(snippet.text) <= SNIPPET_LENGTH + 2


def test_a_short_passage_is_shown_whole() -> None:
    text = "One of the multilateral platforms of which ASEAN is the backbone."
    snippet = cut(text, Highlighter.for_query("ASEAN").spans([text])[0])
    assert snippet.text == text
    assert [snippet.text[s:e] for s, e in snippet.highlights] == ["ASEAN"]


def test_the_passage_matching_most_words_is_chosen() -> None:
    passages = ["Terrorism only.", "Piracy and terrorism both.", "Piracy only."]
    spans = Highlighter.for_query("piracy OR terrorism").spans(passages)
    assert best_snippet(passages, spans).text == "Piracy and terrorism both."
    assert best_snippet(["", "First words."], [(), ()]).text == "First words."
