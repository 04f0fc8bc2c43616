"""``changed-by:NAME`` and ``changed:DATES``: records found by their revisions (who changed them, and when)."""

from __future__ import annotations

import pytest

from model import edits
from model.search import engine
from model.store.database import Database

pytestmark = pytest.mark.both_backends


def _ids(db: Database, query: str) -> set[str]:
    return {hit.id for hit in engine.search(db, query, limit=500).hits}


def _edit(db: Database, rid: str, author: str) -> str:
    """Change a record's description as ``author``; the day (UTC) the revision was stamped with."""
    ed = edits.load(db, rid)
    form = {**ed.form, "description": f"Reviewed by {author}."}
    edits.save(db, ed.kind, form, expected_version=ed.version, author=author)
    return edits.history(db, rid)[0].at[:10]


def test_changed_by_finds_what_each_analyst_changed(backend: object, bundled_db: Database) -> None:
    _edit(bundled_db, "arf-23", "anna")
    _edit(bundled_db, "eas-fmm-6", "bob")
    assert _ids(bundled_db, "changed-by:anna") == {"arf-23"}
    assert _ids(bundled_db, "changed-by:ANNA|bob") == {"arf-23", "eas-fmm-6"}
    assert _ids(bundled_db, "forum:ARF changed-by:bob") == set()
    result = engine.search(bundled_db, "changed-by:carol")
    assert result.total == 0
    assert any("Nobody called 'carol' has changed a record. Changed by: anna, bob." in h for h in result.hints)


def test_changed_finds_records_by_the_day_of_their_revisions(backend: object, bundled_db: Database) -> None:
    day = _edit(bundled_db, "arf-23", "anna")
    assert _ids(bundled_db, f"changed:{day}") == {"arf-23"}
    assert _ids(bundled_db, f"changed:{day[:7]}..") == {"arf-23"}
    assert _ids(bundled_db, "changed:..2000") == set()  # the bundled data came with no revisions
    assert _ids(bundled_db, "changed:2000..") == {"arf-23"}
    result = engine.search(bundled_db, "changed:soon")
    assert result.total == 0 and any("is not a date the search understands" in h for h in result.hints)
