"""Checking a data file before anything is written: the JSON Schema, then meaning.

Every problem is collected (not just the first), located by JSON path and
worded so a person can fix the file.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache
from importlib import resources
from typing import Any

import fastjsonschema
import jsonschema
from jsonschema.exceptions import ValidationError

from model import dates
from model.interchange import schema_file
from model.interchange.problems import Problem, ProblemText, json_path
from model.interchange.scan import DATE_FIELDS, REF_FIELDS, REF_LISTS, REF_PARTS, Scan, scan
from model.records import fields
from model.records.fields import Kind

#: The collections of a file, and the record type of their items (from the field map).
COLLECTIONS = fields.COLLECTIONS
# DATE_FIELDS and REF_FIELDS (reference fields and the record type they must point at) live in model.interchange.scan.

#: Look up ids that are not in the file: id -> record type, for those that exist.
ExistingLookup = Callable[[set[str]], dict[str, str]]
#: Look up source texts that are not in the file.
SourceLookup = Callable[[set[str]], dict[str, str]]
#: Look up country codes in the database: code -> id of the country that has it.
CodeLookup = Callable[[set[str]], dict[str, str]]


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    text = resources.files("resources").joinpath(schema_file.RESOURCE).read_text(encoding="utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(load_schema())


@lru_cache(maxsize=1)
def _record_checks() -> dict[str, Callable[[Any], Any]]:
    """The check of one record of each collection ("meetings": a meeting), compiled to Python by
    fastjsonschema: about 20× faster than jsonschema.

    It only answers "valid or not" (raising when not). A record it passes has no schema problem (on everything
    this schema uses it is as strict as jsonschema: tests/model/interchange/test_validate_fast.py checks it
    on many broken files); a file it fails goes to jsonschema, which finds and words every problem.

    Each record's definition is compiled with the definitions it uses written in place: for a ``$ref``,
    fastjsonschema's code calls a function with the place's name for its error message, and formats that
    name from all of its local variables on every call, for each of a million agenda items and citations.
    """
    schema = load_schema()
    return {
        key: fastjsonschema.compile(_in_place(schema["$defs"][kind], schema["$defs"]), detailed_exceptions=False)
        for key, kind in COLLECTIONS.items()
    }


def _in_place(node: Any, defs: Mapping[str, Any]) -> Any:
    """``node`` with each ``{"$ref": "#/$defs/x"}`` replaced by the definition of x (the schema has no cycles).

    What stands beside a ``$ref`` in this schema is only a description, so the two are merged.
    """
    if isinstance(node, dict):
        if "$ref" in node:
            beside = {k: v for k, v in node.items() if k != "$ref"}
            return {**_in_place(defs[node["$ref"].removeprefix("#/$defs/")], defs), **beside}
        return {k: _in_place(v, defs) for k, v in node.items()}
    if isinstance(node, list):
        return [_in_place(v, defs) for v in node]
    return node


def _kind(value: Any) -> str:
    kind = type(value)  # the exact type, as JSON has it (a BadNumber, text kept for a report, is named by its class)
    if kind is bool:
        return ProblemText.tr("true/false")
    if kind in (int, float):
        return ProblemText.tr("a number")
    if kind is str:
        return ProblemText.tr("text")
    if kind is list:
        return ProblemText.tr("a list")
    if kind is dict:
        return ProblemText.tr("an object")
    return "null" if value is None else kind.__name__


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _missing(error: ValidationError) -> tuple[str, ...]:
    """The required fields a "required" error finds left out of its object (none for other errors)."""
    if error.validator != "required" or not isinstance(error.instance, dict):
        return ()
    field = fields.field_at(list(error.absolute_path))
    if field is not None and field.kind is Kind.CITATIONS:  # worded as the citation as a whole (see _word)
        return ()
    value: Any = error.validator_value
    return tuple(str(m) for m in value if m not in error.instance)


def _word(error: ValidationError) -> str:
    """A person's wording of one JSON Schema error."""
    v, inst = error.validator, error.instance
    # types-jsonschema types these as possibly Unset; on a reported error they are always set.
    value: Any = error.validator_value
    schema: Any = error.schema
    field = fields.field_at(list(error.absolute_path))
    if field is not None and field.kind is Kind.CITATIONS and v in ("type", "required", "additionalProperties"):
        # The citation as a whole is not of either kind: say what the two kinds are.
        kinds = " or ".join(_needs(kind) for kind in fields.CITATION_KINDS)
        return f"a {fields.QUOTING_CITATION.label} needs {kinds.replace(' or ', ', or ', 1)}"
    if v == "required":
        missing = list(_missing(error))
        if len(missing) > 1:
            return ProblemText.tr("missing required fields {names}").format(names=", ".join(repr(m) for m in missing))
        return ProblemText.tr("missing required field '{name}'").format(name=missing[0] if missing else value)
    if v == "additionalProperties":
        allowed = sorted(schema.get("properties", {}))
        extra = sorted(str(k) for k in set(inst) - set(allowed)) if isinstance(inst, dict) else []
        if len(extra) > 1:
            words = ProblemText.tr("unknown fields {names} (allowed here: {allowed})")
        else:
            words = ProblemText.tr("unknown field {names} (allowed here: {allowed})")
        return words.format(names=", ".join(repr(e) for e in extra) or "", allowed=", ".join(allowed)).replace(
            "  ", " "
        )
    if v == "type":
        expected = {"string": "", "integer": 0, "array": [], "object": {}}.get(value)
        return ProblemText.tr("should be {expected}, not {found}").format(expected=_kind(expected), found=_kind(inst))
    if v == "enum":
        return ProblemText.tr("{value} is not one of: {choices}").format(
            value=_short(inst), choices=", ".join(map(str, value))
        )
    if v == "const":
        return ProblemText.tr("should be {expected}, not {found}").format(
            expected=json.dumps(value), found=_short(inst)
        )
    if v == "pattern":
        shape = field.value.shape if field and field.value else None
        unexpected = ProblemText.tr("does not have the expected form")
        return f"{_short(inst)} {shape.words if shape else unexpected}"
    if v in ("maximum", "minimum"):
        return ProblemText.tr("{value} is out of range ({bound} {limit})").format(
            value=_short(inst), bound=v, limit=value
        )
    if v in ("maxLength", "minLength"):
        if v == "minLength":
            return ProblemText.tr("is empty")
        return ProblemText.tr("is too long (at most %n character(s))", "", value)
    if v == "maxItems":
        return ProblemText.tr("has too many entries (at most %n)", "", value)
    if v == "maxProperties" and field is not None and field.kind is Kind.NAMES:
        return ProblemText.tr("has too many languages (at most %n)", "", value)
    if v == "anyOf" and field is not None and field.part is not None and field.part.needs_one_of:
        return "needs " + " or ".join(f"{_article(n)} '{n}'" for n in field.part.needs_one_of)
    return error.message


