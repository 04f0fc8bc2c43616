"""Search speed: keystroke-to-results against the raw FTS5 query for the same terms.

``python bench/bench_search.py --meetings 100000`` builds (once, cached in /tmp) a synthetic database of
that many meetings with agenda text written straight into the tables and the full-text index, then times:

- raw: ``SELECT rowid FROM record_fts WHERE record_fts MATCH ? ORDER BY rank LIMIT 50`` (the FTS5 floor), with
  the terms in the index's normal forms (``consult`` for *consultation*), as the search asks for them;
- search: :func:`model.search.engine.search` (parse, resolve fields, ranked first page with snippets, count);
- ids: :func:`model.search.engine.match_ids` (the ids the tree narrows to and the timeline highlights).

The budget from the issue is ``search <= 2 * raw + 15 ms``. ``--database PATH`` times an existing database
(for example one made by ``bench/generate.py --import``) instead.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from model.search import engine, textindex  # noqa: E402
from model.search.parser import Term  # noqa: E402
from model.search.sql import fts_string  # noqa: E402
from model.store.opening import open_database  # noqa: E402
from model.store.schema_facts import FTS_TABLE  # noqa: E402

WORDS = [
    "security",
    "maritime",
    "piracy",
    "terrorism",
    "energy",
    "health",
    "education",
    "trade",
    "investment",
    "transport",
    "culture",
    "fisheries",
    "disarmament",
    "preventive",
    "diplomacy",
    "confidence",
    "building",
    "emergency",
    "response",
    "consultation",
    "architecture",
    "regional",
    "dialogue",
    "partnership",
    "declaration",
    "statement",
    "ministers",
    "leaders",
    "senior",
    "officials",
    "summit",
    "plan",
    "action",
    "cyber",
    "space",
    "nonproliferation",
    "migration",
    "drugs",
    "crime",
    "law",
    "enforcement",
    "connectivity",
    "finance",
    "agriculture",
]
COMMON = "cooperation"
CITIES = ["Jakarta", "Vientiane", "Hanoi", "Bangkok", "Manila", "Phnom Penh", "Sochi", "Beijing", "Tokyo", "Seoul"]
LAO = "ກອງປະຊຸມສຸດຍອດອາຊຽນທີ່ນະຄອນຫຼວງວຽງຈັນ"
KHMER = "កិច្ចប្រជុំកំពូលអាស៊ានលើកទី"


def build(path: Path, meetings: int, normalise: bool = True) -> None:
    """A synthetic archive written directly (not through the importer: this times search, not import)."""
    rnd = random.Random(7)
    database = open_database(str(path))
    forums = 200
    with database.transaction() as session:
        conn = session.connection()
        conn.exec_driver_sql("INSERT INTO country(id, code, name, aliases) SELECT 'x', 'XX', 'X', '[]' WHERE 0")
        recs, fts = [], []
        for f in range(forums):
            recs.append((f + 1, f"forum-{f}", "forum", f"Forum {f} on {rnd.choice(WORDS)}", None, None, None))
        conn.exec_driver_sql(
            "INSERT INTO record(rowid, id, type, title, date, date_lower, date_upper, origin, fingerprint) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 'user', '')",
            recs,
        )
        conn.exec_driver_sql(
            "INSERT INTO forum(id, name, abbreviation, aliases) VALUES (?, ?, ?, '[]')",
            [(f"forum-{f}", f"Forum {f}", f"F{f}") for f in range(forums)],
        )
        recs, rows = [], []
        for m in range(meetings):
            rowid = forums + m + 1
            year = 1995 + m % 30
            month = 1 + m % 12
            date = f"{year}-{month:02d}"
            words = " ".join(rnd.choice(WORDS) for _ in range(60))
            extra = f" {LAO}" if m % 50 == 0 else (f" {KHMER}" if m % 50 == 1 else "")
            common = f" {COMMON}" if m % 10 else ""
            title = f"Meeting {m} on {rnd.choice(WORDS)} and {rnd.choice(WORDS)}"
            city = rnd.choice(CITIES)
            recs.append((rowid, f"m-{m}", "meeting", title, date, f"{date}-01", f"{date}-28"))
            rows.append((f"m-{m}", f"forum-{m % forums}", title, date, f"{date}-01", f"{date}-28", city))
            body = f"{words}{common}{extra} {city}"
            fts.append((rowid, title, body))
        conn.exec_driver_sql(
            "INSERT INTO record(rowid, id, type, title, date, date_lower, date_upper, origin, fingerprint) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 'user', '')",
            recs,
        )
        conn.exec_driver_sql(
            "INSERT INTO meeting(id, forum_id, title, date, date_lower, date_upper, city, status, level) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 'held', 'ministers')",
            rows,
        )
        if normalise:
            textindex.index_rows(conn, fts)
        else:
            conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}(rowid, title, body) VALUES (?, ?, ?)", fts)
    database.close()


def timed(fn: object, runs: int = 9) -> float:
    """Best of ``runs`` in ms (the best run is the least disturbed by other work on the machine)."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - t)
    return min(times) * 1000


