"""The command line's arguments: every command and option of ``summitry``, with its help."""

from __future__ import annotations

import argparse
from pathlib import Path

from model import __version__
from model.store.location import ENV_VAR


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="summitry",
        description="Summitry: forums, meetings, agendas, outcomes and consultation rounds of multilateral "
        "diplomacy, every fact cited. With no command, opens the desktop app.",
    )
    p.add_argument("--version", action="version", version=f"summitry {__version__}")
    p.add_argument(
        "--database", metavar="PATH_OR_URL", help=f"database to use instead of the default (also ${ENV_VAR})"
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    s = sub.add_parser("search", help="search records with the search language")
    s.add_argument("query")
    s.add_argument("--json", action="store_true", help="print results as JSON")
    s.add_argument("--limit", type=int, default=50, help="at most N results (default 50)")

    s = sub.add_parser("show", help="print one record with its agenda, outcomes and citations")
    s.add_argument("id")
    s.add_argument("--json", action="store_true", help="print the record in the interchange format")
    s.add_argument(
        "--lang",
        metavar="LANG",
        help="show the record's names in this language (such as ru) where it has them, else the original",
    )

    s = sub.add_parser("history", help="print a record's revisions: when, who, what changed (newest first)")
    s.add_argument("id")
    s.add_argument("--json", action="store_true", help="print the revisions with the record's forms as JSON")

    s = sub.add_parser(
        "export", help="export records to a PDF brief or dossier, to JSON, to CSV (spreadsheets) or to ICS (calendars)"
    )
    s.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help="file to write: .pdf, .json, .csv (one row per record) or .ics (dated meetings and rounds as events)",
    )
    s.add_argument(
        "--id", action="append", default=[], dest="ids", metavar="ID", help="a record to export (repeatable)"
    )
    s.add_argument("--query", help="export the records a search finds")
    s.add_argument("--paper", choices=["a4", "letter"], default="a4", help="paper size for PDF (default a4)")
    s.add_argument(
        "--notes", action="store_true", help="print each record's private note in the PDF brief (off by default)"
    )
    s.add_argument(
        "--lang",
        choices=["en", "ru"],  # the interface's languages (gui.languages.NAMES)
        help="the language of a PDF's words and of the dates and words people read in CSV and ICS files "
        "(default: the interface's, else LANG); CSV headers and JSON stay English",
    )

    s = sub.add_parser("import", help="import data files (JSON or YAML)")
    s.add_argument("files", nargs="+", type=Path, metavar="FILE")

    s = sub.add_parser("db", help="database housekeeping")
    dsub = s.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    dsub.add_parser("path", help="print where the database is")
    c = dsub.add_parser("check", help="check the database's integrity")
    c.add_argument(
        "--repair",
        action="store_true",
        help="rebuild the search index, reset date bounds and move citations to their quotes if they are out of step",
    )
    b = dsub.add_parser("backup", help="write a verified backup (of a server archive too: a SQLite file)")
    b.add_argument("output", nargs="?", type=Path, help="backup file (default: the backups folder)")
    b.add_argument(
        "--force", action="store_true", help="replace FILE if it is an earlier backup of this database (nothing else)"
    )
    c = dsub.add_parser(
        "copy",
        help="copy a whole archive to another database, exactly: a file to a server, a server to a file, or "
        "file to file, server to server",
    )
    c.add_argument("source", metavar="SOURCE", help="the archive to copy: a file, or a server's URL")
    c.add_argument(
        "target", metavar="TARGET", help="where to copy it: a new file, or an empty database on a server (its URL)"
    )
    c.add_argument(
        "--replace",
        action="store_true",
        help="replace the archive TARGET holds (a verified safety copy of it is kept first); never anything that "
        "is not a Summitry archive",
    )
    dsub.add_parser(
        "upgrade",
        help="bring the database to this Summitry's version (a server archive is never upgraded otherwise)",
    )
    g = dsub.add_parser("grant", help="on a server: let a user read the archive, or read and change it, or neither")
    who = g.add_mutually_exclusive_group(required=True)
    who.add_argument("--reader", metavar="NAME", help="NAME may read everything and change nothing")
    who.add_argument("--editor", metavar="NAME", help="NAME may read and change the records (not the schema)")
    who.add_argument("--revoke", metavar="NAME", help="NAME may neither read nor change it any more")
    r = dsub.add_parser(
        "restore", help="replace the database with a verified backup (a damaged database is kept aside)"
    )
    r.add_argument("backup", type=Path, nargs="?", help="backup file (default: the newest one that verifies)")
    r.add_argument(
        "--force",
        action="store_true",
        help="(an archive on a server) restore a backup of another archive all the same, replacing this one",
    )
    return p
