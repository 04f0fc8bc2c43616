"""Small generated data files for tests that need more (or other) data than the bundled dataset."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def forum_with_meetings(forum_id: str, meetings: int, agenda_items: int = 3) -> dict[str, Any]:
    """A valid data file: one forum and ``meetings`` meetings with a few agenda items each."""
    return {
        "format": "summitry",
        "version": 1,
        "forums": [{"id": forum_id, "name": f"Generated forum {forum_id}", "kind": "other"}],
        "meetings": [
            {
                "id": f"{forum_id}-{n}",
                "forum": forum_id,
                "title": f"Generated meeting {n} of {forum_id}",
                "ordinal": n,
                "level": "officials",
                "date": f"{1990 + n % 30}-{1 + n % 12:02d}",
                "city": "Jakarta" if n % 2 else "Vientiane",
                "status": "held",
                "description": f"Meeting number {n}, generated for a test.",
                "agenda": [{"title": f"Item {i} of meeting {n}"} for i in range(agenda_items)],
            }
            for n in range(1, meetings + 1)
        ],
    }


def write(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(json.dumps(data), "utf-8")
    return path
