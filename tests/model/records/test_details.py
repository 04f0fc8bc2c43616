"""What the detail pane is told about each record type."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from model.records import details


def _detail(db: Any, rid: str) -> Any:
    with db.session() as s:
        return details.record_detail(s, rid)


def test_meeting_detail(bundled_db: Any) -> None:
    d = _detail(bundled_db, "arf-23")
    assert isinstance(d, details.MeetingDetail)
    assert [r.id for r in d.forum_path] == ["asean", "arf"]
    assert (d.date, d.city, d.country.id, d.status, d.status_as_of) == (
        "2016-07-26",
        "Vientiane",
        "laos",
        "scheduled",
        "2016-07-23",
    )
    assert d.participants[0].head == "Sergey Lavrov"
    assert d.agenda[0].number == 1 and d.agenda[0].title == "Confidence-building measures"
    assert d.agenda[0].cites and d.agenda[0].cites[0].quote
    assert {o.id for o in d.outcomes} >= {"arf-23-plan-of-action"}
    assert d.cites and d.cites[0].source_title.startswith("Comment by the Information and Press Department")


def test_meeting_related_rounds_and_series(bundled_db: Any) -> None:
    d = _detail(bundled_db, "eas-11")
    assert [p.id for p in d.processes] == ["eas-security-architecture"]
    assert [r.id for r in d.rounds_before] == ["eas-security-architecture-5"]
    assert d.previous is not None and d.previous.id == "eas-5"  # same forum, same level (leaders)
    assert d.next is None


def test_round_detail_says_n_of_m_and_neighbours(bundled_db: Any) -> None:
    d = _detail(bundled_db, "eas-security-architecture-3")
    assert (d.number, d.of) == (3, 5)
    assert d.previous.id == "eas-security-architecture-2" and d.next.id == "eas-security-architecture-4"
    assert d.process.id == "eas-security-architecture"


def test_forum_detail(bundled_db: Any) -> None:
    d = _detail(bundled_db, "asean")
    assert {f.value for f in d.figures} == {"over 630 million", "over $2.4 trillion"}
    assert len(d.members) == 10
    assert {s.id for s in d.subforums} == {"admm-plus", "arf", "asean-russia", "eas"}
    eas = _detail(bundled_db, "eas")
    assert eas.meeting_count == 3 and eas.meetings[0].id == "eas-11"  # latest first


def test_outcome_detail(bundled_db: Any) -> None:
    d = _detail(bundled_db, "sochi-declaration-2016")
    assert d.kind == "declaration" and d.status == "adopted"
    assert d.meeting.id == "asean-russia-summit-2016"
    assert [r.target.id for r in d.related] == ["asean-russia-cpa-2016-2020"]
    cpa = _detail(bundled_db, "asean-russia-cpa-2016-2020")
    assert cpa.period == "2016/2020"


def test_other_types(bundled_db: Any) -> None:
    assert _detail(bundled_db, "eas-security-architecture").rounds[2].id == "eas-security-architecture-3"
    assert _detail(bundled_db, "russia").code == "RU"
    assert _detail(bundled_db, "terrorism").meeting_count >= 1
    src = _detail(bundled_db, "mfa-ru-2016-07-23")
    assert src.citing_count > 10 and src.length > 1000
    assert _detail(bundled_db, "no-such-record") is None


def test_citation_and_source_text_locate_the_passage(bundled_db: Any) -> None:
    d = _detail(bundled_db, "eas-security-architecture-3")
    cite = next(c for c in d.cites if c.quote == "in Jakarta (October 2014)")
    with bundled_db.session() as s:
        again = details.citation(s, cite.pk)
        text = details.source_text(s, cite.source_id)
    assert again == cite
    assert text is not None and text.text[cite.start : cite.end] == "in Jakarta (October 2014)"


NESTED = {
    "format": "summitry",
    "version": 1,
    "countries": [{"id": "c-x", "code": "XA", "name": "Xland"}],
    "topics": [{"id": "t-b", "label": "Beta"}, {"id": "t-a", "label": "Alpha"}],
    "forums": [
        {"id": "f-top", "name": "Top"},
        {"id": "f-mid", "name": "Middle", "parent": "f-top"},
        {"id": "f-leaf", "name": "Leaf", "parent": "f-mid"},
    ],
    "meetings": [
        {"id": "m-1", "forum": "f-leaf", "title": "First", "date": "2001-05-01"},
        {"id": "m-2", "forum": "f-leaf", "title": "Second", "date": "2002-05-01", "level": "ministers"},
        {
            "id": "m-3",
            "forum": "f-leaf",
            "title": "Third",
            "date": "2003-05-01",
            "country": "c-x",
            "participants": [{"organisation": "UN"}, {"country": "c-x", "head": "A. Person"}],
            "agenda": [{"title": "Item one", "topics": ["t-b", "t-a"]}, {"title": "Item two"}],
        },
    ],
    "processes": [
        {
            "id": "p-1",
            "title": "Talks",
            "forum": "f-leaf",
            "rounds": [
                {"id": "p-1-1", "number": 1, "date": "2000-01", "city": "Oldtown"},
                {"id": "p-1-2", "number": 2, "date": "2004-01"},
            ],
        }
    ],
}


def test_meeting_detail_breadcrumb_neighbours_agenda_and_rounds(empty_db: Any) -> None:
    from model.interchange import importer

    importer.import_data(empty_db, NESTED, "nested")
    third = _detail(empty_db, "m-3")
    assert [r.id for r in third.forum_path] == ["f-top", "f-mid", "f-leaf"]
    assert [r.title for r in third.forum_path] == ["Top", "Middle", "Leaf"]
    # A meeting without a level follows the forum's meetings of any level.
    assert third.previous is not None and third.previous.id == "m-2" and third.next is None
    assert third.country is not None and third.country.title == "Xland"
    assert [(p.organisation, p.country and p.country.id, p.head) for p in third.participants] == [
        ("UN", None, None),
        (None, "c-x", "A. Person"),
    ]
    assert [(a.number, a.title, [t.title for t in a.topics]) for a in third.agenda] == [
        (1, "Item one", ["Beta", "Alpha"]),
        (2, "Item two", []),
    ]
    assert [p.id for p in third.processes] == ["p-1"]
    assert [(r.id, r.title) for r in third.rounds_before] == [("p-1-1", "Talks: Round 1 — Oldtown")]
    assert [r.id for r in third.rounds_after] == ["p-1-2"]
    # A meeting with a level follows only that level's meetings.
    second = _detail(empty_db, "m-2")
    assert second.previous is None and second.next is None


def test_detail_read_without_sqlalchemy_equals_the_session_one(bundled_db: Any) -> None:
    """The first screen's reader (sqlite3 straight, no SQLAlchemy) shows every record type as a session does."""
    from model.store import sqlrun
    from model.store.schema_facts import RECORD_TYPES

    with bundled_db.reader() as reader, bundled_db.session() as session:
        by_type: dict[str, list[str]] = {}
        for kind, rid in sqlrun.text_rows(reader, "SELECT type, id FROM record ORDER BY type, id"):
            by_type.setdefault(kind, []).append(rid)
        assert set(by_type) == set(RECORD_TYPES)  # the sample covers every type
        cited: set[int] = set()
        for ids in by_type.values():
            for rid in ids[:: max(1, len(ids) // 4)]:  # the first, and a few more spread over the type
                detail = details.record_detail(reader, rid)
                assert detail is not None and detail == details.record_detail(session, rid)
                cited.update(c.pk for c in detail.all_cites)
        assert details.record_detail(reader, "no-such-record") is None
        assert cited
        for pk in sorted(cited):
            cite = details.citation(reader, pk)
            assert cite is not None and cite == details.citation(session, pk)
            if cite.source_id is not None:
                text = details.source_text(reader, cite.source_id)
                assert text is not None and text == details.source_text(session, cite.source_id)
        assert details.citation(reader, -1) is None and details.source_text(reader, "no-such-source") is None


def test_importing_details_leaves_sqlalchemy_unloaded() -> None:
    """The detail pane of the first screen must not wait for SQLAlchemy to import."""
    check = "import model.records.details, sys; assert not {'sqlalchemy', 'model.store.schema'} & set(sys.modules)"
    subprocess.run([sys.executable, "-c", check], cwd=Path(__file__).parents[3], check=True, timeout=120)
