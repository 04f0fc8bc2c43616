"""One record, one view: the detail pane, the printed brief, ``summitry show`` (text and JSON), the CSV row and
the calendar event all say the same thing about a record, because they all render its view.

Issue 13: the brief named the ARF's space-security conferences as the 23rd ARF's previous and next meeting,
even after the 24th ARF was imported; for the 6th EAS Foreign Ministers' Meeting it named the 5th East Asia
Summit (leaders) as the previous one; the pane followed another rule; ``show`` named none.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtGui import QTextDocument

from gui.printing import pdf_html
from gui.printing.pdf_export import export_pdf
from model.cli import commands
from model.exports.csv_file import export_csv
from model.exports.ics_file import export_ics
from model.interchange import importer
from model.report.briefs import read_report
from model.report.content import Brief
from tests.gui.conftest import click_tree_row

TEXT = (
    "The Fixture Forum's ministers met in Fixtown on 2-3 May 2019. "
    "Minister A. Person led the delegation of Fixland. "
    "They reviewed maritime safety. They agreed a work plan on fisheries. "
    "They adopted the Fixtown Statement."
)


def _cite(quote: str) -> list[dict[str, str]]:
    assert quote in TEXT
    return [{"source": "fx-source", "quote": quote}]


FIXTURE = {
    "format": "summitry",
    "version": 1,
    "sources": [{"id": "fx-source", "title": "Fixture chronicle", "publisher": "Fixture Press", "text": TEXT}],
    "countries": [{"id": "fx-land", "code": "XF", "name": "Fixland"}],
    "topics": [{"id": "fx-maritime", "label": "Maritime safety"}],
    "forums": [{"id": "fx-forum", "name": "Fixture Forum"}],
    "meetings": [
        {"id": "fx-1", "forum": "fx-forum", "title": "1st Fixture Ministerial", "ordinal": 1, "level": "ministers",
         "date": "2018-05-02"},
        # Between the two by date, but senior officials: another series.
        {"id": "fx-som", "forum": "fx-forum", "title": "Fixture SOM", "level": "senior-officials",
         "date": "2019-01-10"},
        {
            "id": "fx-2",
            "forum": "fx-forum",
            "title": "2nd Fixture Ministerial",
            "ordinal": 2,
            "level": "ministers",
            "date": "2019-05-02/2019-05-03",
            "city": "Fixtown",
            "country": "fx-land",
            "status": "held",
            "participants": [
                {"country": "fx-land", "head": "A. Person", "head_title": "Minister",
                 "citations": _cite("Minister A. Person led the delegation of Fixland")}
            ],
            "agenda": [
                {"title": "Maritime safety", "topics": ["fx-maritime"],
                 "citations": _cite("They reviewed maritime safety")},
                {"title": "A work plan on fisheries", "citations": _cite("They agreed a work plan on fisheries")},
            ],
            "citations": _cite("ministers met in Fixtown on 2-3 May 2019"),
        },
        {"id": "fx-3", "forum": "fx-forum", "title": "3rd Fixture Ministerial", "ordinal": 3, "level": "ministers",
         "date": "2020-05", "status": "planned"},
    ],
    "outcomes": [
        {"id": "fx-statement", "title": "Fixtown Statement", "kind": "statement", "meeting": "fx-2",
         "status": "adopted", "citations": _cite("They adopted the Fixtown Statement")}
    ],
}  # fmt: skip

#: The 24th ARF (Manila, 7–8 August 2017): the next meeting of the 23rd's series.
ARF_24 = {
    "format": "summitry",
    "version": 1,
    "countries": [{"id": "philippines-24", "code": "XP", "name": "The Philippines"}],
    "meetings": [
        {"id": "arf-24", "forum": "arf", "title": "24th ASEAN Regional Forum", "ordinal": 24, "level": "ministers",
         "date": "2017-08-07/2017-08-08", "city": "Manila", "country": "philippines-24", "status": "scheduled"}
    ],
}  # fmt: skip

_MARKS = re.compile(r"( \[\d+\])+$")


def _pane(qtbot: Any, window: Any, rid: str) -> dict[str, Any]:
    """What the detail pane shows of a record clicked in the tree, read off the document as a person reads it."""
    click_tree_row(qtbot, window, rid)
    assert window.current_record_id() == rid
    doc = window.detail.document()
    related: dict[str, str] = {}
    agenda: list[str] = []
    block = doc.begin()
    while block.isValid():
        text = block.text()
        relation = re.match(r"(Previous meeting|Next meeting): ", text)
        links = []
        it = block.begin()
        while not it.atEnd():
            href = it.fragment().charFormat().anchorHref()
            if href.startswith("record:"):
                links.append(href.removeprefix("record:"))
            it += 1
        if relation:
            related[relation.group(1)] = links[0]
        listed = block.textList()
        if listed is not None and listed.format().style() == listed.format().Style.ListDecimal:
            agenda.append(_MARKS.sub("", text.split("\u2028")[0]))
        block = block.next()
    plain = window.detail.toPlainText()
    sources = plain[plain.index("\nSources\n") :] if "\nSources\n" in plain else ""
    quotes = re.findall(r"^\[\d+\] “(.*?)”", sources, flags=re.MULTILINE)
    return {"related": related, "agenda": agenda, "quotes": quotes, "text": plain}


def _brief_pdf(database: Any, rid: str, path: Path) -> str:
    """The printed brief's text (whitespace as single spaces, a hyphen broken at a line end joined again)."""
    export_pdf(database, [rid], path)
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in pypdf.PdfReader(path).pages)
    return re.sub(r"- (?=\S)", "-", text)


