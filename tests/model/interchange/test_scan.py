"""The one-pass scan finds exactly what the located (slow) walks of validation find.

Validation trusts the scan to say whether any reference, date or quote is wrong, and only walks the file
again to locate problems; a scan that missed something would let a broken file through.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from model.interchange import bundled, scan, validate
from model.records import fields
from tests.model.datafiles import small


def _slow(data: dict[str, Any]) -> tuple[set[tuple[str, str]], set[str], list[int]]:
    """References, dates and citations as validation's located walks see them."""
    records = list(validate.iter_records(data))
    refs = {
        (want, rid)
        for kind, path, obj in records
        for _p, rid, want in validate.references(fields.without_held(kind, obj), path)
    }
    dates = {
        value
        for sub, value in validate._walk(data, [])
        if sub and sub[-1] in validate.DATE_FIELDS and isinstance(value, str)
    }
    cites = [
        id(value)
        for kind, path, obj in records
        for _sub, value in validate._walk(fields.without_held(kind, obj), path)
        if isinstance(value, dict) and "quote" in value and isinstance(value.get("source"), str)
    ]
    return refs, dates, cites


def _fast(data: dict[str, Any]) -> tuple[set[tuple[str, str]], set[str], list[int]]:
    found = scan.scan(data)
    refs = {(want, rid) for want, ids in found.refs.items() for rid in ids}
    return refs, found.dates, [id(c) for c in found.cites]


def _oddities() -> dict[str, Any]:
    """A small file with fields in unusual places: dates and citations deep down, in every collection."""
    data = small()
    data["dataset"] = {"id": "odd", "title": "Odd", "as_of": "2020"}
    data["meetings"][0]["agenda"].append(
        {"title": "x", "topics": [], "citations": [{"basis": "general-knowledge", "note": "n"}]}
    )
    data["processes"][0]["rounds"][0]["citations"] = [{"source": data["sources"][0]["id"], "quote": "q"}]
    return data


class _Text(str):
    pass


class _Items(list):  # type: ignore[type-arg]
    pass


class _Object(dict):  # type: ignore[type-arg]
    pass


def _subclassed() -> dict[str, Any]:
    """The oddities file with every text, list and object a subclass: the scan's general path."""

    def convert(value: Any) -> Any:
        if isinstance(value, dict):
            return _Object({k: convert(v) for k, v in value.items()})
        if isinstance(value, list):
            return _Items(convert(v) for v in value)
        return _Text(value) if isinstance(value, str) else value

    return dict(convert(_oddities()))


@pytest.mark.parametrize(
    "make", [small, bundled.read_bundled, _oddities, _subclassed], ids=["small", "bundled", "oddities", "subclassed"]
)
def test_scan_finds_what_the_located_walks_find(make: Any) -> None:
    data = make()
    refs, dates, cites = _slow(data)
    fast_refs, fast_dates, fast_cites = _fast(data)
    assert fast_refs == refs
    assert fast_dates == dates
    assert sorted(fast_cites) == sorted(cites)
    assert refs and dates and cites  # the comparison saw something


def test_scan_knows_every_collection() -> None:
    assert set(validate.COLLECTIONS) == scan.COLLECTIONS


def test_a_broken_reference_date_or_quote_deep_in_a_big_file_is_still_found_and_located() -> None:
    data = bundled.read_bundled()
    texts: dict[str, str] = {}
    base = validate.validate(copy.deepcopy(data), lambda ids: {}, lambda ids: texts)
    assert base == []
    broken = copy.deepcopy(data)
    broken["processes"][-1]["rounds"][-1]["country"] = "atlantis"
    broken["forums"][-1]["members"][-1]["since"] = "2015-02-29"
    cited = next(c for o in broken["meetings"] for c in o.get("citations", []) if "quote" in c)
    cited["quote"] += " (not in the source)"
    found = [str(p) for p in validate.validate(broken, lambda ids: {}, lambda ids: texts)]
    last = len(broken["processes"]) - 1
    assert any(f.startswith(f"$.processes[{last}].rounds[") and "'atlantis'" in f for f in found), found
    assert any("2015-02-29" in f and ".members[" in f for f in found), found
    assert any("do not point at the quoted passage" in f or "does not occur" in f for f in found), found
