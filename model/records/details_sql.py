"""The SQLAlchemy statements behind :mod:`model.records.details`, one builder per declared statement.

:mod:`model.records.details` declares each statement as a :class:`model.store.sqlrun.Sql` naming a builder here; this
module is imported only to compile them (by ``python -m model.store.freeze_sql``, or when a statement is not
frozen yet), so the detail pane's reads run without importing SQLAlchemy. Values vary through
``bindparam`` names: ``rid`` is the record shown, ``ids`` an expanding list.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, bindparam, desc, func, literal, or_, select, union_all

from model.store.tables import (
    AGENDA_ITEM,
    AGENDA_TOPIC,
    CITATION,
    COUNTRY,
    FIGURE,
    FORUM,
    MEETING,
    MEMBERSHIP,
    OUTCOME,
    OUTCOME_LINK,
    PARTICIPANT,
    PROCESS,
    RECORD,
    ROUND,
    SOURCE,
    TOPIC,
)

_RID: Any = bindparam("rid")
_FORUM: Any = bindparam("forum")
_CR = RECORD.alias("cr")  # a record joined for its title: a country, a topic, a parent forum
_CR2 = RECORD.alias("cr2")  # a second one, when a row links two records (a round's process and country)
#: What model.records.details._round_from reads.
_ROUND = (ROUND.c.id, ROUND.c.number, ROUND.c.city, ROUND.c.date, ROUND.c.status)


def refs() -> Any:
    """Records' id, type, title and date, for links (ids: non-empty)."""
    return select(RECORD.c.id, RECORD.c.type, RECORD.c.title, RECORD.c.date).where(
        RECORD.c.id.in_(bindparam("ids", expanding=True))
    )


def _citations() -> Any:
    """Citations with their sources' titles and dates: what :class:`model.records.details.Cite` is made of."""
    return (
        select(
            CITATION.c.pk,
            CITATION.c.path,
            CITATION.c.source_id,
            SOURCE.c.title,
            SOURCE.c.date,
            CITATION.c.quote,
            CITATION.c.start,
            CITATION.c.end,
        )
        .add_columns(CITATION.c.paragraph, CITATION.c.basis, CITATION.c.note)
        .outerjoin(SOURCE, SOURCE.c.id == CITATION.c.source_id)
    )


def cites() -> Any:
    """A record's citations in order."""
    return _citations().where(CITATION.c.record_id == _RID).order_by(CITATION.c.pk)


def citation() -> Any:
    """One citation by its key (``pk``)."""
    return _citations().where(CITATION.c.pk == bindparam("pk"))


def source_text() -> Any:
    """A source document with its full text."""
    return select(SOURCE.c.id, SOURCE.c.title, SOURCE.c.publisher, SOURCE.c.date, SOURCE.c.text).where(
        SOURCE.c.id == _RID
    )


def record() -> Any:
    """Any record's type and title, and for a meeting (the commonest click) its row, in one read."""
    return (
        select(
            RECORD.c.type,
            RECORD.c.title,
            MEETING.c.forum_id,
            MEETING.c.ordinal,
            MEETING.c.level,
            MEETING.c.date,
            MEETING.c.date_lower,
            MEETING.c.date_upper,
        )
        .add_columns(MEETING.c.city, MEETING.c.country_id, _CR.c.type, _CR.c.title, _CR.c.date)
        .add_columns(MEETING.c.status, MEETING.c.status_as_of, MEETING.c.description, MEETING.c.sidelines)
        .select_from(
            RECORD.outerjoin(MEETING, MEETING.c.id == RECORD.c.id).outerjoin(_CR, _CR.c.id == MEETING.c.country_id)
        )
        .where(RECORD.c.id == _RID)
    )


# --- a meeting ----------------------------------------------------------------------------------------


