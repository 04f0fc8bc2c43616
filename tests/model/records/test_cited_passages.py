"""One record, three outputs (the detail pane's view, the printed brief, ``summitry show``): each cited passage
appears once, and a name is never repeated under "Also called"."""

from __future__ import annotations

import re
from typing import Any

import pytest

from model.records import details
from model.report import briefs
from model.store.database import Database
from tests.model.datafiles import run

#: The ARF space-security conference of 2015: four co-chairs, each citing this one sentence.
CO_CHAIRS = "In 2015, Russia co-chaired a specialised conference together with China, the United States and Laos."
SPACE_2015 = "arf-space-security-2015"


def _detail(database: Any, rid: str) -> Any:
    with database.reader() as conn:
        return details.record_detail(conn, rid)


def test_the_pane_lists_the_co_chairs_sentence_once(bundled_db: Database) -> None:
    d = _detail(bundled_db, SPACE_2015)
    assert [c.quote for c in d.all_cites].count(CO_CHAIRS) == 4, "the data: each co-chair cites it"
    quotes = [c.quote for c in d.passages]
    assert quotes.count(CO_CHAIRS) == 1
    assert len(quotes) == len(set(quotes)) == 3, "the record's passage, the co-chairs' and the agenda item's"


def test_the_brief_has_every_passage_as_one_note(bundled_db: Database) -> None:
    with bundled_db.session() as session:
        brief = briefs.build_brief(session.connection(), SPACE_2015)
    quotes = [n.quote for n in brief.notes]
    assert quotes.count(CO_CHAIRS) == 1, "the participants' passage is cited, once"
    assert len(quotes) == len(set(quotes)) == 3
    participants = next(f for f in brief.facts if f.label == "Participants")
    assert participants.value == "Russia; China; United States; Laos"
    assert [brief.notes[n - 1].quote for n in participants.notes] == [CO_CHAIRS]


def test_show_quotes_each_passage_once(bundled_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    bundled_db.close()
    code, text, err = run(capsys, bundled_db.target, "show", SPACE_2015)
    assert code == 0, err
    notes = re.findall(r"^  \[\d+\] “(.*?)”", text, flags=re.MULTILINE)
    assert notes.count(CO_CHAIRS) == 1 and len(notes) == len(set(notes)) == 3


def test_also_called_names_each_other_name_once_and_never_the_name_itself(bundled_db: Database) -> None:
    # Afghanistan is افغانستان in Pashto and in Dari; Malaysia's Malay name is "Malaysia".
    assert _detail(bundled_db, "afghanistan").aliases == ("افغانستان",)
    assert _detail(bundled_db, "malaysia").aliases == ()
    assert _detail(bundled_db, "brunei").aliases == ("Brunei Darussalam",)
    assert _detail(bundled_db, "arf").aliases == (
        "ASEAN Regional Forum on Security",
        "Региональный форум АСЕАН по безопасности",
        "АРФ",
    )
    with bundled_db.session() as session:
        brief = briefs.build_brief(session.connection(), "afghanistan")
    assert {f.label: f.value for f in brief.facts}["Also known as"] == "افغانستان"


def test_show_says_a_country_s_other_name_once(bundled_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    bundled_db.close()
    code, text, err = run(capsys, bundled_db.target, "show", "afghanistan")
    assert code == 0, err
    (also,) = [line for line in text.splitlines() if line.startswith("Also")]
    assert also.split(maxsplit=1)[1] == "افغانستان"


def test_other_names() -> None:
    assert details.other_names("ASEAN", ["ASEAN-10", "asean", " ASEAN-10 ", ""], "ASEAN") == ("ASEAN-10",)
    assert details.other_names("Laos", ["Lao PDR", "ລາວ"]) == ("Lao PDR", "ລາວ")
