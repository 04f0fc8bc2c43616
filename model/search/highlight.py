"""Finding a query's words in human text, exactly as the index matched them, and cutting snippets.

The index holds each record's words in one normalised body (ids read as words, machine values), which is
good for finding and bad for showing. Snippets and highlights are made instead from the text people wrote
(descriptions, agenda items, cited passages), cut into words and normalised by the index's own function
(:mod:`model.text.normalize`), and matched against the query's words in the same forms. Each normal form
stays tied to the place its word was written, so the form that was written is marked even where its
normal form is shorter or longer (``Маниле`` for ``Манила``, whose normal form is ``манила``). So
``consultation`` lights up *consultations*, ``cafe`` *café*, ``consult*`` every word starting so, a phrase only
where its words stand together, and a word never inside another — on any backend, since no database is asked.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from model.search.parser import Term, parse_query, positive_terms
from model.text import normalize
from model.text.normalize import TermPattern

Span = tuple[int, int]
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
        if not self._patterns:
            return out
        exact, prefixes = self._first_forms
        for i, text in enumerate(texts):
            # Most passages of a page hold no word of the query: their forms alone say so, and cost a
            # dictionary look-up a word; only the others are walked word by word with their places.
            forms = normalize.tokens(text) if text else []
            if exact.isdisjoint(forms) and not (prefixes and any(f.startswith(prefixes) for f in forms)):
                continue
            out[i] = _merge(_found(text, self._patterns))
        return out

    @cached_property
    def _patterns(self) -> tuple[TermPattern, ...]:
        patterns = (normalize.term_pattern(t.text, t.prefix) for t in self.terms)
        return tuple(dict.fromkeys(p for p in patterns if p is not None))

    @cached_property
    def _first_forms(self) -> tuple[frozenset[str], tuple[str, ...]]:
        """The forms a matching text's words must hold one of: the first of a run, or the start of a
        one-word prefix's."""
        exact: set[str] = set()
        prefixes: list[str] = []
        for pattern in self._patterns:
            for run in pattern.alternatives:
                if pattern.prefix and len(run) == 1:
                    prefixes.append(run[0])
                else:
                    exact.add(run[0])
        return frozenset(exact), tuple(prefixes)


def _found(text: str, patterns: Iterable[TermPattern]) -> list[Span]:
    """Where in ``text`` each run of each pattern stands: from its first word's start to its last's end."""
    words = normalize.located(text)
    at: dict[str, list[int]] = {}
    for i, (_start, _end, form) in enumerate(words):
        at.setdefault(form, []).append(i)
    spans: list[Span] = []
    for pattern in patterns:
        for run in pattern.alternatives:
            last = len(run) - 1
            if pattern.prefix and last == 0:
                starts = [i for form, places in at.items() if form.startswith(run[0]) for i in places]
            else:
                starts = at.get(run[0], [])
            for i in starts:
                if i + last < len(words) and _holds(words, i, run, pattern.prefix):
                    spans.append((words[i][0], _end_of_marks(text, words[i + last][1])))
    return spans


def _holds(words: list[tuple[int, int, str]], i: int, run: tuple[str, ...], prefix: bool) -> bool:
    """Whether the words from ``i`` on read ``run`` (its first word is already known to match)."""
    last = len(run) - 1
    if any(words[i + k][2] != run[k] for k in range(1, last)):
        return False
    if last == 0:
        return True
    form = words[i + last][2]
    return form.startswith(run[last]) if prefix else form == run[last]


def _end_of_marks(text: str, end: int) -> int:
    """``end`` moved past the combining marks written after a word (a Thai tone mark over its last letter
    is not a word of its own, but belongs on screen with the letter it sits on)."""
    while end < len(text) and unicodedata.category(text[end]).startswith("M"):
        end += 1
    return end


def _merge(spans: Iterable[Span]) -> tuple[Span, ...]:
    """Overlapping or touching ranges as one (a word of a script without spaces, found by two terms)."""
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
