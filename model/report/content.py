"""What a printed brief says: a record's brief or a dossier, with no layout and no Qt.

A :class:`Brief` is one record's view (:mod:`model.records.views`: its facts, numbered agenda, tables,
related records and numbered source notes, everything the detail pane and ``summitry show`` show too) under
the header every page carries, so the renderer in ``gui.printing.pdf_html`` only lays it out and nothing
lazy-loads while pages are painted. A :class:`Dossier` is several briefs with a cover, contents and a
chronology. They are made by :mod:`model.report.briefs`.
"""

from __future__ import annotations

from dataclasses import dataclass

from model.records.views import RecordView


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
class Brief:
    """One record's printed brief: the record's view (what the pane and ``show`` show too) under a header."""

    header: Header
    view: RecordView
    #: The user's private note on the record, printed only when the export chose to include notes ("" otherwise).
    private_note: str = ""

    @property
    def record_id(self) -> str:
        return self.view.id

    @property
    def title(self) -> str:
        return self.view.title


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
