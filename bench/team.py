"""Load on a shared server archive: many readers while colleagues import and edit.

    python bench/team.py --clients 20 --size 10k [--seconds 60] [--think 0.3] [--url URL]

Starts a throwaway PostgreSQL server (as the tests do, :mod:`tests.pgcluster`; or uses ``--url``, an empty
database you own), imports the generated archive of ``--size`` into it, then runs for ``--seconds``:

* ``--clients`` reader processes, each a person at a window: they type a word into the search box at a typist's
  pace, and it is searched as the box searches: whenever typing pauses for the box's debounce, and
  when the word is complete, open records in the detail pane
  (the record's view, :func:`model.records.read_views.view_of`, in one read snapshot) and now and then export
  a brief (:func:`gui.printing.pdf_export.export_pdf`, Qt's offscreen platform), pausing ``--think`` seconds
  (±50 %) between actions as a person reading does;
* two writer processes: one imports small files of changed meetings (as a colleague's ``summitry import``),
  the other edits one meeting at a time through the edit API (:mod:`model.edits`, one transaction and one
  revision per save, refused on conflict).

It prints, per action, the count, median and 95th percentile latency in milliseconds against its target, the
errors (any is a failure), and a final consistency check: every committed import and edit is in the archive
as its writer left it, and ``db check`` finds nothing. Exit status 1 when a target is missed, an error
happened or the check fails.

Each process is its own interpreter (``spawn``): clients share nothing but the server, as colleagues do.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import re
import statistics
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: Action → p95 target in milliseconds (issue 16: keystroke → results ≤ 100 ms, detail ≤ 50 ms).
TARGETS: dict[str, float | None] = {"keystroke": 100.0, "detail": 50.0, "brief": None, "import": None, "edit": None}
#: A typist's pause between keys, seconds: uniform, 200 ms on average (about 60 words a minute, a fast typist).
#: The search box searches whenever typing pauses for its debounce (gui.search.bar.DEBOUNCE_MS), so a word typed
#: at this pace is searched at some of its prefixes (a single letter too) and always in full.
KEY_GAP_S = (0.08, 0.32)
#: Of a reader's actions: searching a word (several keystrokes), opening a record, exporting a brief.
WEIGHTS = (("search", 0.55), ("detail", 0.42), ("brief", 0.03))
IMPORT_BATCH = 20


@dataclass
class Outcome:
    """What one process measured: latencies by action, errors in words, and for writers what they left."""

    name: str
    samples: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    #: Writers: record id → the title their last committed write gave it.
    committed: dict[str, str] = field(default_factory=dict)
    refused: int = 0

    def timed(self, action: str, seconds: float) -> None:
        self.samples.setdefault(action, []).append(seconds * 1000.0)


@contextmanager
def _attempt(out: Outcome, action: str) -> Iterator[None]:
    try:
        yield
    except Exception as exc:  # every failure is counted and shown: the run's promise is zero errors
        out.errors.append(f"{out.name} {action}: {type(exc).__name__}: {exc}".splitlines()[0][:300])
        if len(out.errors) <= 3:
            traceback.print_exc()


def _open(url: str) -> Any:
    from model.store.opening import open_database

    return open_database(url)


def process(kind: str, name: str, queue: Any, barrier: Any, seconds: float, *args: Any) -> None:
    """A process's body: whatever happens, its outcome reaches the parent (a failure to start is an error).

    The role sets itself up (imports, connection), then calls ``ready``, which waits for every other process
    and gives the moment to stop: the load starts when all have started, and lasts ``seconds``.
    """

    def ready() -> float:
        barrier.wait(timeout=300)
        return time.monotonic() + seconds

    try:
        out = ROLES[kind](name, ready, *args)
    except Exception as exc:
        barrier.abort()  # the others stop waiting for this one
        traceback.print_exc()
        out = Outcome(name, errors=[f"{name}: {type(exc).__name__}: {exc}".splitlines()[0][:300]])
    queue.put(out)


# --- readers ----------------------------------------------------------------------------------------------


def reader(
    name: str,
    ready: Callable[[], float],
    url: str,
    seed: int,
    think: float,
    words: list[str],
    ids: list[str],
    debounce: float,
) -> Outcome:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from model.records.read_views import view_of
    from model.search.engine import search

    out = Outcome(name)
    rnd = random.Random(seed)
    db = _open(url)
    app = None
    folder = Path(tempfile.mkdtemp(prefix="summitry-team-"))
    deadline = ready()
    try:
        while time.monotonic() < deadline:
            pick = rnd.random()
            action = next((name for name, share in _cumulative(WEIGHTS) if pick < share), "detail")
            if action == "search":
                word = rnd.choice(words)
                for n in range(1, len(word) + 1):
                    gap = rnd.uniform(*KEY_GAP_S)  # until the next key, or the pause after the last one
                    if gap < debounce and n < len(word):
                        time.sleep(gap)  # the box's timer restarts at the next key: no search
                        continue
                    time.sleep(debounce)  # the box searches once typing has paused that long
                    with _attempt(out, "keystroke"):
                        start = time.perf_counter()
                        search(db, word[:n])
                        took = time.perf_counter() - start
                        out.timed("keystroke", took)
                    if n < len(word):
                        time.sleep(max(0.0, gap - debounce - took))
            elif action == "detail":
                rid = rnd.choice(ids)
                with _attempt(out, "detail"):
                    start = time.perf_counter()
                    with db.reader() as conn:
                        if view_of(conn, rid) is None:
                            raise LookupError(f"{rid} is not in the archive")
                    out.timed("detail", time.perf_counter() - start)
            else:
                if app is None:
                    from PySide6.QtWidgets import QApplication

                    app = QApplication.instance() or QApplication([])
                from gui.printing.pdf_export import export_pdf

                with _attempt(out, "brief"):
                    start = time.perf_counter()
                    export_pdf(db, [rnd.choice(ids)], folder / "brief.pdf")
                    out.timed("brief", time.perf_counter() - start)
            time.sleep(think * rnd.uniform(0.5, 1.5))
    finally:
        db.close()
    return out


def _cumulative(weights: tuple[tuple[str, float], ...]) -> Iterator[tuple[str, float]]:
    total = 0.0
    for name, share in weights:
        total += share
        yield name, total


# --- writers ----------------------------------------------------------------------------------------------


def importer(name: str, ready: Callable[[], float], url: str, seed: int, ids: list[str]) -> Outcome:
    """A colleague importing small files of changed meetings, one after another."""
    from model.interchange import exporter
    from model.interchange.importer import import_data

    out = Outcome(name)
    rnd = random.Random(seed)
    db = _open(url)
    round_ = 0
    deadline = ready()
    try:
        while time.monotonic() < deadline:
            round_ += 1
            chosen = set(rnd.sample(ids, min(IMPORT_BATCH, len(ids))))
            with _attempt(out, "import"):
                with db.session() as session:
                    data = exporter.records_to_data(session.connection(), sorted(chosen))
                titles = {}
                for meeting in data.get("meetings", []):
                    if meeting["id"] in chosen:
                        meeting["title"] = _retitled(meeting["title"], f"import {round_}")
                        titles[meeting["id"]] = meeting["title"]
                start = time.perf_counter()
                import_data(db, data, f"team-bench-{round_}.json", back_up=False, owned=True)
                out.timed("import", time.perf_counter() - start)
                out.committed.update(titles)
            time.sleep(1.0)
    finally:
        db.close()
    return out


def editor(name: str, ready: Callable[[], float], url: str, seed: int, ids: list[str]) -> Outcome:
    """A colleague correcting one meeting's title at a time in the window (load, change, save)."""
    from model import edits

    out = Outcome(name)
    rnd = random.Random(seed)
    db = _open(url)
    round_ = 0
    deadline = ready()
    try:
        while time.monotonic() < deadline:
            round_ += 1
            rid = rnd.choice(ids)
            with _attempt(out, "edit"):
                start = time.perf_counter()
                loaded = edits.load(db, rid)
                form = dict(loaded.form)
                form["title"] = _retitled(str(form["title"]), f"edit {round_}")
                try:
                    edits.save(db, loaded.kind, form, expected_version=loaded.version)
                except edits.Conflict:
                    out.refused += 1  # someone changed it meanwhile: refused, nothing overwritten
                else:
                    out.timed("edit", time.perf_counter() - start)
                    out.committed[rid] = form["title"]
            time.sleep(0.5)
    finally:
        db.close()
    return out


