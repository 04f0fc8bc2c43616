"""Reading data files (JSON or YAML) into Python values, with located, worded errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from model.problems import InputError, Problem

MAX_FILE_BYTES = 2 * 1024**3
MAX_DEPTH = 64


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not allowed in a Summitry file")


def _depth(value: Any, limit: int) -> bool:
    """True when ``value`` nests deeper than ``limit`` (checked iteratively)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return False


def parse_bytes(raw: bytes, name: str, fmt: str = "json") -> Any:
    """Decode and parse a data file's bytes.

    Raises:
        InputError: with the location and nature of the first problem that stops parsing.
    """
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(
            name,
            [Problem(f"byte {exc.start} (line {line})", "the file is not UTF-8 text; save it as UTF-8 and try again")],
        ) from None
    try:
        value = yaml.safe_load(text) if fmt == "yaml" else json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise InputError(
            name, [Problem(f"line {exc.lineno}, column {exc.colno}", f"not valid JSON: {exc.msg}")]
        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "YAML"
        raise InputError(name, [Problem(where, f"not valid YAML: {getattr(exc, 'problem', exc)}")]) from None
    except RecursionError:
        raise InputError(
            name, [Problem("$", f"the data is nested too deeply (more than {MAX_DEPTH} levels)")]
        ) from None
    except ValueError as exc:  # huge integers, NaN/Infinity
        raise InputError(name, [Problem("$", f"unusable value: {exc}")]) from None
    if _depth(value, MAX_DEPTH):
        raise InputError(name, [Problem("$", f"the data is nested too deeply (more than {MAX_DEPTH} levels)")])
    return value


def read_file(path: Path) -> Any:
    """Read and parse a data file; YAML by its .yaml/.yml extension, JSON otherwise.

    Raises:
        InputError: when the file cannot be read or parsed.
    """
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(name, [Problem("file", "the file is larger than 2 GB")])
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(name, [Problem("file", "no such file")]) from None
    except IsADirectoryError:
        raise InputError(name, [Problem("file", "this is a folder, not a data file")]) from None
    except OSError as exc:
        raise InputError(name, [Problem("file", f"cannot be read: {exc.strerror or exc}")]) from None
    fmt = "yaml" if path.suffix.lower() in (".yaml", ".yml") else "json"
    return parse_bytes(raw, name, fmt)
