"""The one view of a record: everything any output shows of it, as frozen value objects.

:func:`model.records.read_views.view_of` reads one record into one of the views below (and
:func:`~model.records.read_views.views_of` many, a batch at a time). The detail pane, the printed brief and
dossier, ``summitry show`` (text and ``--json``) and the CSV and calendar files render that object and read
nothing else, so they cannot disagree about a record's previous meeting, its agenda or its sources.

A view has two sides, made in one read:

- its structure, for files and programs: ids, dates as stored (EDTF) with their bounds, statuses as stored,
  links to other records (:class:`Ref`), the meeting's series neighbours, its agenda and participants;
- the same record in display form, for people: labelled :class:`Fact` rows, :class:`Text` passages,
  :class:`Table` listings, :class:`Related` records and numbered source :class:`Note` objects. Renderers
  show these generically, so a fact added to a type's view appears in every output without touching them.

Every cited passage is one note, numbered in the order a reader meets it (the record's own citations first,
then its facts, agenda and tables); parts point at notes by number. Nothing here imports SQLAlchemy or Qt:
the window's first screen renders a view before SQLAlchemy has loaded.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass
from typing import Any

from model.i18n import QT_TRANSLATE_NOOP, Words, code_phrase, translate
from model.records.fields import RECORD_TYPES, Kind


class RecordText(Words):
    """The words of a record's view (labels, headings, relations, types), in the interface's language."""


#: Statuses of a record that has not (yet) taken place or been adopted as of its source.
NOT_HELD = frozenset({"scheduled", "planned", "expected", "postponed"})
#: What each record type is called (a view's ``type_label``, a listing's "Type" column).
#: (English, as written; :func:`type_label` gives them in the interface's language.)
TYPE_LABELS = {
    "forum": QT_TRANSLATE_NOOP("RecordText", "Forum"),
    "meeting": QT_TRANSLATE_NOOP("RecordText", "Meeting"),
    "process": QT_TRANSLATE_NOOP("RecordText", "Process"),
    "round": QT_TRANSLATE_NOOP("RecordText", "Round"),
    "outcome": QT_TRANSLATE_NOOP("RecordText", "Outcome document"),
    "country": QT_TRANSLATE_NOOP("RecordText", "Country"),
    "topic": QT_TRANSLATE_NOOP("RecordText", "Topic"),
    "source": QT_TRANSLATE_NOOP("RecordText", "Source document"),
}


def type_label(record_type: str) -> str:
    """What a record type is called, in the interface's language ("Meeting", "Встреча")."""
    label = TYPE_LABELS.get(record_type)
    return translate("RecordText", label) if label else record_type


@dataclass(frozen=True)
class Ref:
    """A link to another record: its id, type and title, with its date as stored and as people read it."""

    id: str
    type: str
    title: str
    date: str | None = None
    status: str | None = None
    when: str = ""

    @property
    def label(self) -> str:
        """The title with the date after it, unless the title says it already ("… (autumn 2016)")."""
        return f"{self.title} ({self.when})" if self.when and self.when not in self.title else self.title

    @property
    def not_held(self) -> bool:
        return self.status in NOT_HELD

    @property
    def status_word(self) -> str:
        """The status as it follows the title: "scheduled", in Russian "запланирована" (a round's "запланирован")."""
        return code_phrase(self.status, self.type) if self.status else ""

    @property
    def type_label(self) -> str:
        return type_label(self.type)


#: A piece of a fact's value: display text, or a record it names (a renderer may link it).
Cell = str | Ref


@dataclass(frozen=True)
class Note:
    """A numbered source note: one cited passage (or one note on a fact's basis), however many facts cite it.

    ``citation`` is the key of the first citation of the passage (it opens the source at the passage) and
    ``record`` the id of the record that cites it (the view's own, or a part's such as a meeting's outcome);
    ``basis`` says why a note without a source is believed ("general knowledge"), and is "" for a source's.
    """

    number: int
    citation: int
    record: str
    source: Ref | None
    publisher: str
    url: str
    quote: str
    start: int | None
    end: int | None
    paragraph: int | None
    basis: str
    comment: str


