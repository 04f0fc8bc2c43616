"""The markup of a printed brief or dossier, for QTextDocument.

Every piece of record text goes through :func:`esc` (html.escape, quotes too) before it enters the markup,
so a title such as ``<img src="/etc/passwd">`` prints as those characters. The only tags here are written
in this module; none of them names a file, an image or a URL.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from gui.fonts import SANS, SERIF, css_families
from model.i18n import Words, code_phrase
from model.records.views import Cell, Note
from model.report.content import Brief, Dossier


class PageText(Words):
    """The words a brief's pages put around its record (headings, columns, the cover), in the interface's
    language; through model.i18n, so the window and ``summitry export`` print the same words."""


NAVY = "#1f3a5f"
GREY = "#5a6270"
UNCITED = "#b00020"  # a record that cites nothing: the reader should know
RULE = "#b8c2cf"
SHADE = "#eef2f6"

# Qt takes margins in CSS pixels (1/96 in) only; points are ignored there.
STYLE = f"""
body {{ font-family: {css_families(SERIF)}; font-size: 10pt; color: #1a1a1a; }}
h1 {{ font-family: {css_families(SERIF)}; font-size: 19pt; font-weight: bold; color: {NAVY};
      margin-top: 0; margin-bottom: 3px; }}
p {{ margin-top: 0; margin-bottom: 7px; }}
.kicker {{ font-family: {css_families(SANS)}; font-size: 8pt; font-weight: bold; color: {GREY}; }}
.subtitle {{ font-family: {css_families(SANS)}; font-size: 10pt; color: {GREY}; }}
.label {{ font-family: {css_families(SANS)}; font-size: 8.5pt; font-weight: bold; color: {NAVY}; }}
.th {{ font-family: {css_families(SANS)}; font-size: 8.5pt; font-weight: bold; color: white; }}
.small {{ font-family: {css_families(SANS)}; font-size: 8pt; color: {GREY}; }}
.note {{ font-size: 8.5pt; }}
.num {{ font-family: {css_families(SANS)}; font-weight: bold; color: {NAVY}; }}
sup {{ font-family: {css_families(SANS)}; color: {NAVY}; }}
"""


def heading(text: str, page_break: bool = False) -> str:
    """A section heading (Qt honours margins reliably only as inline style)."""
    brk = " page-break-before: always;" if page_break else ""
    inner = esc(text.upper())
    return (
        f'<p style="margin-top: 16px; margin-bottom: 5px;{brk}"><span style="font-family: {css_families(SANS)}; '
        f'font-size: 9.5pt; font-weight: bold; color: {NAVY};">{inner}</span></p>'
    )


def esc(text: object) -> str:
    """Record text as markup that shows it literally; line breaks kept."""
    return html.escape(str(text), quote=True).replace("\n", "<br>")


def marks(notes: Iterable[int]) -> str:
    """Superscript note numbers, such as ¹˒³."""
    nums = ",".join(str(n) for n in notes)
    return f"<sup>&#8202;{nums}</sup>" if nums else ""


def _rule(color: str = NAVY, height: float = 1.5) -> str:
    # QTextDocument draws no paragraph borders; a one-cell table with tiny text makes a thin rule.
    return (
        f'<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: 5px; margin-bottom: 13px;">'
        f'<tr><td bgcolor="{color}" style="font-size: {height}pt;">&nbsp;</td></tr></table>'
    )


def _table(columns: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int] = ()) -> str:
    head = "".join(
        f'<td bgcolor="{NAVY}"{f" width={widths[i]}%" if widths else ""}><span class="th">{esc(c)}</span></td>'
        for i, c in enumerate(columns)
    )
    body = []
    for n, row in enumerate(rows):
        shade = f' bgcolor="{SHADE}"' if n % 2 else ""
        body.append(f"<tr>{''.join(f'<td{shade}>{cell}</td>' for cell in row)}</tr>")
    return (
        f'<table width="100%" cellspacing="0" cellpadding="4" border="0" '
        f'style="border-collapse: collapse; margin-bottom: 5px;"><tr>{head}</tr>{"".join(body)}</table>'
    )


def _note(note: Note, first_of: dict[tuple[str, str, str], int]) -> str:
    parts = []
    if note.quote:
        parts.append(f"“{esc(note.quote)}”")
    key = (note.source.title, note.publisher, note.source.when) if note.source else ("", "", "")
    if any(key) and key in first_of:
        # Cite a source in full once; later notes point back, as footnotes in a printed brief do.
        where = esc(PageText.tr("source as in note {number}").format(number=first_of[key]))
    else:
        where = ", ".join(esc(x) for x in key if x)
        if any(key):
            first_of[key] = note.number
    if note.paragraph:
        where += esc(PageText.tr(", para. {number}").format(number=note.paragraph)).replace(" ", "&nbsp;")
    if where:
        parts.append(f'<span class="small">— {where}</span>')
    if note.basis:
        not_source = PageText.tr("Not from a source ({basis}).").format(basis=code_phrase(note.basis))
        parts.append(f"<i>{esc(not_source)}</i>")
    if note.comment:
        parts.append(f"<i>{esc(note.comment)}</i>")
    return (
        f'<tr><td width="6%" valign="top"><span class="num">{note.number}</span></td>'
        f'<td valign="top"><span class="note">{" ".join(parts)}</span></td></tr>'
    )


def _text(parts: Iterable[Cell]) -> str:
    return esc("".join(p if isinstance(p, str) else p.title for p in parts))


def brief_body(brief: Brief, kicker: str = "") -> str:
    """The markup of one brief (without <html>), the title block first."""
    v = brief.view
    uncited = esc(PageText.tr("UNCITED"))
    out = [
        f'<p class="kicker">{esc(kicker or brief.header.type_label.upper())}&nbsp;&nbsp;·&nbsp;&nbsp;{esc(v.id)}'
        + (f'&nbsp;&nbsp;·&nbsp;&nbsp;<span style="color: {UNCITED};">{uncited}</span>' if v.uncited else "")
        + "</p>",
        f"<h1>{esc(v.title)}</h1>",
    ]
    # The record's own citations mark the subtitle line: footnote marks on a headline look out of place.
    if v.subtitle or v.cited:
        out.append(f'<p class="subtitle">{esc(v.subtitle)}{marks(v.cited)}</p>')
    out.append(_rule())
    if v.facts:
        rows = "".join(
            f'<tr><td width="27%" bgcolor="{SHADE}" valign="top"><span class="label">{esc(f.label)}</span></td>'
            f'<td valign="top">{_text(f.parts)}{marks(f.notes)}</td></tr>'
            for f in v.facts
        )
        out.append(
            f'<table width="100%" cellspacing="0" cellpadding="4" border="1" '
            f'style="border-collapse: collapse; border-color: {RULE}; border-style: solid;">{rows}</table>'
        )
    for t in v.texts:
        out.append(f"{heading(t.heading)}<p>{esc(t.text)}{marks(t.notes)}</p>")
    if v.agenda:
        out.append(heading(PageText.tr("Agenda")))
        items = []
        for a in v.agenda:
            cell = f"<b>{esc(a.title)}</b>{marks(a.notes)}"
            if a.description:
                cell += f"<br>{esc(a.description)}"
            if a.topics:
                topics = PageText.tr("Topics: {topics}").format(topics=", ".join(t.title for t in a.topics))
                cell += f'<br><span class="small">{esc(topics)}</span>'
            items.append(
                f'<tr><td width="6%" valign="top"><span class="num">{a.number}.</span></td>'
                f'<td valign="top">{cell}</td></tr>'
            )
        out.append(f'<table width="100%" cellspacing="0" cellpadding="3">{"".join(items)}</table>')
    for table in v.tables:
        out.append(heading(table.heading))
        cells = [
            tuple(esc(c) + (marks(r.notes) if i == len(r.cells) - 1 else "") for i, c in enumerate(r.cells))
            for r in table.rows
        ]
        out.append(_table(table.columns, cells))
        if table.cut:
            out.append(f'<p class="small">{esc(table.cut)}</p>')
    if v.related:
        out.append(heading(PageText.tr("Related records")))
        out.append(
            _table(
                (PageText.tr("Relation"), PageText.tr("Record"), PageText.tr("Type"), PageText.tr("Id")),
                [(esc(r.relation), esc(r.record.label), esc(r.record.type_label), esc(r.record.id)) for r in v.related],
                (26, 46, 12, 16),
            )
        )
    if brief.private_note:
        # The user's own words, set apart from the record's sourced facts; plain text like every record text.
        out.append(heading(PageText.tr("My note")))
        out.append(f"<p>{esc(brief.private_note)}</p>")
    if v.notes:
        first_of: dict[tuple[str, str, str], int] = {}
        out.append(heading(PageText.tr("Sources")))
        notes = "".join(_note(n, first_of) for n in v.notes)
        out.append(f'<table width="100%" cellspacing="0" cellpadding="2">{notes}</table>')
    return "".join(out)


def _page(body: str) -> str:
    return f"<html><head><style>{STYLE}</style></head><body>{body}</body></html>"


def brief_html(brief: Brief) -> str:
    return _page(brief_body(brief))


def page_column() -> str:
    """The heading of the contents' page column (the renderer finds the table by it to fill the numbers in)."""
    return PageText.tr("Page")


def dossier_html(dossier: Dossier, exported: str, pages: Sequence[int]) -> str:
    """The dossier's markup; ``pages`` holds the page each section starts on (0 while not yet known)."""
    h = dossier.header
    count = len(dossier.briefs)
    records = PageText.tr("%n record(s): {types}", "", count).format(types=dossier.subtitle)
    cover = [
        '<p style="margin-top: 200px;" class="kicker">SUMMITRY&nbsp;&nbsp;·&nbsp;&nbsp;'
        f"{esc(h.type_label.upper())}</p>",
        f'<p class="subtitle">{esc(records)}</p>',
    ]
    cover[1:1] = [f'<h1 style="font-size: 28pt;">{esc(dossier.title)}</h1>', _rule(height=3)]
    lines = [
        ("subtitle", PageText.tr("Period covered: {period}").format(period=dossier.period) if dossier.period else ""),
        ("subtitle", PageText.tr("Data as of {date}").format(date=h.as_of) if h.as_of else ""),
        ("small", PageText.tr("Dataset: {name}").format(name=h.dataset) if h.dataset else ""),
    ]
    cover += [f'<p class="{kind}">{esc(text)}</p>' for kind, text in lines if text]
    exported_line = esc(PageText.tr("Exported {date}").format(date=exported))
    cover.append(f'<p class="small" style="margin-top: 32px;">{exported_line}</p>')
    contents = [
        (f'<span class="num">{i}</span>', esc(b.title), esc(b.view.type_label), str(p or ""))
        for i, (b, p) in enumerate(zip(dossier.briefs, pages, strict=False), 1)
    ]
    chron_page = pages[len(dossier.briefs)] if len(pages) > len(dossier.briefs) else 0
    chronology = PageText.tr("Chronology")
    contents.append(("", f"<b>{esc(chronology)}</b>", "", str(chron_page or "")))
    out = ["".join(cover)]
    out.append(heading(PageText.tr("Contents"), page_break=True))
    columns = (PageText.tr("No."), PageText.tr("Record"), PageText.tr("Type"), page_column())
    out.append(_table(columns, contents, (7, 67, 16, 10)))
    for i, b in enumerate(dossier.briefs, 1):
        section = esc(PageText.tr("Section {number} of {count}").format(number=i, count=count))
        out.append(f'<p style="page-break-before: always;" class="small">{section}</p>{brief_body(b)}')
    out.append(heading(chronology, page_break=True))
    out.append(
        _table(
            (
                PageText.tr("Date"),
                PageText.tr("Record"),
                PageText.tr("Type"),
                PageText.tr("Venue"),
                PageText.tr("Status"),
            ),
            [(esc(r.date), esc(r.title), esc(r.type_label), esc(r.venue), esc(r.status)) for r in dossier.chronology],
            (15, 38, 11, 18, 18),
        )
    )
    return _page("".join(out))
