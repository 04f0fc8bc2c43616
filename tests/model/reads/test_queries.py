"""The tree, timeline and count queries behind the main window."""

from __future__ import annotations

from typing import Any

import pytest

from model.interchange import importer
from model.reads import queries


def _labels(db: Any, parent: str | None) -> list[str]:
    with db.session() as s:
        return [n.label for n in queries.children(s, parent, 0, 500)]


def _ids(db: Any, parent: str | None) -> list[str]:
    with db.session() as s:
        return [n.id for n in queries.children(s, parent, 0, 500)]


def test_asean_centred_platforms_sit_under_asean(bundled_db: Any) -> None:
    assert _ids(bundled_db, None)[0] == "asean"
    assert set(_ids(bundled_db, "asean")) == {"admm-plus", "arf", "asean-russia", "eas"}


def test_forum_lists_process_then_meetings_in_date_order(bundled_db: Any) -> None:
    assert _ids(bundled_db, "eas") == ["eas-security-architecture", "eas-5", "eas-fmm-6", "eas-11"]


def test_undated_meetings_come_after_dated_ones(bundled_db: Any) -> None:
    assert _ids(bundled_db, "asean-russia")[-1] == "asean-russia-culture-ministers"


def test_rounds_are_labelled_with_number_city_and_month(bundled_db: Any) -> None:
    labels = _labels(bundled_db, "eas-security-architecture")
    assert labels[2] == "Round 3 — Jakarta, Oct 2014"
    assert len(labels) == 5


def test_meeting_children_are_its_outcomes(bundled_db: Any) -> None:
    assert "arf-23-plan-of-action" in _ids(bundled_db, "arf-23")


def test_groups_hold_records_without_a_natural_parent(bundled_db: Any) -> None:
    top = _ids(bundled_db, None)
    assert {"@outcomes", "@countries", "@topics", "@sources"} <= set(top)
    assert "asean-russia-cpa-2016-2020" in _ids(bundled_db, "@outcomes")
    assert "russia" in _ids(bundled_db, "@countries")


def test_scheduled_meetings_are_marked_not_held(bundled_db: Any) -> None:
    with bundled_db.session() as s:
        nodes = {n.id: n for n in queries.children(s, "eas")}
    assert nodes["eas-11"].not_held
    assert nodes["eas-11"].date_human == "8 Sep 2016"
    assert not nodes["eas-5"].not_held


def test_child_position_agrees_with_listing(bundled_db: Any) -> None:
    with bundled_db.session() as s:
        for parent in (None, "asean", "eas", "arf", "eas-security-architecture", "@countries"):
            for row, node in enumerate(queries.children(s, parent, 0, 500)):
                assert queries.child_position(s, parent, node.id) == row
        assert queries.child_position(s, "eas", "arf-23") is None


def test_tree_paths_give_ancestors_from_the_top(bundled_db: Any) -> None:
    with bundled_db.session() as s:
        paths = queries.tree_paths(s, ["eas-security-architecture-3", "arf-23-plan-of-action", "russia", "nope"])
    assert paths["eas-security-architecture-3"] == ["asean", "eas", "eas-security-architecture"]
    assert paths["arf-23-plan-of-action"] == ["asean", "arf", "arf-23"]
    assert paths["russia"] == ["@countries"]
    assert "nope" not in paths


def test_nodes_in_order_follow_tree_order(bundled_db: Any) -> None:
    with bundled_db.session() as s:
        nodes = queries.nodes_in_order(s, "eas", ["eas-11", "eas-5", "arf-23", "eas-security-architecture"])
    assert [n.id for n in nodes] == ["eas-security-architecture", "eas-5", "eas-11"]


def big_forum(n: int) -> dict[str, Any]:
    """A forum with ``n`` meetings, 25 a month from Jan 2000, listed newest first in the file.

    Few distinct dates keep the import quick (dates are parsed once each).
    """
    meetings = [
        {
            "id": f"big-{i:05d}",
            "forum": "big",
            "title": f"Meeting <b>{i}</b>",
            "date": f"{2000 + (i // 25) // 12:04d}-{(i // 25) % 12 + 1:02d}",
            "status": "held",
        }
        for i in reversed(range(n))
    ]
    return {"format": "summitry", "version": 1, "forums": [{"id": "big", "name": "Big forum"}], "meetings": meetings}


def test_pages_of_a_large_forum(empty_db: Any) -> None:
    importer.import_data(empty_db, big_forum(1000), "big")
    with empty_db.session() as s:
        assert queries.child_count(s, "big") == 1000
        page = queries.children(s, "big", 400, 200)
        assert [n.id for n in page[:2]] == ["big-00400", "big-00401"]
        assert page[0].date_human == "May 2001"
        assert len(page) == 200
        assert queries.child_position(s, "big", "big-00777") == 777


def test_counts_text(bundled_db: Any) -> None:
    with bundled_db.session() as s:
        text = queries.record_counts(s).text()
    assert "5 forums" in text and "9 meetings" in text and "1 process" in text


