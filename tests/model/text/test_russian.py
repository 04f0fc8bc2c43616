"""Russian word forms for search: inflected forms share one normal form, acronyms stay exact, and text
normalised in Python (by the one normaliser, model.text.normalize) still reads, token for token, as the
index's own tokenizer reads it."""

from __future__ import annotations

import sqlite3

import pytest

from model.store import schema_facts as facts
from model.text import normalize, russian

#: A ministry-style paragraph (as a Russian record's description would read).
TEXT = (
    "25–26 июля 2016 года во Вьентьяне состоялось 23-е заседание Регионального форума АСЕАН по безопасности "
    "(АРФ). Российскую делегацию возглавлял Министр иностранных дел Российской Федерации С.В.Лавров. "
    "Российская сторона выступила за продолжение консультаций в рамках Восточноазиатского саммита (ВАС). "
    "Очередной раунд консультаций планируется провести в Маниле, ещё один — на Филиппинах в 2017 году."
)


@pytest.mark.parametrize(
    "forms",
    [
        ["Манила", "Маниле", "Манилы", "МАНИЛА", "Манилой"],
        ["саммит", "саммита", "саммиту", "саммитов"],
        ["консультация", "консультации", "консультаций", "консультациями"],
        ["еще", "ещё", "ЕЩЁ"],
        ["Филиппины", "Филиппинах", "Филиппин"],
        ["Вьентьян", "Вьентьяне", "Вьентьяна"],
        ["встреча", "встречи", "встреч"],
        ["провести", "проведена", "проведён"],
    ],
)
def test_forms_of_one_word_find_each_other(forms: list[str]) -> None:
    assert len({russian.normalize_word(form) for form in forms}) == 1


@pytest.mark.parametrize(
    ("acronym", "word"),
    [("АРФ", "арфа"), ("ВАС", "вы"), ("АСЕАН", "асеана")],
)
def test_acronyms_stay_exact_and_apart_from_the_words_they_look_like(acronym: str, word: str) -> None:
    assert russian.normalize_word(acronym) == acronym.casefold()
    assert russian.normalize_word(acronym) != russian.normalize_word(word)


def test_an_acronym_with_a_case_ending_finds_the_acronym() -> None:
    assert russian.normalize_word("СМИДа") == russian.normalize_word("СМИД") == "смид"
    assert russian.normalize_word("МИДом") == "мид"


def test_yo_is_written_ye_so_either_spelling_finds_the_other() -> None:
    assert russian.normalize_word("ещё") == russian.normalize_word("еще") == "еще"
    assert normalize.index_text("Пройдёт ЁЛКА") == "пройти елка"


def test_unrelated_words_that_share_a_stem_stay_apart() -> None:
    # Snowball cuts both to "стран"; a country is not "strange".
    assert russian.normalize_word("стран") != russian.normalize_word("странный")
    assert russian.normalize_word("мая") != russian.normalize_word("Газа")


def test_an_acronym_typed_in_capitals_finds_only_the_acronym_and_in_lower_case_either() -> None:
    assert normalize.word_forms("АРФ") == ("арф",)
    assert set(normalize.word_forms("арф")) == {"арф", russian.normalize_word("арфа")}
    # A form longer than any acronym can only be held in its dictionary form.
    assert normalize.word_forms("Маниле") == ("манила",)


def test_stress_marks_and_letters_in_other_scripts_are_not_words_of_their_own() -> None:
    assert russian.normalize_word("за\u0301мок") == russian.normalize_word("замок")
    assert russian.normalize_word("COVIDа") == "covidа"
    assert normalize.index_text("23-е заседание") == "23 е заседание"


def _index_tokens(text: str) -> list[str]:
    conn = sqlite3.connect(":memory:")
    conn.execute(f"CREATE VIRTUAL TABLE t USING fts5(body, tokenize='{facts.FTS_TOKENIZER}')")
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    conn.execute("INSERT INTO t(body) VALUES (?)", (text,))
    return [term for (term,) in conn.execute("SELECT term FROM v ORDER BY offset")]


def test_every_word_keeps_its_place_for_the_index_tokenizer() -> None:
    # Phrases still match and highlighting can map the n-th token back to the n-th word written.
    text = TEXT + " за\u0301мок, Hà Nội, C++ O'Brien"
    normalised = normalize.index_text(text)
    assert _index_tokens(normalised) == normalize.tokens(text)
    assert len(normalize.tokens(text)) == len(_index_tokens(text))
    assert normalised.split()[0:6] == ["25", "26", "июль", "2016", "год", "в"]


def _search(query_words: list[str]) -> bool:
    """Whether TEXT, indexed as normalised text with the index's tokenizer, matches all these words."""
    conn = sqlite3.connect(":memory:")
    conn.execute(f"CREATE VIRTUAL TABLE t USING fts5(body, tokenize='{facts.FTS_TOKENIZER}')")
    conn.execute("INSERT INTO t(body) VALUES (?)", (normalize.index_text(TEXT),))
    expression = " AND ".join(
        "(" + " OR ".join(f'"{form}"' for form in normalize.word_forms(word)) + ")" for word in query_words
    )
    return bool(conn.execute("SELECT count(*) FROM t WHERE t MATCH ?", (expression,)).fetchone()[0])


@pytest.mark.parametrize(
    "query",
    [
        "Манила",
        "Маниле",
        "Манилы",
        "МАНИЛА",
        "саммит",
        "консультация",
        "консультации",
        "еще",
        "АРФ",
        "арф",
        "АСЕАН",
        "асеан",
        "ВАС",
        "Филиппины",
        "Российская Федерация",
    ],
)
def test_the_issues_searches_find_the_paragraph(query: str) -> None:
    assert _search(query.split())


@pytest.mark.parametrize("query", ["арфа", "вы", "странный", "Манилов"])
def test_words_that_only_look_alike_do_not_find_it(query: str) -> None:
    assert not _search(query.split())


def test_a_phrase_matches_in_any_case_of_its_words() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute(f"CREATE VIRTUAL TABLE t USING fts5(body, tokenize='{facts.FTS_TOKENIZER}')")
    conn.execute("INSERT INTO t(body) VALUES (?)", (normalize.index_text(TEXT),))
    phrase = '"' + normalize.index_text("Региональный форум АСЕАН") + '"'
    assert conn.execute("SELECT count(*) FROM t WHERE t MATCH ?", (phrase,)).fetchone()[0] == 1
