"""What must hold across records, whichever files brought them: each citation's offsets hold its quote in
its source's text, and no forum is its own ancestor.

A data file is checked on its own before it is imported, but these facts join records that may come from
different files: a later file can change a source's text under citations imported earlier, or close a
loop of parent forums that an earlier file opened. The importer asks this module about the database as
the import leaves it (inside the import's transaction), and ``summitry db check`` about the whole database.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, select, update

from model.interchange.problems import Problem, json_path
from model.interchange.validate import ParagraphFinder
from model.records import fields
from model.records.fields import Kind
from model.store import schema

#: Words for the part of a record a citation supports (the first segment of its path): "agenda item".
_PARTS = {
    f.name: f.part.label
    for rtype in fields.RECORD_TYPES.values()
    for f in rtype.fields
    if f.part is not None and any(p.kind is Kind.CITATIONS for p in f.part.fields)
}


@dataclass(frozen=True)
class Citing:
    """A stored citation of a source's passage.

    Attributes:
        pk: the citation's row.
        record_id, record_type: the record that cites.
        path: the part of the record it supports ("" for the record itself, "agenda/2" …).
        start, end: the offsets stored for the passage (None when none were stored).
    """

    pk: int
    record_id: str
    record_type: str
    path: str
    source_id: str
    quote: str
    start: int | None
    end: int | None

    def who(self) -> str:
        """ "meeting 'arf-23' (agenda item 3)": the record and the part of it that cites."""
        part, _, pos = self.path.partition("/")
        if pos.isdigit():
            where = f" ({_PARTS.get(part, part)} {int(pos) + 1})"
        else:  # the record itself (""), or its names in a language ("names/ru")
            where = f" ({part} in {pos})" if pos else f" ({part})" if part else ""
        return f"{self.record_type} '{self.record_id}'{where}"


@dataclass(frozen=True)
class Drift:
    """A citation whose offsets no longer hold its quote, and where the quote is now.

    Attributes:
        found: the start of each place the quote occurs in the source's text, at most two (two means
            "more than once"): one place is where it moved to; none or two leave nowhere to move it.
        paragraph: the paragraph of the one place (see :func:`model.interchange.validate.paragraph_of`).
    """

    citing: Citing
    found: tuple[int, ...]
    paragraph: int | None = None

    @property
    def movable(self) -> bool:
        return len(self.found) == 1

    def whereabouts(self) -> str:
        """Where the quote is now, in words."""
        if self.movable:
            start = self.found[0]
            return f"it now occurs once, at characters {start}–{start + len(self.citing.quote)}"
        return "it occurs more than once in the text" if self.found else "it does not occur in the text"


def short_quote(quote: str) -> str:
    return f"“{quote}”" if len(quote) <= 60 else f"“{quote[:57]}…”"


def words(drift: Drift) -> str:
    """One line on a drifted citation: who cites what, where it pointed, and where the quote is now."""
    c = drift.citing
    if c.start is None or c.end is None:
        return f"{c.who()} quotes {short_quote(c.quote)} from source '{c.source_id}': {drift.whereabouts()}"
    return (
        f"{c.who()} cites characters {c.start}–{c.end} of source '{c.source_id}', which do not hold the quoted "
        f"passage {short_quote(c.quote)}: {drift.whereabouts()}"
    )


def citations_of(conn: Connection, source_id: str) -> Iterator[Citing]:
    """Every stored citation that quotes the source."""
    cit, rec = schema.table(schema.Citation), schema.table(schema.Record)
    rows = conn.execute(
        select(cit.c.pk, cit.c.record_id, rec.c.type, cit.c.path, cit.c.quote, cit.c.start, cit.c.end)
        .join(rec, rec.c.id == cit.c.record_id)
        .where(cit.c.source_id == source_id, cit.c.quote.is_not(None))
        .order_by(rec.c.rowid, cit.c.path, cit.c.position)
    )
    for pk, record_id, record_type, path, quote, start, end in rows:
        yield Citing(pk, record_id, record_type, path, source_id, quote, start, end)


def source_texts(conn: Connection, ids: Iterable[str] | None = None) -> Iterator[tuple[str, str]]:
    """(id, text) of the given sources (all when None), one text in memory at a time."""
    src = schema.table(schema.Source)
    wanted = sorted(set(ids)) if ids is not None else list(conn.execute(select(src.c.id).order_by(src.c.id)).scalars())
    for sid in wanted:
        text = conn.execute(select(src.c.text).where(src.c.id == sid)).scalar()
        if text is not None:
            yield sid, text


def drifted(conn: Connection, source_ids: Iterable[str] | None = None) -> Iterator[Drift]:
    """Every citation of the given sources (all when None) whose offsets do not hold its quote."""
    paragraph_of = ParagraphFinder()
    for sid, text in source_texts(conn, source_ids):
        for c in citations_of(conn, sid):
            if c.start is not None and c.end is not None and text[c.start : c.end] == c.quote:
                continue
            if c.start is None and c.end is None and c.quote in text:
                continue  # nothing stored to be wrong (offsets are filled in on import)
            first = text.find(c.quote)
            if first < 0:
                yield Drift(c, ())
                continue
            second = text.find(c.quote, first + 1)
            if second >= 0:
                yield Drift(c, (first, second))
            else:
                yield Drift(c, (first,), paragraph_of(text, first))


def move(conn: Connection, drifts: Iterable[Drift]) -> set[str]:
    """Point each movable citation at the one place its quote now occurs; returns the records changed."""
    drifts = [d for d in drifts if d.movable]
    cit = schema.table(schema.Citation)
    rows = [
        {"cpk": d.citing.pk, "start": d.found[0], "end": d.found[0] + len(d.citing.quote), "paragraph": d.paragraph}
        for d in drifts
    ]
    if rows:
        conn.execute(update(cit).where(cit.c.pk == bindparam("cpk")), rows)
    return {d.citing.record_id for d in drifts}


def forum_parents(conn: Connection) -> dict[str, str | None]:
    """Every forum's parent (a few hundred forums even in a big archive)."""
    forum = schema.table(schema.Forum)
    return {fid: parent for fid, parent in conn.execute(select(forum.c.id, forum.c.parent_id))}


