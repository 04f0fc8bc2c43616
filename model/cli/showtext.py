"""Plain-text rendering of one record for ``summitry show``.

Citations appear as numbered note marks ([1], [2] …) after the fact they support; the quoted passages are
listed under "Notes" and each source document once under "Sources", so a long source title is not repeated
on every line.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from model import dates
from model.records.details import other_names

_LABELS = {
    "forum": "Forum",
    "meeting": "Meeting",
    "process": "Process",
    "round": "Round",
    "outcome": "Outcome",
    "country": "Country",
    "topic": "Topic",
    "source": "Source",
}
_WIDTH = 14

#: Control characters (C0, DEL, C1) as escapes. Printed raw, text from a data file could drive the terminal:
#: ``\x1b[…`` sequences recolour, move the cursor or set the window title, and ``\r`` overwrites what the
#: line said before it.
_ESCAPES = {c: f"\\x{c:02x}" for c in (*range(0x20), 0x7F, *range(0x80, 0xA0))} | {
    ord("\t"): "\\t",
    ord("\n"): "\\n",
    ord("\r"): "\\r",
}


def visible(text: str, keep: str = "") -> str:
    """``text`` with every control character but those in ``keep`` written as an escape (``\\x1b``, ``\\r``)."""
    table = {c: e for c, e in _ESCAPES.items() if chr(c) not in keep} if keep else _ESCAPES
    return text.translate(table)


class _Notes:
    """The numbered notes of one rendering and the sources they quote, in order of first use."""

    def __init__(self) -> None:
        self.notes: list[Mapping[str, Any]] = []
        self.sources: list[str] = []

    def marks(self, cites: Iterable[Mapping[str, Any]]) -> str:
        """ " [1][2]" for the given citations (numbering them), or "" when there are none."""
        out = ""
        for c in cites:
            if c in self.notes:  # the same passage (or note) cited again keeps its number
                out += f"[{self.notes.index(c) + 1}]"
                continue
            self.notes.append(c)
            if c.get("source") and c["source"] not in self.sources:
                self.sources.append(c["source"])
            out += f"[{len(self.notes)}]"
        return f" {out}" if out else ""

    def render(self, lines: list[str], titles: Mapping[str, str], sources: Mapping[str, Mapping[str, Any]]) -> None:
        if not self.notes:
            return
        lines += ["", "Notes"]
        several = len(self.sources) > 1
        for n, c in enumerate(self.notes, 1):
            if c.get("source"):
                where = [f"source {c['source']}"] if several else []
                if c.get("paragraph"):
                    where.append(f"paragraph {c['paragraph']}")
                suffix = f" ({', '.join(where)})" if where else ""
                note = f" — {c['note']}" if c.get("note") else ""
                lines.append(f"  [{n}] “{c.get('quote', '')}”{suffix}{note}")
            else:
                basis = str(c.get("basis", "")).replace("-", " ")
                lines.append(f"  [{n}] Not from the source ({basis}): {c.get('note', '')}")
        if self.sources:
            lines += ["", "Sources" if several else "Source"]
            for sid in self.sources:
                meta = sources.get(sid, {})
                about = ", ".join(x for x in (meta.get("publisher"), dates.human(meta.get("date"))) if x)
                lines.append(f"  {titles.get(sid, meta.get('title', sid))}" + (f". {about}" if about else ""))
                lines.append(f"  (id {sid}; 'summitry show {sid}' prints its text)")


def render(
    kind: str,
    obj: Mapping[str, Any],
    titles: Mapping[str, str],
    extra: Mapping[str, Any],
) -> str:
    """Text for a record given its interchange object, titles of referenced ids, and related lists.

    ``extra`` may hold "process" and "of" (a round's process and its number of rounds), "outcomes" (a
    meeting's outcome documents), "meetings" (a forum's meetings), "sources" (id -> source fields for
    the cited sources) and "title" (the record's stored title, used for rounds).
    """
    notes = _Notes()
    name = extra.get("title") or obj.get("title") or obj.get("name") or obj.get("label") or obj["id"]
    lines = [f"{name}", f"{_LABELS.get(kind, kind)} · id {obj['id']}", ""]

    def row(label: str, value: Any, cites: Iterable[Mapping[str, Any]] = ()) -> None:
        if value not in (None, "", []):
            lines.append(f"{label:<{_WIDTH - 1}} {value}{notes.marks(cites)}")

    def ref(rid: str | None) -> str | None:
        return f"{titles.get(rid, rid)} ({rid})" if rid else None

    def venue(o: Mapping[str, Any]) -> str:
        return ", ".join(x for x in (o.get("city"), titles.get(o.get("country") or "", "")) if x)

    if kind == "forum":
        row("Abbreviation", obj.get("abbreviation"))
        row("Kind", obj.get("kind"))
        row("Founded", dates.human(obj.get("founded")))
        row("Part of", ref(obj.get("parent")))
        row("Participants", obj.get("participant_count"))
        row("Description", obj.get("description"))
        for f in obj.get("figures", []):
            as_of = f" (as of {dates.human(f['as_of'])})" if f.get("as_of") else ""
            row(f["label"], f"{f['value']}{as_of}", f.get("citations", []))
        if obj.get("members"):
            lines += ["", "Members"]
            for m in obj["members"]:
                since = f", since {dates.human(m['since'])}" if m.get("since") else ""
                role = f" ({m['role'].replace('-', ' ')})" if m.get("role") not in (None, "member") else ""
                who = titles.get(m["country"], m["country"])
                lines.append(f"  - {who}{role}{since}{notes.marks(m.get('citations', []))}")
        _listing(lines, "Meetings", extra.get("meetings"))
    elif kind == "meeting":
        row("Forum", ref(obj.get("forum")))
        row("Ordinal", obj.get("ordinal"))
        row("Level", obj.get("level"))
        row("Date", dates.human(obj.get("date")))
        row("Venue", venue(obj))
        status = obj.get("status")
        if status and obj.get("status_as_of"):
            status = f"{status} (as of {dates.human(obj['status_as_of'])})"
        row("Status", status)
        row("Description", obj.get("description"))
        for p in obj.get("participants", []):
            who = titles.get(p.get("country") or "", p.get("organisation") or "")
            head = " ".join(x for x in (p.get("head_title"), p.get("head")) if x)
            row("Participant", f"{who}: {head}" if head else who, p.get("citations", []))
        row("Sidelines", obj.get("sidelines"))
        if obj.get("agenda"):
            lines += ["", "Agenda"]
            for i, item in enumerate(obj["agenda"], 1):
                lines.append(f"  {i}. {item['title']}{notes.marks(item.get('citations', []))}")
                if item.get("description"):
                    lines.append(f"     {item['description']}")
                if item.get("topics"):
                    lines.append(f"     Topics: {', '.join(titles.get(t, t) for t in item['topics'])}")
    elif kind == "process":
        row("Forum", ref(obj.get("forum")))
        row("Goal", obj.get("goal"))
        row("Description", obj.get("description"))
        if obj.get("rounds"):
            lines += ["", "Rounds"]
            for r in obj["rounds"]:
                when = " — ".join(x for x in (dates.human(r.get("date")), venue(r), r.get("status")) if x)
                lines.append(f"  {r['number']}. {when}  ({r['id']})")
    elif kind == "round":
        row("Process", ref(extra.get("process")))
        row("Round", f"{obj['number']} of {extra.get('of', '?')}")
        row("Date", dates.human(obj.get("date")))
        row("Venue", venue(obj))
        row("Status", obj.get("status"))
        row("Description", obj.get("description"))
    elif kind == "outcome":
        row("Kind", str(obj.get("kind", "")).replace("-", " "))
        status = obj.get("status")
        if status and obj.get("status_as_of"):
            status = f"{status} (as of {dates.human(obj['status_as_of'])})"
        row("Status", status)
        row("Adopted at", ref(obj.get("meeting")))
        row("Date", dates.human(obj.get("date")))
        row("Period", dates.human(obj.get("period")))
        row("Description", obj.get("description"))
        for rel in obj.get("related", []):
            row("Related", f"{rel.get('relation', 'related').replace('-', ' ')}: {ref(rel['id'])}")
    elif kind == "country":
        row("ISO code", obj.get("code"))
        row("Also", ", ".join(other_names(obj["name"], [a["name"] for a in obj.get("aliases", [])])))
    elif kind == "topic":
        row("Description", obj.get("description"))
    elif kind == "source":
        row("Publisher", obj.get("publisher"))
        row("Date", dates.human(obj.get("date")))
        row("Languages", ", ".join(obj.get("languages", [])))
        row("Address", obj.get("url"))
        if obj.get("text"):
            lines += ["", "Text", "", obj["text"]]
    if extra.get("outcomes"):
        lines += ["", "Outcomes"]
        for o in extra["outcomes"]:
            about = ", ".join(x for x in (str(o.get("kind") or "").replace("-", " "), o.get("status")) if x)
            lines.append(f"  - {o['title']} ({about})  [{o['id']}]")
    if obj.get("citations"):
        lines += ["", f"Cited{notes.marks(obj['citations'])}"]
    notes.render(lines, titles, extra.get("sources", {}))
    # Line breaks and tabs in descriptions and source texts are layout; every other control character is shown.
    return visible("\n".join(lines).rstrip(), keep="\n\t") + "\n"


def _listing(lines: list[str], heading: str, items: Any) -> None:
    """A heading and one line per (date, title, id) item, with the total when the list was cut."""
    if not items or not items["total"]:
        return
    shown, total = items["rows"], items["total"]
    lines += ["", heading]
    for when, title, rid in shown:
        lines.append(f"  {dates.human(when):<18} {title}  ({rid})")
    if total > len(shown):
        lines.append(f"  … and {total - len(shown)} more")
