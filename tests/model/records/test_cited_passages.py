"""One record's view, and the outputs made from it (the printed brief, ``summitry show``): each cited passage
is one note, and a name is never repeated under "Also known as"."""

from __future__ import annotations

import re
from typing import Any

import pytest

from model.records import read_views, reading
from model.report import briefs
from model.store import sqlrun
from model.store.database import Database
from tests.model.datafiles import run

#: The ARF space-security conference of 2015: four co-chairs, each citing this one sentence.
CO_CHAIRS = "In 2015, Russia co-chaired a specialised conference together with China, the United States and Laos."
SPACE_2015 = "arf-space-security-2015"


def _view(database: Any, rid: str) -> Any:
    with database.reader() as conn:
        return read_views.view_of(conn, rid)


def test_the_view_has_the_co_chairs_sentence_as_one_note(bundled_db: Database) -> None:
    with bundled_db.reader() as conn:
        cited = reading.cites_of(sqlrun.runner(conn), [SPACE_2015])[SPACE_2015]
    assert [c.quote for c in cited].count(CO_CHAIRS) == 4, "the data: each co-chair cites it"
    v = _view(bundled_db, SPACE_2015)
    quotes = [n.quote for n in v.notes]
    assert quotes.count(CO_CHAIRS) == 1
    assert len(quotes) == len(set(quotes)) == 3, "the record's passage, the co-chairs' and the agenda item's"


def test_the_brief_has_every_passage_as_one_note(bundled_db: Database) -> None:
    with bundled_db.reader() as conn:
        brief = briefs.build_brief(conn, SPACE_2015)
    quotes = [n.quote for n in brief.view.notes]
    assert quotes.count(CO_CHAIRS) == 1, "the participants' passage is cited, once"
    assert len(quotes) == len(set(quotes)) == 3
    participants = brief.view.fact("participants")
    assert participants.text == "Russia; China; United States; Laos"
    assert [brief.view.notes[n - 1].quote for n in participants.notes] == [CO_CHAIRS]


def test_show_quotes_each_passage_once(bundled_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    bundled_db.close()
    code, text, err = run(capsys, bundled_db.target, "show", SPACE_2015)
    assert code == 0, err
    notes = re.findall(r"^  \[\d+\] “(.*?)”", text, flags=re.MULTILINE)
    assert notes.count(CO_CHAIRS) == 1 and len(notes) == len(set(notes)) == 3


def test_also_known_as_names_each_other_name_once_and_never_the_name_itself(bundled_db: Database) -> None:
    # Afghanistan is افغانستان in Pashto and in Dari; Malaysia's Malay name is "Malaysia".
    assert _view(bundled_db, "afghanistan").aliases == ("افغانستان",)
    assert _view(bundled_db, "malaysia").aliases == ()
    assert _view(bundled_db, "brunei").aliases == ("Brunei Darussalam",)
    assert _view(bundled_db, "arf").aliases == (
        "ASEAN Regional Forum on Security",
        "Региональный форум АСЕАН по безопасности",
        "АРФ",
    )
    with bundled_db.reader() as conn:
        brief = briefs.build_brief(conn, "afghanistan")
    assert {f.label: f.text for f in brief.view.facts}["Also known as"] == "افغانستان"


def test_show_says_a_country_s_other_name_once(bundled_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    bundled_db.close()
    code, text, err = run(capsys, bundled_db.target, "show", "afghanistan")
    assert code == 0, err
    (also,) = [line for line in text.splitlines() if line.startswith("Also known as")]
    assert also.removeprefix("Also known as").strip() == "افغانستان"


def test_other_names() -> None:
    assert reading.other_names("ASEAN", ["ASEAN-10", "asean", " ASEAN-10 ", ""], "ASEAN") == ("ASEAN-10",)
    assert reading.other_names("Laos", ["Lao PDR", "ລາວ"]) == ("Lao PDR", "ລາວ")
