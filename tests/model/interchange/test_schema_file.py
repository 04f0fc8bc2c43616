"""The JSON Schema people validate their files with is the one the field map declares."""

from __future__ import annotations

from importlib import resources

from model.interchange import schema_file


def test_the_schema_resource_is_up_to_date_with_the_field_map() -> None:
    shipped = resources.files("resources").joinpath(schema_file.RESOURCE).read_text(encoding="utf-8")
    assert shipped == schema_file.text(), (
        "resources/summitry.schema.json is out of date: run python -m model.interchange.schema_file"
    )


def test_the_schema_lists_each_records_fields_in_the_order_a_file_writes_them() -> None:
    meeting = schema_file.build()["$defs"]["meeting"]
    assert list(meeting["properties"])[:4] == ["id", "forum", "title", "ordinal"]
    assert meeting["required"] == ["id", "forum", "title"]
    assert meeting["properties"]["country"] == {"$ref": "#/$defs/id"}
    assert meeting["properties"]["agenda"]["items"] == {"$ref": "#/$defs/agenda_item"}
