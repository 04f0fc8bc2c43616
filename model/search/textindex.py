"""What goes into the full-text index (SQLite's FTS5, a ``tsvector`` on PostgreSQL), kept in step with every write.

One FTS row per searchable record (rowid = ``record.rowid``), holding its title and a body made of
everything else people may search for: descriptions, agenda, outcomes, venues, notes and the cited
passages. The index holds their words' normal forms (:func:`model.text.normalize.index_text`: folded,
stemmed, lemmatised, scripts without spaces cut into letters), which a query's words are matched against
in the same forms. The index itself is the store's backend's (:meth:`model.store.backend.Backend.write_index`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from model.store import backends
from model.text.normalize import index_text

if TYPE_CHECKING:
    from sqlalchemy import Connection


def index_rows(conn: Connection, rows: Iterable[tuple[int, str, str]]) -> None:
    """Add (rowid, title, body) rows to the index, their text as people wrote it (normalised here)."""
    backends.of(conn).write_index(conn, [(r, index_text(t), index_text(b)) for r, t, b in rows])


def delete_rows(conn: Connection, rowids: Iterable[int]) -> None:
    """Remove the index rows of these record rowids."""
    backends.of(conn).delete_index(conn, rowids)


def _strings(value: Any, skip: frozenset[str], key: str = "") -> list[str]:
    """Every text inside ``value``, in document order, leaving out the fields named in ``skip``."""
    out: list[str] = []
    _collect(value, skip, key, out)
    return out


def _collect(value: Any, skip: frozenset[str], key: str, out: list[str]) -> None:
    # Appends to one list rather than yielding through nested generators, and handles the items of a
    # list in the loop of the object holding it: indexing a 100k-meeting archive visits millions of
    # values, and a call per value cost more than the visit. Exact types first; anything else (a
    # Mapping that is not a dict, say) takes the general path.
    if type(value) is dict:
        for k, item in value.items():
            if k in skip:
                continue
            t = type(item)
            if t is str:
                # Ids used as references (countries, topics, forums) read as words: "sea-lanes" → "sea lanes".
                out.append(item.replace("-", " ") if k in _ID_WORDS else item)
            elif t is list:
                words = k in _ID_WORDS
                for x in item:
                    if type(x) is str:
                        out.append(x.replace("-", " ") if words else x)
                    else:
                        _collect(x, skip, k, out)
            elif t is not int:  # objects, and anything unusual; a number holds no words
                _collect(item, skip, k, out)
    elif isinstance(value, str):
        out.append(value.replace("-", " ") if key in _ID_WORDS else value)
    elif isinstance(value, Mapping):
        for k, item in value.items():
            if k not in skip:
                _collect(item, skip, k, out)
    elif isinstance(value, list):
        for item in value:
            _collect(item, skip, key, out)


# Fields that are ids, codes, dates or machine values rather than words people search for (dates are
# searched with year: and date:, which use the records' EDTF bounds; here they would only clutter snippets).
_SKIP = frozenset(
    {
        "id",
        "source",
        "start",
        "end",
        "paragraph",
        "basis",
        "rounds",
        "related",
        "date",
        "since",
        "until",
        "as_of",
        "status_as_of",
        "period",
        "founded",
        "joined_at",
        "meeting",
        "parent",
        "lang",
        "code",
        "alpha3",
    }
)
# Reference fields whose ids are words worth finding ("laos", "maritime-piracy", "asean-russia").
_ID_WORDS = frozenset({"country", "topics", "forum"})


#: The fields that name a record (whichever its type has).
_NAMING = ("title", "name", "label")


def document_text(kind: str, obj: Mapping[str, Any], extra: Iterable[str] = ()) -> tuple[str, str]:
    """The (title, body) a record contributes to the index, from its interchange form.

    Its names in other languages count as its own words: they lead the body (the index's title is the
    record's title, which ``summitry db check`` compares it with). Their citations do not count: a note on
    where a translation comes from is not something the record is about.
    """
    title = str(obj.get("title") or obj.get("name") or obj.get("label") or "")
    names = [e for e in (obj.get("names") or {}).values() if isinstance(e, Mapping)]
    # Descriptive text first, so a snippet of a record matched by its title alone reads as prose.
    lead = [str(obj[k]) for k in ("description", "goal") if isinstance(obj.get(k), str)]
    rest = {k: v for k, v in obj.items() if k not in (*_NAMING, "description", "goal", "names")}
    named = [n for n in map(_name, names) if n]
    words = [{k: v for k, v in e.items() if k not in (*_NAMING, "citations")} for e in names]
    body = " \n".join([*lead, *_strings(rest, _SKIP), *named, *_strings(words, _SKIP), *extra])
    return title, body


def _name(entry: Mapping[str, Any]) -> str:
    return str(next((entry[k] for k in _NAMING if entry.get(k)), ""))
