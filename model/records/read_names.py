"""A record's view in a language: its words in that language (a data file's ``names``) where it has them.

The view is read as ever (:mod:`model.records.read_views`), then each of its words that the record, or a record
it links to, has in the language is put in the original's place: the title, description, city, agenda items,
participants, other names, and every link's title (so a meeting's forum, host country and outcomes read in the
language too). What has no name in the language stays as it was. The names' own citations (``names/<lang>``,
such as a general-knowledge note on a translation) become notes of the record, after its others.

A language is matched by its tag, else by its first part: the interface's "ru" finds names tagged "ru-RU".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import fields, is_dataclass, replace
from typing import Any, NamedTuple

from model import i18n
from model.i18n import Words
from model.records.reading import (
    NAMES_PATH,
    Run,
    by_path,
    chunks,
    cites_of,
    json_list,
    note_of,
    other_names,
    plain,
    query,
)
from model.records.views import Fact, Note, RecordView, Ref


class NameRow(NamedTuple):
    record_id: str
    lang: str
    title: str | None
    abbreviation: str | None
    aliases: Any
    publisher: str | None
    city: str | None
    goal: str | None
    description: str | None
    sidelines: str | None
    figures: Any
    participants: Any
    agenda: Any


NAMES = query("names", NameRow)


class RoundRow(NamedTuple):
    id: str
    number: int
    city: str | None
    process_id: str


ROUNDS = query("round_names", RoundRow)


class VenueRow(NamedTuple):
    id: str
    city: str | None
    country_id: str | None
    country_title: str | None


VENUES = query("venues", VenueRow)


class NameText(Words):
    """How a record without a title of its own is named in the interface's language."""


def names_in(run: Run, ids: Iterable[str], lang: str) -> dict[str, NameRow]:
    """Each record's names in ``lang`` (the best match of its languages), for those that have them."""
    wanted = list(dict.fromkeys(ids))
    best: dict[str, tuple[int, NameRow]] = {}
    for chunk in chunks(wanted):
        for row in NAMES(run, ids=list(chunk)):
            score = i18n.language_match(row.lang, lang)
            if score and score > best.get(row.record_id, (0, row))[0]:
                best[row.record_id] = (score, row)
    return {rid: row for rid, (_score, row) in best.items()}


def in_language(run: Run, views: Mapping[str, RecordView], lang: str) -> dict[str, RecordView]:
    """The views with their words, and their links' titles, in ``lang`` where the records have them."""
    linked = {r.id: r.type for view in views.values() for r in _refs(view)}
    rounds = [rid for rid, kind in {**linked, **{v.id: v.type for v in views.values()}}.items() if kind == "round"]
    parts = [r for chunk in chunks(rounds) for r in ROUNDS(run, ids=list(chunk))]
    listed = list(dict.fromkeys(r.record.id for view in views.values() for r in _listed(view)))
    venues = [v for chunk in chunks(listed) for v in VENUES(run, ids=list(chunk))]
    countries = [v.country_id for v in venues if v.country_id]
    names = names_in(run, [*views, *linked, *(r.process_id for r in parts), *countries], lang)
    if not names:
        return dict(views)
    titles = {rid: n.title for rid, n in names.items() if n.title}
    titles.update(_round_titles(parts, names))
    places = _venue_words(venues, names)
    cites = cites_of(run, [rid for rid in views if rid in names], names_too=True)
    return {rid: _localised(view, names.get(rid), titles, cites.get(rid, []), places) for rid, view in views.items()}


def _listed(view: RecordView) -> Iterable[Any]:
    """The rows of the view's listings that stand for a round or a meeting (whose venue a column shows)."""
    for table in view.tables:
        for row in table.rows:
            if row.record is not None and row.record.type in ("round", "meeting"):
                yield row


def _venue_words(venues: Sequence[VenueRow], names: Mapping[str, NameRow]) -> dict[str, str]:
    """Each listed venue as written ("Jakarta, Indonesia") with its words in the language ("Джакарта, Индонезия"),
    where the round or meeting has its city there, or its country a name."""
    out = {}
    for v in venues:
        mine, country = names.get(v.id), names.get(v.country_id or "")
        city = (mine.city if mine is not None else None) or v.city
        country_title = (country.title if country is not None else None) or v.country_title
        old = ", ".join(x for x in (v.city, v.country_title) if x)
        new = ", ".join(x for x in (city, country_title) if x)
        if old and new != old:
            out[old] = new
    return out


def _round_titles(rounds: Sequence[RoundRow], names: Mapping[str, NameRow]) -> dict[str, str]:
    """Rounds' titles in the language, made as their original is ("<process>: round 3 — <city>"), where their
    process or they have names there."""
    out = {}
    for r in rounds:
        process, mine = names.get(r.process_id), names.get(r.id)
        if (process is None or not process.title) and (mine is None or not mine.city):
            continue
        title = (process.title if process is not None else None) or ""
        city = (mine.city if mine is not None else None) or r.city
        if not title:
            continue  # the process's original title would mix languages in one title: keep the original
        out[r.id] = (
            title + ": " + NameText.tr("round {number}").format(number=r.number) + (f" — {city}" if city else "")
        )
    return out


def _refs(value: Any) -> Iterable[Ref]:
    if isinstance(value, Ref):
        yield value
    elif isinstance(value, tuple):
        for v in value:
            yield from _refs(v)
    elif is_dataclass(value) and not isinstance(value, type):
        for f in fields(value):
            yield from _refs(getattr(value, f.name))


