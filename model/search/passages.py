"""The text people wrote about a page of search results: what snippets are cut from, and their titles.

For each record, its passages in the order a snippet prefers them: the description (and a process's
goal), venue, agenda items, sidelines, other names, the cited passages of sources, citation notes; and,
read only when none of those holds a matched word, agenda topics, heads of delegation and key figures.
Plain SQL over the records' own tables, read for the page's ids only (a page of results: a few small
reads).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from model import dates, i18n
from model.i18n import Words
from model.store.sqlrun import Reader, text_rows


def passages(conn: Reader, records: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """The passages of each (id, type) a snippet looks at first, by id: the record's own text (description,
    goal, agenda items, venue, sidelines, other names), its cited passages, then its citations' notes."""
    by_kind = _by_kind(records)
    lead: dict[str, list[str]] = {rid: [] for ids in by_kind.values() for rid in ids}
    tail: dict[str, list[str]] = {rid: [] for rid in lead}
    if ids := by_kind.get("meeting"):
        for rid, description, sidelines, city, country in _rows(conn, _MEETINGS, ids):
            _add(lead, rid, description, _venue(city, country), sidelines)
        for rid, title, description in _rows(conn, _AGENDA, ids):
            _add(lead, rid, f"{title}: {description}" if description else title)
    if ids := by_kind.get("round"):
        for rid, description, city, country in _rows(conn, _ROUNDS, ids):
            _add(lead, rid, description, _venue(city, country))
    if ids := by_kind.get("process"):
        for rid, goal, description in _rows(conn, _PROCESSES, ids):
            _add(lead, rid, description, goal)
    if ids := by_kind.get("outcome"):
        for rid, description, period in _rows(conn, _OUTCOMES, ids):
            _add(lead, rid, description, f"Period covered: {dates.human(period)}" if period else "")
    if ids := by_kind.get("forum"):
        for rid, description, abbreviation, aliases in _rows(conn, _FORUMS, ids):
            names = [n for n in (abbreviation, *_names(aliases)) if n]
            _add(lead, rid, description, "Also called " + "; ".join(names) if names else "")
    if lead:
        for rid, title, description, goal, city, sidelines, agenda in _rows(conn, _NAMES, list(lead)):
            items = [(a.get("title"), a.get("description")) for a in _objects(agenda)]
            _add(lead, rid, title, description, goal, city, sidelines, *(f"{t}: {d}" if d else t for t, d in items))
        for rid, quote, note in _rows(conn, _CITATIONS, list(lead)):
            _add(lead, rid, quote)
            _add(tail, rid, note)
    return {rid: _unique([*lead[rid], *tail[rid]]) for rid in lead}


