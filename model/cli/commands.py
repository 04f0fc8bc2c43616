"""The headless command line: parser and the commands that need no Qt.

``gui.cli.main`` is the entry point; it handles launching the window and PDF
export itself and hands every other command here.
"""

from __future__ import annotations

import argparse
import codecs
import io
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from model import __version__
from model.cli import showtext
from model.interchange import bundled, exporter, importer
from model.interchange.problems import InputError
from model.maintenance import check, reindex
from model.store import backup, backup_set, instance_lock, restore, schema
from model.store.database import Database
from model.store.faults import DatabaseOpenError, fault_from
from model.store.location import ENV_VAR, data_dir, resolve_target, sqlite_path
from model.store.opening import open_database


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
    b = dsub.add_parser("backup", help="write a verified backup")
    b.add_argument("output", nargs="?", type=Path, help="backup file (default: the backups folder)")
    b.add_argument(
        "--force", action="store_true", help="replace FILE if it is an earlier backup of this database (nothing else)"
    )
    r = dsub.add_parser(
        "restore", help="replace the database with a verified backup (a damaged database is kept aside)"
    )
    r.add_argument("backup", type=Path, nargs="?", help="backup file (default: the newest one that verifies)")
    return p


def _err(text: str) -> None:
    print(text, file=sys.stderr)


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


def open_for(args: argparse.Namespace, *, load_bundled: bool = True) -> Database:
    database = open_database(args.database)
    if database.readonly_reason:
        _err(f"Note: {database.readonly_reason}")
    elif load_bundled:
        bundled.ensure_bundled(database)
    return database


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    database = open_for(args)
    status = 0
    try:
        for n, path in enumerate(args.files):
            try:
                report = importer.import_file(database, path)
            except InputError as exc:
                _err(exc.report())
                status = 1
                continue
            except (DatabaseOpenError, backup.BackupError, DBAPIError) as exc:
                # The database itself refused (its disk is full, another program holds it): the files after
                # this one would meet the same. The import was one transaction, rolled back.
                _err(f"{path}: nothing was imported. {_database_words(exc, database.target)}")
                if args.files[n + 1 :]:
                    _err(f"Not tried: {', '.join(str(p) for p in args.files[n + 1 :])}.")
                return 1
            print(report.summary(), file=out)
    finally:
        database.close()
    return status


#: DEL and the C1 controls may stand raw in a JSON string, and a terminal may act on them: write them escaped.
#: (json.dumps already escapes the C0 controls; outside strings its output is plain ASCII.)
_JSON_CONTROLS = {c: f"\\u{c:04x}" for c in (0x7F, *range(0x80, 0xA0))}


def _json_text(value: Any) -> str:
    """``value`` as indented JSON, safe to print on a terminal and equal to ``value`` when read back."""
    return json.dumps(value, ensure_ascii=False, indent=2).translate(_JSON_CONTROLS)


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
            for r in conn.execute(select(o.c.id, o.c.title, o.c.kind, o.c.status).where(o.c.meeting_id == rid))
        ]
    if kind == "forum":
        m = schema.table(schema.Meeting)
        rows = conn.execute(
            select(m.c.date, m.c.title, m.c.id)
            .where(m.c.forum_id == rid)
            .order_by(m.c.date_lower, m.c.id)
            .limit(SHOW_MEETINGS)
        ).all()
        total = conn.execute(select(func.count()).select_from(m).where(m.c.forum_id == rid)).scalar() or 0
        extra["meetings"] = {"rows": [tuple(r) for r in rows], "total": total}
    extra["sources"] = {s["id"]: s for s in data.get("sources", [])}
    return extra