def _swapped(value: Any, ref: Callable[[Ref], Ref], words: Mapping[str, str]) -> Any:
    """``value`` with every link passed through ``ref`` and every text that is a key of ``words`` replaced."""
    if isinstance(value, str):
        return words.get(value, value)
    if isinstance(value, Ref):
        return ref(value)
    if isinstance(value, tuple):
        return tuple(_swapped(v, ref, words) for v in value)
    if is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in fields(value):
            old = getattr(value, f.name)
            new = _swapped(old, ref, words)
            if new is not old and new != old:
                changes[f.name] = new
        return replace(value, **changes) if changes else value
    return value


def _words(view: RecordView, n: NameRow) -> dict[str, str]:
    """The record's own texts, as its view holds them, with the text in the language for each."""
    out: dict[str, str] = {}

    def put(old: str | None, new: str | None) -> None:
        if old and new and old != new:
            out[old] = new

    put(view.title, n.title)
    for name in ("name", "abbreviation", "publisher", "city", "goal", "description", "sidelines"):
        put(getattr(view, name, None), getattr(n, name if name != "name" else "title"))
    for text in view.texts:  # a forum's or topic's description is only a text of its view
        put(text.text, {"summary": n.description, "description": n.description, "sidelines": n.sidelines}.get(text.key))
    city = getattr(view, "city", None)
    if city and n.city:
        put(f"{city}, ", f"{n.city}, ")  # the city before the country in a venue
    for old_item, new_item in zip(getattr(view, "agenda", ()), json_list(n.agenda), strict=False):
        put(old_item.title, new_item.get("title"))
        put(old_item.description, new_item.get("description"))
    for old_person, new_person in zip(getattr(view, "participants", ()), json_list(n.participants), strict=False):
        put(old_person.organisation, new_person.get("organisation"))
        put(old_person.head, new_person.get("head"))
        put(old_person.head_title, new_person.get("head_title"))
        old_line = " ".join(t for t in (old_person.head_title, old_person.head) if t)
        new_line = " ".join(
            t
            for t in (new_person.get("head_title") or old_person.head_title, new_person.get("head") or old_person.head)
            if t
        )
        put(f": {old_line}", f": {new_line}")  # a head of delegation, after the country
    return out


def _localised(
    view: RecordView, n: NameRow | None, titles: Mapping[str, str], cites: Sequence[Any], places: Mapping[str, str]
) -> RecordView:
    def ref(r: Ref) -> Ref:
        title = titles.get(r.id)
        return replace(r, title=title) if title and title != r.title else r

    words = _words(view, n) if n is not None else {}
    if view.id in titles:  # a title made of others' names (a round's)
        words.setdefault(view.title, titles[view.id])
    # A link's title where a text shows it (a subtitle naming the forum, a listing's first cell).
    for r in _refs(view):
        if r.id in titles and r.id != view.id:
            words.setdefault(r.title, titles[r.id])
    for place, there in places.items():  # a listing's venue column
        words.setdefault(place, there)
    out = _swapped(view, ref, words)
    # A subtitle joins names with the kind or level ("ARF · Security forum"): each piece in the language.
    out = replace(out, subtitle=" · ".join(words.get(p, p) for p in view.subtitle.split(" · ")))
    if n is not None:
        out = _other_names(out, view, n)
        out = _figures(out, json_list(n.figures))
        venue = out.fact("venue")
        if venue is not None:
            out = replace(out, venue=plain(venue.parts))
        out = _with_notes(out, by_path(cites).get(NAMES_PATH + n.lang, []))
    return out


def _figures(view: RecordView, figures: Sequence[Any]) -> RecordView:
    """A forum's key figures (facts ``figure/<position>``) with their label and value in the language."""
    if not figures:
        return view

    def named(f: Fact) -> Fact:
        position = f.key.removeprefix("figure/")
        if not position.isdigit() or int(position) >= len(figures) or not isinstance(figures[int(position)], dict):
            return f
        figure = figures[int(position)]
        text = f.text
        when = text[text.rfind(" (") :] if text.endswith(")") and " (" in text else ""  # "(as of …)" stays
        value = figure.get("value")
        return replace(f, label=figure.get("label") or f.label, parts=(f"{value}{when}",) if value else f.parts)

    return replace(view, facts=tuple(named(f) if f.key.startswith("figure/") else f for f in view.facts))


def _other_names(out: RecordView, view: RecordView, n: NameRow) -> RecordView:
    """Other names in the language first, then the original name and its other names."""
    if not hasattr(view, "aliases") or not (n.title or n.aliases):
        return out
    ours = [a.get("name", "") if isinstance(a, dict) else str(a) for a in json_list(n.aliases)]
    names = other_names(out.title, [*ours, view.title, *view.aliases], getattr(out, "abbreviation", None))
    facts = tuple(replace(f, parts=("; ".join(names),)) if f.key == "aliases" else f for f in out.facts)
    return replace(out, aliases=names, facts=facts)  # type: ignore[call-arg]


def _with_notes(view: RecordView, cites: Sequence[Any]) -> RecordView:
    """The names entry's citations as notes of the record (a passage already noted keeps its number)."""
    if not cites:
        return view
    notes = list(view.notes)
    seen = {
        (n.source.id if n.source else None, n.quote, n.start, n.end, n.paragraph, n.basis, n.comment): n.number
        for n in notes
    }
    cited = list(view.cited)
    for c in cites:
        note: Note = note_of(len(notes) + 1, c)
        key = (
            note.source.id if note.source else None,
            note.quote,
            note.start,
            note.end,
            note.paragraph,
            note.basis,
            note.comment,
        )
        number = seen.get(key)
        if number is None:
            notes.append(note)
            number = seen[key] = note.number
        if number not in cited:
            cited.append(number)
    return replace(view, notes=tuple(notes), cited=tuple(cited))
