"""Rendering a query's syntax tree into SQL with bound parameters and a safe full-text expression.

User text never reaches SQL or the full-text index as syntax. Every word and phrase becomes the normal forms
it matches (:func:`model.text.normalize.term_pattern`: ``consultations`` → ``consult``, ``Маниле`` →
``манила``), each of them quoted in the index's query language (:class:`Syntax`: an FTS5 string on SQLite, a
``tsquery`` lexeme on PostgreSQL), so ``C++``, ``O'Brien``, ``a-b`` or ``x:y`` are read as words, never as
operators or column filters; the expression itself travels as a bound parameter.

The plan separates the words at the top level of the query (one full-text expression, used for ranking)
from the rest (SQL conditions over ``record r``, in which the backend's fragments of
:class:`~model.store.backend.SearchSql` name the index), so a query like ``piracy forum:ARF -statement`` is
one ranked index scan filtered by SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from model.search.fields import EVERYTHING, Binder, FieldResolver
from model.search.parser import And, Field, Node, Not, Or, ParsedQuery, Term, positive_terms
from model.store.backend import SearchSql
from model.text.normalize import term_pattern


@dataclass(frozen=True)
class Plan:
    """A query ready to run: the ranking full-text expression (if any) and the SQL filter over ``record r``."""

    match: str | None
    where: str
    params: dict[str, Any]
    hints: tuple[str, ...]
    #: The words, prefixes and phrases a match holds (not those under NOT): what snippets highlight.
    terms: tuple[Term, ...] = ()

    @property
    def empty(self) -> bool:
        """True when there is nothing to search for (an empty or wholly ignored query)."""
        return self.match is None and self.where == EVERYTHING


class Syntax:
    """How one kind of full-text index reads a query's words: each renders the same parsed query, with the
    same normal forms (:func:`model.text.normalize.term_pattern`), so both find the same records."""

    def term(self, term: Term) -> str:
        raise NotImplementedError

    def any_of(self, parts: list[str]) -> str:
        raise NotImplementedError

    def all_of(self, keep: list[str], drop: list[str]) -> str:
        """Every one of ``keep`` and none of ``drop``."""
        raise NotImplementedError

    def expression(self, node: Node) -> str | None:
        """The expression for a subtree of words only, or None when it holds a field or a lone NOT."""
        if isinstance(node, Term):
            return self.term(node)
        if isinstance(node, Or):
            parts = [self.expression(c) for c in node.children]
            if any(p is None for p in parts):
                return None
            return self.any_of([p for p in parts if p])
        if isinstance(node, And):
            return self.and_expression(list(node.children))
        return None

    def and_expression(self, children: list[Node]) -> str | None:
        pos = [self.expression(c) for c in children if not isinstance(c, Not)]
        neg = [self.expression(c.child) for c in children if isinstance(c, Not)]
        if not pos or any(p is None for p in pos) or any(n is None for n in neg):
            return None
        return self.all_of([p for p in pos if p], [n for n in neg if n])


class Fts5(Syntax):
    """SQLite FTS5's MATCH expressions: each run of forms a double-quoted string, never read as syntax."""

    def term(self, term: Term) -> str:
        """One word, prefix or phrase as FTS5 strings of the forms it matches (several OR-ed when a word may be
        read two ways: ``"арфа" OR "арф"`` for *арф*), always quoted, so never read as FTS5 syntax."""
        pattern = term_pattern(term.text, term.prefix)
        if pattern is None:  # nothing FTS5 would read as a word: a phrase of no words, which matches nothing
            return '""'
        star = " *" if pattern.prefix else ""
        runs = ['"' + " ".join(run).replace('"', '""') + '"' + star for run in pattern.alternatives]
        return runs[0] if len(runs) == 1 else "(" + " OR ".join(runs) + ")"

    def any_of(self, parts: list[str]) -> str:
        return "(" + " OR ".join(parts) + ")"

    def all_of(self, keep: list[str], drop: list[str]) -> str:
        expr = "(" + " AND ".join(keep) + ")"
        if drop:  # FTS5's NOT is binary: what to keep NOT what to drop
            expr = f"({expr} NOT ({' OR '.join(drop)}))"
        return expr