def _referenced_titles(conn: Any, obj: Any) -> dict[str, str]:
    """Titles of the records a record mentions (and only those: a database may hold 100,000 records)."""
    ids: set[str] = set()
    for _path, value, _want in exporter.validate._refs(obj, []):
        ids.add(value)
    if isinstance(obj.get("process"), str):
        ids.add(obj["process"])
    for sub, value in exporter.validate._walk(obj, []):
        if sub and sub[-1] in ("id", "country") and isinstance(value, str):
            ids.add(value)
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
                _err(f"No record with id '{args.id}'. Try 'summitry search {args.id}'.")
                return 1
            kind, title = found
            data = exporter.records_to_data(conn, [args.id])
            obj = next(o for k, _p, o in exporter.validate.iter_records(data) if o["id"] == args.id)
            if args.json:
                print(_json_text(obj), file=out)
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
        _err(f"Note: {showtext.visible(hint)}")
    if args.json:
        hits = [
            {"id": h.id, "type": h.type, "title": h.title, "date": h.date, "when": h.when, "snippet": h.snippet}
            for h in result.hits
        ]
        doc = {"query": args.query, "total": result.total, "more": result.more, "hints": list(result.hints)}
        print(_json_text({**doc, "results": hits}), file=out)
        return 0
    if not result.searched:
        _err("Nothing to search for. Example: summitry search 'piracy forum:ARF year:2016'")
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
            _err(str(exc))
            return 1
        except KeyError as exc:
            _err(f"{str(exc.args[0]).capitalize()}; nothing was written.")
            return 1
        except OSError as exc:
            _err(f"Cannot write {args.output}: {exc.strerror or exc}. Nothing was written.")
            return 1
        print(message, file=out)
    finally:
        database.close()
    return 0


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def cmd_export_json(args: argparse.Namespace, out: TextIO) -> int:
    def write(database: Database, ids: list[str] | None) -> str:
        data = exporter.export_json(database, args.output, ids)
        count = sum(1 for _ in exporter.validate.iter_records(data))
        return f"Exported {count} records to {args.output}"

    return _export(args, out, write)


def cmd_export_csv(args: argparse.Namespace, out: TextIO) -> int:
    from model.exports import csv_file

    def write(database: Database, ids: list[str] | None) -> str:
        count = csv_file.export_csv(database, args.output, ids)
        return f"Exported {_plural(count, 'record', 'records')} to {args.output}"

    return _export(args, out, write)


def cmd_export_ics(args: argparse.Namespace, out: TextIO) -> int:
    from model.exports import ics_file

    def write(database: Database, ids: list[str] | None) -> str:
        result = ics_file.export_ics(database, args.output, ids)
        left = result.left_out()
        note = f" (left out: {left})" if left else ""
        if not result.events:
            raise ExportRefused(f"None of the records chosen is a dated meeting or round{note}; nothing was written.")
        kinds = ((result.meetings, "meeting", "meetings"), (result.rounds, "round", "rounds"))
        events = " and ".join(_plural(n, one, many) for n, one, many in kinds if n)
        return f"Exported {events} to {args.output} as calendar events{note}"

    return _export(args, out, write)


def cmd_db(args: argparse.Namespace, out: TextIO) -> int:
    if args.db_command == "path":
        print(resolve_target(args.database), file=out)
        return 0
    if args.db_command == "restore":
        return cmd_restore(args, out)
    database = open_for(args, load_bundled=False)
    try:
        if args.db_command == "check":
            findings = check.check_database(database)
            if args.repair and any(check.BOUNDS_WORDS in f.message for f in findings):
                fixed = check.repair_date_bounds(database)
                print(f"Set the date bounds of {fixed} records from their dates.", file=out)
                findings = check.check_database(database)
            if args.repair and any(check.MOVABLE_WORDS in f.message for f in findings):
                moved = check.repair_citations(database)
                print(f"Moved {moved} citations to where their quoted passages now are.", file=out)
                findings = check.check_database(database)
            if args.repair and any("search index" in f.message for f in findings):
                reindex.rebuild(database)
                print("Rebuilt the search index.", file=out)
                findings = check.check_database(database)
            if not findings:
                print(f"{database.target}: no problems found.", file=out)
                return 0
            for f in findings:
                print(f, file=out)
            return 1
        if args.db_command == "backup":
            if database.path is None:
                _err("Backups are made of SQLite database files only.")
                return 1
            dest = args.output or backup_set.backup_path_for(database.path)
            backup.backup_database(database, dest, force=args.force)
            print(f"Backup written and verified: {dest}", file=out)
            return 0
    except backup.BackupError as exc:
        _err(str(exc))
        return 1
    except OSError as exc:
        _err(f"{exc.strerror or exc}: {exc.filename or ''}. The database is unchanged.")
        return 1
    finally:
        database.close()
    return 2


def cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    """Restore a backup in place of the database, whether it opens or is damaged, however large."""
    path = sqlite_path(resolve_target(args.database))
    if path is None:
        _err("Backups are made of SQLite database files only.")
        return 1
    chosen: Path = args.backup or restore.newest(path)
    held: list[instance_lock.InstanceLock] = []

    def waiting() -> None:
        _err(f"Waiting for another program to finish writing to {path} …")

    def not_open_in_the_app() -> None:
        """A damaged file is replaced by a new one: a window still using the old one would go on writing there."""
        try:
            held.append(instance_lock.acquire(data_dir(), instance_lock.lock_key(str(path))))
        except instance_lock.AlreadyRunning as exc:
            who = exc.holder.describe() if exc.holder else "another process"
            raise backup.BackupError(
                f"Summitry is running with {path} ({who}). Use 'Restore newest verified backup' in its window, "
                "or close it and try again."
            ) from exc
        except OSError:
            pass  # no lock folder to look in: no window can be using it either

    try:
        done = restore.restore(path, chosen, on_wait=waiting, before_replacing=not_open_in_the_app)
    finally:
        for lock in held:
            lock.release()
    print(done.summary(path), file=out)
    return 0


HANDLERS: dict[str, Callable[[argparse.Namespace, TextIO], int]] = {
    "import": cmd_import,
    "search": cmd_search,
    "show": cmd_show,
    "db": cmd_db,
}


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Run a headless command; every expected failure becomes a message and an exit code."""
    out = out or sys.stdout  # looked up now, not at import, so redirected output is honoured
    not_text = undecodable_argument(args)
    if not_text:
        _err(not_text)
        return 1
    try:
        if args.command == "export":
            suffix = args.output.suffix.lower() if isinstance(args.output, Path) else Path(args.output).suffix.lower()
            args.output = Path(args.output)
            exporters = {".json": cmd_export_json, ".csv": cmd_export_csv, ".ics": cmd_export_ics}
            if suffix in exporters:
                return exporters[suffix](args, out)
            _err(f"Cannot export to '{suffix or args.output}': use .pdf, .json, .csv or .ics.")
            return 2
        handler = HANDLERS.get(args.command)
        if handler is None:
            _err(f"Unknown command {args.command!r}.")
            return 2
        return handler(args, out)
    except DatabaseOpenError as exc:
        _err(str(exc))
        return 1
    except InputError as exc:
        _err(exc.report())
        return 1
    except backup.BackupError as exc:
        _err(f"{exc} Nothing was changed.")
        return 1
    except OSError as exc:  # a file or folder the command needed could not be read or written
        _err(f"Could not finish: {exc.strerror or exc}{f' ({exc.filename})' if exc.filename else ''}.")
        return 1
    except DBAPIError as exc:
        _err(_database_words(exc, resolve_target(args.database)))
        return 1


def _database_words(exc: Exception, target: str) -> str:
    """What the database's refusal means, naming it: a worded fault, or the driver's own words."""
    if not isinstance(exc, DBAPIError):
        return str(exc)
    fault = fault_from(exc, target)
    return str(fault) if fault else f"{target}: the database reported an error: {exc.orig or exc}."


def main(argv: Sequence[str] | None = None) -> int:
    tolerate_any_output_encoding()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    return run(args, sys.stdout)  # the stream of the moment, not the one bound when this module loaded
