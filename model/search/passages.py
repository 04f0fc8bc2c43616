"""The text people wrote about a page of search results: what snippets are cut from, and their titles.

For each record, its passages in the order a snippet prefers them: the description (and a process's
goal), the agenda items with their topics, the cited passages of sources, then venue, delegations,
sidelines, key figures, other names and citation notes. Plain SQL over the records' own tables, read for
the page's ids only (at most a page of results, so a few small reads).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from model import dates
from model.sqlrun import Reader, text_rows


def passages(conn: Reader, records: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """The passages of each (id, type), by id (an id of a type with no text of its own gets ``[]``)."""
    by_kind: dict[str, list[str]] = {}
    for rid, kind in records:
        by_kind.setdefault(kind, []).append(rid)
    lead: dict[str, list[str]] = {rid: [] for ids in by_kind.values() for rid in ids}
    tail: dict[str, list[str]] = {rid: [] for rid in lead}

    def add(to: dict[str, list[str]], rid: str, *texts: Any) -> None:
        to[rid].extend(str(t) for t in texts if t and str(t).strip())

    if ids := by_kind.get("meeting"):
        for rid, description, sidelines, city, country in _rows(conn, _MEETINGS, ids):
            add(lead, rid, description)
            add(tail, rid, _venue(city, country), sidelines)
        for rid, title, description, topics in _agenda(conn, ids):
            add(lead, rid, _agenda_line(title, description, topics))
        for rid, country, organisation, head_title, head in _rows(conn, _DELEGATIONS, ids):
            who = " ".join(x for x in (head_title, head) if x)
            add(tail, rid, f"{country or organisation}: {who}" if who else "")
    if ids := by_kind.get("round"):
        for rid, description, city, country in _rows(conn, _ROUNDS, ids):
            add(lead, rid, description, _venue(city, country))  # rounds say little else of their own
    if ids := by_kind.get("process"):
        for rid, goal, description in _rows(conn, _PROCESSES, ids):
            add(lead, rid, description, goal)
    if ids := by_kind.get("outcome"):
        for rid, description, period in _rows(conn, _OUTCOMES, ids):
            add(lead, rid, description, f"Period covered: {dates.human(period)}" if period else "")
    if ids := by_kind.get("forum"):
        for rid, description, abbreviation, aliases in _rows(conn, _FORUMS, ids):
            add(lead, rid, description)
            names = [abbreviation, *_names(aliases)]
            add(tail, rid, "Also called " + "; ".join(n for n in names if n) if any(names) else "")
        for rid, label, value in _rows(conn, _FIGURES, ids):
            add(tail, rid, f"{label}: {value}")
    notes: dict[str, list[str]] = {rid: [] for rid in lead}
    for rid, quote, note in _rows(conn, _CITATIONS, list(lead)):
        add(lead, rid, quote)
        add(notes, rid, note)
    return {rid: _unique([*lead[rid], *tail[rid], *notes[rid]]) for rid in lead}


def round_labels(conn: Reader, ids: Sequence[str]) -> dict[str, str]:
    """A title for each round that tells it from its siblings at once: "Round 3 — Jakarta · <process>".

    A round's own title starts with its process's ("EAS consultations on …: round 3 — Jakarta"), so
    in a list of rounds every title reads the same as far as a narrow column shows.
    """
    out = {}
    for rid, number, city, process in _rows(conn, _ROUND_LABELS, ids):
        where = f" — {city}" if city else ""
        out[rid] = f"Round {number}{where} · {process}" if process else f"Round {number}{where}"
    return out


def _agenda(conn: Reader, ids: Sequence[str]) -> list[tuple[str, str, str | None, list[str]]]:
    topics: dict[Any, list[str]] = {}
    for pk, label in _rows(conn, _AGENDA_TOPICS, ids):
        topics.setdefault(pk, []).append(str(label))
    return [(rid, title, description, topics.get(pk, [])) for rid, pk, title, description in _rows(conn, _AGENDA, ids)]


def _agenda_line(title: str, description: str | None, topics: list[str]) -> str:
    line = f"{title}: {description}" if description else title
    return f"{line} (topics: {', '.join(topics)})" if topics else line


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
    "SELECT a.meeting_id, a.pk, a.title, a.description FROM agenda_item a "
    "WHERE a.meeting_id IN ({ids}) ORDER BY a.meeting_id, a.position"
)
_AGENDA_TOPICS = (
    "SELECT t.agenda_item_pk, tp.label FROM agenda_topic t JOIN topic tp ON tp.id = t.topic_id "
    "JOIN agenda_item a ON a.pk = t.agenda_item_pk WHERE a.meeting_id IN ({ids}) ORDER BY t.agenda_item_pk, t.position"
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
    "SELECT r.id, r.number, r.city, p.title FROM round r LEFT JOIN process p ON p.id = r.process_id "
    "WHERE r.id IN ({ids})"
)
_PROCESSES = "SELECT id, goal, description FROM process WHERE id IN ({ids})"
_OUTCOMES = "SELECT id, description, period FROM outcome WHERE id IN ({ids})"
_FORUMS = "SELECT id, description, abbreviation, aliases FROM forum WHERE id IN ({ids})"
_FIGURES = "SELECT forum_id, label, value FROM figure WHERE forum_id IN ({ids}) ORDER BY forum_id, position"
# A passage cited by offsets only (no quote) is read from its source: only that passage, never the whole text.
_CITATIONS = (
    'SELECT c.record_id, COALESCE(c.quote, substr(s.text, c.start + 1, c."end" - c.start)), c.note '
    "FROM citation c LEFT JOIN source s ON s.id = c.source_id "
    "WHERE c.record_id IN ({ids}) ORDER BY c.record_id, c.position"
)
