"""The search language, read into a syntax tree.

One grammar for the search box, the command line and saved searches::

    piracy  "regional security"  consult*  piracy OR terrorism  -ARF  NOT ARF  (a OR b) c
    forum:ARF  type:meeting|round  country:Laos  city:Jakarta  year:2014  date:2013-11..2016-06
    status:scheduled  topic:terrorism  level:ministerial

Words next to each other must all match (implicit AND). The parser never fails: broken input (an
unclosed quote or parenthesis, a lone operator, an unknown field) is read as sensibly as possible and
each repair is reported as a hint the window shows under the search box.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from model.i18n import Words

#: The field filters, in the order the help lists them.
FIELDS = ("forum", "type", "country", "city", "year", "date", "status", "topic", "level")
#: Words people may write for a field, mapped to its name.
FIELD_ALIASES = {"venue": "city", "kind": "type", "in": "country", "when": "date"}
#: More than this many words and filters in one query are ignored (with a hint): nobody types them, and
#: a bounded query keeps every SQL and FTS5 expression far below SQLite's depth limits.
MAX_ATOMS = 64
#: Parentheses nested deeper than this are read as if they were not there.
MAX_DEPTH = 16


class SearchHint(Words):
    """What the search says about a query it could not read whole, in the interface's language."""


@dataclass(frozen=True)
class Term:
    """A word (``piracy``), a prefix (``consult*``) or a phrase (``"regional security"``)."""

    text: str
    prefix: bool = False
    phrase: bool = False


@dataclass(frozen=True)
class Field:
    """A field filter such as ``forum:ARF``; ``value`` may list alternatives separated by ``|``."""

    name: str
    value: str


@dataclass(frozen=True)
class Not:
    child: Node