ROLES: dict[str, Callable[..., Outcome]] = {"reader": reader, "importer": importer, "editor": editor}

_MARK = re.compile(r" \[(?:import|edit) \d+\]\Z")


def _retitled(title: str, mark: str) -> str:
    return f"{_MARK.sub('', title)} [{mark}]"


# --- the run ----------------------------------------------------------------------------------------------


def _prepare(url: str | None, size: str) -> tuple[str, Any]:
    """The archive's URL (a throwaway server's when none is given) and the server to stop afterwards."""
    from bench import generate
    from model.interchange.importer import import_file

    cluster = None
    if url is None:
        import psycopg

        from tests import pgcluster

        cluster = pgcluster.start()
        with psycopg.connect(host=str(cluster.socket), user=pgcluster.SUPERUSER, dbname="postgres") as conn:
            conn.autocommit = True
            conn.execute("CREATE DATABASE team_bench")
        url = f"postgresql+psycopg://{pgcluster.SUPERUSER}@/team_bench?host={cluster.socket}"
    archive = generate.ensure_archive(size)
    db = _open(url)
    try:
        print(f"importing {archive.name} into the server …", flush=True)
        start = time.perf_counter()
        import_file(db, archive, back_up=False)
        print(f"imported in {time.perf_counter() - start:.1f} s", flush=True)
    finally:
        db.close()
    return url, cluster


