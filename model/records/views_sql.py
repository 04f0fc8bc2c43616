"""The SQLAlchemy statements behind a record's view, one builder per declared statement.

The reading modules (:mod:`model.records.reading` and the ``read_*`` modules) declare each statement as a
:class:`model.store.sqlrun.Query` naming a builder here and the named row it returns; every column is
labelled with its row field's name (a test checks they match). This module is imported only to compile
them (``python -m model.store.freeze_sql``, or a statement not frozen yet, or a backend other than SQLite),
so the detail pane reads without importing SQLAlchemy. Values vary through ``bindparam`` names: ``ids`` is
the expanding list of records read in one batch, ``rid`` one record.

**The series rule** (written once, here). A meeting's series is its forum's meetings at the same level (a
meeting without a level: the forum's meetings without one), in the order of :func:`_series_key`: by the
date's first day, then, where those tie, numbered meetings by ordinal before unnumbered ones, then the last
day, then the id. The previous and next meeting are its neighbours in that order; an undated meeting has
no place in it. A process's rounds are a series by number: a round's previous and next are the nearest
numbers, and a meeting's round before (after) is the highest (lowest) numbered round of a process of its
forum that ends before it begins (begins after it ends).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    bindparam,
    desc,
    func,
    literal,
    select,
    tuple_,
    union_all,
)
from sqlalchemy.sql.expression import FromClause

from model.store.tables import (
    AGENDA_ITEM,
    AGENDA_TOPIC,
    CITATION,
    COUNTRY,
    DATASET,
    FIGURE,
    FORUM,
    MEETING,
    MEMBERSHIP,
    OUTCOME,
    OUTCOME_LINK,
    PARTICIPANT,
    PROCESS,
    RECORD,
    RECORD_NAME,
    ROUND,
    SOURCE,
    TOPIC,
)

_IDS: Any = bindparam("ids", expanding=True)
_RID: Any = bindparam("rid")
#: Where dates tie, a meeting without an ordinal comes after the numbered ones.
NO_ORDINAL = 2**31 - 1


def _titled(what: str) -> Any:
    """The record table under another name (``country_record``), joined for a linked record's title."""
    return RECORD.alias(f"{what}_record")


# --- every record ----------------------------------------------------------------------------------


def heads() -> Any:
    """Records' own columns and their dataset's date, and for a meeting (the commonest click) its row."""
    country = _titled("country")
    return (
        select(
            RECORD.c.id,
            RECORD.c.type,
            RECORD.c.title,
            RECORD.c.date,
            RECORD.c.date_lower.label("lower"),
            RECORD.c.date_upper.label("upper"),
            DATASET.c.as_of,
            DATASET.c.title.label("dataset"),
        )
        .add_columns(MEETING.c.forum_id, MEETING.c.ordinal, MEETING.c.level, MEETING.c.city, MEETING.c.country_id)
        .add_columns(country.c.title.label("country_title"), MEETING.c.status, MEETING.c.status_as_of)
        .add_columns(MEETING.c.description, MEETING.c.sidelines)
        .select_from(
            RECORD.outerjoin(DATASET, DATASET.c.id == RECORD.c.origin)
            .outerjoin(MEETING, MEETING.c.id == RECORD.c.id)
            .outerjoin(country, country.c.id == MEETING.c.country_id)
        )
        .where(RECORD.c.id.in_(_IDS))
    )


def cites() -> Any:
    """The citations of records (and so of their parts), in the order they were written, with their sources."""
    return (
        select(
            CITATION.c.record_id,
            CITATION.c.pk,
            CITATION.c.path,
            CITATION.c.source_id,
            SOURCE.c.title.label("source_title"),
            SOURCE.c.date.label("source_date"),
            SOURCE.c.publisher,
            SOURCE.c.url,
        )
        .add_columns(CITATION.c.quote, CITATION.c.start, CITATION.c.end, CITATION.c.paragraph, CITATION.c.basis)
        .add_columns(CITATION.c.note)
        .outerjoin(SOURCE, SOURCE.c.id == CITATION.c.source_id)
        .where(CITATION.c.record_id.in_(_IDS))
        .order_by(CITATION.c.pk)
    )


