"""The one normaliser: what the index holds for a text, what a query's words match there, and where."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from model.store import schema_facts as facts
from model.text import normalize
from model.text.normalize import TermPattern, index_text, normal_form, term_pattern, tokens

ROOT = Path(__file__).resolve().parents[3]


def test_english_words_are_folded_and_stemmed() -> None:
    assert index_text("Consultations on regional security — Hà Nội, the Café of O'Brien") == (
        "consult on region secur ha noi the cafe of o brien"
    )
    assert len({normal_form(w) for w in ["consultation", "consultations", "consulted", "Consulting"]}) == 1
    # Snowball's English stemmer, not the older Porter: these stay apart.
    assert normal_form("international") != normal_form("intern")
    assert normal_form("community") != normal_form("communication")


def test_russian_words_take_their_dictionary_form() -> None:
    assert index_text("Очередной раунд консультаций планируется провести в Маниле, ещё один") == (
        "очередной раунд консультация планироваться провести в манила еще один"
    )


def test_acronyms_stay_exact_in_any_script() -> None:
    assert normal_form("AIDS") == "aids" != normal_form("aids") == normal_form("aid")
    assert normal_form("EAS") == "eas"
    assert normal_form("АРФ") == "арф" != normal_form("арфа")


def test_scripts_without_spaces_give_a_word_per_letter_and_their_marks_are_no_words() -> None:
    assert tokens("万象 2016") == ["万", "象", "2016"]
    # Vowel signs and tone marks separate letters, as in SQLite's unicode61: never a word of their own.
    assert tokens("แม่น้ำ") == ["แ", "ม", "น", "ำ"]
    assert tokens("ວຽງຈັນ") == ["ວ", "ຽ", "ງ", "ຈ", "ນ"]
    assert tokens("មេគង្គ") == ["ម", "គ", "ង", "គ"]
    assert tokens("abc万象") == ["abc", "万", "象"]


def test_decomposed_accents_and_stress_marks_belong_to_their_word() -> None:
    assert tokens("Ha\u0300 No\u0323\u0302i") == ["ha", "noi"]
    assert tokens("за\u0301мок") == tokens("замок")


def test_a_word_longer_than_any_language_has_is_only_folded() -> None:
    long_word = "Consultation" * 6
    assert normal_form(long_word) == long_word.lower()
    assert normal_form("Консультации" * 6) == "консультации" * 6


def _texts(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


def _corpus() -> list[str]:
    texts = [*_texts(json.loads((ROOT / "resources" / "dataset.json").read_text(encoding="utf-8")))]
    texts += _texts(json.loads((ROOT / "tests/model/fixtures/search_corpus.json").read_text(encoding="utf-8")))
    texts += [
        "Αθήνα ΑΘΉΝΑ Straße İstanbul ǅemal ½ ² Ⅻ",
        "مُحَمَّد हिन्दी 한국어 日本語の文章 မြန်မာနိုင်ငံ ຫຼວງພະບາງ",
        "С.В.Лавров, 23-е заседание, ЁЛКА, COVIDа, за\u0301мок",
    ]
    return texts


def test_the_plain_sqlite_tokenizer_reads_exactly_these_words() -> None:
    """What the index stores is read by FTS5's built-in tokenizer (any sqlite3 shell has it) as exactly the
    normaliser's words, in order: so FTS5's phrases, highlighting and PostgreSQL all see the same tokens."""
    texts = _corpus()
    conn = sqlite3.connect(":memory:")
    conn.execute(f"CREATE VIRTUAL TABLE t USING fts5(body, tokenize='{facts.FTS_TOKENIZER}')")
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    conn.executemany("INSERT INTO t(rowid, body) VALUES (?, ?)", ((i, index_text(t)) for i, t in enumerate(texts)))
    read: dict[int, list[str]] = {}
    for doc, term in conn.execute("SELECT doc, term FROM v ORDER BY doc, offset"):
        read.setdefault(doc, []).append(term)
    assert len(texts) > 1000
    assert [read.get(i, []) for i in range(len(texts))] == [tokens(t) for t in texts]


#: Characters of the scripts the data is written in, with marks, digits, underscores and punctuation between.
_ALPHABET = st.sampled_from(
    [
        *"aZé_-' .,9",
        *"АяЁёйЙ",
        "\u0301",
        "\u0308",
        "\u0483",
        *"ມວຽງຈັນ່",
        *"แม่น้ำ",
        *"មេគង្គ",
        *"万象한",
        *"αή",
        "\u200b",
        "\U0002000b",
    ]
)


@settings(max_examples=300, deadline=None)
@given(text=st.text(_ALPHABET, max_size=40))
def test_any_text_reads_the_same_to_the_index_and_to_the_highlighter(text: str) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute(f"CREATE VIRTUAL TABLE t USING fts5(body, tokenize='{facts.FTS_TOKENIZER}')")
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    conn.execute("INSERT INTO t(rowid, body) VALUES (1, ?)", (index_text(text),))
    read = [term for (term,) in conn.execute("SELECT term FROM v ORDER BY offset")]
    assert read == tokens(text) == [form for _start, _end, form in normalize.located(text)]


def test_each_word_is_located_where_it_was_written() -> None:
    text = "Очередной раунд — в Маниле, ещё один; Hà Nội."
    where = {form: text[start:end] for start, end, form in normalize.located(text)}
    assert where["манила"] == "Маниле"
    assert where["еще"] == "ещё"
    assert where["noi"] == "Nội"
    assert [form for _start, _end, form in normalize.located(text)] == tokens(text)


@pytest.mark.parametrize(
    ("text", "prefix", "expected"),
    [
        ("consultations", False, (("consult",),)),
        ("Маниле", False, (("манила",),)),
        # An acronym typed in capitals means the acronym; in lower case, the acronym or the word.
        ("АРФ", False, (("арф",),)),
        ("арф", False, (("арфа",), ("арф",))),
        ("aids", False, (("aid",), ("aids",))),
        # Phrases and words of several tokens are runs.
        ("regional security", False, (("region", "secur"),)),
        ("flood-forecasting", False, (("flood", "forecast"),)),
        ("ວຽງຈັນ", False, (("ວ", "ຽ", "ງ", "ຈ", "ນ"),)),
        # A prefix as written and, when it is a whole word, as its normal form.
        ("consult", True, (("consult",),)),
        ("consultation", True, (("consult",),)),
        ("Маниле", True, (("манила",), ("маниле",))),
        ("консульт", True, (("консульт",),)),
    ],
)
def test_what_a_query_term_matches(text: str, prefix: bool, expected: tuple[tuple[str, ...], ...]) -> None:
    assert term_pattern(text, prefix) == TermPattern(expected, prefix)


def test_a_term_without_words_matches_nothing_and_many_readings_are_bounded() -> None:
    assert term_pattern("—") is None
    assert len(term_pattern("арф вас арф").alternatives) == 8  # type: ignore[union-attr]
    # Two readings of each of four words would make 16 phrases: past 8, each word in its own form only.
    assert term_pattern("арф вас арф вас") == TermPattern((("арфа", "вы", "арфа", "вы"),))