def test_process_timeline_spans_months_and_knows_its_as_of_date(bundled_db: Any) -> None:
    with bundled_db.session() as s:
        tl = queries.process_timeline(s, queries.DEFAULT_PROCESS)
    assert tl is not None
    third = tl.events[2]
    assert (third.lower, third.upper) == ("2014-10-01", "2014-10-31")
    assert third.label == "3 · Jakarta · Oct 2014"
    assert tl.as_of == "2016-07-23"


@pytest.mark.parametrize(("lo", "hi", "expected"), [("2016-01-01", "2016-12-31", 2), ("2010-01-01", "2010-12-31", 1)])
def test_meeting_events_by_range(bundled_db: Any, lo: str, hi: str, expected: int) -> None:
    with bundled_db.session() as s:
        events = queries.meeting_events(s, ["eas"], lo, hi)
    assert len(events) == expected
    assert all(e.lane == "eas" for e in events)


def test_meeting_extents_are_each_forums_first_and_last_day(bundled_db: Any) -> None:
    with bundled_db.session() as s:
        extents = queries.meeting_extents(s, ["eas", "arf", "asean", "no-such-forum"])
    # A forum without dated meetings of its own (asean) has no extent rather than a made-up one.
    assert extents == {"eas": ("2010-10-01", "2016-09-08"), "arf": ("2015-01-01", "2016-11-30")}


def test_every_read_names_its_columns_as_its_row_does() -> None:
    """Rows are read by name: each statement's columns, in order, are its row's fields (a tree node's
    columns, then the sort key, for the reads that order search results in the tree)."""
    from tests.model.named_rows import assert_columns_are_named, queries_of

    found = queries_of([queries])
    assert len(found) >= 40
    for q in found:
        assert_columns_are_named(q)
    among = next(q for q in found if q.sql.key.startswith("tree.among."))
    columns = tuple(c.name for c in among.sql.build().selected_columns)
    assert columns[: len(queries.NodeRow._fields)] == queries.NodeRow._fields


def test_the_tree_in_russian_labels_records_by_their_russian_names_in_the_same_order(bundled_db: Any) -> None:
    with bundled_db.reader() as conn:
        top = queries.children(conn, None, 0, 500, lang="ru")
        eas = queries.children(conn, "eas", 0, 500, lang="ru")
        rounds = queries.children(conn, "eas-security-architecture", 0, 500, lang="ru")
        among = queries.nodes_in_order(conn, "eas", ["eas-11", "eas-5"], lang="ru")
        one = queries.node(conn, "arf", lang="ru")
    assert [n.id for n in top] == _ids(bundled_db, None)
    assert top[0].label == "Ассоциация государств Юго-Восточной Азии (АСЕАН)"
    assert [n.id for n in eas] == ["eas-security-architecture", "eas-5", "eas-fmm-6", "eas-11"]
    assert eas[0].label == "Консультации в рамках ВАС по архитектуре региональной безопасности"
    assert rounds[2].label.startswith("Round 3 — Джакарта, ")  # "Round" is the interface's word
    assert [n.id for n in among] == ["eas-5", "eas-11"] and among[1].label.startswith("11-й Восточноазиатский")
    assert one is not None and one.label == "Региональный форум АСЕАН по безопасности (АРФ)"
    assert _labels(bundled_db, None)[0] == "Association of Southeast Asian Nations (ASEAN)"


def test_the_timeline_in_russian_names_its_process_rounds_forums_and_meetings(bundled_db: Any) -> None:
    with bundled_db.reader() as conn:
        (process,) = queries.processes(conn, "ru")
        forums = {c.id: c.label for c in queries.forums(conn, "ru")}
        timeline = queries.process_timeline(conn, "eas-security-architecture", "ru")
        meetings = queries.meeting_events(conn, ["arf"], "2016-01-01", "2016-12-31", lang="ru")
        english = queries.meeting_events(conn, ["arf"], "2016-01-01", "2016-12-31")
    assert process.label == "Консультации в рамках ВАС по архитектуре региональной безопасности"
    assert (forums["arf"], forums["eas"]) == ("АРФ", "ВАС")
    assert timeline is not None and timeline.title == process.label
    assert timeline.events[2].label.startswith("3 · Джакарта · ")
    assert {m.id: m.label for m in meetings}["arf-23"] == "23-я сессия Регионального форума АСЕАН по безопасности"
    assert {m.id: m.label for m in english}["arf-23"] == "23rd ASEAN Regional Forum"


def test_records_of_type_lists_ids_and_titles_by_title_for_completers(bundled_db: Any, read_path: str) -> None:
    with bundled_db.reader() as conn:
        forums = queries.records_of_type(conn, "forum")
        topics = queries.records_of_type(conn, "topic", limit=3)
    assert [c.id for c in forums if c.id in ("arf", "eas")] == ["arf", "eas"]  # "ASEAN Regional…" < "East Asia…"
    assert next(c.label for c in forums if c.id == "arf") == "ASEAN Regional Forum"
    assert len(topics) == 3
    assert [c.label for c in topics] == sorted(c.label for c in topics)


def test_record_note_is_read_as_the_pane_reads(bundled_db: Any, read_path: str) -> None:
    from model import edits

    edits.set_note(bundled_db, "arf-23", "Ask the Lao desk.")
    with bundled_db.reader() as conn:
        assert queries.record_note(conn, "arf-23") == "Ask the Lao desk."
        assert queries.record_note(conn, "arf") == ""
