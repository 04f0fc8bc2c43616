"""Queries behind the main window's tree, status bar and timeline, returning small frozen dataclasses.

The tree is browsed one page at a time: :func:`child_count` says how many
children a node has and :func:`children` returns a slice of them, so a forum
with thousands of meetings costs one page, never the whole list. Group nodes
(ids starting with ``@``) collect records that have no natural parent:
outcome documents adopted at no known meeting, countries, topics and sources.

Tree order under a forum: its sub-forums (by name), its processes (by title),
its dated meetings (by date), then its undated meetings (by title). Names and titles order as the tree shows
them: in the interface's language where a record has a name in it (``lang``), else as written.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from model import dates, i18n
from model.i18n import QT_TRANSLATE_NOOP, Words, code_phrase, translate
from model.store.sqlrun import Query, Reader, Sql
from model.store.sqlrun import rows as _rows  # declared statements, run on the driver (see model.store.sqlrun)

#: Group nodes shown at the top level, with their labels, in order.
#: (English as written; the tree shows them in the interface's language.)
GROUPS: dict[str, str] = {
    "@outcomes": QT_TRANSLATE_NOOP("TreeText", "Outcome documents without a meeting"),
    "@countries": QT_TRANSLATE_NOOP("TreeText", "Countries"),
    "@topics": QT_TRANSLATE_NOOP("TreeText", "Topics"),
    "@sources": QT_TRANSLATE_NOOP("TreeText", "Source documents"),
}


class TreeText(Words):
    """The words of the tree and the status bar's counts, in the interface's language."""


#: Meeting and round statuses that mean "not held yet as of the source".
NOT_HELD = frozenset({"scheduled", "planned", "expected", "postponed"})
_CHUNK = 500

#: The record type of each run (section) of children, in tree order, under the top level ("top"), a group,
#: or a record of a type (see model.reads.queries_sql.sections, where each run's filter and order are).
SECTION_KINDS: dict[str, tuple[str, ...]] = {
    "top": ("forum", "process"),
    "@outcomes": ("outcome",),
    "@countries": ("country",),
    "@topics": ("topic",),
    "@sources": ("source",),
    "forum": ("forum", "process", "meeting", "meeting"),
    "process": ("round",),
    "meeting": ("outcome",),
}
_Q = "model.reads.queries_sql:"


# --- the rows the statements return (each statement labels its columns with these fields' names) ------------


class NodeRow(NamedTuple):
    """A tree node's columns (:func:`model.reads.queries_sql._base`): ``a``, ``b``, ``c`` depend on its type."""

    id: str
    a: Any
    b: Any
    c: Any
    date: str | None
    status: str | None
    kids: bool


class KeyedNode(NamedTuple):
    """A node's columns and its place in tree order: the section's sort key, as wide as that section's order."""

    node: NodeRow
    key: tuple[Any, ...]

    @classmethod
    def of(cls, *columns: Any) -> KeyedNode:
        """From a row of :func:`model.reads.queries_sql.among`: the node's columns, then the sort key's."""
        width = len(NodeRow._fields)
        return cls(NodeRow(*columns[:width]), columns[width:])


class _Groups(NamedTuple):
    outcomes: bool
    countries: bool
    topics: bool
    sources: bool


class _TypeOf(NamedTuple):
    id: str
    type: str


class _Parent(NamedTuple):
    id: str
    parent: str | None


class _Type(NamedTuple):
    type: str


class _Name(NamedTuple):
    record_id: str
    lang: str
    title: str | None
    abbreviation: str | None
    city: str | None


class _Title(NamedTuple):
    title: str | None


class LastChange(NamedTuple):
    """Who changed a record last (as revisions name them) and when (UTC ISO-8601 with Z)."""

    author: str
    at: str

    def words(self) -> str:
        """ "Last changed by anna on 4 Dec 2026, 23:59 UTC"."""
        day, _, time = self.at.partition("T")
        when = dates.human(day) + (f", {time[:5]} UTC" if time else "")
        return TreeText.tr("Last changed by {who} on {when}").format(who=self.author, when=when)


class _Id(NamedTuple):
    id: str


class _TypeCount(NamedTuple):
    type: str
    records: int


class _ForumName(NamedTuple):
    id: str
    name: str
    abbreviation: str | None


class _RoundEvent(NamedTuple):
    id: str
    number: int
    city: str | None
    date: str
    lower: str
    upper: str
    status: str | None