def meeting_participants() -> Any:
    return (
        select(PARTICIPANT.c.position, PARTICIPANT.c.country_id, _CR.c.type, _CR.c.title, _CR.c.date)
        .add_columns(PARTICIPANT.c.organisation, PARTICIPANT.c.head, PARTICIPANT.c.head_title)
        .outerjoin(_CR, _CR.c.id == PARTICIPANT.c.country_id)
        .where(PARTICIPANT.c.meeting_id == _RID)
        .order_by(PARTICIPANT.c.position)
    )


def meeting_agenda() -> Any:
    """One row per (agenda item, topic), items in order."""
    return (
        select(
            AGENDA_ITEM.c.pk,
            AGENDA_ITEM.c.position,
            AGENDA_ITEM.c.title,
            AGENDA_ITEM.c.description,
            AGENDA_TOPIC.c.topic_id,
            _CR.c.type,
            _CR.c.title,
        )
        .add_columns(_CR.c.date)
        .outerjoin(AGENDA_TOPIC, AGENDA_TOPIC.c.agenda_item_pk == AGENDA_ITEM.c.pk)
        .outerjoin(_CR, _CR.c.id == AGENDA_TOPIC.c.topic_id)
        .where(AGENDA_ITEM.c.meeting_id == _RID)
        .order_by(AGENDA_ITEM.c.position, AGENDA_TOPIC.c.position)
    )


def meeting_outcomes() -> Any:
    return (
        select(OUTCOME.c.id, OUTCOME.c.title, OUTCOME.c.status)
        .where(OUTCOME.c.meeting_id == _RID)
        .order_by(OUTCOME.c.title)
    )


def meeting_neighbours() -> Any:
    """Previous (0) and next (1) meeting of the same forum, and of the same level when it has one."""
    level: Any = bindparam("level", type_=String)  # typed: "IS NULL" alone does not tell a server its type
    lower: Any = bindparam("lower")
    same = (MEETING.c.forum_id == _FORUM, MEETING.c.id != _RID, or_(level.is_(None), MEETING.c.level == level))
    cols = (MEETING.c.id, MEETING.c.title, MEETING.c.date, MEETING.c.status)
    before = select(literal(0).label("side"), *cols).where(*same, MEETING.c.date_lower < lower)
    after = select(literal(1).label("side"), *cols).where(*same, MEETING.c.date_lower > lower)
    return union_all(
        select(before.order_by(desc(MEETING.c.date_lower)).limit(1).subquery()),
        select(after.order_by(MEETING.c.date_lower, MEETING.c.id).limit(1).subquery()),
    )


def meeting_processes() -> Any:
    """The forum's processes by title, each with the round just before (``lower``) and after (``upper``)."""
    b, a, near = ROUND.alias("b"), ROUND.alias("a"), ROUND.alias("near")
    before = (
        select(near.c.id)
        .where(near.c.process_id == PROCESS.c.id, near.c.date_upper < bindparam("lower"))
        .order_by(desc(near.c.date_lower))
        .limit(1)
        .scalar_subquery()
    )
    after = (
        select(near.c.id)
        .where(near.c.process_id == PROCESS.c.id, near.c.date_lower > bindparam("upper"))
        .order_by(near.c.date_lower)
        .limit(1)
        .scalar_subquery()
    )
    return (
        select(PROCESS.c.id, PROCESS.c.title)
        .add_columns(b.c.id, b.c.number, b.c.city, b.c.date, b.c.status)
        .add_columns(a.c.id, a.c.number, a.c.city, a.c.date, a.c.status)
        .select_from(PROCESS.outerjoin(b, b.c.id == before).outerjoin(a, a.c.id == after))
        .where(PROCESS.c.forum_id == _FORUM)
        .order_by(PROCESS.c.title)
    )


