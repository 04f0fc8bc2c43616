"""Finding a query's words in human text, exactly as the index matched them, and cutting snippets.

The index holds each record's words in one lower-cased body (ids read as words, machine values), which
is good for finding and bad for showing. Snippets and highlights are made instead from the text people
wrote (descriptions, agenda items, cited passages), searched with the index's own rules: the texts go
into a small in-memory FTS5 table with the same tokenizer, and FTS5's ``highlight()`` marks what the
query's words match there. So ``consultation`` lights up *consultations*, ``cafe`` *café*, ``consult*``
every word starting so, a phrase only where its words stand together, and a word never inside another.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from model.search import textindex
from model.search.parser import Term, parse_query, positive_terms
from model.search.sql import fts_string
from model.store import schema_facts as facts

Span = tuple[int, int]
_OPEN, _CLOSE = "\x02", "\x03"
_TABLE = "passage"
#: White space other than single spaces between words: what a snippet's one line cannot show as it is.
_UNEVEN_SPACE = re.compile(r"\s\s|[^\S ]|^\s|\s$")
#: A snippet is about this many characters, with at most LEAD of them before the first match.
SNIPPET_LENGTH = 180
LEAD = 40


@dataclass(frozen=True)
class Highlighter:
    """Finds the words of a query in texts; a query without words finds nothing."""

    terms: tuple[Term, ...]

    @classmethod
    def for_query(cls, query: str) -> Highlighter:
        return cls(positive_terms(parse_query(query).tree))

    def __bool__(self) -> bool:
        return bool(self.terms)

    def spans(self, texts: Sequence[str]) -> list[tuple[Span, ...]]:
        """For each text, the (start, end) character ranges of the words the query matches, in order."""
        out: list[tuple[Span, ...]] = [() for _ in texts]
        if not self.terms or not texts:
            return out
        expression = " OR ".join(dict.fromkeys(fts_string(t) for t in self.terms))
        candidates = self._candidates(texts)
        for row, marked in _marked(expression, [texts[i] for i in candidates]):
            out[candidates[row]] = _spans(marked, texts[candidates[row]])
        return out

    def _candidates(self, texts: Sequence[str]) -> list[int]:
        """The texts that may match: matching a page's passages costs FTS5 a few milliseconds, and most hold
        no word of the query. A plain-ASCII text cannot match without the first letters of a term's stem."""
        keys = self._stem_beginnings
        if keys is None:
            return [i for i, t in enumerate(texts) if t]
        return [i for i, t in enumerate(texts) if t and (not t.isascii() or any(k in t.lower() for k in keys))]

    @cached_property
    def _stem_beginnings(self) -> tuple[str, ...] | None:
        """Letters every word a term matches holds, or None when a term is not plain ASCII.

        English stemming only changes a word's end ("possibility" and "possibly" share the stem "possibl",
        "consultations" and "consulted" "consult"), so a matched word holds its stem but for the last letter
        or two. Terms are stemmed by the tokenizer itself, to agree with it.
        """
        if not all(t.text.isascii() for t in self.terms):
            return None
        stems = _first_stems([t.text for t in self.terms])
        if len(stems) != len(self.terms):  # a term the tokenizer reads no word in
            return None
        return tuple(stem[: max(2, len(stem) - 2)] for stem in stems)


def _first_stems(texts: Sequence[str]) -> list[str]:
    """The first token of each text, as the index's tokenizer stores it (texts without one are skipped)."""
    conn = _connection()
    conn.execute("DELETE FROM probe")
    conn.executemany("INSERT INTO probe(rowid, body) VALUES (?, ?)", enumerate(texts))
    return [str(term) for (term,) in conn.execute("SELECT term FROM probe_vocab WHERE offset = 0 ORDER BY doc")]


def _marked(expression: str, texts: Sequence[str]) -> list[tuple[int, str]]:
    """(row, text with each matched token between _OPEN and _CLOSE) for the texts that match."""
    conn = _connection()
    try:
        conn.execute(f"DELETE FROM {_TABLE}")
        conn.executemany(
            f"INSERT INTO {_TABLE}(rowid, body) VALUES (?, ?)",
            ((i, textindex.prepare(t)) for i, t in enumerate(texts) if t),
        )
        sql = f"SELECT rowid, highlight({_TABLE}, 0, ?, ?) FROM {_TABLE} WHERE {_TABLE} MATCH ?"
        return [(int(r), str(m)) for r, m in conn.execute(sql, (_OPEN, _CLOSE, expression))]
    except sqlite3.Error:  # a term FTS5 cannot read (every term is quoted, so none is known): no highlights
        return []