def _vocabulary(archive: Path, rnd: random.Random) -> tuple[list[str], list[str]]:
    data = json.loads(archive.read_text(encoding="utf-8"))
    meetings = [m["id"] for m in data["meetings"]]
    words = sorted({w for m in data["meetings"] for w in re.findall(r"[A-Za-z]{6,}", m["title"])})
    return rnd.sample(words, min(200, len(words))), meetings


def _collect(queue: Any, procs: list[Any], deadline: float) -> list[Outcome]:
    """Every process's outcome; one that died without sending any (killed, out of memory) is an error."""
    import queue as queues

    outcomes: list[Outcome] = []
    while len(outcomes) < len(procs):
        try:
            outcomes.append(queue.get(timeout=5.0))
        except queues.Empty:
            if time.monotonic() > deadline or all(not p.is_alive() for p in procs):
                break
    missing = len(procs) - len(outcomes)
    if missing:
        outcomes.append(Outcome("processes", errors=[f"{missing} processes ended without a result"]))
    return outcomes


def _percentile(values: list[float], share: float) -> float:
    """The value below which ``share`` of them fall (inclusive method: never beyond the largest seen)."""
    if len(values) < 2:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[round(share * 100) - 1]


def _consistency(url: str, writers: list[Outcome]) -> list[str]:
    from sqlalchemy import select

    from model.maintenance.check import check_database
    from model.store import schema

    problems: list[str] = []
    expected: dict[str, str] = {}
    for out in writers:
        expected.update(out.committed)  # the writers' ids are disjoint
    db = _open(url)
    try:
        rec = schema.table(schema.Record)
        with db.session() as session:
            titles = dict(session.execute(select(rec.c.id, rec.c.title).where(rec.c.id.in_(list(expected)))).all())
        lost = [rid for rid, title in expected.items() if titles.get(rid) != title]
        if lost:
            problems.append(f"{len(lost)} committed writes are not in the archive as written, e.g. {lost[0]}")
        problems += [f"db check: {finding}" for finding in check_database(db)]
    finally:
        db.close()
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20, help="reader processes (default 20)")
    parser.add_argument("--size", default="10k", help="generated archive: 1k, 10k or 100k (default 10k)")
    parser.add_argument("--seconds", type=float, default=60.0, help="how long the load runs (default 60)")
    parser.add_argument("--think", type=float, default=0.3, help="a reader's pause between actions, seconds")
    parser.add_argument("--url", help="an empty PostgreSQL database to use instead of a throwaway server")
    args = parser.parse_args(argv)

    from bench import generate
    from gui.search.bar import DEBOUNCE_MS  # the box's own pause before it searches

    url, cluster = _prepare(args.url, args.size)
    try:
        rnd = random.Random(16)
        words, meetings = _vocabulary(generate.archive_path(args.size), rnd)
        half = len(meetings) // 2
        import_ids, edit_ids = meetings[:half], meetings[half:]  # disjoint: each writer's result is checkable
        ctx = mp.get_context("spawn")
        queue = ctx.Queue()
        barrier = ctx.Barrier(args.clients + 2)
        procs = [
            ctx.Process(
                target=process,
                args=(
                    "reader",
                    f"reader-{i}",
                    queue,
                    barrier,
                    args.seconds,
                    url,
                    i,
                    args.think,
                    words,
                    meetings,
                    DEBOUNCE_MS / 1000,
                ),
            )
            for i in range(args.clients)
        ]
        procs.append(
            ctx.Process(
                target=process, args=("importer", "importer", queue, barrier, args.seconds, url, 1000, import_ids)
            )
        )
        procs.append(
            ctx.Process(target=process, args=("editor", "editor", queue, barrier, args.seconds, url, 2000, edit_ids))
        )
        print(f"{args.clients} readers, 1 importer, 1 editor for {args.seconds:.0f} s …", flush=True)
        for proc in procs:
            proc.start()
        outcomes = _collect(queue, procs, time.monotonic() + 300 + args.seconds)
        for proc in procs:
            proc.join()
        crashed = [p.name for p in procs if p.exitcode != 0]
        return report(outcomes, crashed, _consistency(url, [o for o in outcomes if o.committed]), args)
    finally:
        if cluster is not None:
            cluster.stop()


