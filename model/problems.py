"""Problems found in user input, located by JSON path and worded for people."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with an input file.

    Attributes:
        location: where, as a JSON path such as ``$.meetings[2].date`` (or ``line 4, column 7``).
        message: what is wrong and what is expected, in words a person can act on.
    """

    location: str
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


def json_path(parts: Iterable[str | int]) -> str:
    """``$.meetings[2].agenda[0].title`` from a sequence of keys and indexes."""
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


class InputError(Exception):
    """An input that cannot be used, with every problem found in it."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = problems
        super().__init__(f"{source}: {len(problems)} problem(s)")

    def report(self, limit: int = 200) -> str:
        noun = "problem" if len(self.problems) == 1 else "problems"
        lines = [f"{self.source}: {len(self.problems)} {noun} found; nothing was imported."]
        lines += [f"  {p}" for p in self.problems[:limit]]
        if len(self.problems) > limit:
            lines.append(f"  … and {len(self.problems) - limit} more")
        return "\n".join(lines)
