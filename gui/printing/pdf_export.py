"""Printing briefs and dossiers: layout with QTextDocument, pages with QPdfWriter or a QPrinter.

The content comes from ``model.report``; this module only lays it out. The same :class:`Composition`
paints a PDF file, a printer or a print preview, so all three show the same pages. Writing a PDF never
leaves a half-written file: the document is rendered in memory, written to a temporary file beside the
target and moved into place only when complete.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from gui import fonts
from gui.printing import pdf_html
from model import __version__, dates
from model.interchange.exporter import file_mode
from model.report.briefs import read_report
from model.report.content import Brief, Dossier, ReportError
from model.store.database import Database

#: Called with (percent done, what is happening); returns False to cancel.
ProgressFn = Callable[[int, str], bool]

# What an export says while it works and when it fails is the window's; the pages' words are the brief's own
# (pdf_html.PageText, through model.i18n, so ``summitry export`` prints them in the same language).
translate = QCoreApplication.translate
PageText = pdf_html.PageText

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
#: Page margins in millimetres (left, top, right, bottom); the header and footer sit inside them.
MARGINS_MM = (20.0, 12.0, 20.0, 12.0)
BAND_MM = 11.0
RESOLUTION = 300
_CHUNK = 1 << 16


class PdfExportError(Exception):
    """An export that failed, with words for the user; the target file is untouched."""


class ExportCancelled(PdfExportError):
    """The person cancelled the export; nothing was written."""

    def __init__(self) -> None:
        super().__init__(translate("PdfExport", "Export cancelled. Nothing was written."))


@dataclass(frozen=True)
class ExportResult:
    path: Path
    pages: int
    records: int
    warnings: tuple[str, ...]


class BriefDocument(QTextDocument):
    """A QTextDocument that loads nothing: every image, style sheet or URL it is asked for is refused."""

    def __init__(self) -> None:
        super().__init__()
        self.refused: list[str] = []

    def loadResource(self, type: int, name: QUrl | str, /) -> Any:
        # Record text is escaped, so nothing should ever ask; if something does, it gets nothing.
        self.refused.append(name.toString() if isinstance(name, QUrl) else str(name))
        return None


def page_layout(paper: str = "a4") -> QPageLayout:
    """The page layout of a brief: A4 (or Letter), portrait, with margins for the header and footer."""
    size = QPageSize(PAPERS.get(paper.lower(), QPageSize.PageSizeId.A4))
    return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(*MARGINS_MM), QPageLayout.Unit.Millimeter)


class Composition:
    """A brief or dossier laid out for one paged device (a PDF writer or a printer), ready to paint."""

    def __init__(self, content: Brief | Dossier, device: QPagedPaintDevice, exported: dt.date) -> None:
        fonts.register_fonts()
        self.content = content
        # Not strftime: under a Russian system locale "%b" put "4 дек 2026" on an English page.
        self.exported = dates.human_day(exported)
        dpi = device.logicalDpiY()
        self.mm = dpi / 25.4
        self.width = float(device.width())
        # Whole device pixels: with a fractional page height, rounding puts a line that starts a page a hair
        # above its top, so it would also be drawn (clipped, but still in the text layer) on the page before.
        band = round(BAND_MM * self.mm)
        self.width = float(int(self.width))
        self.body = QRectF(0, band, self.width, float(device.height() - 2 * band))
        self.doc = BriefDocument()
        self.doc.documentLayout().setPaintDevice(device)
        self.doc.setDocumentMargin(0)
        base = QFont()
        base.setFamilies([fonts.SERIF, *fonts.SCRIPT_FAMILIES])
        base.setPointSizeF(10)
        # No "fi"/"fl" ligatures: text copied or searched in the PDF must read "fi", not U+FB01.
        base.setFeature(QFont.Tag("liga"), 0)
        self.doc.setDefaultFont(base)
        self.doc.setPageSize(QSizeF(self.body.width(), self.body.height()))
        if isinstance(content, Brief):
            self.doc.setHtml(pdf_html.brief_html(content))
        else:
            self._lay_out_dossier(content)
        self.warnings = tuple(w for w in (fonts.cjk_warning(self.doc.toPlainText()),) if w)

    def _lay_out_dossier(self, dossier: Dossier) -> None:
        # Contents page numbers depend on the layout. Lay out once with the column empty, then write the
        # numbers into their cells in place (a fixed-width column, so nothing moves) and check: setting the
        # whole document again would cost a second full layout.
        count = len(dossier.briefs) + 1
        self.doc.setHtml(pdf_html.dossier_html(dossier, self.exported, [0] * count))
        pages = self._section_pages(count)
        for _ in range(3):
            self._fill_contents(pages)
            found = self._section_pages(count)
            if found == pages:
                return
            pages = found

    def _fill_contents(self, pages: list[int]) -> None:
        """Write ``pages`` into the last column of the contents table (the first table with a Page column)."""
        frame = self.doc.rootFrame()
        for child in frame.childFrames():
            if isinstance(child, QTextTable) and child.columns() == 4 and child.rows() == len(pages) + 1:
                header = child.cellAt(0, 3)
                cursor = header.firstCursorPosition()
                cursor.setPosition(header.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
                if cursor.selectedText() != pdf_html.page_column():
                    continue
                # One edit block: the layout is redone once at its end, not after every cell.
                edit = QTextCursor(self.doc)
                edit.beginEditBlock()
                for row, page in enumerate(pages, 1):
                    cell = child.cellAt(row, 3)
                    edit.setPosition(cell.firstCursorPosition().position())
                    edit.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
                    edit.insertText(str(page))
                edit.endEditBlock()
                return

    def _section_pages(self, count: int) -> list[int]:
        """The page (from 1) on which each section and the chronology start.

        Only the markup written in ``pdf_html`` breaks pages (record text is escaped), in this order: the
        contents, one break per section, the chronology.
        """
        self.doc.pageCount()  # lays out the whole document, so page breaks are in place
        layout, height = self.doc.documentLayout(), self.body.height()
        starts = []
        block = self.doc.begin()
        while block.isValid():
            if block.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
                starts.append(int((layout.blockBoundingRect(block).top() + 1) // height) + 1)
            block = block.next()
        return (starts[1:] + [0] * count)[:count]

    @property
    def pages(self) -> int:
        return self.doc.pageCount()

    @property
    def title(self) -> str:
        return self.content.title

    @property
    def subject(self) -> str:
        h = self.content.header
        as_of = PageText.tr(", data as of {date}").format(date=h.as_of) if h.as_of else ""
        if isinstance(self.content, Brief):
            return PageText.tr("{type} for record {id}").format(type=h.type_label, id=self.content.record_id) + as_of
        return PageText.tr("Dossier of %n record(s)", "", len(self.content.briefs)) + as_of

    def paint(self, painter: QPainter, device: QPagedPaintDevice, progress: ProgressFn | None = None) -> None:
        """Paint every page; ``painter`` is active on ``device``.

        Raises:
            PdfExportError: when ``progress`` asks to cancel.
        """
        total = self.pages
        for i in range(total):
            step = translate("PdfExport", "Page {page} of {pages}").format(page=i + 1, pages=total)
            if progress is not None and not progress(50 + 45 * i // max(total, 1), step):
                raise ExportCancelled()
            if i:
                device.newPage()
            self._furniture(painter, i + 1, total)
            painter.save()
            painter.translate(self.body.left(), self.body.top() - i * self.body.height())
            # One pixel short: Qt also draws a block that starts exactly at the clip's bottom edge.
            clip = QRectF(0, i * self.body.height(), self.body.width(), self.body.height() - 1)
            self.doc.drawContents(painter, clip)
            painter.restore()

    def _furniture(self, painter: QPainter, page: int, total: int) -> None:
        """The running header and footer of a page."""
        h = self.content.header
        font = QFont()
        font.setFamilies([fonts.SANS, *fonts.SCRIPT_FAMILIES])
        font.setPointSizeF(7.5)
        painter.save()
        painter.setFont(font)
        grey, navy = QColor(pdf_html.GREY), QColor(pdf_html.NAVY)
        line_h = 4 * self.mm
        top = QRectF(0, 0, self.width, line_h)
        painter.setPen(navy)
        left = f"{h.product.upper()}  ·  {h.type_label.upper()}"
        painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), left)
        painter.setPen(grey)
        right = (
            PageText.tr("Data as of {date}").format(date=h.as_of) if h.as_of else PageText.tr("Data as of: not stated")
        )
        painter.drawText(top, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), right)
        painter.setPen(QPen(QColor(pdf_html.RULE), 0.25 * self.mm))
        painter.drawLine(0, int(line_h + self.mm), int(self.width), int(line_h + self.mm))
        bottom_y = self.body.bottom() + (BAND_MM - 5) * self.mm
        painter.drawLine(0, int(bottom_y), int(self.width), int(bottom_y))
        foot = QRectF(0, bottom_y + self.mm, self.width, line_h)
        painter.setPen(grey)
        count = 0 if isinstance(self.content, Brief) else len(self.content.briefs)
        who = self.content.record_id if isinstance(self.content, Brief) else PageText.tr("%n record(s)", "", count)
        exported = PageText.tr("Exported {date}").format(date=self.exported)
        painter.drawText(foot, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), f"{who}  ·  {exported}")
        page_of = PageText.tr("Page {page} of {pages}").format(page=page, pages=total)
        painter.drawText(foot, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), page_of)
        painter.restore()


def render_pdf(
    composition_for: Callable[[QPagedPaintDevice], Composition], paper: str, progress: ProgressFn | None
) -> tuple[bytes, Composition]:
    """Render to PDF bytes in memory.

    Raises:
        PdfExportError: when Qt cannot start painting, or the export is cancelled.
    """
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(page_layout(paper))
    writer.setCreator(f"Summitry {__version__}")
    composition = composition_for(writer)
    writer.setTitle(composition.title)
    writer.setAuthor("Summitry")
    writer.setDocumentXmpMetadata(QByteArray(_xmp(composition.title, composition.subject).encode("utf-8")))
    painter = QPainter()
    if not painter.begin(writer):
        raise PdfExportError(
            translate(
                "PdfExport", "Cannot start writing the PDF (Qt could not open a painter on it). Nothing was written."
            )
        )
    try:
        composition.paint(painter, writer, progress)
    finally:
        painter.end()
    data = bytes(buffer.data().data())
    buffer.close()
    now = dt.datetime.now(dt.UTC).strftime("D:%Y%m%d%H%M%SZ")
    info = {
        "Title": composition.title,
        "Subject": composition.subject,
        "Author": "Summitry",
        "Creator": f"Summitry {__version__}",
        "Producer": f"Summitry {__version__} with Qt",
        "CreationDate": now,
        "ModDate": now,
    }
    return with_info(data, info), composition


def export_pdf(
    database: Database,
    ids: Sequence[str],
    path: Path,
    *,
    paper: str = "a4",
    title: str = "",
    progress: ProgressFn | None = None,
    exported: dt.date | None = None,
    notes: bool = False,
) -> ExportResult:
    """Export one record as a brief, or several as a dossier, to the PDF file ``path``; ``notes`` prints
    each record's private note under its own heading.

    Raises:
        PdfExportError: with a message for the user; any existing file at ``path`` is untouched.
    """
    path = Path(path)
    day = exported or dt.date.today()
    tmp = _make_temp(path)  # first: a folder that cannot be written is said before the work, not after
    try:

        def content_progress(done: int, total: int, _rid: str) -> bool:
            step = translate("PdfExport", "Reading record {record} of {records}").format(record=done + 1, records=total)
            return progress is None or progress(40 * done // max(total, 1), step)

        try:
            content = read_report(database, ids, title, content_progress, notes=notes)
        except ReportError as exc:
            raise PdfExportError(str(exc)) from exc
        if progress is not None and not progress(40, translate("PdfExport", "Laying out pages")):
            raise ExportCancelled()
        data, composition = render_pdf(lambda device: Composition(content, device, day), paper, progress)
        if progress is not None and not progress(95, translate("PdfExport", "Saving")):
            raise ExportCancelled()
        _finish(tmp, path, data)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if progress is not None:
        progress(100, translate("PdfExport", "Done"))
    records = 1 if isinstance(content, Brief) else len(content.briefs)
    return ExportResult(path, composition.pages, records, composition.warnings)


def _make_temp(path: Path) -> str:
    """Create the empty temporary file beside ``path`` that the PDF is written to when complete; its name.

    No descriptor stays open meanwhile: whatever fails while the records are read and laid out (a record
    gone, damage, Cancel), only the name has to be cleaned up.
    """
    folder = path.parent
    if folder.exists() and not folder.is_dir():
        raise PdfExportError(
            translate("PdfExport", "Cannot save {path}: {folder} is a file, not a folder. Nothing was written.").format(
                path=path, folder=folder
            )
        )
    if not folder.is_dir():
        raise PdfExportError(
            translate(
                "PdfExport", "Cannot save {path}: the folder {folder} does not exist. Nothing was written."
            ).format(path=path, folder=folder)
        )
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise PdfExportError(
            translate("PdfExport", "Cannot save {path}: {reason}. Nothing was written.").format(
                path=path, reason=_reason(exc)
            )
        ) from exc
    os.close(fd)
    return name


def _write_all(fd: int, data: bytes) -> None:
    """Write every byte; a separate function so tests can make it fail halfway."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view[:_CHUNK])
        view = view[written:]