def _needs(part: fields.PartType) -> str:
    """ "'basis' and 'note'": the fields a part must have, then those it may have."""
    needed = " and ".join(f"'{f.name}'" for f in part.fields if f.required)
    optional = [f.name for f in part.fields if not f.required]
    return f"{needed} (optionally {', '.join(optional)})" if optional else needed


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def _sort_key(path: Iterable[str | int]) -> list[tuple[int, int, str]]:
    # Numbers in order (meetings[2] before meetings[10]), then field names alphabetically.
    return [(0, p, "") if isinstance(p, int) else (1, 0, str(p)) for p in path]


#: Records checked between two calls of :func:`schema_problems`' ``tick``.
TICK_EVERY = 2000


def schema_problems(data: Any, tick: Callable[[int, int], object] | None = None) -> list[Problem]:
    """Every place the data breaks the JSON Schema, one problem per location.

    ``tick(done, total)`` hears how many records have been checked, every :data:`TICK_EVERY` (checking
    an archive of 100,000 meetings takes half a minute: people see it move, and may cancel by raising).
    """
    if not isinstance(data, dict):
        return [Problem("$", f'a Summitry file is a JSON object with "format": "summitry", not {_kind(data)}')]
    checks = _record_checks()
    # The file without its records (a few keys: jsonschema itself), then each record against its compiled
    # definition: the same checks as the whole file's, a record at a time.
    lists = {k: v for k, v in data.items() if k in checks and isinstance(v, list)}
    total = sum(len(v) for v in lists.values())
    done = 0
    if not _validator().is_valid({k: [] if k in lists else v for k, v in data.items()}):
        return _full_schema_problems(data)
    for key, items in lists.items():
        check = checks[key]
        for item in items:
            try:
                check(item)
            except Exception:  # any doubt: the full validator decides, and words every problem
                return _full_schema_problems(data)
            done += 1
            if tick is not None and done % TICK_EVERY == 0:
                tick(done, total)  # outside the try: what it raises (a cancel) goes to the caller
    return []


