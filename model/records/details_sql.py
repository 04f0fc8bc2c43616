"""The SQLAlchemy statements behind :mod:`model.records.details`, one builder per declared statement.

:mod:`model.records.details` declares each statement as a :class:`model.store.sqlrun.Sql` naming a builder here; this
module is imported only to compile them (by ``python -m model.store.freeze_sql``, or when a statement is not
frozen yet), so the detail pane's reads run without importing SQLAlchemy. Values vary through
``bindparam`` names: ``rid`` is the record shown, ``ids`` an expanding list.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, desc, func, literal, or_, select, union_all

from model.store.tables import AI, AT, CI, FIG, MEM, OC, OL, PA, RD, C, F, M, P, R, S, T

_RID: Any = bindparam("rid")
_FORUM: Any = bindparam("forum")
_CR = R.alias("cr")  # a record joined for its title: a country, a topic, a parent forum
_CR2 = R.alias("cr2")  # a second one, when a row links two records (a round's process and country)
_ROUND = (RD.c.id, RD.c.number, RD.c.city, RD.c.date, RD.c.status)  # what model.records.details._round_from reads


def refs() -> Any:
    """Records' id, type, title and date, for links (ids: non-empty)."""
    return select(R.c.id, R.c.type, R.c.title, R.c.date).where(R.c.id.in_(bindparam("ids", expanding=True)))


def _citations() -> Any:
    """Citations with their sources' titles and dates: what :class:`model.records.details.Cite` is made of."""
    return (
        select(CI.c.pk, CI.c.path, CI.c.source_id, S.c.title, S.c.date, CI.c.quote, CI.c.start, CI.c.end)
        .add_columns(CI.c.paragraph, CI.c.basis, CI.c.note)
        .outerjoin(S, S.c.id == CI.c.source_id)
    )


def cites() -> Any:
    """A record's citations in order."""
    return _citations().where(CI.c.record_id == _RID).order_by(CI.c.pk)


def citation() -> Any:
    """One citation by its key (``pk``)."""
    return _citations().where(CI.c.pk == bindparam("pk"))


def source_text() -> Any:
    """A source document with its full text."""
    return select(S.c.id, S.c.title, S.c.publisher, S.c.date, S.c.text).where(S.c.id == _RID)


def record() -> Any:
    """Any record's type and title, and for a meeting (the commonest click) its row, in one read."""
    return (
        select(R.c.type, R.c.title, M.c.forum_id, M.c.ordinal, M.c.level, M.c.date, M.c.date_lower, M.c.date_upper)
        .add_columns(M.c.city, M.c.country_id, _CR.c.type, _CR.c.title, _CR.c.date)
        .add_columns(M.c.status, M.c.status_as_of, M.c.description, M.c.sidelines)
        .select_from(R.outerjoin(M, M.c.id == R.c.id).outerjoin(_CR, _CR.c.id == M.c.country_id))
        .where(R.c.id == _RID)
    )


# --- a meeting ----------------------------------------------------------------------------------------


def meeting_participants() -> Any:
    return (
        select(PA.c.position, PA.c.country_id, _CR.c.type, _CR.c.title, _CR.c.date)
        .add_columns(PA.c.organisation, PA.c.head, PA.c.head_title)
        .outerjoin(_CR, _CR.c.id == PA.c.country_id)
        .where(PA.c.meeting_id == _RID)
        .order_by(PA.c.position)
    )


def meeting_agenda() -> Any:
    """One row per (agenda item, topic), items in order."""
    return (
        select(AI.c.pk, AI.c.position, AI.c.title, AI.c.description, AT.c.topic_id, _CR.c.type, _CR.c.title)
        .add_columns(_CR.c.date)
        .outerjoin(AT, AT.c.agenda_item_pk == AI.c.pk)
        .outerjoin(_CR, _CR.c.id == AT.c.topic_id)
        .where(AI.c.meeting_id == _RID)
        .order_by(AI.c.position, AT.c.position)
    )


def meeting_outcomes() -> Any:
    return select(OC.c.id, OC.c.title, OC.c.status).where(OC.c.meeting_id == _RID).order_by(OC.c.title)


