"""``summitry show`` and ``summitry search``: records printed as text or JSON."""

from __future__ import annotations

import argparse
from typing import TextIO

from model import i18n
from model.cli import showtext
from model.cli.arguments import open_for
from model.cli.output import err, json_text
from model.i18n import Words
from model.records.read_views import view_of
from model.records.views import as_json


class CommandText(Words):
    """What ``show`` and ``search`` say on the terminal, in the interface's language."""


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    """``summitry show ID``: the record's view, as the detail pane and the brief show it, in text or JSON."""
    database = open_for(args)
    try:
        with database.reader() as conn:
            view = view_of(conn, args.id, getattr(args, "lang", None) or i18n.language())
    finally:
        database.close()
    if view is None:
        err(CommandText.tr("No record with id '{id}'. Try 'summitry search {id}'.").format(id=args.id))
        return 1
    if args.json:
        print(json_text(as_json(view)), file=out)
    else:
        out.write(showtext.render(view))
    return 0


def cmd_search(args: argparse.Namespace, out: TextIO) -> int:
    """``summitry search QUERY``: the window's search engine, printed as text or JSON."""
    from model.search import engine

    database = open_for(args)
    try:
        result = engine.search(database, args.query, limit=max(0, args.limit))
    finally:
        database.close()
    for hint in result.hints:  # a hint may quote the data ("forum:Nowhere" lists the forums there are)
        err(CommandText.tr("Note: {hint}").format(hint=showtext.visible(hint)))
    if args.json:
        hits = [
            {"id": h.id, "type": h.type, "title": h.title, "date": h.date, "when": h.when, "snippet": h.snippet}
            for h in result.hits
        ]
        doc = {"query": args.query, "total": result.total, "more": result.more, "hints": list(result.hints)}
        print(json_text({**doc, "results": hits}), file=out)
        return 0
    if not result.searched:
        err(CommandText.tr("Nothing to search for. Example: summitry search 'piracy forum:ARF year:2016'"))
        return 2
    for h in result.hits:
        # One line per result, tab-separated: a tab, line break or terminal escape in the data is shown escaped.
        print("\t".join(showtext.visible(field) for field in (h.id, h.type, h.when, h.title)), file=out)
        if h.snippet:
            print(f"    {showtext.visible(h.marked('[', ']'))}", file=out)
    shown = CommandText.tr(" (showing %Ln)", "", len(result.hits)) if len(result.hits) < result.total else ""
    ranked = ""
    if result.ranked_among and result.total > result.ranked_among:
        ranked = CommandText.tr("; ranked among the %Ln most recently added", "", result.ranked_among)
    print(f"{result.count_text}{shown}{ranked}", file=out)
    return 0
