"""Field filters: what ``forum:ARF``, ``country:Laos`` or ``date:2013-11..2016-06`` mean in SQL.

Values are compared in the index's normal forms (:mod:`model.text.normalize`: case, accents, English
endings and Russian inflections folded) with what the database holds (forum ids, abbreviations, names and
aliases in any language; country names, ISO codes and aliases; topic ids and labels …), so
``country:России`` finds the country with the alias *Россия*, and the fixed values have Russian words too
(:mod:`model.search.vocabulary`). They are then rendered as SQL conditions on the ``record`` table (alias
``r``) with every value a bound parameter. A value that matches nothing gives a hint naming what would, and
matches no record.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from model import dates
from model.search import vocabulary
from model.search.parser import SearchHint
from model.store import schema_facts as facts
from model.store.backend import SearchSql
from model.store.sqlrun import Reader, text_rows
from model.text.normalize import index_text, name_keys


def names_match(stored: str, typed: str) -> bool:
    """Whether a name typed in a filter names a value the database holds, as the filter would read it ("arf"
    names "ARF", "laos" "Laos", "meetings" "meeting")."""
    return index_text(stored) in name_keys(typed)


class Binder:
    """Hands out bound-parameter names; user text only ever travels as a parameter value."""

    def __init__(self) -> None:
        self.params: dict[str, Any] = {}

    def __call__(self, value: Any) -> str:
        return f":{self.name(value)}"

    def name(self, value: Any) -> str:
        """The name of a new parameter holding ``value`` (without the colon)."""
        name = f"p{len(self.params)}"
        self.params[name] = value
        return name

    def many(self, values: Iterable[Any]) -> str:
        return "(" + ", ".join(self(v) for v in values) + ")"


@dataclass(frozen=True)
class Resolved:
    """A field filter as SQL over ``record r``, or :data:`NOTHING` with a hint when its value matches nothing."""

    sql: str
    hint: str | None = None


#: The SQL conditions that hold for every row and for none (SQL's own words, which every backend reads).
EVERYTHING, NOTHING = "TRUE", "FALSE"


def _linked(kind_sql: dict[str, str]) -> str:
    """Records whose type table row satisfies a condition: ``r.id IN`` one UNION of per-type subqueries.

    One list to probe per row (not one per type), and SQLite can drive the query from it through the
    unique index on ``record.id`` when it is small.
    """
    return "r.id IN (" + " UNION ALL ".join(kind_sql.values()) + ")"


class FieldResolver:
    """Resolves field values through one reader (see :meth:`model.store.database.Database.reader`); look-ups are
    cached for the query's lifetime."""

    def __init__(self, conn: Reader, index: SearchSql) -> None:
        self.conn = conn
        self.index = index
        self._cache: dict[str, Any] = {}

    def _rows(self, key: str, sql: str) -> list[tuple[Any, ...]]:
        if key not in self._cache:
            self._cache[key] = [tuple(r) for r in text_rows(self.conn, sql)]
        rows: list[tuple[Any, ...]] = self._cache[key]
        return rows

    def resolve(self, name: str, value: str, bind: Binder) -> Resolved:
        """The SQL condition for ``name:value``; alternatives separated by ``|`` are OR-ed."""
        handler: Callable[[list[str], Binder], Resolved] = getattr(self, f"_{name.replace('-', '_')}")
        values = [v.strip() for v in value.split("|") if v.strip()]
        if not values:
            return Resolved(NOTHING, SearchHint.tr("{field}: needs a value.").format(field=name))
        return handler(values, bind)

    # --- names looked up in the database -------------------------------------------------------------

    def _names(self, key: str, sql: str, values: list[str], word_match: bool = False) -> tuple[list[str], list[str]]:
        """Ids with a name (or id) that reads as one of the values, and the values that matched nothing.

        With ``word_match``, a value also matches the names it is a run of words of ("piracy" names
        "Maritime piracy").
        """
        table = self._name_table(key, sql)
        found: list[str] = []
        missing: list[str] = []
        for v in values:
            keys = name_keys(v)
            ids = {i for k in keys for i in table.get(k, ())}
            if not ids and word_match:
                ids = {i for name, s in table.items() for k in keys if f" {k} " in f" {name} " for i in s}
            if ids:
                found.extend(sorted(ids))
            else:
                missing.append(v)
        return found, missing

    def _name_table(self, key: str, sql: str) -> dict[str, set[str]]:
        """Every id of ``sql``'s rows by each of its names and aliases, read in the index's forms."""
        if f"{key}:names" not in self._cache:
            table: dict[str, set[str]] = {}
            for rid, *names in self._rows(key, sql):
                for n in (rid, *names):
                    for alias in _alias_names(n):
                        if words := index_text(alias):
                            table.setdefault(words, set()).add(rid)
            self._cache[f"{key}:names"] = table
        named: dict[str, set[str]] = self._cache[f"{key}:names"]
        return named

    def _examples(self, key: str, sql: str) -> str:
        names = sorted({str(r[1]) for r in self._rows(key, sql) if r[1]})
        more = " …" if len(names) > 8 else ""
        return ", ".join(names[:8]) + more

    def _forum(self, values: list[str], bind: Binder) -> Resolved:
        sql = (
            "SELECT f.id, f.abbreviation, f.name, f.aliases, n.abbreviation, n.title, n.aliases FROM forum f "
            "LEFT JOIN record_name n ON n.record_id = f.id"
        )
        ids, missing = self._names("forum", sql, values)
        if missing:
            hint = SearchHint.tr("No forum called '{name}'. Try: {examples}.")
            return Resolved(NOTHING, hint.format(name=missing[0], examples=self._examples("forum", sql)))
        f = bind.many(ids)
        return Resolved(
            _linked(
                {
                    "forum": f"SELECT id FROM forum WHERE id IN {f}",
                    "meeting": f"SELECT id FROM meeting WHERE forum_id IN {f}",
                    "process": f"SELECT id FROM process WHERE forum_id IN {f}",
                    "round": f"SELECT rd.id FROM round rd JOIN process p ON p.id = rd.process_id "
                    f"WHERE p.forum_id IN {f}",
                    "outcome": f"SELECT o.id FROM outcome o JOIN meeting m ON m.id = o.meeting_id "
                    f"WHERE m.forum_id IN {f}",
                }
            )
        )

    def _country(self, values: list[str], bind: Binder) -> Resolved:
        sql = (
            "SELECT c.id, c.name, c.code, c.alpha3, c.aliases, n.title, n.aliases FROM country c "
            "LEFT JOIN record_name n ON n.record_id = c.id"
        )
        ids, missing = self._names("country", sql, values)
        if missing:
            hint = SearchHint.tr("No country called '{name}'. Try a name or ISO code: {examples}.")
            return Resolved(NOTHING, hint.format(name=missing[0], examples=self._examples("country", sql)))
        return Resolved(self._venue("country_id", bind.many(ids)))

    def _topic(self, values: list[str], bind: Binder) -> Resolved:
        sql = "SELECT t.id, t.label, n.title FROM topic t LEFT JOIN record_name n ON n.record_id = t.id"
        ids, missing = self._names("topic", sql, values, word_match=True)
        if missing:
            hint = SearchHint.tr("No topic called '{name}'. Try: {examples}.")
            return Resolved(NOTHING, hint.format(name=missing[0], examples=self._examples("topic", sql)))
        return Resolved(
            "r.id IN (SELECT ai.meeting_id FROM agenda_item ai JOIN agenda_topic at "
            f"ON at.agenda_item_pk = ai.pk WHERE at.topic_id IN {bind.many(ids)})"
        )

    def _venue(self, column: str, values_sql: str) -> str:
        """Meetings and rounds held there, and outcomes of meetings held there."""
        return _linked(
            {
                "meeting": f"SELECT id FROM meeting WHERE {column} IN {values_sql}",
                "round": f"SELECT id FROM round WHERE {column} IN {values_sql}",
                "outcome": f"SELECT o.id FROM outcome o JOIN meeting m ON m.id = o.meeting_id "
                f"WHERE m.{column} IN {values_sql}",
            }
        )

    # --- values matched against the distinct values stored ------------------------------------------

    def _distinct(self, key: str, sql: str) -> list[str]:
        return [str(r[0]) for r in self._rows(key, sql) if r[0] is not None]

    def _city(self, values: list[str], bind: Binder) -> Resolved:
        # Each city as stored, under its own name and its names in other languages ("Вьентьян").
        pairs = [
            (str(r[0]), str(r[1]))
            for r in self._rows(
                "city",
                "SELECT city, city FROM meeting UNION SELECT city, city FROM round UNION "
                "SELECT x.city, n.city FROM record_name n JOIN meeting x ON x.id = n.record_id "
                "WHERE n.city IS NOT NULL UNION "
                "SELECT x.city, n.city FROM record_name n JOIN round x ON x.id = n.record_id WHERE n.city IS NOT NULL",
            )
            if r[0] is not None
        ]
        named = [(city, f" {index_text(name)} ") for city, name in pairs]
        chosen: list[str] = []
        for v in values:
            keys = name_keys(v)
            exact = [c for c, name in named if name.strip() in keys]
            chosen.extend(exact or [c for c, name in named if any(f" {k} " in name for k in keys)])
        if not chosen:
            hint = SearchHint.tr("No meeting or round was held in a city called '{name}'.")
            return Resolved(NOTHING, hint.format(name=values[0]))
        return Resolved(self._venue("city", bind.many(sorted(set(chosen)))))

    def _status(self, values: list[str], bind: Binder) -> Resolved:
        statuses = self._distinct(
            "status",
            "SELECT status FROM meeting UNION SELECT status FROM round UNION SELECT status FROM outcome",
        )
        named = {m for v in values for m in vocabulary.meanings(vocabulary.STATUS_WORDS, v, statuses)}
        chosen = [s for s in statuses if s in named]
        if not chosen:
            hint = SearchHint.tr("No record has the status '{name}'. Try: {examples}.")
            return Resolved(NOTHING, hint.format(name=values[0], examples=", ".join(sorted(statuses))))
        s = bind.many(chosen)
        return Resolved(
            _linked(
                {
                    "meeting": f"SELECT id FROM meeting WHERE status IN {s}",
                    "round": f"SELECT id FROM round WHERE status IN {s}",
                    "outcome": f"SELECT id FROM outcome WHERE status IN {s}",
                }
            )
        )

    def _level(self, values: list[str], bind: Binder) -> Resolved:
        levels = self._distinct("level", "SELECT DISTINCT level FROM meeting")
        named = {m for v in values for m in vocabulary.meanings(vocabulary.LEVEL_WORDS, v, levels)}
        chosen = [lv for lv in levels if lv in named]
        if not chosen:
            hint = SearchHint.tr("No meeting is at the level '{name}'. Try: {examples}.")
            return Resolved(NOTHING, hint.format(name=values[0], examples=", ".join(sorted(levels))))
        return Resolved(f"r.id IN (SELECT id FROM meeting WHERE level IN {bind.many(chosen)})")

    def _type(self, values: list[str], bind: Binder) -> Resolved:
        kinds = [vocabulary.meanings(vocabulary.TYPE_WORDS, v) for v in values]
        if not all(kinds):
            bad = values[kinds.index(set())]
            return Resolved(
                NOTHING,
                SearchHint.tr(
                    "type: is one of meeting, round, outcome, forum, process, or in Russian встреча, раунд, "
                    "документ, форум, процесс (not '{name}')."
                ).format(name=bad),
            )
        # "+": never the index on type (it matches a large share of rows); the date order or another filter drives.
        return Resolved(f"{self.index.unindexed('r.type')} IN {bind.many(sorted(set().union(*kinds)))}")

    # --- dates ----------------------------------------------------------------------------------------

    def _year(self, values: list[str], bind: Binder) -> Resolved:
        return self._dates(values, bind, "year", re.compile(r"\d{4}(\.\.\d{4})?|\d{4}\.\.|\.\.\d{4}"))

    def _date(self, values: list[str], bind: Binder) -> Resolved:
        return self._dates(values, bind, "date", None)

    def _dates(self, values: list[str], bind: Binder, name: str, shape: re.Pattern[str] | None) -> Resolved:
        parts = []
        for v in values:
            bounds = date_range(v) if shape is None or shape.fullmatch(v) else None
            if bounds is None:
                if name == "year":
                    hint = SearchHint.tr("'{value}' is not a year the search understands; write {example}.")
                    example = "year:2014 | year:2013..2016"
                else:
                    hint = SearchHint.tr("'{value}' is not a date the search understands; write {example}.")
                    example = "date:2014-10 | date:2013-11..2016-06"
                return Resolved(NOTHING, hint.format(value=v, example=example.replace(" | ", SearchHint.tr(" or "))))
            lo, hi = bounds
            # Overlap, not containment: a round dated "2014-10" (Oct 1–31) matches year:2014 and
            # date:2014-09..2014-12; an undated record matches no date filter.
            parts.append(f"(r.date_lower <= {bind(hi)} AND r.date_upper >= {bind(lo)})")
        return Resolved(" OR ".join(parts))

    # --- revisions: who changed a record, and when ------------------------------------------------------

    def _changed(self, values: list[str], bind: Binder) -> Resolved:
        """Records with a revision in a range of days (``changed:2026-11..``), in UTC as revisions are."""
        parts = []
        for v in values:
            bounds = date_range(v)
            if bounds is None:
                hint = SearchHint.tr("'{value}' is not a date the search understands; write {example}")
                return Resolved(NOTHING, hint.format(value=v, example="changed:2026-11 or changed:2026-11-01.."))
            lo, hi = bounds
            # Revisions are stamped "2026-11-03T09:15:00Z": from the first day's start to the last day's end.
            parts.append(f"(v.at >= {bind(lo)} AND v.at <= {bind(hi + 'T99')})")
        return Resolved(f"r.id IN (SELECT v.record_id FROM revision v WHERE {' OR '.join(parts)})")

    def _changed_by(self, values: list[str], bind: Binder) -> Resolved:
        """Records someone changed (``changed-by:anna``): the author's name as revisions give it, any case."""
        authors = self._distinct("authors", "SELECT DISTINCT author FROM revision")
        wanted = {v.casefold() for v in values}
        chosen = sorted(a for a in authors if a.casefold() in wanted)
        if not chosen:
            if not authors:
                return Resolved(NOTHING, SearchHint.tr("Nobody has changed a record yet."))
            hint = SearchHint.tr("Nobody called '{name}' has changed a record. Changed by: {known}.")
            return Resolved(NOTHING, hint.format(name=values[0], known=", ".join(sorted(authors)[:8])))
        return Resolved(f"r.id IN (SELECT v.record_id FROM revision v WHERE v.author IN {bind.many(chosen)})")


def _alias_names(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str) and value.startswith("["):
        try:
            value = json.loads(value)
        except ValueError:
            return [value]
    if isinstance(value, list):
        return [str(a.get("name", "")) if isinstance(a, dict) else str(a) for a in value]
    return [str(value)]


def date_range(value: str) -> tuple[str, str] | None:
    """The (lower, upper) ISO bounds of ``A``, ``A..B``, ``A..`` or ``..B`` (EDTF dates), or None."""
    if ".." in value:
        first, _, last = value.partition("..")
    else:
        first = last = value
    try:
        lo = dates.parse(first).lower if first else dates.MIN_BOUND
        hi = dates.parse(last).upper if last else dates.MAX_BOUND
    except (dates.DateError, ValueError):
        return None
    if lo > hi:
        return None
    return lo, hi


# The record types a search returns (countries, topics and sources are looked up, not listed).
SEARCHABLE = facts.SEARCHABLE_TYPES
