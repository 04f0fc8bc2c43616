"""How long PDF export takes: one record's brief and a 100-record dossier, in process and from the command line.

    python bench/pdf_export.py [--size 1k] [--records 100] [--repeat 3]

Uses the deterministic archive of ``bench/generate.py`` (imported into a temporary database once), exports
the first meeting as a brief and the first N meetings (by date) as a dossier with ``gui.printing.pdf_export.export_pdf``
(the window's and the command line's code path), and times ``summitry export -o FILE.pdf`` as a fresh
process for the same brief. Prints medians of ``--repeat`` runs with the page counts. Not part of the tests.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1k")
    parser.add_argument("--records", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    from PySide6.QtCore import QLoggingCategory
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from bench import generate
    from gui.printing.pdf_export import export_pdf
    from model.store import schema
    from model.store.opening import open_database

    _app = QApplication.instance() or QApplication(["bench"])
    QLoggingCategory.setFilterRules("qt.text.font.db=false")  # as the command line does
    work = Path(tempfile.mkdtemp(prefix="summitry-pdf-bench-"))
    archive = generate.ensure_archive(args.size)
    db_path = work / "bench.sqlite3"
    seconds = generate.import_archive(archive, db_path)
    print(f"imported {archive.name} in {seconds:.1f} s")
    database = open_database(str(db_path))
    with database.session() as session:
        meetings = (
            session.execute(
                select(schema.Meeting.id).order_by(schema.Meeting.date_lower, schema.Meeting.id).limit(args.records)
            )
            .scalars()
            .all()
        )

    def timed(ids: list[str], name: str) -> tuple[float, int]:
        runs, pages = [], 0
        for _ in range(args.repeat):
            start = time.perf_counter()
            result = export_pdf(database, ids, work / name)
            runs.append(time.perf_counter() - start)
            pages = result.pages
        return statistics.median(runs), pages

    one, one_pages = timed(meetings[:1], "brief.pdf")
    many, many_pages = timed(list(meetings), "dossier.pdf")
    size = (work / "dossier.pdf").stat().st_size / 1e6
    database.close()

    cli_runs = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        command = ["-m", "gui.cli", "--database", str(db_path), "export", "-o", str(work / "cli.pdf")]
        subprocess.run(
            [sys.executable, *command, "--id", meetings[0]],
            check=True,
            cwd=ROOT,
            capture_output=True,
        )
        cli_runs.append(time.perf_counter() - start)
    print(f"one record brief ({meetings[0]}): {one:.2f} s, {one_pages} pages (median of {args.repeat})")
    print(f"{len(meetings)}-record dossier: {many:.2f} s, {many_pages} pages, {size:.1f} MB (median of {args.repeat})")
    print(f"summitry export -o FILE.pdf --id {meetings[0]} (fresh process): {statistics.median(cli_runs):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
