"""The search engine over a fixed corpus: the bundled dataset plus a small fixture file.

Every operator and every field filter has its expected hits here.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from model.cli import commands
from model.interchange import importer
from model.records import read_views, views
from model.search import engine
from model.store.database import Database
from tests.model.search import corpora

FIXTURE = Path(__file__).parents[1] / "fixtures" / "search_corpus.json"
ROUNDS = {f"eas-security-architecture-{n}" for n in range(1, 6)}
ARF_OUTCOMES = {
    "arf-23-statement-trans-border-prosecution",
    "arf-23-statement-maritime-law-enforcement",
    "arf-23-statement-iuu-fishing",
    "arf-23-plan-of-action",
}


@pytest.fixture(scope="module", params=corpora.BACKENDS)
def corpus(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The corpus on each backend in turn: every test here runs on SQLite and on PostgreSQL."""
    yield from corpora.corpus(request.param, tmp_path_factory.mktemp("corpus"), FIXTURE)


def ids(db: Database, query: str) -> set[str]:
    result = engine.search(db, query, limit=500)
    assert result.total == len(result.hits)
    return {h.id for h in result.hits}


WORDS = [
    ("piracy", {"asean-russia-fmm-2016", "fx-mrc-1"}),
    ('"regional security"', {*ROUNDS, "eas-security-architecture", "eas-fmm-6", "asean-russia-fmm-2016"}),
    ("consult*", {*ROUNDS, "eas-security-architecture", "fx-mrc-2"}),
    # English stemming and accents: consultation ≈ consultations, cafe ≈ café, ha noi ≈ Hà Nội
    ("consultation", {*ROUNDS, "eas-security-architecture", "fx-mrc-2"}),
    ("CAFE", {"fx-mrc-2"}),
    ('"ha noi"', {"fx-mrc-2"}),
    ("hydropower guidelines", {"fx-mrc-hydropower-guidelines"}),
    ("hydropower -guidelines", {"fx-mrc-1"}),
    ("hydropower NOT guidelines", {"fx-mrc-1"}),
    ("hydropower OR sediment", {"fx-mrc-1", "fx-mrc-hydropower-guidelines", "fx-mrc-2"}),
    ("(hydropower OR sediment) -dams", {"fx-mrc-1", "fx-mrc-2"}),
    ("C++", {"fx-mrc-2"}),
    ("O'Brien", {"fx-mrc-2"}),
    ("flood-forecasting", {"fx-mrc-2"}),
    ("x:y", {"fx-mrc-2"}),
]


@pytest.mark.parametrize(("query", "expected"), WORDS)
def test_words_and_operators(corpus: Database, query: str, expected: set[str]) -> None:
    assert ids(corpus, query) == expected


SCRIPTS = [
    ("ວຽງຈັນ", {"fx-mrc-1"}),  # Lao: Vientiane, inside a run without spaces
    ("แม่น้ำโขง", {"fx-mrc-1"}),  # Thai: the Mekong river
    ("មេគង្គ", {"fx-mrc-1"}),  # Khmer: Mekong
    ("万象", {"fx-mrc-1"}),  # Chinese: Vientiane
    ("湄公河", {"fx-mrc", "fx-mrc-1"}),
    ("မြန်မာ", {"fx-mrc-2"}),  # Myanmar
    ("Меконг", set()),  # a Cyrillic word is a word, not letters: the data has none such (Россия is in its names)
]


@pytest.mark.parametrize(("query", "expected"), SCRIPTS)
def test_scripts_without_spaces(corpus: Database, query: str, expected: set[str]) -> None:
    assert ids(corpus, query) == expected


def test_a_word_is_not_found_inside_another_run_by_accident(corpus: Database) -> None:
    # "ວຽງ" is inside "ວຽງຈັນ"; the reverse order of the same characters is not.
    assert ids(corpus, "ວຽງ") == {"fx-mrc-1"}
    assert ids(corpus, "ນັຈງຽວ") == set()