@dataclass(frozen=True)
class Fact:
    """A labelled value in display form ("Date": "26 Jul 2016"), with the notes that support it.

    ``key`` names it for programs (``date``); ``parts`` are text and the records named in it, in order;
    ``attention`` marks a value a reader should not miss (a meeting not held yet).
    """

    key: str
    label: str
    parts: tuple[Cell, ...]
    notes: tuple[int, ...] = ()
    attention: bool = False

    @property
    def text(self) -> str:
        return "".join(p if isinstance(p, str) else p.title for p in self.parts)


@dataclass(frozen=True)
class Text:
    """A passage of prose: a summary, what happens on the sidelines, a source document's text."""

    key: str
    heading: str
    text: str
    notes: tuple[int, ...] = ()


@dataclass(frozen=True)
class AgendaItem:
    number: int
    title: str
    description: str
    topics: tuple[Ref, ...]
    notes: tuple[int, ...] = ()


@dataclass(frozen=True)
class Row:
    """A row of a :class:`Table`: display cells (the first names ``record``, when there is one) and notes."""

    record: Ref | None
    cells: tuple[str, ...]
    notes: tuple[int, ...] = ()


@dataclass(frozen=True)
class Table:
    """A titled listing (a forum's members or meetings, a meeting's outcomes, a process's rounds).

    ``cut`` says how many there are when the listing shows only the first of them ("" when it shows all).
    """

    key: str
    heading: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    cut: str = ""


@dataclass(frozen=True)
class Related:
    """Another record and how it relates to this one ("Previous meeting", "Process", "Implemented by")."""

    relation: str
    record: Ref


@dataclass(frozen=True)
class Participant:
    country: Ref | None
    organisation: str
    head: str
    head_title: str
    notes: tuple[int, ...] = ()


#: The record types whose records cite their sources (a source or a topic does not).
CITING_TYPES = frozenset(kind for kind, t in RECORD_TYPES.items() if any(f.kind is Kind.CITATIONS for f in t.fields))


@dataclass(frozen=True, kw_only=True)
class RecordView:
    """What every record's view has: identity, dates, and the display side every output renders.

    ``lower``/``upper`` are the date's bounds as stored (an open end is the calendar's far bound);
    ``status`` is as stored, ``status_text`` in display form ("Scheduled (as of 23 Jul 2016)"); ``forum``
    is the forum the record belongs to (a meeting's or process's, a round's process's, an outcome's
    adopting meeting's); ``as_of``/``dataset`` say how current the data it came from is; ``cited`` are the
    notes of the record's own citations.
    """

    id: str
    type: str
    title: str
    type_label: str
    subtitle: str = ""
    date: str | None = None
    when: str = ""
    lower: str | None = None
    upper: str | None = None
    status: str | None = None
    status_text: str = ""
    venue: str = ""
    forum: Ref | None = None
    as_of: str = ""
    dataset: str = ""
    cited: tuple[int, ...] = ()
    facts: tuple[Fact, ...] = ()
    texts: tuple[Text, ...] = ()
    agenda: tuple[AgendaItem, ...] = ()
    tables: tuple[Table, ...] = ()
    related: tuple[Related, ...] = ()
    notes: tuple[Note, ...] = ()

    def fact(self, key: str) -> Fact | None:
        """The fact named ``key``, if the record has it."""
        return next((f for f in self.facts if f.key == key), None)

    def related_as(self, relation: str) -> Ref | None:
        """The first related record of that relation ("Previous meeting"), if any."""
        return next((r.record for r in self.related if r.relation == relation), None)

    @property
    def uncited(self) -> bool:
        """Whether nothing in the record says where it comes from: neither it nor any of its parts (an agenda
        item, a member) cites a passage or a basis. Such a record may be saved, and is marked "uncited"."""
        return self.type in CITING_TYPES and not any(n.record == self.id for n in self.notes)

    def cited_sources(self) -> tuple[Note, ...]:
        """The notes of the record's own citations that quote a source; with none, the first note of its
        parts (an agenda item, a member) that does. Other records' (a meeting's outcomes') do not count."""
        by_number = {n.number: n for n in self.notes}
        own = tuple(by_number[n] for n in self.cited if by_number[n].source)
        return own or next(((n,) for n in self.notes if n.source and n.record == self.id), ())