_LOCAL = threading.local()


def _connection() -> sqlite3.Connection:
    """This thread's in-memory database holding the passages being matched (searches run on a worker)."""
    conn: sqlite3.Connection | None = getattr(_LOCAL, "conn", None)
    if conn is None:
        conn = sqlite3.connect(":memory:")
        for table in (_TABLE, "probe"):
            conn.execute(f"CREATE VIRTUAL TABLE {table} USING fts5(body, tokenize='{facts.FTS_TOKENIZER}')")
        conn.execute("CREATE VIRTUAL TABLE probe_vocab USING fts5vocab(probe, 'instance')")
        _LOCAL.conn = conn
    return conn


def _spans(marked: str, original: str) -> tuple[Span, ...]:
    """The marked ranges, as positions in ``original``.

    The marked text is ``original`` as prepared for the index (with SEGMENT between the characters of
    scripts written without spaces) plus the marks: walking both side by side skips what was added.
    """
    spans: list[Span] = []
    j = 0  # position in original
    start = 0
    for ch in marked:
        if ch == _OPEN:
            start = j
        elif ch == _CLOSE:
            if j > start:
                spans.append((start, j))
        elif j < len(original) and ch == original[j]:
            j += 1
        # else: a SEGMENT that prepare() inserted
    return _merge(spans)


def _merge(spans: Iterable[Span]) -> tuple[Span, ...]:
    """Adjacent ranges as one (a word of a script without spaces is marked character by character)."""
    out: list[Span] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return tuple(out)


# --- snippets --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Snippet:
    text: str
    highlights: tuple[Span, ...] = ()


def best_snippet(passages: Sequence[str], spans: Sequence[tuple[Span, ...]]) -> Snippet:
    """A snippet of the passage matching the most different words (the first such one), cut around its
    first match; with no match anywhere, the start of the first passage."""
    best, best_score = -1, 0
    for i, (text, found) in enumerate(zip(passages, spans, strict=True)):
        score = len({text[s:e].casefold() for s, e in found})
        if score > best_score:
            best, best_score = i, score
    if best < 0:
        first = next((p for p in passages if p.strip()), "")
        return cut(first, ())
    return cut(passages[best], spans[best])


def cut(text: str, spans: Sequence[Span]) -> Snippet:
    """About SNIPPET_LENGTH characters of ``text`` on one line, starting shortly before its first match,
    cut at word boundaries, with "…" where text was left out."""
    flat, moved = _collapse(text, spans)
    first = moved[0][0] if moved else 0
    # As much of the passage as fits, beginning at most LEAD characters before the first match.
    start = max(0, min(first - LEAD, len(flat) - SNIPPET_LENGTH))
    if start:
        start = _word_start(flat, start)
    end = min(len(flat), start + SNIPPET_LENGTH)
    if end < len(flat):
        end = _word_end(flat, end, floor=max(moved[0][1] if moved else 0, start + 1))
    lead = "…" if start > 0 else ""
    tail = "…" if end < len(flat) else ""
    shift = len(lead) - start
    kept = tuple((s + shift, e + shift) for s, e in moved if s >= start and e <= end)
    return Snippet(f"{lead}{flat[start:end]}{tail}", kept)


def _collapse(text: str, spans: Sequence[Span]) -> tuple[str, tuple[Span, ...]]:
    """The text with every run of white space as one space (and none at the ends), spans moved with it."""
    if not _UNEVEN_SPACE.search(text):  # most passages: nothing to do
        return text, tuple((s, e) for s, e in spans if e > s)
    out: list[str] = []
    position: list[int] = []  # original index -> collapsed index
    pending_space = False
    for ch in text:
        position.append(len(out) + (1 if pending_space and out else 0))
        if ch.isspace():
            pending_space = True
            continue
        if pending_space and out:
            out.append(" ")
        pending_space = False
        out.append(ch)
    position.append(len(out))
    flat = "".join(out)
    moved = tuple((position[s], min(position[e - 1] + 1, len(flat))) for s, e in spans if e > s)
    return flat, moved


def _word_start(text: str, i: int) -> int:
    """The start of the word after position ``i`` (or ``i`` when the text has no space there)."""
    space = text.find(" ", i)
    return space + 1 if 0 <= space < i + 20 else i


def _word_end(text: str, i: int, floor: int) -> int:
    """The end of the last whole word before position ``i``, but never before ``floor``."""
    space = text.rfind(" ", floor, i + 1)
    return space if space > floor else max(i, floor)
