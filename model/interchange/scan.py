"""One pass over a schema-valid data file, gathering what the meaning checks need.

The meaning checks (:func:`model.interchange.validate.meaning_problems`) used to walk every record three times with a
generic generator that built a JSON path for every value, and the importer walked it a fourth time: on a
100k-meeting archive that was most of the import. A valid file has no problem to locate, so one plain
pass collects the references, dates and quoting citations without paths; only when a check fails does
validation walk again, the slow way, to say where.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from model.records import fields
from model.records.fields import Kind

# What a key means, wherever it is in a file: the walk below goes by key, not by record type, to be quick.
# Derived from the field map, where a name means the same in every record and part (a test checks it).
_FIELDS = [f for _owner, f in fields.every_field()]
#: The collections of a file.
COLLECTIONS = frozenset(fields.COLLECTIONS)
#: Fields holding EDTF dates, wherever they are.
DATE_FIELDS = frozenset(f.name for f in _FIELDS if f.kind is Kind.DATE)
#: Fields holding one reference, and the record type it must name. A reference named "id" (in a part that
#: only points at a record, such as an outcome's related outcome) is found through its list: REF_PARTS.
REF_FIELDS = {f.name: str(f.ref) for f in _FIELDS if f.kind is Kind.REF and f.name != "id"}
#: Fields holding a list of references, and the record type each must name.
REF_LISTS = {f.name: str(f.ref) for f in _FIELDS if f.kind is Kind.REFS}
#: Lists of parts that point at records by "id": (that key, the record type it must name).
REF_PARTS = {
    f.name: ("id", str(f.part.field("id").ref))
    for f in _FIELDS
    if f.part is not None and any(p.name == "id" and p.kind is Kind.REF for p in f.part.fields)
}


@dataclass
class Scan:
    """What one pass over a schema-valid file found.

    Attributes:
        refs: expected record type -> every id referred to as that type, anywhere in the records.
        dates: every text held by a date field, anywhere in the file.
        cites: every citation (an object with a quote and a source id) in the records, as in the file.
        canonical: no field is empty (null, "", [], {}) and no number is a float: the canonical form
            (:func:`model.interchange.importer.normalize`) differs from the file only in the citations' offsets.
    """

    refs: dict[str, set[str]] = field(default_factory=dict)
    dates: set[str] = field(default_factory=set)
    cites: list[dict[str, Any]] = field(default_factory=list)
    canonical: bool = True

    @property
    def quoted_sources(self) -> set[str]:
        """The ids of the sources the file's citations quote."""
        return {c["source"] for c in self.cites}


def scan(data: Mapping[str, Any]) -> Scan:
    """Gather references, dates and citations in one pass (``data`` must already meet the JSON Schema).

    References and citations count only inside the records (the collections), as the meaning checks
    look for them; dates count anywhere in the file.
    """
    found = Scan()
    refs = found.refs
    dates = found.dates
    cites = found.cites
    for want in sorted({*REF_FIELDS.values(), *REF_LISTS.values(), *(want for _k, want in REF_PARTS.values())}):
        refs[want] = set()

    # Exact types first (a parsed file has nothing else); anything else takes the isinstance path.
    def visit(obj: Mapping[str, Any], records: bool, top: bool = False) -> None:
        if records and "quote" in obj and isinstance(obj.get("source"), str):
            cites.append(obj)  # type: ignore[arg-type]
        for key, value in obj.items():
            t = type(value)
            if t is str:
                if not value:
                    found.canonical = False
                if key in DATE_FIELDS:
                    dates.add(value)
                if records:
                    want = REF_FIELDS.get(key)
                    if want is not None:
                        refs[want].add(value)
            elif t is int or t is bool:
                continue
            elif t is list:
                if not value:
                    found.canonical = False
                if records:
                    want = REF_LISTS.get(key)
                    if want is not None:
                        refs[want].update(value)
                    elif key in REF_PARTS:
                        list_refs(key, value)
                visit_list(value, records or (top and key in COLLECTIONS))
            elif t is dict:
                if not value:
                    found.canonical = False
                visit(value, records)
            else:
                visit_unusual(key, value, records, top)

    def visit_unusual(key: str, value: Any, records: bool, top: bool) -> None:
        # What visit does for its exact types, for their subclasses; and None or a float is not canonical.
        if isinstance(value, str):
            if not value:
                found.canonical = False
            if key in DATE_FIELDS:
                dates.add(value)
            if records:
                want = REF_FIELDS.get(key)
                if want is not None:
                    refs[want].add(value)
        elif isinstance(value, dict):
            if not value:
                found.canonical = False
            visit(value, records)
        elif isinstance(value, list):
            if not value:
                found.canonical = False
            if records:
                list_refs(key, value)
            visit_list(value, records or (top and key in COLLECTIONS))
        elif value is None or isinstance(value, float):
            found.canonical = False

    def list_refs(key: str, value: list[Any]) -> None:
        want = REF_LISTS.get(key)
        if want is not None:
            refs[want].update(value)
        elif key in REF_PARTS:
            name, want = REF_PARTS[key]
            refs[want].update(part.get(name, "") for part in value)

    def visit_list(items: list[Any], records: bool) -> None:
        for item in items:
            t = type(item)
            if t is dict:
                visit(item, records)
            elif t is str or t is int:
                continue
            elif isinstance(item, dict):
                visit(item, records)
            elif isinstance(item, list):
                visit_list(item, records)
            elif isinstance(item, float):
                found.canonical = False

    visit(data, False, top=True)
    return found