def refs() -> Any:
    """Records' id, type, title, date and (for meetings, rounds and outcomes) status, for links."""
    status = func.coalesce(MEETING.c.status, ROUND.c.status, OUTCOME.c.status).label("status")
    return (
        select(RECORD.c.id, RECORD.c.type, RECORD.c.title, RECORD.c.date, status)
        .select_from(
            RECORD.outerjoin(MEETING, MEETING.c.id == RECORD.c.id)
            .outerjoin(ROUND, ROUND.c.id == RECORD.c.id)
            .outerjoin(OUTCOME, OUTCOME.c.id == RECORD.c.id)
        )
        .where(RECORD.c.id.in_(_IDS))
    )


def passage() -> Any:
    """One citation's place in its source, by its key (``pk``)."""
    return select(CITATION.c.pk, CITATION.c.source_id, CITATION.c.quote, CITATION.c.start, CITATION.c.end).where(
        CITATION.c.pk == bindparam("pk")
    )


def source_text() -> Any:
    """A source document with its full text."""
    return select(SOURCE.c.id, SOURCE.c.title, SOURCE.c.publisher, SOURCE.c.date, SOURCE.c.text).where(
        SOURCE.c.id == _RID
    )


# --- meetings --------------------------------------------------------------------------------------


def participants() -> Any:
    country = _titled("country")
    return (
        select(PARTICIPANT.c.meeting_id, PARTICIPANT.c.country_id, country.c.title.label("country_title"))
        .add_columns(PARTICIPANT.c.position, PARTICIPANT.c.organisation, PARTICIPANT.c.head, PARTICIPANT.c.head_title)
        .outerjoin(country, country.c.id == PARTICIPANT.c.country_id)
        .where(PARTICIPANT.c.meeting_id.in_(_IDS))
        .order_by(PARTICIPANT.c.meeting_id, PARTICIPANT.c.position)
    )


def agenda() -> Any:
    """One row per (agenda item, topic), items in order."""
    topic = _titled("topic")
    return (
        select(
            AGENDA_ITEM.c.meeting_id,
            AGENDA_ITEM.c.pk,
            AGENDA_ITEM.c.position,
            AGENDA_ITEM.c.title,
            AGENDA_ITEM.c.description,
            AGENDA_TOPIC.c.topic_id,
            topic.c.title.label("topic_title"),
        )
        .outerjoin(AGENDA_TOPIC, AGENDA_TOPIC.c.agenda_item_pk == AGENDA_ITEM.c.pk)
        .outerjoin(topic, topic.c.id == AGENDA_TOPIC.c.topic_id)
        .where(AGENDA_ITEM.c.meeting_id.in_(_IDS))
        .order_by(AGENDA_ITEM.c.meeting_id, AGENDA_ITEM.c.position, AGENDA_TOPIC.c.position)
    )


def outcomes() -> Any:
    return (
        select(OUTCOME.c.meeting_id, OUTCOME.c.id, OUTCOME.c.title, OUTCOME.c.kind, OUTCOME.c.status)
        .add_columns(OUTCOME.c.status_as_of, OUTCOME.c.date)
        .where(OUTCOME.c.meeting_id.in_(_IDS))
        .order_by(OUTCOME.c.meeting_id, OUTCOME.c.title)
    )


def _series_key(m: FromClause) -> tuple[ColumnElement[Any], ...]:
    """A meeting's place in its series (see the module docstring)."""
    return (m.c.date_lower, func.coalesce(m.c.ordinal, NO_ORDINAL), m.c.date_upper, m.c.id)


