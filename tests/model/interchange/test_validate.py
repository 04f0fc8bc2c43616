"""Validation: the JSON Schema and the meaning checks report every problem, each at its JSON path."""

from __future__ import annotations

from typing import Any

from model.interchange import validate
from tests.model.datafiles import SOURCE_TEXT, small


def check(data: Any, in_db: dict[str, str] | None = None) -> list[str]:
    known = in_db or {}
    problems = validate.validate(
        data, lambda ids: {i: known[i] for i in ids if i in known}, lambda ids: {i: SOURCE_TEXT for i in ids}
    )
    return [str(p) for p in problems]


def test_the_example_is_valid() -> None:
    assert check(small()) == []


def test_every_schema_violation_is_reported_not_just_the_first() -> None:
    data = small()
    data["version"] = "1"
    data["colour"] = "blue"
    meeting = data["meetings"][0]
    meeting["ordinal"] = "first"  # wrong type
    meeting["level"] = "kings"  # bad enum value
    meeting["venue"] = "Vientiane"  # unknown field
    data["outcomes"][0]["kind"] = "treaty"
    found = check(data)
    assert (
        "$: unknown field 'colour' (allowed here: countries, dataset, format, forums, meetings, outcomes, "
        in (found[0])
    )
    assert "$.meetings[0].ordinal: should be a number, not text" in found
    assert any(f.startswith("$.meetings[0].level: 'kings' is not one of: leaders, ministers") for f in found)
    assert any(f.startswith("$.meetings[0]: unknown field 'venue'") for f in found)
    assert any(f.startswith("$.outcomes[0].kind: 'treaty' is not one of") for f in found)
    assert "$.version: should be 1, not '1'" in found
    assert len(found) == 6


def test_missing_fields_are_named_together() -> None:
    data = small()
    data["meetings"].append({"agenda": []})
    assert "$.meetings[1]: missing required fields 'id', 'forum', 'title'" in check(data)


def test_problems_are_in_document_order() -> None:
    data = small()
    data["meetings"] = [dict(data["meetings"][0], id=f"m-{i}") for i in range(12)]
    data["meetings"][2]["level"] = "x"
    data["meetings"][10]["level"] = "x"
    assert [f.split(":")[0] for f in check(data)] == ["$.meetings[2].level", "$.meetings[10].level"]


def test_not_an_object() -> None:
    assert check([1, 2]) == ['$: a Summitry file is a JSON object with "format": "summitry", not a list']


def test_invalid_and_impossible_dates_are_located() -> None:
    data = small()
    data["meetings"][0]["date"] = "2016-02-30"
    data["processes"][0]["rounds"][1]["date"] = "autumn"
    data["forums"][0]["members"][0]["since"] = "2015-02-29"
    found = check(data)
    assert "$.meetings[0].date: '2016-02-30' names a day that does not exist (2016-02-30)" in found
    assert any(f.startswith("$.processes[0].rounds[1].date: 'autumn' is not a valid EDTF date") for f in found)
    assert any(f.startswith("$.forums[0].members[0].since: '2015-02-29'") for f in found)


def test_dates_are_checked_even_when_the_schema_fails() -> None:
    data = small()
    data["meetings"][0]["date"] = "2016-02-30"
    data["meetings"][0]["level"] = "kings"
    found = check(data)
    assert any(f.startswith("$.meetings[0].level") for f in found)
    assert any(f.startswith("$.meetings[0].date") for f in found)


def test_references_to_missing_ids() -> None:
    data = small()
    data["meetings"][0]["forum"] = "no-such-forum"
    data["meetings"][0]["agenda"][0]["topics"] = ["no-such-topic"]
    data["outcomes"][0]["related"] = [{"id": "no-such-outcome"}]
    data["forums"][0]["citations"] = [{"source": "no-such-source", "quote": "x"}]
    found = check(data)
    assert (
        "$.meetings[0].forum: refers to forum 'no-such-forum', which is neither in this file nor in the database"
        in (found)
    )
    assert any(f.startswith("$.meetings[0].agenda[0].topics[0]: refers to topic 'no-such-topic'") for f in found)
    assert any(f.startswith("$.outcomes[0].related[0].id: refers to outcome 'no-such-outcome'") for f in found)
    assert any(f.startswith("$.forums[0].citations[0].source: refers to source 'no-such-source'") for f in found)


def test_references_to_records_in_the_database_are_fine_unless_the_type_is_wrong() -> None:
    data = small()
    data["meetings"][0]["forum"] = "asean"
    assert check(data, {"asean": "forum"}) == []
    assert check(data, {"asean": "country"}) == [
        "$.meetings[0].forum: refers to 'asean', which is a country, not a forum"
    ]


