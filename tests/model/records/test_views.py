"""What a record's view holds, for each record type, and the series rule previous/next come from."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from model.records import read_views, reading, views
from model.store import sqlrun
from tests.model.named_rows import assert_columns_are_named, queries_of


def _view(db: Any, rid: str) -> Any:
    with db.reader() as conn:
        return read_views.view_of(conn, rid)


def test_meeting_view(bundled_db: Any) -> None:
    v = _view(bundled_db, "arf-23")
    assert isinstance(v, views.MeetingView)
    assert [r.id for r in v.forum_path] == ["asean", "arf"]
    assert (v.date, v.city, v.country.id, v.status, v.status_as_of) == (
        "2016-07-26",
        "Vientiane",
        "laos",
        "scheduled",
        "2016-07-23",
    )
    assert v.participants[0].head == "Sergey Lavrov"
    assert v.agenda[0].number == 1 and v.agenda[0].title == "Confidence-building measures"
    assert v.agenda[0].notes and v.notes[v.agenda[0].notes[0] - 1].quote
    assert {o.id for o in v.outcomes} >= {"arf-23-plan-of-action"}
    first = v.notes[v.cited[0] - 1]
    assert first.source is not None and first.source.title.startswith("Comment by the Information and Press")
    # The same facts in display form, as every output shows them.
    shown = {f.label: f.text for f in v.facts}
    assert shown["Date"] == "26 Jul 2016"
    assert shown["Venue"] == "Vientiane, Laos"
    assert shown["Status"] == "Scheduled (as of 23 Jul 2016)"
    assert shown["Forum"] == "Association of Southeast Asian Nations ▸ ASEAN Regional Forum"
    assert shown["Heads of delegation"] == "Russia: Foreign Minister Sergey Lavrov"
    assert v.fact("status") is not None and v.fact("status").attention  # type: ignore[union-attr]
    assert (v.as_of, v.subtitle) == ("23 Jul 2016", "ASEAN Regional Forum · Ministers")


def test_meeting_related_rounds_and_series(bundled_db: Any) -> None:
    v = _view(bundled_db, "eas-11")
    assert [p.id for p in v.processes] == ["eas-security-architecture"]
    assert [r.id for r in v.rounds_before] == ["eas-security-architecture-5"]
    assert v.previous is not None and v.previous.id == "eas-5"  # same forum, same level (leaders)
    assert v.next is None
    assert v.related_as("Previous meeting") == v.previous
    assert v.related_as("Round before") == v.rounds_before[0]


def test_the_bundled_series_are_per_level(bundled_db: Any) -> None:
    """Issue 13: the brief named the ARF's space-security conferences as the 23rd ARF's neighbours, and the
    5th East Asia Summit (leaders) as the previous meeting of the 6th EAS Foreign Ministers' Meeting."""
    arf, fmm = _view(bundled_db, "arf-23"), _view(bundled_db, "eas-fmm-6")
    assert (arf.previous, arf.next, fmm.previous, fmm.next) == (None, None, None, None)
    space = _view(bundled_db, "arf-space-security-2015")
    assert space.next is not None and space.next.id == "arf-space-security-2016"
    # A title that says its date already is not followed by it again ("(autumn 2016) (autumn 2016)").
    assert space.next.label == "ARF specialised conference on space security (autumn 2016)"


def test_round_view_says_n_of_m_and_neighbours(bundled_db: Any) -> None:
    v = _view(bundled_db, "eas-security-architecture-3")
    assert (v.number, v.of) == (3, 5)
    assert v.previous.id == "eas-security-architecture-2" and v.next.id == "eas-security-architecture-4"
    assert v.process.id == "eas-security-architecture"
    assert v.forum is not None and v.forum.id == "eas"
    assert v.fact("round").text == "3 of 5"


def test_forum_view(bundled_db: Any) -> None:
    v = _view(bundled_db, "asean")
    assert {f.text for f in v.facts if f.key.startswith("figure/")} == {
        "over 630 million (as of 23 Jul 2016)",
        "over $2.4 trillion (as of 23 Jul 2016)",
    }
    members = next(t for t in v.tables if t.key == "members")
    assert len(members.rows) == 10
    assert {s.id for s in v.subforums} == {"admm-plus", "arf", "asean-russia", "eas"}
    eas = _view(bundled_db, "eas")
    meetings = next(t for t in eas.tables if t.key == "forum_meetings")
    assert eas.meeting_count == 3 and meetings.rows[0].record.id == "eas-11"  # latest first
    assert meetings.cut == ""


def test_outcome_view(bundled_db: Any) -> None:
    v = _view(bundled_db, "sochi-declaration-2016")
    assert v.kind == "declaration" and v.status == "adopted"
    assert v.meeting.id == "asean-russia-summit-2016"
    assert v.forum is not None and v.forum.id == "asean-russia"
    assert [(r.relation, r.record.id) for r in v.related] == [("Implemented by", "asean-russia-cpa-2016-2020")]
    cpa = _view(bundled_db, "asean-russia-cpa-2016-2020")
    assert cpa.period == "2016/2020"
    assert [(r.relation, r.record.id) for r in cpa.related] == [("Implements", "sochi-declaration-2016")]