def forum_cycles(parents: Mapping[str, str | None]) -> list[tuple[str, ...]]:
    """Each loop of parent forums once, as the forums in parent order, starting at the smallest id."""
    cycles: list[tuple[str, ...]] = []
    done: set[str] = set()
    for first in sorted(parents):
        chain: dict[str, int] = {}
        cur: str | None = first
        while cur is not None and cur not in done and cur not in chain:
            chain[cur] = len(chain)
            cur = parents.get(cur)
        if cur is not None and cur in chain:  # the walk came back to a forum of this chain: a loop
            loop = list(chain)[chain[cur] :]
            low = loop.index(min(loop))
            cycles.append(tuple(loop[low:] + loop[:low]))
        done.update(chain)
    return cycles


def cycle_words(cycle: tuple[str, ...]) -> str:
    """ "'a' → 'b' → 'a'": a loop of parents, each forum pointing at its parent."""
    return " → ".join(f"'{f}'" for f in (*cycle, cycle[0]))


# --- an import: the database as it leaves it, inside its transaction ---------------------------------------


def after_import(
    conn: Connection, clean: Mapping[str, Any], written: set[str], kept: set[str], replaced: set[str]
) -> tuple[list[Problem], list[Drift]]:
    """What refuses an import, located in its file, and the citations to move when nothing does.

    ``clean`` is the file as imported; ``written`` the ids it added or updated; ``kept`` those it left as the
    user's own; ``replaced`` its sources whose text differs from the one stored before (see
    :func:`model.interchange.importer.import_data`).
    """
    problems = _forum_loop_problems(conn, clean, written)
    drifts = list(drifted(conn, replaced)) if replaced else []
    at = {s["id"]: i for i, s in enumerate(clean.get("sources") or [])}
    for d in drifts:
        if not d.movable:
            sid = d.citing.source_id
            problems.append(Problem(json_path(["sources", at[sid], "text"]), _lost_quote_words(d, sid in kept)))
    return problems, [d for d in drifts if d.movable]


def _lost_quote_words(drift: Drift, kept: bool) -> str:
    c = drift.citing
    text = "your own version of it, which this dataset does not replace" if kept else "the new text"
    if drift.found:
        why = f"occurs more than once in {text}, so the citation cannot be moved to it"
    else:
        why = f"no longer occurs in {text}"
    fix = "give that record a corrected citation in this file"
    return f"{c.who()} quotes {short_quote(c.quote)} from source '{c.source_id}', which {why}; {fix}"


def _forum_loop_problems(conn: Connection, clean: Mapping[str, Any], written: set[str]) -> list[Problem]:
    """A loop of parent forums that the import closes (a loop within the file was refused before)."""
    at = {f["id"]: i for i, f in enumerate(clean.get("forums") or [])}
    if not at:
        return []
    parents = forum_parents(conn)
    out: list[tuple[int, Problem]] = []
    for cycle in forum_cycles(parents):
        stored = "; ".join(f"'{f}' has the parent '{parents[f]}'" for f in cycle if f not in written)
        for k, forum in enumerate(cycle):
            if forum in written and forum in at:
                why = f"forum '{forum}' would be its own ancestor: {cycle_words(cycle[k:] + cycle[:k])}"
                where = json_path(["forums", at[forum], "parent"])
                out.append((at[forum], Problem(where, f"{why} ({stored} in the database)" if stored else why)))
    return [problem for _, problem in sorted(out)]
