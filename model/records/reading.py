"""What the reading modules of a record's view share: named rows, links, citations as numbered notes, display forms.

Each read is a :class:`model.store.sqlrun.Query` made by :func:`query`: a statement built in
:mod:`model.records.views_sql` (compiled ahead of time for SQLite, see :mod:`model.store.sqlrun`) and the
named tuple its rows are read into, so no row is read by position. Reads take a batch of records at once
(``ids``), so the detail pane (one record) and a file of 100,000 (CSV, a dossier) read the same way.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any, NamedTuple, TypeVar

from model import dates, i18n
from model.i18n import QT_TRANSLATE_NOOP
from model.records.views import NOT_HELD, Cell, Fact, Note, RecordText, Ref
from model.store.sqlrun import Query

Run = Callable[..., list[Any]]  # model.store.sqlrun.runner's function
R = TypeVar("R")
#: Records read per statement in a batch (older SQLite builds take at most 999 bound values).
BATCH = 400
#: Listings that grow with the archive (a forum's meetings, a source's citing records) show this many.
LIST_CAP = 50
#: Counts that could reach the archive's size stop here ("more than 10,000").
COUNT_CAP = 10000


def query(name: str, row: Callable[..., R], *args: Any, builder: str = "") -> Query[R]:
    """A read of a record's view: statement ``views.<name>``, built by ``model.records.views_sql.<builder or
    name>(*args)``, its rows read into ``row``."""
    return Query(f"views.{name}", f"model.records.views_sql:{builder or name}", row, *args)


def chunks(ids: Sequence[str], size: int = BATCH) -> Iterator[Sequence[str]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


def grouped(rows: Iterable[R], key: Callable[[R], str]) -> dict[str, list[R]]:
    """Rows by the record they belong to, in the order read."""
    out: dict[str, list[R]] = {}
    for r in rows:
        out.setdefault(key(r), []).append(r)
    return out


# --- links ---------------------------------------------------------------------------------------------


def ref(rid: str, kind: str, title: str, date: str | None = None, status: str | None = None) -> Ref:
    """A link to a record, its date in the interface's language."""
    return _ref(rid, kind, title, date, status, i18n.language())


@lru_cache(maxsize=4096)  # links repeat: the topics of a batch's agenda items, countries, forums
def _ref(rid: str, kind: str, title: str, date: str | None, status: str | None, lang: str) -> Ref:
    return Ref(rid, kind, title, date, status, dates.human(date, lang) if date else "")


def ref_or_none(rid: str | None, kind: str, title: str | None, date: str | None = None) -> Ref | None:
    """A link from a joined record's columns (None when the id names no record)."""
    return ref(rid, kind, title, date) if rid is not None and title is not None else None


class RefRow(NamedTuple):
    id: str
    type: str
    title: str
    date: str | None
    status: str | None


REFS = query("refs", RefRow)


def refs(run: Run, ids: Iterable[str | None]) -> dict[str, Ref]:
    """Links to the records with these ids (those that exist)."""
    wanted = [i for i in dict.fromkeys(ids) if i]
    out: dict[str, Ref] = {}
    for chunk in chunks(wanted):
        out.update((r.id, ref(*r)) for r in REFS(run, ids=list(chunk)))
    return out


# --- citations and notes ----------------------------------------------------------------------------


class CiteRow(NamedTuple):
    record_id: str
    pk: int
    path: str
    source_id: str | None
    source_title: str | None
    source_date: str | None
    publisher: str | None
    url: str | None
    quote: str | None
    start: int | None
    end: int | None
    paragraph: int | None
    basis: str | None
    note: str | None

    @property
    def passage(self) -> tuple[object, ...]:
        """What a reader sees of the citation: two with the same passage (or note) are one note."""
        return (self.source_id, self.quote, self.start, self.end, self.paragraph, self.basis, self.note)


CITES = query("cites", CiteRow)
#: The path of the citations of a record's names in another language, before the language ("names/ru").
NAMES_PATH = "names/"


def cites_of(run: Run, ids: Sequence[str], *, names_too: bool = False) -> dict[str, list[CiteRow]]:
    """The citations of the records with these ids, by record, in the order written.

    Those of the records' names in other languages (path ``names/<lang>``) only with ``names_too``: a view
    in the original language does not show where its translations come from (see
    :mod:`model.records.read_names`).
    """
    found: list[CiteRow] = []
    for chunk in chunks(ids):
        found += CITES(run, ids=list(chunk))
    if not names_too:
        found = [c for c in found if not c.path.startswith(NAMES_PATH)]
    return grouped(found, lambda c: c.record_id)


def by_path(cites: Iterable[CiteRow]) -> dict[str, list[CiteRow]]:
    """A record's citations by the part they are about ("" for the record itself, "agenda/3", "members/0")."""
    return grouped(cites, lambda c: c.path)


