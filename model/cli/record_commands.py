"""``summitry show`` and ``summitry search``: records printed as text or JSON."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from sqlalchemy import func, select

from model.cli import showtext
from model.cli.arguments import open_for
from model.cli.output import err, json_text
from model.interchange import exporter, validate
from model.store import schema


def _find(conn: Any, rid: str) -> tuple[str, str] | None:
    row = conn.execute(select(schema.Record.type, schema.Record.title).where(schema.Record.id == rid)).first()
    return (row[0], row[1]) if row else None


#: How many of a forum's meetings ``show`` lists.
SHOW_MEETINGS = 50


def _show_extra(conn: Any, kind: str, rid: str, title: str, data: dict[str, Any]) -> dict[str, Any]:
    """What ``show`` prints beyond the record's own fields: its outcomes, meetings, process, sources."""
    extra: dict[str, Any] = {"title": title}
    if kind == "round":
        rnd = schema.table(schema.Round)
        process_id = conn.execute(select(rnd.c.process_id).where(rnd.c.id == rid)).scalar()
        extra["process"] = process_id
        extra["of"] = conn.execute(
            select(rnd.c.number).where(rnd.c.process_id == process_id).order_by(rnd.c.number.desc())
        ).scalar()
    if kind == "meeting":
        o = schema.table(schema.Outcome)
        extra["outcomes"] = [
            {"id": r.id, "title": r.title, "kind": r.kind, "status": r.status}
            for r in conn.execute(
                select(o.c.id, o.c.title, o.c.kind, o.c.status).where(o.c.meeting_id == rid).order_by(o.c.title, o.c.id)
            )
        ]
    if kind == "forum":
        m = schema.table(schema.Meeting)
        rows = conn.execute(
            select(m.c.date, m.c.title, m.c.id)
            .where(m.c.forum_id == rid)
            .order_by(m.c.date_lower.asc().nulls_first(), m.c.id)
            .limit(SHOW_MEETINGS)
        ).all()
        total = conn.execute(select(func.count()).select_from(m).where(m.c.forum_id == rid)).scalar() or 0
        extra["meetings"] = {"rows": [tuple(r) for r in rows], "total": total}
    extra["sources"] = {s["id"]: s for s in data.get("sources", [])}
    return extra


def _referenced_titles(conn: Any, obj: Any) -> dict[str, str]:
    """Titles of the records a record mentions (and only those: a database may hold 100,000 records)."""
    ids = validate.mentioned_ids(obj)
    if isinstance(obj.get("process"), str):
        ids.add(obj["process"])
    rec = schema.table(schema.Record)
    found: dict[str, str] = {}
    idlist = sorted(ids)
    for i in range(0, len(idlist), 500):
        found.update(conn.execute(select(rec.c.id, rec.c.title).where(rec.c.id.in_(idlist[i : i + 500]))).all())
    return found


def cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    database = open_for(args)
    try:
        with database.session() as session:
            conn = session.connection()
            found = _find(conn, args.id)
            if found is None:
                err(f"No record with id '{args.id}'. Try 'summitry search {args.id}'.")
                return 1
            kind, title = found
            data = exporter.records_to_data(conn, [args.id])
            obj = next(o for k, _p, o in validate.iter_records(data) if o["id"] == args.id)
            if args.json:
                print(json_text(obj), file=out)
                return 0
            extra = _show_extra(conn, kind, args.id, title, data)
            titles = _referenced_titles(conn, {**obj, "process": extra.get("process")})
            out.write(showtext.render(kind, obj, titles, extra))
    finally:
        database.close()
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
        err(f"Note: {showtext.visible(hint)}")
    if args.json:
        hits = [
            {"id": h.id, "type": h.type, "title": h.title, "date": h.date, "when": h.when, "snippet": h.snippet}
            for h in result.hits
        ]
        doc = {"query": args.query, "total": result.total, "more": result.more, "hints": list(result.hints)}
        print(json_text({**doc, "results": hits}), file=out)
        return 0
    if not result.searched:
        err("Nothing to search for. Example: summitry search 'piracy forum:ARF year:2016'")
        return 2
    for h in result.hits:
        # One line per result, tab-separated: a tab, line break or terminal escape in the data is shown escaped.
        print("\t".join(showtext.visible(field) for field in (h.id, h.type, h.when, h.title)), file=out)
        if h.snippet:
            print(f"    {showtext.visible(h.marked('[', ']'))}", file=out)
    shown = f" (showing {len(result.hits)})" if len(result.hits) < result.total else ""
    ranked = ""
    if result.ranked_among and result.total > result.ranked_among:
        ranked = f"; ranked among the {result.ranked_among:,} most recently added"
    print(f"{result.count_text}{shown}{ranked}", file=out)
    return 0