def meeting_neighbours() -> Any:
    """Previous (0) and next (1) meeting of the same forum, and of the same level when it has one."""
    level: Any = bindparam("level")
    lower: Any = bindparam("lower")
    same = (M.c.forum_id == _FORUM, M.c.id != _RID, or_(level.is_(None), M.c.level == level))
    cols = (M.c.id, M.c.title, M.c.date, M.c.status)
    before = select(literal(0).label("side"), *cols).where(*same, M.c.date_lower < lower)
    after = select(literal(1).label("side"), *cols).where(*same, M.c.date_lower > lower)
    return union_all(
        select(before.order_by(desc(M.c.date_lower)).limit(1).subquery()),
        select(after.order_by(M.c.date_lower, M.c.id).limit(1).subquery()),
    )


def meeting_processes() -> Any:
    """The forum's processes by title, each with the round just before (``lower``) and after (``upper``)."""
    b, a, near = RD.alias("b"), RD.alias("a"), RD.alias("near")
    before = (
        select(near.c.id)
        .where(near.c.process_id == P.c.id, near.c.date_upper < bindparam("lower"))
        .order_by(desc(near.c.date_lower))
        .limit(1)
        .scalar_subquery()
    )
    after = (
        select(near.c.id)
        .where(near.c.process_id == P.c.id, near.c.date_lower > bindparam("upper"))
        .order_by(near.c.date_lower)
        .limit(1)
        .scalar_subquery()
    )
    return (
        select(P.c.id, P.c.title)
        .add_columns(b.c.id, b.c.number, b.c.city, b.c.date, b.c.status)
        .add_columns(a.c.id, a.c.number, a.c.city, a.c.date, a.c.status)
        .select_from(P.outerjoin(b, b.c.id == before).outerjoin(a, a.c.id == after))
        .where(P.c.forum_id == _FORUM)
        .order_by(P.c.title)
    )


def forum_chain() -> Any:
    """A forum and its ancestors, nearest first, with their records' columns (at most 32)."""
    up = select(F.c.id, F.c.parent_id, literal(0).label("depth")).where(F.c.id == _FORUM).cte("up", recursive=True)
    parent = F.alias("parent")
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
        return M.c.forum_id == _RID
    if shape == "country":
        return M.c.country_id == _RID
    if shape == "topic":
        on_topic = select(AI.c.meeting_id).join(AT, AT.c.agenda_item_pk == AI.c.pk).where(AT.c.topic_id == _RID)
        return M.c.id.in_(on_topic)
    raise ValueError(f"no meetings of a {shape!r}")


def latest_meetings(shape: str, limit: int) -> Any:
    """The latest ``limit`` meetings of ``rid`` (see :func:`_meetings_where`), latest first."""
    return (
        select(M.c.id, M.c.title, M.c.date, M.c.status)
        .where(_meetings_where(shape))
        .order_by(desc(M.c.date_lower), M.c.id)
        .limit(limit)
    )


def meeting_count(shape: str) -> Any:
    """How many meetings :func:`latest_meetings` picks from."""
    return select(func.count()).select_from(M).where(_meetings_where(shape))


# --- the other record types ---------------------------------------------------------------------------


def members(of: str) -> Any:
    """Memberships of a forum (``of="forum"``) or a country's (``"country"``), by forum and position."""
    where = MEM.c.forum_id == _RID if of == "forum" else MEM.c.country_id == _RID
    return (
        select(MEM.c.position, MEM.c.country_id, MEM.c.forum_id, MEM.c.joined_at)
        .add_columns(MEM.c.role, MEM.c.since, MEM.c.until)
        .where(where)
        .order_by(MEM.c.forum_id, MEM.c.position)
    )


def forum() -> Any:
    """A forum's row, with its parent's record (for the link)."""
    return (
        select(F.c.name, F.c.abbreviation, F.c.aliases, F.c.kind, F.c.founded, F.c.description)
        .add_columns(F.c.participant_count, F.c.parent_id, _CR.c.type, _CR.c.title, _CR.c.date)
        .outerjoin(_CR, _CR.c.id == F.c.parent_id)
        .where(F.c.id == _RID)
    )


