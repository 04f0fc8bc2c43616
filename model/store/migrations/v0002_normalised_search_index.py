"""Version 2: the search index holds words normalised in Python (:mod:`model.text.normalize`), for FTS5's plain
``unicode61`` tokenizer, instead of text for its porter stemmer. The index is rebuilt from the text it held
(:func:`model.store.upgrades.rebuild_search_index`); the tables are unchanged.
"""

from __future__ import annotations

from alembic import op

version = 2


def upgrade() -> None:
    from model.store import backends, upgrades

    conn = op.get_bind()
    if backends.of(conn).has_text_index:  # a server archive had no index at version 1
        upgrades.rebuild_search_index(conn)
