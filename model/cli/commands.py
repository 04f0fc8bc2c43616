"""The headless command line: set up the terminal, check the arguments, run the command, turn failures into words.

``gui.cli.main`` is the entry point; it handles launching the window and PDF export itself and hands every
other command here. The commands themselves are in :mod:`model.cli.record_commands` (show, search),
:mod:`model.cli.data_commands` (import, export) and :mod:`model.cli.db_commands` (db), their arguments in
:mod:`model.cli.parser`.
"""

from __future__ import annotations

import argparse
import codecs
import io
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from sqlalchemy.exc import DBAPIError

from model.cli.arguments import undecodable_argument
from model.cli.data_commands import cmd_export_csv, cmd_export_ics, cmd_export_json, cmd_import
from model.cli.db_commands import DbText, cmd_db
from model.cli.history_command import cmd_history
from model.cli.output import database_words, err
from model.cli.parser import build_parser
from model.cli.record_commands import cmd_search, cmd_show
from model.interchange.problems import InputError
from model.store import backup
from model.store.copy import CopyRefused
from model.store.faults import DatabaseOpenError
from model.store.location import resolve_target


def _escape_unencodable(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: what the terminal's encoding cannot show, as an escape instead of a crash.

    A byte of a file name that is not UTF-8 reaches Python as a lone surrogate (PEP 383) and is shown as the
    shell writes it (``\\xff``); any other character as its code (``\\xb7``, ``\\u2013``).
    """
    if not isinstance(error, UnicodeEncodeError):
        raise error
    shown = [
        f"\\x{ord(c) - 0xDC00:02x}" if 0xDC80 <= ord(c) <= 0xDCFF else c.encode("ascii", "backslashreplace").decode()
        for c in error.object[error.start : error.end]
    ]
    return "".join(shown), error.end


codecs.register_error("summitry-escape", _escape_unencodable)


def tolerate_any_output_encoding() -> None:
    """Make printing never fail, whatever the terminal's encoding (``PYTHONIOENCODING=ascii``, a Latin-1 locale).

    A result that cannot be printed as it is, is printed escaped: an import that succeeded must not end
    with a traceback and exit code 1 because its summary holds a character the terminal cannot show.
    """
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="summitry-escape")


HANDLERS: dict[str, Callable[[argparse.Namespace, TextIO], int]] = {
    "import": cmd_import,
    "search": cmd_search,
    "show": cmd_show,
    "history": cmd_history,
    "db": cmd_db,
}


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Run a headless command; every expected failure becomes a message and an exit code."""
    out = out or sys.stdout  # looked up now, not at import, so redirected output is honoured
    not_text = undecodable_argument(args)
    if not_text:
        err(not_text)
        return 1
    try:
        if args.command == "export":
            suffix = args.output.suffix.lower() if isinstance(args.output, Path) else Path(args.output).suffix.lower()
            args.output = Path(args.output)
            exporters = {".json": cmd_export_json, ".csv": cmd_export_csv, ".ics": cmd_export_ics}
            if suffix in exporters:
                if args.notes:  # private notes never leave as data; only a brief prints them
                    err(f"--notes prints private notes in a PDF brief; it does not apply to {suffix} files.")
                    return 2
                return exporters[suffix](args, out)
            err(f"Cannot export to '{suffix or args.output}': use .pdf, .json, .csv or .ics.")
            return 2
        handler = HANDLERS.get(args.command)
        if handler is None:
            err(f"Unknown command {args.command!r}.")
            return 2
        return handler(args, out)
    except DatabaseOpenError as exc:
        err(str(exc))
        return 1
    except InputError as exc:
        err(exc.report())
        return 1
    except backup.BackupError as exc:
        err(DbText.tr("{problem} Nothing was changed.").format(problem=exc))
        return 1
    except CopyRefused as exc:
        err(str(exc))
        return 1
    except OSError as exc:  # a file or folder the command needed could not be read or written
        reason = exc.strerror or exc
        err(
            DbText.tr("Could not finish: {reason} ({file}).").format(reason=reason, file=exc.filename)
            if exc.filename
            else DbText.tr("Could not finish: {reason}.").format(reason=reason)
        )
        return 1
    except DBAPIError as exc:
        err(database_words(exc, resolve_target(args.database)))
        return 1


def main(argv: Sequence[str] | None = None) -> int:
    tolerate_any_output_encoding()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    return run(args, sys.stdout)  # the stream of the moment, not the one bound when this module loaded
