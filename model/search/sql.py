"""Rendering a query's syntax tree into SQL with bound parameters and a safe FTS5 expression.

User text never reaches SQL or FTS5 as syntax. Every word and phrase becomes the normal forms it matches
(:func:`model.text.normalize.term_pattern`: ``consultations`` → ``consult``, ``Маниле`` → ``манила``), each run
of them an FTS5 string, double quoted, so FTS5 sees ``C++``, ``O'Brien``, ``a-b`` or ``x:y`` as words,
never as operators or column filters; the FTS5 expression itself travels as a bound parameter.

The plan separates the words at the top level of the query (one FTS5 expression, used for ranking
and snippets) from the rest (SQL conditions over ``record r``), so a query like
``piracy forum:ARF -statement`` is one ranked FTS5 scan filtered by SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from model.search.fields import Binder, FieldResolver
from model.search.parser import And, Field, Node, Not, Or, ParsedQuery, Term, positive_terms
from model.store.schema_facts import FTS_TABLE
from model.text.normalize import term_pattern


@dataclass(frozen=True)
class Plan:
    """A query ready to run: the ranking FTS5 expression (if any) and the SQL filter over ``record r``."""

    match: str | None
    where: str
    params: dict[str, Any]
    hints: tuple[str, ...]
    #: The words, prefixes and phrases a match holds (not those under NOT): what snippets highlight.
    terms: tuple[Term, ...] = ()

    @property
    def empty(self) -> bool:
        """True when there is nothing to search for (an empty or wholly ignored query)."""
        return self.match is None and self.where == "1"


def fts_string(term: Term) -> str:
    """One word, prefix or phrase as FTS5 strings of the forms it matches (several OR-ed when a word may be
    read two ways: ``"арфа" OR "арф"`` for *арф*), always quoted, so never read as FTS5 syntax."""
    pattern = term_pattern(term.text, term.prefix)
    if pattern is None:  # nothing FTS5 would read as a word: a phrase of no words, which matches nothing
        return '""'
    star = " *" if pattern.prefix else ""
    runs = ['"' + " ".join(run).replace('"', '""') + '"' + star for run in pattern.alternatives]
    return runs[0] if len(runs) == 1 else "(" + " OR ".join(runs) + ")"


def fts_expression(node: Node) -> str | None:
    """The FTS5 expression for a subtree of words only, or None when it holds a field or a lone NOT."""
    if isinstance(node, Term):
        return fts_string(node)
    if isinstance(node, Or):
        parts = [fts_expression(c) for c in node.children]
        if any(p is None for p in parts):
            return None
        return "(" + " OR ".join(p for p in parts if p) + ")"
    if isinstance(node, And):
        return _and_expression(list(node.children))
    return None


def _and_expression(children: list[Node]) -> str | None:
    pos = [fts_expression(c) for c in children if not isinstance(c, Not)]
    neg = [fts_expression(c.child) for c in children if isinstance(c, Not)]
    if not pos or any(p is None for p in pos) or any(n is None for n in neg):
        return None
    expr = "(" + " AND ".join(p for p in pos if p) + ")"
    if neg:  # FTS5's NOT is binary: what to keep NOT what to drop
        expr = f"({expr} NOT ({' OR '.join(n for n in neg if n)}))"
    return expr


class _Renderer:
    def __init__(self, resolver: FieldResolver, full_text: bool) -> None:
        self.resolver = resolver
        self.full_text = full_text
        self.bind = Binder()
        self.hints: list[str] = []

    def condition(self, node: Node) -> str:
        """An SQL condition over ``record r`` for any subtree."""
        if isinstance(node, Field):
            resolved = self.resolver.resolve(node.name, node.value, self.bind)
            if resolved.hint:
                self.hints.append(resolved.hint)
            return f"({resolved.sql})"
        if isinstance(node, Not):
            return f"NOT ({self.condition(node.child)})"
        expr = fts_expression(node) if self.full_text else None
        if expr is not None:
            t = FTS_TABLE
            return f"r.rowid IN (SELECT rowid FROM {t} WHERE {t} MATCH {self.bind(expr)})"
        if isinstance(node, Term):  # no FTS5 (another database): the title holds the word
            return f"lower(r.title) LIKE {self.bind('%' + node.text.lower() + '%')}"
        assert isinstance(node, And | Or)
        joiner = " AND " if isinstance(node, And) else " OR "
        return "(" + joiner.join(self.condition(c) for c in node.children) + ")"


def plan(parsed: ParsedQuery, resolver: FieldResolver, full_text: bool = True) -> Plan:
    """Render a parsed query into a :class:`Plan` (resolving field values through ``resolver``)."""
    renderer = _Renderer(resolver, full_text)
    hints = list(parsed.hints)
    tree = parsed.tree
    if tree is None:
        return Plan(None, "1", {}, tuple(hints))
    children = list(tree.children) if isinstance(tree, And) else [tree]
    words = [c for c in children if full_text and fts_expression(c) is not None]
    dropped: list[Node] = [
        c for c in children if isinstance(c, Not) and full_text and fts_expression(c.child) is not None
    ]
    match = _and_expression(words + dropped) if words else None
    rest = [c for c in children if match is None or (c not in words and c not in dropped)]
    where = " AND ".join(renderer.condition(c) for c in rest) or "1"
    params = dict(renderer.bind.params)
    if match is not None:
        params["match"] = match
    hints.extend(renderer.hints)
    return Plan(match, where, params, tuple(dict.fromkeys(hints)), positive_terms(tree))
