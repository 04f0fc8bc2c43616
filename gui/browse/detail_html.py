"""HTML for the detail pane: a record's view (:mod:`model.records.views`) rendered from escaped text only.

The pane shows what the printed brief and ``summitry show`` show, from the same view: its facts, texts,
agenda, tables and related records, with note marks ``[1]`` that open the cited passage, and under "Sources"
every note once, grouped by source document. Every piece of user text goes through :func:`esc`
(``html.escape``), so a title containing ``<b>`` or ``<img src=…>`` shows those characters literally. Links
use two schemes the pane handles itself: ``record:ID`` and ``cite:PK``.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from model.i18n import code_phrase
from model.records.views import Fact, Note, RecordView, Ref

CSS = """
h1 { font-size: 17pt; margin-bottom: 2px; }
h2 { font-size: 12pt; margin-top: 14px; margin-bottom: 4px; color: #2f4f6f; }
.kind { color: #666666; }
.id { color: #444444; font-family: monospace; }
.notheld { color: #8a5a00; font-weight: bold; }
.uncited { color: #b00020; font-weight: bold; }
.cite { color: #555555; margin-left: 18px; }
.quote { color: #333333; font-style: italic; }
.muted { color: #777777; }
.mark { color: #1f5fa8; }
td.label { color: #555555; padding-right: 12px; white-space: nowrap; }
a { color: #1f5fa8; text-decoration: none; }
"""


def esc(text: Any) -> str:
    """Escape anything for HTML; None becomes an empty string."""
    return "" if text is None else escape(str(text), quote=True)


def link(ref: Ref | None, text: str | None = None, with_date: bool = False, flag: bool = True) -> str:
    """A link to a record: its title (with its date, unless the title says it), and (``flag``) its status
    when it has not taken place yet."""
    if ref is None:
        return ""
    label = esc(text if text is not None else ref.label if with_date else ref.title)
    status = f" <span class='notheld'>{esc(ref.status_word)}</span>" if flag and ref.not_held else ""
    return f"<a href='record:{esc(ref.id)}'>{label}</a>{status}"


class _Page:
    """One view's page: knows its notes, so a mark links to the passage it stands for."""

    def __init__(self, view: RecordView, changed: str | None = None) -> None:
        self.view = view
        self.changed = changed
        self.notes = {n.number: n for n in view.notes}

    def marks(self, numbers: Iterable[int]) -> str:
        """ " [1][2]": each a link that opens its passage (a note without a source is plain text)."""
        out = ""
        for n in numbers:
            note = self.notes.get(n)
            out += f"<a href='cite:{note.citation}'>[{n}]</a>" if note and note.source else f"[{n}]"
        return f" <span class='mark'>{out}</span>" if out else ""

    def value(self, f: Fact) -> str:
        text = "".join(esc(p) if isinstance(p, str) else link(p) for p in f.parts)
        return (f"<span class='notheld'>{text}</span>" if f.attention else text) + self.marks(f.notes)

    def render(self) -> str:
        v = self.view
        kind = esc(QCoreApplication.translate("DetailPane", "{type} · id {id}")).format(
            type=f"<span class='kind'>{esc(v.type_label)}</span>", id=f"<span class='id'>{esc(v.id)}</span>"
        )
        uncited = esc(QCoreApplication.translate("DetailPane", "uncited")) if v.uncited else ""
        uncited = f" · <span class='uncited'>{uncited}</span>" if uncited else ""
        out = f"<h1>{esc(v.title)}</h1><p>{kind}{uncited}</p>"
        if self.changed:  # who changed it last, and when (from its revisions)
            out += f"<p class='muted'>{esc(self.changed)}</p>"
        if v.subtitle or v.cited:  # the record's own citations mark this line, as in the printed brief
            subtitle = v.subtitle or QCoreApplication.translate("DetailPane", "Cited")
            out += f"<p>{esc(subtitle)}{self.marks(v.cited)}</p>"
        rows = "".join(f"<tr><td class='label'>{esc(f.label)}</td><td>{self.value(f)}</td></tr>" for f in v.facts)
        out += f"<table cellspacing='0' cellpadding='2'>{rows}</table>" if rows else ""
        for t in v.texts:
            out += _section(t.heading, f"<p>{esc(t.text)}{self.marks(t.notes)}</p>")
        # Numbered, as in the printed brief and `summitry show`: people refer to "item 3".
        topics = QCoreApplication.translate("DetailPane", "Topics:")
        agenda = (
            f"<b>{esc(a.title)}</b>{self.marks(a.notes)}"
            + (f"<br/>{esc(a.description)}" if a.description else "")
            + (
                f"<br/><span class='muted'>{esc(topics)}</span> {', '.join(link(t) for t in a.topics)}"
                if a.topics
                else ""
            )
            for a in v.agenda
        )
        out += _section(QCoreApplication.translate("DetailPane", "Agenda"), _list(agenda, ordered=True))
        for table in v.tables:
            items = (
                " — ".join(
                    x
                    for x in (
                        link(r.record, r.cells[0], flag=False) if r.record else esc(r.cells[0]),
                        *map(esc, r.cells[1:]),
                    )
                    if x
                )
                + self.marks(r.notes)
                for r in table.rows
            )
            cut = f"<p class='muted'>{esc(table.cut)}</p>" if table.cut else ""
            out += _section(table.heading, _list(items) + cut)
        related = _list(f"{esc(r.relation)}: {link(r.record, with_date=True)}" for r in v.related)
        out += _section(QCoreApplication.translate("DetailPane", "Related"), related)
        return out + _section(QCoreApplication.translate("DetailPane", "Sources"), self.sources())

    def sources(self) -> str:
        """Every note once, under the source it quotes (each source named once), in order of first note."""
        groups: dict[str | None, list[Note]] = {}
        for n in self.view.notes:
            groups.setdefault(n.source.id if n.source else None, []).append(n)
        body = ""
        for source_id, notes in groups.items():
            first = notes[0].source
            if first is None:
                unsourced = QCoreApplication.translate("DetailPane", "Not from a source")
                body += f"<p><b>{esc(unsourced)}</b></p>"
            else:
                date = f", {esc(first.when)}" if first.when else ""
                body += f"<p><a href='record:{esc(source_id)}'><b>{esc(first.title)}</b></a>{date}</p>"
            body += "".join(_note_line(n) for n in notes)
        return body


def _note_line(n: Note) -> str:
    """A note in a line: its number, the quote, then a link that opens the source at it."""
    if n.source is None:
        basis = code_phrase(n.basis) if n.basis else QCoreApplication.translate("DetailPane", "note")
        return f"<div class='cite'>[{n.number}] [{esc(basis)}] {esc(n.comment)}</div>"
    where = f"¶ {n.paragraph}" if n.paragraph else QCoreApplication.translate("DetailPane", "passage")
    date = f", {esc(n.source.when)}" if n.source.when else ""
    comment = f" <span class='muted'>{esc(n.comment)}</span>" if n.comment else ""
    title = n.source.title if len(n.source.title) <= 36 else n.source.title[:34].rstrip() + "…"
    return (
        f"<div class='cite'>[{n.number}] “<span class='quote'>{esc(n.quote)}</span>” "
        f"<a href='cite:{n.citation}'>[{esc(title)}{date}, {esc(where)}]</a>{comment}</div>"
    )


def _section(title: str, body: str) -> str:
    return f"<h2>{esc(title)}</h2>{body}" if body else ""


def _list(items: Iterable[str], ordered: bool = False) -> str:
    body = "".join(f"<li>{i}</li>" for i in items)
    tag = "ol" if ordered else "ul"
    return f"<{tag}>{body}</{tag}>" if body else ""


def render(view: RecordView, changed: str | None = None) -> str:
    """The full HTML document for one record's view; ``changed``: "Last changed by … on …", when it was."""
    return f"<html><head><style>{CSS}</style></head><body>{_Page(view, changed).render()}</body></html>"


def render_message(title: str, text: str) -> str:
    """A page with a heading and a line of text (no record selected, a group, an error)."""
    return f"<html><head><style>{CSS}</style></head><body><h1>{esc(title)}</h1><p>{esc(text)}</p></body></html>"