def _neighbour(m: FromClause, side: str) -> Any:
    """The id of the meeting before (``side="previous"``) or after (``"next"``) ``m`` in its series."""
    n = MEETING.alias(f"{side}_candidate")
    mine, theirs = tuple_(*_series_key(m)), tuple_(*_series_key(n))
    same = (n.c.forum_id == m.c.forum_id, n.c.level.is_not_distinct_from(m.c.level))
    if side == "previous":  # the first day bounds the search, so the forum's date index serves it
        where, order = (n.c.date_lower <= m.c.date_lower, theirs < mine), [desc(c) for c in _series_key(n)]
    else:
        where, order = (n.c.date_lower >= m.c.date_lower, theirs > mine), list(_series_key(n))
    return select(n.c.id).where(*same, *where).order_by(*order).limit(1).scalar_subquery()


def series() -> Any:
    """Each dated meeting's previous and next meeting in its series."""
    m, before, after = MEETING.alias("m"), MEETING.alias("previous_meeting"), MEETING.alias("next_meeting")
    return (
        select(m.c.id, before.c.id.label("previous_id"), before.c.title.label("previous_title"))
        .add_columns(before.c.date.label("previous_date"), before.c.status.label("previous_status"))
        .add_columns(after.c.id.label("next_id"), after.c.title.label("next_title"))
        .add_columns(after.c.date.label("next_date"), after.c.status.label("next_status"))
        .select_from(
            m.outerjoin(before, before.c.id == _neighbour(m, "previous")).outerjoin(
                after, after.c.id == _neighbour(m, "next")
            )
        )
        .where(m.c.id.in_(_IDS), m.c.date_lower.is_not(None))
    )


def _round_near(m: FromClause, side: str) -> Any:
    near = ROUND.alias(f"{side}_round")
    if side == "before":
        where, order = near.c.date_upper < m.c.date_lower, desc(near.c.number)
    else:
        where, order = near.c.date_lower > m.c.date_upper, near.c.number
    return select(near.c.id).where(near.c.process_id == PROCESS.c.id, where).order_by(order).limit(1).scalar_subquery()


def meeting_processes() -> Any:
    """The processes of each meeting's forum by title, each with its round before and after a dated meeting."""
    m = MEETING.alias("m")
    b, a = ROUND.alias("round_before"), ROUND.alias("round_after")
    bt, at = _titled("before"), _titled("after")
    return (
        select(m.c.id.label("meeting_id"), PROCESS.c.id, PROCESS.c.title)
        .add_columns(b.c.id.label("before_id"), bt.c.title.label("before_title"), b.c.date.label("before_date"))
        .add_columns(b.c.status.label("before_status"), a.c.id.label("after_id"), at.c.title.label("after_title"))
        .add_columns(a.c.date.label("after_date"), a.c.status.label("after_status"))
        .select_from(
            m.join(PROCESS, PROCESS.c.forum_id == m.c.forum_id)
            .outerjoin(b, b.c.id == _round_near(m, "before"))
            .outerjoin(bt, bt.c.id == b.c.id)
            .outerjoin(a, a.c.id == _round_near(m, "after"))
            .outerjoin(at, at.c.id == a.c.id)
        )
        .where(m.c.id.in_(_IDS))
        .order_by(m.c.id, PROCESS.c.title, PROCESS.c.id)
    )


def joined_at() -> Any:
    """Countries that joined a meeting's forum at the meeting (looked up by forum, which is indexed)."""
    m, country = MEETING.alias("m"), _titled("country")
    return (
        select(m.c.id.label("meeting_id"), MEMBERSHIP.c.country_id, country.c.title.label("country_title"))
        .select_from(
            m.join(MEMBERSHIP, (MEMBERSHIP.c.forum_id == m.c.forum_id) & (MEMBERSHIP.c.joined_at == m.c.id)).join(
                country, country.c.id == MEMBERSHIP.c.country_id
            )
        )
        .where(m.c.id.in_(_IDS))
        .order_by(m.c.id, MEMBERSHIP.c.position)
    )