def test_other_types(bundled_db: Any) -> None:
    assert _view(bundled_db, "eas-security-architecture").rounds[2].id == "eas-security-architecture-3"
    assert _view(bundled_db, "russia").code == "RU"
    assert _view(bundled_db, "terrorism").meeting_count >= 1
    src = _view(bundled_db, "mfa-ru-2016-07-23")
    assert src.citing_count > 10 and src.length > 1000
    assert src.texts[0].text.startswith(src.texts[0].text[:20]) and len(src.texts[0].text) == src.length
    assert _view(bundled_db, "no-such-record") is None


def test_notes_are_numbered_as_read_and_every_mark_has_a_note(bundled_db: Any) -> None:
    v = _view(bundled_db, "arf-23")
    assert [n.number for n in v.notes] == list(range(1, len(v.notes) + 1))
    marks = set(v.cited)
    for part in (*v.facts, *v.agenda, *(r for t in v.tables for r in t.rows)):
        marks.update(part.notes)
    assert marks == {n.number for n in v.notes}
    assert v.cited == (1, 2, 3, 4), "the record's own citations come first"
    outcome_notes = [n for n in v.notes if n.record != "arf-23"]
    assert outcome_notes and all(n.record.startswith("arf-23-") for n in outcome_notes)


def test_passage_and_source_text_locate_the_passage(bundled_db: Any) -> None:
    v = _view(bundled_db, "eas-security-architecture-3")
    note = next(n for n in v.notes if n.quote == "in Jakarta (October 2014)")
    with bundled_db.reader() as conn:
        cite = read_views.passage(conn, note.citation)
        assert cite is not None and cite.source_id is not None
        text = read_views.source_text(conn, cite.source_id)
    assert text is not None and text.text[cite.start : cite.end] == "in Jakarta (October 2014)"
    assert (cite.start, cite.end) == (note.start, note.end)


def test_views_of_reads_in_order_and_refuses_unknown_ids(bundled_db: Any) -> None:
    ids = ["arf", "arf-23", "russia", "arf-23-plan-of-action", "eas-security-architecture-3"]
    with bundled_db.reader() as conn:
        assert [v.id for v in read_views.views_of(conn, ids)] == ids
        with pytest.raises(KeyError, match="no record with id 'nope'"):
            list(read_views.views_of(conn, ["arf", "nope"]))


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
                {"id": "p-1-4", "number": 4, "date": "2005-01"},
            ],
        }
    ],
}


def test_meeting_view_breadcrumb_series_agenda_and_rounds(empty_db: Any) -> None:
    from model.interchange import importer

    importer.import_data(empty_db, NESTED, "nested")
    third = _view(empty_db, "m-3")
    assert [r.id for r in third.forum_path] == ["f-top", "f-mid", "f-leaf"]
    assert [r.title for r in third.forum_path] == ["Top", "Middle", "Leaf"]
    # A meeting without a level is in the series of the forum's meetings without one: m-2 is ministers'.
    assert third.previous is not None and third.previous.id == "m-1" and third.next is None
    assert third.country is not None and third.country.title == "Xland"
    assert [(p.organisation, p.country and p.country.id, p.head) for p in third.participants] == [
        ("UN", None, ""),
        ("", "c-x", "A. Person"),
    ]
    assert [(a.number, a.title, [t.title for t in a.topics]) for a in third.agenda] == [
        (1, "Item one", ["Beta", "Alpha"]),
        (2, "Item two", []),
    ]
    assert [p.id for p in third.processes] == ["p-1"]
    assert [r.id for r in third.rounds_before] == ["p-1-1"]
    assert [r.id for r in third.rounds_after] == ["p-1-2"]
    # A meeting with a level follows only that level's meetings.
    second = _view(empty_db, "m-2")
    assert second.previous is None and second.next is None
    # Rounds follow each other by number, over a gap.
    fourth = _view(empty_db, "p-1-4")
    assert fourth.previous is not None and fourth.previous.id == "p-1-2" and fourth.next is None
    assert _view(empty_db, "p-1-2").next.id == "p-1-4"


