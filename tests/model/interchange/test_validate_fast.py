"""The compiled schema check never lets through what the full jsonschema check would refuse.

``validate.schema_problems`` asks fastjsonschema-compiled checks of each record first and only calls
jsonschema (which words the problems) when one fails; so on every broken file both paths must report the same.
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Iterator
from typing import Any

import pytest

from model.interchange import bundled, validate

BAD_VALUES: list[Any] = [True, False, 1, 1.0, 2.5, -1, "", "X", "Not An Id", "a" * 600, None, [], {}, ["x"], {"a": 1}]


def _small_file() -> dict[str, Any]:
    """The bundled dataset cut to one record per collection (sources without their long text): quick to check."""
    data = bundled.read_bundled()
    small = {k: (v[:1] if isinstance(v, list) else v) for k, v in data.items()}
    small["sources"] = [{**small["sources"][0], "text": "A short text."}]
    return small


def _places(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _places(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _places(v, (*path, i))


def _mutants(base: dict[str, Any], count: int) -> Iterator[dict[str, Any]]:
    rnd = random.Random(6)
    places = [p for p in _places(base) if p]
    for _ in range(count):
        doc = copy.deepcopy(base)
        path = rnd.choice(places)
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        how = rnd.random()
        if how < 0.7:
            parent[path[-1]] = rnd.choice(BAD_VALUES)
        elif how < 0.85 and isinstance(parent, dict):
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent["unexpected_field"] = 1
        else:
            parent.append(rnd.choice(BAD_VALUES))
        yield doc


def _compiled_checks_pass(doc: dict[str, Any]) -> bool:
    """Whether every record of ``doc`` passes its compiled check."""
    checks = validate._record_checks()
    try:
        for key, check in checks.items():
            for item in doc.get(key, []):
                check(item)
    except Exception:  # fastjsonschema raises its own exception types
        return False
    return True


def test_a_valid_file_passes_both_paths() -> None:
    base = _small_file()
    assert _compiled_checks_pass(base)
    assert validate.schema_problems(base) == []
    assert validate._full_schema_problems(base) == []


def test_the_compiled_checks_have_no_ref_left() -> None:
    # fastjsonschema's code for a $ref formats the place's name from all its locals on every call: the
    # definitions are written in place instead, so the compiled code has no such call.
    schema = validate.load_schema()
    for kind in validate.COLLECTIONS.values():
        assert "$ref" not in json.dumps(validate._in_place(schema["$defs"][kind], schema["$defs"]))


def test_broken_files_get_the_same_worded_problems() -> None:
    broken = 0
    for doc in _mutants(_small_file(), 100):
        full = validate._full_schema_problems(doc)
        broken += bool(full)
        # Equal also means never more lenient: a file the compiled checks pass gets no problem at all.
        assert validate.schema_problems(doc) == full
    assert broken > 80  # the mutations really break files


def test_paragraph_finder_counts_like_paragraph_of() -> None:
    text = "One.\n\nTwo a.\n \n\nThree.\n\n\n\nFour\nstill four.\n\n"
    find = validate.ParagraphFinder()
    for offset in range(len(text) + 1):
        assert find(text, offset) == validate.paragraph_of(text, offset), offset


CITATIONS: list[Any] = [
    {"source": "s", "quote": "q"},
    {"source": "s", "quote": "q", "start": 0, "end": 1, "paragraph": 1, "note": "n"},
    {"basis": "general-knowledge", "note": "n"},
    {"source": "s", "quote": "q", "basis": "general-knowledge"},
    {"basis": "general-knowledge", "note": "n", "source": "s"},
    {"basis": "general-knowledge", "note": "n", "quote": "q"},
    {"basis": "general-knowledge"},
    {"basis": "other", "note": "n"},
    {"source": "s"},
    {"quote": "q"},
    {"note": "n"},
    {},
    "s",
    None,
    ["s", "q"],
    {"source": "Not An Id", "quote": "q"},
    {"source": "s", "quote": ""},
]


@pytest.mark.parametrize("citation", CITATIONS, ids=[str(i) for i in range(len(CITATIONS))])
def test_every_kind_of_citation_gets_the_same_verdict_from_both_paths(citation: Any) -> None:
    # The compiled check reads a citation's oneOf as "has a source? then quoting, else basis".
    doc = _small_file()
    doc["meetings"][0]["citations"] = [citation]
    full = validate._full_schema_problems(doc)
    assert validate.schema_problems(doc) == full
    assert _compiled_checks_pass(doc) == (not full)