def _full_schema_problems(data: Any) -> list[Problem]:
    """Every schema problem, found and worded by jsonschema (slow: only for files with problems)."""
    seen: set[str] = set()
    out: list[Problem] = []
    errors = sorted(_validator().iter_errors(data), key=lambda e: (_sort_key(e.absolute_path), str(e.validator)))
    for error in errors:
        problem = Problem(json_path(error.absolute_path), _word(error), _missing(error))
        if str(problem) in seen:  # e.g. one "required" error per missing field, all worded together
            continue
        seen.add(str(problem))
        out.append(problem)
    return out


def iter_records(data: Mapping[str, Any]) -> Iterator[tuple[str, list[str | int], dict[str, Any]]]:
    """Every record in a (schema-valid) file: (type, path, object); rounds included, after their process."""
    for key, kind in COLLECTIONS.items():
        held = fields.RECORD_TYPES[kind].held
        for i, obj in enumerate(data.get(key) or []):
            yield kind, [key, i], obj
            for f in held:
                for j, inner in enumerate(obj.get(f.name) or []):
                    yield str(f.holds), [key, i, f.name, j], inner


def holders(data: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """The record each record written inside another is in (a round's process), by the inner record's id."""
    return {
        inner["id"]: obj
        for kind, _path, obj in iter_records(data)
        for f in fields.RECORD_TYPES[kind].held
        for inner in obj.get(f.name) or []
    }


def _walk(value: Any, path: list[str | int]) -> Iterator[tuple[list[str | int], Any]]:
    yield path, value
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _walk(v, [*path, k])
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _walk(v, [*path, i])


def references(
    obj: Mapping[str, Any], path: list[str | int] | None = None
) -> Iterator[tuple[list[str | int], str, str]]:
    """(path, id, expected type) for every reference inside one record, in its interchange form.

    ``path`` is where the record is in its file (paths then name the whole file's places). A process's
    references include its rounds'.
    """
    path = [] if path is None else path
    for sub, value in _walk(obj, path):
        if not sub or not isinstance(sub[-1], str):
            continue
        key = sub[-1]
        if key in REF_FIELDS and isinstance(value, str) and len(sub) > len(path):
            yield sub, value, REF_FIELDS[key]
        elif key in REF_LISTS and isinstance(value, list):
            for i, ref in enumerate(value):
                yield [*sub, i], ref, REF_LISTS[key]
        elif key in REF_PARTS and isinstance(value, list):
            name, want = REF_PARTS[key]
            for i, part in enumerate(value):
                yield [*sub, i, name], part.get(name, ""), want


def mentioned_ids(obj: dict[str, Any]) -> set[str]:
    """Every id a record in its interchange form names: the records it refers to (:func:`references`), its
    own id, the rounds a process holds, and every country named inside it (members, participants, hosts)."""
    ids = {value for _path, value, _want in references(obj)}
    for sub, value in _walk(obj, []):
        if sub and sub[-1] in ("id", "country") and isinstance(value, str):
            ids.add(value)
    return ids


_PARA = re.compile(r"\n\s*\n")


def paragraph_of(text: str, offset: int) -> int:
    """1-based paragraph number (blocks separated by blank lines) of a character offset."""
    return len(_PARA.findall(text, 0, offset)) + 1


class ParagraphFinder:
    """:func:`paragraph_of` for many offsets into the same texts: each text is scanned once, then bisected.

    An archive cites a few long sources hundreds of thousands of times; scanning a source from its start
    for every citation made that quadratic.
    """

    def __init__(self) -> None:
        self._breaks: dict[int, tuple[str, list[int], list[int]]] = {}

    def __call__(self, text: str, offset: int) -> int:
        entry = self._breaks.get(id(text))
        if entry is None or entry[0] is not text:
            found = list(_PARA.finditer(text))
            entry = (text, [m.start() for m in found], [m.end() for m in found])
            self._breaks[id(text)] = entry
        _, starts, ends = entry
        before = bisect.bisect_right(ends, offset)  # breaks wholly before the offset
        if before < len(starts) and starts[before] < offset:
            return paragraph_of(text, offset)  # inside a break: count exactly as paragraph_of does
        return before + 1


def meaning_problems(
    data: Mapping[str, Any],
    existing: ExistingLookup,
    source_texts: SourceLookup,
    country_codes: CodeLookup | None = None,
    found: Scan | None = None,
) -> list[Problem]:
    """Problems a schema cannot see: duplicate ids, dangling references, dates, quotes, cycles, self-relations.

    ``found`` is :func:`model.interchange.scan.scan` of ``data`` when the caller has it already.
    """
    found = scan(data) if found is None else found
    records = list(iter_records(data))
    defined: dict[str, tuple[str, str]] = {}
    out = _duplicate_problems(records, defined)
    in_db = existing(set(defined))
    for rid, db_kind in in_db.items():
        kind, where = defined[rid]
        if db_kind != kind:
            # (English names the types by their codes; they are left in English until a sentence can carry a
            # type's name in each language's grammar.)
            out.append(Problem(f"{where}.id", f"id '{rid}' already names a {db_kind} in the database, not a {kind}"))

    out += _ref_problems(records, defined, existing, found)
    if not all(dates.is_valid(d) for d in found.dates):
        out += _date_problems(data)
    codes: dict[str, int] = {}
    for i, country in enumerate(data.get("countries") or []):
        if country["code"] in codes:
            first = json_path(["countries", codes[country["code"]], "code"])
            out.append(
                Problem(json_path(["countries", i, "code"]), f"code {country['code']} is used twice (first at {first})")
            )
        codes.setdefault(country["code"], i)
    taken = country_codes(set(codes)) if country_codes and codes else {}
    for i, country in enumerate(data.get("countries") or []):
        owner = taken.get(country["code"])
        if owner is not None and owner != country["id"]:
            out.append(
                Problem(
                    json_path(["countries", i, "code"]),
                    f"code {country['code']} already belongs to country '{owner}' in the database; "
                    f"refer to '{owner}' instead of adding '{country['id']}'",
                )
            )
    out += _quote_problems(data, records, source_texts, found)
    out += _cycle_problems(data)
    out += _self_relation_problems(data)
    out += _round_number_problems(data)
    out += _names_problems(records)
    return out


def _names_problems(records: Iterable[tuple[str, list[str | int], dict[str, Any]]]) -> list[Problem]:
    """Lists in another language that are longer than the record's own: each item names the record's item at
    the same place, so an extra one names nothing."""
    out = []
    for kind, path, obj in records:
        for lang, entry in (obj.get("names") or {}).items():
            for name in fields.NAMED_BY_POSITION:
                given, own = len(entry.get(name) or ()), len(obj.get(name) or ())
                if given > own:
                    label = fields.RECORD_TYPES[kind].field(name).label
                    out.append(
                        Problem(
                            json_path([*path, "names", lang, name]),
                            f"has {given} items, but the {kind} has {own} in its {label}: "
                            "each item names the one at the same place",
                        )
                    )
    return out


def _ref_problems(
    records: list[tuple[str, list[str | int], dict[str, Any]]],
    defined: Mapping[str, tuple[str, str]],
    existing: ExistingLookup,
    found: Scan,
) -> list[Problem]:
    """References to ids that are neither in the file nor in the database, or name another type."""
    missing = {rid for ids in found.refs.values() for rid in ids if rid not in defined}
    in_db = existing(missing) if missing else {}

    def wrong(rid: str, want: str) -> bool:
        return (defined[rid][0] if rid in defined else in_db.get(rid)) != want

    if not any(wrong(rid, want) for want, ids in found.refs.items() for rid in ids):
        return []
    # Something is wrong: walk again, with paths, to say where (in document order, every occurrence).
    refs = [
        (p, rid, want)
        for kind, path, obj in records
        for p, rid, want in references(fields.without_held(kind, obj), path)
    ]
    out = []
    for p, rid, want in refs:
        have = defined[rid][0] if rid in defined else in_db.get(rid)
        if have is None:
            out.append(
                Problem(json_path(p), f"refers to {want} '{rid}', which is neither in this file nor in the database")
            )
        elif have != want:
            out.append(Problem(json_path(p), f"refers to '{rid}', which is a {have}, not a {want}"))
    return out


def _duplicate_problems(
    records: Iterable[tuple[str, list[str | int], Any]], defined: dict[str, tuple[str, str]]
) -> list[Problem]:
    """Ids used twice in the file; fills ``defined`` with id -> (type, JSON path of its first use)."""
    out = []
    for kind, path, obj in records:
        rid = obj.get("id") if isinstance(obj, dict) else None
        if not isinstance(rid, str):
            continue
        if rid in defined:
            words = ProblemText.tr("id '{id}' is used twice in this file (first at {place})")
            out.append(Problem(json_path([*path, "id"]), words.format(id=rid, place=defined[rid][1])))
        else:
            defined[rid] = (kind, json_path(path))
    return out


def _date_problems(data: Any) -> list[Problem]:
    """Every date field holding text that is not a possible EDTF date, wherever it is."""
    out = []
    for sub, value in _walk(data, []):
        if sub and sub[-1] in DATE_FIELDS and isinstance(value, str):
            try:
                dates.parse(value)
            except dates.DateError as exc:
                out.append(Problem(json_path(sub), str(exc)))
    return out


def _loose_records(data: Any) -> Iterator[tuple[str, list[str | int], Any]]:
    """Like :func:`iter_records` for a file that breaks the schema: whatever looks like a record."""
    if not isinstance(data, dict):
        return
    for key, kind in COLLECTIONS.items():
        items = data.get(key)
        if not isinstance(items, list):
            continue
        held = fields.RECORD_TYPES[kind].held
        for i, obj in enumerate(items):
            yield kind, [key, i], obj
            for f in held:
                inner = obj.get(f.name) if isinstance(obj, dict) else None
                if isinstance(inner, list):
                    for j, rec in enumerate(inner):
                        yield str(f.holds), [key, i, f.name, j], rec


def _quote_problems(
    data: Mapping[str, Any], records: list[Any], source_texts: SourceLookup, found: Scan
) -> list[Problem]:
    texts = {s["id"]: s["text"] for s in data.get("sources") or []}
    wanted = found.quoted_sources - set(texts)
    if wanted:
        texts.update(source_texts(wanted))
    if not any(_cite_problem(cite, texts) for cite in found.cites):
        return []
    # Something is wrong: walk again, with paths, to say where.
    out = []
    for kind, path, obj in records:
        for sub, value in _walk(fields.without_held(kind, obj), path):
            if isinstance(value, dict) and "quote" in value and isinstance(value.get("source"), str):
                problem = _cite_problem(value, texts)
                if problem:
                    out.append(Problem(json_path([*sub, problem[0]]), problem[1]))
    return out


def _cite_problem(cite: Mapping[str, Any], texts: Mapping[str, str]) -> tuple[str, str] | None:
    """(field, message) when a citation's quote or offsets do not match its source text."""
    text = texts.get(cite["source"])
    if text is None:
        return None  # reported as a dangling reference
    quote = cite["quote"]
    start, end = cite.get("start"), cite.get("end")
    if start is not None or end is not None:
        if start is None or end is None or text[start:end] != quote:
            return "start", f"start/end do not point at the quoted passage in source '{cite['source']}'"
    elif quote not in text:
        return "quote", f"the quoted passage {_short(quote)} does not occur in source '{cite['source']}'"
    return None


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


def _self_relation_problems(data: Mapping[str, Any]) -> list[Problem]:
    out = []
    for i, outcome in enumerate(data.get("outcomes") or []):
        for j, rel in enumerate(outcome.get("related") or []):
            if rel["id"] == outcome["id"]:
                where = json_path(["outcomes", i, "related", j, "id"])
                out.append(Problem(where, f"outcome '{outcome['id']}' cannot be related to itself"))
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


def validate(
    data: Any, existing: ExistingLookup, source_texts: SourceLookup, country_codes: CodeLookup | None = None
) -> list[Problem]:
    """Every problem in a data file; an empty list means it can be imported."""
    return validate_and_scan(data, existing, source_texts, country_codes)[0]


def validate_and_scan(
    data: Any,
    existing: ExistingLookup,
    source_texts: SourceLookup,
    country_codes: CodeLookup | None = None,
    step: Callable[[], object] | None = None,
    tick: Callable[[int, int], object] | None = None,
) -> tuple[list[Problem], Scan | None]:
    """:func:`validate`, also handing back the :func:`model.interchange.scan.scan` of a file that meets the schema
    (None for one that does not), so that the importer need not walk the file again.

    ``step`` is called once the schema check is done, ``tick`` during it (see :func:`schema_problems`):
    each check takes seconds on a big archive; the importer reports progress, and lets the user cancel.
    """
    problems = schema_problems(data, tick)
    if step:
        step()
    if problems:
        # References, quotes and cycles assume the schema's shapes; dates and duplicate ids do not, so a
        # file with both kinds of mistakes gets them all reported at once.
        seen = {p.location for p in problems}
        local = _duplicate_problems(_loose_records(data), {}) + _date_problems(data)
        return problems + [p for p in local if p.location not in seen], None
    found = scan(data)
    return meaning_problems(data, existing, source_texts, country_codes, found), found
