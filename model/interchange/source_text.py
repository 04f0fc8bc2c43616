"""The text of a new source document, from pasted text or a .txt, .html or .pdf file, paragraphs kept.

A source's text is what its citations quote and point into by character offset, so it is kept as plain text:
paragraphs separated by one blank line, lines inside a paragraph joined (a PDF breaks every line; an HTML
page writes them wherever its author pressed Enter), and no markup. File ▸ New Source… shows the result
before it is saved, with the title a file names for itself (an HTML ``<title>``, a PDF's metadata).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

#: The kinds of file a source can be read from, by suffix.
SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".pdf")

_BLANK_LINES = re.compile(r"\n[ \t\f\v]*\n\s*")
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")
_SENTENCE_END = re.compile(r"[.!?:;\"”’)]$")
_HYPHEN_BREAK = re.compile(r"(\w)-$")


class SourceTextError(ValueError):
    """A file whose text cannot be read, worded for the person who chose it."""


@dataclass(frozen=True)
class SourceText:
    """What a file or a paste gives a new source: its text and, when the file names one, its title."""

    text: str
    title: str = ""


def tidy(text: str) -> str:
    """Plain text with paragraphs kept: line ends unified, runs of blank lines one blank line, spaces single.

    Lines inside a paragraph are kept as they are (a pasted address or list keeps its lines).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    paragraphs = []
    for block in _BLANK_LINES.split(text):
        lines = [_SPACES.sub(" ", line).strip() for line in block.split("\n")]
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)


def from_file(path: Path) -> SourceText:
    """The text of a .txt, .html or .pdf file.

    Raises:
        SourceTextError: the file cannot be read, is of another kind, or holds no text (a scanned PDF).
    """
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise SourceTextError(f"{path.name}: Summitry reads text from .txt, .html and .pdf files, not '{suffix}'")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceTextError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
    if suffix == ".pdf":
        found = _pdf(path.name, data)
    elif suffix in (".html", ".htm"):
        found = from_html(_decode(data))
    else:
        found = SourceText(tidy(_decode(data)))
    if not found.text:
        hint = " (a scanned PDF holds pictures of pages, not text)" if suffix == ".pdf" else ""
        raise SourceTextError(f"{path.name}: holds no text{hint}")
    return found


def _decode(data: bytes) -> str:
    """UTF-8 when it is (most files are), else Windows-1252, which every byte decodes in."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


# --- HTML ---------------------------------------------------------------------------------------------------

#: Elements that start a new paragraph.
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "blockquote",
        "section",
        "article",
        "header",
        "footer",
        "pre",
        "dd",
        "dt",
        "hr",
    ]
)
#: Elements whose content is not text for a reader.
_HIDDEN = frozenset(["script", "style", "noscript", "template", "svg", "head"])


class _TextOfHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[list[str]] = [[]]
        self.title: list[str] = []
        self._hidden = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in _HIDDEN:
            self._hidden += 1
        elif tag in _BLOCKS:
            self.paragraphs.append([])

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.paragraphs.append([])

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCKS:
            self.paragraphs.append([])

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif not self._hidden:
            self.paragraphs[-1].append(data)


def from_html(html: str) -> SourceText:
    """The readable text of an HTML page, a paragraph per block element, and its ``<title>``."""
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    paragraphs = (" ".join("".join(words).split()) for words in parser.paragraphs)
    title = " ".join("".join(parser.title).split())
    return SourceText("\n\n".join(p for p in paragraphs if p), title)


# --- PDF ----------------------------------------------------------------------------------------------------


def _pdf(name: str, data: bytes) -> SourceText:
    import io

    from pypdf import PdfReader  # here: only New Source… from a PDF needs it
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise SourceTextError(f"{name}: is protected by a password")
        pages = [page.extract_text() or "" for page in reader.pages]
        meta = reader.metadata
        title = str(meta.title or "").strip() if meta is not None else ""
    except SourceTextError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise SourceTextError(f"{name}: is not a PDF Summitry can read ({exc})") from exc
    paragraphs = [p for page in pages for p in pdf_paragraphs(page)]
    return SourceText("\n\n".join(paragraphs), title)


def pdf_paragraphs(page: str) -> list[str]:
    """A PDF page's lines joined into paragraphs.

    A PDF has lines, not paragraphs: a paragraph ends at a blank line, or at a line that ends a sentence
    and stops well short of the page's full lines. A word hyphenated across lines is joined again.
    """
    lines = [_SPACES.sub(" ", line).strip() for line in page.replace("\r\n", "\n").split("\n")]
    full = max((len(line) for line in lines), default=0)
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        if current and _HYPHEN_BREAK.search(current) and line[:1].islower():
            current = current[:-1] + line
        else:
            current = f"{current} {line}" if current else line
        if _SENTENCE_END.search(line) and len(line) < 0.8 * full:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs
