"""The JSON Schema of data files, generated from the field map (:mod:`model.records.fields`).

``resources/summitry.schema.json`` is what people validate their files with and what the importer checks
first; it is written by ``python -m model.interchange.schema_file`` and a test fails while it is stale,
so a field is declared once, in the field map, and the schema follows.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from model.records import fields
from model.records.fields import Field, Kind, PartType, Value

RESOURCE = "summitry.schema.json"

_HEAD: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://summitry.invalid/schema/summitry-data-1.json",
    "title": "Summitry data file",
    "description": "Interchange format for Summitry: forums, meetings, processes with rounds, outcome documents, "
    "countries, topics, source documents and citations. References between records are by id; dates are "
    "EDTF strings.",
}
#: Values defined once in the schema and referred to by every field that has them.
_SHARED = (fields.ID, fields.EDTF, fields.LONG_TEXT, fields.NAME)


def _value(value: Value, *, shared: bool = True) -> dict[str, Any]:
    if shared and value.shared:
        return {"$ref": f"#/$defs/{value.shared}"}
    if value.choices:
        return {"enum": list(value.choices)}
    out: dict[str, Any] = {"type": value.type}
    if value.min_length:
        out["minLength"] = value.min_length
    if value.max_length is not None:
        out["maxLength"] = value.max_length
    if value.shape is not None:
        out["pattern"] = value.shape.pattern
    if value.minimum is not None:
        out["minimum"] = value.minimum
    if value.maximum is not None:
        out["maximum"] = value.maximum
    if value.description and not shared:
        out["description"] = value.description
    return out


def _list(f: Field, items: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "array"}
    if f.max_items is not None:
        out["maxItems"] = f.max_items
    out["items"] = items
    return out


def _property(f: Field) -> dict[str, Any]:
    if f.kind is Kind.CITATIONS:
        return {"$ref": "#/$defs/citations"}
    if f.kind is Kind.RECORDS:
        out = _list(f, {"$ref": f"#/$defs/{f.holds}"})
    elif f.kind is Kind.NAMES:
        assert f.part is not None and f.value is not None
        out = {"type": "object"}
        if f.max_items is not None:
            out["maxProperties"] = f.max_items
        out["propertyNames"] = _value(f.value)
        out["additionalProperties"] = {"$ref": f"#/$defs/{f.part.name}"}
    elif f.part is not None:
        out = _list(f, {"$ref": f"#/$defs/{f.part.name}"} if f.part.name else _object(f.part))
    elif f.kind in (Kind.REFS, Kind.CODES):
        assert f.value is not None
        out = _list(f, _value(f.value))
    else:
        assert f.value is not None, f"{f.name} has no value"
        out = _value(f.value)
    if f.description:
        out["description"] = f.description
    return out


def _object(part: PartType) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "object", "additionalProperties": False}
    required = [f.name for f in part.fields if f.required]
    if required:
        out["required"] = required
    out["properties"] = {f.name: _property(f) for f in part.fields}
    if part.needs_one_of:
        out["anyOf"] = [{"required": [name]} for name in part.needs_one_of]
    return out


def _definitions() -> dict[str, Any]:
    defs: dict[str, Any] = {v.shared: _value(v, shared=False) for v in _SHARED if v.shared}
    defs["citations"] = {
        "type": "array",
        "maxItems": fields.FORUM.field("citations").max_items,
        "items": {"$ref": "#/$defs/citation"},
        "description": "Where the fact comes from.",
    }
    quoting, basis = fields.CITATION_KINDS
    mark = fields.CITATION_KIND_MARK
    defs["citation"] = {
        "if": {"required": [mark]},
        "then": _object(quoting),
        "else": _object(basis),
        "description": f"A passage of a source; without a '{mark}', a fact marked as general knowledge.",
    }
    defs[fields.DATASET.name] = _object(fields.DATASET)
    for rtype in fields.RECORD_TYPES.values():
        # Each part before the first record that has it, as a reader meets them.
        for _f, part in fields.parts(rtype):
            if part.name and part.name not in defs:
                defs[part.name] = _object(part)
        defs[rtype.name] = _object(rtype)
    return defs


def build() -> dict[str, Any]:
    """The JSON Schema of a data file."""
    properties: dict[str, Any] = {
        "format": {"const": "summitry", "description": "Marks the file as Summitry data."},
        "version": {"const": 1, "description": "Version of this format."},
        "dataset": {"$ref": f"#/$defs/{fields.DATASET.name}"},
    }
    for collection, kind in fields.COLLECTIONS.items():
        properties[collection] = {"type": "array", "items": {"$ref": f"#/$defs/{kind}"}}
    return {
        **_HEAD,
        "type": "object",
        "required": ["format", "version"],
        "additionalProperties": False,
        "properties": properties,
        "$defs": _definitions(),
    }


#: Objects and lists whose JSON fits in this many characters are written on one line.
_LINE = 120


def text(schema: dict[str, Any] | None = None) -> str:
    """The schema as it is written to the resource: indented, with short objects on one line."""
    return _dump(build() if schema is None else schema, 0) + "\n"


def _dump(value: Any, indent: int) -> str:
    flat = json.dumps(value, ensure_ascii=False)
    if not isinstance(value, (dict, list)) or len(flat) + indent <= _LINE:
        return flat
    inner = " " * (indent + 2)
    if isinstance(value, dict):
        items = [f"{inner}{json.dumps(k)}: {_dump(v, indent + 2)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + " " * indent + "}"
    return "[\n" + ",\n".join(inner + _dump(v, indent + 2) for v in value) + "\n" + " " * indent + "]"


def resource_path() -> Path:
    """Where the schema lives in the source tree."""
    return Path(__file__).resolve().parents[2] / "resources" / RESOURCE


def main() -> int:
    resource_path().write_text(text(), encoding="utf-8")
    print(f"wrote {resource_path()}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
