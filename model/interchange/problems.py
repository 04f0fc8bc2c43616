"""Problems found in user input, located by JSON path and worded for people (for the JSON and YAML readers alike)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from model.i18n import Words


class ImportWords(Words):
    """What an import says about a file (its report, its progress), in the interface's language."""


class ProblemText(Words):
    """What is wrong with a data file, in the interface's language (the file's own keys and values as written)."""


#: Stop collecting problems of one kind after this many; the report is long enough.
MAX_PROBLEMS = 200
#: Half of a UTF-16 surrogate pair: no character, and it cannot be stored or printed as it is.
SURROGATE = re.compile("[\ud800-\udfff]")
#: What a problem never quotes as it is: control characters (C0, DEL, C1), which on a terminal could move the
#: cursor, recolour or retitle it (``\x1b[…``) or overwrite the line (``\r``), and lone surrogates.
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with an input file.

    Attributes:
        location: where, as a JSON path such as ``$.meetings[2].date`` (or ``line 4, column 7``).
        message: what is wrong and what is expected, in words a person can act on.
        missing: the required fields left out of the object at ``location``, when that is the problem (so a
            form can show each beside its own field without reading the words).
    """

    location: str
    message: str
    missing: tuple[str, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        # Problems quote the file (a key, a value, an id): what they quote is shown, never obeyed.
        object.__setattr__(self, "location", visible(self.location))
        object.__setattr__(self, "message", visible(self.message))

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


def json_path(parts: Iterable[str | int]) -> str:
    """``$.meetings[2].agenda[0].title`` from a sequence of keys and indexes."""
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def visible(text: str) -> str:
    """``text`` with each control character and lone surrogate written as its escape (``\\x1b``, ``\\r``,
    ``\\ud800``), so that it can be printed and shows what the file holds."""
    return _INVISIBLE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"


def twice_problem(parts: list[str | int], key: str, first: str, second: str) -> Problem:
    """The problem of a field given twice in one object; ``parts`` is the object's path, ``first`` and
    ``second`` the places of the two (line and column)."""
    return Problem(
        json_path([*parts, key]),
        f"the field {key!r} is given twice in the same object ({first} and {second}); give it once",
    )


class BadNumber(str):
    """A number literal of a data file that has no usable value (NaN, Infinity, 1e999, a 5,000-digit integer).

    The JSON and YAML readers keep it as its text so the report can quote it; :mod:`model.interchange.dataload`
    turns it into a problem.
    """


class InputError(Exception):
    """An input that cannot be used, with every problem found in it."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = problems
        super().__init__(f"{source}: {len(problems)} problem(s)")

    def report(self, limit: int = 200) -> str:
        found = ImportWords.tr("{file}: %n problem(s) found; nothing was imported.", "", len(self.problems))
        lines = [found.format(file=self.source)]
        lines += [f"  {p}" for p in self.problems[:limit]]
        if len(self.problems) > limit:
            lines.append("  " + ImportWords.tr("… and %n more", "", len(self.problems) - limit))
        return "\n".join(lines)
