"""Brief and dossier content: what a printed brief says for each kind of record, without Qt.

A brief is the record's view (tests/model/records) under a header; these check what a desk officer reads.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from model.report import briefs, content
from model.store import schema


def brief(db: Any, rid: str) -> content.Brief:
    with db.reader() as conn:
        return briefs.build_brief(conn, rid)


def facts(b: content.Brief) -> dict[str, str]:
    return {f.label: f.text for f in b.view.facts}


def test_meeting_brief_has_header_facts_agenda_outcomes_and_sources(bundled_db: Any) -> None:
    b = brief(bundled_db, "arf-23")
    assert b.header == content.Header(
        "Summitry",
        "Meeting brief",
        "23 Jul 2016",
        "ASEAN events in Vientiane, July 2016 (Russian MFA comment of 23 July 2016)",
    )
    assert b.title == "23rd ASEAN Regional Forum"
    f = facts(b)
    assert f["Forum"] == "Association of Southeast Asian Nations ▸ ASEAN Regional Forum"
    assert f["Date"] == "26 Jul 2016"
    assert f["Venue"] == "Vientiane, Laos"
    assert f["Status"] == "Scheduled (as of 23 Jul 2016)"
    assert f["Participants"] == "Russia"
    assert f["Heads of delegation"] == "Russia: Foreign Minister Sergey Lavrov"
    v = b.view
    assert [a.number for a in v.agenda] == list(range(1, 12))
    assert v.agenda[0].title == "Confidence-building measures"
    assert [t.title for t in v.agenda[2].topics] == ["Terrorism", "Transnational crime"]
    outcomes = next(t for t in v.tables if t.key == "outcomes")
    kinds = {r.cells[0]: r.cells[1:] for r in outcomes.rows}
    assert kinds["ARF action plan for the next period"] == ("Plan of action", "Expected (as of 23 Jul 2016)")
    assert all(r.notes for r in outcomes.rows), "each outcome's own citations are notes of the brief"
    assert [t.heading for t in v.texts] == ["Summary", "On the sidelines"]


def test_notes_are_numbered_in_order_with_their_sources(bundled_db: Any) -> None:
    v = brief(bundled_db, "arf-23").view
    assert [n.number for n in v.notes] == list(range(1, len(v.notes) + 1))
    first = v.notes[0]
    assert first.quote.startswith("The 23rd ASEAN Regional Forum (ARF), a pillar")
    assert first.source is not None
    assert first.source.title.startswith("Comment by the Information and Press Department")
    assert first.publisher.startswith("Ministry of Foreign Affairs of the Russian Federation")
    assert first.source.when == "23 Jul 2016"


def test_the_same_passage_cited_twice_is_one_note(bundled_db: Any) -> None:
    v = brief(bundled_db, "eas-security-architecture").view
    rounds = next(t for t in v.tables if t.heading == "Rounds")
    assert [r.cells[0] for r in rounds.rows] == ["1", "2", "3", "4", "5"]
    assert rounds.rows[2].cells[1:] == ("Oct 2014", "Jakarta, Indonesia", "Held")
    shared = set.intersection(*(set(r.notes) for r in rounds.rows))
    assert len(shared) == 1  # "Five rounds of relevant consultations have taken place"
    quotes = [n.quote for n in v.notes]
    assert len(quotes) == len(set(zip(quotes, [n.comment for n in v.notes], strict=True)))


def test_round_brief_says_which_round_of_how_many(bundled_db: Any) -> None:
    b = brief(bundled_db, "eas-security-architecture-3")
    assert b.header.type_label == "Round brief"
    assert facts(b)["Round"] == "3 of 5"
    assert facts(b)["Venue"] == "Jakarta, Indonesia"
    relations = {r.relation: r.record.id for r in b.view.related}
    assert relations["Previous round"] == "eas-security-architecture-2"
    assert relations["Next round"] == "eas-security-architecture-4"
    assert any(n.basis == "general knowledge" for n in b.view.notes)


def test_forum_brief_lists_members_meetings_and_names(bundled_db: Any) -> None:
    b = brief(bundled_db, "arf")
    assert "Региональный форум АСЕАН по безопасности" in facts(b)["Also known as"]
    assert facts(b)["Part of"] == "Association of Southeast Asian Nations"
    tables = {t.heading: t for t in b.view.tables}
    assert len(tables["Members"].rows) == 21
    assert "23rd ASEAN Regional Forum" in [r.cells[0] for r in tables["Meetings (latest first)"].rows]


def test_outcome_brief_links_both_ways(bundled_db: Any) -> None:
    b = brief(bundled_db, "sochi-declaration-2016")
    assert facts(b)["Kind"] == "Declaration"
    assert facts(b)["Adopted at"] == "ASEAN–Russia Summit (Sochi, 2016)"
    assert {r.record.id: r.relation for r in b.view.related} == {"asean-russia-cpa-2016-2020": "Implemented by"}


def test_every_bundled_record_has_a_brief(bundled_db: Any) -> None:
    with bundled_db.session() as session:
        ids = session.execute(select(schema.Record.id)).scalars().all()
    with bundled_db.reader() as conn:
        made = briefs.build_briefs(conn, ids)
    assert [b.record_id for b in made] == list(ids)
    assert all(b.title for b in made)


def test_dossier_has_chronology_sorted_by_date_bounds(bundled_db: Any) -> None:
    ids = ["arf-23", "eas-security-architecture-5", "arf", "eas-security-architecture-1", "eas-11"]
    with bundled_db.reader() as conn:
        d = briefs.build_dossier(conn, ids)
    assert [b.record_id for b in d.briefs] == ids
    assert d.title == "Dossier of 5 records"
    assert [r.record_id for r in d.chronology] == [
        "arf",
        "eas-security-architecture-1",
        "eas-security-architecture-5",
        "arf-23",
        "eas-11",
    ]
    lowers = [r.date_lower for r in d.chronology]
    assert lowers == sorted(lowers)
    assert d.period == "1994 – 8 Sep 2016"
    assert d.header.as_of == "23 Jul 2016"


def test_unknown_or_no_records_give_a_message(bundled_db: Any) -> None:
    with bundled_db.reader() as conn:
        with pytest.raises(content.ReportError, match="no record with id 'nope'"):
            briefs.build_brief(conn, "nope")
        with pytest.raises(content.ReportError, match="at least one record"):
            briefs.build_briefs(conn, [])


def test_progress_can_cancel_and_duplicates_are_dropped(bundled_db: Any) -> None:
    seen: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, rid: str) -> bool:
        seen.append((done, total, rid))
        return done < 1

    with bundled_db.reader() as conn, pytest.raises(content.ReportError, match="cancelled"):
        briefs.build_briefs(conn, ["arf-23", "eas-11", "arf-23", "arf"], progress)
    assert seen == [(0, 3, "arf-23"), (1, 3, "eas-11")]


def test_read_report_gives_a_brief_for_one_id_and_a_dossier_for_several(bundled_db: Any) -> None:
    assert isinstance(briefs.read_report(bundled_db, ["arf-23"]), content.Brief)
    assert isinstance(briefs.read_report(bundled_db, ["arf-23", "arf"], "Vientiane"), content.Dossier)
    assert briefs.read_report(bundled_db, ["arf-23", "arf"], "Vientiane").title == "Vientiane"  # type: ignore[union-attr]


def test_a_brief_in_russian_shows_the_records_russian_names(bundled_db: Any) -> None:
    from model import i18n

    i18n.install(lambda _context, source, _d, n: i18n.english(source, n), "ru")  # the interface in Russian
    try:
        with bundled_db.reader() as conn:
            brief = briefs.build_brief(conn, "arf-23")
            dossier = briefs.build_dossier(conn, ["arf-23", "arf"])
    finally:
        i18n.install(None)
    assert brief.view.title == "23-я сессия Регионального форума АСЕАН по безопасности"
    assert brief.view.venue == "Вьентьян, Лаос"
    assert [b.view.title for b in dossier.briefs] == [brief.view.title, "Региональный форум АСЕАН по безопасности"]
    with bundled_db.reader() as conn:
        assert briefs.build_brief(conn, "arf-23").view.title == "23rd ASEAN Regional Forum"  # English again
