"""Checking a data file before anything is written: the JSON Schema, then meaning.

Every problem is collected (not just the first), located by JSON path and
worded so a person can fix the file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping
from functools import lru_cache
from importlib import resources
from typing import Any

import jsonschema
from jsonschema.exceptions import ValidationError

from model import dates
from model.problems import Problem, json_path

SCHEMA_RESOURCE = "summitry.schema.json"
# The collections of a file, and the record type of their items.
COLLECTIONS = {
    "sources": "source",
    "countries": "country",
    "topics": "topic",
    "forums": "forum",
    "meetings": "meeting",
    "processes": "process",
    "outcomes": "outcome",
}
DATE_FIELDS = ("date", "founded", "since", "until", "as_of", "status_as_of", "period")
# Reference fields and the record type they must point at.
REF_FIELDS = {"forum": "forum", "parent": "forum", "country": "country", "joined_at": "meeting", "meeting": "meeting"}

#: Look up ids that are not in the file: id -> record type, for those that exist.
ExistingLookup = Callable[[set[str]], dict[str, str]]
#: Look up source texts that are not in the file.
SourceLookup = Callable[[set[str]], dict[str, str]]


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    text = resources.files("resources").joinpath(SCHEMA_RESOURCE).read_text(encoding="utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(load_schema())


def _kind(value: Any) -> str:
    return {
        bool: "true/false",
        int: "a number",
        float: "a number",
        str: "text",
        list: "a list",
        dict: "an object",
        type(None): "null",
    }.get(type(value), type(value).__name__)


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _word(error: ValidationError) -> str:
    """A person's wording of one JSON Schema error."""
    v, inst = error.validator, error.instance
    value: Any = error.validator_value  # typed loosely by jsonschema; its shape depends on the keyword
    sub: Any = error.schema
    if v == "required":
        missing = [m for m in value if isinstance(inst, dict) and m not in inst]
        return f"missing required field '{missing[0] if missing else value}'"
    if v == "additionalProperties":
        allowed = sorted(sub.get("properties", {}))
        extra = sorted(set(inst) - set(allowed)) if isinstance(inst, dict) else []
        return f"unknown field '{extra[0] if extra else '?'}' (allowed here: {', '.join(allowed)})"
    if v == "type":
        expected = {"string": "", "integer": 0, "array": [], "object": {}}.get(value)
        return f"should be {_kind(expected)}, not {_kind(inst)}"
    if v == "enum":
        return f"{_short(inst)} is not one of: {', '.join(map(str, value))}"
    if v == "const":
        return f"should be {json.dumps(value)}, not {_short(inst)}"
    if v == "pattern":
        if "a-z0-9" in str(value):
            return f"{_short(inst)} is not a valid id (lower-case letters, digits and hyphens, up to 80 characters)"
        if "[A-Z]{2}" in str(value):
            return f"{_short(inst)} is not an ISO 3166 code (two capital letters, e.g. LA)"
        return f"{_short(inst)} does not have the expected form"
    if v in ("maximum", "minimum"):
        return f"{_short(inst)} is out of range ({v} {value})"
    if v in ("maxLength", "minLength"):
        return "is empty" if v == "minLength" else f"is too long (at most {value} characters)"
    if v == "maxItems":
        return f"has too many entries (at most {value})"
    if v == "oneOf" and isinstance(inst, dict) and ("source" in inst or "basis" in inst or "quote" in inst):
        return "a citation needs 'source' and 'quote' (optionally start, end, paragraph, note), or 'basis' and 'note'"
    if v == "anyOf" and isinstance(inst, dict):
        return "needs a 'country' or an 'organisation'"
    return error.message


def schema_problems(data: Any) -> list[Problem]:
    """Every place the data breaks the JSON Schema, one problem per location."""
    if not isinstance(data, dict):
        return [Problem("$", f'a Summitry file is a JSON object with "format": "summitry", not {_kind(data)}')]
    seen: set[str] = set()
    out: list[Problem] = []
    for error in sorted(_validator().iter_errors(data), key=lambda e: (list(map(str, e.absolute_path)), e.validator)):
        where = json_path(error.absolute_path)
        if where in seen:
            continue
        seen.add(where)
        out.append(Problem(where, _word(error)))
    return out


def iter_records(data: Mapping[str, Any]) -> Iterator[tuple[str, list[str | int], dict[str, Any]]]:
    """Every record in a (schema-valid) file: (type, path, object); rounds included."""
    for key, kind in COLLECTIONS.items():
        for i, obj in enumerate(data.get(key) or []):
            yield kind, [key, i], obj
            if kind == "process":
                for j, rnd in enumerate(obj.get("rounds") or []):
                    yield "round", [key, i, "rounds", j], rnd


def _walk(value: Any, path: list[str | int]) -> Iterator[tuple[list[str | int], Any]]:
    yield path, value
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _walk(v, [*path, k])
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _walk(v, [*path, i])


