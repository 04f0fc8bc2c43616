"""Reading JSON and YAML: every unreadable input becomes a located problem, never an exception trace."""

from __future__ import annotations

from pathlib import Path

import pytest

from model.interchange import dataload
from model.interchange.problems import InputError


def problems(raw: bytes, fmt: str = "json") -> list[str]:
    with pytest.raises(InputError) as info:
        dataload.parse_bytes(raw, "f", fmt)
    return [str(p) for p in info.value.problems]


def test_malformed_json_names_line_and_column() -> None:
    assert problems(b'{"format": "summitry",\n  "version": 1,\n  "meetings": [}') == [
        "line 3, column 16: not valid JSON: Expecting value"
    ]


def test_not_utf8_names_the_place() -> None:
    (found,) = problems(b'{"title":\n "caf\xe9"}')
    assert found.startswith("line 2, column 6")
    assert "not UTF-8" in found


def test_utf8_byte_order_mark_is_accepted() -> None:
    assert dataload.parse_bytes(b'\xef\xbb\xbf{"a": "\xc3\xa9"}', "f") == {"a": "é"}


def test_hundred_thousand_nested_lists() -> None:
    (found,) = problems(b"[" * 100_000 + b"]" * 100_000)
    assert found == f"line 1, column {dataload.MAX_DEPTH + 1}: the data is nested too deeply (more than 64 levels)"


def test_nesting_just_past_the_limit_is_refused_and_at_the_limit_accepted() -> None:
    depth = dataload.MAX_DEPTH
    assert dataload.parse_bytes(b"[" * depth + b"]" * depth, "f") is not None
    (found,) = problems(b'{"a": "[[[[", "b": ' + b"[" * depth + b"]" * depth + b"}")
    assert "nested too deeply" in found
    assert found.startswith("line 1, column ")  # the bracket inside the string is not counted


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b'{"n": ' + b"7" * 5000 + b"}", "$.n: 777777777777… (5000 digits) is too large to be a usable number"),
        (b'{"a": [1, 1e999]}', "$.a[1]: 1e999 is too large to be a usable number"),
        (b'{"a": NaN}', "$.a: NaN is not a number; leave the field out or give a number"),
        (b'{"a": {"b": -Infinity}}', "$.a.b: -Infinity is not a number; leave the field out or give a number"),
    ],
)
def test_huge_and_non_numbers_are_located_by_json_path(raw: bytes, expected: str) -> None:
    assert problems(raw) == [expected]


def test_every_unusable_number_is_reported() -> None:
    assert len(problems(b"[NaN, Infinity, 1e400, " + b"1" * 200 + b"]")) == 4


def test_valid_yaml_keeps_dates_as_text() -> None:
    data = dataload.parse_bytes(b"format: summitry\nversion: 1\nmeetings:\n  - date: 2016-07-25\n", "f", "yaml")
    assert data == {"format": "summitry", "version": 1, "meetings": [{"date": "2016-07-25"}]}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"a: 1\nb: [1, 2\nc: 3\n", "line 3, column 2: not valid YAML"),
        (b"a: &x [1, 2]\nb: *x\n", "line 2, column 4: not valid YAML: aliases (*name) are not allowed"),
        (b"format: summitry\n1: x\n", "line 2, column 1: not valid YAML: field names must be text"),
        (b"a: .nan\n", "$.a: .nan is not a number"),
        (b"a: " + b"[" * 100_000 + b"]" * 100_000 + b"\n", "line 1, column 68: the data is nested too deeply"),
        (b"a: " + b"[" * 70 + b"]" * 70 + b"\n", "$.a[0][0]"),
        (b"a: " + b"9" * 5000 + b"\n", "$.a: 999999999999… (5000 digits) is too large"),
    ],
)
def test_broken_yaml_is_located(raw: bytes, expected: str) -> None:
    (found,) = problems(raw, "yaml")
    assert found.startswith(expected)


def test_read_file_picks_yaml_by_extension_and_reports_missing_files(tmp_path: Path) -> None:
    yml = tmp_path / "data.yml"
    yml.write_text("a: 2016-07-25\n", encoding="utf-8")
    assert dataload.read_file(yml) == {"a": "2016-07-25"}
    with pytest.raises(InputError, match="problem") as info:
        dataload.read_file(tmp_path / "missing.json")
    assert str(info.value.problems[0]) == "file: no such file"
    with pytest.raises(InputError) as info:
        dataload.read_file(tmp_path)
    assert "folder" in info.value.problems[0].message


def test_a_field_given_twice_in_json_is_refused_with_its_path_and_both_places() -> None:
    raw = b'{"format": "summitry",\n "topics": [{"id": "a", "label": "A"}],\n "meetings": [{"id": "m",\n'
    raw += b'   "topics": ["x"],\n   "topics": ["y"]}],\n "topics": []}'
    assert problems(raw) == [
        "$.meetings[0].topics: the field 'topics' is given twice in the same object "
        "(line 4, column 4 and line 5, column 4); give it once",
        "$.topics: the field 'topics' is given twice in the same object "
        "(line 2, column 2 and line 6, column 2); give it once",
    ]


def test_fields_that_are_equal_once_unescaped_are_the_same_field() -> None:
    assert problems(b'{"title": 1, "\\u0074itle": 2}') == [
        "$.title: the field 'title' is given twice in the same object (line 1, column 2 and line 1, column 14); "
        "give it once"
    ]


def test_a_field_given_twice_in_yaml_is_refused_with_its_path_and_both_places() -> None:
    raw = b"format: summitry\nmeetings:\n  - id: m\n    agenda:\n      - title: A\n        title: B\n"
    assert problems(raw, "yaml") == [
        "$.meetings[0].agenda[0].title: the field 'title' is given twice in the same object "
        "(line 5, column 9 and line 6, column 9); give it once"
    ]


@pytest.mark.parametrize(
    ("raw", "fmt", "expected"),
    [
        (b'{"topics": [{"label": "ok", "note": "x\\ud800"}]}', "json", "$.topics[0].note: holds \\ud800"),
        (b'{"a": "\\udfff\\ud83d"}', "json", "$.a: holds \\udfff"),
        (b'{"\\udc00": 1}', "json", "$.\\udc00: the field name holds \\udc00"),
        (b'topics:\n  - label: "\\ud800"\n', "yaml", "$.topics[0].label: holds \\ud800"),
        (b'a: "\\U0000DBFF"\n', "yaml", "$.a: holds \\udbff"),
    ],
)
def test_a_lone_surrogate_escape_is_located_not_a_crash(raw: bytes, fmt: str, expected: str) -> None:
    (found,) = problems(raw, fmt)
    assert found.startswith(expected)
    assert found.endswith("half of a UTF-16 surrogate pair and not a character on its own; write the character itself")
    found.encode("utf-8")  # printable as it is


def test_a_surrogate_pair_is_one_character() -> None:
    assert dataload.parse_bytes(b'{"a": "\\ud83d\\ude00 \\\\ud800"}', "f") == {"a": "\U0001f600 \\ud800"}