class _Latest(NamedTuple):
    latest: str | None


class _MeetingEvent(NamedTuple):
    id: str
    title: str
    date: str
    lower: str
    upper: str
    status: str | None
    forum_id: str


class _Extent(NamedTuple):
    first: str | None
    last: str | None


class _ForumExtent(NamedTuple):
    forum_id: str
    first: str | None
    last: str | None


class _SourceRow(NamedTuple):
    id: str
    title: str
    publisher: str | None
    date: str | None


_SECTIONS = [(p, n) for p, kinds in SECTION_KINDS.items() for n in range(len(kinds))]
# A section's counts (one column per run) and a child's sort key (one column per key part) vary in width:
# they are read as plain rows, their columns as a list.
_COUNTS = {p: Sql(f"tree.counts.{p}", _Q + "counts", p) for p in SECTION_KINDS}
_KEY = {(p, n): Sql(f"tree.key.{p}.{n}", _Q + "key", p, n) for p, n in _SECTIONS}
_RANK = {(p, n): Sql(f"tree.rank.{p}.{n}", _Q + "rank", p, n) for p, n in _SECTIONS}
_PAGE = {(p, n): Query(f"tree.page.{p}.{n}", _Q + "page", NodeRow, p, n) for p, n in _SECTIONS}
_AMONG = {(p, n): Query(f"tree.among.{p}.{n}", _Q + "among", KeyedNode.of, p, n) for p, n in _SECTIONS}
_NODE_KINDS = ("forum", "meeting", "process", "round", "outcome", "country", "topic", "source")
_NODE = {k: Query(f"tree.node.{k}", _Q + "node", NodeRow, k) for k in _NODE_KINDS}
_PARENT_KINDS = ("forum", "meeting", "process", "round", "outcome")
_PARENTS = {k: Query(f"tree.parents.{k}", _Q + "parents_of", _Parent, k) for k in _PARENT_KINDS}
_GROUPS = Query("tree.groups", _Q + "groups", _Groups)
_TYPES_OF = Query("record.types_of", _Q + "types_of", _TypeOf)
_RECORD_TYPE = Query("record.type", _Q + "record_type", _Type)
_RECORD_TITLE = Query("record.title", _Q + "record_title", _Title)
_LAST_CHANGE = Query("record.last_change", _Q + "last_change", LastChange)
_RECORD_NOTE = Query("record.note", _Q + "record_note", lambda text: str(text or ""))
_RECORDS_OF_TYPE = Query("record.of_type", _Q + "records_of_type", lambda id, label: Choice(id, label or id))
_RECORD_COUNTS = Query("record.counts", _Q + "record_counts", _TypeCount)
_SOURCES = Query("record.source_summaries", _Q + "source_summaries", _SourceRow)
_PROCESSES = Query("timeline.processes", _Q + "processes", lambda id, label: Choice(id, label))
_FORUMS = Query("timeline.forums", _Q + "forums", _ForumName)
_FIRST_PROCESS = Query("timeline.first_process", _Q + "first_process", _Id)
_PROCESS_TITLE = Query("timeline.process_title", _Q + "process_title", _Title)
_PROCESS_ROUNDS = Query("timeline.process_rounds", _Q + "process_rounds", _RoundEvent)
_LATEST_SOURCE = Query("timeline.latest_source", _Q + "latest_source", _Latest)
_MEETING_EVENTS = Query("timeline.meeting_events", _Q + "meeting_events", _MeetingEvent)
_DATE_EXTENT = Query("timeline.date_extent", _Q + "date_extent", _Extent)
_MEETING_EXTENTS = Query("timeline.meeting_extents", _Q + "meeting_extents", _ForumExtent)


_NAMES = Query("tree.names", _Q + "names", _Name)


def _names(conn: Reader, ids: Sequence[str], lang: str | None) -> dict[str, _Name]:
    """Each record's names in ``lang`` (the best match of its languages), for those that have them."""
    best: dict[str, tuple[int, _Name]] = {}
    if not lang:
        return {}
    for i in range(0, len(ids), _CHUNK):
        for row in _NAMES.read(conn, ids=list(ids[i : i + _CHUNK])):
            score = i18n.language_match(row.lang, lang)
            if score > best.get(row.record_id, (0, row))[0]:
                best[row.record_id] = (score, row)
    return {rid: row for rid, (_score, row) in best.items()}