def forum_paths() -> Any:
    """Forums and their ancestors (``start`` is the forum asked for), nearest first; at most 32 deep."""
    up = (
        select(FORUM.c.id.label("start"), FORUM.c.id, FORUM.c.parent_id, literal(0).label("depth"))
        .where(FORUM.c.id.in_(_IDS))
        .cte("up", recursive=True)
    )
    parent = FORUM.alias("parent")
    up = up.union_all(
        select(up.c.start, parent.c.id, parent.c.parent_id, up.c.depth + 1).where(
            parent.c.id == up.c.parent_id, up.c.depth < 31
        )
    )
    return (
        select(up.c.start, up.c.id, RECORD.c.title)
        .select_from(up.join(RECORD, RECORD.c.id == up.c.id))
        .order_by(up.c.start, up.c.depth)
    )


# --- processes, rounds, outcomes ---------------------------------------------------------------------


def processes() -> Any:
    forum = _titled("forum")
    return (
        select(PROCESS.c.id, PROCESS.c.goal, PROCESS.c.description, PROCESS.c.forum_id)
        .add_columns(forum.c.title.label("forum_title"))
        .outerjoin(forum, forum.c.id == PROCESS.c.forum_id)
        .where(PROCESS.c.id.in_(_IDS))
    )


def process_rounds() -> Any:
    """The rounds of processes, by number, with their titles and their countries' names."""
    country = _titled("country")
    return (
        select(ROUND.c.process_id, ROUND.c.id, RECORD.c.title, ROUND.c.number, ROUND.c.date, ROUND.c.city)
        .add_columns(country.c.title.label("country_title"), ROUND.c.status)
        .join(RECORD, RECORD.c.id == ROUND.c.id)
        .outerjoin(country, country.c.id == ROUND.c.country_id)
        .where(ROUND.c.process_id.in_(_IDS))
        .order_by(ROUND.c.process_id, ROUND.c.number)
    )


def _round_neighbour(side: str) -> Any:
    near = ROUND.alias(f"{side}_near")
    if side == "previous":
        where, order = near.c.number < ROUND.c.number, desc(near.c.number)
    else:
        where, order = near.c.number > ROUND.c.number, near.c.number
    return (
        select(near.c.id).where(near.c.process_id == ROUND.c.process_id, where).order_by(order).limit(1)
    ).scalar_subquery()


def rounds() -> Any:
    """Rounds with their process, its forum, their country, the process's last number and their neighbours."""
    process, forum, country = _titled("process"), _titled("forum"), _titled("country")
    same = ROUND.alias("same")
    last = select(func.max(same.c.number)).where(same.c.process_id == ROUND.c.process_id).scalar_subquery()
    return (
        select(ROUND.c.id, ROUND.c.process_id, process.c.title.label("process_title"), PROCESS.c.forum_id)
        .add_columns(forum.c.title.label("forum_title"), ROUND.c.number, last.label("last"), ROUND.c.city)
        .add_columns(ROUND.c.country_id, country.c.title.label("country_title"), ROUND.c.status)
        .add_columns(ROUND.c.description, _round_neighbour("previous").label("previous_id"))
        .add_columns(_round_neighbour("next").label("next_id"))
        .select_from(
            ROUND.join(process, process.c.id == ROUND.c.process_id)
            .outerjoin(PROCESS, PROCESS.c.id == ROUND.c.process_id)
            .outerjoin(forum, forum.c.id == PROCESS.c.forum_id)
            .outerjoin(country, country.c.id == ROUND.c.country_id)
        )
        .where(ROUND.c.id.in_(_IDS))
    )


