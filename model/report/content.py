"""What a printed brief says: the content of a record's brief or a dossier, with no layout and no Qt.

A :class:`Brief` holds everything one record's printed brief shows (header, title, facts, numbered agenda,
outcomes, tables, related records and numbered source notes) as frozen dataclasses, so the renderer in
``gui.printing.pdf_export`` only lays it out and nothing lazy-loads while pages are painted. A :class:`Dossier` is
several briefs with a cover, contents and a chronology. Facts point at notes by number; identical citations
share one note. They are made by :mod:`model.report.briefs` from what :mod:`model.report.gather` reads.
"""

from __future__ import annotations

from dataclasses import dataclass


class ReportError(Exception):
    """A brief that cannot be made, with words for the user."""


@dataclass(frozen=True)
class Header:
    """The line at the top of every page: the product, what the document is, and how current its data is."""

    product: str
    type_label: str
    as_of: str
    dataset: str


@dataclass(frozen=True)
class Note:
    """A numbered source note: the quoted passage and where it comes from, or why it has no source."""

    number: int
    quote: str
    source_title: str
    publisher: str
    source_date: str
    paragraph: int | None
    comment: str
    basis: str


@dataclass(frozen=True)
class Fact:
    label: str
    value: str
    notes: tuple[int, ...] = ()


@dataclass(frozen=True)
class TextSection:
    heading: str
    text: str
    notes: tuple[int, ...] = ()


@dataclass(frozen=True)
class AgendaEntry:
    number: int
    title: str
    description: str
    topics: tuple[str, ...]
    notes: tuple[int, ...]


@dataclass(frozen=True)
class OutcomeEntry:
    record_id: str
    title: str
    kind: str
    status: str
    notes: tuple[int, ...]


@dataclass(frozen=True)
class RelatedEntry:
    record_id: str
    title: str
    type_label: str
    relation: str


@dataclass(frozen=True)
class TableSection:
    """A titled table such as a forum's members or a process's rounds; ``notes`` has one tuple per row."""

    heading: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    notes: tuple[tuple[int, ...], ...]


@dataclass(frozen=True)
class Brief:
    """Everything one record's brief prints."""

    record_id: str
    record_type: str
    header: Header
    title: str
    subtitle: str
    title_notes: tuple[int, ...]
    facts: tuple[Fact, ...]
    texts: tuple[TextSection, ...]
    agenda: tuple[AgendaEntry, ...]
    outcomes: tuple[OutcomeEntry, ...]
    tables: tuple[TableSection, ...]
    related: tuple[RelatedEntry, ...]
    notes: tuple[Note, ...]
    date: str
    date_lower: str | None
    date_upper: str | None
    venue: str
    status: str


@dataclass(frozen=True)
class ChronologyRow:
    date: str
    date_lower: str | None
    date_upper: str | None
    title: str
    type_label: str
    venue: str
    status: str
    record_id: str


@dataclass(frozen=True)
class Dossier:
    """Several briefs as one document: cover, contents (one entry per brief), sections and a chronology."""

    header: Header
    title: str
    subtitle: str
    period: str
    briefs: tuple[Brief, ...]
    chronology: tuple[ChronologyRow, ...]