def test_duplicate_ids_in_one_file() -> None:
    data = small()
    data["meetings"].append(dict(data["meetings"][0]))
    data["processes"][0]["rounds"][1]["id"] = "ex-meeting"
    found = check(data)
    assert "$.meetings[1].id: id 'ex-meeting' is used twice in this file (first at $.meetings[0])" in found
    assert "$.processes[0].rounds[1].id: id 'ex-meeting' is used twice in this file (first at $.meetings[0])" in found


def test_an_id_of_another_type_in_the_database() -> None:
    assert "$.meetings[0].id: id 'ex-meeting' already names a forum in the database, not a meeting" in check(
        small(), {"ex-meeting": "forum"}
    )


def test_quotes_must_occur_in_the_source() -> None:
    data = small()
    data["forums"][0]["citations"] = [
        {"source": "ex-source", "quote": "not in the text"},
        {"source": "ex-source", "quote": "Forum of Examples", "start": 0, "end": 17},
    ]
    found = check(data)
    assert any(f.startswith("$.forums[0].citations[0].quote: the quoted passage") for f in found)
    assert "$.forums[0].citations[1].start: start/end do not point at the quoted passage in source 'ex-source'" in found


def test_citation_shape_is_explained() -> None:
    data = small()
    data["forums"][0]["citations"] = [{"source": "ex-source"}]
    assert check(data) == [
        "$.forums[0].citations[0]: a citation needs 'source' and 'quote' (optionally start, end, paragraph, note), "
        "or 'basis' and 'note'"
    ]


def test_forum_cycles_round_numbers_and_country_codes() -> None:
    data = small()
    data["forums"].append({"id": "ex-child", "name": "Child", "parent": "ex-forum"})
    data["forums"][0]["parent"] = "ex-child"
    data["processes"][0]["rounds"][1]["number"] = 1
    data["countries"].append({"id": "ex-laos-2", "code": "XL", "name": "Laos again"})
    found = check(data)
    assert "$.forums[0].parent: forum 'ex-forum' would be its own ancestor" in found
    assert "$.processes[0].rounds[1].number: round 1 appears twice" in found
    assert "$.countries[1].code: code XL is used twice (first at $.countries[0].code)" in found


def test_an_empty_source_text_is_refused() -> None:
    data = small()
    data["sources"][0]["text"] = ""
    data["forums"][0].pop("citations")
    data["meetings"][0].pop("citations")
    for item in data["meetings"][0]["agenda"]:
        item.pop("citations")
    data["processes"][0]["rounds"][1].pop("citations")
    assert check(data) == ["$.sources[0].text: is empty"]


def test_an_outcome_related_to_itself_is_refused() -> None:
    data = small()
    data["outcomes"].append({"id": "ex-other", "title": "Other", "kind": "declaration"})
    data["outcomes"][0]["related"] = [{"id": "ex-other"}, {"id": "ex-work-plan", "relation": "supersedes"}]
    assert check(data) == ["$.outcomes[0].related[1].id: outcome 'ex-work-plan' cannot be related to itself"]


def test_the_ids_a_record_mentions_are_its_references_its_parts_and_itself() -> None:
    records = {obj["id"]: obj for _kind, _path, obj in validate.iter_records(small())}
    # A meeting: its forum, host country, the topics of its agenda and the sources it cites.
    assert validate.mentioned_ids(records["ex-meeting"]) == {
        "ex-meeting",
        "ex-forum",
        "ex-laos",
        "ex-maritime",
        "ex-source",
    }
    # A process: its forum, its rounds and what they cite.
    assert validate.mentioned_ids(records["ex-process"]) == {
        "ex-process",
        "ex-forum",
        "ex-process-1",
        "ex-process-2",
        "ex-source",
    }
    assert [(path, ref, want) for path, ref, want in validate.references(records["ex-meeting"])][:2] == [
        (["forum"], "ex-forum", "forum"),
        (["country"], "ex-laos", "country"),
    ]