def outcome_heads() -> Any:
    """Outcomes with their adopting meeting and its forum."""
    forum = _titled("forum")
    return (
        select(OUTCOME.c.id, OUTCOME.c.kind, OUTCOME.c.status, OUTCOME.c.status_as_of, OUTCOME.c.period)
        .add_columns(OUTCOME.c.description, OUTCOME.c.meeting_id, MEETING.c.title.label("meeting_title"))
        .add_columns(MEETING.c.date.label("meeting_date"), MEETING.c.status.label("meeting_status"))
        .add_columns(MEETING.c.forum_id, forum.c.title.label("forum_title"))
        .select_from(
            OUTCOME.outerjoin(MEETING, MEETING.c.id == OUTCOME.c.meeting_id).outerjoin(
                forum, forum.c.id == MEETING.c.forum_id
            )
        )
        .where(OUTCOME.c.id.in_(_IDS))
    )


def outcome_links() -> Any:
    """Links from and to outcomes: ``outward`` 1 for an outcome's own (in order), 0 for another's to it."""
    own = select(
        OUTCOME_LINK.c.outcome_id.label("outcome_id"),
        literal(1).label("outward"),
        OUTCOME_LINK.c.position,
        OUTCOME_LINK.c.target_id.label("other_id"),
        OUTCOME_LINK.c.relation,
    ).where(OUTCOME_LINK.c.outcome_id.in_(_IDS))
    back = select(
        OUTCOME_LINK.c.target_id,
        literal(0),
        OUTCOME_LINK.c.position,
        OUTCOME_LINK.c.outcome_id,
        OUTCOME_LINK.c.relation,
    ).where(OUTCOME_LINK.c.target_id.in_(_IDS), OUTCOME_LINK.c.outcome_id != OUTCOME_LINK.c.target_id)
    links = own.union_all(back).subquery()
    return select(*links.c).order_by(links.c.outcome_id, desc(links.c.outward), links.c.position, links.c.other_id)


# --- forums, countries, topics, sources ---------------------------------------------------------------


def forums() -> Any:
    parent = _titled("parent")
    return (
        select(FORUM.c.id, FORUM.c.name, FORUM.c.abbreviation, FORUM.c.aliases, FORUM.c.kind, FORUM.c.founded)
        .add_columns(FORUM.c.description, FORUM.c.participant_count, FORUM.c.parent_id)
        .add_columns(parent.c.title.label("parent_title"))
        .outerjoin(parent, parent.c.id == FORUM.c.parent_id)
        .where(FORUM.c.id.in_(_IDS))
    )


def figures() -> Any:
    return (
        select(FIGURE.c.forum_id, FIGURE.c.position, FIGURE.c.label, FIGURE.c.value, FIGURE.c.as_of)
        .where(FIGURE.c.forum_id.in_(_IDS))
        .order_by(FIGURE.c.forum_id, FIGURE.c.position)
    )


def subforums() -> Any:
    return (
        select(FORUM.c.parent_id, FORUM.c.id, FORUM.c.name)
        .where(FORUM.c.parent_id.in_(_IDS))
        .order_by(FORUM.c.parent_id, FORUM.c.name, FORUM.c.id)
    )


def forum_processes() -> Any:
    return (
        select(PROCESS.c.forum_id, PROCESS.c.id, PROCESS.c.title)
        .where(PROCESS.c.forum_id.in_(_IDS))
        .order_by(PROCESS.c.forum_id, PROCESS.c.title, PROCESS.c.id)
    )


def members(of: str) -> Any:
    """Memberships of forums (``of="forum"``) or of countries (``"country"``), by forum and position."""
    country, forum, meeting = _titled("country"), _titled("forum"), _titled("meeting")
    owner = MEMBERSHIP.c.forum_id if of == "forum" else MEMBERSHIP.c.country_id
    return (
        select(owner.label("owner"), MEMBERSHIP.c.position, MEMBERSHIP.c.country_id)
        .add_columns(country.c.title.label("country_title"), MEMBERSHIP.c.forum_id, forum.c.title.label("forum_title"))
        .add_columns(MEMBERSHIP.c.role, MEMBERSHIP.c.since, MEMBERSHIP.c.until, MEMBERSHIP.c.joined_at)
        .add_columns(meeting.c.title.label("joined_title"))
        .select_from(
            MEMBERSHIP.join(country, country.c.id == MEMBERSHIP.c.country_id)
            .join(forum, forum.c.id == MEMBERSHIP.c.forum_id)
            .outerjoin(meeting, meeting.c.id == MEMBERSHIP.c.joined_at)
        )
        .where(owner.in_(_IDS))
        .order_by(owner, MEMBERSHIP.c.forum_id, MEMBERSHIP.c.position)
    )