def _named(kind: str, r: NodeRow, n: _Name | None) -> NodeRow:
    """A tree row with the names the record has in a language: a forum's name and abbreviation, a round's
    city, any other record's title."""
    if n is None:
        return r
    if kind == "forum":
        return r._replace(a=n.title or r.a, b=n.abbreviation or r.b)
    if kind == "round":
        return r._replace(b=n.city or r.b)
    return r._replace(a=n.title or r.a)


def _in_order_of(lang: str | None) -> dict[str, str]:
    """The parameters that order rows by their names in ``lang`` (see model.reads.queries_sql.shown_name)."""
    tag = (lang or "").casefold()
    return {"lang": tag, "lang_tags": f"{tag}-%" if tag else ""}


def _localised(conn: Reader, nodes: list[tuple[str, NodeRow]], lang: str | None) -> list[TreeNode]:
    names = _names(conn, [r.id for _kind, r in nodes], lang)
    return [_node_from(kind, _named(kind, r, names.get(r.id))) for kind, r in nodes]


class TreeNode(NamedTuple):
    """One row of the tree: an immutable value, like the frozen dataclasses the other reads return.

    A named tuple because the tree makes them by the hundred per page: one is made five times faster than
    a frozen dataclass, whose ``__init__`` sets each field through ``object.__setattr__``.

    Attributes:
        id: the record id, or a group id starting with ``@``.
        type: the record type, or "group".
        label: the text shown ("Round 3 — Jakarta, Oct 2014").
        date: the record's EDTF date, if any.
        status: held / scheduled / planned / adopted / expected …, if any.
        has_children: whether expanding the node shows anything.
    """

    id: str
    type: str
    label: str
    date: str | None = None
    status: str | None = None
    has_children: bool = False

    @property
    def date_human(self) -> str:
        return dates.human(self.date)

    @property
    def status_word(self) -> str:
        """The status as the tree shows it beside a date: "scheduled", "запланирована" (a round's "запланирован")."""
        return code_phrase(self.status, self.type) if self.status else ""

    @property
    def not_held(self) -> bool:
        """A meeting or round that had not taken place as of its source."""
        return self.type in ("meeting", "round") and (self.status or "") in NOT_HELD


def _label(kind: str, a: Any, b: Any, date: str | None) -> str:
    if kind == "forum":
        return f"{a} ({b})" if b and b != a else str(a)
    if kind == "round":
        where = f" — {b}" if b else ""
        when = f", {dates.human(date)}" if date else ""
        if not where and when:
            when = f" — {dates.human(date)}"
        return TreeText.tr("Round {number}").format(number=a) + f"{where}{when}"
    return str(a)


def _node_from(kind: str, r: NodeRow) -> TreeNode:
    return TreeNode(r.id, kind, _label(kind, r.a, r.b, r.date), r.date, r.status, bool(r.kids))


def record_type(conn: Reader, rid: str) -> str | None:
    """The type of a record, "group" for a group id, None when there is no such record."""
    if rid in GROUPS:
        return "group"
    found = _RECORD_TYPE.read(conn, rid=rid)  # asked on every click (the timeline)
    return found[0].type if found else None


def _parent_key(conn: Reader, parent: str | None, kind: str | None = None) -> str:
    """Which sections ``parent``'s children fall in; ``kind`` is its record type when the caller knows it."""
    if parent is None:
        return "top"
    if parent in GROUPS:
        return parent
    return kind or record_type(conn, parent) or ""


def _section_counts(conn: Reader, key: str, parent: str | None) -> list[int]:
    if key not in SECTION_KINDS:
        return []
    return [int(n or 0) for n in _rows(conn, _COUNTS[key], parent=parent)[0]]


def _groups(conn: Reader) -> list[TreeNode]:
    present = _GROUPS.read(conn)[0]
    return [
        TreeNode(g, "group", translate("TreeText", label), has_children=True)
        for g, label in GROUPS.items()
        if getattr(present, g.removeprefix("@"))
    ]


def section_counts(conn: Reader, parent: str | None, kind: str | None = None) -> tuple[int, ...]:
    """How many children ``parent`` has in each run of the tree order (sub-forums, processes, dated and
    undated meetings…), in one query. Pass it to :func:`children` to read pages without counting again."""
    return tuple(_section_counts(conn, _parent_key(conn, parent, kind), parent))


def child_count(conn: Reader, parent: str | None, kind: str | None = None) -> int:
    """How many children ``parent`` (None for the top level) has in the tree; ``kind``: its type, if known."""
    total = sum(section_counts(conn, parent, kind))
    if parent is None:
        total += len(_groups(conn))
    return total


