"""``summitry history ID``: a record's revisions, newest first, as the detail pane's History tab lists them."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from model import edits
from model.cli import showtext
from model.cli.arguments import open_for
from model.cli.output import err, json_text

#: What a revision that created or deleted the record, or set its note, says instead of a list of fields.
_WHOLE = {"create": "created", "delete": "deleted"}


def cmd_history(args: argparse.Namespace, out: TextIO) -> int:
    """One line per revision: when (UTC), who, what, and the labels of the fields it changed."""
    database = open_for(args)
    try:
        found = edits.history(database, args.id)
        exists = True
        if not found:
            try:
                edits.load(database, args.id)
            except KeyError:
                exists = False
    finally:
        database.close()
    if not found and not exists:
        err(f"No record with id '{args.id}', and none was ever deleted. Try 'summitry search {args.id}'.")
        return 1
    if args.json:
        print(json_text({"id": args.id, "revisions": [_as_json(r) for r in found]}), file=out)
        return 0
    if not found:
        print(f"{showtext.visible(args.id)} has no revisions: it has not changed since it was loaded.", file=out)
        return 0
    for r in found:
        fields = _WHOLE.get(r.action) if r.before is None or r.after is None else None
        what = fields or ", ".join(dict.fromkeys(c.label for c in r.changes)) or "no field changed"
        print("\t".join(showtext.visible(v) for v in (r.at, r.author, r.action, what)), file=out)
    return 0


def _as_json(r: edits.Revision) -> dict[str, Any]:
    return {
        "revision": r.id,
        "at": r.at,
        "author": r.author,
        "action": r.action,
        "changes": [{"path": c.path, "label": c.label, "before": c.before, "after": c.after} for c in r.changes],
        "before": r.before,
        "after": r.after,
    }
