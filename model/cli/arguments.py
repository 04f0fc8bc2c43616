"""From parsed arguments to what a command works on: ids and queries that must be text, and the database.

``gui.pdf_cli`` starts its export the same way.
"""

from __future__ import annotations

import argparse

from model.cli.output import err
from model.interchange import bundled
from model.store.database import Database
from model.store.opening import open_database


def undecodable_argument(args: argparse.Namespace) -> str | None:
    """Words for an id or query given on the command line that is not UTF-8 text; None when all are.

    File names may be any bytes and are used as given; an id or a query is looked up in the database,
    which holds only text.
    """
    given = [("id", getattr(args, "id", None)), ("query", getattr(args, "query", None))]
    given += [("id", rid) for rid in getattr(args, "ids", None) or []]
    for what, value in given:
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return f"The {what} '{value}' is not UTF-8 text (check the terminal's encoding). Nothing was done."
    return None


def open_for(args: argparse.Namespace, *, load_bundled: bool = True, note: bool = True) -> Database:
    """The database the arguments name; ``note``: say first when it is open read-only (and why)."""
    database = open_database(args.database, fill=bundled.ensure_bundled if load_bundled else None)
    if note and database.readonly_reason:
        err(f"Note: {database.readonly_reason}")
    return database
