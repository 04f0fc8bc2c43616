"""The database schema: SQLAlchemy 2.0 typed ORM tables for every record type.

Every record has a row in ``record`` (stable text id, type, title, sortable
date bounds, which dataset owns it) and a row in its type's own table with the
same id. Citations point from any record, or a part of one (``path``), to a
passage of a source document.
"""

from __future__ import annotations

from typing import Any, ClassVar, cast

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Connection,
    ForeignKey,
    Identity,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from model.store.schema_facts import APPLICATION_ID as APPLICATION_ID  # the facts, re-exported for the schema's users
from model.store.schema_facts import FTS_TABLE, FTS_TOKENIZER
from model.store.schema_facts import RECORD_TYPES as RECORD_TYPES
from model.store.schema_facts import SCHEMA_VERSION as SCHEMA_VERSION
from model.store.schema_facts import SEARCHABLE_TYPES as SEARCHABLE_TYPES


def _str(length: int) -> String:
    """Text of at most ``length`` characters, compared and sorted by its bytes on every backend."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")


#: Text of any length, compared and sorted by its bytes on every backend.
_TEXT = Text().with_variant(Text(collation="C"), "postgresql")


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict: JSON, list: JSON}


def table(model: type[Base]) -> Table:
    """The Core table of a mapped class, typed for Core statements."""
    return cast(Table, model.__table__)


def create_text_index(conn: Connection) -> None:
    """Create the full-text index (SQLite FTS5; see :data:`~model.store.schema_facts.FTS_TABLE`)."""
    conn.exec_driver_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(title, body, tokenize='{FTS_TOKENIZER}')"
    )


def _fk(column: str, ondelete: str | None = None) -> ForeignKey:
    """A reference checked when the transaction commits, not statement by statement: an import rewrites a
    changed record (deleting its rows, then inserting them again) while other records still refer to it."""
    return ForeignKey(column, ondelete=ondelete, deferrable=True, initially="DEFERRED")


def _record_fk() -> ForeignKey:
    return _fk("record.id", ondelete="CASCADE")


class Record(Base):
    """One row for every record, whatever its type."""

    __tablename__ = "record"
    rowid: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    id: Mapped[str] = mapped_column(_str(80), unique=True)
    type: Mapped[str] = mapped_column(_str(16))
    title: Mapped[str] = mapped_column(_TEXT)
    date: Mapped[str | None] = mapped_column(_str(64))
    date_lower: Mapped[str | None] = mapped_column(_str(10))
    date_upper: Mapped[str | None] = mapped_column(_str(10))
    #: The dataset that owns this record ("user" for the user's own records).
    origin: Mapped[str] = mapped_column(_str(80), default="user")
    #: Hash of the record's interchange form, to tell unchanged re-imports from changes.
    fingerprint: Mapped[str] = mapped_column(_str(64))
    #: Counts the writes of this record (1 when created; +1 on every edit, import or restore that changes it):
    #: a save that expected another version was overtaken by someone else's and is refused.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __table_args__ = (
        CheckConstraint(f"type IN {RECORD_TYPES!r}", name="record_type_known"),
        Index("ix_record_type_date", "type", "date_lower", "date_upper"),
        Index("ix_record_date", "date_lower", "date_upper"),
    )


class Dataset(Base):
    """A dataset loaded into this database, such as the bundled one."""

    __tablename__ = "dataset"
    id: Mapped[str] = mapped_column(_str(80), primary_key=True)
    title: Mapped[str] = mapped_column(_TEXT)
    version: Mapped[str | None] = mapped_column(_str(40))
    as_of: Mapped[str | None] = mapped_column(_str(64))
    description: Mapped[str | None] = mapped_column(_TEXT)
    fingerprint: Mapped[str | None] = mapped_column(_str(64))


class Source(Base):
    __tablename__ = "source"
    id: Mapped[str] = mapped_column(_record_fk(), primary_key=True)
    title: Mapped[str] = mapped_column(_TEXT)
    publisher: Mapped[str | None] = mapped_column(_TEXT)
    date: Mapped[str | None] = mapped_column(_str(64))
    languages: Mapped[list] = mapped_column(default=list)
    url: Mapped[str | None] = mapped_column(_TEXT)
    text: Mapped[str] = mapped_column(_TEXT)


class Country(Base):
    __tablename__ = "country"
    id: Mapped[str] = mapped_column(_record_fk(), primary_key=True)
    code: Mapped[str] = mapped_column(_str(2), unique=True)
    alpha3: Mapped[str | None] = mapped_column(_str(3))
    name: Mapped[str] = mapped_column(_TEXT)
    aliases: Mapped[list] = mapped_column(default=list)


class Topic(Base):
    __tablename__ = "topic"
    id: Mapped[str] = mapped_column(_record_fk(), primary_key=True)
    label: Mapped[str] = mapped_column(_TEXT)
    description: Mapped[str | None] = mapped_column(_TEXT)


class Forum(Base):
    __tablename__ = "forum"
    id: Mapped[str] = mapped_column(_record_fk(), primary_key=True)
    name: Mapped[str] = mapped_column(_TEXT)
    abbreviation: Mapped[str | None] = mapped_column(_str(40))
    aliases: Mapped[list] = mapped_column(default=list)
    kind: Mapped[str | None] = mapped_column(_str(40))
    founded: Mapped[str | None] = mapped_column(_str(64))
    parent_id: Mapped[str | None] = mapped_column(_fk("forum.id"), index=True)
    description: Mapped[str | None] = mapped_column(_TEXT)
    participant_count: Mapped[int | None] = mapped_column(Integer)


class Figure(Base):
    """A key figure of a forum, as stated ("over 630 million")."""

    __tablename__ = "figure"
    pk: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    forum_id: Mapped[str] = mapped_column(_fk("forum.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(_TEXT)
    value: Mapped[str] = mapped_column(_TEXT)
    as_of: Mapped[str | None] = mapped_column(_str(64))


class Membership(Base):
    __tablename__ = "membership"
    pk: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    forum_id: Mapped[str] = mapped_column(_fk("forum.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    country_id: Mapped[str] = mapped_column(_fk("country.id"), index=True)
    role: Mapped[str | None] = mapped_column(_str(40))
    since: Mapped[str | None] = mapped_column(_str(64))
    since_lower: Mapped[str | None] = mapped_column(_str(10))
    until: Mapped[str | None] = mapped_column(_str(64))
    until_upper: Mapped[str | None] = mapped_column(_str(10))
    joined_at: Mapped[str | None] = mapped_column(_fk("meeting.id"))


class Meeting(Base):
    __tablename__ = "meeting"
    id: Mapped[str] = mapped_column(_record_fk(), primary_key=True)
    forum_id: Mapped[str] = mapped_column(_fk("forum.id"))
    title: Mapped[str] = mapped_column(_TEXT)
    ordinal: Mapped[int | None] = mapped_column(Integer)
    level: Mapped[str | None] = mapped_column(_str(40))
    date: Mapped[str | None] = mapped_column(_str(64))
    date_lower: Mapped[str | None] = mapped_column(_str(10))
    date_upper: Mapped[str | None] = mapped_column(_str(10))
    city: Mapped[str | None] = mapped_column(_TEXT)
    country_id: Mapped[str | None] = mapped_column(_fk("country.id"), index=True)
    status: Mapped[str | None] = mapped_column(_str(20))
    status_as_of: Mapped[str | None] = mapped_column(_str(64))
    description: Mapped[str | None] = mapped_column(_TEXT)
    sidelines: Mapped[str | None] = mapped_column(_TEXT)
    __table_args__ = (Index("ix_meeting_forum_date", "forum_id", "date_lower", "date_upper"),)


class Participant(Base):
    __tablename__ = "participant"
    pk: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    meeting_id: Mapped[str] = mapped_column(_fk("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    country_id: Mapped[str | None] = mapped_column(_fk("country.id"), index=True)
    organisation: Mapped[str | None] = mapped_column(_TEXT)
    head: Mapped[str | None] = mapped_column(_TEXT)
    head_title: Mapped[str | None] = mapped_column(_TEXT)


class AgendaItem(Base):
    __tablename__ = "agenda_item"
    pk: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    meeting_id: Mapped[str] = mapped_column(_fk("meeting.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(_TEXT)
    description: Mapped[str | None] = mapped_column(_TEXT)
    __table_args__ = (UniqueConstraint("meeting_id", "position"),)


class AgendaTopic(Base):
    __tablename__ = "agenda_topic"
    agenda_item_pk: Mapped[int] = mapped_column(_fk("agenda_item.pk", ondelete="CASCADE"), primary_key=True)
    topic_id: Mapped[str] = mapped_column(_fk("topic.id"), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Process(Base):
    __tablename__ = "process"
    id: Mapped[str] = mapped_column(_record_fk(), primary_key=True)
    title: Mapped[str] = mapped_column(_TEXT)
    forum_id: Mapped[str | None] = mapped_column(_fk("forum.id"), index=True)
    goal: Mapped[str | None] = mapped_column(_TEXT)
    description: Mapped[str | None] = mapped_column(_TEXT)


class Round(Base):
    __tablename__ = "round"
    id: Mapped[str] = mapped_column(_record_fk(), primary_key=True)
    process_id: Mapped[str] = mapped_column(_fk("process.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    date: Mapped[str | None] = mapped_column(_str(64))
    date_lower: Mapped[str | None] = mapped_column(_str(10))
    date_upper: Mapped[str | None] = mapped_column(_str(10))
    city: Mapped[str | None] = mapped_column(_TEXT)
    country_id: Mapped[str | None] = mapped_column(_fk("country.id"), index=True)
    status: Mapped[str | None] = mapped_column(_str(20))
    description: Mapped[str | None] = mapped_column(_TEXT)
    __table_args__ = (UniqueConstraint("process_id", "number"),)


class Outcome(Base):
    __tablename__ = "outcome"
    id: Mapped[str] = mapped_column(_record_fk(), primary_key=True)
    title: Mapped[str] = mapped_column(_TEXT)
    kind: Mapped[str] = mapped_column(_str(40))
    status: Mapped[str | None] = mapped_column(_str(20))
    status_as_of: Mapped[str | None] = mapped_column(_str(64))
    meeting_id: Mapped[str | None] = mapped_column(_fk("meeting.id"), index=True)
    date: Mapped[str | None] = mapped_column(_str(64))
    period: Mapped[str | None] = mapped_column(_str(64))
    description: Mapped[str | None] = mapped_column(_TEXT)


class OutcomeLink(Base):
    __tablename__ = "outcome_link"
    outcome_id: Mapped[str] = mapped_column(_fk("outcome.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    target_id: Mapped[str] = mapped_column(_fk("outcome.id"), index=True)
    relation: Mapped[str | None] = mapped_column(_str(40))


class RecordName(Base):
    """A record's words in another language (its ``names`` in a data file): one row per record and language.

    ``title`` holds its name, title or label, whichever the record type has (see
    :data:`model.records.fields.NAME_COLUMNS`); the lists (other names, figures, participants, agenda) are
    JSON, item by item as the record's own. ``position`` keeps the languages in the order the file gave them.
    Citations of a names entry have the path ``names/<lang>``.
    """

    __tablename__ = "record_name"

    record_id: Mapped[str] = mapped_column(_record_fk(), primary_key=True)
    lang: Mapped[str] = mapped_column(_str(35), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(_TEXT)
    abbreviation: Mapped[str | None] = mapped_column(_str(40))
    aliases: Mapped[list] = mapped_column(default=list)
    publisher: Mapped[str | None] = mapped_column(_TEXT)
    city: Mapped[str | None] = mapped_column(_TEXT)
    goal: Mapped[str | None] = mapped_column(_TEXT)
    description: Mapped[str | None] = mapped_column(_TEXT)
    sidelines: Mapped[str | None] = mapped_column(_TEXT)
    figures: Mapped[list] = mapped_column(default=list)
    participants: Mapped[list] = mapped_column(default=list)
    agenda: Mapped[list] = mapped_column(default=list)


class Citation(Base):
    """A record's (or a part's) reference to a passage of a source.

    ``path`` names the part of the record the citation supports: "" for the
    record itself, "agenda/2" for its second agenda item, "members/3",
    "participants/1", "figures/1", "rounds/..." and so on.
    A citation with no source is a fact from general knowledge (``basis``).
    """

    __tablename__ = "citation"
    pk: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    record_id: Mapped[str] = mapped_column(_record_fk(), index=True)
    path: Mapped[str] = mapped_column(_str(80), default="")
    position: Mapped[int] = mapped_column(Integer)
    source_id: Mapped[str | None] = mapped_column(_fk("source.id"), index=True)
    basis: Mapped[str] = mapped_column(_str(40), default="source")
    quote: Mapped[str | None] = mapped_column(_TEXT)
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    paragraph: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(_TEXT)


class SavedSearch(Base):
    """A search kept under a name by the analyst who saved it (``owner``); a ``shared`` one shows to everyone."""

    __tablename__ = "saved_search"
    name: Mapped[str] = mapped_column(_str(200), primary_key=True)
    query: Mapped[str] = mapped_column(_TEXT)
    created: Mapped[str] = mapped_column(_str(32))
    #: Who saved it: the operating system's user on a file, the database user on a server (schema 4).
    owner: Mapped[str] = mapped_column(_str(200), default="", server_default="")
    #: 1 when its owner lets everyone using the archive see (not change) it.
    shared: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class ChangeNote(Base):
    """What one committed write changed, for the other windows on the archive (see :mod:`model.store.changes`).

    A SQLite file has no way to tell another process what changed, so each write leaves a note here and
    the others read the notes past the last one they saw when the file's ``data_version`` moves. A server
    tells its listeners at once (``NOTIFY``) and keeps the same notes, so a window that lost its connection
    can catch up. Only the latest notes are kept (:data:`model.store.change_notes.KEEP_NOTES`).
    """

    __tablename__ = "change_note"
    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    #: When it was committed, UTC ISO-8601 with Z.
    at: Mapped[str] = mapped_column(_str(32))
    #: Who wrote it (as revisions name authors: the OS user on a file, the database user on a server).
    author: Mapped[str] = mapped_column(_str(200))
    #: The writing program (process and a random part), so a window passes over its own writes.
    client: Mapped[str] = mapped_column(_str(64))
    #: import, edit, delete, restore …
    action: Mapped[str] = mapped_column(_str(32))
    #: How many records it changed.
    count: Mapped[int] = mapped_column(Integer)
    #: The changed records' ids, one per line; NULL when there were too many to list (then only ``count``).
    ids: Mapped[str | None] = mapped_column(_TEXT)


class Revision(Base):
    """One change of one record: who, when, what it did, and the record's interchange form before and after.

    ``record_id`` is no reference: a deleted record's revisions stay (its history, and what undoes it).
    ``before``/``after`` are JSON text of the record's own form (a process without its rounds), NULL for a
    record created or deleted; a note's revision holds ``{"note": …}``.
    """

    __tablename__ = "revision"
    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    record_id: Mapped[str] = mapped_column(_str(80), index=True)
    kind: Mapped[str] = mapped_column(_str(16))
    action: Mapped[str] = mapped_column(_str(16))
    author: Mapped[str] = mapped_column(_TEXT)
    #: When, as UTC ISO-8601 with a Z ("2026-12-04T23:59:01Z").
    at: Mapped[str] = mapped_column(_str(32))
    before: Mapped[str | None] = mapped_column(_TEXT)
    after: Mapped[str | None] = mapped_column(_TEXT)


class Note(Base):
    """The user's private plain-text note on a record (never exported as data; goes with the record)."""

    __tablename__ = "note"
    record_id: Mapped[str] = mapped_column(_fk("record.id", ondelete="CASCADE"), primary_key=True)
    text: Mapped[str] = mapped_column(_TEXT)
