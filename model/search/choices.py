"""The values the filter controls offer: forums, countries, topics, statuses and record types."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from model.db import Database


@dataclass(frozen=True)
class Choice:
    """One entry of a filter control: the value written into the query, and the label shown."""

    value: str
    label: str


@dataclass(frozen=True)
class FilterChoices:
    forums: tuple[Choice, ...]
    types: tuple[Choice, ...]
    countries: tuple[Choice, ...]
    statuses: tuple[Choice, ...]
    topics: tuple[Choice, ...]


TYPES = (
    Choice("meeting", "Meetings"),
    Choice("round", "Consultation rounds"),
    Choice("process", "Processes"),
    Choice("outcome", "Outcome documents"),
    Choice("forum", "Forums"),
)


def filter_choices(db: Database) -> FilterChoices:
    """Everything the filter bar lists, in a few small queries (forums, countries, topics are short lists)."""
    with db.session() as session:
        conn = session.connection()
        forums = conn.execute(text("SELECT id, abbreviation, name FROM forum")).all()
        countries = conn.execute(text("SELECT id, name, code FROM country")).all()
        topics = conn.execute(text("SELECT id, label FROM topic")).all()
        statuses = conn.execute(
            text("SELECT status FROM meeting UNION SELECT status FROM round UNION SELECT status FROM outcome")
        ).all()
    return FilterChoices(
        forums=tuple(
            sorted(
                (Choice(abbr or fid, f"{abbr} — {name}" if abbr else name) for fid, abbr, name in forums),
                key=lambda c: c.label.casefold(),
            )
        ),
        types=TYPES,
        countries=tuple(sorted((Choice(name, f"{name} ({code})") for _i, name, code in countries), key=_key)),
        statuses=tuple(sorted((Choice(s, s.capitalize()) for (s,) in statuses if s), key=_key)),
        topics=tuple(sorted((Choice(tid, label) for tid, label in topics), key=_key)),
    )


def _key(choice: Choice) -> str:
    return choice.label.casefold()
