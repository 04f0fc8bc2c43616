"""The text people wrote about a page of search results: what snippets are cut from, and their titles.

For each record, its passages in the order a snippet prefers them: the description (and a process's
goal), venue, agenda items, sidelines, other names, the cited passages of sources, citation notes; and,
read only when none of those holds a matched word, agenda topics, heads of delegation and key figures.
Plain SQL over the records' own tables, read for the page's ids only: one statement for a page, whatever
types it holds (on a server each statement is a round trip), and one more for the further passages when
some record needs them.
"""

from __future__ import annotations

import json
import operator
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from model import dates, i18n
from model.i18n import Words
from model.store.sqlrun import Reader, text_rows


@dataclass(frozen=True)
class PageText:
    """What a page of results shows besides its rows: each record's passages (in the order a snippet prefers
    them), its title in the interface's language where it has one, and each round's label."""

    #: The passages of each record, by id: its own text, its cited passages, then its citations' notes.
    passages: dict[str, list[str]]
    #: Titles in the interface's language, for the records (not rounds) that have one.
    titles: dict[str, str]
    #: A label for each round (see :func:`round_label`).
    labels: dict[str, str]


def page_text(conn: Reader, records: Sequence[tuple[str, str]], lang: str) -> PageText:
    """The passages, titles and round labels of a page of (id, type) records, read in one statement.

    One UNION ALL of the texts each type keeps (a meeting's fields and agenda items, a round's with its
    process, a process's, an outcome's, a forum's), the records' names in other languages (and their rounds'
    processes', for the labels) and their citations, each row (part, record id, order, four values): on a
    server every statement is a round trip, so a page costs one whatever types it holds. The rows are kept
    narrow (a name gives a row a field), as SQLite's driver takes longer over every column of every row.
    """
    if not records:
        return PageText({}, {}, {})
    by_kind = _by_kind(records)
    marks = _Marks([rid for rid, _kind in records])
    parts = [_PARTS[kind].format(ids=marks.of(ids)) for kind, ids in by_kind.items() if kind in _PARTS]
    everyone = marks.of([rid for rid, _kind in records])
    parts += [_NAMES.format(ids=everyone), _CITATIONS.format(ids=everyone)]
    if rounds := by_kind.get("round"):
        parts.append(_PROCESS_NAMES.format(ids=marks.of(rounds)))
    found = _grouped(text_rows(conn, " UNION ALL ".join(parts), marks.params))
    return PageText(
        _passages(by_kind, found),
        _titles([rid for rid, kind in records if kind != "round"], found, lang),
        _labels(rounds or [], found, lang),
    )


def _passages(by_kind: dict[str, list[str]], found: _Rows) -> dict[str, list[str]]:
    """Each record's passages from the rows of :func:`page_text`, in the order a snippet prefers them."""
    lead: dict[str, list[str]] = {rid: [] for ids in by_kind.values() for rid in ids}
    tail: dict[str, list[str]] = {rid: [] for rid in lead}
    none: list[Any] = []
    for rid in by_kind.get("meeting", ()):
        for _p, _r, _k, description, sidelines, city, country in found.get(("meeting", rid), none):
            _add(lead, rid, description, _venue(city, country), sidelines)
        for _p, _r, _k, title, description, _, _ in found.get(("agenda", rid), none):
            _add(lead, rid, f"{title}: {description}" if description else title)
    for rid in by_kind.get("round", ()):
        for _p, _r, _k, description, city, country, _ in found.get(("round", rid), none):
            _add(lead, rid, description, _venue(city, country))
    for rid in by_kind.get("process", ()):
        for _p, _r, _k, goal, description, _, _ in found.get(("process", rid), none):
            _add(lead, rid, description, goal)
    for rid in by_kind.get("outcome", ()):
        for _p, _r, _k, description, period, _, _ in found.get(("outcome", rid), none):
            _add(lead, rid, description, f"Period covered: {dates.human(period)}" if period else "")
    for rid in by_kind.get("forum", ()):
        for _p, _r, _k, description, abbreviation, aliases, _ in found.get(("forum", rid), none):
            names = [n for n in (abbreviation, *_names(aliases)) if n]
            _add(lead, rid, description, "Also called " + "; ".join(names) if names else "")
    for rid in lead:
        for _p, _r, key, _lang, text, _, _ in found.get(("name", rid), none):
            if key % _NAME_FIELDS != _AGENDA:
                _add(lead, rid, text)
                continue
            items = [(a.get("title"), a.get("description")) for a in _objects(text)]
            _add(lead, rid, *(f"{t}: {d}" if d else t for t, d in items))
        for _p, _r, _k, quote, note, _, _ in found.get(("citation", rid), none):
            _add(lead, rid, quote)
            _add(tail, rid, note)
    return {rid: _unique([*lead[rid], *tail[rid]]) for rid in lead}