@dataclass(frozen=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    children: tuple[Node, ...]


Node = Term | Field | Not | And | Or


@dataclass(frozen=True)
class ParsedQuery:
    """A query read into a tree (None when nothing searchable is left) with hints about repairs."""

    text: str
    tree: Node | None
    hints: tuple[str, ...] = ()


@dataclass(frozen=True)
class Token:
    kind: str  # "word", "field", "lparen", "rparen", "or", "and", "not"
    text: str = ""
    start: int = 0
    end: int = 0
    negated: bool = False  # written with a leading "-"
    quoted: bool = False
    prefix: bool = False
    name: str = ""  # for fields


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_FIELD = re.compile(r"([A-Za-z_]+):(.*)", re.S)
_WORD_END = re.compile(r'[\s()"]')


def clean(text: str) -> str:
    """The query with control characters and unpaired surrogates made into spaces."""
    text = _CONTROL.sub(" ", text)
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        text = "".join(" " if "\ud800" <= ch <= "\udfff" else ch for ch in text)
    return text


@dataclass
class _Lexer:
    text: str
    hints: list[str] = field(default_factory=list)

    def tokens(self) -> list[Token]:
        out: list[Token] = []
        text, i, n = self.text, 0, len(self.text)
        while i < n:
            ch = text[i]
            if ch.isspace():
                i += 1
                continue
            if ch in "()":
                out.append(Token("lparen" if ch == "(" else "rparen", ch, i, i + 1))
                i += 1
                continue
            start, negated = i, False
            if ch == "-":
                if i + 1 >= n or text[i + 1].isspace():  # a minus on its own (perhaps mid-typing): skip it
                    i += 1
                    continue
                negated, i = True, i + 1
            if text[i] == '"':
                tok, i = self._phrase(start, i + 1, negated)
                out.append(tok)
                continue
            m = _WORD_END.search(text, i)
            end = m.start() if m else n
            word = text[i:end]
            if not word:  # "-" right before a parenthesis or quote is handled by the next round
                if negated:
                    out.append(Token("not", "-", start, i))
                i = max(end, i + 1) if not negated else i
                continue
            tok = self._word(word, start, end, negated)
            out.append(tok)
            i = max(tok.end, i + 1)
        return out

    def _phrase(self, start: int, i: int, negated: bool) -> tuple[Token, int]:
        close = self.text.find('"', i)
        if close < 0:
            self.hints.append(SearchHint.tr("A quotation mark is not closed; the phrase runs to the end."))
            close = len(self.text)
        body = self.text[i:close]
        end = min(close + 1, len(self.text))
        prefix = self.text[end : end + 1] == "*"
        if prefix:
            end += 1
        return Token("word", body, start, end, negated=negated, quoted=True, prefix=prefix), end

    def _word(self, word: str, start: int, end: int, negated: bool) -> Token:
        if not negated and word in ("OR", "|", "||"):
            return Token("or", word, start, end)
        if not negated and word in ("AND", "&", "&&"):
            return Token("and", word, start, end)
        if not negated and word == "NOT":
            return Token("not", word, start, end)
        m = _FIELD.fullmatch(word)
        if m:
            name = m.group(1).lower()
            name = FIELD_ALIASES.get(name, name)
            if name in FIELDS:
                value, end = m.group(2), end
                if not value and self.text[end : end + 1] == '"':  # forum:"ASEAN Regional Forum"
                    phrase, end = self._phrase(start, end + 1, negated)
                    value = phrase.text
                if not value.strip():
                    self.hints.append(
                        SearchHint.tr("{field}: needs a value, for example {example}.").format(
                            field=name, example=_EXAMPLES[name]
                        )
                    )
                    return Token("word", "", start, end)
                return Token("field", value.strip(), start, end, negated=negated, name=name)
            self.hints.append(
                SearchHint.tr("There is no field '{name}:'; searched for the words instead. Fields: {fields}.").format(
                    name=m.group(1), fields=", ".join(f + ":" for f in FIELDS)
                )
            )
        prefix = word.endswith("*")
        return Token("word", word.rstrip("*"), start, end, negated=negated, prefix=prefix)


_EXAMPLES = {
    "forum": "forum:ARF",
    "type": "type:meeting",
    "country": "country:Laos",
    "city": "city:Jakarta",
    "year": "year:2014",
    "date": "date:2013-11..2016-06",
    "status": "status:scheduled",
    "topic": "topic:terrorism",
    "level": "level:ministerial",
}


def tokenize(text: str) -> tuple[list[Token], list[str]]:
    """The tokens of a query with their positions, and hints about anything repaired."""
    lexer = _Lexer(clean(text))
    return lexer.tokens(), lexer.hints


class _Parser:
    """Recursive descent over the tokens; every error is repaired and noted, never raised."""

    def __init__(self, tokens: list[Token], hints: list[str]) -> None:
        self.tokens = tokens
        self.pos = 0
        self.hints = hints
        self.atoms = 0
        self.depth = 0
        self.open_parens = 0

    def hint(self, text: str) -> None:
        if text not in self.hints:
            self.hints.append(text)

    def peek(self) -> Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def parse(self) -> Node | None:
        nodes: list[Node] = []
        while self.peek() is not None:
            node = self.or_expr()
            if node is not None:
                nodes.append(node)
            tok = self.peek()
            if tok is not None and tok.kind == "rparen":
                self.hint(SearchHint.tr("A closing parenthesis has no opening one; it was ignored."))
                self.pos += 1
        return _and(nodes)

    def or_expr(self) -> Node | None:
        branches: list[Node] = []
        ors = 0
        while True:
            node = self.and_expr()
            if node is not None:
                branches.append(node)
            tok = self.peek()
            if tok is None or tok.kind != "or":
                break
            self.pos += 1
            ors += 1
        if ors and len(branches) != ors + 1:
            self.hint(SearchHint.tr("OR needs words on both sides, as in: piracy OR terrorism."))
        if len(branches) > 1:
            return Or(tuple(branches))
        return branches[0] if branches else None

    def and_expr(self) -> Node | None:
        parts: list[Node] = []
        while True:
            tok = self.peek()
            if tok is None or tok.kind in ("or", "rparen"):
                break
            if tok.kind == "and":
                self.pos += 1
                continue
            node = self.unary()
            if node is not None:
                parts.append(node)
        return _and(parts)

    def unary(self) -> Node | None:
        tok = self.peek()
        assert tok is not None
        if tok.kind == "not":
            self.pos += 1
            nxt = self.peek()
            if nxt is None or nxt.kind in ("or", "rparen", "and"):
                self.hint(SearchHint.tr("NOT needs a word after it, as in: NOT ARF."))
                return None
            child = self.unary()
            return _not(child) if child is not None else None
        node = self.atom()
        if node is not None and tok.negated:
            return _not(node)
        return node

    def atom(self) -> Node | None:
        tok = self.peek()
        assert tok is not None
        self.pos += 1
        if tok.kind == "lparen":
            return self.group()
        if tok.kind in ("word", "field"):
            if self.atoms >= MAX_ATOMS:
                self.hint(SearchHint.tr("Only the first %n words and filters are used.", "", MAX_ATOMS))
                return None
            if tok.kind == "field":
                self.atoms += 1
                return Field(tok.name, tok.text)
            if not searchable(tok.text):
                if tok.text.strip():
                    self.hint(
                        SearchHint.tr("'{text}' has no letters or digits to search for; it was ignored.").format(
                            text=_short(tok.text)
                        )
                    )
                return None
            self.atoms += 1
            return Term(tok.text, prefix=tok.prefix, phrase=tok.quoted)
        return None

    def group(self) -> Node | None:
        if self.depth >= MAX_DEPTH:
            self.hint(SearchHint.tr("Parentheses nested more than %n deep were ignored.", "", MAX_DEPTH))
            return None
        self.depth += 1
        try:
            node = self.or_expr()
        finally:
            self.depth -= 1
        tok = self.peek()
        if tok is not None and tok.kind == "rparen":
            self.pos += 1
        else:
            self.hint(SearchHint.tr("A parenthesis is not closed; it was closed at the end."))
        return node


def _short(text: str, size: int = 20) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def searchable(text: str) -> bool:
    """Whether the text holds a letter, digit or mark the full-text index could hold."""
    return any(unicodedata.category(ch)[0] in "LN" for ch in text)


def _and(nodes: list[Node]) -> Node | None:
    flat: list[Node] = []
    for n in nodes:
        flat.extend(n.children if isinstance(n, And) else (n,))
    if not flat:
        return None
    return flat[0] if len(flat) == 1 else And(tuple(flat))


def _not(node: Node) -> Node:
    return node.child if isinstance(node, Not) else Not(node)


def parse_query(text: str) -> ParsedQuery:
    """Read a query of the search language; never raises.

    Args:
        text: what the person typed, of any length or content.

    Returns:
        The syntax tree (None if nothing searchable remains) and hints describing any repair.
    """
    tokens, hints = tokenize(text)
    parser = _Parser(tokens, hints)
    tree = parser.parse()
    return ParsedQuery(text, tree, tuple(dict.fromkeys(parser.hints)))


def positive_terms(node: Node | None) -> tuple[Term, ...]:
    """The words, prefixes and phrases of a tree that a match holds (or may hold): those not under NOT."""
    if isinstance(node, Term):
        return (node,) if searchable(node.text) else ()
    if isinstance(node, And | Or):
        return tuple(t for child in node.children for t in positive_terms(child))
    return ()  # a field filter, or a NOT: nothing of it is in the matched text


def quote_value(value: str) -> str:
    """A field value as it must be written in a query (quoted when it holds spaces or specials)."""
    if value and not re.search(r'[\s()"]', value):
        return value
    return '"' + value.replace('"', "") + '"'


def with_field(query: str, name: str, value: str | None) -> str:
    """The query with its top-level ``name:`` filter replaced by ``name:value`` (or removed for None).

    This is how the filter controls and clicks in the tree write into the search box: the rest of what
    the person typed stays as it was.
    """
    tokens, _ = tokenize(query)
    text = clean(query)
    depth = 0
    cuts: list[tuple[int, int]] = []
    for tok in tokens:
        if tok.kind == "lparen":
            depth += 1
        elif tok.kind == "rparen":
            depth = max(0, depth - 1)
        elif tok.kind == "field" and depth == 0 and tok.name == name and not tok.negated:
            cuts.append((tok.start, tok.end))
    for start, end in reversed(cuts):
        text = text[:start] + text[end:]
    text = " ".join(text.split())
    if value:
        text = f"{text} {name}:{quote_value(value)}".strip()
    return text


def field_value(query: str, name: str) -> str | None:
    """The value of the query's top-level ``name:`` filter, if it has exactly one."""
    tokens, _ = tokenize(query)
    depth, found = 0, []
    for tok in tokens:
        if tok.kind == "lparen":
            depth += 1
        elif tok.kind == "rparen":
            depth = max(0, depth - 1)
        elif tok.kind == "field" and depth == 0 and tok.name == name and not tok.negated:
            found.append(tok.text)
    return found[0] if len(found) == 1 else None