def _finish(name: str, path: Path, data: bytes) -> None:
    try:
        fd = os.open(name, os.O_WRONLY | os.O_TRUNC | getattr(os, "O_BINARY", 0))
        try:
            _write_all(fd, data)
            os.fsync(fd)
            # mkstemp makes the file private (0600); a saved PDF is an ordinary document.
            os.fchmod(fd, file_mode(path))
        finally:
            os.close(fd)
        os.replace(name, path)
    except OSError as exc:
        if path.exists():
            words = translate(
                "PdfExport", "Cannot save {path}: {reason}. Nothing was changed (the file that was there is untouched)."
            )
        else:
            words = translate("PdfExport", "Cannot save {path}: {reason}. Nothing was changed.")
        raise PdfExportError(words.format(path=path, reason=_reason(exc))) from exc


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return translate("PdfExport", "the disk is full")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return translate("PdfExport", "you may not write in that folder")
    if exc.errno == errno.ENOTDIR:
        return translate("PdfExport", "part of the path is a file, not a folder")
    return exc.strerror or str(exc)


def _xmp(title: str, subject: str) -> str:
    e = pdf_html.esc
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{e(title)}</rdf:li></rdf:Alt></dc:title>'
        f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{e(subject)}</rdf:li></rdf:Alt></dc:description>'
        f"<dc:creator><rdf:Seq><rdf:li>Summitry</rdf:li></rdf:Seq></dc:creator>"
        f"<xmp:CreatorTool>Summitry {__version__}</xmp:CreatorTool>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    )


