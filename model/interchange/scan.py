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

# The collections of a file (the keys of model.interchange.validate.COLLECTIONS, which imports this module).
COLLECTIONS = frozenset({"sources", "countries", "topics", "forums", "meetings", "processes", "outcomes"})
#: Fields holding EDTF dates, wherever they are.
DATE_FIELDS = frozenset({"date", "founded", "since", "until", "as_of", "status_as_of", "period"})
#: Reference fields and the record type they must point at.
REF_FIELDS = {"forum": "forum", "parent": "forum", "country": "country", "joined_at": "meeting", "meeting": "meeting"}


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
    for want in (*sorted(set(REF_FIELDS.values())), "source", "topic", "outcome"):
        refs[want] = set()
    sources, topics, outcomes = refs["source"], refs["topic"], refs["outcome"]

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
                    elif key == "source":
                        sources.add(value)
            elif t is int or t is bool:
                continue
            elif t is list:
                if not value:
                    found.canonical = False
                if records and key == "topics":
                    topics.update(value)
                elif records and key == "related":
                    outcomes.update(rel.get("id", "") for rel in value)
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
                elif key == "source":
                    sources.add(value)
        elif isinstance(value, dict):
            if not value:
                found.canonical = False
            visit(value, records)
        elif isinstance(value, list):
            if not value:
                found.canonical = False
            if records and key == "topics":
                topics.update(value)
            elif records and key == "related":
                outcomes.update(rel.get("id", "") for rel in value)
            visit_list(value, records or (top and key in COLLECTIONS))
        elif value is None or isinstance(value, float):
            found.canonical = False

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