class Notes:
    """Numbers one view's citations as notes, in the order the view shows them; a passage cited again keeps
    its number (four co-chairs citing one sentence make one note)."""

    def __init__(self) -> None:
        self._numbers: dict[tuple[object, ...], int] = {}
        self._notes: list[Note] = []

    def __call__(self, cites: Collection[CiteRow]) -> tuple[int, ...]:
        """The note numbers of ``cites``, each once and in order, numbering passages not seen before."""
        if not cites:  # most parts cite nothing
            return ()
        out: set[int] = set()
        for c in cites:
            key = c.passage
            number = self._numbers.get(key)
            if number is None:
                number = self._numbers[key] = len(self._notes) + 1
                self._notes.append(note_of(number, c))
            out.add(number)
        return tuple(sorted(out))

    def unseen(self, cites: Collection[CiteRow]) -> tuple[int, ...]:
        """Numbers for those of ``cites`` not numbered yet. Called last with all of a record's citations, so
        that one about a part the view does not show (bad data) still appears, as the record's own."""
        before = len(self._notes)
        return tuple(n for n in self(cites) if n > before)

    def all(self) -> tuple[Note, ...]:
        return tuple(self._notes)


def note_of(number: int, c: CiteRow) -> Note:
    source = ref(c.source_id, "source", c.source_title or c.source_id, c.source_date) if c.source_id else None
    return Note(
        number=number,
        citation=c.pk,
        record=c.record_id,
        source=source,
        publisher=c.publisher or "",
        url=c.url or "",
        quote=c.quote or "",
        start=c.start,
        end=c.end,
        paragraph=c.paragraph,
        basis="" if c.source_id else (c.basis or "general-knowledge").replace("-", " "),
        comment=c.note or "",
    )


# --- display forms -------------------------------------------------------------------------------------


#: The words of the codes the JSON Schema allows (statuses, levels, kinds, roles, relations) as people read
#: them, marked for translation; :func:`humanize` shows them in the interface's language.
CODE_WORDS = (
    QT_TRANSLATE_NOOP("RecordCode", "Held"),
    QT_TRANSLATE_NOOP("RecordCode", "Scheduled"),
    QT_TRANSLATE_NOOP("RecordCode", "Planned"),
    QT_TRANSLATE_NOOP("RecordCode", "Cancelled"),
    QT_TRANSLATE_NOOP("RecordCode", "Postponed"),
    QT_TRANSLATE_NOOP("RecordCode", "Adopted"),
    QT_TRANSLATE_NOOP("RecordCode", "Expected"),
    QT_TRANSLATE_NOOP("RecordCode", "Draft"),
    QT_TRANSLATE_NOOP("RecordCode", "Proposed"),
    QT_TRANSLATE_NOOP("RecordCode", "Leaders"),
    QT_TRANSLATE_NOOP("RecordCode", "Ministers"),
    QT_TRANSLATE_NOOP("RecordCode", "Senior officials"),
    QT_TRANSLATE_NOOP("RecordCode", "Officials"),
    QT_TRANSLATE_NOOP("RecordCode", "Experts"),
    QT_TRANSLATE_NOOP("RecordCode", "Other"),
    QT_TRANSLATE_NOOP("RecordCode", "Organisation"),
    QT_TRANSLATE_NOOP("RecordCode", "Summit"),
    QT_TRANSLATE_NOOP("RecordCode", "Ministerial forum"),
    QT_TRANSLATE_NOOP("RecordCode", "Dialogue partnership"),
    QT_TRANSLATE_NOOP("RecordCode", "Security forum"),
    QT_TRANSLATE_NOOP("RecordCode", "Defence forum"),
    QT_TRANSLATE_NOOP("RecordCode", "Declaration"),
    QT_TRANSLATE_NOOP("RecordCode", "Chairs statement"),
    QT_TRANSLATE_NOOP("RecordCode", "Statement"),
    QT_TRANSLATE_NOOP("RecordCode", "Plan of action"),
    QT_TRANSLATE_NOOP("RecordCode", "Work plan"),
    QT_TRANSLATE_NOOP("RecordCode", "Agreement"),
    QT_TRANSLATE_NOOP("RecordCode", "Report"),
    QT_TRANSLATE_NOOP("RecordCode", "Member"),
    QT_TRANSLATE_NOOP("RecordCode", "Dialogue partner"),
    QT_TRANSLATE_NOOP("RecordCode", "Participant"),
    QT_TRANSLATE_NOOP("RecordCode", "Observer"),
    QT_TRANSLATE_NOOP("RecordCode", "Founding member"),
    QT_TRANSLATE_NOOP("RecordCode", "Implements"),
    QT_TRANSLATE_NOOP("RecordCode", "Implemented by"),
    QT_TRANSLATE_NOOP("RecordCode", "Supersedes"),
    QT_TRANSLATE_NOOP("RecordCode", "Superseded by"),
    QT_TRANSLATE_NOOP("RecordCode", "Related"),
    QT_TRANSLATE_NOOP("RecordCode", "General knowledge"),
)
#: A round's statuses: their words agree with "round" where a language makes them (Russian "раунд проведён",
#: where a meeting is "проведена"); see :func:`model.i18n.code_text`.
ROUND_CODE_WORDS = (
    QT_TRANSLATE_NOOP("RoundCode", "Held"),
    QT_TRANSLATE_NOOP("RoundCode", "Scheduled"),
    QT_TRANSLATE_NOOP("RoundCode", "Planned"),
    QT_TRANSLATE_NOOP("RoundCode", "Cancelled"),
    QT_TRANSLATE_NOOP("RoundCode", "Postponed"),
)


