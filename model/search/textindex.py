"""What goes into the full-text index (SQLite FTS5), kept in step with every write, and how words are prepared.

One FTS row per searchable record (rowid = ``record.rowid``), holding its title and a body made of
everything else people may search for: descriptions, agenda, outcomes, venues, notes and the cited
passages. The table itself is the store's (:data:`model.store.schema_facts.FTS_TABLE`, created with the
schema by :func:`model.store.schema.create_text_index`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from model.store.schema_facts import FTS_TABLE

if TYPE_CHECKING:
    from sqlalchemy import Connection


#: Separates the characters of a script written without spaces. FTS5's unicode61 tokenizer treats it as
#: a separator (it is not a letter or digit) and it is invisible if it ever reaches the screen.
SEGMENT = "\u200b"

# Scripts written without spaces between words: Thai, Lao, Myanmar, Khmer, Hangul syllables, kana, CJK
# ideographs (with extensions and compatibility forms). unicode61 would make a whole run one token, so
# "ລາວ" inside "ສປປ ລາວ" or "新加坡" inside a sentence could never be found.
_NO_SPACE = (
    "\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\ua9e0-\ua9ff\uaa60-\uaa7f\u1780-\u17ff\u19e0-\u19ff"
    "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
    "\U00020000-\U0002fa1f"
)
_RUN = re.compile(f"[{_NO_SPACE}]{{2,}}")
#: Ranges of _NO_SPACE this long or longer (ideographs, Hangul syllables) have no combining marks.
_MARKLESS_BLOCK = 4096


@lru_cache(maxsize=1)
def _cluster() -> re.Pattern[str]:
    """One character of a run with the combining marks after it (Thai vowels and tones, Khmer signs).

    Built on first use from the Unicode categories of the characters of ``_NO_SPACE``: asking
    ``unicodedata`` of each character of each text cost more than the rest of preparing an archive's
    text for the index. The large ideograph and Hangul blocks hold no marks (a test checks it) and are
    left out, so building takes about a millisecond.
    """
    marks = [
        re.escape(chr(code))
        for low, high in zip(_NO_SPACE[0::3], _NO_SPACE[2::3], strict=True)
        if ord(high) - ord(low) < _MARKLESS_BLOCK
        for code in range(ord(low), ord(high) + 1)
        if unicodedata.category(chr(code)).startswith("M")
    ]
    return re.compile(f"(?s).[{''.join(marks)}]*")


def _segment_run(match: re.Match[str]) -> str:
    # One token per character; combining marks stay with their base (a mark opening a run is a base).
    return SEGMENT.join(_cluster().findall(match.group(0)))


def prepare(text: str) -> str:
    """Text as it goes into the index, and each search term before it is quoted for MATCH.

    Runs of scripts without spaces are split into characters, so a word anywhere in such a run is found
    as a phrase of its characters (FTS5 phrase matching keeps them adjacent and in order). Diacritics
    and English stemming are the tokenizer's work (:data:`~model.store.schema_facts.FTS_TOKENIZER`).
    """
    if text.isascii() or not _RUN.search(text):  # isascii is free: CPython knows it of every string
        return text
    return _RUN.sub(_segment_run, text)


def unprepare(text: str) -> str:
    """Text from the index (a snippet) as people wrote it."""
    return text.replace(SEGMENT, "")


def index_rows(conn: Connection, rows: Iterable[tuple[int, str, str]]) -> None:
    """Add (rowid, title, body) rows to the index."""
    batch = [{"r": r, "t": prepare(t), "b": prepare(b)} for r, t, b in rows]
    if batch:
        conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}(rowid, title, body) VALUES (:r, :t, :b)", batch)  # type: ignore[arg-type]


def delete_rows(conn: Connection, rowids: Iterable[int]) -> None:
    """Remove the index rows of these record rowids."""
    ids = [{"r": r} for r in rowids]
    if ids:
        conn.exec_driver_sql(f"DELETE FROM {FTS_TABLE} WHERE rowid = :r", ids)  # type: ignore[arg-type]


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


def document_text(kind: str, obj: Mapping[str, Any], extra: Iterable[str] = ()) -> tuple[str, str]:
    """The (title, body) a record contributes to the index, from its interchange form."""
    title = str(obj.get("title") or obj.get("name") or obj.get("label") or "")
    # Descriptive text first, so a snippet of a record matched by its title alone reads as prose.
    lead = [str(obj[k]) for k in ("description", "goal") if isinstance(obj.get(k), str)]
    rest = {k: v for k, v in obj.items() if k not in ("title", "name", "description", "goal")}
    body = " \n".join([*lead, *_strings(rest, _SKIP), *extra])
    return title, body
