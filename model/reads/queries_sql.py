"""The SQLAlchemy statements behind :mod:`model.reads.queries` (tree, status bar, timeline).

Each function builds one statement, declared in :mod:`model.reads.queries` as a :class:`model.store.sqlrun.Sql` (or a
:class:`~model.store.sqlrun.Query`, whose named row's fields are the statement's column labels); for
SQLite their compiled text is frozen in :mod:`model.store.frozen_sql`, so this module (and SQLAlchemy) is only
imported to regenerate that file, or to run a statement on another database.

Varying values are bound parameters: ``parent`` (the parent's id), ``offset``/``limit``, ``child``,
``k0, k1, …`` (a sort key), ``rid``, ``lang`` and ``lang_tags`` (the language whose names order the tree, see
:func:`shown_name`), and expanding lists ``ids`` and ``forums``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, bindparam, case, exists, func, literal, or_, select, tuple_

from model.store.folding import folded
from model.store.tables import (
    CITATION,
    COUNTRY,
    DATASET,
    FORUM,
    MEETING,
    NOTE,
    OUTCOME,
    PROCESS,
    RECORD,
    RECORD_NAME,
    REVISION,
    ROUND,
    SOURCE,
    TOPIC,
)

_TABLES = {
    "forum": FORUM,
    "meeting": MEETING,
    "process": PROCESS,
    "round": ROUND,
    "outcome": OUTCOME,
    "country": COUNTRY,
    "topic": TOPIC,
    "source": SOURCE,
}

#: The parent's id in every section's filter, bound when the section runs.
_PARENT: Any = bindparam("parent")
_IDS: Any = bindparam("ids", expanding=True)
_FORUMS: Any = bindparam("forums", expanding=True)
#: The interface's language ("ru") and the LIKE pattern of its regional tags ("ru-%"): see :func:`shown_name`.
_LANG: Any = bindparam("lang")
_LANG_TAGS: Any = bindparam("lang_tags")


def shown_name(table: Any, column: ColumnElement[Any]) -> ColumnElement[Any]:
    """The order of what the tree shows for ``column`` (a record's title, name or label): its name in the
    interface's language where it has one (``record_name``, the tag itself before a regional one, as
    :func:`model.reads.queries._names` chooses), else the column as written, as before.

    A name is compared in lower case (:class:`model.store.folding.folded`), with ё as е: text is compared as
    bytes on both backends, and Russian's letters are in alphabetical order in Unicode but for ё, while
    capitals come before all small letters ("КНДР" would come before "Камбоджа", "США" before "Сингапур").
    Records without a name in the language keep their order as written, so English is unchanged.

    It costs one lookup by primary key per row, and only runs ordered by name use it (sub-forums, processes,
    countries, topics …); a forum's dated meetings, the long run, keep their order by date.
    """
    n = RECORD_NAME.alias("shown")
    tag = func.lower(n.c.lang)
    named = (
        select(n.c.title)
        .where(n.c.record_id == table.c.id, n.c.title.is_not(None), or_(tag == _LANG, tag.like(_LANG_TAGS)))
        .order_by(case((tag == _LANG, 0), else_=1), n.c.lang)
        .limit(1)
        .scalar_subquery()
    )
    return func.coalesce(func.replace(folded(named), "ё", "е"), column)


@dataclass(frozen=True)
class Section:
    """A run of children of one type: a filtered, ordered select (the parent's id bound as ``parent``)."""

    kind: str
    where: tuple[ColumnElement[bool], ...]
    order: tuple[ColumnElement[Any], ...]


@cache
def sections(parent: str) -> tuple[Section, ...]:
    """Sections of the children of the top level ("top"), of a group id, or of a record of type ``parent``.

    Their kinds, in order, are :data:`model.reads.queries.SECTION_KINDS` (a test keeps the two in step).
    """
    if parent == "top":
        return (
            Section("forum", (FORUM.c.parent_id.is_(None),), (shown_name(FORUM, FORUM.c.name), FORUM.c.id)),
            Section("process", (PROCESS.c.forum_id.is_(None),), (shown_name(PROCESS, PROCESS.c.title), PROCESS.c.id)),
        )
    if parent == "@outcomes":
        return (
            Section(
                "outcome",
                (OUTCOME.c.meeting_id.is_(None),),
                (func.coalesce(RECORD.c.date_lower, ""), shown_name(OUTCOME, OUTCOME.c.title), OUTCOME.c.id),
            ),
        )
    if parent == "@countries":
        return (Section("country", (), (shown_name(COUNTRY, COUNTRY.c.name), COUNTRY.c.id)),)
    if parent == "@topics":
        return (Section("topic", (), (shown_name(TOPIC, TOPIC.c.label), TOPIC.c.id)),)
    if parent == "@sources":
        return (
            Section(
                "source",
                (),
                (func.coalesce(SOURCE.c.date, ""), shown_name(SOURCE, SOURCE.c.title), SOURCE.c.id),
            ),
        )
    if parent == "forum":
        return (
            Section("forum", (FORUM.c.parent_id == _PARENT,), (shown_name(FORUM, FORUM.c.name), FORUM.c.id)),
            Section("process", (PROCESS.c.forum_id == _PARENT,), (shown_name(PROCESS, PROCESS.c.title), PROCESS.c.id)),
            Section(
                "meeting",
                (MEETING.c.forum_id == _PARENT, MEETING.c.date_lower.is_not(None)),
                (MEETING.c.date_lower, MEETING.c.date_upper, MEETING.c.id),
            ),
            Section(
                "meeting",
                (MEETING.c.forum_id == _PARENT, MEETING.c.date_lower.is_(None)),
                (shown_name(MEETING, MEETING.c.title), MEETING.c.id),
            ),
        )
    if parent == "process":
        return (Section("round", (ROUND.c.process_id == _PARENT,), (ROUND.c.number, ROUND.c.id)),)
    if parent == "meeting":
        return (
            Section(
                "outcome", (OUTCOME.c.meeting_id == _PARENT,), (shown_name(OUTCOME, OUTCOME.c.title), OUTCOME.c.id)
            ),
        )
    return ()


def _has_children(kind: str) -> ColumnElement[bool]:
    if kind == "forum":
        sub = FORUM.alias("sub")
        return or_(
            exists().where(sub.c.parent_id == FORUM.c.id),
            exists().where(PROCESS.c.forum_id == FORUM.c.id),
            exists().where(MEETING.c.forum_id == FORUM.c.id),
        )
    if kind == "process":
        return exists().where(ROUND.c.process_id == PROCESS.c.id)
    if kind == "meeting":
        return exists().where(OUTCOME.c.meeting_id == MEETING.c.id)
    return literal(False)


def _from(kind: str) -> Any:
    """The table (joined to ``record`` where the columns need it) a section of ``kind`` reads."""
    if kind == "process":
        return PROCESS.join(RECORD, RECORD.c.id == PROCESS.c.id)
    if kind == "outcome":
        return OUTCOME.join(RECORD, RECORD.c.id == OUTCOME.c.id)
    return _TABLES[kind]


def _base(kind: str) -> Select[Any]:
    """Columns id, a, b, c, date, status, kids: what :func:`model.reads.queries._node_from` reads."""
    none: Any = literal(None)
    cols: tuple[Any, ...]
    if kind == "forum":
        cols = (
            FORUM.c.id,
            FORUM.c.name,
            FORUM.c.abbreviation,
            none,
            none,
            none,
        )  # founding year would read as a meeting date
    elif kind == "meeting":
        cols = (MEETING.c.id, MEETING.c.title, none, none, MEETING.c.date, MEETING.c.status)
    elif kind == "process":
        cols = (PROCESS.c.id, PROCESS.c.title, none, none, RECORD.c.date, none)
    elif kind == "round":
        cols = (ROUND.c.id, ROUND.c.number, ROUND.c.city, none, ROUND.c.date, ROUND.c.status)
    elif kind == "outcome":
        cols = (OUTCOME.c.id, OUTCOME.c.title, none, none, RECORD.c.date, OUTCOME.c.status)
    elif kind == "country":
        cols = (COUNTRY.c.id, COUNTRY.c.name, COUNTRY.c.code, none, none, none)
    elif kind == "topic":
        cols = (TOPIC.c.id, TOPIC.c.label, none, none, none, none)
    else:
        cols = (SOURCE.c.id, SOURCE.c.title, none, none, SOURCE.c.date, none)
    names = ("id", "a", "b", "c", "date", "status")
    labelled = [col.label(n) for col, n in zip(cols, names, strict=True)]
    return select(*labelled, _has_children(kind).label("kids")).select_from(_from(kind))


# --- the tree -------------------------------------------------------------------------------------------


def counts(parent: str) -> Select[Any]:
    """One row: each section's child count. Each counts over its type's own table only (its where
    clauses never need the joins), so SQLite counts an index."""
    return select(
        *(select(func.count()).select_from(_TABLES[s.kind]).where(*s.where).scalar_subquery() for s in sections(parent))
    )


def page(parent: str, n: int) -> Select[Any]:
    sec = sections(parent)[n]
    return (
        _base(sec.kind)
        .where(*sec.where)
        .order_by(*sec.order)
        .offset(bindparam("offset", type_=Integer))
        .limit(bindparam("limit", type_=Integer))
    )


def key(parent: str, n: int) -> Select[Any]:
    """The sort key of the child ``:child`` in this section (no row when it is not there)."""
    sec = sections(parent)[n]
    cols = [c.label(f"k{j}") for j, c in enumerate(sec.order)]
    return select(*cols).select_from(_from(sec.kind)).where(*sec.where, sec.order[-1] == bindparam("child"))


def rank(parent: str, n: int) -> Select[Any]:
    """How many children of this section sort before the key ``:k0, :k1, …``."""
    sec = sections(parent)[n]
    k = tuple_(*(bindparam(f"k{j}") for j in range(len(sec.order))))
    before = select(literal(1)).select_from(_from(sec.kind)).where(*sec.where, tuple_(*sec.order) < k).subquery()
    return select(func.count()).select_from(before)


def among(parent: str, n: int) -> Select[Any]:
    """The nodes of this section among ``:ids``, each followed by its sort key (``k0, k1, …``)."""
    sec = sections(parent)[n]
    keys = (c.label(f"k{j}") for j, c in enumerate(sec.order))
    return _base(sec.kind).add_columns(*keys).where(*sec.where, sec.order[-1].in_(_IDS))


def groups() -> Any:
    """One row: whether each group (outcomes without a meeting, countries, topics, sources) has anything."""
    return select(
        exists().where(OUTCOME.c.meeting_id.is_(None)).label("outcomes"),
        exists().where(COUNTRY.c.id.is_not(None)).label("countries"),
        exists().where(TOPIC.c.id.is_not(None)).label("topics"),
        exists().where(SOURCE.c.id.is_not(None)).label("sources"),
    )


def node(kind: str) -> Select[Any]:
    return _base(kind).where(_TABLES[kind].c.id == bindparam("rid"))


def types_of() -> Select[Any]:
    return select(RECORD.c.id, RECORD.c.type).where(RECORD.c.id.in_(_IDS))


#: Each record type's tree parent column.
PARENT_COLUMNS = {
    "forum": (FORUM.c.id, FORUM.c.parent_id),
    "meeting": (MEETING.c.id, MEETING.c.forum_id),
    "process": (PROCESS.c.id, PROCESS.c.forum_id),
    "round": (ROUND.c.id, ROUND.c.process_id),
    "outcome": (OUTCOME.c.id, OUTCOME.c.meeting_id),
}


def parents_of(kind: str) -> Select[Any]:
    idc, parc = PARENT_COLUMNS[kind]
    return select(idc.label("id"), parc.label("parent")).where(idc.in_(_IDS))


# --- records ---------------------------------------------------------------------------------------------


def record_type() -> Select[Any]:
    return select(RECORD.c.type).where(RECORD.c.id == bindparam("rid"))


def names() -> Select[Any]:
    """The names records have in other languages that a tree row shows (a title or name, an abbreviation, a city)."""
    n = RECORD_NAME.c
    return select(n.record_id, n.lang, n.title, n.abbreviation, n.city).where(
        n.record_id.in_(bindparam("ids", expanding=True))
    )


def record_title() -> Select[Any]:
    return select(RECORD.c.title).where(RECORD.c.id == bindparam("rid"))


def last_change() -> Select[Any]:
    """Who changed a record last, and when (a private note is no change of the record)."""
    return (
        select(REVISION.c.author, REVISION.c.at)
        .where(REVISION.c.record_id == bindparam("rid"), REVISION.c.action != "note")
        .order_by(REVISION.c.id.desc())
        .limit(1)
    )


def record_note() -> Select[Any]:
    return select(NOTE.c.text).where(NOTE.c.record_id == bindparam("rid"))


def records_of_type() -> Select[Any]:
    return (
        select(RECORD.c.id, RECORD.c.title.label("label"))
        .where(RECORD.c.type == bindparam("kind"))
        .order_by(RECORD.c.title, RECORD.c.id)
        .limit(bindparam("limit"))
    )


def record_counts() -> Select[Any]:
    return select(RECORD.c.type, func.count().label("records")).group_by(RECORD.c.type)


def source_summaries() -> Select[Any]:
    return (
        select(SOURCE.c.id, SOURCE.c.title, SOURCE.c.publisher, SOURCE.c.date)
        .order_by(SOURCE.c.date.asc().nulls_first(), SOURCE.c.id)
        .limit(bindparam("limit"))
    )


def dataset_version() -> Select[Any]:
    return select(DATASET.c.version).where(DATASET.c.id == bindparam("id"))


# --- the timeline ----------------------------------------------------------------------------------------


def processes() -> Select[Any]:
    return select(PROCESS.c.id, PROCESS.c.title.label("label")).order_by(PROCESS.c.title, PROCESS.c.id)


def forums() -> Select[Any]:
    return select(FORUM.c.id, FORUM.c.name, FORUM.c.abbreviation).order_by(FORUM.c.name, FORUM.c.id)


def first_process() -> Select[Any]:
    return select(PROCESS.c.id).order_by(PROCESS.c.title).limit(1)


def process_title() -> Select[Any]:
    return select(PROCESS.c.title).where(PROCESS.c.id == bindparam("rid"))


def process_rounds() -> Select[Any]:
    return (
        select(
            ROUND.c.id,
            ROUND.c.number,
            ROUND.c.city,
            ROUND.c.date,
            ROUND.c.date_lower.label("lower"),
            ROUND.c.date_upper.label("upper"),
            ROUND.c.status,
        )
        .where(ROUND.c.process_id == bindparam("rid"), ROUND.c.date_lower.is_not(None))
        .order_by(ROUND.c.date_lower, ROUND.c.number)
    )


def latest_source() -> Select[Any]:
    """The latest date of the sources cited for any of ``:ids``."""
    cited = select(CITATION.c.source_id).where(CITATION.c.record_id.in_(_IDS)).scalar_subquery()
    return select(func.max(SOURCE.c.date).label("latest")).where(SOURCE.c.id.in_(cited))


def meeting_events() -> Select[Any]:
    lower: Any = bindparam("lower")
    upper: Any = bindparam("upper")
    return (
        select(
            MEETING.c.id,
            MEETING.c.title,
            MEETING.c.date,
            MEETING.c.date_lower.label("lower"),
            MEETING.c.date_upper.label("upper"),
            MEETING.c.status,
            MEETING.c.forum_id,
        )
        .where(MEETING.c.forum_id.in_(_FORUMS), MEETING.c.date_lower <= upper, MEETING.c.date_upper >= lower)
        .order_by(MEETING.c.date_lower, MEETING.c.id)
        .limit(bindparam("limit"))
    )


def date_extent() -> Select[Any]:
    return select(func.min(MEETING.c.date_lower).label("first"), func.max(MEETING.c.date_upper).label("last")).where(
        MEETING.c.forum_id.in_(_FORUMS), MEETING.c.date_lower.is_not(None)
    )


def meeting_extents() -> Select[Any]:
    return (
        select(
            MEETING.c.forum_id,
            func.min(MEETING.c.date_lower).label("first"),
            func.max(MEETING.c.date_upper).label("last"),
        )
        .where(MEETING.c.forum_id.in_(_FORUMS), MEETING.c.date_lower.is_not(None))
        .group_by(MEETING.c.forum_id)
    )