SERIES = {
    "format": "summitry",
    "version": 1,
    "forums": [{"id": "f", "name": "Forum"}, {"id": "g", "name": "Other forum"}],
    "meetings": [
        # Two numbered meetings on one day (a forum held its 7th and 8th back to back), listed out of order.
        {"id": "s-8", "forum": "f", "title": "8th", "ordinal": 8, "date": "2010-03-01", "level": "leaders"},
        {"id": "s-7", "forum": "f", "title": "7th", "ordinal": 7, "date": "2010-03-01", "level": "leaders"},
        {"id": "s-6", "forum": "f", "title": "6th", "ordinal": 6, "date": "2009", "level": "leaders"},
        {"id": "s-extra", "forum": "f", "title": "Extra", "date": "2010-03-01", "level": "leaders"},
        {"id": "s-9", "forum": "f", "title": "9th", "ordinal": 9, "date": "2011-01-01", "level": "leaders"},
        {"id": "s-undated", "forum": "f", "title": "Undated", "level": "leaders"},
        {"id": "s-fm", "forum": "f", "title": "Ministers", "date": "2010-03-01", "level": "ministers"},
        {"id": "g-1", "forum": "g", "title": "Elsewhere", "date": "2010-03-02", "level": "leaders"},
    ],
}


@pytest.mark.parametrize(
    ("rid", "previous", "following"),
    [
        ("s-6", None, "s-7"),
        ("s-7", "s-6", "s-8"),  # the same day: by ordinal
        ("s-8", "s-7", "s-extra"),  # an unnumbered meeting of that day comes after the numbered ones
        ("s-extra", "s-8", "s-9"),
        ("s-9", "s-extra", None),
        ("s-undated", None, None),  # no date: no place in the series
        ("s-fm", None, None),  # another level: another series
        ("g-1", None, None),  # another forum
    ],
)
def test_the_series_rule(empty_db: Any, rid: str, previous: str | None, following: str | None) -> None:
    from model.interchange import importer

    importer.import_data(empty_db, SERIES, "series")
    v = _view(empty_db, rid)
    assert (v.previous and v.previous.id, v.next and v.next.id) == (previous, following)


def test_the_first_screen_reader_reads_as_a_session_does(bundled_db: Any) -> None:
    """The first screen's reader (SQL compiled ahead of time, no SQLAlchemy) gives every record type the
    view a session gives (whichever way this suite's reads go)."""
    from model.store.schema_facts import RECORD_TYPES

    with bundled_db.reader() as reader, bundled_db.session() as session:
        by_type: dict[str, list[str]] = {}
        for kind, rid in sqlrun.text_rows(reader, "SELECT type, id FROM record ORDER BY type, id"):
            by_type.setdefault(kind, []).append(rid)
        assert set(by_type) == set(RECORD_TYPES)  # the sample covers every type
        cited: set[int] = set()
        for ids in by_type.values():
            sample = ids[:: max(1, len(ids) // 4)]  # the first, and a few more spread over the type
            mine = list(read_views.views_of(reader, sample))
            assert mine == list(read_views.views_of(session, sample))
            assert mine == [read_views.view_of(reader, rid) for rid in sample]
            cited.update(n.citation for v in mine for n in v.notes)
        assert cited
        for pk in sorted(cited):
            assert read_views.passage(reader, pk) == read_views.passage(session, pk)
        assert read_views.passage(reader, -1) is None and read_views.source_text(reader, "no-such-source") is None


def test_every_statement_labels_its_columns_as_its_row_names_them() -> None:
    """Rows are read by name: each statement's columns, in order, are its named row's fields."""
    from model.records import read_forums, read_meetings, read_processes

    queries = queries_of([reading, read_meetings, read_processes, read_forums, read_views])
    assert len(queries) >= 30
    for q in queries:
        assert_columns_are_named(q)


def test_a_json_view_has_everything(bundled_db: Any) -> None:
    data = views.as_json(_view(bundled_db, "arf-23"))
    assert data["next"] is None and data["forum"]["id"] == "arf"
    assert data["facts"][0]["text"] == "Association of Southeast Asian Nations ▸ ASEAN Regional Forum"
    assert data["agenda"][0]["title"] == "Confidence-building measures"
    assert data["notes"][0]["source"]["label"].startswith("Comment by the Information")


def test_importing_the_views_leaves_sqlalchemy_unloaded() -> None:
    """The detail pane of the first screen must not wait for SQLAlchemy to import."""
    check = "import model.records.read_views, sys; assert not {'sqlalchemy', 'model.store.schema'} & set(sys.modules)"
    subprocess.run([sys.executable, "-c", check], cwd=Path(__file__).parents[3], check=True, timeout=120)


@pytest.mark.sqlite_only  # the two ways a file is read; a server is read through sessions only
def test_the_reads_go_the_way_the_suite_asks(bundled_db: Any, read_path: str) -> None:
    """The read suites run twice (tests/conftest.py): on the sqlite3 driver with SQL compiled ahead of time,
    and through SQLAlchemy, as on PostgreSQL."""
    from sqlalchemy.orm import Session

    with bundled_db.reader() as conn:
        assert isinstance(conn, Session) == (read_path == "sqlalchemy")
        assert sqlrun.FROZEN is (read_path == "frozen")
        assert read_views.view_of(conn, "arf-23") is not None
