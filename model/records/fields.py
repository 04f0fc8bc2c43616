"""The field map: what each record type holds, declared once.

For every record type (and every part of a record: an agenda item, a member, a citation …) this module
lists its fields in the order a data file writes them: the name in the file, the column that stores it,
what kind of value it is (text, an EDTF date with its bounds, a reference and the record type it must
name, a list of parts …), whether it is required, the limits a value must keep, and the words people
read for it. Everything that reads or writes a record's fields follows it: the importer
(:mod:`model.interchange.importer`), the exporter, the JSON Schema (generated from it into
``resources/summitry.schema.json`` by :mod:`model.interchange.schema_file`), the wording of validation
problems, and the edit forms (which list a type's fields, their kinds and the references to complete).

Adding a field: its column in :mod:`model.store.schema`, its line here, and what the record's view shows.

Pure data, cheap to import: no SQLAlchemy (tables and columns are named, not imported).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Any

# The words of the map, re-exported: users of the map need only this module.
from model.records.field_types import Field as Field
from model.records.field_types import Kind as Kind
from model.records.field_types import Link as Link
from model.records.field_types import PartType as PartType
from model.records.field_types import RecordType as RecordType
from model.records.field_types import Shape as Shape
from model.records.field_types import Value as Value

ID_SHAPE = Shape(
    "^[a-z0-9][a-z0-9-]{0,79}$", "is not a valid id (lower-case letters, digits and hyphens, up to 80 characters)"
)
COUNTRY_CODE_SHAPE = Shape("^[A-Z]{2}$", "is not an ISO 3166 code (two capital letters, e.g. LA)")
ALPHA3_SHAPE = Shape("^[A-Z]{3}$", "is not an ISO 3166-1 alpha-3 code (three capital letters, e.g. LAO)")
LANGUAGE_SHAPE = Shape("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", "is not a language tag (such as en, en-GB or lo)")


def _text(max_length: int, min_length: int = 0) -> Value:
    return Value(min_length=min_length, max_length=max_length)


def _number(minimum: int, maximum: int) -> Value:
    return Value("integer", minimum=minimum, maximum=maximum)


def _choice(*choices: str) -> Value:
    return Value(None, choices=choices)


ID = Value(
    shape=ID_SHAPE,
    shared="id",
    description="Stable, human-readable id: lower-case letters, digits and hyphens, e.g. arf-23.",
)
EDTF = Value(
    min_length=1,
    max_length=64,
    shared="edtf",
    description="A date in the Library of Congress Extended Date/Time Format: "
    "2013-11, 2016-23 (autumn), 2016-07-25/2016-07-26.",
)
LONG_TEXT = Value(max_length=20000, shared="text")
NAME = Value(min_length=1, max_length=500, shared="name")
LANGUAGE = Value(shape=LANGUAGE_SHAPE)

#: The statuses of a meeting or a round.
MEETING_STATUSES = ("held", "scheduled", "planned", "cancelled", "postponed")


def _id() -> Field:
    return Field("id", Kind.ID, "id", ID, column="id", required=True)


def _ref(name: str, label: str, ref: str, column: str, *, required: bool = False, description: str = "") -> Field:
    return Field(name, Kind.REF, label, ID, column=column, required=required, ref=ref, description=description or None)


def _date(name: str, label: str, lower: str | None = None, upper: str | None = None, description: str = "") -> Field:
    return Field(name, Kind.DATE, label, EDTF, column=name, lower=lower, upper=upper, description=description or None)


def _long(name: str, label: str) -> Field:
    return Field(name, Kind.LONG_TEXT, label, LONG_TEXT, column=name)


def _citations() -> Field:
    return Field("citations", Kind.CITATIONS, "citations", max_items=100)


# --- citations: a passage of a source, or a fact marked as general knowledge ------------------------------

QUOTING_CITATION = PartType(
    "",
    "citation",
    (
        _ref("source", "source", "source", "source_id", required=True),
        Field(
            "quote",
            Kind.LONG_TEXT,
            "quoted passage",
            _text(5000, 1),
            column="quote",
            required=True,
            description="The cited passage, verbatim from the source text.",
        ),
        Field(
            "start",
            Kind.INTEGER,
            "start",
            _number(0, 100000000),
            column="start",
            description="Character offset of the passage in the source text (computed from the quote when absent).",
        ),
        Field("end", Kind.INTEGER, "end", _number(0, 100000000), column="end"),
        Field("paragraph", Kind.INTEGER, "paragraph", _number(1, 1000000), column="paragraph"),
        Field("note", Kind.TEXT, "note", _text(2000), column="note"),
    ),
    table="citation",
    owner="record_id",
)
BASIS_CITATION = PartType(
    "",
    "citation",
    (
        Field(
            "basis",
            Kind.CHOICE,
            "basis",
            _choice("general-knowledge"),
            column="basis",
            required=True,
            description="The fact does not come from a source document of the dataset.",
        ),
        Field("note", Kind.TEXT, "note", _text(2000, 1), column="note", required=True),
    ),
    table="citation",
    owner="record_id",
)
#: What the ``basis`` column holds for a citation that quotes a source.
QUOTED_BASIS = "source"

# --- the parts of records ---------------------------------------------------------------------------------

ALIAS = PartType(
    "alias",
    "other name",
    (
        Field("name", Kind.TEXT, "name", NAME, required=True),
        Field("lang", Kind.TEXT, "language", LANGUAGE),
    ),
)
FIGURE = PartType(
    "figure",
    "figure",
    (
        Field("label", Kind.TEXT, "label", NAME, column="label", required=True),
        Field(
            "value",
            Kind.TEXT,
            "value",
            _text(200, 1),
            column="value",
            required=True,
            description="As stated, e.g. 'over 630 million'.",
        ),
        _date("as_of", "as of"),
        _citations(),
    ),
    table="figure",
    owner="forum_id",
)
MEMBERSHIP = PartType(
    "membership",
    "member",
    (
        _ref("country", "country", "country", "country_id", required=True),
        Field(
            "role",
            Kind.CHOICE,
            "role",
            _choice("member", "dialogue-partner", "participant", "observer", "founding-member"),
            column="role",
        ),
        _date("since", "since", lower="since_lower"),
        _date("until", "until", upper="until_upper"),
        _ref("joined_at", "joined at", "meeting", "joined_at", description="Meeting at which the country joined."),
        _citations(),
    ),
    table="membership",
    owner="forum_id",
)
PARTICIPANT = PartType(
    "participant",
    "participant",
    (
        _ref("country", "country", "country", "country_id"),
        Field("organisation", Kind.TEXT, "organisation", _text(500), column="organisation"),
        Field(
            "head",
            Kind.TEXT,
            "head of delegation",
            _text(500),
            column="head",
            description="Head of delegation, e.g. 'Sergey Lavrov'.",
        ),
        Field(
            "head_title",
            Kind.TEXT,
            "head's title",
            _text(500),
            column="head_title",
            description="e.g. 'Foreign Minister'.",
        ),
        _citations(),
    ),
    table="participant",
    owner="meeting_id",
    needs_one_of=("country", "organisation"),
)
AGENDA_ITEM = PartType(
    "agenda_item",
    "agenda item",
    (
        Field("title", Kind.TEXT, "title", NAME, column="title", required=True),
        _long("description", "description"),
        Field(
            "topics",
            Kind.REFS,
            "topics",
            ID,
            ref="topic",
            max_items=50,
            link=Link("agenda_topic", "agenda_item_pk", "topic_id"),
        ),
        _citations(),
    ),
    table="agenda_item",
    owner="meeting_id",
)
OUTCOME_LINK = PartType(
    "",
    "related outcome",
    (
        _ref("id", "outcome", "outcome", "target_id", required=True),
        Field(
            "relation",
            Kind.CHOICE,
            "relation",
            _choice("implements", "implemented-by", "supersedes", "superseded-by", "related"),
            column="relation",
        ),
    ),
    table="outcome_link",
    owner="outcome_id",
)
#: The description of a published dataset, at the head of its file (not a record).
DATASET = PartType(
    "dataset",
    "dataset",
    (
        _id(),
        Field("title", Kind.TEXT, "title", NAME, column="title", required=True),
        Field("version", Kind.TEXT, "version", _text(40), column="version"),
        _date("as_of", "as of"),
        _long("description", "description"),
    ),
    table="dataset",
)

# --- the record types, in the order a file lists them -----------------------------------------------------

SOURCE = RecordType(
    "source",
    "source",
    (
        _id(),
        Field("title", Kind.TEXT, "title", NAME, column="title", required=True),
        Field("publisher", Kind.TEXT, "publisher", _text(500), column="publisher"),
        _date("date", "date"),
        Field("languages", Kind.CODES, "languages", LANGUAGE, column="languages", max_items=50),
        Field("url", Kind.TEXT, "web address", _text(2000), column="url"),
        Field(
            "text",
            Kind.LONG_TEXT,
            "text",
            _text(5000000, 1),
            column="text",
            required=True,
            description="The full text of the source; citations quote passages of it.",
        ),
    ),
    table="source",
    collection="sources",
    date_fields=("date",),
)
COUNTRY = RecordType(
    "country",
    "country",
    (
        _id(),
        Field(
            "code",
            Kind.TEXT,
            "ISO code",
            Value(shape=COUNTRY_CODE_SHAPE),
            column="code",
            required=True,
            description="ISO 3166-1 alpha-2.",
        ),
        Field("alpha3", Kind.TEXT, "ISO alpha-3 code", Value(shape=ALPHA3_SHAPE), column="alpha3"),
        Field("name", Kind.TEXT, "name", NAME, column="name", required=True),
        Field("aliases", Kind.PARTS, "other names", column="aliases", max_items=50, part=ALIAS),
        _citations(),
    ),
    table="country",
    collection="countries",
    title_field="name",
)
TOPIC = RecordType(
    "topic",
    "topic",
    (
        _id(),
        Field("label", Kind.TEXT, "label", NAME, column="label", required=True),
        _long("description", "description"),
    ),
    table="topic",
    collection="topics",
    title_field="label",
)
FORUM = RecordType(
    "forum",
    "forum",
    (
        _id(),
        Field("name", Kind.TEXT, "name", NAME, column="name", required=True),
        Field("abbreviation", Kind.TEXT, "abbreviation", _text(40), column="abbreviation"),
        Field("aliases", Kind.PARTS, "other names", column="aliases", max_items=50, part=ALIAS),
        Field(
            "kind",
            Kind.CHOICE,
            "kind",
            _choice(
                "organisation",
                "summit",
                "ministerial-forum",
                "dialogue-partnership",
                "security-forum",
                "defence-forum",
                "other",
            ),
            column="kind",
        ),
        _date("founded", "founded"),
        _ref("parent", "part of", "forum", "parent_id"),
        _long("description", "description"),
        Field(
            "participant_count", Kind.INTEGER, "number of participants", _number(0, 1000), column="participant_count"
        ),
        Field("figures", Kind.PARTS, "figures", max_items=100, part=FIGURE),
        Field("members", Kind.PARTS, "members", max_items=500, part=MEMBERSHIP),
        _citations(),
    ),
    table="forum",
    collection="forums",
    title_field="name",
    date_fields=("founded",),
)
MEETING = RecordType(
    "meeting",
    "meeting",
    (
        _id(),
        _ref("forum", "forum", "forum", "forum_id", required=True),
        Field("title", Kind.TEXT, "title", NAME, column="title", required=True),
        Field("ordinal", Kind.INTEGER, "number in its series", _number(1, 100000), column="ordinal"),
        Field(
            "level",
            Kind.CHOICE,
            "level",
            _choice("leaders", "ministers", "senior-officials", "officials", "experts", "other"),
            column="level",
        ),
        _date("date", "date", lower="date_lower", upper="date_upper"),
        Field("city", Kind.TEXT, "city", _text(200), column="city"),
        _ref("country", "host country", "country", "country_id"),
        Field("status", Kind.CHOICE, "status", _choice(*MEETING_STATUSES), column="status"),
        _date("status_as_of", "status as of"),
        _long("description", "description"),
        _long("sidelines", "on the sidelines"),
        Field("participants", Kind.PARTS, "participants", max_items=500, part=PARTICIPANT),
        Field("agenda", Kind.PARTS, "agenda", max_items=1000, part=AGENDA_ITEM),
        _citations(),
    ),
    table="meeting",
    collection="meetings",
    date_fields=("date",),
)
PROCESS = RecordType(
    "process",
    "process",
    (
        _id(),
        Field("title", Kind.TEXT, "title", NAME, column="title", required=True),
        _ref("forum", "forum", "forum", "forum_id"),
        _long("goal", "goal"),
        _long("description", "description"),
        Field("rounds", Kind.RECORDS, "rounds", max_items=10000, holds="round"),
        _citations(),
    ),
    table="process",
    collection="processes",
)
ROUND = RecordType(
    "round",
    "round",
    (
        _id(),
        Field("number", Kind.INTEGER, "number", _number(1, 10000), column="number", required=True),
        _date("date", "date", lower="date_lower", upper="date_upper"),
        Field("city", Kind.TEXT, "city", _text(200), column="city"),
        _ref("country", "host country", "country", "country_id"),
        Field("status", Kind.CHOICE, "status", _choice(*MEETING_STATUSES), column="status"),
        _long("description", "description"),
        _citations(),
    ),
    table="round",
    title_field=None,
    date_fields=("date",),
    inside=("process", "process_id"),
)
OUTCOME = RecordType(
    "outcome",
    "outcome",
    (
        _id(),
        Field("title", Kind.TEXT, "title", NAME, column="title", required=True),
        Field(
            "kind",
            Kind.CHOICE,
            "kind",
            _choice(
                "declaration",
                "chairs-statement",
                "statement",
                "plan-of-action",
                "work-plan",
                "agreement",
                "report",
                "other",
            ),
            column="kind",
            required=True,
        ),
        Field("status", Kind.CHOICE, "status", _choice("adopted", "expected", "draft", "proposed"), column="status"),
        _date("status_as_of", "status as of"),
        _ref(
            "meeting",
            "adopted at",
            "meeting",
            "meeting_id",
            description="The meeting that adopted (or is expected to adopt) it.",
        ),
        _date("date", "date"),
        _date("period", "period covered", description="Period covered, e.g. 2016/2020."),
        _long("description", "description"),
        Field("related", Kind.PARTS, "related outcomes", max_items=100, part=OUTCOME_LINK),
        _citations(),
    ),
    table="outcome",
    collection="outcomes",
    date_fields=("date", "period"),
)

# --- names in other languages ---------------------------------------------------------------------------
#
# Any record may carry its words in more languages: ``"names": {"ru": {"title": "…", "description": "…",
# "agenda": [{"title": "…"}], "citations": [{"basis": "general-knowledge", "note": "…"}]}}``. Each language
# holds the record's own fields that are words (its name, title or label, description, city …), under the
# same names as the record's, so a names entry reads like the record; lists of parts (agenda items, figures,
# participants) follow the record's own list item by item, and its other names are more names in that
# language. All of them are stored in one table,
# ``record_name``: one row per record and language, the name, title or label in its ``title`` column.

#: The column of ``record_name`` holding each field a record may have in another language.
NAME_COLUMNS: Mapping[str, str] = {
    "title": "title",
    "name": "title",
    "label": "title",
    "abbreviation": "abbreviation",
    "aliases": "aliases",
    "publisher": "publisher",
    "city": "city",
    "goal": "goal",
    "description": "description",
    "sidelines": "sidelines",
    "figures": "figures",
    "participants": "participants",
    "agenda": "agenda",
}
#: The fields of a list's items that are words: a names entry gives these, for the same item of the record's list.
NAMED_PART_FIELDS: Mapping[str, tuple[str, ...]] = {
    "aliases": ("name",),
    "figures": ("label", "value"),
    "participants": ("organisation", "head", "head_title"),
    "agenda": ("title", "description"),
}
#: The lists whose items name the record's own items at the same place (the other names do not).
NAMED_BY_POSITION = ("figures", "participants", "agenda")
#: The table holding the names, and its column naming the language.
NAMES_TABLE = "record_name"
NAMES_LANGUAGE_COLUMN = "lang"


def _in_other_languages(rtype: RecordType) -> Field:
    """The ``names`` field of ``rtype``: its fields that are words, none required, per language."""
    translated: list[Field] = []
    for f in rtype.fields:
        column = NAME_COLUMNS.get(f.name)
        if column is None:
            continue
        part = None
        if f.part is not None:
            keep = NAMED_PART_FIELDS[f.name]
            items = tuple(replace(p, required=False, column=None) for p in f.part.fields if p.name in keep)
            part = PartType("", f.part.label, items)
        translated.append(replace(f, required=False, column=column, part=part, description=None))
    translated.append(_citations())
    entry = PartType(
        f"{rtype.name}_names", f"{rtype.label} in another language", tuple(translated), NAMES_TABLE, "record_id"
    )
    return Field(
        "names",
        Kind.NAMES,
        "names in other languages",
        LANGUAGE,
        max_items=50,
        part=entry,
        description=f"The {rtype.label}'s words in other languages, by language tag (such as ru): the same fields "
        "as the record's own, lists item by item.",
    )


def _with_names(rtype: RecordType) -> RecordType:
    """``rtype`` with its ``names`` field, before its citations (last when it has none)."""
    at = next((i for i, f in enumerate(rtype.fields) if f.kind is Kind.CITATIONS), len(rtype.fields))
    return replace(rtype, fields=(*rtype.fields[:at], _in_other_languages(rtype), *rtype.fields[at:]))


SOURCE, COUNTRY, TOPIC, FORUM, MEETING, PROCESS, ROUND, OUTCOME = (
    _with_names(t) for t in (SOURCE, COUNTRY, TOPIC, FORUM, MEETING, PROCESS, ROUND, OUTCOME)
)

#: Every record type by name, in the order a data file lists them (rounds after their processes).
RECORD_TYPES: Mapping[str, RecordType] = {
    t.name: t for t in (SOURCE, COUNTRY, TOPIC, FORUM, MEETING, PROCESS, ROUND, OUTCOME)
}
_HELD_NAMES = {kind: frozenset(f.name for f in t.held) for kind, t in RECORD_TYPES.items()}
#: The lists of a data file and the record type of their items, in file order.
COLLECTIONS: Mapping[str, str] = {t.collection: t.name for t in RECORD_TYPES.values() if t.collection}
#: The kinds of citation: one quoting a source's passage, or one marking general knowledge. A citation that
#: names a source (:data:`CITATION_KIND_MARK`) is of the first kind, any other of the second.
CITATION_KINDS = (QUOTING_CITATION, BASIS_CITATION)
CITATION_KIND_MARK = "source"


def parts(owner: PartType) -> Iterator[tuple[Field, PartType]]:
    """The fields of ``owner`` that hold parts, with the part type of their items (citations included)."""
    for f in owner.fields:
        if f.part is not None:
            yield f, f.part
        elif f.kind is Kind.CITATIONS:
            for kind in CITATION_KINDS:
                yield f, kind


def every_field() -> Iterator[tuple[PartType, Field]]:
    """(owner, field) for every field of every record type and part, and of the dataset header."""
    seen: set[int] = set()

    def visit(owner: PartType) -> Iterator[tuple[PartType, Field]]:
        if id(owner) in seen:
            return
        seen.add(id(owner))
        for f in owner.fields:
            yield owner, f
        for _f, part in parts(owner):
            yield from visit(part)

    yield from visit(DATASET)
    for rtype in RECORD_TYPES.values():
        yield from visit(rtype)


def field_at(path: Sequence[str | int]) -> Field | None:
    """The field whose value sits at ``path`` in a data file (for an item of a list: the list's field).

    ``["meetings", 0, "agenda", 2, "topics", 1]`` is the ``topics`` field of an agenda item. This is the
    field a problem at that place is about (and beside which a form shows it); None for the file's own
    keys, a record or part as a whole, and names the map does not know.
    """
    keys = [p for p in path if isinstance(p, str)]
    if not keys:
        return None
    owners: tuple[PartType, ...]
    if keys[0] == "dataset":
        owners = (DATASET,)
    elif keys[0] in COLLECTIONS:
        owners = (RECORD_TYPES[COLLECTIONS[keys[0]]],)
    else:
        return None
    found: Field | None = None
    language = False
    for key in keys[1:]:
        if language:  # the language tag of a names entry: the entry's fields follow
            language = False
            continue
        found = next((f for owner in owners for f in owner.fields if f.name == key), None)
        if found is None:
            return None
        language = found.kind is Kind.NAMES
        if found.kind is Kind.RECORDS and found.holds:
            owners = (RECORD_TYPES[found.holds],)
        elif found.kind is Kind.CITATIONS:
            owners = CITATION_KINDS
        else:
            owners = (found.part,) if found.part else ()
    return found


def without_held(kind: str, obj: Mapping[str, Any]) -> Mapping[str, Any]:
    """A record's interchange form without the records written inside it (a process without its rounds)."""
    held = _HELD_NAMES[kind]
    return {k: v for k, v in obj.items() if k not in held} if held else obj


def record_title(kind: str, obj: Mapping[str, Any], parent: Mapping[str, Any] | None = None) -> str:
    """What a record is called in lists, links and search results.

    A round has no title of its own: it is named by its process ("Six-party talks: round 3 — Beijing").
    """
    name = RECORD_TYPES[kind].title_field
    if name is None:
        assert parent is not None, f"a {kind} is named by the record it is written in"
        where = f" — {obj['city']}" if obj.get("city") else ""
        return f"{parent['title']}: round {obj['number']}{where}"
    return str(obj.get(name))


def record_date(kind: str, obj: Mapping[str, Any]) -> str | None:
    """The date a record sorts and filters by: the first of its date fields that is given."""
    for name in RECORD_TYPES[kind].date_fields:
        value = obj.get(name)
        if value:
            return str(value)
    return None
