"""``summitry import`` and ``summitry export`` (JSON, CSV, ICS; PDF is ``gui.pdf_cli``'s)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TextIO

from sqlalchemy.exc import DBAPIError

from model.cli.arguments import open_for
from model.cli.output import database_words, err, plural
from model.exports import csv_file, ics_file
from model.interchange import exporter, importer, validate
from model.interchange.problems import InputError
from model.store import backup
from model.store.database import Database
from model.store.faults import DatabaseOpenError


def _say_waiting() -> importer.ProgressFn:
    """An import's progress on the command line: only that it waits for another import, said once."""
    said = False

    def progress(_done: int, _total: int, phase: str) -> bool:
        nonlocal said
        if phase == importer.WAITING and not said:
            err(f"{phase[0].lower()}{phase[1:]}")
            said = True
        return True

    return progress


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    database = open_for(args)
    status = 0
    try:
        for n, path in enumerate(args.files):
            try:
                report = importer.import_file(database, path, _say_waiting())
            except InputError as exc:
                err(exc.report())
                status = 1
                continue
            except (DatabaseOpenError, backup.BackupError, DBAPIError) as exc:
                # The database itself refused (its disk is full, another program holds it): the files after
                # this one would meet the same. The import was one transaction, rolled back.
                err(f"{path}: nothing was imported. {database_words(exc, database.target)}")
                if args.files[n + 1 :]:
                    err(f"Not tried: {', '.join(str(p) for p in args.files[n + 1 :])}.")
                return 1
            print(report.summary(), file=out)
    finally:
        database.close()
    return status


#: At most this many records found by ``export --query`` go into one JSON, CSV or ICS file.
EXPORT_QUERY_CAP = 100_000


class ExportRefused(Exception):
    """The records asked for cannot be exported; the message says why (nothing was written)."""


def export_selection(database: Database, args: argparse.Namespace) -> list[str] | None:
    """The ids named by ``--id`` and found by ``--query``, in that order; None (everything) when neither is given.

    Raises:
        ExportRefused: when the search finds nothing or more than :data:`EXPORT_QUERY_CAP` records.
    """
    ids: list[str] | None = list(args.ids) or None
    if args.query:
        from model.search import engine  # here: only this path needs the search engine

        found, complete = engine.match_ids(database, args.query, cap=EXPORT_QUERY_CAP)
        if not found:
            raise ExportRefused(f"The search '{args.query}' finds no records; nothing was written.")
        if not complete:
            raise ExportRefused(
                f"The search '{args.query}' finds more than {EXPORT_QUERY_CAP:,} records; narrow it "
                "(for example add year:2016 or forum:ARF), or leave out --query to export everything."
            )
        ids = [*(ids or []), *found]
    return ids


def _export(args: argparse.Namespace, out: TextIO, write: Callable[[Database, list[str] | None], str]) -> int:
    """Run one export: select the records, ``write`` them (it returns the line to print), explain failures."""
    database = open_for(args)
    try:
        try:
            message = write(database, export_selection(database, args))
        except ExportRefused as exc:
            err(str(exc))
            return 1
        except KeyError as exc:
            err(f"{str(exc.args[0]).capitalize()}; nothing was written.")
            return 1
        except OSError as exc:
            err(f"Cannot write {args.output}: {exc.strerror or exc}. Nothing was written.")
            return 1
        print(message, file=out)
    finally:
        database.close()
    return 0


def cmd_export_json(args: argparse.Namespace, out: TextIO) -> int:
    def write(database: Database, ids: list[str] | None) -> str:
        data = exporter.export_json(database, args.output, ids)
        count = sum(1 for _ in validate.iter_records(data))
        return f"Exported {count} records to {args.output}"

    return _export(args, out, write)


def cmd_export_csv(args: argparse.Namespace, out: TextIO) -> int:

    def write(database: Database, ids: list[str] | None) -> str:
        count = csv_file.export_csv(database, args.output, ids)
        return f"Exported {plural(count, 'record', 'records')} to {args.output}"

    return _export(args, out, write)


def cmd_export_ics(args: argparse.Namespace, out: TextIO) -> int:

    def write(database: Database, ids: list[str] | None) -> str:
        result = ics_file.export_ics(database, args.output, ids)
        left = result.left_out()
        note = f" (left out: {left})" if left else ""
        if not result.events:
            raise ExportRefused(f"None of the records chosen is a dated meeting or round{note}; nothing was written.")
        kinds = ((result.meetings, "meeting", "meetings"), (result.rounds, "round", "rounds"))
        events = " and ".join(plural(n, one, many) for n, one, many in kinds if n)
        return f"Exported {events} to {args.output} as calendar events{note}"

    return _export(args, out, write)