#: A tsquery that no record matches (a lexeme and its absence): what a phrase of no words finds, as in FTS5.
_TSQUERY_NOTHING = "('nothing' & !'nothing')"


class TsQuery(Syntax):
    """PostgreSQL's ``tsquery`` text, read by ``to_tsquery`` with the ``simple`` configuration: each form a
    quoted lexeme, a run of them a phrase (``<->``), a prefix ``:*``; ``&``, ``|`` and ``!`` between.

    A phrase must stand within the title or within the body, as in FTS5's columns; the ``tsvector`` holds
    both one after the other, so a phrase is asked for in each (lexemes limited to weight A, then D) and
    never found across the seam.
    """

    def term(self, term: Term) -> str:
        pattern = term_pattern(term.text, term.prefix)
        if pattern is None:
            return _TSQUERY_NOTHING
        runs = []
        for run in pattern.alternatives:
            if len(run) == 1:
                runs.append(_lexeme(run[0], pattern.prefix, ""))
                continue
            within = [_phrase(run, pattern.prefix, weight) for weight in ("A", "D")]
            runs.append("(" + " | ".join(within) + ")")
        return runs[0] if len(runs) == 1 else "(" + " | ".join(runs) + ")"

    def any_of(self, parts: list[str]) -> str:
        return "(" + " | ".join(parts) + ")"

    def all_of(self, keep: list[str], drop: list[str]) -> str:
        return "(" + " & ".join([*keep, *(f"!{d}" for d in drop)]) + ")"


def _phrase(run: tuple[str, ...], prefix: bool, weight: str) -> str:
    last = len(run) - 1
    return "(" + " <-> ".join(_lexeme(f, prefix and i == last, weight) for i, f in enumerate(run)) + ")"


def _lexeme(form: str, prefix: bool, weight: str) -> str:
    """A quoted tsquery lexeme (quotes doubled, backslashes escaped), with ``:*`` and a weight as asked."""
    quoted = "'" + form.replace("\\", "\\\\").replace("'", "''") + "'"
    flags = ("*" if prefix else "") + weight
    return f"{quoted}:{flags}" if flags else quoted


SYNTAXES: dict[str, Syntax] = {"fts5": Fts5(), "tsquery": TsQuery()}


def fts_string(term: Term) -> str:
    """One word, prefix or phrase as an FTS5 expression (see :meth:`Fts5.term`)."""
    return SYNTAXES["fts5"].term(term)


class _Renderer:
    def __init__(self, resolver: FieldResolver, index: SearchSql) -> None:
        self.resolver = resolver
        self.index = index
        self.syntax = SYNTAXES[index.syntax]
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
        expr = self.syntax.expression(node)
        if expr is not None:
            return self.index.contains(self.bind.name(expr))
        assert isinstance(node, And | Or)  # a Term always has an expression
        joiner = " AND " if isinstance(node, And) else " OR "
        return "(" + joiner.join(self.condition(c) for c in node.children) + ")"


def plan(parsed: ParsedQuery, resolver: FieldResolver, index: SearchSql) -> Plan:
    """Render a parsed query into a :class:`Plan` for the backend's full-text ``index`` (resolving field values
    through ``resolver``)."""
    renderer = _Renderer(resolver, index)
    syntax = renderer.syntax
    hints = list(parsed.hints)
    tree = parsed.tree
    if tree is None:
        return Plan(None, EVERYTHING, {}, tuple(hints))
    children = list(tree.children) if isinstance(tree, And) else [tree]
    words = [c for c in children if syntax.expression(c) is not None]
    dropped: list[Node] = [c for c in children if isinstance(c, Not) and syntax.expression(c.child) is not None]
    match = syntax.and_expression(words + dropped) if words else None
    rest = [c for c in children if match is None or (c not in words and c not in dropped)]
    where = " AND ".join(renderer.condition(c) for c in rest) or EVERYTHING
    params = dict(renderer.bind.params)
    if match is not None:
        params["match"] = match
    hints.extend(renderer.hints)
    return Plan(match, where, params, tuple(dict.fromkeys(hints)), positive_terms(tree))