def forum_figures() -> Any:
    return (
        select(FIG.c.position, FIG.c.label, FIG.c.value, FIG.c.as_of)
        .where(FIG.c.forum_id == _RID)
        .order_by(FIG.c.position)
    )


def forum_subforums() -> Any:
    return select(F.c.id, F.c.name).where(F.c.parent_id == _RID).order_by(F.c.name)


def forum_processes() -> Any:
    return select(P.c.id, P.c.title).where(P.c.forum_id == _RID).order_by(P.c.title)


def process() -> Any:
    """A process's row, with its forum's record."""
    return (
        select(P.c.goal, P.c.description, P.c.forum_id, _CR.c.type, _CR.c.title, _CR.c.date)
        .outerjoin(_CR, _CR.c.id == P.c.forum_id)
        .where(P.c.id == _RID)
    )


def process_rounds() -> Any:
    return select(*_ROUND).where(RD.c.process_id == _RID).order_by(RD.c.number)


def round_() -> Any:
    """A round's row, with its process's and its country's records, and its process's last number."""
    same = RD.alias("same")
    last = select(func.max(same.c.number)).where(same.c.process_id == RD.c.process_id).scalar_subquery()
    return (
        select(RD.c.process_id, RD.c.number, RD.c.date, RD.c.city, RD.c.status, RD.c.description, last)
        .add_columns(_CR.c.type, _CR.c.title, _CR.c.date, RD.c.country_id, _CR2.c.type, _CR2.c.title, _CR2.c.date)
        .select_from(RD.outerjoin(_CR, _CR.c.id == RD.c.process_id).outerjoin(_CR2, _CR2.c.id == RD.c.country_id))
        .where(RD.c.id == _RID)
    )


def round_neighbour(side: str) -> Any:
    """The round just before (``side="previous"``) or after (``"next"``) ``number`` in ``process``."""
    process_id: Any = bindparam("process")
    number: Any = bindparam("number")
    if side == "previous":
        return (
            select(*_ROUND)
            .where(RD.c.process_id == process_id, RD.c.number < number)
            .order_by(desc(RD.c.number))
            .limit(1)
        )
    return select(*_ROUND).where(RD.c.process_id == process_id, RD.c.number > number).order_by(RD.c.number).limit(1)


def outcome() -> Any:
    """An outcome's row, with its meeting's record."""
    return (
        select(OC.c.kind, OC.c.status, OC.c.status_as_of, OC.c.date, OC.c.period, OC.c.description)
        .add_columns(OC.c.meeting_id, _CR.c.type, _CR.c.title, _CR.c.date)
        .outerjoin(_CR, _CR.c.id == OC.c.meeting_id)
        .where(OC.c.id == _RID)
    )


def outcome_links() -> Any:
    """The outcome's own links, in order."""
    return select(OL.c.target_id, OL.c.relation).where(OL.c.outcome_id == _RID).order_by(OL.c.position)


def outcome_backlinks() -> Any:
    """Other outcomes' links to this one (in the table's order, as ever)."""
    return select(OL.c.outcome_id, OL.c.relation).where(OL.c.target_id == _RID, OL.c.outcome_id != _RID)


def country() -> Any:
    return select(C.c.code, C.c.alpha3, C.c.aliases).where(C.c.id == _RID)


def topic() -> Any:
    return select(T.c.description).where(T.c.id == _RID)


def source() -> Any:
    """A source's row, its text's length instead of the text."""
    return select(S.c.publisher, S.c.date, S.c.languages, S.c.url, func.length(S.c.text)).where(S.c.id == _RID)


def source_citing(limit: int) -> Any:
    """The first ``limit`` records citing a source."""
    return select(CI.c.record_id).where(CI.c.source_id == _RID).distinct().limit(limit)


def source_citing_count(cap: int) -> Any:
    """How many records cite a source, counted up to ``cap``."""
    capped = select(CI.c.record_id).where(CI.c.source_id == _RID).distinct().limit(cap).subquery()
    return select(func.count()).select_from(capped)
