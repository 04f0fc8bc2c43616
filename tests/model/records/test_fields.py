"""The field map says everything a record type stores, and means one thing by each name."""

from __future__ import annotations

from model.interchange import scan
from model.records import fields
from model.records.fields import Kind
from model.store import schema

# Columns that are not fields of a file: keys, order, the record a part belongs to, a date's bounds
# (declared on its date field), and the link tables' own columns.
_NOT_FIELDS = {"pk", "position"}


def _tables_of_the_map() -> dict[str, set[str]]:
    """Table -> the columns the field map fills in it."""
    out: dict[str, set[str]] = {}
    owners: list[fields.PartType] = [fields.DATASET, *fields.RECORD_TYPES.values()]
    for owner in owners:  # grows as it goes: the parts of parts
        owners.extend(part for _f, part in fields.parts(owner) if part.table and all(part is not o for o in owners))
    for owner in owners:
        if owner.table is None:
            continue
        columns = out.setdefault(owner.table, set())
        columns.update(f.column for f in owner.fields if f.column)
        columns.update(c for f in owner.fields for c in (f.lower, f.upper) if c)
        if owner.owner:
            columns.add(owner.owner)
        if isinstance(owner, fields.RecordType) and owner.inside:
            columns.add(owner.inside[1])
        for f in owner.fields:
            if f.link:
                out.setdefault(f.link.table, set()).update({f.link.owner, f.link.column})
    out["citation"].add("path")  # where in the record a citation is: the part's list and position
    out["dataset"].add("fingerprint")  # whether a dataset's file changed since it was imported
    out[fields.NAMES_TABLE].add(fields.NAMES_LANGUAGE_COLUMN)  # a names entry's key in the file: its language
    return out


#: Tables that hold no record: every record's common row (id, type, title, date …), saved searches, what
#: edits keep beside the records (their revisions; private notes, never exported as data) and the change notes
#: other windows read.
_OTHER_TABLES = {"record", "saved_search", "revision", "note", "change_note"}


def test_every_column_of_every_record_table_is_a_field_of_the_map() -> None:
    # A column added to the database schema but not to the field map would be neither imported nor exported.
    mapped = _tables_of_the_map()
    for table, columns in mapped.items():
        stored = {c.name for c in schema.Base.metadata.tables[table].columns} - _NOT_FIELDS
        assert stored == columns, f"{table}: only in the database {stored - columns}, in the map {columns - stored}"
    assert set(schema.Base.metadata.tables) - _OTHER_TABLES == set(mapped)


def test_the_map_knows_every_record_type_of_the_database() -> None:
    assert set(fields.RECORD_TYPES) == set(schema.RECORD_TYPES)
    assert all(t in fields.RECORD_TYPES for t in schema.SEARCHABLE_TYPES)


def test_a_name_means_the_same_in_every_record_and_part() -> None:
    # The quick pass over a file (model.interchange.scan) finds dates and references by name, wherever they are.
    by_name: dict[str, set[tuple[Kind, str | None]]] = {}
    for _owner, f in fields.every_field():
        by_name.setdefault(f.name, set()).add((f.kind, f.ref))
    for name, meanings in by_name.items():
        if name == "id":  # a record's own id; in a part that only points at a record, that record's
            assert meanings == {(Kind.ID, None), (Kind.REF, "outcome")}
        elif any(kind in (Kind.DATE, Kind.REF, Kind.REFS) for kind, _ref in meanings):
            assert len(meanings) == 1, f"{name!r} means {meanings}"
    assert scan.REF_PARTS == {"related": ("id", "outcome")}


def test_every_reference_names_a_record_type() -> None:
    for owner, f in fields.every_field():
        if f.kind in (Kind.REF, Kind.REFS):
            assert f.ref in fields.RECORD_TYPES, f"{owner.label}.{f.name}"
        else:
            assert f.ref is None, f"{owner.label}.{f.name}"


def test_a_form_can_list_a_types_fields_their_kinds_and_what_to_complete() -> None:
    meeting = fields.RECORD_TYPES["meeting"]
    assert [f.name for f in meeting.fields if f.required] == ["id", "forum", "title"]
    references = {f.name: f.ref for f in meeting.fields if f.kind is Kind.REF}
    assert references["forum"] == "forum" and references["country"] == "country"
    assert meeting.field("level").choices[:2] == ("leaders", "ministers")
    assert meeting.field("country").label == "host country"
    agenda = meeting.field("agenda")
    assert agenda.part is not None and agenda.part.field("topics").ref == "topic"


def test_the_field_at_a_place_in_a_file() -> None:
    assert fields.field_at(["meetings", 0, "agenda", 2, "topics", 1]) == fields.AGENDA_ITEM.field("topics")
    assert fields.field_at(["processes", 1, "rounds", 0, "country"]) == fields.ROUND.field("country")
    assert fields.field_at(["forums", 3, "members", 0, "citations", 0, "quote"]) == (
        fields.QUOTING_CITATION.field("quote")
    )
    assert fields.field_at(["dataset", "as_of"]) == fields.DATASET.field("as_of")
    assert fields.field_at(["meetings", 0]) is None
    assert fields.field_at(["meetings", 0, "venue"]) is None
    assert fields.field_at(["format"]) is None
    # The words in another language: the language tag is a key, the entry's fields follow it.
    assert fields.field_at(["meetings", 0, "names"]) == fields.MEETING.field("names")
    assert fields.field_at(["meetings", 0, "names", "ru"]) == fields.MEETING.field("names")
    names = fields.MEETING.field("names").part
    assert names is not None
    assert fields.field_at(["meetings", 0, "names", "ru", "agenda", 1, "title"]) == names.field("agenda").part.field(  # type: ignore[union-attr]
        "title"
    )
    assert fields.field_at(["countries", 2, "names", "ru", "name"]) == fields.COUNTRY.field("names").part.field("name")  # type: ignore[union-attr]


def test_every_record_type_may_have_its_words_in_other_languages_under_the_same_names() -> None:
    for kind, rtype in fields.RECORD_TYPES.items():
        entry = rtype.field("names").part
        assert entry is not None and entry.table == fields.NAMES_TABLE, kind
        own = {f.name for f in rtype.fields}
        words = [f.name for f in entry.fields if f.kind is not Kind.CITATIONS]
        assert words and set(words) <= own, kind  # a names entry reads like the record itself
        assert not any(f.required for f in entry.fields), kind  # any of them may be left out
    assert [f.name for f in fields.COUNTRY.field("names").part.fields] == ["name", "aliases", "citations"]  # type: ignore[union-attr]


def test_titles_and_dates_of_records() -> None:
    process = {"id": "p", "title": "Six-party talks"}
    assert fields.record_title("round", {"id": "r", "number": 3, "city": "Beijing"}, process) == (
        "Six-party talks: round 3 — Beijing"
    )
    assert fields.record_title("country", {"id": "laos", "name": "Laos"}) == "Laos"
    assert fields.record_date("outcome", {"period": "2016/2020"}) == "2016/2020"
    assert fields.record_date("outcome", {"date": "2016-09", "period": "2016/2020"}) == "2016-09"
    assert fields.record_date("topic", {"label": "x"}) is None
