"""Reading data files (JSON or YAML) into Python values, with located, worded errors.

Whatever the bytes, the result is either plain JSON-like data (dicts with text keys, lists, text, finite
numbers, true/false/null, nested at most :data:`MAX_DEPTH` deep) or an :class:`InputError` naming where
the file is wrong: a line and column while parsing, a JSON path for an unusable value.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
from pathlib import Path
from typing import Any, BinaryIO

from model.problems import InputError, Problem, json_path

MAX_FILE_BYTES = 2 * 1024**3
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # POSIX; Windows has no named pipes in the file system
_CHUNK_BYTES = 16 * 1024**2
MAX_DEPTH = 64
#: Longer integer literals are refused (no field of the format needs more; Python refuses > 4300).
MAX_INT_DIGITS = 100
#: Stop collecting unusable values after this many; the report is long enough.
MAX_PROBLEMS = 200

_DEEP = f"the data is nested too deeply (more than {MAX_DEPTH} levels)"
_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')


class _BadNumber(str):
    """A number literal that has no usable value (NaN, Infinity, 1e999, a 5,000-digit integer).

    Kept as its text so the report can quote it; :func:`_check_values` turns it into a problem.
    """


def _json_int(text: str) -> int | _BadNumber:
    return _BadNumber(text) if len(text.lstrip("-")) > MAX_INT_DIGITS else int(text)


def _json_float(text: str) -> float | _BadNumber:
    value = float(text)
    return value if math.isfinite(value) else _BadNumber(text)


def _line_col(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    return f"line {line}, column {offset - (text.rfind(chr(10), 0, offset) + 1) + 1}"


def _deep_offset(text: str) -> int | None:
    """Offset of the first bracket that opens level MAX_DEPTH + 1 of a JSON text (strings skipped)."""
    depth = 0
    for m in _TOKENS.finditer(text):
        c = m.group()[0]
        if c in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return m.start()
        elif c in "]}":
            depth -= 1
    return None


def _suspect(value: Any) -> bool:
    """Fast pass: whether anything is nested too deeply or is an unusable number."""
    # Level by level, holding only containers: most values are text and numbers, looked at once and
    # dropped (pushing every value on a stack cost more than parsing a 300 MB archive's numbers).
    if isinstance(value, _BadNumber):
        return True
    level = [value] if isinstance(value, dict | list) else []
    depth = 1
    while level:
        if depth >= MAX_DEPTH:
            return any(level)  # a non-empty container this deep nests one level too many
        below: list[Any] = []
        for item in level:
            for v in item.values() if isinstance(item, dict) else item:
                if type(v) is str or type(v) is int:  # the common case, decided at once (a _BadNumber is not str)
                    continue
                if isinstance(v, dict | list):
                    below.append(v)
                elif isinstance(v, _BadNumber):
                    return True
        level = below
        depth += 1
    return False


def _check_values(value: Any) -> list[Problem]:
    """Slow pass, only when the fast one found something: every unusable value with its JSON path."""
    out: list[Problem] = []
    deep = False
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(value, ())]
    while stack and len(out) < MAX_PROBLEMS:
        item, path = stack.pop()
        if isinstance(item, dict | list):
            if len(path) >= MAX_DEPTH - 1 and item:
                if not deep:  # one report is enough: every deeper level says the same
                    out.append(Problem(json_path(path), _DEEP))
                    deep = True
                continue
            pairs = item.items() if isinstance(item, dict) else enumerate(item)
            stack.extend((v, (*path, k)) for k, v in reversed(list(pairs)))
        elif isinstance(item, _BadNumber):
            unit = "digits" if item.lstrip("-").isdigit() else "characters"
            shown = item if len(item) <= 20 else f"{item[:12]}… ({len(item)} {unit})"
            if item.lower().lstrip("-+.") in ("nan", "infinity", "inf"):
                why = "is not a number; leave the field out or give a number"
            else:
                why = "is too large to be a usable number"
            out.append(Problem(json_path(path), f"{shown} {why}"))
    return out


def parse_bytes(raw: bytes, name: str, fmt: str = "json") -> Any:
    """Decode and parse a data file's bytes.

    Raises:
        InputError: with the location and nature of the problems that stop parsing.
    """
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputError(
            name,
            [
                Problem(
                    f"line {line}, column {column} (byte {exc.start})",
                    "the file is not UTF-8 text; save it as UTF-8 and try again",
                )
            ],
        ) from None
    try:
        if fmt == "yaml":
            from model import yamlload  # PyYAML is imported for YAML files only

            value = yamlload.load(text, name)
        else:
            value = json.loads(
                text, parse_int=_json_int, parse_float=_json_float, parse_constant=lambda c: _BadNumber(c)
            )
    except json.JSONDecodeError as exc:
        raise InputError(
            name, [Problem(f"line {exc.lineno}, column {exc.colno}", f"not valid JSON: {exc.msg}")]
        ) from None
    except RecursionError:
        # Nesting this deep is written with brackets (JSON, or YAML's flow style), so count them to place it.
        offset = _deep_offset(text)
        raise InputError(name, [Problem("$" if offset is None else _line_col(text, offset), _DEEP)]) from None
    except ValueError as exc:  # anything the hooks above did not foresee
        raise InputError(name, [Problem("$", f"unusable value: {exc}")]) from None
    if _suspect(value):
        problems = _check_values(value)
        offset = _deep_offset(text) if fmt == "json" else None
        if offset is not None:  # a line and column are easier to find than a path of 64 [0]s
            problems = [Problem(_line_col(text, offset), p.message) if p.message == _DEEP else p for p in problems]
        raise InputError(name, problems)
    return value


def read_file(path: Path) -> Any:
    """Read and parse a data file; YAML by its .yaml/.yml extension, JSON otherwise.

    Raises:
        InputError: when the file cannot be read or parsed.
    """
    name = str(path)
    try:
        raw = _read_regular_file(path, name)
    except FileNotFoundError:
        raise InputError(name, [Problem("file", "no such file")]) from None
    except IsADirectoryError:
        raise InputError(name, [Problem("file", "this is a folder, not a data file")]) from None
    except OSError as exc:
        raise InputError(name, [Problem("file", f"cannot be read: {exc.strerror or exc}")]) from None
    fmt = "yaml" if path.suffix.lower() in (".yaml", ".yml") else "json"
    return parse_bytes(raw, name, fmt)


#: What a path is when it is not a regular file, for the message that refuses it.
_NOT_FILES = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a device (a character special file)"),
    (stat.S_ISBLK, "a disk device (a block special file)"),
    (stat.S_ISSOCK, "a socket"),
)


def _not_a_file(mode: int) -> str | None:
    """What a file of this mode is, unless it is a regular file (then None)."""
    if stat.S_ISREG(mode):
        return None
    return next((what for test, what in _NOT_FILES if test(mode)), "not a regular file")


def _read_regular_file(path: Path, name: str) -> bytes:
    """A regular file's bytes, at most :data:`MAX_FILE_BYTES` of them.

    The size is checked by reading, not trusted from ``stat``: a device such as ``/dev/zero`` or a file in
    ``/proc`` says it is empty. Devices, pipes and sockets are refused before reading (a named pipe would
    block until something writes to it).
    """
    what = _not_a_file(path.stat().st_mode)
    raw = b""
    if what is None:
        # O_NONBLOCK: should the path become a named pipe meanwhile, opening it must not wait for a writer.
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | getattr(os, "O_BINARY", 0))
        with open(fd, "rb") as fh:
            what = _not_a_file(os.fstat(fd).st_mode)
            if what is None:
                if _NONBLOCK:
                    os.set_blocking(fd, True)
                raw = _read_capped(fh, os.fstat(fd).st_size)
    if what is not None:
        raise InputError(name, [Problem("file", f"this is {what}, not a data file")])
    if len(raw) > MAX_FILE_BYTES:
        raise InputError(name, [Problem("file", f"the file is larger than {_size(MAX_FILE_BYTES)}")])
    return raw


def _read_capped(fh: BinaryIO, size_hint: int) -> bytes:
    """At most ``MAX_FILE_BYTES + 1`` bytes: in one read when ``stat``'s size is right, in chunks when not."""
    data = fh.read(min(size_hint, MAX_FILE_BYTES) + 1)  # one allocation of the size stat gave (plus one)
    if len(data) <= size_hint:
        return data  # the end of the file came where stat said
    grown = bytearray(data)
    while len(grown) <= MAX_FILE_BYTES:
        chunk = fh.read(min(_CHUNK_BYTES, MAX_FILE_BYTES + 1 - len(grown)))
        if not chunk:
            break
        grown += chunk
    return bytes(grown)


def _size(n: int) -> str:
    for unit, scale in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if n >= scale:
            return f"{n / scale:.3g} {unit}"
    return f"{n} bytes"