#: Rows by (part, record id), in their order.
_Rows = dict[tuple[str, str], list[Any]]


def _grouped(rows: list[Any]) -> _Rows:
    """The rows of a UNION of parts by (part, record id), each group in the record's order: rows whose first
    columns are those two and a sort key. Sorted here, a few rows at a time: an ORDER BY over the
    UNION made SQLite sort every part's rows, texts and all, and took longer than the reads themselves."""
    found: _Rows = {}
    for row in rows:
        key = (row[0], row[1])
        same = found.get(key)
        if same is None:
            found[key] = [row]
        else:
            same.append(row)
    for same in found.values():
        if len(same) > 1:
            same.sort(key=_ORDER)
    return found


_ORDER = operator.itemgetter(2)


def _titles(ids: Sequence[str], found: _Rows, lang: str) -> dict[str, str]:
    """The titles (or names) these records have in ``lang`` (their best-matching language), for those that do."""
    best: dict[str, tuple[int, str]] = {}
    for rid in ids:
        for tag, _city, title in _names_of(found.get(("name", rid), ())):
            score = i18n.language_match(str(tag), lang)
            if title and score > best.get(rid, (0, ""))[0]:
                best[rid] = (score, str(title))
    return {rid: title for rid, (_score, title) in best.items()}


def _labels(rounds: Sequence[str], found: _Rows, lang: str) -> dict[str, str]:
    """A label for each round, its city and process named in ``lang`` where they have names in it."""
    out = {}
    for rid in rounds:
        for _p, _r, _k, _description, city, _country, number in found.get(("round", rid), ()):
            for _p, _r, _k, process, process_id, _, _ in found.get(("round process", rid), ()):
                city = _best_name(found.get(("name", rid), ()), lang)[0] or city
                names = found.get(("name", process_id)) or found.get(("process name", process_id)) or []
                process = _best_name(names, lang)[1] or process
                out[rid] = round_label(number, city, process)
    return out


def round_label(number: Any, city: str | None, process: str | None) -> str:
    """A title for a round that tells it from its siblings at once: "Round 3 — Jakarta · <process>".

    A round's own title starts with its process's ("EAS consultations on …: round 3 — Jakarta"), so
    in a list of rounds every title reads the same as far as a narrow column shows.
    """
    where = f" — {city}" if city else ""
    words = SearchWords.tr("Round {number}").format(number=number) + where
    return f"{words} · {process}" if process else words


class SearchWords(Words):
    """The words of a search result's label, in the interface's language."""


def _best_name(rows: Iterable[Any], lang: str) -> tuple[str | None, str | None]:
    """(city, title) of a record's name in its best-matching language for ``lang``, or (None, None)."""
    best: tuple[int, str | None, str | None] = (0, None, None)
    for tag, city, title in _names_of(rows):
        score = i18n.language_match(str(tag), lang)
        if score > best[0]:
            best = (score, city, title)
    return best[1], best[2]


