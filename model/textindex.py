"""The full-text index over record text (SQLite FTS5), kept in step with every write.

One FTS row per searchable record (rowid = ``record.rowid``), holding its title
and a body made of everything else people may search for: descriptions, agenda,
outcomes, venues, notes and the cited passages.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection

FTS_TABLE = "record_fts"
TOKENIZER = "porter unicode61 remove_diacritics 2"


def create(conn: Connection) -> None:
    """Create the FTS5 table (SQLite only)."""
    conn.exec_driver_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(title, body, tokenize='{TOKENIZER}')"
    )


def prepare(text: str) -> str:
    """Text as it goes into the index; the single place to adapt tokenisation."""
    return text


def index_rows(conn: Connection, rows: Iterable[tuple[int, str, str]]) -> None:
    """Add (rowid, title, body) rows to the index."""
    batch = [{"r": r, "t": prepare(t), "b": prepare(b)} for r, t, b in rows]
    if batch:
        conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}(rowid, title, body) VALUES (:r, :t, :b)", batch)  # type: ignore[arg-type]


def delete_rows(conn: Connection, rowids: Iterable[int]) -> None:
    ids = [{"r": r} for r in rowids]
    if ids:
        conn.exec_driver_sql(f"DELETE FROM {FTS_TABLE} WHERE rowid = :r", ids)  # type: ignore[arg-type]


def _strings(value: Any, skip: frozenset[str]) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for key, item in value.items():
            if key not in skip:
                yield from _strings(item, skip)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item, skip)


# Fields that are ids, codes or machine values rather than words people search for.
_SKIP = frozenset({"id", "source", "start", "end", "paragraph", "basis", "rounds", "related"})


def document_text(kind: str, obj: Mapping[str, Any], extra: Iterable[str] = ()) -> tuple[str, str]:
    """The (title, body) a record contributes to the index, from its interchange form."""
    title = str(obj.get("title") or obj.get("name") or obj.get("label") or "")
    rest = {k: v for k, v in obj.items() if k not in ("title", "name")}
    body = " \n".join([*_strings(rest, _SKIP), *extra])
    return title, body