def humanize(code: str | None, record_type: str = "") -> str:
    """ "plan-of-action" → "Plan of action" (in the interface's language: "План действий"); "" for None.
    ``record_type``: the type of the record the code describes, where its words agree with it (a round's)."""
    return i18n.code_text(code, record_type) if code else ""


code_word = i18n.code_word


def ordinal(n: int | None) -> str:
    """23 → "23rd"; "" for None."""
    if n is None:
        return ""
    # Each English ending is its own message: another language writes its own (Russian "23-я", of a meeting).
    ending = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    if ending == "st":
        words = RecordText.tr("{number}st")
    elif ending == "nd":
        words = RecordText.tr("{number}nd")
    elif ending == "rd":
        words = RecordText.tr("{number}rd")
    else:
        words = RecordText.tr("{number}th")
    return words.format(number=n)


def status_text(status: str | None, as_of: str | None = None, record_type: str = "") -> str:
    """ "Scheduled (as of 23 Jul 2016)"; "" without a status (``record_type`` as for :func:`humanize`)."""
    text = humanize(status, record_type)
    return (
        RecordText.tr("{status} (as of {date})").format(status=text, date=dates.human(as_of))
        if text and as_of
        else text
    )


def venue(city: str | None, country: Ref | None) -> tuple[Cell, ...]:
    """ "Vientiane, " and the country's link; empty when neither is known."""
    if city and country:
        return (f"{city}, ", country)
    return (city,) if city else (country,) if country else ()


def plain(parts: Iterable[Cell]) -> str:
    return "".join(p if isinstance(p, str) else p.title for p in parts)


def joined(items: Iterable[tuple[Cell, ...]], sep: str = "; ") -> tuple[Cell, ...]:
    """Several values' parts as one value's, separated by ``sep``."""
    out: list[Cell] = []
    for item in items:
        if item:
            if out:
                out.append(sep)
            out.extend(item)
    return tuple(out)


def fact(key: str, label: str, value: Cell | tuple[Cell, ...] | int | None, notes: tuple[int, ...] = ()) -> Fact | None:
    """A fact, or None when there is no value to show."""
    parts = value if isinstance(value, tuple) else (str(value),) if isinstance(value, int) else (value,)
    parts = tuple(p for p in parts if p)
    return Fact(key, label, parts, notes) if parts else None


def facts(*found: Fact | None) -> tuple[Fact, ...]:
    return tuple(f for f in found if f is not None)


def status_fact(status: str | None, as_of: str | None = None, record_type: str = "") -> Fact | None:
    text = status_text(status, as_of, record_type)
    return Fact("status", RecordText.tr("Status"), (text,), attention=status in NOT_HELD) if text else None


def counted(shown: int, total: int, words: str) -> str:
    """ "Showing 50 of 993 meetings." when a listing is cut ("more than 10,000" past the count's cap);
    ``words`` is that sentence translated for ``total`` ("Showing {shown} of {total} meeting(s).")."""
    if total <= shown:
        return ""
    of = RecordText.tr("more than %Ln", "", COUNT_CAP) if total > COUNT_CAP else RecordText.tr("%Ln", "", total)
    return words.format(shown=shown, total=of)


def json_list(value: Any) -> list[Any]:
    """A JSON list column's value: text when read on SQLite's driver, already a list elsewhere."""
    if isinstance(value, str):
        value = json.loads(value)
    return value or []


def other_names(name: str, aliases: Iterable[str], *also_not: str | None) -> tuple[str, ...]:
    """The aliases worth showing beside ``name``: each once, none that repeats the name (or ``also_not``).

    A country's name is often the same in two of its languages (Afghanistan: افغانستان in Pashto and in
    Dari), or its alias in its own language is the English name (Malaysia).
    """
    shown = {n.casefold() for n in (name, *also_not) if n}
    out: list[str] = []
    for alias in aliases:
        key = alias.strip().casefold()
        if key and key not in shown:
            shown.add(key)
            out.append(alias.strip())
    return tuple(out)


def aliases(value: Any) -> tuple[str, ...]:
    """The names in an aliases column (objects with a name, or plain strings)."""
    return tuple(a.get("name", "") if isinstance(a, dict) else str(a) for a in json_list(value))
