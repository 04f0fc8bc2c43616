"""``summitry export -o FILE.pdf``: the same briefs and dossiers as the window, rendered headless."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TextIO

from model.i18n import Words


class ExportText(Words):
    """What ``summitry export -o FILE.pdf`` says on the terminal, in the interface's language."""


def _headless() -> None:
    """Use Qt's offscreen platform when there is no display, so export works over ssh and in CI."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run_export_pdf(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Export a brief (one --id) or a dossier (several) to ``args.output``; returns the exit code."""
    out, err = out or sys.stdout, err or sys.stderr
    from model.cli import arguments as commands
    from model.report import briefs as report
    from model.store import faults as db

    if not args.ids and not args.query:
        print(
            ExportText.tr("Name the records to print: --id ID (repeat --id for a dossier), or --query QUERY."), file=err
        )
        return 2
    not_text = commands.undecodable_argument(args)
    if not_text:
        print(not_text, file=err)
        return 1
    _headless()
    from PySide6.QtCore import QLoggingCategory
    from PySide6.QtWidgets import QApplication

    from gui.printing.pdf_export import PdfExportError, export_pdf

    # A QApplication (not a bare QGuiApplication): it is process-wide, and any widget made later in the same
    # process (the app, or the next test in a test worker) aborts the process without one.
    _app = QApplication.instance() or QApplication(["summitry"])
    # Qt notes each bundled script font it tries and skips for a script (Khmer text meets Noto Sans Lao on
    # the way to Noto Sans Khmer); that is the fallback working, not a problem to show on the terminal.
    QLoggingCategory.setFilterRules("qt.text.font.db=false")
    try:
        database = commands.open_for(args)
    except db.DatabaseOpenError as exc:
        print(str(exc), file=err)
        return 1
    try:
        ids, title = list(args.ids), ""
        if args.query:
            found = report.records_for_query(database, args.query)
            for hint in found.hints:
                print(ExportText.tr("Note: {hint}").format(hint=hint), file=err)
            ids += [i for i in found.ids if i not in ids]
            title = found.title
        result = export_pdf(database, ids, Path(args.output), paper=args.paper, title=title, notes=args.notes)
    except (PdfExportError, report.ReportError) as exc:
        print(str(exc), file=err)
        return 1
    except db.DatabaseOpenError as exc:  # met mid-export: damage past the open-time check, a lock, a full disk
        advice = f"\n{exc.advice}" if exc.advice else ""
        nothing = ExportText.tr("Nothing was written to {path}.").format(path=args.output)
        print(f"{exc.message} {nothing}{advice}", file=err)
        return 1
    finally:
        database.close()
    for warning in result.warnings:
        print(ExportText.tr("Warning: {warning}").format(warning=warning), file=err)
    if result.records == 1:
        wrote = ExportText.tr("Wrote the brief of {id} (%n page(s)) to {path}", "", result.pages)
    else:
        wrote = ExportText.tr("Wrote the dossier of {records} records (%n page(s)) to {path}", "", result.pages)
    print(wrote.format(id=ids[0], records=result.records, path=result.path), file=out)
    return 0