def _pdf_text(value: str) -> bytes:
    if value.startswith("D:") and value.isascii():  # dates are plain ASCII strings
        return b"(" + value.encode("ascii") + b")"
    return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def with_info(data: bytes, info: dict[str, str]) -> bytes:
    """Append an incremental update that replaces the PDF's document information dictionary.

    QPdfWriter in Qt 6.11 writes Title, Author and Creator but has no Subject; an incremental update
    (PDF 1.4, section 3.4.5) redefines the Info object with every field, leaving Qt's bytes as they are.
    When the trailer is not as expected the data is returned unchanged (the subject is in the XMP too).
    """
    tail = data[-1024:]
    size = re.search(rb"/Size (\d+)", tail)
    info_ref = re.search(rb"/Info (\d+) (\d+) R", tail)
    root = re.search(rb"/Root (\d+ \d+ R)", tail)
    start = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", tail)
    ident = re.search(rb"/ID \[[^\]]*\]", tail)
    if not (size and info_ref and root and start):
        return data
    number, generation = int(info_ref.group(1)), int(info_ref.group(2))
    fields = b"".join(b"/" + key.encode("ascii") + b" " + _pdf_text(value) + b"\n" for key, value in info.items())
    body = data if data.endswith(b"\n") else data + b"\n"
    offset = len(body)
    obj = b"%d %d obj\n<<\n%s>>\nendobj\n" % (number, generation, fields)
    xref_at = offset + len(obj)
    update = (
        obj
        # The free entry for object 0 first: readers expect every xref section to start there.
        + b"xref\n0 1\n0000000000 65535 f \n%d 1\n%010d %05d n \n" % (number, offset, generation)
        + b"trailer\n<<\n/Size %s\n/Info %d %d R\n/Root %s\n" % (size.group(1), number, generation, root.group(1))
        + (ident.group(0) + b"\n" if ident else b"")
        + b"/Prev %s\n>>\nstartxref\n%d\n%%%%EOF\n" % (start.group(1), xref_at)
    )
    return body + update