@dataclass(frozen=True, kw_only=True)
class MeetingView(RecordView):
    """A meeting. Its series is its forum's meetings at the same level (see :mod:`model.records.views_sql`):
    ``previous`` and ``next`` come from it; the rounds before and after are its forum's processes'."""

    forum_path: tuple[Ref, ...] = ()
    ordinal: int | None = None
    level: str | None = None
    city: str | None = None
    country: Ref | None = None
    status_as_of: str | None = None
    description: str | None = None
    sidelines: str | None = None
    participants: tuple[Participant, ...] = ()
    outcomes: tuple[Ref, ...] = ()
    previous: Ref | None = None
    next: Ref | None = None
    processes: tuple[Ref, ...] = ()
    rounds_before: tuple[Ref, ...] = ()
    rounds_after: tuple[Ref, ...] = ()


@dataclass(frozen=True, kw_only=True)
class ForumView(RecordView):
    name: str = ""
    abbreviation: str | None = None
    aliases: tuple[str, ...] = ()
    kind: str | None = None
    founded: str | None = None
    parent: Ref | None = None
    subforums: tuple[Ref, ...] = ()
    processes: tuple[Ref, ...] = ()
    participant_count: int | None = None
    meeting_count: int = 0


@dataclass(frozen=True, kw_only=True)
class ProcessView(RecordView):
    goal: str | None = None
    description: str | None = None
    rounds: tuple[Ref, ...] = ()


@dataclass(frozen=True, kw_only=True)
class RoundView(RecordView):
    """A round of a process; ``previous``/``next`` are the nearest numbers of the same process."""

    process: Ref | None = None
    number: int = 0
    of: int = 0
    city: str | None = None
    country: Ref | None = None
    description: str | None = None
    previous: Ref | None = None
    next: Ref | None = None


@dataclass(frozen=True, kw_only=True)
class OutcomeView(RecordView):
    kind: str = ""
    status_as_of: str | None = None
    meeting: Ref | None = None
    period: str | None = None
    description: str | None = None


@dataclass(frozen=True, kw_only=True)
class CountryView(RecordView):
    code: str = ""
    alpha3: str | None = None
    aliases: tuple[str, ...] = ()
    hosted_count: int = 0


@dataclass(frozen=True, kw_only=True)
class TopicView(RecordView):
    description: str | None = None
    meeting_count: int = 0


@dataclass(frozen=True, kw_only=True)
class SourceView(RecordView):
    publisher: str | None = None
    languages: tuple[str, ...] = ()
    url: str | None = None
    length: int = 0
    citing_count: int = 0


@dataclass(frozen=True)
class Passage:
    """One citation's place in its source, for the source viewer."""

    pk: int
    source_id: str | None
    quote: str | None
    start: int | None
    end: int | None


@dataclass(frozen=True)
class SourceText:
    """A source document's text, for the source viewer."""

    id: str
    title: str
    publisher: str | None
    date: str | None
    text: str


def as_json(value: Any) -> Any:
    """A view (or any part of one) as JSON-ready data: objects as dicts, with a fact's text and a link's label."""
    if isinstance(value, tuple | list):
        return [as_json(v) for v in value]
    if is_dataclass(value) and not isinstance(value, type):
        out = {f.name: as_json(getattr(value, f.name)) for f in fields(value)}
        if isinstance(value, Ref):
            out["label"] = value.label
        elif isinstance(value, Fact):
            out["text"] = value.text
        return out
    return value
