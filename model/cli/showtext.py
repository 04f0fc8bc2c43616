"""Plain-text rendering of one record's view (:mod:`model.records.views`) for ``summitry show``.

It prints what the detail pane and the printed brief show, from the same view: facts (a record named in
one followed by its id, so it can be shown next), texts, the numbered agenda, tables, related records and
the numbered notes. Note marks ([1], [2] …) follow the fact they support; the quoted passages are listed
under "Notes" and each source document once under "Sources", so a long source title is not repeated.
"""

from __future__ import annotations

from collections.abc import Iterable

from model.i18n import Words, code_phrase
from model.records.views import Cell, Note, RecordView


class ShowText(Words):
    """The words ``summitry show`` puts around a record's view, in the interface's language."""


_WIDTH = 14

#: Control characters (C0, DEL, C1) as escapes. Printed raw, text from a data file could drive the terminal:
#: ``\x1b[…`` sequences recolour, move the cursor or set the window title, and ``\r`` overwrites what the
#: line said before it.
_ESCAPES = {c: f"\\x{c:02x}" for c in (*range(0x20), 0x7F, *range(0x80, 0xA0))} | {
    ord("\t"): "\\t",
    ord("\n"): "\\n",
    ord("\r"): "\\r",
}


def visible(text: str, keep: str = "") -> str:
    """``text`` with every control character but those in ``keep`` written as an escape (``\\x1b``, ``\\r``)."""
    table = {c: e for c, e in _ESCAPES.items() if chr(c) not in keep} if keep else _ESCAPES
    return text.translate(table)


def marks(numbers: Iterable[int]) -> str:
    """ " [1][2]" for note numbers, or "" when there are none."""
    out = "".join(f"[{n}]" for n in numbers)
    return f" {out}" if out else ""


def _parts(parts: Iterable[Cell]) -> str:
    return "".join(p if isinstance(p, str) else f"{p.title} ({p.id})" for p in parts)


def render(view: RecordView) -> str:
    """The text ``summitry show`` prints for a record's view."""
    v = view
    lines = [v.title, ShowText.tr("{type} · id {id}").format(type=v.type_label, id=v.id)]
    if v.subtitle or v.cited:  # the record's own citations mark this line, as in the printed brief
        lines.append((v.subtitle or ShowText.tr("Cited")) + marks(v.cited))
    if v.facts:
        lines.append("")
    width = max((len(f.label) for f in v.facts), default=0) + 1
    for f in v.facts:
        lines.append(f"{f.label:<{max(width, _WIDTH) - 1}} {_parts(f.parts)}{marks(f.notes)}")
    for t in v.texts:
        lines += ["", t.heading, f"{t.text}{marks(t.notes)}"]
    if v.agenda:
        lines += ["", ShowText.tr("Agenda")]
        for a in v.agenda:
            lines.append(f"  {a.number}. {a.title}{marks(a.notes)}")
            if a.description:
                lines.append(f"     {a.description}")
            if a.topics:
                topics = ", ".join(t.title for t in a.topics)
                lines.append("     " + ShowText.tr("Topics: {topics}").format(topics=topics))
    for table in v.tables:
        lines += ["", table.heading]
        for r in table.rows:
            rid = f"  ({r.record.id})" if r.record else ""
            lines.append(f"  - {' — '.join(c for c in r.cells if c)}{marks(r.notes)}{rid}")
        if table.cut:
            lines.append(f"  {table.cut}")
    if v.related:
        lines += ["", ShowText.tr("Related")]
        lines += [f"  {r.relation}: {r.record.label}  ({r.record.id})" for r in v.related]
    _notes(lines, v)
    # Line breaks and tabs in descriptions and source texts are layout; every other control character is shown.
    return visible("\n".join(lines).rstrip(), keep="\n\t") + "\n"


def _notes(lines: list[str], v: RecordView) -> None:
    """The numbered notes, then each source they quote once."""
    if not v.notes:
        return
    first_of: dict[str, Note] = {}
    for n in v.notes:
        if n.source:
            first_of.setdefault(n.source.id, n)
    sources = list(first_of.values())
    several = len(sources) > 1
    lines += ["", ShowText.tr("Notes")]
    for n in v.notes:
        if n.source:
            where = [ShowText.tr("source {id}").format(id=n.source.id)] if several else []
            if n.paragraph:
                where.append(ShowText.tr("paragraph {number}").format(number=n.paragraph))
            suffix = f" ({', '.join(where)})" if where else ""
            comment = f" — {n.comment}" if n.comment else ""
            lines.append(f"  [{n.number}] “{n.quote}”{suffix}{comment}")
        else:
            not_source = ShowText.tr("Not from the source ({basis}): {comment}")
            lines.append(f"  [{n.number}] " + not_source.format(basis=code_phrase(n.basis), comment=n.comment))
    if sources:
        lines += ["", ShowText.tr("Sources") if several else ShowText.tr("Source")]
        for n in sources:
            assert n.source is not None
            about = ", ".join(x for x in (n.publisher, n.source.when) if x)
            lines.append(f"  {n.source.title}" + (f". {about}" if about else ""))
            lines.append("  " + ShowText.tr("(id {id}; 'summitry show {id}' prints its text)").format(id=n.source.id))