def _meetings_of(shape: str) -> Any:
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


def latest_meetings(shape: str, limit: int) -> Select[Any]:
    """The latest ``limit`` meetings of ``rid`` (see :func:`_meetings_of`), latest first, with their venues."""
    country = _titled("country")
    return (
        select(MEETING.c.id, MEETING.c.title, MEETING.c.date, MEETING.c.city, country.c.title.label("country_title"))
        .add_columns(MEETING.c.status)
        .outerjoin(country, country.c.id == MEETING.c.country_id)
        .where(_meetings_of(shape))
        .order_by(desc(MEETING.c.date_lower).nulls_last(), MEETING.c.id)  # undated last, as SQLite sorts NULL
        .limit(limit)
    )


def meeting_count(shape: str) -> Any:
    """How many meetings :func:`latest_meetings` picks from."""
    return select(func.count().label("total")).select_from(MEETING).where(_meetings_of(shape))


def countries() -> Any:
    return select(COUNTRY.c.id, COUNTRY.c.code, COUNTRY.c.alpha3, COUNTRY.c.aliases).where(COUNTRY.c.id.in_(_IDS))


def topics() -> Any:
    return select(TOPIC.c.id, TOPIC.c.description).where(TOPIC.c.id.in_(_IDS))


def sources() -> Any:
    return select(SOURCE.c.id, SOURCE.c.publisher, SOURCE.c.languages, SOURCE.c.url, SOURCE.c.text).where(
        SOURCE.c.id.in_(_IDS)
    )


def source_citing(limit: int) -> Any:
    """The first ``limit`` records citing a source."""
    return select(CITATION.c.record_id).where(CITATION.c.source_id == _RID).distinct().limit(limit)


def source_citing_count(cap: int) -> Any:
    """How many records cite a source, counted up to ``cap``."""
    capped = select(CITATION.c.record_id).where(CITATION.c.source_id == _RID).distinct().limit(cap).subquery()
    return select(func.count().label("total")).select_from(capped)


# --- names in other languages ------------------------------------------------------------------------


def names() -> Any:
    """Records' words in other languages, every language of each, in the order their file gave them."""
    n = RECORD_NAME.c
    return (
        select(n.record_id, n.lang, n.title, n.abbreviation, n.aliases, n.publisher, n.city, n.goal)
        .add_columns(n.description, n.sidelines, n.figures, n.participants, n.agenda)
        .where(n.record_id.in_(_IDS))
        .order_by(n.record_id, n.position)
    )


def round_names() -> Any:
    """What a round's title is made of: its number, city and process."""
    return select(ROUND.c.id, ROUND.c.number, ROUND.c.city, ROUND.c.process_id).where(ROUND.c.id.in_(_IDS))


def venues() -> Any:
    """Where rounds and meetings were held, as a listing shows it: city, and country with its id and name."""
    country = _titled("country")
    rounds = select(ROUND.c.id, ROUND.c.city, ROUND.c.country_id, country.c.title.label("country_title")).outerjoin(
        country, country.c.id == ROUND.c.country_id
    )
    meetings = select(
        MEETING.c.id, MEETING.c.city, MEETING.c.country_id, country.c.title.label("country_title")
    ).outerjoin(country, country.c.id == MEETING.c.country_id)
    return union_all(rounds.where(ROUND.c.id.in_(_IDS)), meetings.where(MEETING.c.id.in_(_IDS)))