def forum_chain() -> Any:
    """A forum and its ancestors, nearest first, with their records' columns (at most 32)."""
    up = (
        select(FORUM.c.id, FORUM.c.parent_id, literal(0).label("depth"))
        .where(FORUM.c.id == _FORUM)
        .cte("up", recursive=True)
    )
    parent = FORUM.alias("parent")
    up = up.union_all(
        select(parent.c.id, parent.c.parent_id, up.c.depth + 1).where(parent.c.id == up.c.parent_id, up.c.depth < 31)
    )
    return (
        select(up.c.id, _CR.c.type, _CR.c.title, _CR.c.date)
        .select_from(up.outerjoin(_CR, _CR.c.id == up.c.id))
        .order_by(up.c.depth)
    )


# --- meetings of a forum, hosted by a country, on a topic ---------------------------------------------


def _meetings_where(shape: str) -> Any:
    """The condition picking the meetings of ``rid``: a forum's, a country's (hosted), a topic's."""
    if shape == "forum":
        return MEETING.c.forum_id == _RID
    if shape == "country":
        return MEETING.c.country_id == _RID
    if shape == "topic":
        on_topic = (
            select(AGENDA_ITEM.c.meeting_id)
            .join(AGENDA_TOPIC, AGENDA_TOPIC.c.agenda_item_pk == AGENDA_ITEM.c.pk)
            .where(AGENDA_TOPIC.c.topic_id == _RID)
        )
        return MEETING.c.id.in_(on_topic)
    raise ValueError(f"no meetings of a {shape!r}")


def latest_meetings(shape: str, limit: int) -> Any:
    """The latest ``limit`` meetings of ``rid`` (see :func:`_meetings_where`), latest first."""
    return (
        select(MEETING.c.id, MEETING.c.title, MEETING.c.date, MEETING.c.status)
        .where(_meetings_where(shape))
        .order_by(desc(MEETING.c.date_lower).nulls_last(), MEETING.c.id)
        .limit(limit)
    )


def meeting_count(shape: str) -> Any:
    """How many meetings :func:`latest_meetings` picks from."""
    return select(func.count()).select_from(MEETING).where(_meetings_where(shape))


# --- the other record types ---------------------------------------------------------------------------


def members(of: str) -> Any:
    """Memberships of a forum (``of="forum"``) or a country's (``"country"``), by forum and position."""
    where = MEMBERSHIP.c.forum_id == _RID if of == "forum" else MEMBERSHIP.c.country_id == _RID
    return (
        select(MEMBERSHIP.c.position, MEMBERSHIP.c.country_id, MEMBERSHIP.c.forum_id, MEMBERSHIP.c.joined_at)
        .add_columns(MEMBERSHIP.c.role, MEMBERSHIP.c.since, MEMBERSHIP.c.until)
        .where(where)
        .order_by(MEMBERSHIP.c.forum_id, MEMBERSHIP.c.position)
    )


def forum() -> Any:
    """A forum's row, with its parent's record (for the link)."""
    return (
        select(FORUM.c.name, FORUM.c.abbreviation, FORUM.c.aliases, FORUM.c.kind, FORUM.c.founded, FORUM.c.description)
        .add_columns(FORUM.c.participant_count, FORUM.c.parent_id, _CR.c.type, _CR.c.title, _CR.c.date)
        .outerjoin(_CR, _CR.c.id == FORUM.c.parent_id)
        .where(FORUM.c.id == _RID)
    )


def forum_figures() -> Any:
    return (
        select(FIGURE.c.position, FIGURE.c.label, FIGURE.c.value, FIGURE.c.as_of)
        .where(FIGURE.c.forum_id == _RID)
        .order_by(FIGURE.c.position)
    )


def forum_subforums() -> Any:
    return select(FORUM.c.id, FORUM.c.name).where(FORUM.c.parent_id == _RID).order_by(FORUM.c.name)


def forum_processes() -> Any:
    return select(PROCESS.c.id, PROCESS.c.title).where(PROCESS.c.forum_id == _RID).order_by(PROCESS.c.title)


def process() -> Any:
    """A process's row, with its forum's record."""
    return (
        select(PROCESS.c.goal, PROCESS.c.description, PROCESS.c.forum_id, _CR.c.type, _CR.c.title, _CR.c.date)
        .outerjoin(_CR, _CR.c.id == PROCESS.c.forum_id)
        .where(PROCESS.c.id == _RID)
    )