def _pdf_related(text: str) -> dict[str, str]:
    found = re.findall(r"(Previous meeting|Next meeting) .+? Meeting ([a-z0-9-]+)", text)
    return dict(found)


def _show(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> str:
    code = commands.main(["--database", str(db), "show", *args])
    out = capsys.readouterr().out
    assert code == 0
    return out


def _show_related(text: str) -> dict[str, str]:
    return dict(re.findall(r"^  (Previous meeting|Next meeting): .*  \(([^()]+)\)$", text, flags=re.MULTILINE))


def test_one_record_through_every_output_says_the_same(
    qtbot: Any, window: Any, bundled_db: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    importer.import_data(bundled_db, FIXTURE, "fixture")
    window.reload()
    expected_related = {"Previous meeting": "fx-1", "Next meeting": "fx-3"}  # not the senior officials' meeting
    expected_agenda = ["Maritime safety", "A work plan on fisheries"]

    pane = _pane(qtbot, window, "fx-2")

    brief = read_report(bundled_db, ["fx-2"])
    assert isinstance(brief, Brief)
    doc = QTextDocument()
    doc.setHtml(pdf_html.brief_html(brief))
    brief_text = doc.toPlainText()
    pdf_text = _brief_pdf(bundled_db, "fx-2", tmp_path / "fx-2.pdf")

    assert bundled_db.path is not None
    show_text = _show(capsys, bundled_db.path, "fx-2")
    shown = json.loads(_show(capsys, bundled_db.path, "fx-2", "--json"))

    assert export_csv(bundled_db, tmp_path / "fx.csv", ["fx-2"]) == 1
    (row,) = csv.DictReader(io.StringIO((tmp_path / "fx.csv").read_text("utf-8-sig")))
    export_ics(bundled_db, tmp_path / "fx.ics", ["fx-2"])
    event = (tmp_path / "fx.ics").read_text("utf-8").replace("\r\n ", "")

    # The same previous and next meeting.
    assert pane["related"] == expected_related
    assert _pdf_related(pdf_text) == expected_related
    assert _show_related(show_text) == expected_related
    assert {r["relation"]: r["record"]["id"] for r in shown["related"]} == expected_related
    assert (shown["previous"]["id"], shown["next"]["id"]) == ("fx-1", "fx-3")
    for label in (shown["previous"]["label"], shown["next"]["label"]):
        assert label in pane["text"] and label in show_text and label in pdf_text and label in brief_text

    # The same agenda, numbered alike.
    assert pane["agenda"] == expected_agenda
    assert [a["title"] for a in shown["agenda"]] == expected_agenda
    assert re.findall(r"^  \d+\. (.*?)(?: \[\d+\])*$", show_text, flags=re.MULTILINE) == expected_agenda
    assert pdf_text.index("1. Maritime safety") < pdf_text.index("2. A work plan on fisheries")

    # The same citations: every passage once, with one number everywhere.
    quotes = [n["quote"] for n in shown["notes"]]
    assert sorted(quotes) == sorted(
        [
            "ministers met in Fixtown on 2-3 May 2019",
            "Minister A. Person led the delegation of Fixland",
            "They reviewed maritime safety",
            "They agreed a work plan on fisheries",
            "They adopted the Fixtown Statement",
        ]
    )
    assert pane["quotes"] == quotes
    assert re.findall(r"^  \[\d+\] “(.*?)”", show_text, flags=re.MULTILINE) == quotes
    for n in shown["notes"]:
        assert f"{n['number']} “{n['quote']}”" in pdf_text
    own = [shown["notes"][n - 1]["quote"] for n in shown["cited"]]
    assert row["source_quote"] == own[0] == "ministers met in Fixtown on 2-3 May 2019"
    assert row["source"] == "Fixture chronicle"
    assert f"“{own[0]}”" in event
    assert all(f"“{q}”" not in event for q in quotes if q not in own), "the event cites the record's own passages"

    # The same facts, in the same words.
    facts = (row["date_text"], row["city"], row["country"], row["forum"])
    assert facts == ("2–3 May 2019", "Fixtown", "Fixland", "Fixture Forum")
    assert "LOCATION:Fixtown\\, Fixland" in event and "SUMMARY:2nd Fixture Ministerial" in event
    for fact in shown["facts"]:
        plain = fact["text"]
        assert plain in pane["text"] and plain in brief_text, fact
        assert fact["label"] in show_text


def _bundled_meetings(db: Any) -> list[str]:
    from model.store import sqlrun

    with db.reader() as conn:
        return [rid for (rid,) in sqlrun.text_rows(conn, "SELECT id FROM meeting ORDER BY id")]


@pytest.mark.parametrize("with_arf_24", [False, True], ids=["bundled", "with the 24th ARF"])
def test_brief_pane_and_show_name_the_same_previous_and_next_meeting(
    qtbot: Any, window: Any, bundled_db: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str], with_arf_24: bool
) -> None:
    if with_arf_24:
        importer.import_data(bundled_db, ARF_24, "arf-24")
        window.reload()
    assert bundled_db.path is not None
    seen: dict[str, dict[str, str]] = {}
    for rid in _bundled_meetings(bundled_db):
        pane = _pane(qtbot, window, rid)["related"]
        brief = _pdf_related(_brief_pdf(bundled_db, rid, tmp_path / f"{rid}.pdf"))
        show = _show_related(_show(capsys, bundled_db.path, rid))
        assert pane == brief == show, rid
        seen[rid] = pane
    # Each series per forum and level: the ARF's ministers' meetings, not its experts' conferences.
    assert seen["arf-23"] == ({"Next meeting": "arf-24"} if with_arf_24 else {})
    if with_arf_24:
        assert seen["arf-24"] == {"Previous meeting": "arf-23"}
    assert seen["eas-fmm-6"] == {}, "the 5th East Asia Summit is a leaders' meeting"
    assert seen["eas-5"] == {"Next meeting": "eas-11"} and seen["eas-11"] == {"Previous meeting": "eas-5"}
    assert seen["arf-space-security-2015"] == {"Next meeting": "arf-space-security-2016"}
    assert seen["arf-space-security-2016"] == {"Previous meeting": "arf-space-security-2015"}
