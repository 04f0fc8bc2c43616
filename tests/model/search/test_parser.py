"""The search language's parser: the tree it reads, and the hints it gives for broken input."""

from __future__ import annotations

import pytest

from model.search.parser import And, Field, Not, Or, Term, field_value, parse_query, with_field


def tree(text: str) -> object:
    return parse_query(text).tree


def test_words_phrases_prefixes() -> None:
    assert tree("piracy") == Term("piracy")
    assert tree('"regional security"') == Term("regional security", phrase=True)
    assert tree("consult*") == Term("consult", prefix=True)


def test_implicit_and_or_not_and_parentheses() -> None:
    assert tree("piracy terrorism") == And((Term("piracy"), Term("terrorism")))
    assert tree("piracy AND terrorism") == And((Term("piracy"), Term("terrorism")))
    assert tree("piracy OR terrorism") == Or((Term("piracy"), Term("terrorism")))
    assert tree("-ARF") == Not(Term("ARF"))
    assert tree("NOT ARF") == Not(Term("ARF"))
    assert tree("(piracy OR terrorism) -ARF") == And((Or((Term("piracy"), Term("terrorism"))), Not(Term("ARF"))))
    assert tree("a OR b c") == Or((Term("a"), And((Term("b"), Term("c")))))


def test_fields() -> None:
    assert tree("forum:ARF year:2014 city:Jakarta") == And(
        (Field("forum", "ARF"), Field("year", "2014"), Field("city", "Jakarta"))
    )
    assert tree('forum:"ASEAN Regional Forum" piracy') == And((Field("forum", "ASEAN Regional Forum"), Term("piracy")))
    assert tree("-type:outcome") == Not(Field("type", "outcome"))
    assert tree("TYPE:meeting|round") == Field("type", "meeting|round")


@pytest.mark.parametrize(
    ("text", "expected_tree", "hint_word"),
    [
        ('"regional security', Term("regional security", phrase=True), "quotation mark"),
        ("(piracy OR terrorism", Or((Term("piracy"), Term("terrorism"))), "not closed"),
        ("piracy)", Term("piracy"), "closing parenthesis"),
        ("OR", None, "OR needs"),
        ("piracy OR", Term("piracy"), "OR needs"),
        ("NOT", None, "NOT needs"),
        ("x:y", Term("x:y"), "no field 'x:'"),
        ("forum:", None, "needs a value"),
        ("😀", None, "no letters"),
    ],
)
def test_broken_input_is_repaired_with_a_hint(text: str, expected_tree: object, hint_word: str) -> None:
    parsed = parse_query(text)
    assert parsed.tree == expected_tree
    assert any(hint_word in h for h in parsed.hints), parsed.hints


def test_words_with_punctuation_stay_words() -> None:
    assert tree("C++ O'Brien a-b") == And((Term("C++"), Term("O'Brien"), Term("a-b")))


def test_control_characters_and_huge_input() -> None:
    assert tree("pira\x00cy\ttrade") == And((Term("pira"), Term("cy"), Term("trade")))
    parsed = parse_query("word " * 2000 + "(" * 5000)
    assert isinstance(parsed.tree, And)
    assert len(parsed.tree.children) == 64
    assert any("first 64" in h for h in parsed.hints)


def test_with_field_replaces_only_that_filter() -> None:
    assert with_field("piracy forum:ARF year:2014", "forum", "EAS") == "piracy year:2014 forum:EAS"
    assert with_field("piracy forum:ARF", "forum", None) == "piracy"
    assert with_field("", "city", "Bandar Seri Begawan") == 'city:"Bandar Seri Begawan"'
    assert with_field("(forum:ARF OR x)", "forum", "EAS") == "(forum:ARF OR x) forum:EAS"
    assert field_value("piracy forum:ARF", "forum") == "ARF"
    assert field_value("piracy", "forum") is None
