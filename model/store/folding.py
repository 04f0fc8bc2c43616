"""Text compared without regard to case, in SQL both backends run alike: :class:`folded`.

SQLite's own ``lower()`` folds ASCII only; Summitry's connections replace it with Python's, which folds every
letter (:func:`model.store.sqlrun.unicode_lower`, as SQLite's ICU extension does). PostgreSQL's ``lower()``
folds by the collation of its argument, and Summitry's text columns are ``COLLATE "C"`` (bytes, as SQLite
compares): there the value is folded under the database's own collation, then compared as bytes again, so
both backends order folded text the same way.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import GenericFunction


class folded(GenericFunction[str]):  # an SQL function, named as SQL names them
    """``folded(text)``: the text in lower case, every letter ("КНДР" → "кндр"), compared as bytes."""

    type = String()
    inherit_cache = True


@compiles(folded)
def _folded(element: folded, compiler: Any, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(folded, "postgresql")
def _folded_on_a_server(element: folded, compiler: Any, **kw: Any) -> str:
    return f'lower(({compiler.process(element.clauses, **kw)}) COLLATE "default") COLLATE "C"'