def _names_of(rows: Iterable[Any]) -> list[tuple[str, str | None, str | None]]:
    """(language, city, title) of each of a record's names, in their order, from its rows of names' fields."""
    names: dict[int, list[Any]] = {}
    for _p, _r, key, tag, text, _, _ in rows:
        name = names.setdefault(key // _NAME_FIELDS, [tag, None, None])
        if key % _NAME_FIELDS == _CITY:
            name[1] = text
        elif key % _NAME_FIELDS == _TITLE:
            name[2] = text
    return [(tag, city, title) for tag, city, title in names.values()]


def more_passages(conn: Reader, records: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """Further passages, read only for records whose first passages hold none of the query's words: the
    topics of a meeting's agenda items (a word may be only in a topic's label), heads of delegation, a
    forum's key figures (one statement for them all)."""
    by_kind = _by_kind(records)
    out: dict[str, list[str]] = {rid: [] for ids in by_kind.values() for rid in ids}
    marks = _Marks(list(out))
    parts = []
    if ids := by_kind.get("meeting"):
        parts += [_AGENDA_TOPICS.format(ids=marks.of(ids)), _DELEGATIONS.format(ids=marks.of(ids))]
    if ids := by_kind.get("forum"):
        parts.append(_FIGURES.format(ids=marks.of(ids)))
    if not parts:
        return out
    found = _grouped(text_rows(conn, " UNION ALL ".join(parts), marks.params))
    for rid in by_kind.get("meeting", ()):
        topics: dict[int, tuple[str, list[str]]] = {}  # by agenda item, in agenda order
        for _p, _r, key, title, label, _, _ in found.get(("topic", rid), ()):
            topics.setdefault(key // _TIES, (title, []))[1].append(str(label))
        for title, labels in topics.values():
            _add(out, rid, f"{title} (topics: {', '.join(labels)})")
        for _p, _r, _k, country, organisation, head_title, head in found.get(("delegation", rid), ()):
            who = " ".join(x for x in (head_title, head) if x)
            _add(out, rid, f"{country or organisation}: {who}" if who else "")
    for rid in by_kind.get("forum", ()):
        for _p, _r, _k, label, value, _, _ in found.get(("figure", rid), ()):
            _add(out, rid, f"{label}: {value}")
    return out


class _Marks:
    """Each id bound once (``:id0``, ``:id1`` …), for statements that name some of them in several places."""

    def __init__(self, ids: Sequence[str]) -> None:
        self.names = {rid: f"id{i}" for i, rid in enumerate(dict.fromkeys(ids))}
        self.params = {name: rid for rid, name in self.names.items()}

    def of(self, ids: Iterable[str]) -> str:
        return ", ".join(f":{self.names[rid]}" for rid in ids)


def _by_kind(records: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    by_kind: dict[str, list[str]] = {}
    for rid, kind in records:
        by_kind.setdefault(kind, []).append(rid)
    return by_kind


def _add(to: dict[str, list[str]], rid: str, *texts: Any) -> None:
    """The texts that say something (not empty, not only spaces), as text, after the record's others."""
    found = to[rid]
    for t in texts:  # a loop, not a generator: a page adds a few hundred texts, most of them plain strings
        if t:
            text = t if type(t) is str else str(t)
            if text.strip():
                found.append(text)


def _venue(city: str | None, country: str | None) -> str:
    place = ", ".join(x for x in (city, country) if x)
    return SearchWords.tr("Venue: {place}").format(place=place) if place else ""


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


# Every row of page_text is (part, record id, sort key, then four values, text or NULL): a record's rows of a part
# sort by the key: its position, then for ties (citations of several fields at one position) the order written.
_PARTS = {
    "meeting": "SELECT 'meeting', m.id, 0, m.description, m.sidelines, m.city, c.name "
    "FROM meeting m LEFT JOIN country c ON c.id = m.country_id WHERE m.id IN ({ids}) "
    "UNION ALL SELECT 'agenda', a.meeting_id, a.position, a.title, a.description, NULL, NULL "
    "FROM agenda_item a WHERE a.meeting_id IN ({ids})",
    # A round's label names its number and process beside its own text.
    "round": "SELECT 'round', r.id, 0, r.description, r.city, c.name, CAST(r.number AS TEXT) "
    "FROM round r LEFT JOIN country c ON c.id = r.country_id WHERE r.id IN ({ids}) "
    "UNION ALL SELECT 'round process', r.id, 0, p.title, p.id, NULL, NULL "
    "FROM round r LEFT JOIN process p ON p.id = r.process_id WHERE r.id IN ({ids})",
    "process": "SELECT 'process', id, 0, goal, description, NULL, NULL FROM process WHERE id IN ({ids})",
    "outcome": "SELECT 'outcome', id, 0, description, period, NULL, NULL FROM outcome WHERE id IN ({ids})",
    "forum": "SELECT 'forum', id, 0, description, abbreviation, CAST(aliases AS TEXT), NULL FROM forum "
    "WHERE id IN ({ids})",
}
#: A name's fields, each a row keyed position * _NAME_FIELDS + field, in the order its words follow the record's.
_NAME_FIELDS, _TITLE, _CITY, _AGENDA = 8, 0, 3, 5
_FIELDS = (
    f"CROSS JOIN (SELECT {_TITLE} AS k UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT {_CITY} "
    f"UNION ALL SELECT 4 UNION ALL SELECT {_AGENDA}) f"
)
_FIELD = (
    f"CASE f.k WHEN {_TITLE} THEN n.title WHEN 1 THEN n.description WHEN 2 THEN n.goal WHEN {_CITY} THEN n.city "
    "WHEN 4 THEN n.sidelines ELSE CAST(n.agenda AS TEXT) END"
)
#: The records' names in other languages: their titles there, and their words after their own.
_NAMES = (
    f"SELECT 'name', n.record_id, n.position * {_NAME_FIELDS} + f.k, n.lang, {_FIELD}, NULL, NULL "
    f"FROM record_name n {_FIELDS} WHERE n.record_id IN ({{ids}})"
)
#: The names of rounds' processes, for the rounds' labels only (their words are not the round's passages).
_PROCESS_NAMES = (
    f"SELECT 'process name', n.record_id, n.position * {_NAME_FIELDS} + f.k, n.lang, {_FIELD}, NULL, NULL "
    f"FROM round rd JOIN record_name n ON n.record_id = rd.process_id {_FIELDS} "
    f"WHERE rd.id IN ({{ids}}) AND f.k IN ({_TITLE}, {_CITY})"
)
#: Positions and the order written in one sort key.
_TIES = 2**32
# A passage cited by offsets only (no quote) is read from its source: only that passage, never the whole text.
# The names' citations are not passages of the record.
_CITATIONS = (
    f"SELECT 'citation', c.record_id, c.position * {_TIES} + c.pk, "
    'COALESCE(c.quote, substr(s.text, c.start + 1, c."end" - c.start)), c.note, NULL, NULL '
    "FROM citation c LEFT JOIN source s ON s.id = c.source_id "
    "WHERE c.record_id IN ({ids}) AND c.path NOT LIKE 'names/%'"
)

# Every row of more_passages: (part, record id, sort key, then four values), as page_text's.
_AGENDA_TOPICS = (
    f"SELECT 'topic', a.meeting_id, a.position * {_TIES} + t.position, a.title, tp.label, NULL, NULL "
    "FROM agenda_item a JOIN agenda_topic t ON t.agenda_item_pk = a.pk JOIN topic tp ON tp.id = t.topic_id "
    "WHERE a.meeting_id IN ({ids})"
)
_DELEGATIONS = (
    f"SELECT 'delegation', p.meeting_id, p.position * {_TIES} + p.pk, c.name, p.organisation, p.head_title, p.head "
    "FROM participant p LEFT JOIN country c ON c.id = p.country_id WHERE p.meeting_id IN ({ids}) "
    "AND p.head IS NOT NULL"
)
_FIGURES = "SELECT 'figure', forum_id, position, label, value, NULL, NULL FROM figure WHERE forum_id IN ({ids})"