FIELDS = [
    ("forum:ARF", {"arf", "arf-23", "arf-space-security-2015", "arf-space-security-2016", *ARF_OUTCOMES}),
    ("forum:arf-space-security-2015", set()),
    ('forum:"ASEAN Regional Forum" type:meeting', {"arf-23", "arf-space-security-2015", "arf-space-security-2016"}),
    ("forum:MRC", {"fx-mrc", "fx-mrc-1", "fx-mrc-2", "fx-mrc-hydropower-guidelines"}),
    ("forum:湄公河委员会 type:outcome", {"fx-mrc-hydropower-guidelines"}),
    ("type:round", ROUNDS),
    ("type:process", {"eas-security-architecture"}),
    (
        "type:forum|process",
        {"asean", "eas", "arf", "admm-plus", "asean-russia", "fx-mrc", "eas-security-architecture"},
    ),
    ("country:Indonesia", {"eas-security-architecture-3"}),
    ("country:ID", {"eas-security-architecture-3"}),
    ("country:VNM", {"eas-5", "fx-mrc-2"}),
    ('country:"Viet Nam"', {"eas-5", "fx-mrc-2"}),
    ("country:ລາວ type:meeting", {"eas-11", "eas-fmm-6", "arf-23", "asean-russia-fmm-2016", "fx-mrc-1"}),
    ("city:Jakarta", {"eas-security-architecture-3"}),
    ("city:jakarta", {"eas-security-architecture-3"}),
    ('city:"ha noi"', {"fx-mrc-2"}),
    ("city:Bandar", {"eas-security-architecture-1"}),
    ("year:2014", {"eas-security-architecture-2", "eas-security-architecture-3", "fx-mrc-1"}),
    ("year:2014 type:round", {"eas-security-architecture-2", "eas-security-architecture-3"}),
    ("date:2014-09..2014-12", {"eas-security-architecture-3", "fx-mrc-1"}),
    ("date:2013-11..2014-06 type:round", {"eas-security-architecture-1", "eas-security-architecture-2"}),
    ("date:..2011", {"eas-5", "arf", "asean-russia"}),
    ("year:2019", {"asean-russia-cpa-2016-2020"}),
    ("status:scheduled type:meeting", {"eas-11", "eas-fmm-6", "arf-23", "asean-russia-fmm-2016", "fx-mrc-2"}),
    ("status:planned", {"arf-space-security-2016"}),
    ("topic:terrorism", {"arf-23", "eas-fmm-6", "asean-russia-fmm-2016"}),
    ("topic:piracy", {"asean-russia-fmm-2016", "fx-mrc-1"}),
    ("topic:ict-security", {"arf-23"}),
    ("level:ministerial forum:EAS", {"eas-fmm-6"}),
    ("level:leaders forum:EAS", {"eas-11", "eas-5"}),
    ('level:"senior officials"', {"fx-mrc-2"}),
    ("level:SOM", {"fx-mrc-2"}),
]


@pytest.mark.parametrize(("query", "expected"), FIELDS)
def test_field_filters(corpus: Database, query: str, expected: set[str]) -> None:
    assert ids(corpus, query) == expected


def test_words_and_fields_together(corpus: Database) -> None:
    assert ids(corpus, "security forum:ARF -type:outcome") == {
        "arf",
        "arf-23",
        "arf-space-security-2015",
        "arf-space-security-2016",
    }
    assert ids(corpus, "consultations year:2014") == {"eas-security-architecture-2", "eas-security-architecture-3"}
    assert ids(corpus, "piracy OR city:Jakarta") == {"asean-russia-fmm-2016", "fx-mrc-1", "eas-security-architecture-3"}
    assert ids(corpus, "-forum:ARF -forum:EAS -forum:asean-russia type:meeting") == {"fx-mrc-1", "fx-mrc-2"}


def test_unknown_values_say_what_would_match(corpus: Database) -> None:
    result = engine.search(corpus, "forum:XYZ")
    assert result.total == 0
    assert result.hints and "ARF" in result.hints[0]
    assert "not a year" in engine.search(corpus, "year:14").hints[0]
    assert "type: is one of" in engine.search(corpus, "type:summitry").hints[0]


def test_title_ranks_above_body(corpus: Database) -> None:
    hits = engine.search(corpus, "hydropower").hits
    assert hits[0].id in {"fx-mrc-1", "fx-mrc-hydropower-guidelines"}
    assert [h.id for h in hits][-1] not in {"fx-mrc-1", "fx-mrc-hydropower-guidelines"} or len(hits) == 2


def test_snippets_highlight_the_matched_words(corpus: Database) -> None:
    hit = engine.search(corpus, "cafe").hits[0]
    assert "[café]" in hit.marked()
    lao = engine.search(corpus, "ວຽງຈັນ").hits[0]
    assert "[ວຽງຈັນ]" in lao.marked()
    assert "\u200b" not in lao.snippet


def test_dates_are_human(corpus: Database) -> None:
    hit = engine.search(corpus, "city:Jakarta").hits[0]
    assert (hit.when, hit.type, hit.title) == ("Oct 2014", "round", hit.title)
    assert "round 3" in hit.title


def test_paging_and_count(corpus: Database) -> None:
    first = engine.search(corpus, "type:meeting|outcome", limit=5)
    assert len(first.hits) == 5
    assert first.total == 9 + 9 + 3
    second = engine.search(corpus, "type:meeting|outcome", limit=5, offset=5)
    assert {h.id for h in first.hits}.isdisjoint(h.id for h in second.hits)
    assert first.count_text == "21 results"
    everything, complete = engine.match_ids(corpus, "type:meeting|outcome")
    assert complete and len(everything) == 21


