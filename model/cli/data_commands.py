"""``summitry import`` and ``summitry export`` (JSON, CSV, ICS; PDF is ``gui.pdf_cli``'s)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TextIO

from sqlalchemy.exc import DBAPIError

from model.cli.arguments import open_for
from model.cli.output import database_words, err
from model.exports import csv_file, ics_file
from model.i18n import Words
from model.interchange import exporter, importer, validate
from model.interchange.problems import InputError
from model.store import backup
from model.store.database import Database
from model.store.faults import DatabaseOpenError


class DataText(Words):
    """What ``import`` and ``export`` say on the terminal, in the interface's language."""


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
                nothing = DataText.tr("{path}: nothing was imported.").format(path=path)
                err(f"{nothing} {database_words(exc, database.target)}")
                if args.files[n + 1 :]:
                    err(DataText.tr("Not tried: {paths}.").format(paths=", ".join(str(p) for p in args.files[n + 1 :])))
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
            raise ExportRefused(
                DataText.tr("The search '{query}' finds no records; nothing was written.").format(query=args.query)
            )
        if not complete:
            too_many = DataText.tr(
                "The search '{query}' finds more than %Ln records; narrow it "
                "(for example add year:2016 or forum:ARF), or leave out --query to export everything.",
                "",
                EXPORT_QUERY_CAP,
            )
            raise ExportRefused(too_many.format(query=args.query))
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
            err(DataText.tr("{reason}; nothing was written.").format(reason=str(exc.args[0]).capitalize()))
            return 1
        except OSError as exc:
            cannot = DataText.tr("Cannot write {path}: {reason}. Nothing was written.")
            err(cannot.format(path=args.output, reason=exc.strerror or exc))
            return 1
        print(message, file=out)
    finally:
        database.close()
    return 0


def cmd_export_json(args: argparse.Namespace, out: TextIO) -> int:
    def write(database: Database, ids: list[str] | None) -> str:
        data = exporter.export_json(database, args.output, ids)
        count = sum(1 for _ in validate.iter_records(data))
        return DataText.tr("Exported %n record(s) to {path}", "", count).format(path=args.output)

    return _export(args, out, write)


def cmd_export_csv(args: argparse.Namespace, out: TextIO) -> int:

    def write(database: Database, ids: list[str] | None) -> str:
        count = csv_file.export_csv(database, args.output, ids)
        return DataText.tr("Exported %n record(s) to {path}", "", count).format(path=args.output)

    return _export(args, out, write)


def cmd_export_ics(args: argparse.Namespace, out: TextIO) -> int:

    def write(database: Database, ids: list[str] | None) -> str:
        result = ics_file.export_ics(database, args.output, ids)
        left = result.left_out()
        note = DataText.tr(" (left out: {records})").format(records=left) if left else ""
        if not result.events:
            none = DataText.tr("None of the records chosen is a dated meeting or round{note}; nothing was written.")
            raise ExportRefused(none.format(note=note))
        kinds = (
            DataText.tr("%n meeting(s)", "", result.meetings) if result.meetings else "",
            DataText.tr("%n round(s)", "", result.rounds) if result.rounds else "",
        )
        events = DataText.tr(" and ").join(kind for kind in kinds if kind)
        exported = DataText.tr("Exported {events} to {path} as calendar events{note}")
        return exported.format(events=events, path=args.output, note=note)

    return _export(args, out, write)
