"""What commands print: messages on stderr, JSON safe on a terminal, counts in words, a database's refusals."""

from __future__ import annotations

import json
import sys
from typing import Any

from sqlalchemy.exc import DBAPIError

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


def database_words(exc: Exception, target: str) -> str:
    """What the database's refusal means, naming it as people may see it (never with its password): a worded
    fault, or the driver's own words."""
    if not isinstance(exc, DBAPIError):
        return str(exc)
    shown = display_target(target)
    fault = backend_for(target).fault(exc, shown)
    return str(fault) if fault else f"{shown}: the database reported an error: {exc.orig or exc}."