def process_rounds() -> Any:
    return select(*_ROUND).where(ROUND.c.process_id == _RID).order_by(ROUND.c.number)


def round_() -> Any:
    """A round's row, with its process's and its country's records, and its process's last number."""
    same = ROUND.alias("same")
    last = select(func.max(same.c.number)).where(same.c.process_id == ROUND.c.process_id).scalar_subquery()
    return (
        select(
            ROUND.c.process_id, ROUND.c.number, ROUND.c.date, ROUND.c.city, ROUND.c.status, ROUND.c.description, last
        )
        .add_columns(_CR.c.type, _CR.c.title, _CR.c.date, ROUND.c.country_id, _CR2.c.type, _CR2.c.title, _CR2.c.date)
        .select_from(
            ROUND.outerjoin(_CR, _CR.c.id == ROUND.c.process_id).outerjoin(_CR2, _CR2.c.id == ROUND.c.country_id)
        )
        .where(ROUND.c.id == _RID)
    )


def round_neighbour(side: str) -> Any:
    """The round just before (``side="previous"``) or after (``"next"``) ``number`` in ``process``."""
    process_id: Any = bindparam("process")
    number: Any = bindparam("number")
    if side == "previous":
        return (
            select(*_ROUND)
            .where(ROUND.c.process_id == process_id, ROUND.c.number < number)
            .order_by(desc(ROUND.c.number))
            .limit(1)
        )
    return (
        select(*_ROUND)
        .where(ROUND.c.process_id == process_id, ROUND.c.number > number)
        .order_by(ROUND.c.number)
        .limit(1)
    )


def outcome() -> Any:
    """An outcome's row, with its meeting's record."""
    return (
        select(
            OUTCOME.c.kind,
            OUTCOME.c.status,
            OUTCOME.c.status_as_of,
            OUTCOME.c.date,
            OUTCOME.c.period,
            OUTCOME.c.description,
        )
        .add_columns(OUTCOME.c.meeting_id, _CR.c.type, _CR.c.title, _CR.c.date)
        .outerjoin(_CR, _CR.c.id == OUTCOME.c.meeting_id)
        .where(OUTCOME.c.id == _RID)
    )


def outcome_links() -> Any:
    """The outcome's own links, in order."""
    return (
        select(OUTCOME_LINK.c.target_id, OUTCOME_LINK.c.relation)
        .where(OUTCOME_LINK.c.outcome_id == _RID)
        .order_by(OUTCOME_LINK.c.position)
    )


def outcome_backlinks() -> Any:
    """Other outcomes' links to this one (in the table's order, as ever)."""
    return select(OUTCOME_LINK.c.outcome_id, OUTCOME_LINK.c.relation).where(
        OUTCOME_LINK.c.target_id == _RID, OUTCOME_LINK.c.outcome_id != _RID
    )


def country() -> Any:
    return select(COUNTRY.c.code, COUNTRY.c.alpha3, COUNTRY.c.aliases).where(COUNTRY.c.id == _RID)


def topic() -> Any:
    return select(TOPIC.c.description).where(TOPIC.c.id == _RID)


def source() -> Any:
    """A source's row, its text's length instead of the text."""
    return select(
        SOURCE.c.publisher, SOURCE.c.date, SOURCE.c.languages, SOURCE.c.url, func.length(SOURCE.c.text)
    ).where(SOURCE.c.id == _RID)


def source_citing(limit: int) -> Any:
    """The first ``limit`` records citing a source."""
    return select(CITATION.c.record_id).where(CITATION.c.source_id == _RID).distinct().limit(limit)


def source_citing_count(cap: int) -> Any:
    """How many records cite a source, counted up to ``cap``."""
    capped = select(CITATION.c.record_id).where(CITATION.c.source_id == _RID).distinct().limit(cap).subquery()
    return select(func.count()).select_from(capped)
