"""The search language: parse (``parser``), render to SQL (``sql``, ``fields``) and run (``engine``)."""

from model.search.engine import PAGE, Hit, SearchResult, match_ids, page, search
from model.search.parser import FIELDS, ParsedQuery, parse_query, with_field

__all__ = [
    "FIELDS",
    "PAGE",
    "Hit",
    "ParsedQuery",
    "SearchResult",
    "match_ids",
    "page",
    "parse_query",
    "search",
    "with_field",
]
