"""The values the filter controls offer: forums, countries, topics, statuses and record types."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from model import i18n
from model.i18n import QT_TRANSLATE_NOOP, Words, translate
from model.store.database import Database
from model.store.sqlrun import text_rows


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


class ChoiceText(Words):
    """The filter bar's words for record types and statuses, in the interface's language."""


#: The record types a search can be narrowed to, with their labels as written (shown translated).
TYPES = (
    Choice("meeting", QT_TRANSLATE_NOOP("ChoiceText", "Meetings")),
    Choice("round", QT_TRANSLATE_NOOP("ChoiceText", "Consultation rounds")),
    Choice("process", QT_TRANSLATE_NOOP("ChoiceText", "Processes")),
    Choice("outcome", QT_TRANSLATE_NOOP("ChoiceText", "Outcome documents")),
    Choice("forum", QT_TRANSLATE_NOOP("ChoiceText", "Forums")),
)
#: The statuses the data allows, as the filter lists them: one list for meetings, rounds and outcomes, so a
#: language whose words agree with a noun takes a form for none in particular (Russian "Проведено").
STATUS_WORDS = (
    QT_TRANSLATE_NOOP("ChoiceText", "Held"),
    QT_TRANSLATE_NOOP("ChoiceText", "Scheduled"),
    QT_TRANSLATE_NOOP("ChoiceText", "Planned"),
    QT_TRANSLATE_NOOP("ChoiceText", "Cancelled"),
    QT_TRANSLATE_NOOP("ChoiceText", "Postponed"),
    QT_TRANSLATE_NOOP("ChoiceText", "Adopted"),
    QT_TRANSLATE_NOOP("ChoiceText", "Expected"),
    QT_TRANSLATE_NOOP("ChoiceText", "Draft"),
    QT_TRANSLATE_NOOP("ChoiceText", "Proposed"),
)


def filter_choices(db: Database) -> FilterChoices:
    """Everything the filter bar lists, in a few small queries (forums, countries, topics are short lists)."""
    with db.reader() as conn:
        forums = text_rows(conn, "SELECT id, abbreviation, name FROM forum")
        countries = text_rows(conn, "SELECT id, name, code FROM country")
        topics = text_rows(conn, "SELECT id, label FROM topic")
        statuses = text_rows(
            conn, "SELECT status FROM meeting UNION SELECT status FROM round UNION SELECT status FROM outcome"
        )
        named = _names(conn, i18n.language())

    def name(rid: str, original: str) -> str:
        return named[rid][0] if rid in named else original

    def abbreviation(rid: str, original: str | None) -> str | None:
        return (named[rid][1] or original) if rid in named else original

    # Labels in the interface's language where the records have names there; the values stay as the filters
    # read them in any language.
    return FilterChoices(
        forums=tuple(
            sorted(
                (
                    Choice(abbr or fid, f"{abbreviation(fid, abbr)} — {name(fid, n)}" if abbr else name(fid, n))
                    for fid, abbr, n in forums
                ),
                key=lambda c: c.label.casefold(),
            )
        ),
        types=tuple(Choice(c.value, translate("ChoiceText", c.label)) for c in TYPES),
        countries=tuple(sorted((Choice(n, f"{name(cid, n)} ({code})") for cid, n, code in countries), key=_key)),
        statuses=tuple(
            sorted((Choice(s, translate("ChoiceText", s.capitalize())) for (s,) in statuses if s), key=_key)
        ),
        topics=tuple(sorted((Choice(tid, name(tid, label)) for tid, label in topics), key=_key)),
    )


def _names(conn: Any, lang: str) -> dict[str, tuple[str, str | None]]:
    """(name, abbreviation) in ``lang`` of the forums, countries and topics that have a name there."""
    best: dict[str, tuple[int, str, str | None]] = {}
    for rid, tag, title, abbreviation in text_rows(conn, _NAMES):
        score = i18n.language_match(str(tag), lang)
        if title and score > best.get(rid, (0, "", None))[0]:
            best[rid] = (score, str(title), abbreviation)
    return {rid: (title, abbreviation) for rid, (_s, title, abbreviation) in best.items()}


_NAMES = (
    "SELECT n.record_id, n.lang, n.title, n.abbreviation FROM record_name n JOIN record r ON r.id = n.record_id "
    "WHERE r.type IN ('forum', 'country', 'topic')"
)


def _key(choice: Choice) -> str:
    return choice.label.casefold()


def query_for_record(db: Database, rid: str) -> str | None:
    """The filter that finds a forum's, topic's or country's records (``forum:ARF``), else None.

    The window writes it into the search box when such a record is chosen, so people learn the grammar
    by browsing.
    """
    from model.search.parser import quote_value

    with db.reader() as conn:  # one read, on the driver: this follows every record shown
        found = text_rows(conn, _SUGGEST, {"id": rid})
    if not found:
        return None
    kind, abbreviation, name = found[0]
    if kind == "forum":
        return f"forum:{quote_value(abbreviation or rid)}"
    if kind == "topic":
        return f"topic:{quote_value(rid)}"
    if kind == "country":
        return f"country:{quote_value(name or rid)}"
    return None


_SUGGEST = (
    "SELECT r.type, f.abbreviation, c.name FROM record r LEFT JOIN forum f ON f.id = r.id "
    "LEFT JOIN country c ON c.id = r.id WHERE r.id = :id"
)
