"""What commands print: messages on stderr, JSON safe on a terminal, counts in words, a database's refusals."""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

from sqlalchemy.exc import DBAPIError

from model.i18n import Words
from model.store.backends import backend_for
from model.store.location import display_target


def err(text: str) -> None:
    print(text, file=sys.stderr)


#: DEL and the C1 controls may stand raw in a JSON string, and a terminal may act on them: write them escaped.
#: (json.dumps already escapes the C0 controls; outside strings its output is plain ASCII.)
_JSON_CONTROLS = {c: f"\\u{c:04x}" for c in (0x7F, *range(0x80, 0xA0))}


def json_text(value: Any) -> str:
    """``value`` as indented JSON, safe to print on a terminal and equal to ``value`` when read back."""
    return json.dumps(value, ensure_ascii=False, indent=2).translate(_JSON_CONTROLS)


def plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def database_words(exc: Exception, target: str) -> str:
    """What the database's refusal means, naming it as people may see it (never with its password): a worded
    fault, or the driver's own words."""
    if not isinstance(exc, DBAPIError):
        return str(exc)
    shown = display_target(target)
    fault = backend_for(target).fault(exc, shown)
    return str(fault) if fault else f"{shown}: the database reported an error: {exc.orig or exc}."


class ProgressText(Words):
    """How far a long command is, in the interface's language."""


class RowsProgress:
    """How far a copy of a big archive is, on one line of the terminal rewritten in place.

    Only on a terminal, and only for an archive of at least :attr:`SHOWN_FROM` rows (a small one is copied
    before a line could be read); redirected output gets the summary alone. A step that counts no rows, told in
    words ending with "…" ("checking the references between records…", with how many of its parts are done;
    "updating the server's statistics…", with 0 of 0), gets a line of its own after a copy whose rows were
    shown. Use it as a context manager, so the line is ended even when the copy is not.
    """

    #: Rows from which a copy shows its progress.
    SHOWN_FROM = 20_000

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self._shown: tuple[str, int] | None = None

    def __call__(self, what: str, done: int, total: int) -> None:
        if what.endswith("…"):
            self._step(what, done, total)
            return
        if total < self.SHOWN_FROM or not self.stream.isatty():
            return
        percent = done * 100 // total
        if self._shown == (what, percent):
            return
        if self._shown is not None and self._shown[0] != what:
            self.stream.write("\n")
        self._shown = (what, percent)
        # Both numbers grouped as the language groups them ("10,000", "10 000"): the total by the sentence's
        # plural, the rows done by a sentence of their own.
        done_shown = ProgressText.tr("%Ln", "a number of rows, grouped in thousands", done)
        rows = ProgressText.tr("{what}: {percent}% ({done} of %Ln row(s))", "", total)
        self.stream.write("\r" + rows.format(what=what, percent=percent, done=done_shown))
        self.stream.flush()

    def _step(self, what: str, done: int, total: int) -> None:
        if self._shown is None or self._shown == (what, done):
            return
        counted = (
            ProgressText.tr("{what} ({done} of {total})").format(what=what, done=done, total=total) if total else what
        )
        self.stream.write(f"\r{counted}" if self._shown[0] == what else f"\n{counted}")
        self.stream.flush()
        self._shown = (what, done)

    def __enter__(self) -> RowsProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._shown is not None:
            self.stream.write("\n")
            self.stream.flush()
            self._shown = None