def fts_bytes(path: Path) -> int:
    """Bytes the full-text index's shadow tables take in the file (SQLite's dbstat table)."""
    database = open_database(str(path), readonly=True)
    with database.engine.connect() as conn:
        size = conn.exec_driver_sql(f"SELECT sum(pgsize) FROM dbstat WHERE name LIKE '{FTS_TABLE}%'").scalar()
    database.close()
    return int(size or 0)


def index_sizes(meetings: int) -> None:
    """The index of normalised words (scripts without spaces split into characters), against the text as
    written read by unicode61 alone."""
    sizes = {}
    for normalise in (True, False):
        path = Path(f"/tmp/summitry-search-size-{meetings}-{normalise}.sqlite3")
        path.unlink(missing_ok=True)
        build(path, meetings, normalise)
        sizes[normalise] = fts_bytes(path)
    grow = (sizes[True] - sizes[False]) / sizes[False] * 100
    print(
        f"index size, {meetings:,} meetings (2% with Lao, 2% with Khmer text): "
        f"{sizes[False] / 1e6:.2f} MB as written, {sizes[True] / 1e6:.2f} MB normalised ({grow:+.1f}%)"
    )


def raw(*words: str, prefix: bool = False) -> str:
    """The FTS5 expression the search renders for these words (each in the index's forms), ANDed."""
    return " AND ".join(fts_string(Term(w, prefix=prefix)) for w in words)


QUERIES = [
    ("rare word", "nonproliferation piracy", raw("nonproliferation", "piracy")),
    ("common word", COMMON, raw(COMMON)),
    ("prefix", "consult*", raw("consult", prefix=True)),
    ("phrase", '"regional dialogue"', raw("regional dialogue")),
    ("Lao", "ວຽງຈັນ", raw("ວຽງຈັນ")),
    ("words + fields", f"{COMMON} forum:F7 year:2002", raw(COMMON)),
    ("fields only", "forum:F7 year:2010..2012", None),
]


# For archives made by bench/generate.py (forums RF1…, Lao and Khmer descriptions).
GENERATED_QUERIES = [
    ("two words", "maritime security", raw("maritime", "security")),
    ("common word", COMMON, raw(COMMON)),
    ("prefix", "peacekeep*", raw("peacekeep", prefix=True)),
    ("phrase", '"maritime security"', raw("maritime security")),
    ("Lao", "ລັດຖະມົນຕີ", raw("ລັດຖະມົນຕີ")),
    ("words + fields", f"{COMMON} forum:RF31 year:2010..2015", raw(COMMON)),
    ("fields only", "forum:RF31 type:meeting", None),
]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--meetings", type=int, default=10_000)
    ap.add_argument("--database", help="time this database instead of a synthetic one")
    ap.add_argument("--index-size", action="store_true", help="compare index sizes with and without normalising")
    args = ap.parse_args()
    if args.index_size:
        index_sizes(args.meetings)
        return 0
    path = Path(args.database) if args.database else Path(f"/tmp/summitry-search-bench-{args.meetings}.sqlite3")
    if not path.exists():
        t = time.perf_counter()
        build(path, args.meetings)
        print(f"built {path} in {time.perf_counter() - t:.1f}s")
    database = open_database(str(path), readonly=True)
    with database.engine.connect() as conn:
        rows = conn.exec_driver_sql(f"SELECT count(*) FROM {FTS_TABLE}").scalar()
    print(f"{path}: {rows:,} indexed records, {path.stat().st_size / 1e6:.0f} MB")
    print(f"{'query':16} {'hits':>8} {'raw ms':>8} {'search ms':>10} {'budget ms':>10} {'ids ms':>8}")
    for label, query, raw in GENERATED_QUERIES if args.database else QUERIES:
        with database.engine.connect() as conn:
            raw_sql = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? ORDER BY rank LIMIT 50"
            raw_ms = timed(lambda raw=raw, sql=raw_sql: conn.exec_driver_sql(sql, (raw,)).all()) if raw else 0.0
        result = engine.search(database, query)
        search_ms = timed(lambda q=query: engine.search(database, q))
        ids_ms = timed(lambda q=query: engine.match_ids(database, q, 5000))
        hits = f"{result.total:,}{'+' if result.more else ''}"
        budget = 2 * raw_ms + 15
        flag = "" if search_ms <= budget or not raw else "  OVER"
        print(f"{label:16} {hits:>8} {raw_ms:8.1f} {search_ms:10.1f} {budget:10.1f} {ids_ms:8.1f}{flag}")
    database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