def children(
    conn: Reader,
    parent: str | None,
    offset: int = 0,
    limit: int = 200,
    kind: str | None = None,
    counts: tuple[int, ...] | None = None,
    lang: str | None = None,
) -> list[TreeNode]:
    """Children ``offset .. offset+limit`` of ``parent`` (None for the top level), in tree order.

    ``kind`` is the parent's record type when the caller knows it (saves a lookup per page); ``counts``
    its :func:`section_counts`, when known (empty runs are then skipped without a query). ``lang``: label
    the records by their names in that language where they have them, and order runs sorted by name by them.
    """
    out: list[TreeNode] = []
    order = _in_order_of(lang)
    key = _parent_key(conn, parent, kind)
    kinds = SECTION_KINDS.get(key, ())
    if counts is None and offset:  # where the page starts
        counts = tuple(_section_counts(conn, key, parent))
    for n, section_kind in enumerate(kinds):
        if limit <= 0:
            break
        if counts is not None and offset >= counts[n]:
            offset -= counts[n]
            continue
        found = _PAGE[key, n].read(conn, parent=parent, offset=offset, limit=limit, **order)
        out.extend(_localised(conn, [(section_kind, r) for r in found], lang))
        limit -= len(found)
        offset = 0
    if parent is None and limit > 0:
        out.extend(_groups(conn)[offset : offset + limit])
    return out


def child_position(
    conn: Reader, parent: str | None, child: str, kind: str | None = None, lang: str | None = None
) -> int | None:
    """The row of ``child`` among ``parent``'s children, without listing them; None if not a child.

    ``kind`` is the parent's record type when the caller knows it; ``lang`` as for :func:`children`.
    """
    order = _in_order_of(lang)
    key = _parent_key(conn, parent, kind)
    counts: list[int] | None = None
    before = 0
    for n in range(len(SECTION_KINDS.get(key, ()))):
        found = _rows(conn, _KEY[key, n], parent=parent, child=child, **order)
        if not found:
            counts = counts if counts is not None else _section_counts(conn, key, parent)
            before += counts[n]
            continue
        keys = {f"k{j}": value for j, value in enumerate(found[0])}
        return before + int(_rows(conn, _RANK[key, n], parent=parent, **keys, **order)[0][0] or 0)
    if parent is None and child in GROUPS:
        ids = [g.id for g in _groups(conn)]
        return before + ids.index(child) if child in ids else None
    return None


def nodes_in_order(conn: Reader, parent: str | None, ids: Iterable[str], lang: str | None = None) -> list[TreeNode]:
    """The nodes for ``ids`` (children of ``parent``), in tree order; ids that are not children are dropped
    (``lang`` as for :func:`children`).

    Used when the tree is narrowed to a set of records (search results): the
    cost follows the number of ids, not the number of records in the database.
    """
    wanted = list(dict.fromkeys(ids))
    order = _in_order_of(lang)
    key = _parent_key(conn, parent)
    keyed: list[tuple[int, tuple[Any, ...], str, NodeRow]] = []
    for n, section_kind in enumerate(SECTION_KINDS.get(key, ())):
        for i in range(0, len(wanted), _CHUNK):
            for row in _AMONG[key, n].read(conn, parent=parent, ids=wanted[i : i + _CHUNK], **order):
                keyed.append((n, row.key, section_kind, row.node))
    keyed.sort(key=lambda t: (t[0], t[1]))
    out = _localised(conn, [(kind, r) for _, _, kind, r in keyed], lang)
    if parent is None:
        out.extend(g for g in _groups(conn) if g.id in wanted)
    return out


def node(conn: Reader, rid: str, lang: str | None = None) -> TreeNode | None:
    """The tree node of one record or group (``lang`` as for :func:`children`)."""
    if rid in GROUPS:
        return next((g for g in _groups(conn) if g.id == rid), None)
    kind = record_type(conn, rid)
    if kind is None:
        return None
    found = _NODE[kind if kind in _NODE else "source"].read(conn, rid=rid)
    return _localised(conn, [(kind, found[0])], lang)[0] if found else None