def report(outcomes: list[Outcome], crashed: list[str], problems: list[str], args: argparse.Namespace) -> int:
    merged: dict[str, list[float]] = {}
    for out in outcomes:
        for action, values in out.samples.items():
            merged.setdefault(action, []).extend(values)
    print(f"\n{args.clients} clients, {args.size}, {args.seconds:.0f} s, think {args.think} s")
    print(f"{'action':<10} | {'count':>6} | {'median ms':>9} | {'p95 ms':>8} | target p95 | pass")
    failed = False
    for action, target in TARGETS.items():
        values = merged.get(action, [])
        if not values:
            print(f"{action:<10} | {0:>6} | {'-':>9} | {'-':>8} | {'-':>10} | no samples")
            failed = failed or target is not None
            continue
        p95 = _percentile(values, 0.95)
        ok = target is None or p95 <= target
        failed = failed or not ok
        shown = f"≤ {target:.0f}" if target is not None else "-"
        mark = "yes" if ok else "NO"
        median = statistics.median(values)
        print(f"{action:<10} | {len(values):>6} | {median:>9.1f} | {p95:>8.1f} | {shown:>10} | {mark}")
    errors = [e for out in outcomes for e in out.errors] + [f"{name} exited abnormally" for name in crashed]
    refused = sum(out.refused for out in outcomes)
    print(f"errors: {len(errors)}" + "".join(f"\n  {e}" for e in errors[:10]))
    print(f"edits refused as conflicts (expected, nothing overwritten): {refused}")
    committed = sum(len(out.committed) for out in outcomes)
    print(f"consistency: {committed} records written" + (" — all present, db check clean" if not problems else ""))
    for problem in problems:
        print(f"  {problem}")
    return 1 if failed or errors or problems else 0


if __name__ == "__main__":
    sys.exit(main())
