"""The words of the field map (:mod:`model.records.fields`): what a field, a part and a record type are.

Pure data, cheap to import: no SQLAlchemy (tables and columns are named, not imported).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal


class Kind(enum.Enum):
    """What kind of value a field holds: what a form edits it with, and how it is stored."""

    ID = "id"  #: the record's own id
    TEXT = "text"  #: one line of text
    LONG_TEXT = "long text"  #: paragraphs (descriptions, a source's text)
    INTEGER = "integer"
    DATE = "date"  #: an EDTF date (stored with its earliest and latest day where the table has columns for them)
    CHOICE = "choice"  #: one of the field's choices
    REF = "reference"  #: the id of a record of type ``Field.ref``
    REFS = "references"  #: a list of ids of records of type ``Field.ref`` (stored in a link table)
    CODES = "codes"  #: a list of short texts of one shape (a source's languages)
    PARTS = "parts"  #: an ordered list of parts (``Field.part``): agenda items, members, other names …
    RECORDS = "records"  #: records written inside this one (a process's rounds; ``Field.holds``)
    CITATIONS = "citations"  #: where the facts come from (see :data:`model.records.fields.CITATION_KINDS`)
    #: the record's words in other languages: an object keyed by language tag (``Field.value``: the tag's
    #: shape), each holding the part ``Field.part`` (its title, description … as the record names them)
    NAMES = "names"


@dataclass(frozen=True)
class Shape:
    """The form a text must have, and how a problem says it does not.

    Attributes:
        pattern: a regular expression the whole text must match (JSON Schema ``pattern``).
        words: what follows the wrong value in a problem: "'Laos' is not a valid id (…)".
    """

    pattern: str
    words: str


@dataclass(frozen=True)
class Value:
    """What one value may be: a field's, or each item of a list field's.

    Attributes:
        type: "string" or "integer" (None for choices, which are strings by their list).
        shared: the name under which the JSON Schema defines this value once for every field that has it.
        description: the shared definition's description.
    """

    type: Literal["string", "integer"] | None = "string"
    min_length: int = 0
    max_length: int | None = None
    shape: Shape | None = None
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()
    shared: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class Link:
    """Where a list of references is stored: one row per id, in order (``position``).

    Attributes:
        table: the link table ("agenda_topic").
        owner: its column naming the part's row (its ``pk``).
        column: its column holding the id.
    """

    table: str
    owner: str
    column: str


@dataclass(frozen=True)
class Field:
    """One field of a record or part, as a data file writes it.

    Attributes:
        name: the key in the data file.
        kind: what kind of value it is.
        label: the words people read for it (a form's label; problems that speak of the field).
        value: what the value may be (for a list field: each item).
        column: the column of the owner's table that stores it (None: stored elsewhere, by kind).
        required: a record without it is refused.
        ref: the record type an id must name (references).
        max_items: how many items a list may hold (for names: how many languages).
        part: what each item is (parts; for names, what each language holds).
        holds: the record type of each item (records written inside this one).
        lower, upper: the columns holding a date's earliest and latest day, where the table has them.
        link: where a list of references is stored.
        description: help for people who write the field (the JSON Schema's description).
    """

    name: str
    kind: Kind
    label: str
    value: Value | None = None
    column: str | None = None
    required: bool = False
    ref: str | None = None
    max_items: int | None = None
    part: PartType | None = None
    holds: str | None = None
    lower: str | None = None
    upper: str | None = None
    link: Link | None = None
    description: str | None = None

    @property
    def choices(self) -> tuple[str, ...]:
        return self.value.choices if self.value else ()


@dataclass(frozen=True)
class PartType:
    """A kind of part of a record (an agenda item, a member, a citation …), or the file's dataset header.

    Attributes:
        name: the JSON Schema definition of it ("" when the schema writes it in place).
        label: the words people read for one ("agenda item").
        fields: its fields, in the order a file writes them.
        table: the table holding one row per part (with ``owner`` and ``position``); None when the parts
            are stored as a list in the owner's own column (``Field.column``).
        owner: the table's column naming the record the part belongs to.
        needs_one_of: at least one of these fields must be given.
    """

    name: str
    label: str
    fields: tuple[Field, ...]
    table: str | None = None
    owner: str | None = None
    needs_one_of: tuple[str, ...] = ()

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)


@dataclass(frozen=True)
class RecordType(PartType):
    """A record type: a part of the file with an id, a row in ``record`` and one in its own table.

    Attributes:
        table: the record type's own table (one row per record, with the same id as its ``record`` row).
        collection: the file's list of such records ("meetings"); "" when they are written inside another
            record (rounds inside their process: see ``inside``).
        title_field: the field that names a record (None: composed, see :func:`record_title`).
        date_fields: the fields whose first given value is the record's date, by which it sorts.
        inside: (record type, column naming it) for a record written inside another.
    """

    table: str = ""
    collection: str = ""
    title_field: str | None = "title"
    date_fields: tuple[str, ...] = ()
    inside: tuple[str, str] | None = field(default=None)

    @cached_property
    def held(self) -> tuple[Field, ...]:
        """The fields holding records written inside this one."""
        return tuple(f for f in self.fields if f.kind is Kind.RECORDS)