def _parent_map(conn: Reader, ids: Sequence[str]) -> dict[str, str | None]:
    """The tree parent of each record id (None for the top level)."""
    out: dict[str, str | None] = {}
    types: dict[str, str] = {}
    for i in range(0, len(ids), _CHUNK):
        types.update((r.id, r.type) for r in _TYPES_OF.read(conn, ids=list(ids[i : i + _CHUNK])))
    by_kind: dict[str, list[str]] = {}
    for rid, kind in types.items():
        by_kind.setdefault(kind, []).append(rid)
    for kind, kids in by_kind.items():
        if kind in _PARENTS:
            for i in range(0, len(kids), _CHUNK):
                for r in _PARENTS[kind].read(conn, ids=kids[i : i + _CHUNK]):
                    out[r.id] = r.parent if r.parent is not None else ("@outcomes" if kind == "outcome" else None)
        else:
            out.update({rid: f"@{kind}s" if kind != "country" else "@countries" for rid in kids})
    return out


def tree_paths(conn: Reader, ids: Iterable[str]) -> dict[str, list[str]]:
    """For each record id, its ancestors in the tree from the top level down (unknown ids are left out)."""
    parent: dict[str, str | None] = {g: None for g in GROUPS}
    todo = [i for i in dict.fromkeys(ids) if i not in parent]
    known: set[str] = set(parent)
    while todo:
        found = _parent_map(conn, todo)
        parent.update(found)
        known.update(todo)
        todo = [p for p in dict.fromkeys(found.values()) if p is not None and p not in known]
    out: dict[str, list[str]] = {}
    for rid in ids:
        if rid not in parent:
            continue
        chain: list[str] = []
        cur = parent[rid]
        while cur is not None and cur not in chain and len(chain) < 64:  # a cycle must not hang the GUI
            chain.append(cur)
            cur = parent.get(cur)
        out[rid] = chain[::-1]
    return out


@dataclass(frozen=True)
class Counts:
    """How many records of each type the database holds."""

    by_type: dict[str, int]

    def text(self) -> str:
        n = self.by_type.get
        parts = [
            TreeText.tr("%n forum(s)", "", n("forum", 0)) if n("forum") else "",
            TreeText.tr("%n meeting(s)", "", n("meeting", 0)) if n("meeting") else "",
            TreeText.tr("%n process(es)", "", n("process", 0)) if n("process") else "",
            TreeText.tr("%n round(s)", "", n("round", 0)) if n("round") else "",
            TreeText.tr("%n outcome(s)", "", n("outcome", 0)) if n("outcome") else "",
            TreeText.tr("%n source(s)", "", n("source", 0)) if n("source") else "",
        ]
        parts = [p for p in parts if p]
        return " · ".join(parts) if parts else TreeText.tr("No records")


def record_counts(conn: Reader) -> Counts:
    """Counts per record type (one grouped query over an index)."""
    return Counts({r.type: r.records for r in _RECORD_COUNTS.read(conn)})


def record_title(conn: Reader, rid: str) -> str | None:
    found = _RECORD_TITLE.read(conn, rid=rid)
    return found[0].title if found else None


def last_change(conn: Reader, rid: str) -> LastChange | None:
    """Who changed the record last, and when; None for a record nobody has changed since it was loaded."""
    found = _LAST_CHANGE.read(conn, rid=rid)
    return found[0] if found else None


def exists_record(conn: Reader, rid: str) -> bool:
    return bool(_RECORD_TYPE.read(conn, rid=rid))


# --- timeline -----------------------------------------------------------------------------------------

#: The process the timeline shows first when the database has it.
DEFAULT_PROCESS = "eas-security-architecture"


@dataclass(frozen=True)
class TimelineEvent:
    """Something drawn on the timeline over its real extent (``lower`` .. ``upper``, ISO days)."""

    id: str
    type: str
    label: str
    lower: str
    upper: str
    date: str
    status: str | None = None
    lane: str = ""


@dataclass(frozen=True)
class ProcessTimeline:
    """The rounds of a process, and the date of the sources that state them."""

    process_id: str
    title: str
    events: tuple[TimelineEvent, ...]
    as_of: str | None


@dataclass(frozen=True)
class Choice:
    """An entry of a selector: an id and the text shown for it."""

    id: str
    label: str


def processes(conn: Reader, lang: str | None = None) -> list[Choice]:
    """Every process, by title (processes are few; they are not paged); ``lang`` as for :func:`children`."""
    found = _PROCESSES.read(conn)
    names = _names(conn, [c.id for c in found], lang)
    return [Choice(c.id, names[c.id].title or c.label) if c.id in names else c for c in found]