def test_a_value_of_the_wrong_form_is_told_what_the_field_expects() -> None:
    # The field map knows what each field holds: a language tag is not called an id, nor a citation "not valid".
    data = small()
    data["countries"][0]["alpha3"] = "LAOS"
    data["sources"][0]["languages"] = ["english"]
    data["forums"][0]["citations"] = [{}]
    data["processes"][0]["citations"] = ["see the source"]
    data["meetings"][0]["participants"] = [{"head": "Someone"}]
    citation = "a citation needs 'source' and 'quote' (optionally start, end, paragraph, note), or 'basis' and 'note'"
    assert check(data) == [
        "$.countries[0].alpha3: 'LAOS' is not an ISO 3166-1 alpha-3 code (three capital letters, e.g. LAO)",
        f"$.forums[0].citations[0]: {citation}",
        "$.meetings[0].participants[0]: needs a 'country' or an 'organisation'",
        f"$.processes[0].citations[0]: {citation}",
        "$.sources[0].languages[0]: 'english' is not a language tag (such as en, en-GB or lo)",
    ]


def test_a_citation_of_a_known_kind_is_told_which_of_its_fields_is_wrong() -> None:
    # A citation with a source quotes it (the schema says so): a wrong field of it is named, not the citation.
    data = small()
    data["forums"][0]["citations"] = [
        {"source": "ex-source", "quote": ""},
        {"source": "ex-source", "quote": "Forum of Examples", "start": -1, "end": 17},
        {"basis": "hearsay", "note": "n"},
    ]
    assert check(data) == [
        "$.forums[0].citations[0].quote: is empty",
        "$.forums[0].citations[1].start: -1 is out of range (minimum 0)",
        "$.forums[0].citations[2].basis: 'hearsay' is not one of: general-knowledge",
    ]


# --- names in other languages -------------------------------------------------------------------------


def test_names_in_another_language_are_valid_in_the_records_own_shape() -> None:
    data = small()
    data["countries"][0]["names"] = {
        "ru": {"name": "Лаос", "aliases": [{"name": "Лаосская Народно-Демократическая Республика"}]}
    }
    data["meetings"][0]["names"] = {
        "ru": {
            "title": "Первое совещание",
            "city": "Вьентьян",
            "agenda": [{"title": "Безопасность на море"}, {}],
            "citations": [{"basis": "general-knowledge", "note": "Translated."}],
        },
        "lo-LA": {"city": "ວຽງຈັນ"},
    }
    data["processes"][0]["rounds"][0]["names"] = {"ru": {"city": "Вьентьян"}}
    assert check(data) == []


def test_names_problems_say_what_is_wrong_and_where() -> None:
    data = small()
    meeting = data["meetings"][0]
    meeting["names"] = {
        "RU_ru": {"title": "Совещание"},  # not a language tag
        "ru": {
            "title": "",  # empty
            "venue": "Вьентьян",  # not a field of a meeting
            "city": "В" * 201,  # too long
            "agenda": [{"title": "Один", "topics": ["ex-maritime"]}],  # topics are not words
        },
    }
    data["forums"][0]["names"] = {"ru": {"name": "Форум", "kind": "summit"}}
    found = check(data)
    assert "$.meetings[0].names: 'RU_ru' is not a language tag (such as en, en-GB or lo)" in found
    assert "$.meetings[0].names.ru.title: is empty" in found
    assert any(
        f.startswith("$.meetings[0].names.ru: unknown field 'venue' (allowed here: agenda, citations, city")
        for f in found
    )
    assert "$.meetings[0].names.ru.city: is too long (at most 200 characters)" in found
    assert any(
        f.startswith("$.meetings[0].names.ru.agenda[0]: unknown field 'topics' (allowed here: description, title)")
        for f in found
    )
    assert any(f.startswith("$.forums[0].names.ru: unknown field 'kind'") for f in found)
    assert len(found) == 6, found


def test_a_list_in_another_language_longer_than_the_records_own_is_refused() -> None:
    data = small()
    data["meetings"][0]["names"] = {"ru": {"agenda": [{"title": "Один"}, {"title": "Два"}, {"title": "Три"}]}}
    assert check(data) == [
        "$.meetings[0].names.ru.agenda: has 3 items, but the meeting has 2 in its agenda: "
        "each item names the one at the same place"
    ]


def test_names_entries_quote_the_source_like_any_citation() -> None:
    data = small()
    data["topics"][0]["names"] = {
        "ru": {"label": "Безопасность", "citations": [{"source": "ex-source", "quote": "not there"}]}
    }
    assert check(data) == [
        "$.topics[0].names.ru.citations[0].quote: the quoted passage 'not there' does not occur in source 'ex-source'"
    ]


def test_more_languages_than_a_record_may_have_are_refused() -> None:
    data = small()
    data["topics"][0]["names"] = {f"x{chr(97 + i // 26)}{chr(97 + i % 26)}": {"label": "x"} for i in range(51)}
    assert check(data) == ["$.topics[0].names: has too many languages (at most 50)"]