def test_empty_query_searches_nothing(corpus: Database) -> None:
    result = engine.search(corpus, "   ")
    assert not result.searched and result.hits == () and result.count_text == ""


def test_index_follows_reimport(corpus: Database, tmp_path: Path) -> None:
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    data["meetings"][0]["description"] = "Ministers discussed irrigation."
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    importer.import_file(corpus, changed)
    try:
        assert ids(corpus, "irrigation") == {"fx-mrc-1"}
        assert ids(corpus, "cascades") == set()
    finally:
        importer.import_file(corpus, FIXTURE)
    assert ids(corpus, "cascades") == {"fx-mrc-1"}


def run_cli(db: Database, *argv: str) -> tuple[int, str]:
    out = io.StringIO()
    args = commands.build_parser().parse_args(["--database", db.target, "search", *argv])
    return commands.run(args, out), out.getvalue()


def test_search_command_prints_the_same_results(corpus: Database) -> None:
    code, text = run_cli(corpus, "piracy OR terrorism", "--limit", "2")
    assert code == 0
    lines = text.splitlines()
    window = engine.search(corpus, "piracy OR terrorism", limit=2).hits
    assert [ln.split("\t")[0] for ln in lines if "\t" in ln] == [h.id for h in window]
    assert lines[-1] == "4 results (showing 2)"


def test_search_command_json(corpus: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, text = run_cli(corpus, "city:Jakarta", "--json")
    assert code == 0
    doc = json.loads(text)
    assert doc["total"] == 1
    assert doc["results"][0]["id"] == "eas-security-architecture-3"
    assert doc["results"][0]["when"] == "Oct 2014"
    code, text = run_cli(corpus, "forum:nowhere", "--json")
    assert json.loads(text)["hints"] and "No forum" in capsys.readouterr().err


def test_snippets_come_from_the_text_people_wrote(corpus: Database) -> None:
    """Not from the index's body: there ids read as lower-case words ("russia", "maritime piracy") and a
    snippet of it was cut before the match ("…maritime …" for piracy)."""
    hit = next(h for h in engine.search(corpus, "piracy").hits if h.id == "asean-russia-fmm-2016")
    assert "[piracy]" in hit.marked()
    assert "maritime piracy and illegal immigration" in hit.snippet
    with corpus.reader() as conn:
        meeting = read_views.view_of(conn, "asean-russia-fmm-2016")
    assert isinstance(meeting, views.MeetingView)
    agenda = [f"{a.title}: {a.description}" for a in meeting.agenda]
    assert any(hit.snippet.strip("…") in item for item in agenda), hit.snippet
    # A record found through a field filter alone shows its own description, as written.
    forum = engine.search(corpus, "type:forum forum:MRC").hits[0]
    assert forum.snippet.startswith("A river basin organisation for the lower Mekong")
    assert forum.highlights == ()


def test_every_match_shown_is_a_whole_word_of_the_query(corpus: Database) -> None:
    for query, words in [
        ("consultation", {"consultations", "consultation"}),
        ("consult*", {"consultations", "consultation"}),
        ('"regional security"', {"regional security"}),
        ("hydropower -guidelines", {"hydropower"}),
        ("cafe", {"café"}),
    ]:
        result = engine.search(corpus, query, limit=50)
        assert result.hits
        for hit in result.hits:
            shown = {hit.snippet[s:e].casefold() for s, e in hit.highlights}
            shown |= {hit.label[s:e].casefold() for s, e in hit.label_highlights}
            assert shown <= words, (query, hit.id, shown)
            assert shown, (query, hit.id, hit.snippet)


def test_rounds_are_told_apart_by_number_and_city(corpus: Database) -> None:
    hits = engine.search(corpus, "type:round").hits
    assert [h.label.split(" · ")[0] for h in hits] == [
        "Round 5 — Beijing",
        "Round 4 — Phnom Penh",
        "Round 3 — Jakarta",
        "Round 2 — Moscow",
        "Round 1 — Bandar Seri Begawan",
    ]
    assert all(h.label.endswith(" · EAS consultations on a regional security architecture") for h in hits)
    assert hits[0].snippet == "Venue: Beijing, China"
    meeting = engine.search(corpus, "city:Vientiane type:meeting", limit=50).hits[0]
    assert meeting.label == meeting.title


def test_a_word_only_in_a_topic_shows_the_agenda_item_filed_under_it(corpus: Database) -> None:
    """The index reads topic ids as words; the snippet shows the agenda item and the topic's own label."""
    hit = next(h for h in engine.search(corpus, "energy").hits if h.id == "fx-mrc-1")
    assert hit.marked() == "Sustainable hydropower (topics: [Energy])"