def _refs(obj: dict[str, Any], path: list[str | int]) -> Iterator[tuple[list[str | int], str, str]]:
    """(path, id, expected type) for every reference inside one record."""
    for sub, value in _walk(obj, path):
        if not sub or not isinstance(sub[-1], str) or sub[-1] == "rounds":
            continue
        key = sub[-1]
        if key in REF_FIELDS and isinstance(value, str) and len(sub) > len(path):
            yield sub, value, REF_FIELDS[key]
        elif key == "source" and isinstance(value, str):
            yield sub, value, "source"
        elif key == "topics" and isinstance(value, list):
            for i, t in enumerate(value):
                yield [*sub, i], t, "topic"
        elif key == "related" and isinstance(value, list):
            for i, rel in enumerate(value):
                yield [*sub, i, "id"], rel.get("id", ""), "outcome"


def _skip_rounds(kind: str, obj: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if k != "rounds"} if kind == "process" else obj


_PARA = re.compile(r"\n\s*\n")


def paragraph_of(text: str, offset: int) -> int:
    """1-based paragraph number (blocks separated by blank lines) of a character offset."""
    return len(_PARA.findall(text, 0, offset)) + 1


def meaning_problems(data: Mapping[str, Any], existing: ExistingLookup, source_texts: SourceLookup) -> list[Problem]:
    """Problems a schema cannot see: duplicate ids, dangling references, dates, quotes, cycles."""
    out: list[Problem] = []
    defined: dict[str, tuple[str, str]] = {}
    records = list(iter_records(data))
    for kind, path, obj in records:
        rid = obj["id"]
        if rid in defined:
            out.append(
                Problem(json_path([*path, "id"]), f"id '{rid}' is used twice in this file (first at {defined[rid][1]})")
            )
        else:
            defined[rid] = (kind, json_path(path))
    in_db = existing(set(defined))
    for rid, db_kind in in_db.items():
        kind, where = defined[rid]
        if db_kind != kind:
            out.append(Problem(f"{where}.id", f"id '{rid}' already names a {db_kind} in the database, not a {kind}"))

    refs = [(p, rid, want) for kind, path, obj in records for p, rid, want in _refs(_skip_rounds(kind, obj), path)]
    missing = {rid for _, rid, _ in refs if rid not in defined}
    found = existing(missing) if missing else {}
    for p, rid, want in refs:
        have = defined[rid][0] if rid in defined else found.get(rid)
        if have is None:
            out.append(
                Problem(json_path(p), f"refers to {want} '{rid}', which is neither in this file nor in the database")
            )
        elif have != want:
            out.append(Problem(json_path(p), f"refers to '{rid}', which is a {have}, not a {want}"))

    for kind, path, obj in records:
        for sub, value in _walk(_skip_rounds(kind, obj), path):
            if sub and sub[-1] in DATE_FIELDS and isinstance(value, str):
                try:
                    dates.parse(value)
                except dates.DateError as exc:
                    out.append(Problem(json_path(sub), str(exc)))

    out += _quote_problems(data, records, source_texts)
    out += _cycle_problems(data)
    out += _round_number_problems(data)
    return out


def _quote_problems(data: Mapping[str, Any], records: list[Any], source_texts: SourceLookup) -> list[Problem]:
    texts = {s["id"]: s["text"] for s in data.get("sources") or []}
    cites = []
    for kind, path, obj in records:
        for sub, value in _walk(_skip_rounds(kind, obj), path):
            if isinstance(value, dict) and "quote" in value and isinstance(value.get("source"), str):
                cites.append((sub, value))
    wanted = {c["source"] for _, c in cites} - set(texts)
    if wanted:
        texts.update(source_texts(wanted))
    out = []
    for sub, cite in cites:
        text = texts.get(cite["source"])
        if text is None:
            continue  # reported as a dangling reference
        quote = cite["quote"]
        start, end = cite.get("start"), cite.get("end")
        if start is not None or end is not None:
            if start is None or end is None or text[start:end] != quote:
                out.append(
                    Problem(
                        json_path([*sub, "start"]),
                        f"start/end do not point at the quoted passage in source '{cite['source']}'",
                    )
                )
        elif quote not in text:
            out.append(
                Problem(
                    json_path([*sub, "quote"]),
                    f"the quoted passage {_short(quote)} does not occur in source '{cite['source']}'",
                )
            )
    return out


def _cycle_problems(data: Mapping[str, Any]) -> list[Problem]:
    parents = {f["id"]: f.get("parent") for f in data.get("forums") or []}
    out = []
    for i, f in enumerate(data.get("forums") or []):
        seen, cur = {f["id"]}, f.get("parent")
        while cur in parents:
            if cur in seen:
                out.append(Problem(json_path(["forums", i, "parent"]), f"forum '{f['id']}' would be its own ancestor"))
                break
            seen.add(cur)
            cur = parents[cur]
    return out


def _round_number_problems(data: Mapping[str, Any]) -> list[Problem]:
    out = []
    for i, proc in enumerate(data.get("processes") or []):
        numbers: set[int] = set()
        for j, rnd in enumerate(proc.get("rounds") or []):
            if rnd["number"] in numbers:
                out.append(
                    Problem(json_path(["processes", i, "rounds", j, "number"]), f"round {rnd['number']} appears twice")
                )
            numbers.add(rnd["number"])
    return out


def validate(data: Any, existing: ExistingLookup, source_texts: SourceLookup) -> list[Problem]:
    """Every problem in a data file; an empty list means it can be imported."""
    problems = schema_problems(data)
    if problems:
        return problems  # meaning checks assume the schema's shapes
    return meaning_problems(data, existing, source_texts)
