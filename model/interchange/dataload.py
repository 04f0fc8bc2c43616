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

from model.interchange.problems import (
    MAX_PROBLEMS,
    SURROGATE,
    BadNumber,
    InputError,
    Problem,
    json_path,
    twice_problem,
    visible,
)

MAX_FILE_BYTES = 2 * 1024**3
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # POSIX; Windows has no named pipes in the file system
_CHUNK_BYTES = 16 * 1024**2
MAX_DEPTH = 64
#: Longer integer literals are refused (no field of the format needs more; Python refuses > 4300).
MAX_INT_DIGITS = 100

_DEEP = f"the data is nested too deeply (more than {MAX_DEPTH} levels)"
_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')
#: A JSON text's strings and punctuation: enough to follow its structure (values other than text are skipped).
_SYNTAX = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}:,]')
#: An escape that names half of a UTF-16 surrogate pair (JSON ``\ud800``, YAML also ``\U0000d800``): the only
#: way a lone surrogate, which is no character and cannot be stored, gets into text decoded from UTF-8.
_SURROGATE_ESCAPE = re.compile(r"\\(?:u|U0000)[dD][89a-fA-F]")


class _DuplicateKey(Exception):
    """An object of the JSON text gives the same field twice (located afterwards, see :func:`_json_duplicates`)."""


def _json_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json.loads would keep the last of two equal keys without a word, dropping data the file holds.
    obj = dict(pairs)
    if len(obj) != len(pairs):
        raise _DuplicateKey
    return obj


def _json_int(text: str) -> int | BadNumber:
    return BadNumber(text) if len(text.lstrip("-")) > MAX_INT_DIGITS else int(text)


def _json_float(text: str) -> float | BadNumber:
    value = float(text)
    return value if math.isfinite(value) else BadNumber(text)


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
    if isinstance(value, BadNumber):
        return True
    level = [value] if isinstance(value, dict | list) else []
    depth = 1
    while level:
        if depth >= MAX_DEPTH:
            return any(level)  # a non-empty container this deep nests one level too many
        below: list[Any] = []
        for item in level:
            for v in item.values() if isinstance(item, dict) else item:
                if type(v) is str or type(v) is int:  # the common case, decided at once (a BadNumber is not str)
                    continue
                if isinstance(v, dict | list):
                    below.append(v)
                elif isinstance(v, BadNumber):
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
        elif isinstance(item, BadNumber):
            unit = "digits" if item.lstrip("-").isdigit() else "characters"
            shown = item if len(item) <= 20 else f"{item[:12]}… ({len(item)} {unit})"
            if item.lower().lstrip("-+.") in ("nan", "infinity", "inf"):
                why = "is not a number; leave the field out or give a number"
            else:
                why = "is too large to be a usable number"
            out.append(Problem(json_path(path), f"{shown} {why}"))
    return out


def _json_duplicates(text: str) -> list[Problem]:
    """Every field given twice in one object of a JSON text, with its JSON path and both places.

    Slow (a regular expression walks every string and bracket): only for a text known to have one.
    """
    out: list[Problem] = []
    # One frame per open object or array: [keys seen -> offset (None in an array), current key or index].
    stack: list[list[Any]] = []
    last = 0  # offset of the last string: before a colon, the key
    for m in _SYNTAX.finditer(text):
        c = m.group()[0]
        if c == '"':
            last = m.start()
        elif c == "{" or c == "[":
            stack.append([{} if c == "{" else None, 0])
        elif c == "}" or c == "]":
            stack.pop()
        elif c == "," and stack and stack[-1][0] is None:
            stack[-1][1] += 1
        elif c == ":" and stack and stack[-1][0] is not None:
            key = json.loads(_SYNTAX.match(text, last).group())  # type: ignore[union-attr]
            seen: dict[str, int] = stack[-1][0]
            if key in seen:
                parts = [frame[1] for frame in stack[:-1]]
                out.append(twice_problem(parts, key, _line_col(text, seen[key]), _line_col(text, last)))
                if len(out) >= MAX_PROBLEMS:
                    break
            else:
                seen[key] = last
            stack[-1][1] = key
    return out


def _surrogate_problems(value: Any) -> list[Problem]:
    """Every text (or field name) holding a lone surrogate, by JSON path, in the order of the file."""
    out: list[Problem] = []
    # (value, its path, whether it is a field name); popped in the order of the file.
    stack: list[tuple[Any, tuple[str | int, ...], bool]] = [(value, (), False)]
    while stack and len(out) < MAX_PROBLEMS:
        item, path, is_key = stack.pop()
        if isinstance(item, str):
            found = SURROGATE.search(item)
            if found:
                what = "the field name holds" if is_key else "holds"
                out.append(
                    Problem(
                        visible(json_path(path)),
                        f"{what} {visible(found.group())}, half of a UTF-16 surrogate pair and not a character "
                        "on its own; write the character itself",
                    )
                )
        elif isinstance(item, dict):
            for k, v in reversed(item.items()):
                stack += [(v, (*path, k), False), (k, (*path, k), True)]
        elif isinstance(item, list):
            stack += [(v, (*path, i), False) for i, v in reversed(list(enumerate(item)))]
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
            from model.interchange import yamlload  # PyYAML is imported for YAML files only

            value = yamlload.load(text, name)
        else:
            value = json.loads(
                text,
                object_pairs_hook=_json_object,
                parse_int=_json_int,
                parse_float=_json_float,
                parse_constant=lambda c: BadNumber(c),
            )
    except _DuplicateKey:
        raise InputError(name, _json_duplicates(text)) from None
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
    if _SURROGATE_ESCAPE.search(text):  # a cheap look at the text first: most files have no such escape
        problems = _surrogate_problems(value)
        if problems:
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