def record_note(conn: Reader, rid: str) -> str:
    """The record's private note ("" when none), read as the pane shows a record: without SQLAlchemy."""
    found = _RECORD_NOTE.read(conn, rid=rid)
    return found[0] if found else ""


def records_of_type(conn: Reader, kind: str, limit: int = 5000) -> list[Choice]:
    """Records of one type by title, at most ``limit`` (what an edit form's reference field completes)."""
    return _RECORDS_OF_TYPE.read(conn, kind=kind, limit=limit)


def forums(conn: Reader, lang: str | None = None) -> list[Choice]:
    """Every forum, by name, for choosing timeline lanes; ``lang`` as for :func:`children`."""
    found = _FORUMS.read(conn)
    names = _names(conn, [f.id for f in found], lang)
    out = []
    for f in found:
        n = names.get(f.id)
        out.append(
            Choice(f.id, (n.abbreviation or n.title or f.abbreviation or f.name) if n else f.abbreviation or f.name)
        )
    return out


def default_process(conn: Reader) -> str | None:
    if _PROCESS_TITLE.read(conn, rid=DEFAULT_PROCESS):
        return DEFAULT_PROCESS
    first = _FIRST_PROCESS.read(conn)
    return first[0].id if first else None


def process_timeline(conn: Reader, process_id: str, lang: str | None = None) -> ProcessTimeline | None:
    """The dated rounds of a process, and the latest date of the sources cited for them (their "as of");
    ``lang`` as for :func:`children`."""
    found = _PROCESS_TITLE.read(conn, rid=process_id)
    title = found[0].title if found else None
    if title is None:
        return None
    rounds = _PROCESS_ROUNDS.read(conn, rid=process_id)
    names = _names(conn, [process_id, *(r.id for r in rounds)], lang)
    title = (names[process_id].title if process_id in names else None) or title
    events = tuple(
        TimelineEvent(
            r.id,
            "round",
            " · ".join(x for x in (str(r.number), _city(r.city, names.get(r.id)), dates.human(r.date)) if x),
            r.lower,
            r.upper,
            r.date,
            r.status,
            process_id,
        )
        for r in rounds
    )
    as_of = _LATEST_SOURCE.read(conn, ids=[process_id, *(e.id for e in events)])[0].latest
    return ProcessTimeline(process_id, title, events, as_of)


def meeting_events(
    conn: Reader, forum_ids: Sequence[str], lower: str, upper: str, limit: int = 20000, lang: str | None = None
) -> list[TimelineEvent]:
    """Dated meetings of the given forums that overlap ``lower`` .. ``upper``, at most ``limit`` of them;
    ``lang`` as for :func:`children`."""
    if not forum_ids:
        return []
    found = _MEETING_EVENTS.read(conn, forums=list(forum_ids), lower=lower, upper=upper, limit=limit)
    names = _names(conn, [m.id for m in found], lang)
    return [
        TimelineEvent(m.id, "meeting", _title(m.title, names.get(m.id)), m.lower, m.upper, m.date, m.status, m.forum_id)
        for m in found
    ]


def _title(title: str, n: _Name | None) -> str:
    return (n.title if n is not None else None) or title


def _city(city: str | None, n: _Name | None) -> str:
    return (n.city if n is not None else None) or city or ""


def date_extent(conn: Reader, forum_ids: Sequence[str]) -> tuple[str, str] | None:
    """The first and last day of the given forums' dated meetings."""
    if not forum_ids:
        return None
    extent = _DATE_EXTENT.read(conn, forums=list(forum_ids))[0]
    return (extent.first, extent.last) if extent.first and extent.last else None


def meeting_extents(conn: Reader, forum_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
    """For each given forum with dated meetings, the first and last day of them (for "fit to data").

    One grouped read of the (forum_id, date_lower, date_upper) index: no meeting rows are loaded.
    """
    if not forum_ids:
        return {}
    found = _MEETING_EXTENTS.read(conn, forums=list(forum_ids))
    return {f.forum_id: (f.first, f.last) for f in found if f.first and f.last}


@dataclass(frozen=True)
class SourceSummary:
    """A source document without its text (for the About box and lists)."""

    id: str
    title: str
    publisher: str | None
    date: str | None


def source_summaries(conn: Reader, limit: int = 10) -> list[SourceSummary]:
    """The first sources by date, at most ``limit``."""
    return [SourceSummary(r.id, r.title, r.publisher, r.date) for r in _SOURCES.read(conn, limit=limit)]