def more_passages(conn: Reader, records: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """Further passages, read only for records whose first passages hold none of the query's words: the
    topics of a meeting's agenda items (a word may be only in a topic's label), heads of delegation, a
    forum's key figures."""
    by_kind = _by_kind(records)
    out: dict[str, list[str]] = {rid: [] for ids in by_kind.values() for rid in ids}
    if ids := by_kind.get("meeting"):
        topics: dict[tuple[str, int], tuple[str, list[str]]] = {}  # by agenda item, in agenda order
        for rid, position, title, label in _rows(conn, _AGENDA_TOPICS, ids):
            topics.setdefault((rid, position), (title, []))[1].append(str(label))
        for (rid, _position), (title, labels) in topics.items():
            _add(out, rid, f"{title} (topics: {', '.join(labels)})")
        for rid, country, organisation, head_title, head in _rows(conn, _DELEGATIONS, ids):
            who = " ".join(x for x in (head_title, head) if x)
            _add(out, rid, f"{country or organisation}: {who}" if who else "")
    if ids := by_kind.get("forum"):
        for rid, label, value in _rows(conn, _FIGURES, ids):
            _add(out, rid, f"{label}: {value}")
    return out


def titles_in(conn: Reader, ids: Sequence[str], lang: str) -> dict[str, str]:
    """The titles (or names) these records have in ``lang`` (their best-matching language), for those that do."""
    best: dict[str, tuple[int, str]] = {}
    for rid, tag, title in _rows(conn, _NAME_TITLES, ids) if ids else ():
        score = i18n.language_match(str(tag), lang)
        if title and score > best.get(rid, (0, ""))[0]:
            best[rid] = (score, str(title))
    return {rid: title for rid, (_score, title) in best.items()}


def round_labels(conn: Reader, ids: Sequence[str]) -> dict[str, str]:
    """A title for each round that tells it from its siblings at once: "Round 3 — Jakarta · <process>".

    A round's own title starts with its process's ("EAS consultations on …: round 3 — Jakarta"), so
    in a list of rounds every title reads the same as far as a narrow column shows.
    """
    found = _rows(conn, _ROUND_LABELS, ids)
    # The city and the process by their names in the interface's language, where they have them.
    named = _cities_and_titles(conn, [*ids, *(row[4] for row in found if row[4])], i18n.language())
    out = {}
    for rid, number, city, process, process_id in found:
        city = named.get(rid, (None, None))[0] or city
        process = named.get(process_id, (None, None))[1] or process
        where = f" — {city}" if city else ""
        words = SearchWords.tr("Round {number}").format(number=number) + where
        out[rid] = f"{words} · {process}" if process else words
    return out


class SearchWords(Words):
    """The words of a search result's label, in the interface's language."""


def _cities_and_titles(conn: Reader, ids: Sequence[str], lang: str) -> dict[str, tuple[str | None, str | None]]:
    """(city, title) in ``lang`` of these records (their best-matching language), for those with names there."""
    best: dict[str, tuple[int, str | None, str | None]] = {}
    for rid, tag, city, title in _rows(conn, _NAME_CITIES, ids) if ids else ():
        score = i18n.language_match(str(tag), lang)
        if score > best.get(rid, (0, None, None))[0]:
            best[rid] = (score, city, title)
    return {rid: (city, title) for rid, (_s, city, title) in best.items()}


def _by_kind(records: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    by_kind: dict[str, list[str]] = {}
    for rid, kind in records:
        by_kind.setdefault(kind, []).append(rid)
    return by_kind


def _add(to: dict[str, list[str]], rid: str, *texts: Any) -> None:
    to[rid].extend(str(t) for t in texts if t and str(t).strip())


def _venue(city: str | None, country: str | None) -> str:
    place = ", ".join(x for x in (city, country) if x)
    return f"Venue: {place}" if place else ""


def _names(aliases: Any) -> list[str]:
    """A forum's other names: a JSON list (text on SQLite's driver, a list elsewhere) of names or objects."""
    if isinstance(aliases, str):
        try:
            aliases = json.loads(aliases)
        except ValueError:
            return [aliases]
    if not isinstance(aliases, list):
        return []
    return [str(a.get("name", "")) if isinstance(a, dict) else str(a) for a in aliases]


def _objects(value: Any) -> list[dict[str, Any]]:
    """The objects of a JSON list column (text on SQLite's driver, a list elsewhere)."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return []
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _unique(texts: list[str]) -> list[str]:
    """Each text once (the same passage is often cited for a record and one of its agenda items)."""
    return list(dict.fromkeys(texts))


def _rows(conn: Reader, sql: str, ids: Sequence[str]) -> list[Any]:
    """Rows of ``sql`` whose ``{ids}`` is the list of these ids, bound one parameter each."""
    names = [f"id{i}" for i in range(len(ids))]
    marks = ", ".join(f":{n}" for n in names)
    return text_rows(conn, sql.format(ids=marks), dict(zip(names, ids, strict=True)))


_MEETINGS = (
    "SELECT m.id, m.description, m.sidelines, m.city, c.name FROM meeting m "
    "LEFT JOIN country c ON c.id = m.country_id WHERE m.id IN ({ids})"
)
_AGENDA = (
    "SELECT a.meeting_id, a.title, a.description FROM agenda_item a "
    "WHERE a.meeting_id IN ({ids}) ORDER BY a.meeting_id, a.position"
)
_AGENDA_TOPICS = (
    "SELECT a.meeting_id, a.position, a.title, tp.label FROM agenda_item a "
    "JOIN agenda_topic t ON t.agenda_item_pk = a.pk JOIN topic tp ON tp.id = t.topic_id "
    "WHERE a.meeting_id IN ({ids}) ORDER BY a.meeting_id, a.position, t.position"
)
_DELEGATIONS = (
    "SELECT p.meeting_id, c.name, p.organisation, p.head_title, p.head FROM participant p "
    "LEFT JOIN country c ON c.id = p.country_id WHERE p.meeting_id IN ({ids}) AND p.head IS NOT NULL "
    "ORDER BY p.meeting_id, p.position"
)
_ROUNDS = (
    "SELECT r.id, r.description, r.city, c.name FROM round r LEFT JOIN country c ON c.id = r.country_id "
    "WHERE r.id IN ({ids})"
)
_ROUND_LABELS = (
    "SELECT r.id, r.number, r.city, p.title, p.id FROM round r LEFT JOIN process p ON p.id = r.process_id "
    "WHERE r.id IN ({ids})"
)
_PROCESSES = "SELECT id, goal, description FROM process WHERE id IN ({ids})"
_OUTCOMES = "SELECT id, description, period FROM outcome WHERE id IN ({ids})"
_FORUMS = "SELECT id, description, abbreviation, aliases FROM forum WHERE id IN ({ids})"
_FIGURES = "SELECT forum_id, label, value FROM figure WHERE forum_id IN ({ids}) ORDER BY forum_id, position"
_NAME_CITIES = "SELECT record_id, lang, city, title FROM record_name WHERE record_id IN ({ids})"
_NAME_TITLES = "SELECT record_id, lang, title FROM record_name WHERE record_id IN ({ids})"
#: The record's words in other languages, after its own (the names' citations are not passages of it).
_NAMES = (
    "SELECT record_id, title, description, goal, city, sidelines, agenda FROM record_name "
    "WHERE record_id IN ({ids}) ORDER BY record_id, position"
)
# A passage cited by offsets only (no quote) is read from its source: only that passage, never the whole text.
_CITATIONS = (
    'SELECT c.record_id, COALESCE(c.quote, substr(s.text, c.start + 1, c."end" - c.start)), c.note '
    "FROM citation c LEFT JOIN source s ON s.id = c.source_id "
    "WHERE c.record_id IN ({ids}) AND c.path NOT LIKE 'names/%' ORDER BY c.record_id, c.position"
)
