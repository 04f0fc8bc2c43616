"""Plain-text rendering of one record for ``summitry show``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from model import dates

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


def _cites(lines: list[str], cites: list[Mapping[str, Any]], titles: Mapping[str, str], indent: str) -> None:
    for c in cites:
        if c.get("source"):
            where = f", paragraph {c['paragraph']}" if c.get("paragraph") else ""
            lines.append(f"{indent}[{titles.get(c['source'], c['source'])}{where}] “{c['quote']}”")
        else:
            lines.append(f"{indent}[not from the source: {c.get('basis')}] {c.get('note', '')}")


def render(kind: str, obj: Mapping[str, Any], titles: Mapping[str, str], extra: Mapping[str, Any]) -> str:
    """Text for a record given its interchange object, titles of referenced ids, and related lists."""
    name = obj.get("title") or obj.get("name") or obj.get("label") or obj["id"]
    lines = [f"{name}", f"{_LABELS.get(kind, kind)} · id {obj['id']}", ""]

    def row(label: str, value: Any) -> None:
        if value not in (None, "", []):
            lines.append(f"{label:<14}{value}")

    def ref(rid: str | None) -> str | None:
        return f"{titles.get(rid, rid)} ({rid})" if rid else None

    if kind == "forum":
        row("Abbreviation", obj.get("abbreviation"))
        row("Kind", obj.get("kind"))
        row("Founded", dates.human(obj.get("founded")))
        row("Part of", ref(obj.get("parent")))
        row("Participants", obj.get("participant_count"))
        row("Description", obj.get("description"))
        for f in obj.get("figures", []):
            row(f["label"], f"{f['value']}" + (f" (as of {dates.human(f['as_of'])})" if f.get("as_of") else ""))
        if obj.get("members"):
            lines.append("Members")
            for m in obj["members"]:
                since = f", since {dates.human(m['since'])}" if m.get("since") else ""
                lines.append(f"  - {titles.get(m['country'], m['country'])}{since}")
    elif kind == "meeting":
        row("Forum", ref(obj.get("forum")))
        row("Ordinal", obj.get("ordinal"))
        row("Level", obj.get("level"))
        row("Date", dates.human(obj.get("date")))
        venue = ", ".join(x for x in (obj.get("city"), titles.get(obj.get("country") or "", "")) if x)
        row("Venue", venue)
        status = obj.get("status")
        if status and obj.get("status_as_of"):
            status = f"{status} (as of {dates.human(obj['status_as_of'])})"
        row("Status", status)
        row("Description", obj.get("description"))
        for p in obj.get("participants", []):
            who = titles.get(p.get("country") or "", p.get("organisation") or "")
            head = f": {p.get('head_title', '')} {p['head']}".replace(":  ", ": ") if p.get("head") else ""
            lines.append(f"Participant   {who}{head}")
        if obj.get("agenda"):
            lines += ["", "Agenda"]
            for i, item in enumerate(obj["agenda"], 1):
                topics = f"  [{', '.join(item['topics'])}]" if item.get("topics") else ""
                lines.append(f"  {i}. {item['title']}{topics}")
                _cites(lines, item.get("citations", []), titles, "       ")
        row("Sidelines", obj.get("sidelines"))
    elif kind == "process":
        row("Forum", ref(obj.get("forum")))
        row("Goal", obj.get("goal"))
        row("Description", obj.get("description"))
        if obj.get("rounds"):
            lines += ["", "Rounds"]
            for r in obj["rounds"]:
                lines.append(f"  {r['number']}. {dates.human(r.get('date'))} — {r.get('city', '')}  ({r['id']})")
    elif kind == "round":
        row("Process", ref(extra.get("process")))
        row("Round", f"{obj['number']} of {extra.get('of', '?')}")
        row("Date", dates.human(obj.get("date")))
        row("Venue", ", ".join(x for x in (obj.get("city"), titles.get(obj.get("country") or "", "")) if x))
        row("Status", obj.get("status"))
    elif kind == "outcome":
        row("Kind", obj.get("kind"))
        row("Status", obj.get("status"))
        row("Adopted at", ref(obj.get("meeting")))
        row("Date", dates.human(obj.get("date")))
        row("Period", dates.human(obj.get("period")))
        row("Description", obj.get("description"))
        for rel in obj.get("related", []):
            row("Related", f"{rel.get('relation', 'related')}: {ref(rel['id'])}")
    elif kind == "country":
        row("ISO code", obj.get("code"))
        row("Also", ", ".join(a["name"] for a in obj.get("aliases", [])))
    elif kind == "source":
        row("Publisher", obj.get("publisher"))
        row("Date", dates.human(obj.get("date")))
        row("Languages", ", ".join(obj.get("languages", [])))
    if extra.get("outcomes"):
        lines += ["", "Outcomes"]
        for o in extra["outcomes"]:
            lines.append(f"  - {o['title']} ({o['kind']}, {o.get('status', '')})  [{o['id']}]")
    if obj.get("citations"):
        lines += ["", "Sources"]
        _cites(lines, obj["citations"], titles, "  ")
    return "\n".join(lines).rstrip() + "\n"
